/**
 * What is wrong with a record, as a list of messages (empty when nothing is): not schema-valid,
 * a span that does not slice its text from the input, an internal error caught by extract().
 * Plain functions, usable from tests and from worker threads alike.
 */
import { ArticleRecordSchema } from '../../src/records/index.ts'
import type { ArticleRecord } from '../../src/index.ts'

/** Every `{ text, span }` object anywhere in the record, with its path. */
export function collectSpans(value: unknown, path = 'record', out: Array<{ path: string; text: string; span: { start: number; end: number } }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.text === 'string' && o.span && typeof o.span === 'object') {
      out.push({ path, text: o.text, span: o.span as { start: number; end: number } })
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'span') collectSpans(v, `${path}.${k}`, out)
  }
  return out
}

export function recordProblems(input: string, record: ArticleRecord): string[] {
  const problems: string[] = []
  const parsed = ArticleRecordSchema.safeParse(record)
  if (!parsed.success) problems.push(`schema: ${parsed.error.message.slice(0, 300)}`)
  for (const s of collectSpans(record)) {
    const { start, end } = s.span
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= input.length)) problems.push(`${s.path}: span [${start}, ${end}) out of the input`)
    else if (input.slice(start, end) !== s.text) problems.push(`${s.path}: text ${JSON.stringify(s.text.slice(0, 40))} is not input.slice(${start}, ${end})`)
  }
  for (const i of record.issues) if (i.code === 'internal_error') problems.push(`internal error: ${i.message}`)
  return problems
}
