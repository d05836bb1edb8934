import { DOTTED_ABBREVIATIONS } from '../lexicon/abbreviations.ts'
import type { Range } from './doc.ts'

const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS)
/** Candidate sentence ends: terminal punctuation, closing quotes/brackets, then space. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?= +["'“‘(\-]?[\p{Lu}\p{N}])/gu
const TOKEN_BEFORE = /[\p{L}\p{N}./]+$/u

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
    SENTENCE_END.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = SENTENCE_END.exec(para)) !== null) {
      const end = m.index + m[0].length
      if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(para, m.index)) continue
      push(p.start + from, p.start + end)
      from = end
      while (from < para.length && para.charCodeAt(from) === 0x20) from++
    }
    if (from < para.length) push(p.start + from, p.end)
  }
  return out
}

function isAbbreviation(para: string, dotAt: number): boolean {
  const before = TOKEN_BEFORE.exec(para.slice(Math.max(0, dotAt - 24), dotAt))
  if (!before) return false
  const token = before[0]
  const last = token.slice(token.lastIndexOf('.') + 1)
  if (ABBREVIATIONS.has(last) || ABBREVIATIONS.has(token)) return true
  // A single capital initial ("Nguyễn V. An").
  return /^\p{Lu}$/u.test(last)
}
