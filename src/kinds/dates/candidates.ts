import type { Doc } from '../../engine/doc.ts'
import { because } from '../../engine/trace.ts'
import { scan, type MatchView } from '../../engine/scan.ts'
import { DAY_DATE, MONTH_DATE, PERIOD_DATE, QUARTER_DATE, YEAR_DATE, YEAR_RANGE } from './grammar.ts'
import type { LazyGrammar } from '../../grammars/build.ts'
import { DURATION_FOLLOWERS, DURATION_QUANTIFIERS, PARTS_OF_DAY, PERIOD_ANCHORS, QUARTERS } from '../../lexicon/time-words.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { makeDate } from '../../parse/calendar-date.ts'
import { parseVietnameseNumber } from '../../parse/number.ts'
import type { DateItem, PartOfDay } from '../../records/date-item.ts'
import type { Found } from '../../engine/candidate.ts'

/** A date expression before its year is resolved. */
export interface DateCandidate extends Found {
  kind: DateItem['kind']
  year: number | null
  month: number | null
  day: number | null
  /** For quarters and periods: first and last month covered. */
  months: [number, number] | null
  /** For terms and ranges: first and last year (`toNow`: runs to the publication date). */
  years: [number, number] | null
  toNow: boolean
  partOfDay: PartOfDay | null
}

/** A rule reads a match into a candidate, or rejects it with `because(…)`, saying in a few words why it is not a date. */
type Rule = (m: MatchView, doc: Doc) => DateCandidate | false

/** A count-of-months word ending right before "tháng" ("vài tháng"): a duration. */
const QUANTIFIER_BEFORE = lexiconPattern(`(?:^|\\s)${anyOf(DURATION_QUANTIFIERS)}\\s*$`, 'u')

const base = (m: MatchView, rule: string, kind: DateItem['kind']): DateCandidate => ({
  start: m.start, end: m.end, rule, kind, year: null, month: null, day: null, months: null, years: null, toNow: false, partOfDay: null,
})
const num = (s: string | undefined) => (s === undefined ? null : Number(s))
const validYear = (y: number | null) => y === null || (y >= 1900 && y <= 2100)

const dayRule: Rule = (m) => {
  const pod = m.group('pod')
  const cue = m.group('cue')
  const y = num(m.group('y1') ?? m.group('y2') ?? m.group('y3') ?? m.group('yw'))
  const d = num(m.group('d') ?? m.group('dw'))!
  const mo = num(m.group('m1') ?? m.group('m2') ?? m.group('m3') ?? m.group('mw'))!
  // Without a cue, only a full d/m/yyyy (or d-m-yyyy, d.m.yyyy) is a date: "21/22 chỉ tiêu" is not.
  if (!pod && !cue && y === null) return because('a day and month without a year need a cue (ngày, hôm, a part of day)')
  if (!validYear(y)) return because('year outside 1900–2100')
  if (!makeDate(y ?? 2000, mo, d)) return because('no such day') // 2000 is a leap year: 29/2 passes here, the year decides later
  const c = base(m, 'date/day', 'date')
  c.year = y
  c.month = mo
  c.day = d
  c.partOfDay = pod ? PARTS_OF_DAY[pod.toLowerCase()] ?? null : null
  return c
}

const monthRule: Rule = (m, doc) => {
  // "6 tháng" is a duration: a number right before "tháng" rules the month reading out.
  if (/[\p{N}]\s*$/u.test(doc.key.slice(Math.max(0, m.start - 4), m.start))) return because('a number before tháng: a duration')
  if (QUANTIFIER_BEFORE.test(doc.key.slice(Math.max(0, m.start - 8), m.start))) return because('mấy/vài/các/những before tháng: a duration')
  const mo = Number(m.group('m'))
  const y = num(m.group('y') ?? m.group('y2'))
  if (mo < 1 || mo > 12 || !validYear(y)) return because('no such month or year')
  const c = base(m, 'date/month', 'month')
  c.month = mo
  c.year = y
  return c
}

const yearRule: Rule = (m) => {
  const c = base(m, 'date/year', 'year')
  c.year = Number(m.group('y'))
  return c
}

const quarterRule: Rule = (m) => {
  const q = QUARTERS[m.group('q')!]!
  const y = num(m.group('y') ?? m.group('y2'))
  if (!validYear(y)) return because('year outside 1900–2100')
  const c = base(m, 'date/quarter', 'quarter')
  c.months = [q * 3 - 2, q * 3]
  c.year = y
  return c
}

const periodRule: Rule = (m, doc) => {
  const written = m.group('n') ?? m.group('bare')!
  const n = parseVietnameseNumber(written)?.value
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 12) return because('not 1 to 12 months')
  if (m.group('bare') !== undefined) {
    const after = doc.key.slice(m.end, m.end + 12).trimStart()
    if (DURATION_FOLLOWERS.some((w) => after.startsWith(w))) return because('a duration (a word such as qua follows)')
  }
  const c = base(m, 'date/period', 'period')
  c.months = PERIOD_ANCHORS[m.group('which') ?? ''] === 'last' ? [13 - n, 12] : [1, n]
  c.year = num(m.group('y'))
  return c
}

const rangeRule: Rule = (m) => {
  const a = num(m.group('a') ?? m.group('a2') ?? m.group('from'))!
  const b = num(m.group('b') ?? m.group('b2') ?? m.group('to'))
  const toNow = m.group('now') !== undefined
  if (!validYear(a) || !validYear(b) || (b !== null && (b < a || b - a > 50))) return because('years out of range or out of order')
  const c = base(m, 'date/year-range', m.group('term') !== undefined ? 'term' : 'range')
  c.years = [a, b ?? a]
  c.toNow = toNow
  return c
}

const RULES: Array<[LazyGrammar, Rule]> = [
  [DAY_DATE, dayRule], [MONTH_DATE, monthRule], [YEAR_DATE, yearRule], [QUARTER_DATE, quarterRule],
  [PERIOD_DATE, periodRule], [YEAR_RANGE, rangeRule],
]

/** Every date and period expression in the doc, overlapping ones included. */
export function findDateCandidates(doc: Doc): DateCandidate[] {
  const out: DateCandidate[] = []
  for (const [grammar, rule] of RULES) {
    scan(doc, grammar, (m) => {
      const c = rule(m, doc)
      if (!c) return false
      out.push(c)
    }, { boundary: true })
  }
  return out
}
