import { extract } from '../extract.ts'
import { ArticleRecordSchema } from '../records/article.ts'

/** What reading one input gives the CLI: a JSON line, or a message for stderr with its exit code. */
export type Outcome = { ok: true; line: string; bytes: number } | { ok: false; message: string; code: 1 | 2; bytes: number }

/** Extracts one article and validates the record at the boundary (zod); never throws. */
export function processText(input: string, source: string, published: string | undefined, pretty: boolean): Outcome {
  const record = extract(input, { source, published })
  const checked = ArticleRecordSchema.safeParse(record)
  const bytes = input.length
  if (!checked.success) return { ok: false, code: 1, bytes, message: `${source}: record failed schema validation: ${checked.error.message.slice(0, 300)}` }
  return { ok: true, bytes, line: pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record) }
}

/** Reads a file and processes it; a read error becomes an outcome with exit code 2. */
export async function processFile(file: string, read: (p: string) => Promise<string>, published: string | undefined, pretty: boolean): Promise<Outcome> {
  let input: string
  try {
    input = await read(file)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return { ok: false, code: 2, bytes: 0, message: `cannot read ${file}: ${reason}` }
  }
  return processText(input, file, published, pretty)
}
