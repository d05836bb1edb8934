import { inputSpan, type Doc } from '../../engine/doc.ts'
import { boundedMemo } from '../../engine/bounded-memo.ts'
import { lowerUnit } from '../../engine/phrase-set.ts'
import {
  ABBREVIATED_POSITION_STARTS, BOARD_WORD, DOTTED_TITLE_ABBREVIATIONS, LEVEL_WORDS_BEFORE_PROVINCE, POSITIONS, RANKS, TITLE_ABBREVIATIONS, TITLE_BODY_OPENERS,
} from '../../lexicon/titles.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { HONORIFICS } from '../../lexicon/titles.ts'
import { TITLE_STOP_WORDS } from '../../lexicon/roles.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import type { Title } from '../../records/person.ts'
import { provinceAt } from '../bodies/place-names.ts'
import { execAt, forEachMatch, testAt } from '../../engine/step.ts'
import { isSpaceUnit, unitClasses } from '../../engine/units.ts'
import { isLetterClass, LETTER, letterClass, NUMBER, SPACE, UPPER } from '../../normalize/letters.ts'
import { SPACES, trimChars } from '../../engine/trim.ts'

const canon = (s: string) => canonicalToneMarks(s)
const POSITION_KEYS = [...new Set([...POSITIONS, ...RANKS].map(canon))].sort((a, b) => b.length - a.length)
const ABBREVIATIONS = new Map(Object.entries(TITLE_ABBREVIATIONS).map(([k, v]) => [k, canon(v)]))
const HONORIFIC_KEYS = [...new Set(HONORIFICS.map(canon))].sort((a, b) => b.length - a.length)
const STOP = new Set(TITLE_STOP_WORDS)
/** Compiled once: a title's tokens, and word starts in a segment. */
const TITLE_TOKEN = /[\p{L}\p{M}\p{N}./']{1,64}|[^\s]/uy
const WORD_START = /(?:^|\s)(?=\S)/gu

/** The units that end a position's first word (` \n\t.`). */
const isWordEndUnit = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x2e

/** A node of {@link POSITION_TRIE}: the positions read so far. */
interface PositionNode {
  /** The units read from the parent to here (one or more: a chain with no branch and no position is one edge). */
  label: string
  /** Children by the first unit of their label. */
  next: Map<number, PositionNode>
  /** The position that ends here, as {@link positionAtIn} returns it (one frozen object for all callers). */
  found: Readonly<{ position: string; length: number }> | null
  /**
   * Whether its first word ends at a unit of its own (`Bí thư`: the space; `Th.S`: the dot): then
   * the text's first word ends there too. A one-word position (`Chánh`) needs the text's first
   * word to end right after it.
   */
  ownWordEnd: boolean
}

/**
 * The positions in a radix trie: one walk from a word's first unit finds every position the text
 * starts with, a map lookup where positions branch and a `startsWith` along each edge. (Before,
 * a position was looked up by the text's first word, sliced, then tried with `startsWith`, longest
 * first: up to 47 for `Phó`; `tests/people-speed2.test.ts` holds the walk to that reading.)
 */
const POSITION_TRIE: PositionNode = (() => {
  const node = (label: string): PositionNode => ({ label, next: new Map(), found: null, ownWordEnd: false })
  const root = node('')
  for (const p of POSITION_KEYS) {
    // The first word as the lookup by first word cut it (`split(/[\s.]/)`): a position whose first
    // word ends at another space (a no-break space) could never be looked up, and is left out.
    const sep = p.search(/[\s.]/)
    if (sep >= 0 && !isWordEndUnit(p.charCodeAt(sep))) continue
    let at = root
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i)
      let child = at.next.get(c)
      if (!child) at.next.set(c, (child = node(p[i]!)))
      at = child
    }
    at.found = Object.freeze({ position: p, length: p.length })
    at.ownWordEnd = sep >= 0
  }
  // A child that is no position and has one child of its own is joined with it (labels concatenated).
  const compress = (n: PositionNode): void => {
    for (const [c, child] of n.next) {
      let joined = child
      while (joined.found === null && joined.next.size === 1) {
        const only: PositionNode = joined.next.values().next().value!
        joined = { label: joined.label + only.label, next: only.next, found: only.found, ownWordEnd: only.ownWordEnd }
      }
      n.next.set(c, joined)
      compress(joined)
    }
  }
  compress(root)
  return root
})()
/** 1 for the units a position starts with (the trie's first level, as a table). */
const POSITION_FIRST_UNITS = new Uint8Array(0x10000)
for (const c of POSITION_TRIE.next.keys()) POSITION_FIRST_UNITS[c] = 1

/** The position that `text` starts with (an abbreviation counts: `UVTV`), or null. */
export function positionAt(text: string): { position: string; length: number } | null {
  return positionAtIn(text, 0, text.length)
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/uy
const ABBREVIATION = /\p{Lu}{2,8}/uy
/** An abbreviation written with its full stop, which does not end a title ("TP.", "ThS."). */
const DOTTED_TITLE_ABBREVIATION = lexiconPattern(`^${anyOf(DOTTED_TITLE_ABBREVIATIONS)}\\.$`, 'u')
const ABBREVIATED_POSITION = lexiconPattern(`^${anyOf(ABBREVIATED_POSITION_STARTS)}`, 'u')
/** A level word ending a body's name before its province ("Tỉnh ủy ▸tỉnh Quảng Trị"). */
const LEVEL_BEFORE_PROVINCE = lexiconPattern(`(?:^| )${anyOf(LEVEL_WORDS_BEFORE_PROVINCE)}$`, 'u')
/** The board word as a body writes it (`Ban`), and a position ending with it in either case ("Trưởng Ban", "Phó trưởng ban"). */
const BOARD = BOARD_WORD[0]!.toUpperCase() + BOARD_WORD.slice(1)
const ENDS_WITH_BOARD = lexiconPattern(`\\s${anyOf([BOARD, BOARD_WORD])}$`, 'u')

/** True when a letter or mark starts at `i`, reading no further than `limit`. */
export function letterOrMarkAt(text: string, i: number, limit: number): boolean {
  if (i >= limit) return false
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  // A surrogate pair cut by `limit` is half a character: not a letter.
  if (c >= 0xd800 && c <= 0xdbff && i + 1 >= limit) return false
  // A letter or mark of the BMP from the shared table; a surrogate pair by the regex.
  if (c < 0xd800 || c > 0xdfff) return (letterClass(c) & LETTER) !== 0
  return testAt(LETTER_OR_MARK, text, i)
}

/**
 * {@link positionAt} of `text.slice(start, limit)`, without the slice: the position that starts
 * at `start` and ends by `limit`, or null.
 */
export function positionAtIn(text: string, start: number, limit: number): { position: string; length: number } | null {
  // The longest position written at `start` that ends by `limit`, with no letter or mark after it,
  // and whose first word is the text's first word (up to ` \n\t.` or `limit`): one walk of the trie.
  let best: Readonly<{ position: string; length: number }> | null = null
  // (Most words start with no position's first unit: a table says so before any map lookup.)
  let node: PositionNode | undefined = start < limit && POSITION_FIRST_UNITS[text.charCodeAt(start)] === 1 ? POSITION_TRIE : undefined
  let i = start
  while (node !== undefined && i < limit) {
    node = node.next.get(text.charCodeAt(i))
    if (node === undefined) break
    const label = node.label
    // (The whole edge or nothing: no position ends inside a label.)
    if (i + label.length > limit || (label.length > 1 && !text.startsWith(label, i))) break
    i += label.length
    const found = node.found
    if (found !== null && (node.ownWordEnd || i === limit || isWordEndUnit(text.charCodeAt(i))) && !letterOrMarkAt(text, i, limit)) best = found
  }
  if (best !== null) return best
  // An abbreviation: two to eight capitals not followed by a letter or mark.
  const first = text.charCodeAt(start)
  const runEnd = start < limit && (first >= 0x80 || (first >= 0x41 && first <= 0x5a)) ? abbreviationEnd(text, start) : -1
  if (runEnd < 0) return null
  // Read no further than `limit` (a pair cut there is half a character), and then, as
  // `{2,8}(?![\p{L}\p{M}])` does, take the whole run only when no letter follows it.
  let end = runEnd
  if (end > limit) {
    end = limit
    const c = text.charCodeAt(end - 1)
    if (c >= 0xd800 && c <= 0xdbff) end--
  } else if (letterOrMarkAt(text, end, limit)) return null
  if (end - start < 2) return null
  const abbr = text.slice(start, end)
  const expanded = ABBREVIATIONS.get(abbr)
  if (expanded !== undefined && ABBREVIATED_POSITION().test(expanded)) return { position: expanded, length: abbr.length }
  return null
}

/** Per UTF-16 unit (not a surrogate): 1 for an upper-case letter (`[\p{Lu}Đ]`). */
export const upperUnit = unitClasses((u) => (letterClass(u.charCodeAt(0)) & UPPER ? 1 : 0))

/**
 * Where {@link ABBREVIATION} (two to eight capitals) matching at `start` ends, or -1: read by
 * table, by the regex when a surrogate is met (no match array for the common case).
 */
function abbreviationEnd(text: string, start: number): number {
  const n = text.length
  let i = start
  for (; i < n && i - start < 8; i++) {
    const c = text.charCodeAt(i)
    if ((c & 0xf800) === 0xd800) {
      const m = execAt(ABBREVIATION, text, start)
      return m === null ? -1 : start + m[0].length
    }
    if (upperUnit(c) !== 1) break
  }
  return i - start >= 2 ? i : -1
}

/** Strips a leading honorific (`đồng chí`, `ông`) from `text`; returns the units removed. */
export function honorificLength(text: string): number {
  return honorificLengthIn(text, 0, text.length)
}

/** The longest honorific, in units: only that much of a segment is lower-cased to look for one. */
const HONORIFIC_MAX = Math.max(...HONORIFIC_KEYS.map((h) => h.length))

/**
 * 1 for a UTF-16 unit whose lower case begins with the first unit of an honorific (`Đ`, `đ`, `ô`,
 * `B`…). A surrogate never does: an astral letter lower-cases to an astral letter.
 */
export const opensHonorific = (() => {
  const firsts = new Set(HONORIFIC_KEYS.map((h) => h.charCodeAt(0)))
  return unitClasses((u) => (firsts.has(u.toLowerCase().charCodeAt(0)) ? 1 : 0))
})()

/** {@link HONORIFIC_KEYS} by their first unit, longest first. */
const HONORIFICS_BY_FIRST_UNIT = new Map<number, string[]>()
for (const h of HONORIFIC_KEYS) {
  const list = HONORIFICS_BY_FIRST_UNIT.get(h.charCodeAt(0))
  if (list) list.push(h)
  else HONORIFICS_BY_FIRST_UNIT.set(h.charCodeAt(0), [h])
}
const NONE: readonly string[] = []

/**
 * {@link honorificLength} of `text.slice(start, end)`, read in place: each honorific is compared
 * with the text's units lower-cased one by one (a table read, no slice and no `toLowerCase` of
 * one); when a unit it is compared with has no lower case of one unit of its own (`İ`, `Σ`, a
 * surrogate), the window is read as {@link honorificLengthBySlice} reads it.
 */
export function honorificLengthIn(text: string, start: number, end: number): number {
  // A unit whose lower case starts no honorific: none can start here (most segments start so).
  if (start >= end || opensHonorific(text.charCodeAt(start)) === 0) return 0
  const stop = Math.min(end, start + HONORIFIC_MAX + 1)
  const first = simpleLowerUnit(text.charCodeAt(start))
  if (first < 0) return honorificLengthBySlice(text, start, end)
  // (Only the honorifics with the lower-cased first unit can be its prefix: those are tried, longest first.)
  const list = HONORIFICS_BY_FIRST_UNIT.get(first) ?? NONE
  for (let k = 0; k < list.length; k++) {
    const h = list[k]!
    const n = h.length
    // The units compared: the honorific's, or as many as the window has (a shorter window is no match).
    const compared = Math.min(n, stop - start)
    let i = 1
    for (; i < compared; i++) {
      const l = simpleLowerUnit(text.charCodeAt(start + i))
      if (l < 0) return honorificLengthBySlice(text, start, end)
      if (l !== h.charCodeAt(i)) break
    }
    if (i < n) continue
    // The honorific ends the window, or a `:` or a space follows it (neither has a case).
    const next = text.charCodeAt(start + n)
    if (start + n === stop || next === 0x3a || isSpaceUnit(next)) return honorificEnd(text, start, end, n)
  }
  return 0
}

/** `n` and the `:` and spaces after the honorific's `n` units at `start`, up to `end`. */
function honorificEnd(text: string, start: number, end: number, n: number): number {
  while (start + n < end && (text.charCodeAt(start + n) === 0x3a || isSpaceUnit(text.charCodeAt(start + n)))) n++
  return n
}

/** U+03A3 Σ, whose lower case depends on what follows it (`toLowerCase` gives ς at a word's end). */
const CAPITAL_SIGMA = 0x3a3
/** The lower case of unit `c` when it is one unit that does not depend on context and `c` is no surrogate; -1 otherwise. */
function simpleLowerUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c
  if (c === CAPITAL_SIGMA || (c & 0xf800) === 0xd800) return -1
  const l = lowerUnit(c)
  return typeof l === 'number' ? l : -1
}

/** {@link honorificLengthIn} as it lower-cased the window's first units as a slice (the reference reading, and windows with units of no simple lower case). */
export function honorificLengthBySlice(text: string, start: number, end: number): number {
  if (start >= end || opensHonorific(text.charCodeAt(start)) === 0) return 0
  const lower = text.slice(start, Math.min(end, start + HONORIFIC_MAX + 1)).toLowerCase()
  for (const h of HONORIFICS_BY_FIRST_UNIT.get(lower.charCodeAt(0)) ?? NONE) {
    if (!lower.startsWith(h)) continue
    const next = lower.charCodeAt(h.length)
    if (h.length === lower.length || next === 0x3a || isSpaceUnit(next)) return honorificEnd(text, start, end, h.length)
  }
  return 0
}

/** Per UTF-16 unit (not a surrogate): 1 for a letter. */
export const letterUnit = unitClasses((u) => (isLetterClass(letterClass(u.charCodeAt(0))) ? 1 : 0))

/** `/^\p{L}/u.test(tok)`, by table for a first unit that is not a surrogate. */
function startsWithLetter(tok: string): boolean {
  const c = tok.charCodeAt(0)
  if ((c & 0xf800) === 0xd800) return /^\p{L}/u.test(tok)
  return tok.length > 0 && letterUnit(c) === 1
}

/** The end of a title that starts at `start` (a position word first), or -1. */
export function readTitleAt(doc: Doc, start: number, limit: number): number {
  if (!positionAtIn(doc.key, start, Math.min(doc.key.length, start + 60))) return -1
  const end = titleEnd(doc.key, start, limit)
  return end > start ? end : -1
}

/** Ends a title read forward from `start`: at punctuation (but a dash inside a body name), a stop word, or a name run. */
export function titleEnd(text: string, start: number, limit: number): number {
  let at = start
  let end = start
  let words = 0
  for (;;) {
    while (at < limit && text.charCodeAt(at) === 0x20) at++
    if (at >= limit) break
    const first = text.charCodeAt(at)
    // A token that starts with a surrogate is read as the reference reads it (the regex, which may
    // step back to a pair's start, and its match).
    if (isSurrogateUnit(first)) return titleEndByRegex(text, start, limit)
    const tokEnd = titleTokenEnd(text, at)
    if (tokEnd < 0) break
    // (The token is read in place: it is sliced only when a stop word or an abbreviation could be it.)
    if (first === 0x2d && tokEnd === at + 1 && words > 0 && /^ ?[\p{Lu}]/u.test(text.slice(tokEnd, tokEnd + 2))) {
      at = tokEnd
      continue // "Báo chí - Xuất bản"
    }
    if (letterUnit(first) !== 1) break
    if (tokEnd - at <= STOP_MAX && STOP_FIRST_UNITS[first] === 1 && STOP.has(text.slice(at, tokEnd))) break
    // A full stop glued to the last word ends the title ("… Tỉnh ủy.") unless it is an abbreviation ("TP.").
    if (text.charCodeAt(tokEnd - 1) === 0x2e && !DOTTED_TITLE_ABBREVIATION().test(text.slice(at, tokEnd))) {
      end = tokEnd - 1
      break
    }
    end = tokEnd
    at = tokEnd
    if (++words >= 14) break
  }
  return end
}

/** {@link titleEnd} as it read each token with {@link TITLE_TOKEN} (the reference reading, for tests). */
export function titleEndByRegex(text: string, start: number, limit: number): number {
  let at = start
  let end = start
  let words = 0
  for (;;) {
    while (at < limit && text.charCodeAt(at) === 0x20) at++
    if (at >= limit) break
    const m = execAt(TITLE_TOKEN, text, at)
    if (!m) break
    const tok = m[0]
    const tokEnd = at + tok.length
    if (tok === '-' && words > 0 && /^ ?[\p{Lu}]/u.test(text.slice(tokEnd, tokEnd + 2))) {
      at = tokEnd
      continue // "Báo chí - Xuất bản"
    }
    if (!startsWithLetter(tok)) break
    if (STOP.has(tok)) break
    if (tok.endsWith('.') && !DOTTED_TITLE_ABBREVIATION().test(tok)) {
      end = at + tok.length - 1
      break
    }
    end = tokEnd
    at = tokEnd
    if (++words >= 14) break
  }
  return end
}

const isSurrogateUnit = (c: number) => (c & 0xf800) === 0xd800
/** The longest stop word, in units, and the units they start with: a token is looked up only when it could be one. */
const STOP_MAX = Math.max(...TITLE_STOP_WORDS.map((w) => w.length))
const STOP_FIRST_UNITS = new Uint8Array(0x10000)
for (const w of TITLE_STOP_WORDS) STOP_FIRST_UNITS[w.charCodeAt(0)] = 1
/** Per UTF-16 unit (not a surrogate): 1 for what a title token is made of (`[\p{L}\p{M}\p{N}./']`), 2 for `\s`. */
export const titleUnit = unitClasses((u) => {
  const k = letterClass(u.charCodeAt(0))
  return k & (LETTER | NUMBER) || u === '.' || u === '/' || u === "'" ? 1 : k & SPACE ? 2 : 0
})
/** At most this many code points in a token of letters ({@link TITLE_TOKEN}'s `{1,64}`). */
const TITLE_TOKEN_MAX = 64

/**
 * Where the token {@link TITLE_TOKEN} reads at `at` (not a surrogate) ends, or -1 when it reads
 * none (a space other than U+0020, or the text's end): by table, and by the regex when a surrogate is met.
 */
function titleTokenEnd(text: string, at: number): number {
  const n = text.length
  if (at >= n) return -1
  let c = text.charCodeAt(at)
  const k = titleUnit(c)
  if (k === 2) return -1
  if (k === 0) return at + 1 // one character that is neither a letter nor a space
  let e = at + 1
  // (Every unit read is a whole code point here: the count is of code points, as `{1,64}` counts them.)
  for (let count = 1; e < n && count < TITLE_TOKEN_MAX; count++, e++) {
    c = text.charCodeAt(e)
    if (isSurrogateUnit(c)) return titleTokenEndByRegex(text, at)
    if (titleUnit(c) !== 1) break
  }
  return e
}
function titleTokenEndByRegex(text: string, at: number): number {
  const m = execAt(TITLE_TOKEN, text, at)
  return m === null ? -1 : at + m[0].length
}

/** Parses a title's text into position, body and locality, and expands abbreviations. */
export function parseTitle(doc: Doc, start: number, end: number): Title {
  return titleOf(doc, start, end, parsedTitleAt(doc, start, end))
}

/** What the words of the title at [start, end) say: {@link parseTitle} without the title's own text and span. */
export function parsedTitleAt(doc: Doc, start: number, end: number): ParsedTitle {
  // An article repeats its titles ("Bí thư Tỉnh ủy" …): what the words say is read once per text.
  return parsedTitleWords(doc.key.slice(start, end))
}

/** The title at [start, end) whose words say `parsed` (from {@link parsedTitleAt}). */
export function titleOf(doc: Doc, start: number, end: number, parsed: ParsedTitle): Title {
  const span = inputSpan(doc, start, end)
  // (Written out rather than spread: the same keys in the same order, without copying by iteration.)
  return { text: doc.input.slice(span.start, span.end), span, expanded: parsed.expanded, position: parsed.position, body: parsed.body, locality: parsed.locality }
}

/** A title's parse: what its words say, whatever span they are read from. */
export type ParsedTitle = Omit<Title, 'text' | 'span'>

/** {@link parseTitleWords}, remembered by the title's text (the parse depends on the words only). */
const parsedTitleWords = boundedMemo<ParsedTitle>(10_000, (words) => parseTitleWords(words))

function parseTitleWords(key: string): Omit<Title, 'text' | 'span'> {
  const expanded = key.split(' ').map((w) => {
    const bare = w.replace(/[,.]$/, '')
    return ABBREVIATIONS.has(bare) ? w.replace(bare, ABBREVIATIONS.get(bare)!) : w
  }).join(' ')
  const pos = positionAt(key)
  let rest = pos ? key.slice(pos.length).trim() : key
  // A locality: a province named in the rest, or the capitalised words after an admin word.
  let locality: string | null = null
  const tokens = rest.split(' ')
  for (let i = 0; i < tokens.length; i++) {
    const p = provinceAt(tokens, i)
    if (p) {
      locality = tokens.slice(i, i + p.tokens.length).join(' ')
      rest = tokens.slice(0, i).join(' ').replace(LEVEL_BEFORE_PROVINCE(), '')
      break
    }
  }
  let body = trimChars(rest, `,-${SPACES}`) || null
  // "Trưởng Ban Tổ chức Tỉnh ủy": the position's "Ban" also names the board.
  if (body && pos && ENDS_WITH_BOARD().test(pos.position)) body = `${BOARD} ${body}`
  return { expanded, position: pos ? pos.position : null, body, locality }
}

/** The separator before a title after a name (` - `, `, `, `: `, ` (`), in units, or 0: what `/^(?: ?- ?|, ?|: ?| \()/` takes. */
function separatorLength(text: string, pos: number): number {
  const c = text.charCodeAt(pos)
  const d = text.charCodeAt(pos + 1)
  if (c === 0x2d) return d === 0x20 ? 2 : 1
  if (c === 0x2c || c === 0x3a) return d === 0x20 ? 2 : 1
  if (c === 0x20) {
    if (d === 0x2d) return text.charCodeAt(pos + 2) === 0x20 ? 3 : 2
    if (d === 0x28) return 2
  }
  return 0
}

const BODY_OPENERS_SPACED = TITLE_BODY_OPENERS.map((b) => `${b} `)

/** True when `text.slice(start, end)` opens with a body word (`Ban …`, `Tỉnh ủy`) or is one. */
function opensBody(text: string, start: number, end: number): boolean {
  for (let k = 0; k < TITLE_BODY_OPENERS.length; k++) {
    const spaced = BODY_OPENERS_SPACED[k]!
    if (end - start >= spaced.length && text.startsWith(spaced, start)) return true
    const o = TITLE_BODY_OPENERS[k]!
    if (end - start === o.length && text.startsWith(o, start)) return true
  }
  return false
}

/** Titles written right after a name: ` - Trưởng Ban Tổ chức Tỉnh ủy`, `, UVTV Tỉnh ủy, Trưởng Ban …`. */
export function titlesAfter(doc: Doc, nameEnd: number, limit: number): { titles: Array<[number, number]>; end: number } {
  const out: Array<[number, number]> = []
  let pos = nameEnd
  for (;;) {
    const sep = separatorLength(doc.key, pos)
    if (sep === 0) break
    const start = pos + sep
    if (start >= limit) break
    const headEnd = Math.min(limit, start + 60)
    const isBody = opensBody(doc.key, start, headEnd)
    const position = positionAtIn(doc.key, start, headEnd) !== null
    if (!position && !(isBody && out.length > 0)) break
    const end = titleEnd(doc.key, start, limit)
    if (end <= start) break
    if (isBody && !position && out.length) out[out.length - 1]![1] = end
    else out.push([start, end])
    pos = end
  }
  return { titles: out, end: pos }
}

/**
 * Offset from `a` of the first word of `text.slice(a, b)` where a title starts and runs to `b`
 * with no stop word, or -1: a word starts at `a` (when not a space) and after each `\s`, as
 * `/(?:^|\s)(?=\S)/gu` finds them in the slice; read in place.
 */
function titleStartIn(text: string, a: number, b: number): number {
  for (let at = a; at < b; at++) {
    if (isSpaceUnit(text.charCodeAt(at)) || (at > a && !isSpaceUnit(text.charCodeAt(at - 1)))) continue
    if (positionAtIn(text, at, b) && !stopWordIn(text, at, b)) return at - a
  }
  return -1
}

/**
 * True when a word of `text.slice(a, b).split(' ')` is a stop word, read in place: a word is
 * sliced only when its length and first unit let it be one.
 */
function stopWordIn(text: string, a: number, b: number): boolean {
  let from = a
  for (let i = a; i <= b; i++) {
    if (i < b && text.charCodeAt(i) !== 0x20) continue
    if (i - from <= STOP_MAX && i > from && STOP_FIRST_UNITS[text.charCodeAt(from)] === 1 && STOP.has(text.slice(from, i))) return true
    from = i + 1
  }
  return false
}

/** {@link titleStartIn} of a segment's own text (the reference reading, with a regex over the slice). */
export function titleStartInByRegex(text: string): number {
  let found = -1
  forEachMatch(WORD_START, text, (m) => {
    const at = m.index + m[0].length
    if (positionAt(text.slice(at))) {
      const words = text.slice(at).split(' ')
      if (!words.some((w) => STOP.has(w))) {
        found = at
        return 'stop'
      }
    }
  })
  return found
}

/** {@link titleStartIn} of a whole text (for tests). */
export function titleStartInText(text: string): number {
  return titleStartIn(text, 0, text.length)
}

/** Units that end a clause before a name (`,;:(` and a newline), and that end a segment (` \n,:`). */
const isClauseMark = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x0a
const isSegmentEndMark = (c: number) => c === 0x20 || c === 0x0a || c === 0x2c || c === 0x3a

/** Titles written right before a name, back to the clause start: `UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Phan Xuân Toàn`. */
export function titlesBefore(doc: Doc, nameStart: number, clauseStart: number): Array<[number, number]> {
  const key = doc.key
  // The clause's comma-separated segments, read back from the name only as far as they are titles
  // (what the reference reading, {@link titlesBeforeEager}, keeps of all of them).
  const segments = new SegmentsBefore(key, nameStart, clauseStart)
  let seg = segments.next()
  if (seg === null) return []
  // The segment next to the name may open with other words: "Theo Bí thư Quận ủy Nguyễn Hoài Nam".
  // (Whether it opens with a position is asked once, for this and for the loop's first step.)
  let opensWithPosition: boolean | undefined = positionAtIn(key, seg[0], seg[1]) !== null
  if (!opensWithPosition) {
    const inner = titleStartIn(key, seg[0], seg[1])
    if (inner > 0) {
      // That segment alone, from its title on.
      const title: [number, number] = [seg[0] + inner, seg[1]]
      return positionAtIn(key, title[0], title[1]) ? [title] : []
    }
  }
  // Keep the trailing run of segments that are titles; a body segment joins the title before it.
  const out: Array<[number, number]> = []
  while (seg !== null) {
    const [a, b] = seg
    const position = opensWithPosition ?? positionAtIn(key, a, b) !== null
    opensWithPosition = undefined
    if (position) {
      out.unshift([a, b])
      seg = segments.next()
      continue
    }
    if (opensBody(key, a, b)) {
      const prev = segments.next()
      if (prev !== null && positionAtIn(key, prev[0], prev[1])) {
        out.unshift([prev[0], b])
        seg = segments.next()
        continue
      }
    }
    break
  }
  return out
}

/**
 * The segments of the clause before a name, from the name back: the text between commas (back
 * to the clause start, or to a `;`, `:`, `(` or newline), without leading spaces and honorific
 * or trailing spaces and marks; empty ones left out.
 */
class SegmentsBefore {
  private end: number
  private done = false
  constructor(private readonly key: string, nameStart: number, private readonly clauseStart: number) {
    this.end = nameStart
  }

  /** The next segment back, or null. */
  next(): [number, number] | null {
    const { key, clauseStart } = this
    while (!this.done && this.end > clauseStart) {
      const end = this.end
      let s = end
      while (s > clauseStart && !isClauseMark(key.charCodeAt(s - 1))) s--
      let segStart = s
      while (segStart < end && key.charCodeAt(segStart) === 0x20) segStart++
      segStart += honorificLengthIn(key, segStart, end)
      let segEnd = end
      while (segEnd > segStart && isSegmentEndMark(key.charCodeAt(segEnd - 1))) segEnd--
      if (s <= clauseStart || key.charCodeAt(s - 1) !== 0x2c) this.done = true
      else this.end = s - 1
      if (segEnd > segStart) return [segStart, segEnd]
    }
    return null
  }
}

/** {@link titlesBefore} as it read every segment of the clause first (the reference reading, for tests). */
export function titlesBeforeEager(doc: Doc, nameStart: number, clauseStart: number): Array<[number, number]> {
  const key = doc.key
  // Every segment of the clause first, in text order (the same segments the lazy reading takes).
  const segments: Array<[number, number]> = []
  const reader = new SegmentsBefore(key, nameStart, clauseStart)
  for (let segment = reader.next(); segment !== null; segment = reader.next()) segments.unshift(segment)
  // The segment next to the name may open with other words: "Theo Bí thư Quận ủy Nguyễn Hoài Nam".
  const last = segments[segments.length - 1]
  if (last && !positionAtIn(doc.key, last[0], last[1])) {
    const inner = titleStartIn(key, last[0], last[1])
    if (inner > 0) {
      segments[segments.length - 1] = [last[0] + inner, last[1]]
      segments.splice(0, segments.length - 1)
    }
  }
  // Keep the trailing run of segments that are titles; a body segment joins the title before it.
  const out: Array<[number, number]> = []
  for (let i = segments.length - 1; i >= 0; i--) {
    const [a, b] = segments[i]!
    if (positionAtIn(doc.key, a, b)) out.unshift([a, b])
    else if (opensBody(doc.key, a, b) && i > 0 && positionAtIn(doc.key, segments[i - 1]![0], segments[i - 1]![1])) {
      const [pa] = segments[i - 1]!
      out.unshift([pa, b])
      i--
    } else break
  }
  return out
}
