import { findRange, inputSpan, type Doc } from '../../engine/doc.ts'
import {
  addDays, compareDates, dayNumber, formatDate, lastDayOfMonth, makeDate, resolveYear, weekday, type CalendarDate,
} from '../../parse/calendar-date.ts'
import type { DateItem } from '../../records/date-item.ts'
import type { DateCandidate } from './candidates.ts'
import {
  ANNIVERSARY_CUES, ANNIVERSARY_NOT_AFTER, DAY_NOUNS, KNOWN_ANNIVERSARIES,
  AS_OF_CUES, BIRTH_DATE_CUES, CONGRESS_PLAN_CUES, DEADLINE_CUES, IMPLEMENTATION_WORDS, PERIOD_PLAN_CUES, PERIOD_REVIEW_CUES, TARGET_CUE_FILLERS, TARGET_CUES, TERM_START_CUES, YEAR_RESULT_WORDS, YEAR_UNITS,
} from '../../lexicon/time-words.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { parseVietnameseNumber } from '../../parse/number.ts'
import { sentencesLowered } from '../../engine/lower-sentences.ts'
import { holds, searchFor } from './rare-search.ts'

/** A target cue ending right before a year ("đến năm 2020", "đến hết năm 2025"): the year is a target, not the article's time. */
const TARGET_CUE = lexiconPattern(`${anyOf(TARGET_CUES)}\\s+(?:${anyOf(TARGET_CUE_FILLERS)}\\s+)?$`, 'u')
/** An as-of cue ending right before a date ("tính đến cuối quý I/2005"): the figures are counted to it, it is past. */
const AS_OF_CUE = lexiconPattern(`${anyOf(AS_OF_CUES)}\\s+(?:${anyOf(TARGET_CUE_FILLERS)}\\s+)?$`, 'u')
/** A deadline cue ending right before a full day ("trước ngày 15-7-2017"): the article looks ahead to it. */
const DEADLINE_CUE = lexiconPattern(`(?:^|\\s)${anyOf(DEADLINE_CUES)}\\s+$`, 'u')
/** A birth cue ending right before a day or year ("sinh ngày 12-8-1962", "sinh năm 1934"): a life, not the story's time. */
const BIRTH_CUE = lexiconPattern(`(?:^|\\s)${anyOf(BIRTH_DATE_CUES)}\\s+$`, 'u')
/** A congress in a sentence: a term named there starts then. */
const TERM_START = lexiconPattern(anyOf(TERM_START_CUES), 'u')
/** "N năm (triển khai) thực hiện": years of carrying out a document. */
export const YEARS_OF = lexiconPattern(`(?:^|\\s)(\\p{N}{1,2}|\\p{L}+) ${anyOf(YEAR_UNITS)} (?:${anyOf(IMPLEMENTATION_WORDS)} )?${anyOf(IMPLEMENTATION_WORDS)}\\s`, 'u')
/**
 * What every {@link YEARS_OF} match holds: a year unit, a space and an implementation word (`năm thực hiện`).
 * Most sentences hold none, and a plain `includes` rules the regex out there (it tries every space of the sentence).
 */
const YEARS_OF_CORES = YEAR_UNITS.flatMap((u) => IMPLEMENTATION_WORDS.map((w) => `${u} ${w}`))
/** {@link YEARS_OF_CORES}, each with the part of it {@link holds} searches for first. */
const YEARS_OF_SEARCHES = YEARS_OF_CORES.map(searchFor)
/** {@link YEARS_OF}'s match in a lower-cased sentence, the regex run only when the sentence holds one of its cores. */
export function yearsOfIn(text: string): RegExpExecArray | null {
  return YEARS_OF_SEARCHES.some((w) => holds(text, w)) ? YEARS_OF().exec(text) : null
}
/** A congress prepared for, not held. */
const CONGRESS_PLAN = lexiconPattern(anyOf(CONGRESS_PLAN_CUES), 'u')

/** "kỷ niệm 127 năm Ngày sinh của Bác": the years (group 1) since a national day (group 2), on lower-case text. */
const ANNIVERSARY = lexiconPattern(`${anyOf(ANNIVERSARY_CUES)} (\\d{1,3}) ${anyOf(YEAR_UNITS)} (?:${anyOf(DAY_NOUNS)} )?`
  + `(${anyOf(Object.keys(KNOWN_ANNIVERSARIES).sort((a, b) => b.length - a.length))})(?![\\p{L}\\p{M}])(?! ${anyOf(ANNIVERSARY_NOT_AFTER)}(?![\\p{L}\\p{M}]))`, 'gu')

/** The last word of each anniversary cue as it may be written: lower case, capitalised, in capitals. */
const ANNIVERSARY_WORDS = ANNIVERSARY_CUES.flatMap((cue) => {
  const w = cue.split(' ').at(-1)!
  return [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]
})

/** {@link ANNIVERSARY_WORDS}, each with the part of it {@link holds} searches for first. */
const ANNIVERSARY_SEARCHES = ANNIVERSARY_WORDS.map(searchFor)

/** The latest year a national anniversary the story names falls in ("kỷ niệm 127 năm Ngày sinh của Bác" → 2017), or null. */
function anniversaryYear(doc: Doc): number | null {
  // Most texts name no anniversary: the whole text is lower-cased only when a cue's last word is in it.
  if (!ANNIVERSARY_SEARCHES.some((w) => holds(doc.key, w))) return null
  const text = doc.key.toLowerCase()
  let best: number | null = null
  for (const m of text.matchAll(ANNIVERSARY())) {
    const base = KNOWN_ANNIVERSARIES[m[2]!]
    const year = base === undefined ? null : base + Number(m[1])
    if (year !== null && (best === null || year > best)) best = year
  }
  return best
}

/** How a year written in the article bears on the article's own time. */
type Role = 'target' | 'birth' | 'plain'

function roleOf(doc: Doc, c: DateCandidate): Role {
  const before = doc.key.slice(Math.max(0, c.start - 24), c.start).toLowerCase()
  if (BIRTH_CUE().test(before)) return 'birth'
  return TARGET_CUE().test(before) && !AS_OF_CUE().test(before) ? 'target' : 'plain'
}

/**
 * The article's own year when no publication date is known: the latest year written with a
 * date, month, quarter, period or year (`6 tháng cuối năm 2024`, `ngày 16/1/2017`), leaving out
 * targets (`đến năm 2020`), birth years (`sinh năm 1934`), terms and ranges. A February article
 * that reviews `năm 2016` and plans `năm 2017` is a 2017 article.
 */
export function contextYear(doc: Doc, candidates: readonly DateCandidate[], role: (c: DateCandidate) => Role = (c) => roleOf(doc, c)): number | null {
  let best: number | null = null
  for (const c of candidates) {
    if (c.year === null || c.kind === 'term' || c.kind === 'range' || role(c) !== 'plain') continue
    if (best === null || c.year > best) best = c.year
  }
  return best
}

/** What the story says about its own time, for days written without a year when no publication date is known. */
interface Story {
  /** The latest year written (see {@link contextYear}). */
  year: number | null
  /** Years written as such or with a month (`năm 2016`, `tháng 10/2018`), not targets. */
  years: Set<number>
  /** The latest reporting period or quarter written: its last day, or its first when it is the one planned. */
  periodAnchor: CalendarDate | null
  /** Full days written (`ngày 14/6/2019`), not targets or birth dates. */
  days: CalendarDate[]
  /** The latest of `days`. */
  latestDay: CalendarDate | null
  /** The latest deadline written (`trước ngày 15-7-2017`). */
  deadline: CalendarDate | null
  /** First years of the terms named (`nhiệm kỳ 2015-2020` → 2015). */
  termStarts: number[]
  /** How the latest year is written: planned ("kế hoạch năm 2018") or reviewed ("Năm 2016, … đạt") in its mentions; null when neither, or both. */
  yearRole: 'planned' | 'reviewed' | null
  /** {@link SentenceCues} by sentence index, read once per sentence. */
  sentences: Map<number, SentenceCues>
  /** `year` is the latest term's first year: no year was written, or only ones long before every term (a history). */
  fromTerm: boolean
  /** {@link roleOf} each candidate, read once (the story asks it of a candidate several times). */
  role: (c: DateCandidate) => Role
  /**
   * Each sentence lower-cased, kept with the doc (engine/lower-sentences.ts): the meetings and roles
   * stages read many of the same sentences later and take them from there instead of lower-casing them again.
   */
  lowered: (s: number) => string
}

/** {@link roleOf}, computed once per candidate: each reading slices and lower-cases the text before it. */
function cachedRoles(doc: Doc): (c: DateCandidate) => Role {
  const roles = new Map<DateCandidate, Role>()
  return (c) => {
    let r = roles.get(c)
    if (r === undefined) {
      r = roleOf(doc, c)
      roles.set(c, r)
    }
    return r
  }
}

/** A day this many days or more before the latest full day the story writes is taken in the next year. */
const BEFORE_LATEST_DAY = 120
/** A day within this many days of a full day the story writes takes that day's year. */
const NEAR_DAY = 45
/** A day within this many days of the end of a period reviewed in its sentence (the start of one planned) takes the year that puts it there. */
const NEAR_PERIOD = 100
/** From this month on, a day in a story that plans its latest year is in the year before (plans are made in the last quarter). */
const PLAN_AHEAD_FROM = 10
/** Up to this month, a day in a story that reports what its latest year achieved is in the next year. */
const REVIEWED_UNTIL = 6
/** How far after a day a congress may be named for the day to date it ("Sáng 14/10, phát biểu tại lễ khai mạc Đại hội …"). */
const DATELINE_GAP = 40
/** A year written more than this many years before every term the story names is history, not the story's time. */
const HISTORY_GAP = 5

function storyOf(doc: Doc, candidates: readonly DateCandidate[]): Story {
  const roleOfCandidate = cachedRoles(doc)
  const story: Story = {
    role: roleOfCandidate, lowered: sentencesLowered(doc), year: contextYear(doc, candidates, roleOfCandidate), years: new Set(), periodAnchor: null, days: [], latestDay: null, deadline: null, termStarts: [], fromTerm: false, yearRole: null, sentences: new Map(),
  }
  const roles = { planned: 0, reviewed: 0 }
  for (const c of candidates) {
    if (c.kind === 'term' && c.years) {
      story.termStarts.push(c.years[0])
      continue
    }
    if (c.year === null) continue
    const role = story.role(c)
    if (c.kind === 'date') {
      const d = makeDate(c.year, c.month!, c.day!)
      if (!d || role === 'birth') continue
      if (role === 'target') {
        const before = doc.key.slice(Math.max(0, c.start - 16), c.start).toLowerCase()
        if (DEADLINE_CUE().test(before) && (!story.deadline || compareDates(d, story.deadline) > 0)) story.deadline = d
        continue
      }
      story.days.push(d)
      if (!story.latestDay || compareDates(d, story.latestDay) > 0) story.latestDay = d
    } else if (role === 'plain') {
      if (c.kind === 'year' || c.kind === 'month') story.years.add(c.year)
      if (c.kind === 'year' && c.year === story.year) {
        const role = yearRole(doc, c)
        if (role) roles[role]++
      }
      else if (c.kind === 'period' || c.kind === 'quarter') {
        const a = periodAnchor(doc, c, c.year)
        if (a && (!story.periodAnchor || compareDates(a, story.periodAnchor) > 0)) story.periodAnchor = a
      }
    }
  }
  // Planned in one mention and reviewed in another ("kết quả thực hiện kế hoạch năm 2018"): neither.
  story.yearRole = roles.planned > 0 && roles.reviewed === 0 ? 'planned' : roles.reviewed > 0 && roles.planned === 0 ? 'reviewed' : null
  if (story.termStarts.length && (story.year === null || story.year < Math.min(...story.termStarts) - HISTORY_GAP)) {
    story.year = Math.max(...story.termStarts)
    story.fromTerm = true
  }
  // No year written: a national anniversary the story names ("Kỷ niệm 127 năm Ngày sinh của Bác, sáng 19-5, …") is in its year.
  if (story.year === null) story.year = anniversaryYear(doc)
  return story
}

/** Which of `cues` ends last in `text` (the clause before a position), or -1 when none does. */
function lastCue(text: string, cues: readonly string[]): number {
  let best = -1
  for (const w of cues) {
    const at = text.lastIndexOf(w)
    if (at >= 0) best = Math.max(best, at + w.length)
  }
  return best
}

/** Whether the period at `c` is the one planned ("triển khai nhiệm vụ năm 2021") or reviewed, from the closest cue before it; null when neither. */
function periodRole(doc: Doc, c: DateCandidate): 'planned' | 'reviewed' | null {
  const before = doc.key.slice(Math.max(0, c.start - 40), c.start).toLowerCase()
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1)
  const plan = lastCue(clause, PERIOD_PLAN_CUES)
  const review = lastCue(clause, PERIOD_REVIEW_CUES)
  return plan < 0 && review < 0 ? null : plan > review ? 'planned' : 'reviewed'
}

/** {@link periodRole}, or, for a year, what its clause says after it ("Năm 2017, phấn đấu …", "Năm 2016, tăng trưởng đạt 7,62%"). */
function yearRole(doc: Doc, c: DateCandidate): 'planned' | 'reviewed' | null {
  const role = periodRole(doc, c)
  if (role) return role
  const after = doc.key.slice(c.end, c.end + 40).toLowerCase()
  // The clause runs to the first `.` or `;` (read with two indexOf, no arrays made).
  const dot = after.indexOf('.')
  const semicolon = after.indexOf(';')
  const stop = Math.min(dot < 0 ? after.length : dot, semicolon < 0 ? after.length : semicolon)
  const clause = after.slice(0, stop)
  if (PERIOD_PLAN_CUES.some((w) => clause.includes(w))) return 'planned'
  return YEAR_RESULT_WORDS.some((w) => clause.includes(w)) ? 'reviewed' : null
}

/** The day a meeting about a period is held near: its first day when planned (or, with no cue, the last months of a year), else its last (a review follows the period). */
function periodAnchor(doc: Doc, c: DateCandidate, year: number): CalendarDate | null {
  const [m1, m2] = c.kind === 'year' ? [1, 12] : c.kind === 'month' ? [c.month!, c.month!] : c.months ?? [1, 12]
  // With no cue, the last months of a year ("6 tháng cuối năm 2017") are the ones ahead: a story names them to plan them.
  const role = periodRole(doc, c) ?? (c.kind === 'period' && m1 > 1 && m2 === 12 ? 'planned' : null)
  return role === 'planned' ? makeDate(year, m1, 1) : makeDate(year, m2, lastDayOfMonth(year, m2))
}

/** The year that puts day/month nearest `anchor` (the year before, of, or after it), with the distance in days. */
function nearestYear(month: number, day: number, anchor: CalendarDate): { year: number; distance: number } | null {
  // The three years tried in order with plain numbers: one result object, none per year tried.
  const at = dayNumber(anchor)
  let bestYear = 0
  let bestDistance = -1
  for (let year = anchor.year - 1; year <= anchor.year + 1; year++) {
    const d = makeDate(year, month, day)
    if (!d) continue
    const distance = Math.abs(dayNumber(d) - at)
    if (bestDistance < 0 || distance < bestDistance) {
      bestYear = year
      bestDistance = distance
    }
  }
  return bestDistance < 0 ? null : { year: bestYear, distance: bestDistance }
}

/** What a sentence says once, for all its days: where a congress is named (-1: none), whether it is prepared for, and "N năm thực hiện". */
interface SentenceCues {
  congress: number
  congressPlanned: boolean
  yearsOf: RegExpExecArray | null
}

function sentenceCues(doc: Doc, story: Story, s: number): SentenceCues {
  let cues = story.sentences.get(s)
  if (!cues) {
    const text = story.lowered(s)
    const congress = text.search(TERM_START())
    cues = { congress, congressPlanned: congress >= 0 && CONGRESS_PLAN().test(text.slice(0, congress)), yearsOf: yearsOfIn(text) }
    story.sentences.set(s, cues)
  }
  return cues
}

/**
 * The year of a day written without one, when no publication date is known, from what the story
 * says, in this order:
 * 1. its own sentence: a congress or election of a term (`Sáng 27-9, Đại hội … nhiệm kỳ 2005-2010`)
 *    is in the term's first year; a period reviewed or planned there (`Ngày 12/1, … tổng kết năm
 *    2020`) puts the day nearest the period's end (its start when planned);
 * 2. a full day the story writes within {@link NEAR_DAY} days (`Sáng 10/6` beside `ngày 14/6/2019`);
 * 3. the latest reporting period or quarter of the story, else its latest year: when the year
 *    before it is written too (`năm 2016` reviewed, `năm 2017` planned), the story is at the turn of
 *    those years and the day takes the one that puts it nearest 1 January; a year written long
 *    before every term the story names is history, and the latest term's first year stands instead;
 *    then a day {@link BEFORE_LATEST_DAY} days or more before the latest full day is in the next
 *    year, and a deadline (`trước ngày 15-7-2017`) pulls the day to the latest year on or before it.
 */
function storyYear(doc: Doc, story: Story, sentenceDates: readonly DateCandidate[], c: DateCandidate): number | null {
  const month = c.month!
  const day = c.day!
  // 1. The sentence.
  const s = findRange(doc.sentences, c.start)
  const sentence = s >= 0 ? doc.sentences[s]! : null
  let closest: DateCandidate | null = null
  let closestGap = 0
  let term: DateCandidate | null = null
  for (const o of sentenceDates) {
    if (o === c) continue
    if (o.kind === 'term') {
      if (!term || Math.abs(o.start - c.start) < Math.abs(term.start - c.start)) term = o
      continue
    }
    if (o.year === null || !(o.kind === 'period' || o.kind === 'quarter' || o.kind === 'year')) continue
    if (story.role(o) !== 'plain' || (o.kind === 'year' && periodRole(doc, o) === null)) continue
    const gap = Math.abs(o.start - c.start)
    if (!closest || gap < closestGap) {
      closest = o
      closestGap = gap
    }
  }
  const cues = sentence ? sentenceCues(doc, story, s) : null
  const congress = cues?.congress ?? -1
  if (congress >= 0 && !cues!.congressPlanned) {
    // The congress of the term named in its sentence, else, when the day dates the congress ("Sáng 14/10, Đại hội …"),
    // of the latest term the story names, if that term starts no earlier than the story's latest year.
    const dateline = congress >= c.end - sentence!.start && congress - (c.end - sentence!.start) <= DATELINE_GAP
    const latest = story.termStarts.length ? Math.max(...story.termStarts) : null
    const start = term ? term.years![0] : dateline && latest !== null && (story.year === null || story.fromTerm || latest >= story.year) ? latest : null
    const ahead = start !== null && story.year !== null && !story.fromTerm && start > story.year + 1
    if (start !== null && !ahead && makeDate(start, month, day)) return start
  }
  // "sơ kết 1 năm thực hiện Quy định số 01 ngày 3/3/2016": N years after the document's day.
  const years = cues?.yearsOf ?? null
  const n = years ? parseVietnameseNumber(years[1]!)?.value : undefined
  if (sentence && n !== undefined && Number.isInteger(n) && n >= 1 && n <= 50) {
    const document = sentenceDates.find((o) => o.kind === 'date' && o.year !== null && o.start > sentence.start + years!.index && story.role(o) === 'plain')
    const anchor = document && makeDate(document.year! + n, document.month!, Math.min(document.day!, 28))
    const y = anchor && nearestYear(month, day, anchor)
    if (y) return y.year
  }
  // 2. A full day nearby.
  let near: { year: number; distance: number } | null = null
  for (const d of story.days) {
    if (story.year !== null && d.year < story.year - 1) continue // a document's or a history's day, not the story's
    const y = nearestYear(month, day, d)
    if (y && y.distance <= NEAR_DAY && (!near || y.distance < near.distance || (y.distance === near.distance && y.year > near.year))) near = y
  }
  if (near) return near.year
  // 1b. A period reviewed or planned in the sentence, when the day is near it.
  if (closest) {
    const anchor = periodAnchor(doc, closest, closest.year!)
    const y = anchor && nearestYear(month, day, anchor)
    if (y && y.distance <= NEAR_PERIOD) return y.year
  }
  // 3. The story's time.
  let year: number | null = null
  if (story.periodAnchor) year = nearestYear(month, day, story.periodAnchor)?.year ?? null
  else if (story.year !== null) {
    // A story that plans the latest year it writes is in that year, or in the last quarter of the year before;
    // one that only reports what that year achieved is in the first half of the next year, or late in that year;
    // one that writes the year before too is at the turn of those years.
    const n = story.year
    if (story.fromTerm) year = n
    else if (story.yearRole === 'planned') year = month >= PLAN_AHEAD_FROM ? n - 1 : n
    else if (story.yearRole === 'reviewed') year = month <= REVIEWED_UNTIL ? n + 1 : n
    else year = story.years.has(n - 1) ? nearestYear(month, day, { year: n, month: 1, day: 1 })?.year ?? n : n
  }
  if (year !== null && story.latestDay) {
    const floor = dayNumber(story.latestDay) - BEFORE_LATEST_DAY
    for (let k = 0; k < 2; k++) {
      const d = makeDate(year, month, day)
      if (!d || dayNumber(d) >= floor) break
      year++
    }
  }
  const deadline = story.deadline
  if (deadline && (story.year === null || deadline.year >= story.year)) {
    const d = makeDate(deadline.year, month, day)
    const latest = d && compareDates(d, deadline) <= 0 ? deadline.year : deadline.year - 1
    const at = year === null ? null : makeDate(year, month, day)
    if (year === null || year < latest - 1 || (at && compareDates(at, deadline) > 0)) year = latest
  }
  return year !== null && makeDate(year, month, day) ? year : null
}

/** The story's today, when it writes a day with nay/qua/mai ("Chiều nay 25-5", "Chiều qua (15/7)") and that day's year is known. */
function storyToday(doc: Doc, story: Story, sentences: Map<number, DateCandidate[]>, candidates: readonly DateCandidate[]): CalendarDate | null {
  const c = candidates.find((x) => x.fromToday !== null && x.day !== null && x.month !== null)
  if (!c) return null
  const year = c.year ?? storyYear(doc, story, sentences.get(findRange(doc.sentences, c.start)) ?? [], c)
  const d = year === null ? null : makeDate(year, c.month!, c.day!)
  return d && addDays(d, -c.fromToday!)
}

/** The year of another month, quarter or period written with one in the same sentence, or null. */
function sentenceYear(doc: Doc, candidates: readonly DateCandidate[], c: DateCandidate): number | null {
  const s = findRange(doc.sentences, c.start)
  if (s < 0) return null
  const { start, end } = doc.sentences[s]!
  let best: DateCandidate | null = null
  for (const o of candidates) {
    if (o === c || o.start < start || o.end > end || o.year === null || !(o.kind === 'quarter' || o.kind === 'period' || o.kind === 'month')) continue
    if (!best || Math.abs(o.start - c.start) < Math.abs(best.start - c.start)) best = o
  }
  return best?.year ?? null
}

/** Candidates grouped by the sentence they start in. */
function bySentence(doc: Doc, candidates: readonly DateCandidate[]): Map<number, DateCandidate[]> {
  const out = new Map<number, DateCandidate[]>()
  for (const c of candidates) {
    const s = findRange(doc.sentences, c.start)
    const list = out.get(s)
    if (list) list.push(c)
    else out.set(s, [c])
  }
  return out
}

/** Turns candidates into record items, filling missing years from `published` or, without one, from what the story says. */
export function resolveDates(doc: Doc, candidates: readonly DateCandidate[], published: CalendarDate | null): DateItem[] {
  const story = published ? null : storyOf(doc, candidates)
  const sentences = published ? null : bySentence(doc, candidates)
  const ctxYear = story?.year ?? null
  const today = story ? storyToday(doc, story, sentences!, candidates) : null
  return candidates.map((c) => {
    const span = inputSpan(doc, c.start, c.end)
    const item: DateItem = {
      kind: c.kind, text: doc.input.slice(span.start, span.end), span, rule: c.rule,
      value: null, start: null, end: null, partOfDay: c.partOfDay, time: null,
      parts: { year: c.year, month: c.month, day: c.day }, yearFrom: null,
    }
    if (c.time) item.time = c.time
    if (c.relative || c.span) {
      resolveRelative(item, c, published, ctxYear, today)
      return item
    }
    let year = c.year
    if (year !== null || c.years !== null) item.yearFrom = 'text'
    else if (c.kind !== 'term' && c.kind !== 'range') {
      const neighbour = c.kind !== 'date' ? sentenceYear(doc, candidates, c) : null
      if (neighbour !== null) {
        // "quý III/2023 và 9 tháng": a period with no year takes the one written beside it.
        year = neighbour
        item.yearFrom = 'context'
      } else if (published && c.beside && c.fromToday !== null) {
        // "hôm qua 12/3": the year that puts the day by the one hôm qua counts; far from it, the numbers are not that day.
        const counted = addDays(published, c.fromToday)
        const near = nearestYear(c.month!, c.day!, counted)
        if (!near || near.distance > BESIDE_SLACK) {
          const v = formatDate(counted)
          Object.assign(item, { value: v, start: v, end: v, yearFrom: 'published', parts: { year: null, month: null, day: null } })
          return item
        }
        year = near.year
        item.yearFrom = 'published'
      } else if (published) {
        // Like a day, a month, quarter or period starts on or before the publication date; "tháng 9 tới" comes after it.
        const startMonth = c.kind === 'month' ? c.month : c.months?.[0]
        year = c.kind === 'date' ? resolveYear(c.month!, c.day!, published)
          : startMonth === undefined || startMonth === null ? published.year
          : c.ahead ? (startMonth > published.month ? published.year : published.year + 1)
          : startMonth <= published.month ? published.year : published.year - 1
        if (year !== null && c.weekday !== null) year = agreeWithWeekday(c.month!, c.day!, c.weekday, year, published)
        if (year !== null) item.yearFrom = 'published'
      } else if (c.kind === 'date' && story) {
        year = storyYear(doc, story, sentences!.get(findRange(doc.sentences, c.start)) ?? [], c)
        if (year !== null && c.weekday !== null) year = agreeWithWeekday(c.month!, c.day!, c.weekday, year, { year, month: c.month!, day: c.day! })
        if (year !== null) item.yearFrom = 'context'
      } else if (ctxYear !== null) {
        year = ctxYear
        item.yearFrom = 'context'
      }
    }
    fillRange(item, c, year, published)
    return item
  })
}

/** How many days the day written beside hôm qua/nay/mai without brackets ("hôm qua 12/3") may stand from the one they count and still be it. */
const BESIDE_SLACK = 7

/** How many years back a weekday may send a day ("thứ 2 ngày 6/2"): a day and month fall on each weekday within any seven years. */
const WEEKDAY_YEARS_BACK = 7

/**
 * The year for day/month that puts it on `weekday`: `year` when it does, else the year nearest `around`
 * (from seven years before it to one after) in which it does; `year` when none does.
 */
function agreeWithWeekday(month: number, day: number, wd: number, year: number, around: CalendarDate): number {
  const d = makeDate(year, month, day)
  if (d && weekday(d) === wd) return year
  let best: { year: number; distance: number } | null = null
  for (let y = around.year - WEEKDAY_YEARS_BACK; y <= around.year + 1; y++) {
    const t = makeDate(y, month, day)
    if (!t || weekday(t) !== wd) continue
    const distance = Math.abs(dayNumber(t) - dayNumber(around))
    if (!best || distance < best.distance) best = { year: y, distance }
  }
  return best?.year ?? year
}

/** A day, period or span counted from the publication date (`hôm qua`, `năm ngoái`, `tuần trước`, `5 năm qua`); a year counted from the story's when there is none. */
function resolveRelative(item: DateItem, c: DateCandidate, published: CalendarDate | null, storyYear: number | null, today: CalendarDate | null): void {
  const set = (a: CalendarDate | null, b: CalendarDate | null, from: DateItem['yearFrom']) => {
    if (!a || !b) return
    item.start = formatDate(a)
    item.end = formatDate(b)
    if (c.kind === 'date') item.value = item.start
    item.yearFrom = from
  }
  if (c.span) {
    if (!published) return
    const n = c.span.n
    const back = c.span.unit === 'year' ? { ...published, year: published.year - n } : shiftMonth(published, -n)
    set(makeDate(back.year, back.month, Math.min(back.day, lastDayOfMonth(back.year, back.month))), published, 'published')
    return
  }
  const { unit, offset } = c.relative!
  if (!published) {
    // "Hôm nay" beside "Chiều nay 25-5": the story's today.
    if (unit === 'day' && today) {
      const d = addDays(today, offset)
      set(d, d, 'context')
    }
    const year = today?.year ?? storyYear
    if (unit === 'year' && year !== null) set(makeDate(year + offset, 1, 1), makeDate(year + offset, 12, 31), 'context')
    return
  }
  switch (unit) {
    case 'day': {
      const d = addDays(published, offset)
      set(d, d, 'published')
      return
    }
    case 'week': {
      // Weeks run Monday to Sunday.
      const monday = addDays(published, -((weekday(published) + 6) % 7) + offset * 7)
      set(monday, addDays(monday, 6), 'published')
      return
    }
    case 'month': {
      const m = shiftMonth(published, offset)
      set(makeDate(m.year, m.month, 1), makeDate(m.year, m.month, lastDayOfMonth(m.year, m.month)), 'published')
      return
    }
    case 'quarter': {
      const q = Math.floor((published.month - 1) / 3) + offset
      const year = published.year + Math.floor(q / 4)
      const first = ((q % 4) + 4) % 4 * 3 + 1
      set(makeDate(year, first, 1), makeDate(year, first + 2, lastDayOfMonth(year, first + 2)), 'published')
      return
    }
    case 'year':
      set(makeDate(published.year + offset, 1, 1), makeDate(published.year + offset, 12, 31), 'published')
  }
}

/** The month `n` months after (before, when negative) that of `d`; the day is kept as is. */
function shiftMonth(d: CalendarDate, n: number): CalendarDate {
  const index = d.year * 12 + (d.month - 1) + n
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: d.day }
}

/** Sets `item`'s start and end to y1-m1-d1 … y2-m2-d2 when both days exist (a function of its own, not a closure made per item). */
function setRange(item: DateItem, y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): void {
  const a = makeDate(y1, m1, d1)
  const b = makeDate(y2, m2, d2)
  if (a && b) {
    item.start = formatDate(a)
    item.end = formatDate(b)
  }
}

function fillRange(item: DateItem, c: DateCandidate, year: number | null, published: CalendarDate | null): void {
  switch (c.kind) {
    case 'date': {
      const d = year === null ? null : makeDate(year, c.month!, c.day!)
      if (!d) {
        item.yearFrom = null
        return
      }
      item.value = item.start = item.end = formatDate(d)
      if (c.last) {
        // A run of days ends on the first last-day on or after its first day (28/12 – 3/1 crosses a year).
        const lastYear = c.last.year ?? (c.last.month > d.month || (c.last.month === d.month && c.last.day > d.day) ? d.year : d.year + 1)
        const last = makeDate(lastYear, c.last.month, c.last.day)
        if (last && compareDates(last, d) >= 0) item.end = formatDate(last)
      }
      return
    }
    case 'month':
      if (year !== null) setRange(item, year, c.month!, 1, year, c.month!, lastDayOfMonth(year, c.month!))
      return
    case 'year':
      if (year !== null) setRange(item, year, 1, 1, year, 12, 31)
      return
    case 'quarter':
    case 'period':
      if (year !== null) {
        const m1 = c.months![0]
        const m2 = c.months![1]
        setRange(item, year, m1, 1, year, m2, lastDayOfMonth(year, m2))
      }
      return
    case 'term':
    case 'range': {
      const a = c.years![0]
      const b = c.years![1]
      if (c.toNow) {
        const first = makeDate(a, 1, 1)
        item.start = first ? formatDate(first) : null
        item.end = published && first && compareDates(first, published) <= 0 ? formatDate(published) : null
      } else setRange(item, a, 1, 1, b, 12, 31)
      return
    }
  }
}
