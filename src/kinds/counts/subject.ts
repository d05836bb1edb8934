import { findRange, type Doc } from '../../engine/doc.ts'
import {
  AMOUNT_UNITS, SCALES, CAPITALISED_COMMON_NOUNS, COMMA_PAIRED_NOUNS, COORDINATED_NOUNS, COUNT_NOUNS, NOT_A_SUBJECT, NOT_AFTER_PERCENT, PERCENT_LOOKBACK_SKIP, PERCENT_OF_WORDS,
  PERCENT_RATE_LEADS, CONTRIBUTION_OF_WORDS, CONTRIBUTION_VERBS, NOT_COUNT_NOUN_COMPOUNDS, PLURAL_MARKERS, AFTER_PERCENT_JOINERS, COMPARISON_LEADS, TIME_UNITS, CLAUSE_JOINERS, FIGURE_WORDS, PROPOSAL_VERBS, TOPIC_ACTORS, RATE_NAMES, RATE_NAMES_KEPT, SKIP_WORD_NOUNS, SUBJECT_COMPOUNDS, SUBJECT_STOP_PHRASES, SUBJECT_STOPWORDS, TOPIC_LEADING_VERBS, TOPIC_OPENERS,
  TOPIC_RESTART_SKIP, TOPIC_RESTART_VERBS, TOPIC_STOPWORDS, COUNTED_PHRASE_OPENERS, TOPIC_TIME_WORDS,
} from '../../lexicon/count-words.ts'
import type { Abbreviations } from './abbreviations.ts'
import { DOCUMENT_TYPES, type DocumentTypeEntry } from '../../lexicon/document-types.ts'
import { PhraseSet } from '../../engine/phrase-set.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import type { CountCandidate } from './candidates.ts'
import { positionAt } from '../people/titles.ts'
import { execAt, forEachMatch } from '../../engine/step.ts'
import { wordTokenEnd } from '../../engine/word-token.ts'

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
}

const STOP = new Set(SUBJECT_STOPWORDS)
const NOT_SUBJECT = NOT_A_SUBJECT
const COORDINATED = COORDINATED_NOUNS
const KNOWN = COUNT_NOUNS
const MAX_WORDS = 6
const MAX_COORDINATED_WORDS = 10
const LOOKBACK_SKIP = new Set(PERCENT_LOOKBACK_SKIP)
const SKIP_NOUNS = new Set(SKIP_WORD_NOUNS)
const CAPITALISED_NOUNS = new Set(CAPITALISED_COMMON_NOUNS)
/** "Tỷ lệ che phủ rừng tiếp tục tăng, đến nay đạt trên 70%": the rate's name says what the percentage is of. */
const PERCENT_OF = new Set(PERCENT_OF_WORDS)
const RATE_LEADS = new PhraseSet(PERCENT_RATE_LEADS, true)
const NOT_AFTER = NOT_AFTER_PERCENT
const OPENERS = TOPIC_OPENERS.map((w) => w.split(' ')).sort((a, b) => b.length - a.length)
const TIME_WORDS = new Set(TOPIC_TIME_WORDS)
const OPENER_FIRST = new Set(TOPIC_RESTART_SKIP)
const LEADING_VERBS = TOPIC_LEADING_VERBS.map((w) => w.split(' ')).sort((a, b) => b.length - a.length)
const COUNTED_OPENERS = COUNTED_PHRASE_OPENERS
const RESTARTS = TOPIC_RESTART_VERBS.map((w) => w.split(' ')).sort((a, b) => b.length - a.length)
const TOPIC_STOP_WORDS = new Set(TOPIC_STOPWORDS.filter((w) => !w.includes(' ')))
const TOPIC_STOP_PAIRS = new Set(TOPIC_STOPWORDS.filter((w) => w.includes(' ')))
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

interface Token { text: string; start: number; end: number }

const OPEN_QUOTES = new Set(['“', '"', '‘'])
const CLOSE_QUOTES = new Set(['”', '"', '’'])

/**
 * "46 tỉnh, thành": a short noun after the comma at `comma` that is the partner of the word
 * before it ({@link COMMA_PAIRED_NOUNS}), and ends there (punctuation, the line's end or a stopword follows).
 */
function pairedAfterComma(words: readonly Token[], toks: readonly Token[], comma: number): boolean {
  const before = words.at(-1)?.text.toLowerCase()
  const partners = before === undefined ? undefined : COMMA_PAIRED_NOUNS[before]
  const next = toks[comma + 1]?.text.toLowerCase()
  if (!partners || next === undefined || !partners.includes(next)) return false
  const after = toks[comma + 2]
  return after === undefined || !isWord(after.text) || STOP.has(after.text.toLowerCase())
}

function tokensFrom(text: string, pos: number, limit: number): Token[] {
  const out: Token[] = []
  let i = pos
  while (out.length < limit && i < text.length) {
    while (text.charCodeAt(i) === 0x20) i++
    if (i >= text.length || text.charCodeAt(i) === 0x0a) break
    const end = wordTokenEnd(text, i)
    if (end < 0) break
    out.push({ text: text.slice(i, end), start: i, end })
    i = end
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
  const next = tokensFrom(doc.key, c.valueEnd, 3)
  const first = next[0]?.text.toLowerCase()
  if (first !== undefined && (PERCENT_OF.has(first) || (c.shareVerb !== null && CONTRIBUTING.has(c.shareVerb) && CONTRIBUTION_OF_WORDS.includes(first)))) {
    const linked = readAfter(doc, next[0]!.end, abbreviations, true)
    // "63,7% vào năm 2016": a date after "vào", not what the percentage is of.
    if (linked && !startsWithAny(linked.expanded.toLowerCase(), TIME_UNITS)) return linked
  } else if (!notAfterPercent(next)) {
    // "100% các đại biểu": a plural marker opens what the percentage is of.
    const plural = first !== undefined && PLURAL_MARKERS.includes(first) && next[1] !== undefined && isWord(next[1].text)
    const after = plural ? withStart(doc, readAfter(doc, next[0]!.end, abbreviations, false), next[0]!.start, abbreviations) : readAfter(doc, c.valueEnd, abbreviations, false)
    // A change names what it changes after it ("giảm 30% thời gian họp", "cắt giảm 50% thủ tục hành chính",
    // "làm giảm 0,1 điểm phần trăm mức tăng trưởng"); a rate named before it ("mức tăng 5,5% …",
    // "tốc độ 7% …") only with a counted noun ("với mức tăng 16% số đảng viên").
    const rate = RATE_LEADS.endingBefore(doc.key, c.leadStart, RATE_LEADS.maxWords, 24) !== null
    if (after && (!rate || c.points || after.known || startsWithAny(after.expanded.toLowerCase(), COUNTED_OPENERS))) return after
  }
  // "… chiếm 14,15% GDP; khu vực công nghiệp chiếm 33,78%": a bare share continues the share before it;
  // "61,4% GDP, giảm mạnh so với mức 63,7%": a compared figure is of what the percentage before it is of.
  if (c.shareVerb || COMPARED.endingBefore(doc.key, c.leadStart, COMPARED.maxWords, 24) !== null) return null
  const topic = objectBefore(doc, c, abbreviations) ?? rateName(doc, c) ?? clauseTopic(doc, c, abbreviations)
  if (topic && !actorTopic(doc, topic, c.leadStart)) return { ...topic, fromTopic: true }
  // "Tổng Liên đoàn Lao động đề xuất mức tăng 8,18%", "chúng tôi đồng ý với mức tăng 5,5%", "Mức 5,5% cao hơn …":
  // the clause names who speaks, or only the figure; the percentage is about the article's rate of change.
  c.aboutTopic = topic !== null || FIGURES.endingBefore(doc.key, c.leadStart, FIGURES.maxWords, 24) !== null
  return null
}

const FIGURES = new PhraseSet(FIGURE_WORDS, true)
/** First words of the verbs of contributing, as a candidate's share verb records them. */
const CONTRIBUTING = new Set(CONTRIBUTION_VERBS.map((v) => v.split(' ')[0]!))
const COMPARED = new PhraseSet(COMPARISON_LEADS, true)

/**
 * A clause topic that is not what a percentage is of: a pronoun or party ("chúng tôi", "các bên"), the
 * figure itself ("phương án 5,5%"), or a name of two or more capitalised words that proposes the figure
 * ("Hội đồng Tiền lương Quốc gia đã chốt phương án …", a verb of {@link PROPOSAL_VERBS} before the number).
 */
function actorTopic(doc: Doc, topic: Subject, numberAt: number): boolean {
  const lower = topic.expanded.toLowerCase()
  if (startsWithAny(lower, TOPIC_ACTORS) || FIGURE_WORDS.includes(lower)) return true
  let titled = 0
  for (const w of topic.written.split(' ')) if (/^\p{Lu}\p{Ll}/u.test(w)) titled++
  if (titled < 2 || numberAt - topic.end > CLAUSE_REACH) return false
  const between = doc.key.slice(topic.end, numberAt).toLowerCase()
  return PROPOSAL_VERBS.some((v) => between.includes(` ${v} `))
}

/** The subject that starts at `pos` (a whole's noun after "trong 7"). */
export function readSubjectAt(doc: Doc, pos: number, abbreviations: Abbreviations): Subject | null {
  return readAfter(doc, pos, abbreviations, false)
}

function notAfterPercent(next: readonly Token[]): boolean {
  const lower = next.map((t) => t.text.toLowerCase()).join(' ')
  return NOT_AFTER.some((w) => lower === w || lower.startsWith(`${w} `))
}

/** The words after `from` that make a subject, or null. `allowName`: a capitalised first word is a name counted ("7% của Singapore"). */
function readAfter(doc: Doc, from: number, abbreviations: Abbreviations, allowName: boolean): Subject | null {
  const toks = tokensFrom(doc.key, from, MAX_COORDINATED_WORDS * 2 + 4)
  const words: Token[] = []
  let coordinated = false
  /** The opening quotation mark the subject started after, if any. */
  let quote: string | null = null
  /** Where a position that opens the subject ends ("Phó Giám đốc"): its capitals belong to the subject. */
  let positionEnd = -1
  const wordCount = () => words.filter((w) => w.text !== ',').length
  for (let i = 0; i < toks.length && wordCount() < (coordinated ? MAX_COORDINATED_WORDS : MAX_WORDS); i++) {
    const t = toks[i]!
    const lower = t.text.toLowerCase()
    if (t.text === ',') {
      const rest = toks.slice(i + 1, i + 4).map((x) => x.text).join(' ')
      if (words.length && (startsWithAny(rest, COORDINATED) || startsWithAny(rest.toLowerCase(), COORDINATED) || pairedAfterComma(words, toks, i))) {
        coordinated = true
        words.push(t)
        continue
      }
      break
    }
    if (quote === null && words.length === 0 && OPEN_QUOTES.has(t.text) && toks[i + 1] && isWord(toks[i + 1]!.text)) {
      // 5 “điểm nghẽn”: the counted noun in quotation marks; the subject is the quoted words.
      quote = t.text
      continue
    }
    if (quote !== null && CLOSE_QUOTES.has(t.text)) break
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
      // "8 Phó Giám đốc sở", "2 Nghị định", "7 Đề án": a position or a document type opens the subject.
      const position = isCapitalised(t.text) ? positionAt(doc.key.slice(t.start, t.start + 40)) ?? documentTypeAt(doc.key, t.start) : null
      if (position) positionEnd = t.start + position.length
      if (isCapitalised(t.text) && !isAllCaps(t.text) && !abbreviations.has(t.text) && !CAPITALISED_NOUNS.has(t.text) && !position) {
        if (!allowName) return null
        positionEnd = Infinity // a name: its capitals run on
      }
      if (NOT_SUBJECT.includes(lower) || STOP.has(lower)) return null
    } else {
      if (STOP.has(lower)) break
      if (isCapitalised(t.text) && !CAPITALISED_NOUNS.has(t.text) && !abbreviations.has(t.text) && !isAllCaps(t.text) && t.start >= positionEnd) break
    }
    words.push(t)
  }
  while (words.length && words.at(-1)!.text === ',') words.pop()
  if (words.length === 0) return null
  return makeSubject(doc, words[0]!.start, words.at(-1)!.end, abbreviations)
}

const DOCUMENT_TYPE_NAMES = (DOCUMENT_TYPES as readonly DocumentTypeEntry[]).flatMap((d) => [d.name, ...(d.aliases ?? [])]).sort((a, b) => b.length - a.length)

/** A document type written with its capital at `pos` ("Nghị định", "Đề án"), followed by a non-letter, or null. */
function documentTypeAt(text: string, pos: number): string | null {
  for (const name of DOCUMENT_TYPE_NAMES) {
    if (text.startsWith(name, pos) && !LETTER_OR_MARK.test(text.charAt(pos + name.length))) return name
  }
  return null
}

/** `subject` widened to start at `start` (a plural marker before it), or null. */
function withStart(doc: Doc, subject: Subject | null, start: number, abbreviations: Abbreviations): Subject | null {
  return subject ? makeSubject(doc, start, subject.end, abbreviations) : null
}

function makeSubject(doc: Doc, start: number, end: number, abbreviations: Abbreviations | Map<string, string>): Subject {
  const written = doc.text.slice(start, end)
  // Every abbreviation defined before the phrase is expanded ("lượt ĐV" → "lượt đảng viên").
  const lookup = (w: string) => ('expandAt' in abbreviations ? (abbreviations as Abbreviations).expandAt(w, start) : abbreviations.get(w))
  const expand = (s: string) => s.split(' ').map((w) => lookup(w.replace(/,$/, '')) ?? w).join(' ')
  const expanded = abbreviations.size ? expand(written) : written
  const expandedLower = (abbreviations.size ? expand(doc.key.slice(start, end)) : doc.key.slice(start, end)).toLowerCase()
  return { start, end, written, expanded, known: startsWithAny(expandedLower, KNOWN) && !startsWithAny(expandedLower, NOT_COUNT_NOUN_COMPOUNDS) }
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
    if (topic && n === 1 && text.charCodeAt(end) === 0x28 && startsWithAny(topic.expanded.toLowerCase(), COUNTED_OPENERS)) return topic
    if (topic) return n > 0 ? { ...topic, earlierClause: true } : topic
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
  const clause = text.slice(start, end).toLowerCase()
  let best = start
  for (const j of JOINERS) {
    const k = clause.lastIndexOf(j)
    // "Tái định cư thì chúng tôi đã thi công 80%": the topic stands before the joiner when a pronoun follows it.
    if (k >= 0 && !startsWithAny(clause.slice(k + j.length), TOPIC_ACTORS)) best = Math.max(best, start + k + j.length)
  }
  return best
}

/** True when every number in `clause` is an amount (a scale word or a unit follows it): "cả năm ước đạt 475 tỷ USD". */
function onlyAmounts(clause: string): boolean {
  for (const m of clause.matchAll(NUMBER_AND_WORD)) if (!AMOUNT_WORDS.has(m[1] ?? '')) return false
  return true
}

/** The topic of the clause [start, end): its opening noun phrase. */
function topicIn(doc: Doc, start: number, end: number, from: number, abbreviations: Abbreviations): Subject | null {
  const text = doc.key
  const toks = tokensFrom(text, start, 40).filter((t) => t.end <= end)
  const phraseAt = (list: readonly string[][], k: number) => list.find((o) => o.every((w, n) => toks[k + n]?.text.toLowerCase() === w))
  let i = 0
  for (let moved = true; moved;) {
    moved = false
    while (i < toks.length && !isWord(toks[i]!.text)) i++ // quotation marks, list dashes
    for (const o of OPENERS) {
      if (o.every((w, k) => toks[i + k]?.text.toLowerCase() === w)) {
        i += o.length
        moved = true
        break
      }
    }
    while (i < toks.length && isTimeToken(toks[i]!.text)) {
      i++
      moved = true
    }
  }
  const opened = i
  const nounPair = toks[i + 1] ? `${toks[i]!.text.toLowerCase()} ${toks[i + 1]!.text.toLowerCase()}` : ''
  const verb = SKIP_NOUNS.has(nounPair) || SUBJECT_COMPOUNDS.includes(nounPair) ? undefined : phraseAt(LEADING_VERBS, i)
  if (verb) {
    i += verb.length // "Phấn đấu tăng thu ngân sách khoảng 5%": what is raised
    // "tăng bình quân khoảng 7,1%": an opener after the verb names nothing raised.
    const opener = OPENERS.find((o) => o.every((w, k) => toks[i + k]?.text.toLowerCase() === w))
    if (opener) i += opener.length
  }
  const words: Token[] = []
  for (; i < toks.length && words.length < MAX_TOPIC_WORDS; i++) {
    const t = toks[i]!
    const lower = t.text.toLowerCase()
    const pair = toks[i + 1] ? `${lower} ${toks[i + 1]!.text.toLowerCase()}` : ''
    if (t.text === '(' && words.length) break
    if (!isWord(t.text)) break
    const restart = words.length ? phraseAt(RESTARTS, i) : undefined
    if (restart) {
      // "… báo cáo nêu mức tăng trưởng GDP …": the topic is what is said.
      words.length = 0
      i += restart.length - 1
      while (i + 1 < toks.length && (OPENER_FIRST.has(toks[i + 1]!.text.toLowerCase()) || isTimeToken(toks[i + 1]!.text))) i++
      continue
    }
    if (SUBJECT_COMPOUNDS.includes(pair) || SKIP_NOUNS.has(pair)) {
      // "chỉ tiêu", "tăng trưởng": nouns that start with a stopword.
      words.push(t, toks[i + 1]!)
      i++
      continue
    }
    if (STOP.has(lower) || TOPIC_STOP_WORDS.has(lower) || LOOKBACK_SKIP.has(lower) || TOPIC_STOP_PAIRS.has(pair) || SUBJECT_STOP_PHRASES.includes(pair)) break
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

/** Where a short noun phrase that fills a whole clause ends at the comma at `comma` starts ("…, khu vực nông, …"), or null. */
function phraseBeforeComma(text: string, comma: number, from: number): number | null {
  let k = comma
  let words = 0
  while (k > from && words <= 4) {
    let e = k
    while (e > from && text.charCodeAt(e - 1) === 0x20) e--
    let b = e
    while (b > from && LETTER_OR_MARK.test(text[b - 1]!)) b--
    if (b === e) {
      // Not a letter: the phrase must reach a clause boundary (punctuation or the sentence's start).
      const ch = e > from ? text[e - 1]! : ''
      return words > 0 && (ch === '' || ',;:(\n'.includes(ch)) ? k : null
    }
    const lower = text.slice(b, e).toLowerCase()
    if (STOP.has(lower) || LOOKBACK_SKIP.has(lower) || TOPIC_STOP_WORDS.has(lower)) return null
    words++
    k = b
  }
  return words > 0 && words <= 4 && k === from ? k : null
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
/** A word of a time phrase before a clause's topic: `9`, `2017`, `quý`, `I/2024`, `đầu năm`. */
const isTimeToken = (t: string) => /^\d/.test(t) || /^[IVX]+(?:\/\d+)?$/.test(t) || t === '-' || t === '–' || TIME_WORDS.has(t.toLowerCase())

/** Most words of what a verb raises or lowers right before a percentage. */
const MAX_OBJECT_WORDS = 5
const OBJECT_VERBS = new Set(TOPIC_LEADING_VERBS.filter((w) => !w.includes(' ')))

/**
 * What a verb right before the percentage raises or lowers: "bảo đảm nguồn tăng lương cơ sở 7%" →
 * `lương cơ sở`, "chốt phương án tăng lương tối thiểu vùng năm 2020 lên 5,5%" → `lương tối thiểu vùng`.
 * Read back from the percentage over `lên`/`xuống` and a time phrase, then up to five nouns, to the verb.
 */
function objectBefore(doc: Doc, c: CountCandidate, abbreviations: Abbreviations): Subject | null {
  const reach = Math.max(0, c.leadStart - 80)
  const from = Math.max(reach, doc.key.lastIndexOf('\n', c.leadStart - 1) + 1) // tokens stop at a line's end
  const toks = tokensFrom(doc.key, from, 24).filter((t) => t.end <= c.leadStart)
  let k = toks.length - 1
  while (k >= 0 && (LOOKBACK_SKIP.has(toks[k]!.text.toLowerCase()) || isTimeToken(toks[k]!.text))) k--
  const last = k
  while (k >= 0 && last - k < MAX_OBJECT_WORDS) {
    const t = toks[k]!
    const lower = t.text.toLowerCase()
    if (!isWord(t.text) || STOP.has(lower) || TOPIC_STOP_WORDS.has(lower) || LOOKBACK_SKIP.has(lower) || isCapitalised(t.text)) break
    k--
  }
  const verb = toks[k]
  if (k === last || verb === undefined || !OBJECT_VERBS.has(verb.text.toLowerCase())) return null
  // "tăng trưởng": a noun, not the verb; "tăng bình quân": an opener, not what is raised.
  const pair = `${verb.text.toLowerCase()} ${toks[k + 1]!.text.toLowerCase()}`
  if (SKIP_NOUNS.has(pair) || OPENERS.some((o) => o.every((w, n) => toks[k + 1 + n]?.text.toLowerCase() === w))) return null
  const object = makeSubject(doc, toks[k + 1]!.start, toks[last]!.end, abbreviations)
  // "giảm tỷ lệ nợ đọng thuế xuống dưới 5%": a rate named after the verb is read as a rate.
  return startsWithAny(object.expanded.toLowerCase(), RATE_NAMES) ? null : object
}

/** The words after the last "tỷ lệ" / "tốc độ" earlier in the sentence, up to a stopword. */
function rateName(doc: Doc, c: CountCandidate): Subject | null {
  const from = Math.max(0, c.leadStart - 160)
  const before = doc.key.slice(from, c.leadStart)
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n'))
  const window = before.slice(cut + 1)
  // The last rate name with words after it: "tỷ lệ cử tri cả nước đi bầu đạt tỷ lệ 98,77%" names the rate at its first.
  const matches: RegExpExecArray[] = []
  forEachMatch(RATE_NAME, window, (m) => {
    matches.push(m)
  })
  for (let k = matches.length - 1; k >= 0; k--) {
    const found = rateNameAt(doc, c, matches[k]!, from + cut + 1)
    if (found) return found
  }
  return null
}

/** The rate named by `last` (a match of the rate-name pattern at `offset`), read up to the percentage, or null when no words follow it. */
function rateNameAt(doc: Doc, c: CountCandidate, last: RegExpExecArray, offset: number): Subject | null {
  const start = offset + last.index + last[0].length
  const toks = tokensFrom(doc.key, start, 8).filter((t) => t.end <= c.leadStart)
  const words: Token[] = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    const lower = t.text.toLowerCase()
    const pair = toks[i + 1] ? `${lower} ${toks[i + 1]!.text.toLowerCase()}` : ''
    if (SKIP_NOUNS.has(pair) && words.length < 5) {
      // "tỷ lệ tăng trưởng ôtô": "tăng trưởng" is a noun.
      words.push(t, toks[i + 1]!)
      i++
      continue
    }
    if (!isWord(t.text) || STOP.has(lower) || LOOKBACK_SKIP.has(lower) || TIME_WORDS.has(lower) || SUBJECT_STOP_PHRASES.includes(pair) || words.length >= 6) break
    words.push(t)
  }
  if (!words.length) return null
  // "tốc độ tăng trưởng kinh tế": a name kept in the subject, unlike "tỷ lệ" (the share is of what follows it).
  const name = last[0].replace(/^[\s(]/u, '').trimEnd()
  const kept = RATE_NAMES_KEPT.includes(name.toLowerCase())
  return makeSubject(doc, kept ? start - name.length - 1 : words[0]!.start, words.at(-1)!.end, new Map())
}
