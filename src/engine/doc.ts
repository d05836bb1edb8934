import type { NormalizedText } from '../normalize/normalize.ts'
import type { TextItem } from '../records/span.ts'

/** A [start, end) range of units. */
export interface Range {
  start: number
  end: number
}

/** Everything the extractors see: normalised text, its map to the input, and its segments. */
export interface Doc extends NormalizedText {
  /** Non-empty lines, in normalised coordinates. */
  readonly paragraphs: readonly Range[]
  /** Sentences, in normalised coordinates, in order. */
  readonly sentences: readonly Range[]
  /** Paragraphs that repeat an earlier one. */
  readonly duplicateParagraphs: readonly Range[]
  /** Repeated paragraphs and sentences (captions, duplicated blocks), sorted: no items from them. */
  readonly duplicates: readonly Range[]
}

/** The original-input span of normalised range [s, e). */
export function inputSpan(doc: Doc, s: number, e: number): { start: number; end: number } {
  if (e <= s) {
    const at = s < doc.map.length ? doc.map.start(s) : doc.input.length
    return { start: at, end: at }
  }
  return { start: doc.map.start(s), end: doc.map.endOf(e - 1) }
}

/** The original-input item (span and the text it slices) for normalised range [s, e). */
export function inputItem(doc: Doc, s: number, e: number): TextItem {
  const span = inputSpan(doc, s, e)
  return { text: doc.input.slice(span.start, span.end), span }
}

/** Index of the range in sorted `ranges` that contains `pos`, or -1. */
export function findRange(ranges: readonly Range[], pos: number): number {
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const r = ranges[mid]!
    if (pos < r.start) hi = mid - 1
    else if (pos >= r.end) lo = mid + 1
    else return mid
  }
  return -1
}

/** True when `pos` lies in a duplicated paragraph. */
export function inDuplicate(doc: Doc, pos: number): boolean {
  return doc.duplicates.length > 0 && findRange(doc.duplicates, pos) >= 0
}
