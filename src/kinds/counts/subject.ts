import type { Doc } from '../../engine/doc.ts'
import {
  CAPITALISED_COMMON_NOUNS, COORDINATED_NOUNS, COUNT_NOUNS, NOT_A_SUBJECT, PERCENT_LOOKBACK_SKIP, RATE_NAMES, SKIP_WORD_NOUNS,
  SUBJECT_COMPOUNDS, SUBJECT_STOP_PHRASES, SUBJECT_STOPWORDS,
} from '../../lexicon/count-words.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import type { CountCandidate } from './candidates.ts'
import { positionAt } from '../people/titles.ts'
import { execAt, lastMatch } from '../../engine/step.ts'

/** A count's subject: where it is and what it says. */
export interface Subject {
  start: number
  end: number
  /** As written (display form). */
  written: string
  /** With a defined abbreviation expanded (`ĐV mới` → `đảng viên mới`). */
  expanded: string
  /** Its canonical lower-case form starts with a known count noun. */
  known: boolean
}

const STOP = new Set(SUBJECT_STOPWORDS)
const NOT_SUBJECT = NOT_A_SUBJECT
const COORDINATED = COORDINATED_NOUNS
const KNOWN = COUNT_NOUNS
const MAX_WORDS = 6
const MAX_COORDINATED_WORDS = 10
const TOKEN = /[\p{L}\p{M}\p{N}/'-]{1,48}|[^\s]/uy
const LOOKBACK_SKIP = new Set(PERCENT_LOOKBACK_SKIP)
const SKIP_NOUNS = new Set(SKIP_WORD_NOUNS)
const CAPITALISED_NOUNS = new Set(CAPITALISED_COMMON_NOUNS)
/** "Tỷ lệ che phủ rừng tiếp tục tăng, đến nay đạt trên 70%": the rate's name says what the percentage is of. */
const RATE_NAME = lexiconPattern(`(?:^|[\\s(])${anyOf(RATE_NAMES)} `, 'giu')

interface Token { text: string; start: number; end: number }

function tokensFrom(text: string, pos: number, limit: number): Token[] {
  const out: Token[] = []
  let i = pos
  while (out.length < limit && i < text.length) {
    while (text.charCodeAt(i) === 0x20) i++
    if (i >= text.length || text.charCodeAt(i) === 0x0a) break
    const m = execAt(TOKEN, text, i)
    if (!m) break
    out.push({ text: m[0], start: i, end: i + m[0].length })
    i += m[0].length
  }
  return out
}

const isWord = (t: string) => /^[\p{L}]/u.test(t)
const isCapitalised = (t: string) => /^\p{Lu}/u.test(t)
const isAllCaps = (t: string) => /^[\p{Lu}][\p{Lu}\d]{1,7}$/u.test(t)
const startsWithAny = (lower: string, words: readonly string[]) => words.some((w) => lower === w || lower.startsWith(`${w} `) || lower.startsWith(`${w},`))

/**
 * The noun phrase after a number (or after `%`): words up to a verb, preposition, punctuation,
 * a name, or six words. A comma continues it only before a coordinated noun (`xã, phường, thị
 * trấn`). A percentage with nothing after it takes the phrase before it (`tăng trưởng kinh tế đạt 7,5%`).
 */
export function readSubject(doc: Doc, c: CountCandidate, abbreviations: Map<string, string>): Subject | null {
  const toks = tokensFrom(doc.key, c.valueEnd, MAX_COORDINATED_WORDS * 2 + 4)
  const words: Token[] = []
  let coordinated = false
  /** Where a position that opens the subject ends ("Phó Giám đốc"): its capitals belong to the subject. */
  let positionEnd = -1
  const wordCount = () => words.filter((w) => w.text !== ',').length
  for (let i = 0; i < toks.length && wordCount() < (coordinated ? MAX_COORDINATED_WORDS : MAX_WORDS); i++) {
    const t = toks[i]!
    const lower = t.text.toLowerCase()
    if (t.text === ',') {
      const rest = toks.slice(i + 1, i + 4).map((x) => x.text).join(' ')
      if (words.length && (startsWithAny(rest, COORDINATED) || startsWithAny(rest.toLowerCase(), COORDINATED))) {
        coordinated = true
        words.push(t)
        continue
      }
      break
    }
    if (!isWord(t.text)) break
    const next = toks[i + 1]
    const pair = next ? `${lower} ${next.text.toLowerCase()}` : ''
    if (SUBJECT_COMPOUNDS.includes(pair)) {
      // "chỉ tiêu", "tổng số": a noun that starts with a stopword.
      words.push(t, next!)
      i++
      continue
    }
    if (words.length > 0 && SUBJECT_STOP_PHRASES.includes(pair)) break
    if (words.length === 0) {
      // A capital opens a name (not a subject), unless it opens a position: "8 Phó Giám đốc sở".
      const position = isCapitalised(t.text) ? positionAt(doc.key.slice(t.start, t.start + 40)) : null
      if (position) positionEnd = t.start + position.length
      if (isCapitalised(t.text) && !isAllCaps(t.text) && !abbreviations.has(t.text) && !CAPITALISED_NOUNS.has(t.text) && !position) return percentLookback(doc, c)
      if (NOT_SUBJECT.includes(lower) || STOP.has(lower)) return percentLookback(doc, c)
    } else {
      if (STOP.has(lower)) break
      if (isCapitalised(t.text) && !CAPITALISED_NOUNS.has(t.text) && !abbreviations.has(t.text) && !isAllCaps(t.text) && t.start >= positionEnd) break
    }
    words.push(t)
  }
  while (words.length && words.at(-1)!.text === ',') words.pop()
  if (words.length === 0) return percentLookback(doc, c)
  return makeSubject(doc, words[0]!.start, words.at(-1)!.end, abbreviations)
}

function makeSubject(doc: Doc, start: number, end: number, abbreviations: Map<string, string>): Subject {
  const written = doc.text.slice(start, end)
  // Every defined abbreviation in the phrase is expanded ("lượt ĐV" → "lượt đảng viên").
  const expand = (s: string) => s.split(' ').map((w) => abbreviations.get(w.replace(/,$/, '')) ?? w).join(' ')
  const expanded = abbreviations.size ? expand(written) : written
  const expandedLower = (abbreviations.size ? expand(doc.key.slice(start, end)) : doc.key.slice(start, end)).toLowerCase()
  return { start, end, written, expanded, known: startsWithAny(expandedLower, KNOWN) }
}

function percentLookback(doc: Doc, c: CountCandidate): Subject | null {
  if (!c.percent) return null
  const named = rateName(doc, c)
  if (named) return named
  const before = tokensBefore(doc.key, c.leadStart, 10)
  const lowerAt = (k: number) => before[k]?.text.toLowerCase() ?? ''
  // "tăng trưởng" is a noun, not the verb "tăng": words k and k + 1 make a noun that starts with a skipped word.
  const isGrowth = (k: number) => SKIP_NOUNS.has(`${lowerAt(k)} ${lowerAt(k + 1)}`)
  let i = before.length - 1
  while (i >= 0 && LOOKBACK_SKIP.has(lowerAt(i)) && !isGrowth(i - 1)) i--
  const words: Token[] = []
  for (; i >= 0 && words.length < 6; i--) {
    const t = before[i]!
    const lower = t.text.toLowerCase()
    if (!isWord(t.text) || ((STOP.has(lower) || LOOKBACK_SKIP.has(lower)) && !isGrowth(i))) break
    words.unshift(t)
  }
  if (words.length === 0) return null
  return makeSubject(doc, words[0]!.start, words.at(-1)!.end, new Map())
}

/** The words after the last "tỷ lệ" / "tốc độ" earlier in the sentence, up to a stopword. */
function rateName(doc: Doc, c: CountCandidate): Subject | null {
  const from = Math.max(0, c.leadStart - 160)
  const before = doc.key.slice(from, c.leadStart)
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'))
  const window = before.slice(cut + 1)
  const last = lastMatch(RATE_NAME, window)
  if (!last) return null
  const start = from + cut + 1 + last.index + last[0].length
  const toks = tokensFrom(doc.key, start, 8).filter((t) => t.end <= c.leadStart)
  const words: Token[] = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    const lower = t.text.toLowerCase()
    const pair = toks[i + 1] ? `${lower} ${toks[i + 1]!.text.toLowerCase()}` : ''
    if (!isWord(t.text) || STOP.has(lower) || LOOKBACK_SKIP.has(lower) || SUBJECT_STOP_PHRASES.includes(pair) || words.length >= 6) break
    words.push(t)
  }
  return words.length ? makeSubject(doc, words[0]!.start, words.at(-1)!.end, new Map()) : null
}

function tokensBefore(text: string, pos: number, limit: number): Token[] {
  const from = Math.max(0, pos - 80)
  const slice = text.slice(from, pos)
  const nl = slice.lastIndexOf('\n')
  const start = nl >= 0 ? from + nl + 1 : from
  const toks = tokensFrom(text, start, 64).filter((t) => t.end <= pos)
  // Only what follows the last punctuation mark belongs to the phrase.
  let cut = 0
  toks.forEach((t, k) => {
    if (!isWord(t.text)) cut = k + 1
  })
  return toks.slice(cut).slice(-limit)
}
