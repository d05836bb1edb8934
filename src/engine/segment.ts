import { DOTTED_ABBREVIATIONS } from '../lexicon/abbreviations.ts'
import type { Range } from './doc.ts'
import { testAt } from './step.ts'

const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS)
/** What must follow a sentence end (the text has single spaces): a space, maybe an opening quote or bracket, then a capital or digit. */
const SENTENCE_START = / ["'“‘(\-]?[\p{Lu}\p{N}]/uy
const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 // . ! ? …
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d
const TOKEN_CHAR = /[\p{L}\p{N}./]/uy

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
  const seen = new Set<string>()
  const out: Range[] = []
  for (const p of paragraphs) {
    const body = text.slice(p.start, trimCaptionEnd(text, p.start, p.end))
    if (body.length === 0) continue
    if (seen.has(body)) out.push(p)
    else seen.add(body)
  }
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
  const seen = new Set<string>()
  const out: Range[] = []
  let d = 0
  for (const s of sentences) {
    while (d < duplicateParagraphs.length && duplicateParagraphs[d]!.end <= s.start) d++
    const inDuplicate = d < duplicateParagraphs.length && duplicateParagraphs[d]!.start <= s.start
    if (s.end - s.start < 40 || inDuplicate) continue
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
  for (const p of paragraphs) {
    const para = text.slice(p.start, p.end)
    let from = 0
    // One pass: a run of terminal punctuation and closing quotes is read once, whatever follows it.
    for (let i = 0; i < para.length; ) {
      if (!isTerminal(para.charCodeAt(i))) {
        i++
        continue
      }
      const runStart = i
      while (i < para.length && isTerminal(para.charCodeAt(i))) i++
      while (i < para.length && isCloser(para.charCodeAt(i))) i++
      const end = i
      if (!testAt(SENTENCE_START, para, end)) continue
      if (end - runStart === 1 && para.charCodeAt(runStart) === 0x2e && isAbbreviation(para, runStart)) continue
      push(p.start + from, p.start + end)
      from = end
      while (from < para.length && para.charCodeAt(from) === 0x20) from++
    }
    if (from < para.length) push(p.start + from, p.end)
  }
  return out
}

/** A letter, digit, dot or slash in the unit at `i` (a unit of a surrogate pair is none: read alone, as before). */
function tokenCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2f
  if (c >= 0xd800 && c <= 0xdfff) return false
  return testAt(TOKEN_CHAR, s, i)
}

function isAbbreviation(para: string, dotAt: number): boolean {
  // The token right before the dot: letters, digits, dots and slashes, at most 24 units back.
  let from = dotAt
  while (from > 0 && dotAt - from < 24 && tokenCharAt(para, from - 1)) from--
  if (from === dotAt) return false
  const token = para.slice(from, dotAt)
  const last = token.slice(token.lastIndexOf('.') + 1)
  if (ABBREVIATIONS.has(last) || ABBREVIATIONS.has(token)) return true
  // A single capital initial ("Nguyễn V. An").
  return /^\p{Lu}$/u.test(last)
}
