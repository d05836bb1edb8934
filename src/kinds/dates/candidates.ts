import type { Doc } from '../../engine/doc.ts'
import { because } from '../../engine/trace.ts'
import { scan, type MatchView } from '../../engine/scan.ts'
import {
  CLOCK_HOUR, DAY_DATE, DAY_MONTH_CORE, DAY_RANGE, DAY_RANGE_TURN, dayDateStartsAt, dayRangeStartsAt, MONTH_DATE, MONTH_DIGIT, PERIOD_DATE, QUARTER_DATE,
  RELATIVE_DAY, RELATIVE_PERIOD, SPAN_DIGIT, SPAN_TO_NOW, TIMED_DAY, WEEKDAY_DATE, weekdayDateStartsAt, YEAR_DATE, YEAR_DIGITS, YEAR_RANGE, YEAR_RANGE_TURN,
} from './grammar.ts'
import { DIGIT_ANCHORS, digitAnchors } from './digit-anchors.ts'
import type { LazyGrammar } from '../../grammars/build.ts'
import {
  DAY_LIST_JOINERS, DAY_NOUNS, DURATION_FOLLOWERS, DURATION_QUANTIFIERS, LUNAR_MARKERS, PARTS_OF_DAY, PERIOD_ANCHORS, QUARTERS, RELATIVE_DAY_AHEAD_ONLY, RELATIVE_DAYS,
  RELATIVE_PERIOD_NOT_AFTER, RELATIVE_PERIOD_UNITS, RELATIVE_PERIOD_WORDS, SPAN_UNITS, WEEKDAY_LEAD_WORDS, WEEKDAYS,
} from '../../lexicon/time-words.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { makeDate } from '../../parse/calendar-date.ts'
import { parseVietnameseNumber } from '../../parse/number.ts'
import type { DateItem, PartOfDay } from '../../records/date-item.ts'
import type { Found } from '../../engine/candidate.ts'
import { byLowerCase } from './written-words.ts'

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
  /** For a run of days: the last day as written (`ngày 3 - 5/9/1945` → 5/9/1945); the first is `day`/`month`/`year`. */
  last: { day: number; month: number; year: number | null } | null
  /** The weekday written with the day (0 = Sunday … 6 = Saturday), which picks the year when none is written. */
  weekday: number | null
  /** Counted from the publication date: days for a day (`hôm qua` → -1), else periods of `unit` (`tháng trước` → -1). */
  relative: { unit: 'day' | 'week' | 'month' | 'quarter' | 'year'; offset: number } | null
  /** "N năm qua", "N tháng qua": the span of `n` units up to the publication date. */
  span: { unit: 'year' | 'month'; n: number } | null
  /** `HH:mm` written before the day. */
  time: string | null
  /** A month written as the coming one ("tháng 9 tới"): after the publication month. */
  ahead: boolean
  /** For a day written with nay/qua/mai ("Chiều nay 25-5", "Chiều qua (15/7)"): how many days it is from the article's today. */
  fromToday: number | null
  /** The day of a relative day written beside it without brackets ("hôm qua 12/3"): checked against the publication date. */
  beside: boolean
}

/** A rule reads a match into a candidate, or rejects it with `because(…)`, saying in a few words why it is not a date. */
type Rule = (m: MatchView, doc: Doc) => DateCandidate | false

/** A word a weekday may follow; after any other word, "thứ 7" is an ordinal ("Kỳ họp thứ 7"). */
const WEEKDAY_LEAD = lexiconPattern(`(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${anyOf(WEEKDAY_LEAD_WORDS)})\\s+$|(?:^|[^\\p{L}\\p{M}\\p{N}\\s]\\s*)$`, 'iu')
/** A word before a relative period that makes it a comparison or a count ("cùng kỳ năm trước", "những năm tới"). */
const RELATIVE_NOT_AFTER = lexiconPattern(`(?:^|\\s)(?:${anyOf(RELATIVE_PERIOD_NOT_AFTER)}|\\p{N}+)\\s+$`, 'iu')
/** A lunar marker right after a day ("ngày 15 tháng 7 âm lịch"). */
export const LUNAR_AFTER = lexiconPattern(`^\\s*${anyOf(LUNAR_MARKERS)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu')

/** For each ASCII unit: 1 when a lunar marker may start with it, read as {@link LUNAR_AFTER} reads (case-insensitively). */
const LUNAR_FIRST_ASCII = new Uint8Array(128)
/** A unit that starts a lunar marker, read with {@link LUNAR_AFTER}'s flags. */
const LUNAR_FIRST = lexiconPattern(`^${anyOf(LUNAR_MARKERS.map((w) => w[0]!))}`, 'iu')
for (let c = 0; c < 128; c++) LUNAR_FIRST_ASCII[c] = LUNAR_FIRST().test(String.fromCharCode(c)) ? 1 : 0
/** Whether every lunar marker starts with a unit that is no space (then the first unit after the spaces starts the marker). */
const LUNAR_STARTS_UNSPACED = LUNAR_MARKERS.every((w) => !/^\s/u.test(w))

/**
 * `LUNAR_AFTER().test(text.slice(end, end + 12))`: after the ASCII spaces, a marker can only start at the
 * first other unit, so when that unit is ASCII and starts no marker (a comma, a full stop, most words),
 * the answer is false without the slice and the regex.
 */
export function lunarAfter(text: string, end: number): boolean {
  if (LUNAR_STARTS_UNSPACED) {
    const stop = Math.min(text.length, end + 12)
    let i = end
    for (; i < stop; i++) {
      const c = text.charCodeAt(i)
      if (c !== 0x20 && (c < 0x09 || c > 0x0d)) break
    }
    if (i >= stop) return false // spaces only: no marker
    const c = text.charCodeAt(i)
    if (c < 0x80 && LUNAR_FIRST_ASCII[c] === 0) return false
  }
  return LUNAR_AFTER().test(text.slice(end, end + 12))
}

/** What may follow a day set off by commas after a relative day ("Chiều nay, 27/11, …"): a break, or the end. */
const APPOSITION_END = /^(?:[,.;:)"”]|$)/u

/** A count-of-months word ending right before "tháng" ("vài tháng"): a duration. */
const QUANTIFIER_BEFORE = lexiconPattern(`(?:^|\\s)${anyOf(DURATION_QUANTIFIERS)}\\s*$`, 'u')

const base = (m: MatchView, rule: string, kind: DateItem['kind']): DateCandidate => ({
  start: m.start, end: m.end, rule, kind, year: null, month: null, day: null, months: null, years: null, toNow: false, partOfDay: null,
  last: null, weekday: null, relative: null, span: null, time: null, ahead: false, fromToday: null, beside: false,
})
const num = (s: string | undefined) => (s === undefined ? null : Number(s))
const validYear = (y: number | null) => y === null || (y >= 1000 && y <= 2100)

/** The day, month and year written in a {@link dayMonth} group set with suffix `x` ("12/7", "14-6-2024", "26.2"). */
function dayMonthOf(m: MatchView, x: string): { day: number; month: number; year: number | null } | null {
  const d = m.group(`d${x}`)
  const mo = m.group(`ms${x}`) ?? m.group(`mh${x}`) ?? m.group(`md${x}`)
  if (d === undefined || mo === undefined) return null
  return { day: Number(d), month: Number(mo), year: num(m.group(`ys${x}`) ?? m.group(`yh${x}`) ?? m.group(`yd${x}`)) }
}

/** `PARTS_OF_DAY[pod.toLowerCase()]`, `WEEKDAYS[…]`, `RELATIVE_PERIOD_UNITS[…]`, read without lower-casing the usual forms. */
const partOfDayOf = byLowerCase(PARTS_OF_DAY)
const weekdayOf = byLowerCase(WEEKDAYS)
const periodUnitOf = byLowerCase(RELATIVE_PERIOD_UNITS)

const podOf = (m: MatchView) => {
  const pod = m.group('pod')
  return pod ? partOfDayOf(pod) ?? null : null
}

const dayRule: Rule = (m, doc) => {
  const pod = m.group('pod')
  const cue = m.group('cue')
  const y = num(m.group('y1') ?? m.group('y2') ?? m.group('y3') ?? m.group('yw'))
  const d = num(m.group('d') ?? m.group('dw'))!
  const mo = num(m.group('m1') ?? m.group('m2') ?? m.group('m3') ?? m.group('mw'))!
  // Without a cue, only a full d/m/yyyy (or d-m-yyyy, d.m.yyyy) is a date: "21/22 chỉ tiêu" is not.
  if (!pod && !cue && y === null) return because('a day and month without a year need a cue (ngày, hôm, a part of day)')
  if (!validYear(y)) return because('year outside 1000–2100')
  if (!makeDate(y ?? 2000, mo, d)) return because('no such day') // 2000 is a leap year: 29/2 passes here, the year decides later
  if (lunarAfter(doc.key, m.end)) return because('a lunar date (âm lịch), not a day of the solar calendar')
  const c = base(m, 'date/day', 'date')
  c.year = y
  c.month = mo
  c.day = d
  c.partOfDay = pod ? partOfDayOf(pod) ?? null : null
  if (m.group('today') !== undefined) {
    c.fromToday = 0
    // "Sáng nay 24/2" is checked against the publication date like "hôm qua 12/3"; "Sáng nay (ngày 24/2" is not.
    c.beside = !m.key.includes('(')
  }
  return c
}

const monthRule: Rule = (m, doc) => {
  // "6 tháng" is a duration: a number right before "tháng" rules the month reading out.
  if (/[\p{N}]\s*$/u.test(doc.key.slice(Math.max(0, m.start - 4), m.start))) return because('a number before tháng: a duration')
  if (QUANTIFIER_BEFORE().test(doc.key.slice(Math.max(0, m.start - 8), m.start))) return because('mấy/vài/các/những before tháng: a duration')
  const mo = Number(m.group('m'))
  const y = num(m.group('y') ?? m.group('y2'))
  if (mo < 1 || mo > 12 || !validYear(y)) return because('no such month or year')
  const c = base(m, 'date/month', 'month')
  c.month = mo
  c.year = y
  c.ahead = m.group('ahead') !== undefined
  return c
}

/** The head of days listed with commas, right before the last two ("ngày 9, ▸10 và 11/2"): the days in group 1. */
const LIST_HEAD = lexiconPattern(`(?:^|[^\\p{L}\\p{M}])${anyOf(DAY_NOUNS)}\\s((?:\\d{1,2},\\s){1,4})$`, 'iu')

/**
 * Days joined by và before one month ("ngày 9 và 10-2", "các ngày 9, 10 và 11/2", the commas read back from the match):
 * one item from the first day to the last.
 */
const dayListRule = (m: MatchView, doc: Doc, last: { day: number; month: number; year: number | null }): DateCandidate | false => {
  if (m.group('ms1') !== undefined) return because('a day with its own month before và: two days, not one run')
  const head = m.group('pod') || m.group('cue') ? null : LIST_HEAD().exec(doc.key.slice(Math.max(0, m.start - 24), m.start))
  if (!m.group('pod') && !m.group('cue') && !head) return because('days joined by và without ngày or a part of day before them')
  if (!validYear(last.year)) return because('year outside 1000–2100')
  const days = [...(head ? head[1]!.split(',').slice(0, -1).map(Number) : []), Number(m.group('d1')), last.day]
  for (let i = 0; i < days.length; i++) {
    if (!makeDate(last.year ?? 2000, last.month, days[i]!)) return because('no such day')
    if (i > 0 && days[i]! <= days[i - 1]!) return because('the days are not in order')
  }
  if (lunarAfter(doc.key, m.end)) return because('a lunar date (âm lịch), not a day of the solar calendar')
  const c = base(m, 'date/day-list', 'date')
  if (head) c.start = m.start - head[0].length + head[0].search(/\p{L}/u)
  c.day = days[0]!
  c.month = last.month
  c.year = last.year
  c.last = last
  c.partOfDay = podOf(m)
  return c
}

const dayRangeRule: Rule = (m, doc) => {
  const last = dayMonthOf(m, '2')
  const firstMonth = m.group('ms1') ?? m.group('mh1')
  if (!last) return because('no last day')
  const join = m.group('join')
  if (join !== undefined && DAY_LIST_JOINERS.includes(join)) return dayListRule(m, doc, last)
  const first = { day: Number(m.group('d1') ?? m.group('dh1')), month: firstMonth !== undefined ? Number(firstMonth) : last.month, year: null as number | null }
  const written = firstMonth !== undefined
  if (!m.group('from') && !m.group('pod') && !m.group('cue') && last.year === null) return because('a run of days without a year needs a cue (từ, ngày, a part of day)')
  if (!validYear(last.year)) return because('year outside 1000–2100')
  if (!makeDate(2000, first.month, first.day) || !makeDate(last.year ?? 2000, last.month, last.day)) return because('no such day')
  // The first day takes the last day's year: the year before when its month and day come later (28/12 – 3/1/2024).
  const later = first.month > last.month || (first.month === last.month && first.day >= last.day)
  if (later && !(written && first.month > last.month)) return because('the first day is not before the last')
  if (last.year !== null) first.year = later ? last.year - 1 : last.year
  if (lunarAfter(doc.key, m.end)) return because('a lunar date (âm lịch), not a day of the solar calendar')
  const c = base(m, 'date/day-range', 'date')
  c.day = first.day
  c.month = first.month
  c.year = first.year
  c.last = last
  c.partOfDay = podOf(m)
  return c
}

const relativeDayRule: Rule = (m, doc) => {
  const rel = m.group('rel')!
  const cue = m.group('cue')?.toLowerCase()
  // "ngày nay" is "nowadays", "ngày qua" a span; "ngày mai", "ngày hôm nay" and "hôm …" are days.
  if (cue !== undefined && RELATIVE_DAY_AHEAD_ONLY.includes(cue) && !(RELATIVE_DAYS[rel]! > 0)) return because('ngày nay / ngày qua: not a day')
  const c = base(m, 'date/relative-day', 'date')
  c.partOfDay = podOf(m)
  // A day in brackets needs both of them ("Chiều qua (15/7)"); with one only, the words stand alone.
  const bracketed = m.group('open')?.includes('(') === true
  // "Chiều nay, 27/11, …": a day set off by a comma before it is set off after it too ("Hôm nay, 5-6 đoàn …" is a count).
  const apposed = m.group('open')?.startsWith(',') === true
  const paired = bracketed === (m.group('close') !== undefined) && !(apposed && !APPOSITION_END.test(doc.key.slice(m.end, m.end + 1)))
  if (!paired) c.end = m.range('rel')!.end
  const written = paired ? dayMonthOf(m, '') : null
  if (written) {
    c.beside = !bracketed
    if (!validYear(written.year) || !makeDate(written.year ?? 2000, written.month, written.day)) return because('no such day')
    c.day = written.day
    c.month = written.month
    c.year = written.year
    c.fromToday = RELATIVE_DAYS[rel]!
  } else c.relative = { unit: 'day', offset: RELATIVE_DAYS[rel]! }
  return c
}

const weekdayRule: Rule = (m, doc) => {
  if (!m.group('pod') && !WEEKDAY_LEAD().test(doc.key.slice(Math.max(0, m.start - 12), m.start))) return because('thứ N after a word: an ordinal (Kỳ họp thứ 7), not a weekday')
  const written = dayMonthOf(m, '')!
  if (!validYear(written.year) || !makeDate(written.year ?? 2000, written.month, written.day)) return because('no such day')
  const c = base(m, 'date/weekday', 'date')
  c.day = written.day
  c.month = written.month
  c.year = written.year
  c.weekday = weekdayOf(m.group('weekday')!) ?? null
  c.partOfDay = podOf(m)
  return c
}

const timedDayRule: Rule = (m, doc) => {
  let h = Number(m.group('h'))
  const mi = Number(m.group('mi') ?? m.group('mi2') ?? 0)
  if (h > 23 || mi > 59) return because('no such time')
  const written = dayMonthOf(m, '')!
  // "14h30 12/7": without lúc, ngày, a part of day or a year, a pair of numbers is no day.
  if (!m.group('at') && !m.group('cue') && !m.group('pod') && written.year === null) return because('a time and a day and month without a cue')
  if (!validYear(written.year) || !makeDate(written.year ?? 2000, written.month, written.day)) return because('no such day')
  if (lunarAfter(doc.key, m.end)) return because('a lunar date (âm lịch), not a day of the solar calendar')
  const c = base(m, 'date/timed-day', 'date')
  c.day = written.day
  c.month = written.month
  c.year = written.year
  c.partOfDay = podOf(m)
  // "2 giờ chiều", "7 giờ tối": the afternoon and evening hours of a 12-hour clock.
  if (h < 12 && (c.partOfDay === 'afternoon' || c.partOfDay === 'evening' || (c.partOfDay === 'night' && h >= 6))) h += 12
  c.time = `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`
  return c
}

const relativePeriodRule: Rule = (m, doc) => {
  if (RELATIVE_NOT_AFTER().test(doc.key.slice(Math.max(0, m.start - 16), m.start))) return because('a comparison or a count (cùng kỳ năm trước, những năm tới), not a date')
  const kind = periodUnitOf(m.group('unit')!)!
  const c = base(m, 'date/relative-period', kind)
  c.relative = { unit: kind === 'range' ? 'week' : kind, offset: RELATIVE_PERIOD_WORDS[m.group('rel')!]! }
  return c
}

const spanToNowRule: Rule = (m) => {
  const n = Number(m.group('n'))
  if (n < 1) return because('no span')
  const c = base(m, 'date/span-to-now', 'range')
  c.span = { unit: SPAN_UNITS[m.group('unit')!]!, n }
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

/**
 * `parseVietnameseNumber(written)?.value` for the number of months of a period, each spelling read once: the
 * grammar writes it with one or two digits or a word of {@link PERIOD_DATE}'s, so the spellings are few.
 */
const MONTH_COUNTS = new Map<string, number | undefined>()
export function monthCount(written: string): number | undefined {
  if (MONTH_COUNTS.has(written)) return MONTH_COUNTS.get(written)
  const n = parseVietnameseNumber(written)?.value
  // (Kept for spellings of two units at most, as the grammar's are: a longer one is read each time.)
  if (written.length <= 2) MONTH_COUNTS.set(written, n)
  return n
}

const periodRule: Rule = (m, doc) => {
  const written = m.group('n') ?? m.group('bare')!
  const n = monthCount(written)
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
  [PERIOD_DATE, periodRule], [YEAR_RANGE, rangeRule], [DAY_RANGE, dayRangeRule], [RELATIVE_DAY, relativeDayRule],
  [WEEKDAY_DATE, weekdayRule], [TIMED_DAY, timedDayRule], [RELATIVE_PERIOD, relativePeriodRule], [SPAN_TO_NOW, spanToNowRule],
]

const SCAN_OPTIONS = { boundary: true }

/**
 * The grammars started from anchors led by a digit, found in one scan (see digit-anchors.ts): each
 * with its anchor's index in {@link DIGIT_ANCHORS} and the units its match can start with (null: any).
 */
export const FROM_DIGITS = new Map<LazyGrammar, { anchor: number; startsAt: ((c: number) => boolean) | null }>([
  [DAY_DATE, { anchor: DIGIT_ANCHORS.indexOf(DAY_MONTH_CORE), startsAt: dayDateStartsAt }],
  [DAY_RANGE, { anchor: DIGIT_ANCHORS.indexOf(DAY_RANGE_TURN), startsAt: dayRangeStartsAt }],
  [TIMED_DAY, { anchor: DIGIT_ANCHORS.indexOf(CLOCK_HOUR), startsAt: null }],
  [YEAR_DATE, { anchor: DIGIT_ANCHORS.indexOf(YEAR_DIGITS), startsAt: null }],
  [YEAR_RANGE, { anchor: DIGIT_ANCHORS.indexOf(YEAR_RANGE_TURN), startsAt: null }],
  [SPAN_TO_NOW, { anchor: DIGIT_ANCHORS.indexOf(SPAN_DIGIT), startsAt: null }],
  [MONTH_DATE, { anchor: DIGIT_ANCHORS.indexOf(MONTH_DIGIT), startsAt: null }],
  [WEEKDAY_DATE, { anchor: DIGIT_ANCHORS.indexOf(DAY_MONTH_CORE), startsAt: weekdayDateStartsAt }],
])

/** Every date and period expression in the doc, overlapping ones included. */
export function findDateCandidates(doc: Doc): DateCandidate[] {
  const out: DateCandidate[] = []
  // One visitor for every grammar, reading the rule of the grammar being scanned (not a closure per grammar).
  let rule: Rule = dayRule
  const visit = (m: MatchView) => {
    const c = rule(m, doc)
    if (!c) return false
    out.push(c)
  }
  const anchors = digitAnchors(doc.key)
  for (const [grammar, r] of RULES) {
    rule = r
    const digits = FROM_DIGITS.get(grammar)
    scan(doc, grammar, visit, digits ? { boundary: true, anchors: anchors[digits.anchor], startsAt: digits.startsAt ?? undefined } : SCAN_OPTIONS)
  }
  return out
}
