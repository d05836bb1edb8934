import { DOTTED_ABBREVIATIONS } from '../lexicon/abbreviations.ts'
import type { Range } from './doc.ts'
import { unitClasses } from './units.ts'
import { isLetterClass, letterClass, NUMBER, UPPER } from '../normalize/letters.ts'

const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS)
const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 // . ! ? …
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d
const isOpener = (c: number) => c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x2d
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u
/** Per BMP unit: 1 a letter, digit, dot or slash (`[\p{L}\p{N}./]`), 2 a capital or digit ({@link CAPITAL_OR_DIGIT}), 4 a capital (`\p{Lu}`); from the shared letters table. */
export const unitClass = unitClasses((u) => {
  const k = letterClass(u.charCodeAt(0))
  return (isLetterClass(k) || k & NUMBER || u === '.' || u === '/' ? 1 : 0) | (k & (UPPER | NUMBER) ? 2 : 0) | (k & UPPER ? 4 : 0)
})

/** Non-empty lines of `text` (trimmed of surrounding spaces). */
export function splitParagraphs(text: string): Range[] {
  const out: Range[] = []
  let start = 0
  const n = text.length
  while (start <= n) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = n
    let s = start
    let e = end
    while (s < e && text.charCodeAt(s) === 0x20) s++
    while (e > s && text.charCodeAt(e - 1) === 0x20) e--
    if (e > s) out.push({ start: s, end: e })
    start = end + 1
  }
  return out
}

/**
 * Paragraphs that repeat an earlier paragraph word for word (photo captions, blocks the
 * scraper doubled). A trailing " |" (a caption marker) is ignored when comparing.
 */
export function findDuplicateParagraphs(text: string, paragraphs: readonly Range[]): Range[] {
  const ends = paragraphs.map((p) => trimCaptionEnd(text, p.start, p.end))
  // Equal bodies have equal lengths: a body whose length no other has is neither sliced nor kept.
  const mayRepeat = lengthsMayRepeat(paragraphs.map((p, k) => ends[k]! - p.start))
  const seen = new Set<string>()
  const out: Range[] = []
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!
    if (ends[k]! <= p.start || !mayRepeat[k]) continue
    const body = text.slice(p.start, ends[k])
    if (seen.has(body)) out.push(p)
    else seen.add(body)
  }
  return out
}

/** Counts by length modulo its size, saturating at 2; all zero between calls of {@link lengthsMayRepeat}. */
const LENGTH_BUCKETS = new Uint8Array(1024)

/**
 * For each of `lengths`, 1 when another length may equal it (the two fall in one bucket of
 * {@link LENGTH_BUCKETS}), 0 when none can: a cheap filter before comparing texts.
 */
function lengthsMayRepeat(lengths: readonly number[]): Uint8Array {
  const out = new Uint8Array(lengths.length)
  for (const length of lengths) {
    const b = length & 1023
    if (LENGTH_BUCKETS[b]! < 2) LENGTH_BUCKETS[b]!++
  }
  for (let k = 0; k < lengths.length; k++) out[k] = LENGTH_BUCKETS[lengths[k]! & 1023]! > 1 ? 1 : 0
  for (const length of lengths) LENGTH_BUCKETS[length & 1023] = 0
  return out
}

/** End of a paragraph without trailing spaces and a caption marker `|`. */
export function trimCaptionEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start) {
    const c = text.charCodeAt(e - 1)
    if (c !== 0x20 && c !== 0x7c && c !== 0x0a) break
    e--
  }
  return e
}

/**
 * Sentences (40 units or longer) that repeat an earlier sentence word for word inside paragraphs
 * that are not themselves repeated: a scraper's doubled caption or lead inside running text.
 */
export function findDuplicateSentences(text: string, sentences: readonly Range[], duplicateParagraphs: readonly Range[]): Range[] {
  // The sentences read: 40 units or longer, outside repeated paragraphs.
  const read: Range[] = []
  let d = 0
  for (const s of sentences) {
    while (d < duplicateParagraphs.length && duplicateParagraphs[d]!.end <= s.start) d++
    const inDuplicate = d < duplicateParagraphs.length && duplicateParagraphs[d]!.start <= s.start
    if (s.end - s.start >= 40 && !inDuplicate) read.push(s)
  }
  // Equal sentences have equal lengths: one whose length no other has is neither sliced nor kept.
  const mayRepeat = lengthsMayRepeat(read.map((s) => s.end - s.start))
  const seen = new Set<string>()
  const out: Range[] = []
  for (let k = 0; k < read.length; k++) {
    if (!mayRepeat[k]) continue
    const s = read[k]!
    const body = text.slice(s.start, s.end)
    if (seen.has(body)) out.push(s)
    else seen.add(body)
  }
  return out
}

/**
 * Longest sentence the extractors see: a longer run with no sentence end (a list, scraped junk)
 * is cut (after a `;`, else a `,`, else at a space), so that all sentence-scoped work stays linear
 * in the input.
 */
export const MAX_SENTENCE = 2000

/** Sentences inside each paragraph; a dot after an abbreviation ("TP.", "PGS.TS.") does not end one. */
export function splitSentences(text: string, paragraphs: readonly Range[]): Range[] {
  const out: Range[] = []
  const push = (start: number, end: number) => {
    let s = start
    while (end - s > MAX_SENTENCE) {
      // Cut after a semicolon if there is one in the window (enumerations), else a comma, else a space.
      const window = text.slice(s, s + MAX_SENTENCE)
      const at = [window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' ')].find((k) => k > MAX_SENTENCE / 4) ?? -1
      const cut = at > 0 ? s + at + (window[at] === ' ' ? 0 : 1) : s + MAX_SENTENCE
      out.push({ start: s, end: cut })
      s = cut
      while (s < end && text.charCodeAt(s) === 0x20) s++
    }
    if (end > s) out.push({ start: s, end })
  }
  const nextTerminal = terminalFinder(text)
  for (const p of paragraphs) {
    let from = p.start
    let i = p.start
    // One pass: a run of terminal punctuation and closing quotes is read once, whatever follows it.
    for (;;) {
      const next = nextTerminal(i)
      if (next >= p.end) break
      i = next
      const runStart = i
      while (i < p.end && isTerminal(text.charCodeAt(i))) i++
      while (i < p.end && isCloser(text.charCodeAt(i))) i++
      const end = i
      if (!sentenceStartAt(text, end, p.end)) continue
      if (end - runStart === 1 && text.charCodeAt(runStart) === 0x2e && isAbbreviation(text, p.start, runStart)) continue
      push(from, end)
      from = end
      while (from < p.end && text.charCodeAt(from) === 0x20) from++
    }
    if (from < p.end) push(from, p.end)
  }
  return out
}

/** The four units that end a sentence: . ! ? … */
const TERMINALS = ['.', '!', '?', '\u2026']

/**
 * A function giving the index of the next sentence-ending unit ({@link isTerminal}) at or after
 * `i` in `text` (`text.length` when there is none: kept a small integer, since a sentence's end is
 * stored from it and a double there would turn every `{ start, end }` object into boxed fields). Each of the four is found by `indexOf` (a native
 * scan, several times faster than a regex or a loop over every unit), and where it was found is
 * kept: asked at rising `i`, the text is read about once per terminal unit.
 */
function terminalFinder(text: string): (i: number) => number {
  const searchedFrom = [0, 0, 0, 0]
  const found = [-1, -1, -1, -1] // -1: not searched yet; text.length: none at or after searchedFrom
  return (i) => {
    let next = text.length
    for (let k = 0; k < 4; k++) {
      // What was found stands for every `i` from where the search started up to it.
      if (i < searchedFrom[k]! || i > found[k]!) {
        const at = text.indexOf(TERMINALS[k]!, i)
        searchedFrom[k] = i
        found[k] = at < 0 ? text.length : at
      }
      if (found[k]! < next) next = found[k]!
    }
    return next
  }
}

/**
 * True when what must follow a sentence end stands at `at` inside `text.slice(0, limit)` (a
 * paragraph's end; the text has single spaces): a space, maybe an opening quote or bracket, then a
 * capital or digit — `/ ["'“‘(\-]?[\p{Lu}\p{N}]/uy` at `at`.
 */
function sentenceStartAt(text: string, at: number, limit: number): boolean {
  if (at >= limit || text.charCodeAt(at) !== 0x20) return false
  let k = at + 1
  if (k < limit && isOpener(text.charCodeAt(k))) k++
  if (k >= limit) return false
  const c = text.charCodeAt(k)
  if (c < 0xd800 || c > 0xdfff) return (unitClass(c) & 2) !== 0
  // A surrogate pair, whole before the limit, is asked as one code point; a lone half is no capital.
  return c <= 0xdbff && k + 1 < limit && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00 && CAPITAL_OR_DIGIT.test(text.slice(k, k + 2))
}

/** A letter, digit, dot or slash in the unit at `i` (a unit of a surrogate pair is none: read alone, as before). */
function tokenCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2f
  if (c >= 0xd800 && c <= 0xdfff) return false
  return (unitClass(c) & 1) !== 0
}

/** The longest of {@link ABBREVIATIONS}: a longer token is none of them (not sliced to be looked up). */
const LONGEST_ABBREVIATION = Math.max(...DOTTED_ABBREVIATIONS.map((a) => a.length))

/** True when the dot at `dotAt` ends an abbreviation or an initial (the paragraph starts at `start`). */
function isAbbreviation(text: string, start: number, dotAt: number): boolean {
  // The token right before the dot: letters, digits, dots and slashes, at most 24 units back.
  let from = dotAt
  while (from > start && dotAt - from < 24 && tokenCharAt(text, from - 1)) from--
  if (from === dotAt) return false
  // Its last part, after its last dot.
  let last = dotAt
  while (last > from && text.charCodeAt(last - 1) !== 0x2e) last--
  if (dotAt - last <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(last, dotAt))) return true
  if (dotAt - from <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(from, dotAt))) return true
  // A single capital initial ("Nguyễn V. An"); a token holds no surrogate, so a code point is one unit.
  return dotAt - last === 1 && (unitClass(text.charCodeAt(last)) & 4) !== 0
}
