/**
 * What the report says about an item: its fields as label/value lines (for the tooltip shown on
 * hover and focus), and a one-line summary (for the side list). Generic over the record's shape, so
 * a field added to the schema shows up without a change here; indexes into `counts` are shown with
 * the count they point to.
 */
import type { ArticleRecord } from '../records/article.ts'
import { KIND, type KindKey } from './kinds.ts'

export type FieldLine = [label: string, value: string]

/** The item behind `kind:index` in the record, or null. */
export function itemOf(record: ArticleRecord, kind: KindKey, index: number): Record<string, unknown> | null {
  const v = record[KIND[kind].field] as unknown
  const item = Array.isArray(v) ? v[index] : index === 0 ? v : null
  return item && typeof item === 'object' ? (item as Record<string, unknown>) : null
}

const isSpan = (v: unknown): v is { start: number; end: number } =>
  typeof v === 'object' && v !== null && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { end?: unknown }).end === 'number' && Object.keys(v).length === 2
const isTextItem = (v: unknown): v is { text: string; span: { start: number; end: number } } =>
  typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string' && isSpan((v as { span?: unknown }).span)

const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** A value as one line of text; null when there is nothing to show (null, false, empty). */
function show(v: unknown): string | null {
  if (v === null || v === undefined || v === false || v === '') return null
  if (v === true) return 'yes'
  if (typeof v === 'string') return clip(v)
  if (typeof v === 'number') return String(v)
  if (isSpan(v)) return `${v.start}–${v.end}`
  if (isTextItem(v)) {
    const extra = Object.entries(v).filter(([k]) => k !== 'text' && k !== 'span').map(([k, x]) => [k, show(x)] as const).filter(([, x]) => x !== null)
    return clip(`“${v.text}”${extra.length ? ` (${extra.map(([k, x]) => `${k} ${x}`).join(', ')})` : ''}`)
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return null
    if (v.every((x) => typeof x === 'string' || typeof x === 'number')) return clip(v.join(', '))
    if (v.every(isTextItem)) return clip(`${v.length}: ${v.map((x) => `“${x.text}”`).join('; ')}`)
    return clip(v.map((x) => show(x) ?? '').join('; '))
  }
  if (typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, show(x)] as const).filter(([, x]) => x !== null)
    return parts.length ? clip(parts.map(([k, x]) => `${k} ${x}`).join(', ')) : null
  }
  return clip(String(v))
}

/** Fields not repeated in the lines: the text and span are in the heading. */
const SKIP = new Set(['text', 'span'])

/** The item's fields, in schema order, as label/value lines. */
export function itemFields(record: ArticleRecord, kind: KindKey, index: number): FieldLine[] {
  const item = itemOf(record, kind, index)
  if (!item) return []
  const lines: FieldLine[] = []
  for (const [key, value] of Object.entries(item)) {
    if (SKIP.has(key)) continue
    if (kind === 'count' && (key === 'partOf' || key === 'of') && typeof value === 'number') {
      const target = record.counts[value]
      lines.push([key, `count #${value + 1}${target ? ` “${clip(target.text, 60)}”` : ''}`])
      continue
    }
    const shown = show(value)
    if (shown !== null) lines.push([key, shown])
  }
  return lines
}

/** The fields of a part an item holds at `path` (a person's title: its position, body, locality). */
export function partFields(record: ArticleRecord, kind: KindKey, index: number, path: string): FieldLine[] {
  const item = itemOf(record, kind, index)
  if (!item || path === '') return []
  let v: unknown = item
  for (const step of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[step] : undefined
  if (!v || typeof v !== 'object' || isSpan(v)) return []
  return Object.entries(v as Record<string, unknown>)
    .filter(([k]) => !SKIP.has(k))
    .map(([k, x]) => [k, show(x)] as const)
    .filter((l): l is FieldLine => l[1] !== null)
}

/** A one-line summary of the item for the side list (its text is shown beside it). */
export function itemSummary(record: ArticleRecord, kind: KindKey, index: number): string {
  const it = itemOf(record, kind, index) as Record<string, unknown> | null
  if (!it) return ''
  const s = (k: string) => (it[k] === null || it[k] === undefined ? '' : String(it[k]))
  const join = (...xs: string[]) => xs.filter((x) => x !== '').join(' · ')
  switch (kind) {
    case 'document': return join(s('id') || s('key'), s('kind'), s('date'))
    case 'date': return join(s('kind'), it.value ? s('value') : it.start || it.end ? `${s('start')} – ${s('end')}` : '')
    case 'count': return join(`${s('value')}${it.percent ? '%' : ''}`, s('subject'), s('category'))
    case 'amount': return join(s('value'), s('unit'))
    case 'person': return join(s('name'), ((it.roles as string[] | undefined) ?? []).join(', '))
    case 'body': return join(s('kind'), s('level'), s('locality'))
    case 'meeting': return join(s('kind'), s('date'), ((it.chairs as string[] | undefined) ?? []).join(', '))
    case 'publication': return s('value')
    default: return ''
  }
}
