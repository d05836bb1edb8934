import { inputSpan, type Doc } from '../../engine/doc.ts'
import { POSITIONS, RANKS, TITLE_ABBREVIATIONS } from '../../lexicon/titles.ts'
import { HONORIFICS } from '../../lexicon/titles.ts'
import { TITLE_STOP_WORDS } from '../../lexicon/roles.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import type { Title } from '../../records/person.ts'
import { provinceAt } from '../bodies/place-names.ts'
import { execAt, forEachMatch } from '../../engine/step.ts'
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

const WORD_ENDS = ' \n\t.'

/** The position that `text` starts with (an abbreviation counts: `UVTV`), or null. */
export function positionAt(text: string): { position: string; length: number } | null {
  let firstEnd = 0
  while (firstEnd < text.length && !WORD_ENDS.includes(text[firstEnd]!)) firstEnd++
  const first = text.slice(0, firstEnd)
  for (const p of POSITIONS_BY_FIRST_WORD.get(first) ?? []) {
    if (text.startsWith(p) && !/^[\p{L}\p{M}]/u.test(text.slice(p.length))) return { position: p, length: p.length }
  }
  const abbr = /^[\p{Lu}Đ]{2,8}(?![\p{L}\p{M}])/u.exec(text)?.[0]
  if (abbr && ABBREVIATIONS.has(abbr) && /^(?:UV|Ủy viên|Bí thư|Phó|Chủ|Trưởng)/u.test(ABBREVIATIONS.get(abbr)!)) return { position: ABBREVIATIONS.get(abbr)!, length: abbr.length }
  return null
}

/** Strips a leading honorific (`đồng chí`, `ông`) from `text`; returns the units removed. */
export function honorificLength(text: string): number {
  const lower = text.toLowerCase()
  for (const h of HONORIFIC_KEYS) {
    if (lower.startsWith(h) && /^(?:\s|:|$)/.test(lower.slice(h.length))) {
      let n = h.length
      while (n < text.length && /[\s:]/.test(text[n]!)) n++
      return n
    }
  }
  return 0
}

/** The end of a title that starts at `start` (a position word first), or -1. */
export function readTitleAt(doc: Doc, start: number, limit: number): number {
  if (!positionAt(doc.key.slice(start, start + 60))) return -1
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
    if (!/^[\p{L}]/u.test(tok)) break
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
  return { text: doc.input.slice(span.start, span.end), span, ...parsed }
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

/** Titles written right after a name: ` - Trưởng Ban Tổ chức Tỉnh ủy`, `, UVTV Tỉnh ủy, Trưởng Ban …`. */
export function titlesAfter(doc: Doc, nameEnd: number, limit: number): { titles: Array<[number, number]>; end: number } {
  const out: Array<[number, number]> = []
  let pos = nameEnd
  for (;;) {
    const sep = /^(?: ?- ?|, ?|: ?| \()/u.exec(doc.key.slice(pos, pos + 3))
    if (!sep) break
    const start = pos + sep[0].length
    if (start >= limit) break
    const head = doc.key.slice(start, Math.min(limit, start + 60))
    const isBody = BODY_OPENERS.some((b) => head.startsWith(`${b} `) || head === b)
    if (!positionAt(head) && !(isBody && out.length > 0)) break
    const end = titleEnd(doc.key, start, limit)
    if (end <= start) break
    if (isBody && !positionAt(head) && out.length) out[out.length - 1]![1] = end
    else out.push([start, end])
    pos = end
  }
  return { titles: out, end: pos }
}

/** Offset of the first word of `text` where a title starts and runs to the end with no stop word, or -1. */
function titleStartIn(text: string): number {
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

const CLAUSE_MARKS = ',;:(\n'
const SEGMENT_END_MARKS = ' \n,:'

/** Titles written right before a name, back to the clause start: `UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Phan Xuân Toàn`. */
export function titlesBefore(doc: Doc, nameStart: number, clauseStart: number): Array<[number, number]> {
  const segments: Array<[number, number]> = []
  let end = nameStart
  while (end > clauseStart) {
    let s = end
    while (s > clauseStart && !CLAUSE_MARKS.includes(doc.key[s - 1]!)) s--
    let segStart = s
    while (segStart < end && doc.key[segStart] === ' ') segStart++
    segStart += honorificLength(doc.key.slice(segStart, end))
    let segEnd = end
    while (segEnd > segStart && SEGMENT_END_MARKS.includes(doc.key[segEnd - 1]!)) segEnd--
    if (segEnd > segStart) segments.unshift([segStart, segEnd])
    if (s <= clauseStart || doc.key[s - 1] !== ',') break
    end = s - 1
  }
  // The segment next to the name may open with other words: "Theo Bí thư Quận ủy Nguyễn Hoài Nam".
  const last = segments[segments.length - 1]
  if (last && !positionAt(doc.key.slice(last[0], last[1]))) {
    const inner = titleStartIn(doc.key.slice(last[0], last[1]))
    if (inner > 0) {
      segments[segments.length - 1] = [last[0] + inner, last[1]]
      segments.splice(0, segments.length - 1)
    }
  }
  // Keep the trailing run of segments that are titles; a body segment joins the title before it.
  const out: Array<[number, number]> = []
  for (let i = segments.length - 1; i >= 0; i--) {
    const [a, b] = segments[i]!
    const text = doc.key.slice(a, b)
    if (positionAt(text)) out.unshift([a, b])
    else if (BODY_OPENERS.some((o) => text.startsWith(`${o} `) || text === o) && i > 0 && positionAt(doc.key.slice(...segments[i - 1]!))) {
      const [pa] = segments[i - 1]!
      out.unshift([pa, b])
      i--
    } else break
  }
  return out
}
