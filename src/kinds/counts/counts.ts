import { findRange, inputItem, inputSpan, type Doc, type Range } from '../../engine/doc.ts'
import {
  BREAKDOWN_OPENER, COUNT_CATEGORIES, COUNT_PERCENT_LINKS, RATE_PHRASES, SHARE_SUBJECTS, SHARE_VERBS, TARGET_SUBJECTS,
} from '../../lexicon/count-words.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { COMPARED_TO, COUNT_SCOPE, COUNT_SCOPE_CUES } from './grammar.ts'
import type { Amount, Count } from '../../records/count.ts'
import type { DateItem } from '../../records/date-item.ts'
import type { TextItem } from '../../records/span.ts'
import { findAbbreviations } from './abbreviations.ts'
import { findCountCandidates, type CountCandidate } from './candidates.ts'
import { expandedLower, subjectOf, type Subject } from './subject.ts'
import { execAt, forEachMatch, lastMatch } from '../../engine/step.ts'
import { itself, lowerBound } from '../../engine/search.ts'
import { traceReject } from '../../engine/trace.ts'
import { lowerCase } from './words.ts'
import { forgetPhrasesBefore } from './before.ts'

/** A resolved date with its normalised range, for context lookups. */
export interface PlacedDate {
  start: number
  end: number
  item: DateItem
}

/** How far after a count "so với …" is looked for (the pattern reads at most about 100 units). */
const COMPARED_REACH = 160
const PER_YEAR = lexiconPattern(anyOf(RATE_PHRASES['per-year'], { spaces: 'runs' }), 'u')
const PER_MONTH = lexiconPattern(anyOf(RATE_PHRASES['per-month'], { spaces: 'runs' }), 'u')
/**
 * A word every match of the pattern has (the last word of each phrase): a sentence without one of
 * them has no match. A word that holds another of them ("/năm" holds "năm") is left out: a sentence
 * without the shorter has neither.
 */
const lastWords = (phrases: readonly string[]) => {
  const words = [...new Set(phrases.map((p) => p.slice(p.lastIndexOf(' ') + 1)))]
  return words.filter((w) => !words.some((o) => o !== w && w.includes(o)))
}
const PER_YEAR_CUES = lastWords(RATE_PHRASES['per-year'])
const PER_MONTH_CUES = lastWords(RATE_PHRASES['per-month'])

/**
 * Counts and amounts: numbers with what they count, qualifiers, changes, totals and their
 * parts, target attainment and shares, rates, the period and scope of the sentence.
 */
export function extractCounts(doc: Doc, taken: readonly Range[], dates: readonly PlacedDate[]): { counts: Count[]; amounts: Amount[] } {
  const abbreviations = findAbbreviations(doc)
  let candidates = findCountCandidates(doc, taken, abbreviations)
  candidates = dropLoneOnes(doc, candidates)
  candidates = resolveBare(doc, candidates)
  const amounts: Amount[] = []
  const countCands: CountCandidate[] = []
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!
    if (c.amountUnit) {
      const span = inputSpan(doc, c.leadStart, c.end)
      amounts.push({ value: c.value, unit: c.amountUnit, qualifier: c.qualifier, text: doc.input.slice(span.start, span.end), span, rule: 'count/amount' })
    } else countCands.push(c)
  }
  const contexts = sentenceContexts(doc, dates)
  const counts = countCands.map((c) => toCount(doc, c, contexts))
  linkRelations(doc, countCands, counts, contexts)
  inheritSubjects(doc, countCands, counts)
  forgetPhrasesBefore()
  return { counts, amounts }
}

/**
 * A number with its noun left out ("Đảng bộ có 40.000 đảng viên. Năm nay kết nạp khoảng 38.500.")
 * counts what the count before it counts, when that is a known count noun in the same or the
 * previous sentence; else it is dropped.
 */
function resolveBare(doc: Doc, cands: CountCandidate[]): CountCandidate[] {
  return keepWhere(cands, (i) => {
    const c = cands[i]!
    if (!c.bare) return true
    const s = sentenceOf(doc, c.start)
    for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
      const o = cands[j]!
      if (s - sentenceOf(doc, o.start) > 1) break
      if (o.bare && !o.subject) break // a bare count before it that found no noun
      if (o.amountUnit || o.percent || !o.subject) continue
      if (!o.subject.known) break
      // "đón 18 triệu lượt khách …, Thái Lan đón 40 triệu": a number with a scale word refers to a count with one, not to "5 người" ("1 tỉ thì được": money).
      if (c.scaled && !o.scaled) break
      c.subject = subjectOf(c.valueEnd, c.valueEnd, '', o.subject.expanded, true)
      return true
    }
    traceReject(c.rule, c.start, c.end, 'no subject: nothing counted follows, and no count before it to refer to')
    return false
  })
}

/** "một" is a count only beside another count ("một tổ chức đảng và mười lăm đảng viên"), not the article "a". */
function dropLoneOnes(doc: Doc, cands: CountCandidate[]): CountCandidate[] {
  // Candidates are sorted by start: only neighbours within 80 units can qualify.
  return keepWhere(cands, (i) => {
    const c = cands[i]!
    if (!c.words || c.value !== 1) return true
    const s = sentenceOf(doc, c.start)
    for (let j = i - 1; j >= 0 && c.start - cands[j]!.start < 80; j--) if (nearOne(doc, cands[j], c, s)) return true
    for (let j = i + 1; j < cands.length && cands[j]!.start - c.start < 80; j++) if (nearOne(doc, cands[j], c, s)) return true
    traceReject(c.rule, c.start, c.end, 'một with no other count near it: the article "a"')
    return false
  })
}

/** A count `o` beside the "một" `c` (in sentence `s`): not an amount, within 80 units, in the same sentence. */
function nearOne(doc: Doc, o: CountCandidate | undefined, c: CountCandidate, s: number): boolean {
  return o !== undefined && !o.amountUnit && Math.abs(o.start - c.start) < 80 && sentenceOf(doc, o.start) === s
}

/**
 * The items of `items` whose index `keep` accepts, asked in order (as `filter` does); the same
 * array when every one is kept.
 */
function keepWhere<T>(items: T[], keep: (i: number) => boolean): T[] {
  let out: T[] | null = null
  for (let i = 0; i < items.length; i++) {
    if (keep(i)) out?.push(items[i]!)
    else out ??= items.slice(0, i)
  }
  return out ?? items
}

const sentenceOf = (doc: Doc, pos: number) => findRange(doc.sentences, pos)

function toCount(doc: Doc, c: CountCandidate, contexts: (pos: number) => SentenceContext): Count {
  const span = inputSpan(doc, c.leadStart, c.end)
  const valueSpan = inputSpan(doc, c.start, c.valueEnd)
  const subj = c.subject
  const subjectSpan = subj ? inputSpan(doc, subj.start, subj.end) : inputSpan(doc, c.valueEnd, c.valueEnd)
  const sentence = contexts(c.start)
  return {
    value: c.value,
    subject: subj?.expanded ?? '',
    subjectText: subj?.written ?? '',
    category: subj ? categoryOf(canonicalLower(subj), sentence) : null,
    percent: c.percent,
    qualifier: c.qualifier,
    upTo: c.upTo,
    change: c.change,
    comparedTo: c.change ? comparedTo(doc.key.slice(c.end, Math.min(sentence.end, c.end + COMPARED_REACH))) : null,
    rate: sentence.perYearEnd <= c.start ? 'per-year' : sentence.perMonthEnd <= c.start ? 'per-month' : null,
    total: c.total,
    partOf: null,
    relation: null,
    of: null,
    period: periodFor(sentence.periods, c.start),
    scope: scopeFor(doc, sentence, c.start),
    body: null,
    text: doc.input.slice(span.start, span.end),
    span,
    rule: c.rule,
    valueSpan,
    subjectSpan,
  }
}

/** The subject's expanded form with canonical tone marks, in lower case (its lower case, kept on it, when the marks are canonical already). */
function canonicalLower(subject: Subject): string {
  const canonical = canonicalToneMarks(subject.expanded)
  return canonical === subject.expanded ? expandedLower(subject) : lowerCase(canonical)
}

/** The category of a count of `subject` (canonical, lower case); the sentence's lower case is read only for a category with context words. */
function categoryOf(subject: string, sentence: SentenceContext): string | null {
  const entries = subject.length > 0 ? CATEGORIES_BY_FIRST.get(subject.charCodeAt(0)) : undefined
  if (entries === undefined) return CATEGORIES_EMPTY.length > 0 ? categoryIn(CATEGORIES_EMPTY, subject, sentence) : null
  return categoryIn(entries, subject, sentence)
}

type CategoryEntry = (typeof COUNT_CATEGORIES)[number]
/**
 * {@link COUNT_CATEGORIES} grouped by the first unit of their subject, each group in the list's
 * order: only entries whose subject starts as the count's subject does can match it. An entry with
 * an empty subject (it would match every subject) is in every group, and alone in {@link CATEGORIES_EMPTY}.
 */
const CATEGORIES_EMPTY: CategoryEntry[] = COUNT_CATEGORIES.filter((e) => e.subject === '')
const CATEGORIES_BY_FIRST: Map<number, CategoryEntry[]> = (() => {
  const out = new Map<number, CategoryEntry[]>()
  for (const e of COUNT_CATEGORIES) if (e.subject !== '' && !out.has(e.subject.charCodeAt(0))) out.set(e.subject.charCodeAt(0), [])
  for (const [first, group] of out) for (const e of COUNT_CATEGORIES) if (e.subject === '' || e.subject.charCodeAt(0) === first) group.push(e)
  return out
})()

/** The category of the first of `entries` (in order) whose subject `subject` is or starts with as a word, its context words in the sentence. */
function categoryIn(entries: readonly CategoryEntry[], subject: string, sentence: SentenceContext): string | null {
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!
    if (!subject.startsWith(e.subject) || (subject.length !== e.subject.length && subject.charCodeAt(e.subject.length) !== 0x20)) continue
    if (e.context && !includesAny(sentence.lower(), e.context)) continue
    return e.category
  }
  return null
}

function includesAny(text: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (text.includes(words[k]!)) return true
  return false
}

function comparedTo(after: string): string | null {
  const g = COMPARED_TO.get()
  const m = execAt(g.regex, after, 0)
  if (!m) return null
  if (m[g.groups.samePeriod!] !== undefined) return 'same-period-previous-year'
  if (m[g.groups.previousYear!] !== undefined) return 'previous-year'
  return m[g.groups.base!]!.replace(SPACE_RUNS, ' ')
}

/** The period of the sentence: the last one written before the number, else the first after it. */
function periodFor(periods: readonly PlacedDate[], at: number): Count['period'] {
  let best: PlacedDate | null = null
  for (let k = 0; k < periods.length; k++) {
    const d = periods[k]!
    if (d.start < at) best = d
    else {
      best ??= d
      break
    }
  }
  return best ? { text: best.item.text, span: best.item.span, start: best.item.start, end: best.item.end } : null
}

/** The last scope phrase ("toàn tỉnh", "Đảng bộ huyện …") before the number in its sentence. */
function scopeFor(doc: Doc, sentence: SentenceContext, at: number): TextItem | null {
  let last: Range | null = null
  const scopes = sentence.scopes
  for (let k = 0; k < scopes.length; k++) {
    const r = scopes[k]!
    if (r.start >= at) break
    if (r.end <= at) last = r
    else {
      // A phrase that runs past the number: read it again up to the number.
      const m = lastMatch(COUNT_SCOPE.get().regex, doc.key.slice(r.start, at))
      if (m) last = { start: r.start + m.index, end: r.start + m.index + m[0].length }
    }
  }
  return last ? inputItem(doc, last.start, last.end) : null
}

/** What the count rules read of a sentence, computed once per sentence. */
class SentenceContext implements Range {
  /** Periods (not days) inside the sentence, in text order. */
  readonly periods: PlacedDate[] = []
  /** Scope phrases in the sentence, in text order. */
  readonly scopes: Range[] = []
  /** Where the first "per year" / "per month" phrase of the sentence ends (Infinity when none). */
  readonly perYearEnd: number
  readonly perMonthEnd: number
  /** Positions of `(`, `)`, `;` and of the breakdown opener ("trong đó") in the sentence. */
  readonly opens: readonly number[]
  readonly closes: readonly number[]
  readonly semicolons: readonly number[]
  readonly among: readonly number[]
  private low: string | null = null

  constructor(readonly index: number, readonly start: number, readonly end: number, private readonly text: string, dates: readonly PlacedDate[]) {
    const scopes = this.scopes
    if (includesAny(text, COUNT_SCOPE_CUES)) {
      forEachMatch(COUNT_SCOPE.get().regex, text, (m) => {
        scopes.push({ start: start + m.index, end: start + m.index + m[0].length })
      })
    }
    for (let k = lowerBound(dates, start, dateStart); k < dates.length && dates[k]!.start < end; k++) {
      const d = dates[k]!
      if (d.end <= end && d.item.kind !== 'date') this.periods.push(d)
    }
    this.perYearEnd = ratePhraseEnd(text, start, 'per-year')
    this.perMonthEnd = ratePhraseEnd(text, start, 'per-month')
    this.opens = positionsOf(text, '(', start)
    this.closes = positionsOf(text, ')', start)
    this.semicolons = positionsOf(text, ';', start)
    this.among = positionsOf(text, BREAKDOWN_OPENER, start)
  }

  /** The sentence in lower case (made when first asked). */
  lower(): string {
    return (this.low ??= lowerCase(this.text))
  }
}

const dateStart = (d: PlacedDate) => d.start

/** Where `needle` stands in `text` (a sentence starting at `start`), as text positions in order (one shared empty list when none: lists are only read). */
function positionsOf(text: string, needle: string, start: number): readonly number[] {
  let i = text.indexOf(needle)
  if (i < 0) return NONE
  const out: number[] = []
  for (; i >= 0; i = text.indexOf(needle, i + 1)) out.push(start + i)
  return out
}

const NONE: readonly number[] = []

/**
 * Where the first "per year" / "per month" phrase in `text` (a sentence starting at `start`) ends,
 * or Infinity. The pattern is not run on a sentence without one of its cue words.
 */
export function ratePhraseEnd(text: string, start: number, rate: 'per-year' | 'per-month'): number {
  const year = rate === 'per-year'
  if (!includesAny(text, year ? PER_YEAR_CUES : PER_MONTH_CUES)) return Infinity
  const m = (year ? PER_YEAR() : PER_MONTH()).exec(text)
  return m ? start + m.index + m[0].length : Infinity
}

/**
 * A lookup from a position to its sentence's context, made when first asked and kept for the
 * article. A position outside every sentence gets a context of its own, kept while the
 * positions asked for stay outside.
 */
function sentenceContexts(doc: Doc, dates: readonly PlacedDate[]): (pos: number) => SentenceContext {
  let last: SentenceContext | null = null
  const made: (SentenceContext | undefined)[] = []
  return (pos) => {
    const index = sentenceOf(doc, pos)
    if (last && last.index === index) return last
    const known = index >= 0 ? made[index] : undefined
    if (known) return (last = known)
    const { start, end } = index >= 0 ? doc.sentences[index]! : { start: pos, end: pos }
    last = new SentenceContext(index, start, end, doc.key.slice(start, end), dates)
    if (index >= 0) made[index] = last
    return last
  }
}

/** The last of sorted `positions` that is < `pos`, or -1. */
function lastBefore(positions: readonly number[], pos: number): number {
  const k = lowerBound(positions, pos, itself)
  return k > 0 ? positions[k - 1]! : -1
}

/** True when one of sorted `positions` lies in [from, to). */
function anyIn(positions: readonly number[], from: number, to: number): boolean {
  const p = lastBefore(positions, to)
  return p >= from
}

/** How many sentences back a percentage with no subject looks for the percentage it continues. */
const INHERIT_SENTENCES = 2
/** How far back (sentences, counts) a percentage about the article's topic looks for the rate of change it continues. */
const TOPIC_SENTENCES = 12
const TOPIC_COUNTS = 40

/**
 * A percentage with nothing around it to name its subject ("226 vụ phạm pháp hình sự, giảm gần
 * 37% so với cùng kỳ", "… 77,8% (trên 90%)") refers to the nearest count before it in the sentence
 * that has one; else to the last percentage of the same kind (percent or points) with a subject in
 * the sentences just before ("Ngành thuỷ sản … đóng góp 0,21 điểm phần trăm." continues the points before it).
 */
function inheritSubjects(doc: Doc, cands: CountCandidate[], counts: Count[]): void {
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i]!
    const sentence = sentenceOf(doc, cands[i]!.start)
    const counted = c.percent && !cands[i]!.aboutTopic && (!c.subject || cands[i]!.subject?.fromTopic === true) ? countLinkedBefore(doc, cands, counts, i, sentence) : null
    if (counted) {
      c.subject = counted.subject
      c.subjectText = ''
      continue
    }
    const weak = cands[i]!.subject?.earlierClause === true
    if (!c.percent || (c.subject && !weak)) continue
    let from: Count | null = null
    // "… chiếm 14,15% GDP; khu vực công nghiệp chiếm 33,78%": a bare share continues the last share with the same verb.
    const verb = cands[i]!.shareVerb
    for (let j = i - 1; verb && !weak && j >= 0 && j >= i - 12; j--) {
      if (sentence - sentenceOf(doc, cands[j]!.start) > INHERIT_SENTENCES) break
      if (counts[j]!.subject && cands[j]!.shareVerb === verb && cands[j]!.points === cands[i]!.points) {
        from = counts[j]!
        break
      }
    }
    const points = cands[i]!.points
    const aboutTopic = cands[i]!.aboutTopic === true
    for (let j = i - 1; !from && j >= 0 && j >= i - 12; j--) {
      const s = sentenceOf(doc, cands[j]!.start)
      if (s === sentence) {
        // Points add to a rate ("đóng góp 0,35 điểm phần trăm"), never to the sector's own growth before them in the sentence (nor the other way).
        // A percentage about the article's topic continues a percentage, not "một phương án" before it.
        if (counts[j]!.subject && cands[j]!.points === points && (!aboutTopic || counts[j]!.percent)) {
          from = counts[j]!
          break
        }
        continue
      }
      if (weak || aboutTopic || sentence - s > INHERIT_SENTENCES) break
      if (counts[j]!.subject && counts[j]!.percent && cands[j]!.points === points) {
        from = counts[j]!
        break
      }
    }
    // "Tổng Liên đoàn … đề xuất mức tăng 8,18%": the last rate of change with a subject in the sentences before.
    for (let j = i - 1; !from && aboutTopic && j >= 0 && j >= i - TOPIC_COUNTS; j--) {
      if (sentence - sentenceOf(doc, cands[j]!.start) > TOPIC_SENTENCES) break
      if (counts[j]!.subject && counts[j]!.percent && cands[j]!.points === points && (counts[j]!.change !== null || cands[j]!.aboutTopic)) from = counts[j]!
    }
    if (!from) continue
    c.subject = from.subject
    c.subjectText = ''
    if (aboutTopic) c.rule = 'count/topic-percent'
  }
}

const LINKS = new Set(COUNT_PERCENT_LINKS)
const SPACE_RUNS = /\s+/g
const LEADING_COMMA = /^,\s*/u
const CLAUSE_MARK = /[;()]/u
const ALL_SPACE = /^\s*$/
/** How far (units) after a count a share of it may stand ("16 TCCS đảng hoàn thành tốt nhiệm vụ chiếm 51,61%"). */
const LINK_REACH = 120

/**
 * The count a percentage with no words of its own after it is a share of: the count right before it,
 * joined by a link verb ("2.384 đảng viên đạt 90,26%", "16 TCCS đảng, chiếm 51,61%"), or for a share
 * verb ("chiếm") the nearest count before it in its part of the sentence (no `;` between:
 * "16 TCCS đảng hoàn thành tốt nhiệm vụ chiếm 51,61%").
 */
function countLinkedBefore(doc: Doc, cands: CountCandidate[], counts: Count[], i: number, sentence: number): Count | null {
  const j = i - 1
  const o = cands[j]!
  if (counts[j]!.percent || !counts[j]!.subject || o.amountUnit || sentenceOf(doc, o.start) !== sentence) return null
  // "44/48 (tỷ lệ 96,7%) đại biểu": a percentage in the parenthesis between a count and its noun.
  if (cands[i]!.start > o.valueEnd && cands[i]!.end <= o.end) return counts[j]!
  if (cands[i]!.leadStart - o.end >= LINK_REACH) return null
  const gap = doc.key.slice(o.end, cands[i]!.leadStart)
  const words = lowerCase(gap.trim().replace(LEADING_COMMA, ''))
  if (words === '' || LINKS.has(words)) return counts[j]!
  return cands[i]!.shareVerb !== null && !CLAUSE_MARK.test(gap) ? counts[j]! : null
}

/**
 * The nearest earlier count of the sentence (counts `first` to `i - 1`) that ends at or before
 * `pos`, or -1 (a binary search: counts are in text order).
 */
function countBefore(cands: readonly CountCandidate[], first: number, i: number, pos: number): number {
  const lo = lowerBound(cands, pos, candidateStart, first, i)
  for (let j = lo - 1; j >= first && j >= lo - 4; j--) if (cands[j]!.end <= pos) return j
  return -1
}

const candidateStart = (c: CountCandidate) => c.start

/** Breakdowns (parentheses, `trong đó`), targets and shares within a sentence. */
function linkRelations(doc: Doc, cands: CountCandidate[], counts: Count[], contexts: (pos: number) => SentenceContext): void {
  let first = 0 // the first count of the current sentence
  let lastPlain = -1 // the last count of the sentence that is not a percentage
  let sentence = -1
  for (let i = 0; i < counts.length; i++) {
    const c = cands[i]!
    const ctx = contexts(c.start)
    if (ctx.index !== sentence) {
      sentence = ctx.index
      first = i
      lastPlain = -1
    }
    const count = counts[i]!
    // A part inside "( … )" opened right after an earlier count.
    const open = lastBefore(ctx.opens, c.leadStart)
    if (open >= ctx.start && !anyIn(ctx.closes, open, c.leadStart)) {
      const parent = countBefore(cands, first, i, open)
      if (parent >= 0 && ALL_SPACE.test(doc.key.slice(cands[parent]!.end, open))) count.partOf = parent
    }
    // "…15 đảng viên, trong đó khiển trách 9 đảng viên, …": parts of the count before "trong đó".
    if (count.partOf === null) {
      const td = lastBefore(ctx.among, c.leadStart - BREAKDOWN_OPENER.length + 1)
      if (td >= ctx.start && !anyIn(ctx.semicolons, td, c.leadStart) && !anyIn(ctx.closes, td, c.leadStart)) {
        const parent = countBefore(cands, first, i, td)
        if (parent >= 0) count.partOf = counts[parent]!.partOf ?? parent
      }
    }
    if (count.percent) {
      const subject = lowerCase(count.subject)
      const linking = lowerCase(doc.key.slice(Math.max(ctx.start, c.leadStart - 12), c.leadStart))
      const of = lastPlain >= 0 ? lastPlain : undefined
      if (TARGET_SUBJECTS.some((w) => subject.startsWith(w))) {
        count.relation = 'target'
        count.of = of ?? null
      } else if (SHARE_SUBJECTS.some((w) => subject.startsWith(w)) || SHARE_VERBS.some((w) => linking.trimEnd().endsWith(w))) {
        count.relation = 'share'
        count.of = of ?? null
      }
    } else lastPlain = i
  }
}
