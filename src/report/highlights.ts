/**
 * Every span of a record as a highlight: each item's own span (`main`), its other mentions, and the
 * spans of its parts (a document's date, issuing body and subject; a count's number, subject,
 * period, scope and body; a meeting's date, organiser, host, periods and purpose; a person's
 * titles). Two spans of one item at the same offsets become one highlight that names both parts.
 */
import type { ArticleRecord } from '../records/article.ts'
import type { Span } from '../records/span.ts'
import { KINDS, type KindKey } from './kinds.ts'

export interface Highlight {
  /** The item's id within its article: `kind:index` (`document:0`, `count:12`, `publication:0`). */
  item: string
  kind: KindKey
  /** Index of the item in its record field (0 for the single stamp, title and byline). */
  index: number
  /** `main` (the item's span), `mention` (another mention of it), or the part's name (`date`, `body`, `subject`, `value`…). */
  part: string
  /** Other parts of the same item with exactly this span, drawn by this highlight. */
  also: string[]
  /** Where the span is in the item: '' for its own span, else the field path (`mentions.2`, `titles.0`, `dateSpan`). */
  path: string
  start: number
  end: number
}

type Spanned = { span: Span } | null | undefined

/** Collects the highlights of one record, item by item in the order of KINDS. */
export function collectHighlights(record: ArticleRecord): Highlight[] {
  const out: Highlight[] = []
  for (const kind of KINDS) {
    const value = record[kind.field]
    const items: unknown[] = Array.isArray(value) ? value : value ? [value] : []
    items.forEach((item, index) => addItem(out, kind.key, index, item as Record<string, unknown>))
  }
  return out
}

/** The spans of one item, main first, deduplicated by offsets. */
function addItem(out: Highlight[], kind: KindKey, index: number, item: Record<string, unknown>): void {
  const id = `${kind}:${index}`
  const seen = new Map<string, Highlight>()
  const add = (part: string, path: string, span: Span | null | undefined) => {
    if (!span) return
    const key = `${span.start}:${span.end}`
    const same = seen.get(key)
    if (same) {
      if (same.part !== part && !same.also.includes(part)) same.also.push(part)
      return
    }
    const h: Highlight = { item: id, kind, index, part, also: [], path, start: span.start, end: span.end }
    seen.set(key, h)
    out.push(h)
  }
  const textItem = (part: string, field: string) => add(part, field, (item[field] as Spanned)?.span)
  add('main', '', item.span as Span)
  const mentions = item.mentions as Array<{ span: Span }> | undefined
  mentions?.forEach((m, k) => add('mention', `mentions.${k}`, m.span))
  switch (kind) {
    case 'document':
      add('date', 'dateSpan', item.dateSpan as Span | null)
      textItem('body', 'body')
      textItem('subject', 'subject')
      break
    case 'count':
      add('value', 'valueSpan', item.valueSpan as Span)
      add('subject', 'subjectSpan', item.subjectSpan as Span)
      textItem('period', 'period')
      textItem('scope', 'scope')
      textItem('body', 'body')
      break
    case 'meeting':
      textItem('date', 'dateText')
      textItem('organiser', 'organiser')
      textItem('host', 'host')
      textItem('period-reviewed', 'periodReviewed')
      textItem('period-planned', 'periodPlanned')
      textItem('purpose', 'purpose')
      break
    case 'person':
      ;(item.titles as Array<{ span: Span }>).forEach((t, k) => add('title', `titles.${k}`, t.span))
      break
    default:
      break
  }
}
