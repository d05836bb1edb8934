import { findRange, type Doc } from '../../engine/doc.ts'
import { afterLastUnit, unitClasses } from '../../engine/units.ts'
import { LETTER, letterClass } from '../../normalize/letters.ts'
import {
  AMOUNT_UNITS, SCALES, CAPITALISED_COMMON_NOUNS, COMMA_PAIRED_NOUNS, COORDINATED_NOUNS, COUNT_NOUNS, NOT_A_SUBJECT, NOT_AFTER_PERCENT, PERCENT_LOOKBACK_SKIP, PERCENT_OF_WORDS,
  CONTRIBUTION_OF_WORDS, CONTRIBUTION_VERBS, NOT_COUNT_NOUN_COMPOUNDS, PLURAL_MARKERS, AFTER_PERCENT_JOINERS, TIME_UNITS, CLAUSE_JOINERS, FIGURE_WORDS, PROPOSAL_VERBS, TOPIC_ACTORS, RATE_NAMES, RATE_NAMES_KEPT, SKIP_WORD_NOUNS, SUBJECT_COMPOUNDS, SUBJECT_STOP_PHRASES, SUBJECT_STOPWORDS, TOPIC_LEADING_VERBS, TOPIC_OPENERS,
  TOPIC_RESTART_SKIP, TOPIC_RESTART_VERBS, TOPIC_STOPWORDS, COUNTED_PHRASE_OPENERS, TOPIC_TIME_WORDS,
} from '../../lexicon/count-words.ts'
import type { Abbreviations } from './abbreviations.ts'
import { DOCUMENT_TYPES, type DocumentTypeEntry } from '../../lexicon/document-types.ts'
import { Before, phraseBefore } from './before.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import type { CountCandidate } from './candidates.ts'
import { positionAtIn } from '../people/titles.ts'
import { execAt, forEachMatch } from '../../engine/step.ts'
import { isOrStartsWithWord, lowerCase, PairSet, startsWithAny, tokenBounds, Tokens, WordsByFirstUnit, type Token } from './words.ts'

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
  /** For a percentage: read from a clause before its own; a count before it in the sentence is then preferred. */
  earlierClause?: boolean
  /** For a percentage: read before it (a rate's name or its clause's topic), not after it. */
  fromTopic?: boolean
  /** `expanded` in lower case, once asked for ({@link expandedLower}). */
  lowered?: string
}

/** The subject's expanded form in lower case (made once per subject). */
export function expandedLower(s: Subject): string {
  return (s.lowered ??= lowerCase(s.expanded))
}

const STOP = new Set(SUBJECT_STOPWORDS)
const NOT_SUBJECT = new Set(NOT_A_SUBJECT)
const COORDINATED = new WordsByFirstUnit(COORDINATED_NOUNS)
const KNOWN = new WordsByFirstUnit(COUNT_NOUNS)
const NOT_KNOWN_COMPOUNDS = new WordsByFirstUnit(NOT_COUNT_NOUN_COMPOUNDS)
const ACTORS = new WordsByFirstUnit(TOPIC_ACTORS)
const MAX_WORDS = 6
const MAX_COORDINATED_WORDS = 10
/** How many tokens after a number a subject may read ({@link readAfter}): coordinated words and their commas. */
const AFTER_TOKENS = MAX_COORDINATED_WORDS * 2 + 4
const LOOKBACK_SKIP = new Set(PERCENT_LOOKBACK_SKIP)
const CAPITALISED_NOUNS = new Set(CAPITALISED_COMMON_NOUNS)
/** "Tỷ lệ che phủ rừng tiếp tục tăng, đến nay đạt trên 70%": the rate's name says what the percentage is of. */
const PERCENT_OF = new Set(PERCENT_OF_WORDS)
const NOT_AFTER = NOT_AFTER_PERCENT
const OPENERS = TOPIC_OPENERS.map((w) => w.split(' ')).sort((a, b) => b.length - a.length)
const TIME_WORDS = new Set(TOPIC_TIME_WORDS)
const OPENER_FIRST = new Set(TOPIC_RESTART_SKIP)
const LEADING_VERBS = TOPIC_LEADING_VERBS.map((w) => w.split(' ')).sort((a, b) => b.length - a.length)
const COUNTED_OPENERS = COUNTED_PHRASE_OPENERS
const RESTARTS = TOPIC_RESTART_VERBS.map((w) => w.split(' ')).sort((a, b) => b.length - a.length)
const TOPIC_STOP_WORDS = new Set(TOPIC_STOPWORDS.filter((w) => !w.includes(' ')))
const TOPIC_STOP_PAIR_SET = new PairSet(TOPIC_STOPWORDS.filter((w) => w.includes(' ')))
const SKIP_NOUN_PAIRS = new PairSet(SKIP_WORD_NOUNS)
/** Most words a clause's topic may have; longer, its first words are kept (they say what it is). */
const MAX_TOPIC_WORDS = 8
/** How far back a percentage's clause is looked for. */
const CLAUSE_REACH = 240
/** How many clauses back a percentage's topic is looked for. */
const MAX_CLAUSES_BACK = 3
/** A number and the word after it. */
const NUMBER_AND_WORD = /\d[\d.,]*(?: ([^\s\d.,;:()]+))?/gu
const AMOUNT_WORDS = new Set([...Object.keys(AMOUNT_UNITS), ...SCALES])
const RATE_NAME = lexiconPattern(`(?:^|[\\s(])${anyOf(RATE_NAMES)} `, 'giu')

const OPEN_QUOTES = new Set(['“', '"', '‘'])
const CLOSE_QUOTES = new Set(['”', '"', '’'])
/** {@link COMMA_PAIRED_NOUNS} as a map (its own keys only: what `Object.hasOwn` allowed). */
const COMMA_PARTNERS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(COMMA_PAIRED_NOUNS))

/**
 * "46 tỉnh, thành": a short noun after the comma at `comma` that is the partner of the word
 * before it ({@link COMMA_PAIRED_NOUNS}), and ends there (punctuation, the line's end or a stopword follows).
 */
function pairedAfterComma(words: readonly Token[], toks: Tokens, comma: number): boolean {
  const before = words.at(-1)?.lower
  const partners = before === undefined ? undefined : COMMA_PARTNERS.get(before)
  if (partners === undefined) return false
  const next = toks.get(comma + 1)?.lower
  if (next === undefined || !partners.includes(next)) return false
  const after = toks.get(comma + 2)
  return after === undefined || !isWord(after.text) || STOP.has(after.lower)
}

const LETTER_FIRST = /^[\p{L}]/u
const CAPITAL_FIRST = /^\p{Lu}/u
const ALL_CAPS = /^[\p{Lu}][\p{Lu}\d]{1,7}$/u
const TITLED = /^\p{Lu}\p{Ll}/u
const LETTER_CLASS = 1
const CAPITAL_CLASS = 2
const LOWER_CLASS = 4
const LOWER_FIRST = /^\p{Ll}/u
/** Per UTF-16 unit (as a one-unit string): a letter ({@link LETTER_CLASS}), an upper-case letter ({@link CAPITAL_CLASS}), a lower-case letter ({@link LOWER_CLASS}). */
const unitClass = unitClasses((u) => (LETTER_FIRST.test(u) ? LETTER_CLASS : 0) | (CAPITAL_FIRST.test(u) ? CAPITAL_CLASS : 0) | (LOWER_FIRST.test(u) ? LOWER_CLASS : 0))
/**
 * What `re` (`^` and one code point's class) says of `t`, read from a table for its first unit: a
 * surrogate (a letter beyond the BMP is a pair) is left to `re`.
 */
function firstUnitIs(t: string, bit: number, re: RegExp): boolean {
  if (t.length === 0) return false
  const c = t.charCodeAt(0)
  return (c & 0xf800) === 0xd800 ? re.test(t) : (unitClass(c) & bit) !== 0
}
/** A letter first (`/^[\p{L}]/u`). */
export const isWord = (t: string) => firstUnitIs(t, LETTER_CLASS, LETTER_FIRST)
const isWordToken = (t: Token | undefined) => t !== undefined && isWord(t.text)
/** An upper-case letter first (`/^\p{Lu}/u`). */
export const isCapitalised = (t: string) => firstUnitIs(t, CAPITAL_CLASS, CAPITAL_FIRST)
const isAllCaps = (t: string) => ALL_CAPS.test(t)

/**
 * The noun phrase after a number (or after `%`): words up to a verb, preposition, punctuation,
 * a name, or six words. A comma continues it only before a coordinated noun (`xã, phường, thị
 * trấn`). A percentage with nothing after it takes the phrase before it (`tăng trưởng kinh tế đạt 7,5%`).
 */
export function readSubject(doc: Doc, c: CountCandidate, abbreviations: Abbreviations): Subject | null {
  return c.percent ? percentSubject(doc, c, abbreviations) : readAfter(doc, c.valueEnd, abbreviations, false)
}

/**
 * What a percentage counts: the words after it when they say what it is a share of (`100% xã`,
 * `chiếm 14,15% GDP`, `tăng 15,2% về số doanh nghiệp`, `bằng 7% của …`); a rate of change
 * (`tăng 7,08%`, `mức tăng 5,5%`) or a percentage with nothing after it takes the rate's name
 * (`tỷ lệ hộ nghèo giảm còn 2,1%`) or the topic of its clause (`giá trị xuất khẩu tăng 9,3%`).
 */
function percentSubject(doc: Doc, c: CountCandidate, abbreviations: Abbreviations): Subject | null {
  // The tokens after the number, shared with the subject read from there (`next` reads only what is asked).
  const next = new Tokens(doc.key, c.valueEnd, AFTER_TOKENS)
  const first = next.get(0)?.lower
  if (first !== undefined && (PERCENT_OF.has(first) || (c.shareVerb !== null && CONTRIBUTING.has(c.shareVerb) && CONTRIBUTION_OF_WORDS.includes(first)))) {
    const linked = readAfter(doc, next.get(0)!.end, abbreviations, true)
    // "63,7% vào năm 2016": a date after "vào", not what the percentage is of.
    if (linked && !startsWithAny(expandedLower(linked), TIME_UNITS)) return linked
  } else if (!notAfterPercent(next)) {
    // "100% các đại biểu": a plural marker opens what the percentage is of.
    const second = next.get(1)
    const plural = first !== undefined && PLURAL_MARKERS.includes(first) && second !== undefined && isWord(second.text)
    const after = plural ? withStart(doc, readAfter(doc, next.get(0)!.end, abbreviations, false), next.get(0)!.start, abbreviations) : readAfter(doc, c.valueEnd, abbreviations, false, next)
    // A change names what it changes after it ("giảm 30% thời gian họp", "cắt giảm 50% thủ tục hành chính",
    // "làm giảm 0,1 điểm phần trăm mức tăng trưởng"); a rate named before it ("mức tăng 5,5% …",
    // "tốc độ 7% …") only with a counted noun ("với mức tăng 16% số đảng viên").
    const rate = phraseBefore(doc, c.leadStart, Before.RateLead) !== null
    if (after && (!rate || c.points || after.known || startsWithAny(expandedLower(after), COUNTED_OPENERS))) return after
  }
  // "… chiếm 14,15% GDP; khu vực công nghiệp chiếm 33,78%": a bare share continues the share before it;
  // "61,4% GDP, giảm mạnh so với mức 63,7%": a compared figure is of what the percentage before it is of.
  if (c.shareVerb || phraseBefore(doc, c.leadStart, Before.Comparison) !== null) return null
  const topic = objectBefore(doc, c, abbreviations) ?? rateName(doc, c) ?? clauseTopic(doc, c, abbreviations)
  if (topic && !actorTopic(doc, topic, c.leadStart)) {
    // The topic is a subject made for this question alone: marked in place, not copied.
    topic.fromTopic = true
    return topic
  }
  // "Tổng Liên đoàn Lao động đề xuất mức tăng 8,18%", "chúng tôi đồng ý với mức tăng 5,5%", "Mức 5,5% cao hơn …":
  // the clause names who speaks, or only the figure; the percentage is about the article's rate of change.
  c.aboutTopic = topic !== null || phraseBefore(doc, c.leadStart, Before.Figure) !== null
  return null
}

/** First words of the verbs of contributing, as a candidate's share verb records them. */
const CONTRIBUTING = new Set(CONTRIBUTION_VERBS.map((v) => v.split(' ')[0]!))

/**
 * A clause topic that is not what a percentage is of: a pronoun or party ("chúng tôi", "các bên"), the
 * figure itself ("phương án 5,5%"), or a name of two or more capitalised words that proposes the figure
 * ("Hội đồng Tiền lương Quốc gia đã chốt phương án …", a verb of {@link PROPOSAL_VERBS} before the number).
 */
function actorTopic(doc: Doc, topic: Subject, numberAt: number): boolean {
  const lower = expandedLower(topic)
  if (ACTORS.startOf(lower) || FIGURE_WORDS.includes(lower)) return true
  if (numberAt - topic.end > CLAUSE_REACH || titledWords(topic.written, 2) < 2) return false
  const between = lowerCase(doc.key.slice(topic.end, numberAt))
  return PROPOSAL_PHRASES.some((v) => between.includes(v))
}

const PROPOSAL_PHRASES = PROPOSAL_VERBS.map((v) => ` ${v} `)

/**
 * How many of the words of `s` (split at each space) are titled (`/^\p{Lu}\p{Ll}/u`), counted up to
 * `enough`: no word list is made, and a pair of BMP units is read from the class table (a
 * surrogate is left to the regex).
 */
export function titledWords(s: string, enough: number): number {
  let n = 0
  for (let i = 0; i <= s.length && n < enough;) {
    let e = s.indexOf(' ', i)
    if (e < 0) e = s.length
    if (e - i >= 2) {
      const a = s.charCodeAt(i)
      const b = s.charCodeAt(i + 1)
      const titled = (a & 0xf800) === 0xd800 || (b & 0xf800) === 0xd800 ? TITLED.test(s.slice(i, e)) : (unitClass(a) & CAPITAL_CLASS) !== 0 && (unitClass(b) & LOWER_CLASS) !== 0
      if (titled) n++
    }
    i = e + 1
  }
  return n
}

/** The subject that starts at `pos` (a whole's noun after "trong 7"). */
export function readSubjectAt(doc: Doc, pos: number, abbreviations: Abbreviations): Subject | null {
  return readAfter(doc, pos, abbreviations, false)
}

/**
 * True when the (up to three) tokens after a percentage, in lower case and joined by spaces, are or
 * start with a phrase of {@link NOT_AFTER}. Tokens have no spaces in them, so such a phrase's first
 * word is the first token: without it among {@link NOT_AFTER_FIRST}, the rest is not read.
 */
function notAfterPercent(next: Tokens): boolean {
  const first = next.get(0)
  if (first !== undefined && !NOT_AFTER_FIRST.has(first.lower)) return false
  let lower = ''
  for (let k = 0; k < 3; k++) {
    const t = next.get(k)
    if (t === undefined) break
    lower = k === 0 ? t.lower : `${lower} ${t.lower}`
  }
  return isOrStartsWithWord(lower, NOT_AFTER)
}

/** The first words of {@link NOT_AFTER}'s phrases. */
const NOT_AFTER_FIRST = new Set(NOT_AFTER.map((w) => w.split(' ')[0]!))

/** The words after `from` that make a subject, or null. `allowName`: a capitalised first word is a name counted ("7% của Singapore"). */
function readAfter(doc: Doc, from: number, abbreviations: Abbreviations, allowName: boolean, toks = new Tokens(doc.key, from, AFTER_TOKENS)): Subject | null {
  const words: Token[] = []
  let coordinated = false
  /** The opening quotation mark the subject started after, if any. */
  let quote: string | null = null
  /** Where a position that opens the subject ends ("Phó Giám đốc"): its capitals belong to the subject. */
  let positionEnd = -1
  /** Words taken, commas not counted. */
  let count = 0
  for (let i = 0, t = toks.get(0); t !== undefined && count < (coordinated ? MAX_COORDINATED_WORDS : MAX_WORDS); t = toks.get(++i)) {
    if (t.text === ',') {
      if (words.length && (commaContinues(toks, i) || pairedAfterComma(words, toks, i))) {
        coordinated = true
        words.push(t)
        continue
      }
      break
    }
    if (quote === null && words.length === 0 && OPEN_QUOTES.has(t.text) && isWordToken(toks.get(i + 1))) {
      // 5 “điểm nghẽn”: the counted noun in quotation marks; the subject is the quoted words.
      quote = t.text
      continue
    }
    if (quote !== null && CLOSE_QUOTES.has(t.text)) break
    if (!isWord(t.text)) break
    const lower = t.lower
    if (pairAt(COMPOUND_PAIRS, toks, i, lower)) {
      // "chỉ tiêu", "tổng số": a noun that starts with a stopword.
      const second = toks.get(i + 1)!
      words.push(t, second)
      count += (t.text !== ',' ? 1 : 0) + (second.text !== ',' ? 1 : 0)
      i++
      continue
    }
    if (words.length > 0 && pairAt(STOP_PAIRS, toks, i, lower)) break
    if (words.length === 0) {
      // A stopword or a word that is never a subject opens none, capitalised or not (asked first: a name's checks would end in null too).
      if (NOT_SUBJECT.has(lower) || STOP.has(lower)) return null
      // A capital opens a name (not a subject), unless it opens a position: "8 Phó Giám đốc sở".
      // "8 Phó Giám đốc sở", "2 Nghị định", "7 Đề án": a position or a document type opens the subject.
      const capitalised = isCapitalised(t.text)
      const position = capitalised ? positionAtIn(doc.key, t.start, Math.min(doc.key.length, t.start + 40)) ?? documentTypeAt(doc.key, t.start) : null
      if (position) positionEnd = t.start + position.length
      if (capitalised && !isAllCaps(t.text) && !abbreviations.has(t.text) && !CAPITALISED_NOUNS.has(t.text) && !position) {
        if (!allowName) return null
        positionEnd = Infinity // a name: its capitals run on
      }
    } else {
      if (STOP.has(lower)) break
      if (isCapitalised(t.text) && !CAPITALISED_NOUNS.has(t.text) && !abbreviations.has(t.text) && !isAllCaps(t.text) && t.start >= positionEnd) break
    }
    words.push(t)
    count++
  }
  while (words.length && words.at(-1)!.text === ',') words.pop()
  if (words.length === 0) return null
  return makeSubject(doc, words[0]!.start, words.at(-1)!.end, abbreviations)
}

/** Whether token `i` (its lower case `lower`) and the token after it are a phrase of `set` (the next token is read only when `lower` may start one). */
function pairAt(set: PairSet, toks: Tokens, i: number, lower: string): boolean {
  return set.mayStart(lower) && set.has(lower, toks.get(i + 1)?.lower)
}

const COMPOUND_PAIRS = new PairSet(SUBJECT_COMPOUNDS)
const STOP_PAIRS = new PairSet(SUBJECT_STOP_PHRASES)

/** After a comma at `comma`: whether the (up to three) tokens after it, joined by spaces, start with a coordinated noun, as written or in lower case. */
function commaContinues(toks: Tokens, comma: number): boolean {
  let rest = ''
  for (let k = comma + 1; k < comma + 4; k++) {
    const x = toks.get(k)
    if (x === undefined) break
    rest = k === comma + 1 ? x.text : `${rest} ${x.text}`
  }
  return COORDINATED.startOf(rest) || COORDINATED.startOf(lowerCase(rest))
}

const DOCUMENT_TYPE_NAMES = (DOCUMENT_TYPES as readonly DocumentTypeEntry[]).flatMap((d) => [d.name, ...(d.aliases ?? [])]).sort((a, b) => b.length - a.length)

/** A document type written with its capital at `pos` ("Nghị định", "Đề án"), followed by a non-letter, or null. */
function documentTypeAt(text: string, pos: number): string | null {
  for (let k = 0; k < DOCUMENT_TYPE_NAMES.length; k++) {
    const name = DOCUMENT_TYPE_NAMES[k]!
    if (text.startsWith(name, pos) && !LETTER_OR_MARK.test(text.charAt(pos + name.length))) return name
  }
  return null
}

/** `subject` widened to start at `start` (a plural marker before it), or null. */
function withStart(doc: Doc, subject: Subject | null, start: number, abbreviations: Abbreviations): Subject | null {
  return subject ? makeSubject(doc, start, subject.end, abbreviations) : null
}

const TRAILING_COMMA = /,$/

/** `s` with each word (less a comma after it) that is an abbreviation defined before `start` replaced by its expansion. */
export function expandWords(s: string, abbreviations: Abbreviations | ReadonlyMap<string, string>, start: number): string {
  // A word equal to an abbreviation has it in the text: with none of them in `s`, every word stays.
  let any = false
  for (const k of abbreviations.keys()) if (s.includes(k)) any = true
  if (!any) return s
  const lookup = (w: string) => ('expandAt' in abbreviations ? (abbreviations as Abbreviations).expandAt(w, start) : abbreviations.get(w))
  return s.split(' ').map((w) => lookup(w.replace(TRAILING_COMMA, '')) ?? w).join(' ')
}

function makeSubject(doc: Doc, start: number, end: number, abbreviations: Abbreviations | ReadonlyMap<string, string>): Subject {
  const written = doc.text.slice(start, end)
  const key = doc.key.slice(start, end)
  // Every abbreviation defined before the phrase is expanded ("lượt ĐV" → "lượt đảng viên").
  const expanded = abbreviations.size ? expandWords(written, abbreviations, start) : written
  const expandedLower = lowerCase(abbreviations.size ? expandWords(key, abbreviations, start) : key)
  const subject = subjectOf(start, end, written, expanded, KNOWN.startOf(expandedLower) && !NOT_KNOWN_COMPOUNDS.startOf(expandedLower))
  // Written as its canonical text (tone marks where the canonical form puts them): its expanded form is
  // the one just lower-cased, and {@link expandedLower} need not lower-case it again.
  if (written === key) subject.lowered = expandedLower
  return subject
}

/**
 * A {@link Subject} with every field present from the start: the marks set later (`earlierClause`,
 * `fromTopic`, `lowered`) then change no object's shape, and V8's reads of a subject stay fast.
 */
export function subjectOf(start: number, end: number, written: string, expanded: string, known: boolean): Subject {
  return { start, end, written, expanded, known, earlierClause: false, fromTopic: false, lowered: undefined }
}

/**
 * The topic of the clause a percentage is in: the noun phrase that opens it, after openers
 * (`theo đó`, `trong đó`) and time words (`9 tháng đầu năm 2017`), up to its verb
 * ("Tổng sản phẩm trong nước (GDP) 6 tháng đầu năm ước tính tăng 7,08%" → `Tổng sản phẩm trong nước`).
 * The clause starts after the last `,` `;` `:` `(` before the number in its sentence.
 */
function clauseTopic(doc: Doc, c: CountCandidate, abbreviations: Abbreviations): Subject | null {
  const text = doc.key
  const s = doc.sentences[findRange(doc.sentences, c.start)]
  const from = Math.max(s ? s.start : 0, c.leadStart - CLAUSE_REACH)
  let end = c.leadStart
  // A clause that opens with its verb ("…, tăng 11,5%") is about the clause before it, when that names
  // only amounts ("Tổng kim ngạch xuất nhập khẩu hơn 237,5 tỷ USD, tăng 11,5%"); a clause with a
  // count before it leaves the percentage to that count.
  for (let n = 0; n < MAX_CLAUSES_BACK; n++) {
    const start = joinedStart(text, clauseStart(text, end, from), end)
    const topic = topicIn(doc, start, end, from, abbreviations)
    // "số vụ TNGT giảm 644 vụ (giảm 13,78%)": a change in a parenthesis after a statistic named as "số …" is the statistic's.
    if (topic && n === 1 && text.charCodeAt(end) === 0x28 && startsWithAny(expandedLower(topic), COUNTED_OPENERS)) return topic
    if (topic && n > 0) topic.earlierClause = true // (a subject made for this question alone: marked in place)
    if (topic) return topic
    if (start <= from || (n > 0 && !onlyAmounts(text.slice(start, end)))) return null
    end = start - 1
  }
  return null
}

/** Where the clause that ends at `end` starts: after the last `,` `;` `:` `(` not inside closed parentheses or a number, or `from`. */
function clauseStart(text: string, end: number, from: number): number {
  let closed = 0 // parentheses closed before the number: "Tổng sản phẩm trong nước (GDP) … tăng 7,08%"
  for (let k = end - 1; k >= from; k--) {
    const ch = text.charCodeAt(k)
    if (ch === 0x29) closed++
    else if (ch === 0x28 && closed > 0) closed--
    else if (closed > 0 || (ch === 0x2c && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1)))) continue // "7,08"
    else if (ch === 0x2c || ch === 0x3b || ch === 0x3a || ch === 0x28 || ch === 0x0a) return k + 1
  }
  return from
}

const JOINERS = [...CLAUSE_JOINERS.map((w) => ` ${w} `), ...AFTER_PERCENT_JOINERS.map((w) => `% ${w} `)]

/** The start of the clause [start, end) moved past the last joiner in it ("… 1% thì chi phí …", "… 7,33% và thuế …"). */
function joinedStart(text: string, start: number, end: number): number {
  const clause = lowerCase(text.slice(start, end))
  let best = start
  for (let n = 0; n < JOINERS.length; n++) {
    const j = JOINERS[n]!
    const k = clause.lastIndexOf(j)
    // "Tái định cư thì chúng tôi đã thi công 80%": the topic stands before the joiner when a pronoun follows it.
    if (k >= 0 && !ACTORS.startOf(clause, k + j.length)) best = Math.max(best, start + k + j.length)
  }
  return best
}

/** True when every number in `clause` is an amount (a scale word or a unit follows it): "cả năm ước đạt 475 tỷ USD". */
function onlyAmounts(clause: string): boolean {
  // (The shared regex run in place: `matchAll` would copy it for every clause.)
  let only = true
  forEachMatch(NUMBER_AND_WORD, clause, (m) => {
    if (AMOUNT_WORDS.has(m[1] ?? '')) return
    only = false
    return 'stop'
  })
  return only
}

/** The topic of the clause [start, end): its opening noun phrase. */
function topicIn(doc: Doc, start: number, end: number, from: number, abbreviations: Abbreviations): Subject | null {
  const text = doc.key
  const toks = new Tokens(text, start, 40, end)
  let i = 0
  for (let moved = true; moved;) {
    moved = false
    for (let t = toks.get(i); t !== undefined && !isWord(t.text); t = toks.get(++i)); // quotation marks, list dashes
    const o = phraseAt(toks, OPENER_GROUPS, i)
    if (o) {
      i += o.length
      moved = true
    }
    for (let t = toks.get(i); t !== undefined && isTimeToken(t); t = toks.get(++i)) moved = true
  }
  const opened = i
  // (With no second token there is no pair: only an empty phrase in the lists would match.)
  const nounFirst = toks.get(i)?.lower ?? ''
  const nounSecond = toks.get(i + 1)?.lower
  const noun = SKIP_NOUN_PAIRS.has(nounFirst, nounSecond) || COMPOUND_PAIRS.has(nounFirst, nounSecond)
  const verb = noun ? undefined : phraseAt(toks, LEADING_VERB_GROUPS, i)
  if (verb) {
    i += verb.length // "Phấn đấu tăng thu ngân sách khoảng 5%": what is raised
    // "tăng bình quân khoảng 7,1%": an opener after the verb names nothing raised.
    const opener = phraseAt(toks, OPENER_GROUPS, i)
    if (opener) i += opener.length
  }
  const words: Token[] = []
  for (let t = toks.get(i); t !== undefined && words.length < MAX_TOPIC_WORDS; t = toks.get(++i)) {
    const lower = t.lower
    if (t.text === '(' && words.length) break
    if (!isWord(t.text)) break
    const restart = words.length ? phraseAt(toks, RESTART_GROUPS, i) : undefined
    if (restart) {
      // "… báo cáo nêu mức tăng trưởng GDP …": the topic is what is said.
      words.length = 0
      i += restart.length - 1
      for (let n = toks.get(i + 1); n !== undefined && (OPENER_FIRST.has(n.lower) || isTimeToken(n)); n = toks.get(i + 1)) i++
      continue
    }
    if (pairAt(COMPOUND_PAIRS, toks, i, lower) || pairAt(SKIP_NOUN_PAIRS, toks, i, lower)) {
      // "chỉ tiêu", "tăng trưởng": nouns that start with a stopword.
      words.push(t, toks.get(i + 1)!)
      i++
      continue
    }
    if (STOP.has(lower) || TOPIC_STOP_WORDS.has(lower) || LOOKBACK_SKIP.has(lower) || pairAt(TOPIC_STOP_PAIR_SET, toks, i, lower) || pairAt(STOP_PAIRS, toks, i, lower)) break
    words.push(t)
  }
  if (words.length === 0) return null
  let topicStart = words[0]!.start
  if (opened === 0 && !verb && words.length <= 3 && start > from && text.charCodeAt(start - 1) === 0x2c) {
    // "khu vực nông, lâm nghiệp và thuỷ sản tăng 3,93%": the comma joins nouns; the topic opens before it.
    const head = phraseBeforeComma(text, start - 1, from)
    if (head !== null) topicStart = head
  }
  return makeSubject(doc, topicStart, words.at(-1)!.end, abbreviations)
}

/**
 * The first phrase of a list (each as its words, `groups`: the list {@link byFirstWord}) whose words
 * are the lower case of the tokens from `k`, or undefined.
 */
function phraseAt(toks: Tokens, groups: PhraseGroups, k: number): readonly string[] | undefined {
  // Tokens are never empty: only the phrases whose first word is the token's lower case can match.
  const first = toks.get(k)?.lower
  const group = first === undefined ? undefined : groups.get(first)
  if (group === undefined) return undefined
  for (let i = 0; i < group.length; i++) {
    const o = group[i]!
    let n = 0
    while (n < o.length && toks.get(k + n)?.lower === o[n]) n++
    if (n === o.length) return o
  }
  return undefined
}

type PhraseGroups = ReadonlyMap<string, readonly (readonly string[])[]>

/** The phrases of `list` (each as its words) grouped by their first word, each group in the list's order. */
function byFirstWord(list: readonly (readonly string[])[]): PhraseGroups {
  const groups = new Map<string, (readonly string[])[]>()
  for (const o of list) {
    const first = o[0] ?? ''
    let group = groups.get(first)
    if (!group) groups.set(first, (group = []))
    group.push(o)
  }
  return groups
}

/** {@link OPENERS}, {@link LEADING_VERBS} and {@link RESTARTS} by their first word (made once, not looked up per question). */
const OPENER_GROUPS = byFirstWord(OPENERS)
const LEADING_VERB_GROUPS = byFirstWord(LEADING_VERBS)
const RESTART_GROUPS = byFirstWord(RESTARTS)

/** Where a short noun phrase that fills a whole clause ends at the comma at `comma` starts ("…, khu vực nông, …"), or null. */
function phraseBeforeComma(text: string, comma: number, from: number): number | null {
  let k = comma
  let words = 0
  while (k > from && words <= 4) {
    let e = k
    while (e > from && text.charCodeAt(e - 1) === 0x20) e--
    let b = e
    while (b > from && (letterClass(text.charCodeAt(b - 1)) & LETTER) !== 0) b--
    if (b === e) {
      // Not a letter: the phrase must reach a clause boundary (punctuation or the sentence's start).
      const ch = e > from ? text[e - 1]! : ''
      return words > 0 && (ch === '' || ',;:(\n'.includes(ch)) ? k : null
    }
    const lower = lowerCase(text.slice(b, e))
    if (STOP.has(lower) || LOOKBACK_SKIP.has(lower) || TOPIC_STOP_WORDS.has(lower)) return null
    words++
    k = b
  }
  return words > 0 && words <= 4 && k === from ? k : null
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
/** A word of a time phrase before a clause's topic: `9`, `2017`, `quý`, `I/2024`, `đầu năm`. */
const ROMAN_TIME = /^[IVX]+(?:\/\d+)?$/
const isTimeToken = (t: Token) => isTimeWord(t.text, t.lower)
/** {@link isTimeToken} of a word and its lower case. */
const isTimeWord = (w: string, lower: string) => isDigit(w.charCodeAt(0)) || ROMAN_TIME.test(w) || w === '-' || w === '–' || TIME_WORDS.has(lower)

/** Most words of what a verb raises or lowers right before a percentage. */
const MAX_OBJECT_WORDS = 5
/** Most tokens read before a percentage for it, and where their bounds are kept (one call at a time). */
const OBJECT_TOKENS = 24
const STARTS = new Int32Array(OBJECT_TOKENS)
const ENDS = new Int32Array(OBJECT_TOKENS)

/** True when one of {@link OPENERS} is written from token `k` (of `n`, their words given by `wordAt`), in lower case. */
function openerAt(wordAt: (k: number) => string, n: number, k: number): boolean {
  for (let i = 0; i < OPENERS.length; i++) {
    const o = OPENERS[i]!
    let m = 0
    while (m < o.length && k + m < n && lowerCase(wordAt(k + m)) === o[m]) m++
    if (m === o.length) return true
  }
  return false
}
const OBJECT_VERBS = new Set(TOPIC_LEADING_VERBS.filter((w) => !w.includes(' ')))

/**
 * What a verb right before the percentage raises or lowers: "bảo đảm nguồn tăng lương cơ sở 7%" →
 * `lương cơ sở`, "chốt phương án tăng lương tối thiểu vùng năm 2020 lên 5,5%" → `lương tối thiểu vùng`.
 * Read back from the percentage over `lên`/`xuống` and a time phrase, then up to five nouns, to the verb.
 */
function objectBefore(doc: Doc, c: CountCandidate, abbreviations: Abbreviations): Subject | null {
  const reach = Math.max(0, c.leadStart - 80)
  const from = afterLastUnit(doc.key, 0x0a, reach, c.leadStart) // tokens stop at a line's end
  // The tokens' bounds only: their words are read back from the end, a few of them.
  const text = doc.key
  const n = tokenBounds(text, from, OBJECT_TOKENS, c.leadStart, STARTS, ENDS)
  const wordAt = (k: number) => text.slice(STARTS[k]!, ENDS[k]!)
  let k = n - 1
  for (; k >= 0; k--) {
    const w = wordAt(k)
    const lower = lowerCase(w)
    if (!LOOKBACK_SKIP.has(lower) && !isTimeWord(w, lower)) break
  }
  const last = k
  while (k >= 0 && last - k < MAX_OBJECT_WORDS) {
    const w = wordAt(k)
    const lower = lowerCase(w)
    if (!isWord(w) || STOP.has(lower) || TOPIC_STOP_WORDS.has(lower) || LOOKBACK_SKIP.has(lower) || isCapitalised(w)) break
    k--
  }
  if (k === last || k < 0) return null
  const verb = lowerCase(wordAt(k))
  if (!OBJECT_VERBS.has(verb)) return null
  // "tăng trưởng": a noun, not the verb; "tăng bình quân": an opener, not what is raised.
  if (SKIP_NOUN_PAIRS.has(verb, lowerCase(wordAt(k + 1))) || openerAt(wordAt, n, k + 1)) return null
  const object = makeSubject(doc, STARTS[k + 1]!, ENDS[last]!, abbreviations)
  // "giảm tỷ lệ nợ đọng thuế xuống dưới 5%": a rate named after the verb is read as a rate.
  return startsWithAny(expandedLower(object), RATE_NAMES) ? null : object
}

/** The words after the last "tỷ lệ" / "tốc độ" earlier in the sentence, up to a stopword. */
function rateName(doc: Doc, c: CountCandidate): Subject | null {
  const from = Math.max(0, c.leadStart - 160)
  const before = doc.key.slice(from, c.leadStart)
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'))
  const window = before.slice(cut + 1)
  // The last rate name with words after it: "tỷ lệ cử tri cả nước đi bầu đạt tỷ lệ 98,77%" names the rate at its first.
  const matches: RegExpExecArray[] = []
  forEachMatch(RATE_NAME(), window, (m) => {
    matches.push(m)
  })
  for (let k = matches.length - 1; k >= 0; k--) {
    const found = rateNameAt(doc, c, matches[k]!, from + cut + 1)
    if (found) return found
  }
  return null
}

const RATE_NAME_OPENER = /^[\s(]/u
/** A rate's name is read as written: no abbreviation is expanded in it. */
const NO_ABBREVIATIONS: ReadonlyMap<string, string> = new Map()

/** The rate named by `last` (a match of the rate-name pattern at `offset`), read up to the percentage, or null when no words follow it. */
function rateNameAt(doc: Doc, c: CountCandidate, last: RegExpExecArray, offset: number): Subject | null {
  const start = offset + last.index + last[0].length
  const toks = new Tokens(doc.key, start, 8, c.leadStart)
  const words: Token[] = []
  for (let i = 0, t = toks.get(0); t !== undefined; t = toks.get(++i)) {
    const lower = t.lower
    if (pairAt(SKIP_NOUN_PAIRS, toks, i, lower) && words.length < 5) {
      // "tỷ lệ tăng trưởng ôtô": "tăng trưởng" is a noun.
      words.push(t, toks.get(i + 1)!)
      i++
      continue
    }
    if (!isWord(t.text) || STOP.has(lower) || LOOKBACK_SKIP.has(lower) || TIME_WORDS.has(lower) || pairAt(STOP_PAIRS, toks, i, lower) || words.length >= 6) break
    words.push(t)
  }
  if (!words.length) return null
  // "tốc độ tăng trưởng kinh tế": a name kept in the subject, unlike "tỷ lệ" (the share is of what follows it).
  const name = last[0].replace(RATE_NAME_OPENER, '').trimEnd()
  const kept = RATE_NAMES_KEPT.includes(lowerCase(name))
  return makeSubject(doc, kept ? start - name.length - 1 : words[0]!.start, words.at(-1)!.end, NO_ABBREVIATIONS)
}
