import { findRange, inputItem, inputSpan, type Doc, type Range } from '../engine/doc.ts'
import { COUNT_CATEGORIES } from '../lexicon/count-words.ts'
import type { Amount, Count } from '../records/count.ts'
import type { DateItem } from '../records/date-item.ts'
import type { TextItem } from '../records/span.ts'
import { findAbbreviations } from './abbreviations.ts'
import { findCountCandidates, type CountCandidate } from './count-candidates.ts'

/** A resolved date with its normalised range, for context lookups. */
export interface PlacedDate {
  start: number
  end: number
  item: DateItem
}

const SCOPE = /(?:[Tt]oàn\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|quốc|ngành|Đảng\s+bộ(?:\s+(?:tỉnh|khối|huyện|thành\s+phố))?|Đảng|khối)|Đảng\s+bộ\s+(?:tỉnh|huyện|khối|thành\s+phố|quận|xã))(?:\s+\p{Lu}[\p{L}\p{M}]*){0,4}/gu
const COMPARED = /^[^;.]{0,60}?so\s+với\s+(cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|năm\s+(?:trước|ngoái|\d{4})|đầu\s+nhiệm\s+kỳ|tháng\s+trước|quý\s+trước|kỳ\s+trước)/u
const PER_YEAR = /(?:mỗi|hằng|hàng)\s+năm|bình\s+quân\s+(?:mỗi\s+)?năm|\/năm/u
const PER_MONTH = /(?:mỗi|hằng|hàng)\s+tháng/u

/**
 * Counts and amounts: numbers with what they count, qualifiers, changes, totals and their
 * parts, target attainment and shares, rates, the period and scope of the sentence.
 */
export function extractCounts(doc: Doc, taken: readonly Range[], dates: readonly PlacedDate[]): { counts: Count[]; amounts: Amount[] } {
  const abbreviations = findAbbreviations(doc)
  let candidates = findCountCandidates(doc, taken, abbreviations)
  candidates = dropLoneOnes(doc, candidates)
  const amounts: Amount[] = []
  const countCands: CountCandidate[] = []
  for (const c of candidates) {
    if (c.amountUnit) {
      const span = inputSpan(doc, c.leadStart, c.end)
      amounts.push({ value: c.value, unit: c.amountUnit, qualifier: c.qualifier, text: doc.input.slice(span.start, span.end), span, rule: 'count/amount' })
    } else countCands.push(c)
  }
  const counts = countCands.map((c) => toCount(doc, c, dates))
  linkRelations(doc, countCands, counts)
  inheritSubjects(doc, countCands, counts)
  return { counts, amounts }
}

/** "một" is a count only beside another count ("một tổ chức đảng và mười lăm đảng viên"), not the article "a". */
function dropLoneOnes(doc: Doc, cands: CountCandidate[]): CountCandidate[] {
  // Candidates are sorted by start: only neighbours within 80 units can qualify.
  return cands.filter((c, i) => {
    if (!c.words || c.value !== 1) return true
    const s = sentenceOf(doc, c.start)
    const near = (j: number) => {
      const o = cands[j]
      return o !== undefined && !o.amountUnit && Math.abs(o.start - c.start) < 80 && sentenceOf(doc, o.start) === s
    }
    for (let j = i - 1; j >= 0 && c.start - cands[j]!.start < 80; j--) if (near(j)) return true
    for (let j = i + 1; j < cands.length && cands[j]!.start - c.start < 80; j++) if (near(j)) return true
    return false
  })
}

const sentenceOf = (doc: Doc, pos: number) => findRange(doc.sentences, pos)

function toCount(doc: Doc, c: CountCandidate, dates: readonly PlacedDate[]): Count {
  const span = inputSpan(doc, c.leadStart, c.end)
  const valueSpan = inputSpan(doc, c.start, c.valueEnd)
  const subj = c.subject
  const subjectSpan = subj ? inputSpan(doc, subj.start, subj.end) : inputSpan(doc, c.valueEnd, c.valueEnd)
  const sIndex = sentenceOf(doc, c.start)
  const sentence = sIndex >= 0 ? doc.sentences[sIndex]! : { start: c.start, end: c.end }
  const sentenceLower = doc.key.slice(sentence.start, sentence.end).toLowerCase()
  const before = doc.key.slice(sentence.start, c.start)
  const after = doc.key.slice(c.end, sentence.end)
  return {
    value: c.value,
    subject: subj?.expanded ?? '',
    subjectText: subj?.written ?? '',
    category: subj ? categoryOf(subj.expanded.toLowerCase().replace(/uỷ/g, 'ủy'), sentenceLower) : null,
    percent: c.percent,
    qualifier: c.qualifier,
    upTo: c.upTo,
    change: c.change,
    comparedTo: c.change ? comparedTo(after) : null,
    rate: PER_YEAR.test(before) ? 'per-year' : PER_MONTH.test(before) ? 'per-month' : null,
    total: c.total,
    partOf: null,
    relation: null,
    of: null,
    period: periodFor(dates, sentence, c.start),
    scope: scopeFor(doc, sentence.start, c.start),
    body: null,
    text: doc.input.slice(span.start, span.end),
    span,
    rule: c.rule,
    valueSpan,
    subjectSpan,
  }
}

function categoryOf(subject: string, sentence: string): string | null {
  for (const e of COUNT_CATEGORIES) {
    if (subject !== e.subject && !subject.startsWith(`${e.subject} `)) continue
    if (e.context && !e.context.some((w) => sentence.includes(w))) continue
    return e.category
  }
  return null
}

function comparedTo(after: string): string | null {
  const m = COMPARED.exec(after)
  if (!m) return null
  const what = m[1]!.replace(/\s+/g, ' ')
  if (/^cùng kỳ/.test(what)) return 'same-period-previous-year'
  if (/^năm (?:trước|ngoái)$/.test(what)) return 'previous-year'
  return what
}

function periodFor(dates: readonly PlacedDate[], sentence: Range, at: number): Count['period'] {
  let best: PlacedDate | null = null
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end || d.item.kind === 'date') continue
    // Prefer the period written before the number; else the first after it.
    if (d.start < at) best = d
    else if (!best) best = d
  }
  return best ? { text: best.item.text, span: best.item.span, start: best.item.start, end: best.item.end } : null
}

function scopeFor(doc: Doc, from: number, at: number): TextItem | null {
  const text = doc.key.slice(from, at)
  let last: RegExpExecArray | null = null
  SCOPE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = SCOPE.exec(text)) !== null) last = m
  if (!last) return null
  return inputItem(doc, from + last.index, from + last.index + last[0].length)
}

/**
 * A percentage with nothing around it to name its subject ("226 vụ phạm pháp hình sự, giảm gần
 * 37% so với cùng kỳ", "… 77,8% (trên 90%)") refers to the count before it in the sentence.
 */
function inheritSubjects(doc: Doc, cands: CountCandidate[], counts: Count[]): void {
  for (let i = 1; i < counts.length; i++) {
    const c = counts[i]!
    if (!c.percent || c.subject) continue
    const prev = counts[i - 1]!
    if (!prev.subject || sentenceOf(doc, cands[i - 1]!.start) !== sentenceOf(doc, cands[i]!.start)) continue
    c.subject = prev.subject
    c.subjectText = ''
  }
}

/** Breakdowns (parentheses, `trong đó`), targets and shares within a sentence. */
function linkRelations(doc: Doc, cands: CountCandidate[], counts: Count[]): void {
  for (let i = 0; i < counts.length; i++) {
    const c = cands[i]!
    const s = sentenceOf(doc, c.start)
    const prevInSentence: number[] = []
    for (let j = i - 1; j >= 0 && sentenceOf(doc, cands[j]!.start) === s; j--) prevInSentence.push(j)
    const count = counts[i]!
    // A part inside "( … )" opened right after an earlier count.
    const sentStart = s >= 0 ? doc.sentences[s]!.start : 0
    const before = doc.key.slice(sentStart, c.leadStart)
    const open = before.lastIndexOf('(')
    if (open >= 0 && before.indexOf(')', open) < 0) {
      const parent = prevInSentence.find((j) => cands[j]!.end <= sentStart + open && /^\s*$/.test(doc.key.slice(cands[j]!.end, sentStart + open)))
      if (parent !== undefined) count.partOf = parent
    }
    // "…15 đảng viên, trong đó khiển trách 9 đảng viên, …": parts of the count before "trong đó".
    if (count.partOf === null) {
      const td = before.lastIndexOf('trong đó')
      if (td >= 0 && before.indexOf(';', td) < 0 && before.indexOf(')', td) < 0) {
        const parent = prevInSentence.find((j) => cands[j]!.end <= sentStart + td)
        if (parent !== undefined) count.partOf = counts[parent]!.partOf ?? parent
      }
    }
    if (count.percent) {
      const subject = count.subject.toLowerCase()
      const linking = doc.key.slice(Math.max(sentStart, c.leadStart - 12), c.leadStart).toLowerCase()
      const of = prevInSentence.find((j) => !counts[j]!.percent)
      if (/^(?:chỉ tiêu|kế hoạch)/.test(subject)) {
        count.relation = 'target'
        count.of = of ?? null
      } else if (/^tổng số/.test(subject) || /chiếm\s*$/.test(linking)) {
        count.relation = 'share'
        count.of = of ?? null
      }
    }
  }
}
