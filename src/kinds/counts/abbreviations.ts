import type { Doc } from '../../engine/doc.ts'
import { matchAt, type MatchView } from '../../engine/scan.ts'
import { ABBREVIATION_DEFINITION } from './grammar.ts'

/** Most words a phrase defined by an acronym whose letters do not spell it (`Tổng sản phẩm trong nước (GDP)`) may have. */
const MAX_UNSPELLED_WORDS = 7
/** Marks a clause starts after: `,` `;` `:` `.` a line's end and `(` (by unit: no one-unit string per unit read). */
const isClauseMark = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || c === 0x0a || c === 0x28
const DIGIT = /\d/
const LETTER_FIRST = /^[\p{L}]/u
const CAPITAL_FIRST = /^\p{Lu}/u
const SPACE_RUN = /\s+/

/**
 * Abbreviations an article defines, keyed by the abbreviation, with where each definition ends:
 * an abbreviation is expanded only after its definition (a headline above it keeps `GDP`).
 */
export class Abbreviations extends Map<string, string> {
  /** Where each definition ends (normalised units). */
  readonly definedAt = new Map<string, number>()

  /** The expansion of `word` at `pos`, or undefined when it is not defined there. */
  expandAt(word: string, pos: number): string | undefined {
    const at = this.definedAt.get(word)
    return at !== undefined && at <= pos ? this.get(word) : undefined
  }
}

/**
 * Abbreviations the article defines in parentheses, keyed by the abbreviation: the phrase right
 * before `(ĐV)` whose syllables' initials spell it (`đảng viên (ĐV)`, `tổ chức xây dựng Đảng (TCXDĐ)`),
 * or, for an acronym of foreign words (`Tổng sản phẩm trong nước (GDP)`, `Chỉ số giá tiêu dùng (CPI)`),
 * the whole clause before it when that is a short phrase with no digits.
 */
export function findAbbreviations(doc: Doc): Abbreviations {
  const out = new Abbreviations()
  forEachDefinition(doc, (m) => {
    const abbr = m.group('abbr')!
    if (out.has(abbr) || DIGIT.test(abbr)) return
    const before = doc.text.slice(Math.max(0, m.start - 80), m.start).trimEnd()
    const words = before.split(' ')
    // (The grammar's letters and digits are single units: the abbreviation has as many characters as units.)
    const n = abbr.length
    const phrase = words.length >= n ? words.slice(-n) : []
    const initials = phrase.map((w) => (w[0] ?? '').toUpperCase()).join('')
    if (initials === abbr && phrase.every((w) => LETTER_FIRST.test(w))) {
      out.set(abbr, phrase.join(' '))
      out.definedAt.set(abbr, m.end)
      return
    }
    // An acronym of foreign words: the clause before it (after the last punctuation mark or line start).
    let k = before.length
    while (k > 0 && !isClauseMark(before.charCodeAt(k - 1))) k--
    if (k === 0 && m.start > 80) return // no clause boundary within reach
    const clause = before.slice(k).trim()
    if (!clause || clause.includes(')')) return
    const clauseWords = clause.split(SPACE_RUN)
    // A name: two to seven words, a capital first, no digits (not "… năm 2023 (GDP)").
    if (clauseWords.length < 2 || clauseWords.length > MAX_UNSPELLED_WORDS || DIGIT.test(clause) || !CAPITAL_FIRST.test(clause)) return
    out.set(abbr, clause)
    out.definedAt.set(abbr, m.end)
  })
  return out
}

/**
 * Every match of {@link ABBREVIATION_DEFINITION} in the text, in order, each read on from the end
 * of the one before: what a whole-text scan of the grammar finds (every match opens with `(`), with
 * the grammar tried only at each `(` (found by `indexOf`, not by the regex stepping through the text).
 */
export function forEachDefinition(doc: Doc, visit: (m: MatchView) => void): void {
  const text = doc.key
  for (let i = text.indexOf('('); i >= 0;) {
    // Most parentheses hold words or figures: the grammar is tried only where two capitals (or a capital and a digit) open one.
    const m = capitalAt(text, i + 1) && (capitalAt(text, i + 2) || isDigit(text.charCodeAt(i + 2))) ? matchAt(doc, ABBREVIATION_DEFINITION, i) : null
    if (m) visit(m)
    i = text.indexOf('(', m ? m.end : i + 1)
  }
}

/** U+0110, the capital D with stroke the grammar's `[A-ZĐ]` allows beside A–Z. */
const CAPITAL_D_STROKE = 0x110
/** True when the unit at `i` is one the grammar's `[A-ZĐ]` matches. */
function capitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (c >= 0x41 && c <= 0x5a) || c === CAPITAL_D_STROKE
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
