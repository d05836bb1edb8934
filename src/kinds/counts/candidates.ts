import { findRange, inDuplicate, type Doc, type Range } from '../../engine/doc.ts'
import { because, tracing } from '../../engine/trace.ts'
import { scanMatches, wordCharBefore } from '../../engine/scan.ts'
import { lowerUnit } from '../../engine/phrase-set.ts'
import { numberWordsValue, scaledValue } from './number-values.ts'
import { NUMBER_EXPRESSION, WORD_NUMBER } from './grammar.ts'
import {
  AMOUNT_UNITS, CAPITALISED_COMMON_NOUNS, PART_OF_WHOLE_WORDS, RANK_WORDS, FACTOR_LEADS, FACTOR_UNITS, PERCENT_POINT_UNITS, SHARE_CONTINUING_VERBS, STRUCTURE_SUBJECTS, CHANGE_WORDS, COUNT_NOUNS, IDENTIFIER_WORDS, NOT_A_UNIT_BEFORE, NUMBERED_LABEL_WORDS,
  QUALIFIERS, QUANTITY_BEFORE_IDENTIFIER_WORD, TIME_UNITS, TOTAL_WORDS,
} from '../../lexicon/count-words.ts'
import { parseDigits } from '../../parse/number.ts'
import { LETTER, letterClass, NUMBER, UPPER } from '../../normalize/letters.ts'
import { SCALE_WORDS } from '../../lexicon/number-words.ts'
import type { Count } from '../../records/count.ts'
import type { Found } from '../../engine/candidate.ts'
import { expandedLower, readSubject, readSubjectAt, type Subject } from './subject.ts'
import { isOrStartsWithWord, lowerCase } from './words.ts'
import type { Abbreviations } from './abbreviations.ts'
import { Before, phraseBefore } from './before.ts'
import { unitClasses } from '../../engine/units.ts'
import { itself, lowerBound } from '../../engine/search.ts'

/** A number with what was read around it, before relations are resolved. */
export interface CountCandidate extends Found {
  value: number
  upTo: number | null
  percent: boolean
  /** Percentage points ("0,45 điểm phần trăm"), read as a percentage. */
  points: boolean
  /** A number that ends its clause with nothing counted after it ("kết nạp khoảng 38.500."): it takes the subject of the count before it. */
  bare: boolean
  /** For a percentage: the first word of a share verb right before it ("chiếm", "đóng góp"), else null. */
  shareVerb: string | null
  valueEnd: number
  /** The number as written (`49.820`, `mười lăm`), for amounts. */
  words: boolean
  subject: Subject | null
  amountUnit: string | null
  qualifier: Count['qualifier']
  change: Count['change']
  total: boolean
  /** Start of the leading words (qualifier, change, total) that belong to the item. */
  leadStart: number
  /** Written with a scale word ("40 triệu"). (Every field is set when a candidate is made: marks set later change no candidate's shape.) */
  scaled?: boolean
  /** A percentage whose clause names who speaks or only the figure ("đề xuất mức tăng 8,18%"): it is about the article's rate of change before it. */
  aboutTopic?: boolean
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u
/** A letter, mark or digit first (the unit or surrogate pair at the start). */
const WORD_FIRST = /^[\p{L}\p{M}\p{N}]/u
const LETTER_FIRST = /^[\p{L}\p{M}]/u
const LETTER_UNIT = 1
const CAPITAL_UNIT = 2
const WORD_UNIT = 4
/** Per UTF-16 unit (as a one-unit string): a letter or mark ({@link LETTER_UNIT}), an upper-case letter ({@link CAPITAL_UNIT}), a letter, mark or digit ({@link WORD_UNIT}). */
export const unitClass = unitClasses((u) => {
  const k = letterClass(u.charCodeAt(0))
  return (k & LETTER ? LETTER_UNIT : 0) | (k & UPPER ? CAPITAL_UNIT : 0) | (k & (LETTER | NUMBER) ? WORD_UNIT : 0)
})
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
/** A zero and at least two more digits first (`/^0\d{2,}/`): a phone number or a code. */
const leadingZero = (num: string) => num.charCodeAt(0) === 0x30 && isDigit(num.charCodeAt(1)) && isDigit(num.charCodeAt(2))
/** The first word of `phrase` (up to its first space): what `phrase.split(' ')[0]` gives, without the list. */
const firstWord = (phrase: string) => {
  const space = phrase.indexOf(' ')
  return space < 0 ? phrase : phrase.slice(0, space)
}
/** The end of a clause right after a number: `.`, `,`, `;`, `)` or the line's end. */
const CLAUSE_END = /^(?:[.,;)](?!\d)|\n|$)/u
const COUNT_NOUN_FIRST_WORDS = new Set(COUNT_NOUNS.map((n) => n.split(' ')[0]!))
const AMOUNT_KEYS = Object.keys(AMOUNT_UNITS).sort((a, b) => b.length - a.length)
const NOT_LABELS = new Set(CAPITALISED_COMMON_NOUNS)
const POINT_UNITS = PERCENT_POINT_UNITS
const STRUCTURES = new Set(STRUCTURE_SUBJECTS)

/** {@link AMOUNT_KEYS} by their first unit, each group in the list's order (longest first). */
const AMOUNT_KEYS_BY_FIRST = byFirstUnit(AMOUNT_KEYS)
const TIME_UNITS_BY_FIRST = byFirstUnit(TIME_UNITS)

/** The phrases of `list` grouped by their first UTF-16 unit, keeping their order in `list`. */
function byFirstUnit(list: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>()
  for (const w of list) {
    const c = w.charCodeAt(0)
    let group = out.get(c)
    if (!group) out.set(c, (group = []))
    group.push(w)
  }
  return out
}

/**
 * Whether the first code point of `text.slice(pos, end)` has the class `bit` of {@link unitClass}
 * (what `re`, its `^[…]` pattern, says of that slice), without the slice: a surrogate is read by
 * `re` on the (at most two-unit) slice.
 */
function firstIs(text: string, pos: number, end: number, bit: number, re: RegExp): boolean {
  if (pos >= end) return false
  const c = text.charCodeAt(pos)
  if ((c & 0xf800) === 0xd800) return re.test(text.slice(pos, Math.min(end, pos + 2)))
  return (unitClass(c) & bit) !== 0
}

/**
 * The unit of an amount that starts `text.slice(pos, end)` ("đồng", "ha"; "triệu đồng" is the
 * grammar's scale + "đồng"), with its written length; the text from `end` on is not read.
 */
export function amountUnitAt(text: string, pos: number, end: number): { unit: string; length: number } | null {
  const keys = pos < end ? AMOUNT_KEYS_BY_FIRST.get(text.charCodeAt(pos)) : undefined
  if (keys === undefined) return null
  for (let k = 0; k < keys.length; k++) {
    const u = keys[k]!
    if (pos + u.length > end || !text.startsWith(u, pos) || firstIs(text, pos + u.length, end, WORD_UNIT, WORD_FIRST)) continue
    // "4 đồng chí": comrades, not money.
    if (wordAfterUnit(text, pos, end, u)) return null
    return { unit: AMOUNT_UNITS[u]!, length: u.length }
  }
  return null
}

/**
 * True when the unit `u` that `text.slice(pos, end)` starts with is the first syllable of a word
 * ("đồng chí"): it goes on with a space and a word of {@link NOT_A_UNIT_BEFORE}. (Out of the loop
 * above: a closure over the loop's word would make a context per word tried.)
 */
function wordAfterUnit(text: string, pos: number, end: number, u: string): boolean {
  const words = NOT_A_UNIT_BEFORE[u]
  const at = pos + u.length + 1
  if (words === undefined || at > end || text.charCodeAt(at - 1) !== 0x20) return false
  for (const w of words) if (at + w.length <= end && text.startsWith(w, at) && !firstIs(text, at + w.length, end, LETTER_UNIT, LETTER_FIRST)) return true
  return false
}

/** True when `text.slice(pos, end)` starts with a time unit ("ngày", "năm") that ends there or before a non-letter. */
export function timeUnitAt(text: string, pos: number, end: number): boolean {
  const units = pos < end ? TIME_UNITS_BY_FIRST.get(text.charCodeAt(pos)) : undefined
  if (units === undefined) return false
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!
    if (pos + u.length <= end && text.startsWith(u, pos) && !firstIs(text, pos + u.length, end, LETTER_UNIT, LETTER_FIRST)) return true
  }
  return false
}

/** The percentage-point unit ("điểm phần trăm") that `text.slice(pos, end)` starts with, not followed by a letter or mark, or undefined. */
export function pointUnitAt(text: string, pos: number, end: number): string | undefined {
  for (let k = 0; k < POINT_UNITS.length; k++) {
    const u = POINT_UNITS[k]!
    // A single unit is read after it (as `charAt` gives it): a surrogate alone is no letter.
    if (pos + u.length <= end && text.startsWith(u, pos) && !(pos + u.length < end && (unitClass(text.charCodeAt(pos + u.length)) & LETTER_UNIT) !== 0)) return u
  }
  return undefined
}

/**
 * Every number that may be a count or an amount, outside `taken` ranges (dates, document
 * references, the publication stamp), with its subject, qualifier and lead words.
 */
export function findCountCandidates(doc: Doc, taken: readonly Range[], abbreviations: Abbreviations): CountCandidate[] {
  const out: CountCandidate[] = []
  const isTaken = (s: number, e: number) => {
    const i = findRange(taken, s)
    const j = findRange(taken, e - 1)
    return i >= 0 || j >= 0
  }
  const quotes = quotePositions(doc.key)
  const text = doc.key
  const ng = NUMBER_EXPRESSION.get().groups
  const NUM = ng.num!, DEN = ng.den!, TO = ng.to!, SCALE = ng.scale!, PCT = ng.pct!
  scanMatches(doc, NUMBER_EXPRESSION, (m, start, end) => {
    // The digit run opens the match (the pattern starts with it).
    const whole = m[NUM]!
    const runEnd = start + whole.length
    const past = runEnd // a rejected run is skipped whole: numbers inside it are never counts
    // The run may end with a sentence's full stop or a list comma: "… 49.820." → "49.820" (it opens with a digit).
    let numEnd = runEnd
    for (let c = text.charCodeAt(numEnd - 1); c === 0x2e || c === 0x2c; c = text.charCodeAt(--numEnd - 1));
    const num = numEnd === runEnd ? whole : whole.slice(0, numEnd - start)
    if (numEnd < runEnd && end > runEnd) return because('a separator glued to what follows', past) // "1.000.đ": a separator glued to what follows
    const inTaken = findRange(taken, start)
    if (inTaken >= 0 || findRange(taken, end - 1) >= 0) return because('inside a date, document reference or the stamp', inTaken >= 0 && !tracing() ? pastTaken(doc, start, taken[inTaken]!.end) : past)
    const endAt = numEnd < runEnd ? numEnd : end
    const clock = text.charCodeAt(endAt) === 0x3a && isDigit(text.charCodeAt(endAt + 1))
    if (clock || (firstIs(text, endAt, Math.min(text.length, endAt + 2), WORD_UNIT, WORD_FIRST) && !amountUnitAt(text, endAt, Math.min(text.length, endAt + 8)))) return because('glued to letters or a clock time', past) // "12a", "12:27"; "35ha" is an amount
    if (leadingZero(num)) return because('leading zero: a phone number or code', past) // phone numbers, codes
    if (phraseBefore(doc, start, Before.Label)) return because('an ordinal or numbered label (a word such as thứ, khóa before it)', past) // ordinals, numbered labels
    if (phraseBefore(doc, start, Before.Identifier) && !phraseBefore(doc, start, Before.Quantity)) return because('a number after số: an identifier', past)
    if (continuesNumber(text, start)) return because('part of a longer number', past)
    if (inShortQuote(doc.sentences, quotes, start)) return because('in a short quote (a title or a slogan: under 60 characters between the quotes)', past)
    if (m[DEN] !== undefined && inRankList(doc, start)) return because('a fraction in a list of ranks (đứng thứ 133/190 …, 121/190 …)', past)
    const scale = numEnd < runEnd ? undefined : m[SCALE]
    const base = parseDigits(num)
    if (base === null) return because('not a number', past)
    const value = scale ? scaledValue(base, scale) : base
    if (value === null) return because('not a number', past)
    const to = numEnd < runEnd || m[TO] === undefined ? null : parseDigits(m[TO])
    const percent = numEnd === runEnd && m[PCT] !== undefined
    const c = lead(doc, {
      start, end: endAt, rule: 'count/number', value, upTo: to, percent, points: false, bare: false, shareVerb: null, valueEnd: endAt, words: false,
      subject: null, amountUnit: null, qualifier: null, change: null, total: false, leadStart: start, scaled: scale !== undefined && !percent, aboutTopic: false,
    })
    return finish(doc, c, abbreviations, out, numEnd === runEnd && m[DEN] !== undefined) || past
  }, { boundary: true })
  const inWords: CountCandidate[] = []
  const WORDS = WORD_NUMBER.get().groups.words!
  scanMatches(doc, WORD_NUMBER, (m, start, end) => {
    // Words count only before a known count noun: check that first ("năm", "một", "ba" are everywhere).
    if (!countNounAfter(text, end, abbreviations)) return because('no count noun follows the number word', end)
    if (isTaken(start, end)) return because('inside a date, document reference or the stamp')
    if (inShortQuote(doc.sentences, quotes, start)) return because('in a short quote (a title or a slogan: under 60 characters between the quotes)')
    const value = numberWordsValue(m[WORDS]!)
    if (value === null || value <= 0) return because('the words are not a number above zero')
    const c = lead(doc, {
      start, end, rule: 'count/word-number', value, upTo: null, percent: false, points: false, bare: false, shareVerb: null, valueEnd: end, words: true,
      subject: null, amountUnit: null, qualifier: null, change: null, total: false, leadStart: start, scaled: false, aboutTopic: false,
    })
    return finish(doc, c, abbreviations, inWords, false)
  }, { boundary: true })
  return mergeByStart(out, inWords)
}

/**
 * Where the number scan goes on after rejecting the run at `start`, inside a taken range (a date, a
 * document reference) that ends at `rangeEnd`: the scan would next try each digit after the run in
 * turn (every digit opens a match of the number grammar), and reject each one inside the range as
 * it rejects this one (resuming after its run of digits and separators, or one unit on for a digit
 * inside a word or a repeated paragraph); those tries are made here without the grammar. The
 * position is where the scan would resume after the last of them. (Not while a trace is collected:
 * each rejection is traced on its own.)
 */
export function pastTaken(doc: Doc, start: number, rangeEnd: number): number {
  const text = doc.key
  let at = runEndAt(text, start)
  for (;;) {
    let p = at
    while (p < rangeEnd && !isDigit(text.charCodeAt(p))) p++
    if (p >= rangeEnd) return at
    at = wordCharBefore(text, p) || inDuplicate(doc, p) ? p + 1 : runEndAt(text, p)
  }
}

/** The end of the run of digits, `.` and `,` that starts with the digit at `start` (the grammar's `num` before it is trimmed). */
function runEndAt(text: string, start: number): number {
  let e = start + 1
  for (let c = text.charCodeAt(e); isDigit(c) || c === 0x2e || c === 0x2c; c = text.charCodeAt(++e));
  return e
}

/**
 * Two lists of candidates, each in text order (a scan finds its matches in order), as one list in
 * text order: what a stable sort by start gives (a number in digits and one in words never start
 * at the same place), without sorting.
 */
function mergeByStart(a: CountCandidate[], b: CountCandidate[]): CountCandidate[] {
  if (b.length === 0) return a
  if (a.length === 0) return b
  const out: CountCandidate[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!)
  while (i < a.length) out.push(a[i++]!)
  while (j < b.length) out.push(b[j++]!)
  return out
}

/**
 * The word of letters and marks after the space at `pos`, read no further than 24 units from `pos`
 * (what `/^ ([\p{L}\p{M}]+)/u` finds in `text.slice(pos, pos + 24)`), or undefined.
 */
export function wordAfterSpace(text: string, pos: number): string | undefined {
  const limit = Math.min(text.length, pos + 24)
  if (pos >= limit || text.charCodeAt(pos) !== 0x20) return undefined
  let end = pos + 1
  while (end < limit) {
    const c = text.charCodeAt(end)
    if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair, whole inside the window: a letter or mark as a code point.
      if (end + 1 < limit && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00 && LETTER_OR_MARK.test(text.slice(end, end + 2))) {
        end += 2
        continue
      }
      break
    }
    if ((unitClass(c) & LETTER_UNIT) === 0) break
    end++
  }
  return end > pos + 1 ? text.slice(pos + 1, end) : undefined
}

/**
 * True when the word after the space at `pos` is the first word of a count noun, or (lower case, in
 * upper case) an abbreviation the article defines: what
 * `next = lowerCase(wordAfterSpace(text, pos))`, `COUNT_NOUN_FIRST_WORDS.has(next) || abbreviations.has(next.toUpperCase())`
 * says, the word read through a trie of the first words, lower-cased unit by unit (no slice). A
 * word the trie cannot answer for (a surrogate, a unit whose lower case is not one unit or
 * depends on what follows it, a defined abbreviation) is read as the expression reads it.
 */
export function countNounAfter(text: string, pos: number, abbreviations: Abbreviations): boolean {
  const known = countNounFirstWordAt(text, pos)
  if (known === true || (known === false && abbreviations.size === 0)) return known
  const word = wordAfterSpace(text, pos)
  const next = word === undefined ? undefined : lowerCase(word)
  return next !== undefined && next !== '' && (COUNT_NOUN_FIRST_WORDS.has(next) || (abbreviations.size !== 0 && abbreviations.has(next.toUpperCase())))
}

interface TrieNode {
  next: Map<number, TrieNode>
  word: boolean
}

/** The first words of the count nouns, as a trie of their units. */
const FIRST_WORD_TRIE: TrieNode = (() => {
  const root: TrieNode = { next: new Map(), word: false }
  for (const w of COUNT_NOUN_FIRST_WORDS) {
    let node = root
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i)
      let child = node.next.get(c)
      if (!child) node.next.set(c, (child = { next: new Map(), word: false }))
      node = child
    }
    node.word = true
  }
  return root
})()

/** U+03A3 Σ, whose lower case in a word depends on what follows it (`toLowerCase` gives ς at a word's end). */
const FINAL_SIGMA_CASE = 0x3a3
/** The lower case of unit `c` when it is one unit that does not depend on context (the engine's {@link lowerUnit}); -1 otherwise. */
function lowerUnitOf(c: number): number {
  if (c === FINAL_SIGMA_CASE) return -1
  const l = lowerUnit(c)
  return typeof l === 'number' ? l : -1
}

/**
 * Whether the word {@link wordAfterSpace} reads at `pos`, in lower case, is one of
 * {@link COUNT_NOUN_FIRST_WORDS}; undefined when the trie cannot tell (a surrogate, or a unit
 * whose lower case is not one unit of its own).
 */
function countNounFirstWordAt(text: string, pos: number): boolean | undefined {
  const limit = Math.min(text.length, pos + 24)
  if (pos >= limit || text.charCodeAt(pos) !== 0x20) return false
  let node: TrieNode | undefined = FIRST_WORD_TRIE
  let end = pos + 1
  for (; end < limit; end++) {
    const c = text.charCodeAt(end)
    if ((c & 0xf800) === 0xd800) return undefined
    if ((unitClass(c) & LETTER_UNIT) === 0) break
    const l = lowerUnitOf(c)
    if (l < 0) return undefined
    node = node.next.get(l)
    // A lower-cased start no first word has: the whole word, lower-cased, is none of them.
    if (node === undefined) return false
  }
  return end > pos + 1 && node.word
}

/** A capitalised word right before the number, not opening the sentence: a label ("PMU 18", "Chi bộ 4"). */
function labelBefore(doc: Doc, pos: number): boolean {
  const wordStart = capitalisedWordBefore(doc.key, pos)
  if (wordStart < 0) return false
  const s = doc.sentences[findRange(doc.sentences, pos)]
  return !s || wordStart > s.start
}

/**
 * Where the word before the space before `pos` starts (letters and marks, at most 30 units back)
 * when it starts with a capital and is not a capitalised common noun, else -1.
 */
export function capitalisedWordBefore(text: string, pos: number): number {
  if (text.charCodeAt(pos - 1) !== 0x20) return -1
  let wordStart = pos - 1
  while (wordStart > 0 && pos - wordStart < 30 && (unitClass(text.charCodeAt(wordStart - 1)) & LETTER_UNIT) !== 0) wordStart--
  // Every unit of the word is a letter or mark on its own (no surrogate): its first code point is its first unit.
  if (wordStart === pos - 1 || (unitClass(text.charCodeAt(wordStart)) & CAPITAL_UNIT) === 0) return -1
  return NOT_LABELS.has(text.slice(wordStart, pos - 1)) ? -1 : wordStart
}

/** "49.820" scanned from its middle: a digit and a separator right before. */
function continuesNumber(text: string, pos: number): boolean {
  const p = text.charCodeAt(pos - 1)
  return (p === 0x2e || p === 0x2c || p === 0x2f) && pos >= 2 && isDigit(text.charCodeAt(pos - 2))
}

/** Where the text has a `"`, in order (found once per article). */
export function quotePositions(text: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) out.push(i)
  return out
}

/**
 * Inside a short quotation ("chi bộ 4 tốt", "5 xây, 3 chống"): a slogan, not a count. An odd
 * number of `"` in the sentence before `pos`, and the next `"` in the sentence less than 60
 * units after the last one before `pos` (`quotes`: {@link quotePositions} of the text).
 */
export function inShortQuote(sentences: readonly Range[], quotes: readonly number[], pos: number): boolean {
  const s = sentences[findRange(sentences, pos)]
  if (!s) return false
  const first = lowerBound(quotes, s.start, itself)
  const next = lowerBound(quotes, pos, itself, first)
  if ((next - first) % 2 === 0) return false
  const close = next < quotes.length ? quotes[next]! : -1
  return close >= 0 && close <= s.end && close - quotes[next - 1]! < 60
}

/** Reads the qualifier, change and total words before the number. */
function lead(doc: Doc, c: CountCandidate): CountCandidate {
  let pos = c.start
  const q = phraseBefore(doc, pos, Before.Qualifier)
  if (q) {
    c.qualifier = QUALIFIERS[q.phrase] as Count['qualifier']
    pos = q.start
  }
  const ch = phraseBefore(doc, pos, Before.Change)
  if (ch) {
    c.change = CHANGE_WORDS[ch.phrase]!
    pos = ch.start
  }
  const t = phraseBefore(doc, pos, Before.Total)
  if (t) {
    c.total = true
    pos = t.start
  }
  c.leadStart = pos
  return c
}

function finish(doc: Doc, c: CountCandidate, abbreviations: Abbreviations, out: CountCandidate[], fraction: boolean): boolean {
  if (!c.words && c.leadStart === c.start && labelBefore(doc, c.start)) return because('a capitalised label before it (PMU 18, Chi bộ 4)')
  const space = doc.key.charCodeAt(c.valueEnd) === 0x20 ? 1 : 0
  // What follows the number is read no further than 160 units from its end.
  const text = doc.key
  let after = c.valueEnd + space
  let afterEnd = Math.min(text.length, c.valueEnd + 160)
  const points = c.percent || c.words ? undefined : pointUnitAt(text, after, afterEnd)
  if (points) {
    // "0,45 điểm phần trăm": percentage points, read as a percentage.
    c.percent = true
    c.points = true
    c.valueEnd += space + points.length
    c.end = c.valueEnd
    after = c.valueEnd
    afterEnd = Math.min(text.length, c.valueEnd + 160)
  }
  if (c.percent) {
    const verb = phraseBefore(doc, c.leadStart, Before.ShareVerb)
    c.shareVerb = verb === null ? null : firstWord(verb.phrase)
  }
  if (!c.percent) {
    const unit = amountUnitAt(text, after, afterEnd)
    if (unit) {
      if (c.words) return because('an amount written in words')
      c.amountUnit = unit.unit
      c.end = c.valueEnd + space + unit.length
      out.push(c)
      return true
    }
    if (timeUnitAt(text, after, afterEnd)) return because('a duration (a time unit follows)')
  }
  let subject = readSubject(doc, c, abbreviations)
  if (!subject && !c.percent && !c.words) {
    // "44/48 (tỷ lệ 96,7%) đại biểu": a short parenthesis between the number and what it counts.
    const close = parenthesisAfter(doc.key, c.valueEnd)
    if (close !== null) subject = readSubjectAt(doc, close, abbreviations)
  }
  if (!subject && !c.percent && !c.words) {
    // "6 trong 7 phương án": a part of a whole counts what the whole counts.
    // "1 trong 2 chuyên đề" is "one of the two": a choice, not a count.
    const whole = c.value === 1 ? null : wholeAfter(doc, c.valueEnd, abbreviations)
    if (whole) {
      c.rule = 'count/part-of-whole'
      subject = whole.subject
      if (whole.scale !== null && !c.scaled) c.value *= whole.scale
    }
  }
  if (!subject && !c.percent) {
    // "… có 40.000 đảng viên; năm nay kết nạp khoảng 38.500.": a lead word and the clause's end — the noun is left out.
    // "Thái Lan đón 40 triệu.", "lần lượt là 8 triệu và 25 triệu": a scale word with nothing counted after it also leaves the noun out.
    if (!c.words && (((c.qualifier || c.change || c.total) && CLAUSE_END.test(doc.key.slice(c.valueEnd, c.valueEnd + 2))) || c.scaled)) {
      c.bare = true
      out.push(c)
      return true
    }
    return because('no subject: nothing counted follows')
  }
  if (c.words && !subject?.known) return because('a number in words needs a known count noun')
  // A bare year-like number ("2002-2017 thực hiện") is only a count before a known count noun.
  if (!c.words && !c.percent && c.value >= 1900 && c.value <= 2100 && Number.isInteger(c.value) && !subject?.known) return because('a year-like number needs a known count noun')
  if (fraction && !subject) return because('a fraction without a subject')
  const subjectLower = subject ? expandedLower(subject) : ''
  if (subject && isOrStartsWithWord(subjectLower, FACTOR_UNITS)
    && (!Number.isInteger(c.value) || c.change !== null || phraseBefore(doc, c.leadStart, Before.FactorLead) !== null)) return because('a change factor (gấp 2,5 lần), not a count of times')
  if (STRUCTURES.has(subjectLower)) return because('a structure (chính quyền hai cấp), not a count')
  c.subject = subject
  if (subject) c.end = Math.max(c.end, subject.end)
  out.push(c)
  return true
}

const PART_OF_WHOLE = [...PART_OF_WHOLE_WORDS].sort((a, b) => b.length - a.length)
const PART_OF_WHOLE_FIRST = new Set(PART_OF_WHOLE.map((w) => w.charCodeAt(0)))
const QUALIFIER_KEYS = Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length)
const SCALE_KEYS = Object.keys(SCALE_WORDS).sort((a, b) => b.length - a.length)
const WHOLE_NUMBER = /^\d[\d.,]*\d|^\d/u
/** True when `s` holds `w` and then a space from `at` (`s.startsWith(`${w} `, at)`, without the string). */
const wordThenSpaceAt = (s: string, w: string, at: number) => s.startsWith(w, at) && s.charCodeAt(at + w.length) === 0x20

/** After a part ("6 trong 7 phương án", "63,3 trong tổng số hơn 69 triệu cử tri"): the whole's subject and scale, or null. */
function wholeAfter(doc: Doc, from: number, abbreviations: Abbreviations): { subject: Subject; scale: number | null } | null {
  // A link (" trong ") opens the text after the number: a space, then a unit whose lower case is a
  // link's first unit (lower case maps that unit as it maps it in the whole text), or there is none.
  if (doc.key.charCodeAt(from) !== 0x20 || from + 1 >= doc.key.length || !PART_OF_WHOLE_FIRST.has(lowerCase(doc.key.charAt(from + 1)).charCodeAt(0))) return null
  const text = doc.key.slice(from, from + 80)
  const lower = lowerCase(text)
  const link = lower.charCodeAt(0) === 0x20 ? PART_OF_WHOLE.find((w) => wordThenSpaceAt(lower, w, 1)) : undefined
  if (!link) return null
  let pos = link.length + 2
  const q = QUALIFIER_KEYS.find((w) => wordThenSpaceAt(lower, w, pos))
  if (q) pos += q.length + 1
  const num = WHOLE_NUMBER.exec(text.slice(pos))
  if (!num) return null
  pos += num[0].length
  const scaleWord = lower.charCodeAt(pos) === 0x20 ? SCALE_KEYS.find((w) => wordThenSpaceAt(lower, w, pos + 1)) : undefined
  if (scaleWord) pos += scaleWord.length + 1
  if (text.charCodeAt(pos) !== 0x20) return null
  const subject = readSubjectAt(doc, from + pos + 1, abbreviations)
  return subject ? { subject, scale: scaleWord ? SCALE_WORDS[scaleWord]! : null } : null
}

/**
 * A short parenthesis with a figure in it right after a number (" (tỷ lệ 96,7%) "): where the words
 * after it start, or null. A label's parenthesis ("Trung ương 6 (khóa XII) sắp tới") has no figure.
 */
const PARENTHESIS = /^ ?\([^()\n]{0,24}\d[^()\n]{0,24}\) /u
function parenthesisAfter(text: string, from: number): number | null {
  // The pattern opens with ` ?(`: most numbers are followed by neither, and no slice is made for them.
  if (text.charCodeAt(from) !== 0x28 && (text.charCodeAt(from) !== 0x20 || text.charCodeAt(from + 1) !== 0x28)) return null
  const m = PARENTHESIS.exec(text.slice(from, from + 56))
  if (!m) return null
  const end = from + m[0].length
  return timeUnitAt(text, end, Math.min(text.length, end + 12)) ? null : end
}

/** How far back a rank list's rank word is looked for. */
const RANK_REACH = 200
const FRACTION_START = /^\d+ ?\/ ?\d/u
/** {@link RANK_WORDS} with a space either side (as they are looked for), made once. */
const RANK_WORDS_SPACED = RANK_WORDS.map((w) => ` ${w} `)

/** A fraction after a rank word and its fraction earlier in the sentence ("đứng thứ 133/190 quốc gia, nộp thuế 121/190 quốc gia"). */
function inRankList(doc: Doc, pos: number): boolean {
  const s = doc.sentences[findRange(doc.sentences, pos)]
  const from = Math.max(s ? s.start : 0, pos - RANK_REACH)
  const before = lowerCase(doc.key.slice(from, pos))
  return RANK_WORDS_SPACED.some((w) => {
    const k = before.lastIndexOf(w)
    return k >= 0 && FRACTION_START.test(before.slice(k + w.length, k + w.length + 14))
  })
}
