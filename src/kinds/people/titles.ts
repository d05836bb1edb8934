import { inputSpan, type Doc } from '../../engine/doc.ts'
import { POSITIONS, RANKS, TITLE_ABBREVIATIONS } from '../../lexicon/titles.ts'
import { HONORIFICS } from '../../lexicon/titles.ts'
import { TITLE_STOP_WORDS } from '../../lexicon/roles.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import type { Title } from '../../records/person.ts'
import { provinceAt } from '../bodies/place-names.ts'
import { execAt, forEachMatch, testAt } from '../../engine/step.ts'
import { isSpaceUnit, unitClasses } from '../../engine/units.ts'
import { SPACES, trimChars } from '../../engine/trim.ts'

const canon = (s: string) => canonicalToneMarks(s)
const POSITION_KEYS = [...new Set([...POSITIONS, ...RANKS].map(canon))].sort((a, b) => b.length - a.length)
/** Positions by their first word, longest first. */
const POSITIONS_BY_FIRST_WORD = (() => {
  const map = new Map<string, string[]>()
  for (const p of POSITION_KEYS) {
    const w = p.split(/[\s.]/)[0]!
    map.set(w, [...(map.get(w) ?? []), p])
  }
  return map
})()
const ABBREVIATIONS = new Map(Object.entries(TITLE_ABBREVIATIONS).map(([k, v]) => [k, canon(v)]))
const HONORIFIC_KEYS = [...new Set(HONORIFICS.map(canon))].sort((a, b) => b.length - a.length)
const STOP = new Set(TITLE_STOP_WORDS)
/** Compiled once: a title's tokens, and word starts in a segment. */
const TITLE_TOKEN = /[\p{L}\p{M}\p{N}./']{1,64}|[^\s]/uy
const WORD_START = /(?:^|\s)(?=\S)/gu
/** Words that open a body: a segment starting with one continues the title before it. */
const BODY_OPENERS = ['Ban', 'Bộ', 'Vụ', 'Văn phòng', 'Ủy ban', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Thị ủy', 'Đảng ủy', 'Đảng bộ', 'Cục', 'Sở', 'Học viện', 'UBND', 'HĐND', 'MTTQ', 'Trung ương']

/** The units that end a position's first word (` \n\t.`). */
const isWordEndUnit = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x2e
/** 1 for the units a position's first word starts with (no position has an empty first word). */
const POSITION_FIRST_UNITS = new Uint8Array(0x10000)
for (const w of POSITIONS_BY_FIRST_WORD.keys()) {
  if (w === '') for (const c of [0x20, 0x0a, 0x09, 0x2e]) POSITION_FIRST_UNITS[c] = 1 // (an empty first word is looked up before a word end)
  else POSITION_FIRST_UNITS[w.charCodeAt(0)] = 1
}

/** The position that `text` starts with (an abbreviation counts: `UVTV`), or null. */
export function positionAt(text: string): { position: string; length: number } | null {
  return positionAtIn(text, 0, text.length)
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/uy
const ABBREVIATION = /[\p{Lu}Đ]{2,8}/uy
const ABBREVIATED_POSITION = /^(?:UV|Ủy viên|Bí thư|Phó|Chủ|Trưởng)/u

/** True when a letter or mark starts at `i`, reading no further than `limit`. */
function letterOrMarkAt(text: string, i: number, limit: number): boolean {
  if (i >= limit) return false
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  // A surrogate pair cut by `limit` is half a character: not a letter.
  if (c >= 0xd800 && c <= 0xdbff && i + 1 >= limit) return false
  return testAt(LETTER_OR_MARK, text, i)
}

/**
 * {@link positionAt} of `text.slice(start, limit)`, without the slice: the position that starts
 * at `start` and ends by `limit`, or null.
 */
export function positionAtIn(text: string, start: number, limit: number): { position: string; length: number } | null {
  // (Most words start with no position's first unit: no slice and no lookup for them.)
  let candidates: string[] | undefined
  if (start < limit && POSITION_FIRST_UNITS[text.charCodeAt(start)] === 1) {
    let firstEnd = start
    while (firstEnd < limit && !isWordEndUnit(text.charCodeAt(firstEnd))) firstEnd++
    candidates = POSITIONS_BY_FIRST_WORD.get(text.slice(start, firstEnd))
  }
  if (candidates) {
    for (const p of candidates) {
      if (start + p.length <= limit && text.startsWith(p, start) && !letterOrMarkAt(text, start + p.length, limit)) return { position: p, length: p.length }
    }
  }
  // An abbreviation: two to eight capitals not followed by a letter or mark.
  const first = text.charCodeAt(start)
  const m = start < limit && (first >= 0x80 || (first >= 0x41 && first <= 0x5a)) ? execAt(ABBREVIATION, text, start) : null
  if (m === null) return null
  // Read no further than `limit` (a pair cut there is half a character), and then, as
  // `{2,8}(?![\p{L}\p{M}])` does, take the whole run only when no letter follows it.
  let end = start + m[0].length
  if (end > limit) {
    end = limit
    const c = text.charCodeAt(end - 1)
    if (c >= 0xd800 && c <= 0xdbff) end--
  } else if (letterOrMarkAt(text, end, limit)) return null
  if (end - start < 2) return null
  const abbr = text.slice(start, end)
  const expanded = ABBREVIATIONS.get(abbr)
  if (expanded !== undefined && ABBREVIATED_POSITION.test(expanded)) return { position: expanded, length: abbr.length }
  return null
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
const opensHonorific = (() => {
  const firsts = new Set(HONORIFIC_KEYS.map((h) => h.charCodeAt(0)))
  return unitClasses((u) => (firsts.has(u.toLowerCase().charCodeAt(0)) ? 1 : 0))
})()

/** {@link honorificLength} of `text.slice(start, end)`, lower-casing only the few units an honorific can take. */
export function honorificLengthIn(text: string, start: number, end: number): number {
  // A unit whose lower case starts no honorific: none can start here (most segments start so).
  if (start >= end || opensHonorific(text.charCodeAt(start)) === 0) return 0
  const lower = text.slice(start, Math.min(end, start + HONORIFIC_MAX + 1)).toLowerCase()
  for (const h of HONORIFIC_KEYS) {
    if (!lower.startsWith(h)) continue
    const next = lower.charCodeAt(h.length)
    if (h.length === lower.length || next === 0x3a || isSpaceUnit(next)) {
      let n = h.length
      while (start + n < end && (text.charCodeAt(start + n) === 0x3a || isSpaceUnit(text.charCodeAt(start + n)))) n++
      return n
    }
  }
  return 0
}


/** Per UTF-16 unit (not a surrogate): 1 for a letter. */
const letterUnit = unitClasses((u) => (/\p{L}/u.test(u) ? 1 : 0))

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
function titleEnd(text: string, start: number, limit: number): number {
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
    // A full stop glued to the last word ends the title ("… Tỉnh ủy.") unless it is an abbreviation ("TP.").
    if (tok.endsWith('.') && !/^(?:TP|Tp|TX|ThS|TS|PGS|GS)\.$/u.test(tok)) {
      end = at + tok.length - 1
      break
    }
    end = tokEnd
    at = tokEnd
    if (++words >= 14) break
  }
  return end
}

/** Parses a title's text into position, body and locality, and expands abbreviations. */
export function parseTitle(doc: Doc, start: number, end: number): Title {
  const key = doc.key.slice(start, end)
  const span = inputSpan(doc, start, end)
  // An article repeats its titles ("Bí thư Tỉnh ủy" …): what the words say is read once per text.
  let parsed = PARSED.get(key)
  if (!parsed) {
    parsed = parseTitleWords(key)
    if (PARSED.size >= PARSED_MAX) PARSED.clear()
    PARSED.set(key, parsed)
  }
  // (Written out rather than spread: the same keys in the same order, without copying by iteration.)
  return { text: doc.input.slice(span.start, span.end), span, expanded: parsed.expanded, position: parsed.position, body: parsed.body, locality: parsed.locality }
}

/** Parsed title texts (a bounded memo: the parse depends on the words only). */
const PARSED = new Map<string, Omit<Title, 'text' | 'span'>>()
const PARSED_MAX = 10_000

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
      rest = tokens.slice(0, i).join(' ').replace(/(?:^| )(?:tỉnh|thành phố|TP\.?)$/u, '')
      break
    }
  }
  let body = trimChars(rest, `,-${SPACES}`) || null
  // "Trưởng Ban Tổ chức Tỉnh ủy": the position's "Ban" also names the board.
  if (body && pos && /\s(?:Ban|ban)$/u.test(pos.position)) body = `Ban ${body}`
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

const BODY_OPENERS_SPACED = BODY_OPENERS.map((b) => `${b} `)

/** True when `text.slice(start, end)` opens with a body word (`Ban …`, `Tỉnh ủy`) or is one. */
function opensBody(text: string, start: number, end: number): boolean {
  for (let k = 0; k < BODY_OPENERS.length; k++) {
    const spaced = BODY_OPENERS_SPACED[k]!
    if (end - start >= spaced.length && text.startsWith(spaced, start)) return true
    const o = BODY_OPENERS[k]!
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
    if (positionAtIn(text, at, b) && !text.slice(at, b).split(' ').some((w) => STOP.has(w))) return at - a
  }
  return -1
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
  if (!positionAtIn(key, seg[0], seg[1])) {
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
    if (positionAtIn(key, a, b)) {
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
