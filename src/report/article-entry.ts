/**
 * What the report embeds for one article: its record (or its error line) and the input text the
 * spans point into. For a news page read by the page reader, only the article body and the spans'
 * surroundings are kept (the navigation, scripts and footers around them become gaps of known
 * length); for a truncated input, only the part that was read. Offsets stay those of the input.
 */
import type { ArticleRecord } from '../records/article.ts'
import type { ErrorLine } from '../records/error-line.ts'
import { collectHighlights } from './highlights.ts'

export interface ArticleEntry {
  record: ArticleRecord | null
  error: ErrorLine | null
  /** Length of the whole input, UTF-16 units. */
  length: number
  /** The pieces of the input kept, in order and disjoint: [start offset, text]. The rest are gaps. */
  parts: Array<[number, string]>
}

/** Gaps shorter than this are kept as text: a fold would cost more than it hides. */
const MIN_GAP = 400

/** The entry of an article that gave a record. */
export function articleEntry(input: string, record: ArticleRecord): ArticleEntry {
  return { record, error: null, length: input.length, parts: keptRanges(input.length, record).map(([s, e]) => [s, input.slice(s, e)]) }
}

/** The entry of an input that gave an error line instead of a record. */
export function errorEntry(error: ErrorLine): ArticleEntry {
  return { record: null, error, length: 0, parts: [] }
}

/** The ranges of the input to keep: the body read (or everything), cut where reading stopped, plus every span. */
export function keptRanges(length: number, record: ArticleRecord): Array<[number, number]> {
  const cut = record.issues.find((i) => i.code === 'input_truncated')?.span?.end ?? length
  const body = record.page?.contentRanges.length ? record.page.contentRanges.map((r): [number, number] => [r.start, r.end]) : [[0, length] as [number, number]]
  const ranges: Array<[number, number]> = body.map(([s, e]): [number, number] => [s, Math.min(e, cut)]).filter(([s, e]) => e > s)
  for (const h of collectHighlights(record)) ranges.push([h.start, Math.max(h.end, h.start + 1)]) // an empty span keeps a unit of context
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Array<[number, number]> = []
  for (const [s, e] of ranges) {
    const last = merged[merged.length - 1]
    const start = Math.max(0, Math.min(s, length))
    const end = Math.max(start, Math.min(e, length))
    if (last && start - last[1] < MIN_GAP) last[1] = Math.max(last[1], end)
    else if (end > start || !last) merged.push([start < MIN_GAP ? 0 : start, end])
  }
  const last = merged[merged.length - 1]
  if (last && length - last[1] < MIN_GAP && cut === length) last[1] = length
  return merged.filter(([s, e]) => e > s)
}
