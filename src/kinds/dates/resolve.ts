import { findRange, inputSpan, type Doc } from '../../engine/doc.ts'
import {
  compareDates, formatDate, lastDayOfMonth, makeDate, resolveYear, type CalendarDate,
} from '../../parse/calendar-date.ts'
import type { DateItem } from '../../records/date-item.ts'
import type { DateCandidate } from './candidates.ts'
import { TARGET_CUE_FILLERS, TARGET_CUES } from '../../lexicon/time-words.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'

/** A target cue ending right before a year ("đến năm 2020", "đến hết năm 2025"): the year is a target, not the article's time. */
const TARGET_CUE = lexiconPattern(`${anyOf(TARGET_CUES)}\\s+(?:${anyOf(TARGET_CUE_FILLERS)}\\s+)?$`, 'u')

/**
 * The article's own year when no publication date is known: the latest year written with a
 * date, month, quarter, period or year (`6 tháng cuối năm 2024`, `ngày 16/1/2017`), leaving out
 * targets (`đến năm 2020`), terms and ranges. A February article that reviews `năm 2016` and
 * plans `năm 2017` is a 2017 article.
 */
export function contextYear(doc: Doc, candidates: readonly DateCandidate[]): number | null {
  let best: number | null = null
  for (const c of candidates) {
    if (c.year === null || c.kind === 'term' || c.kind === 'range') continue
    if (TARGET_CUE.test(doc.key.slice(Math.max(0, c.start - 24), c.start).toLowerCase())) continue
    if (best === null || c.year > best) best = c.year
  }
  return best
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

/** Turns candidates into record items, filling missing years from `published` or the context year. */
export function resolveDates(doc: Doc, candidates: readonly DateCandidate[], published: CalendarDate | null): DateItem[] {
  const ctxYear = contextYear(doc, candidates)
  return candidates.map((c) => {
    const span = inputSpan(doc, c.start, c.end)
    const item: DateItem = {
      kind: c.kind, text: doc.input.slice(span.start, span.end), span, rule: c.rule,
      value: null, start: null, end: null, partOfDay: c.partOfDay, time: null,
      parts: { year: c.year, month: c.month, day: c.day }, yearFrom: null,
    }
    let year = c.year
    if (year !== null || c.years !== null) item.yearFrom = 'text'
    else if (c.kind !== 'term' && c.kind !== 'range') {
      const neighbour = c.kind !== 'date' ? sentenceYear(doc, candidates, c) : null
      if (neighbour !== null) {
        // "quý III/2023 và 9 tháng": a period with no year takes the one written beside it.
        year = neighbour
        item.yearFrom = 'context'
      } else if (published) {
        // Like a day, a month, quarter or period starts on or before the publication date.
        const startMonth = c.kind === 'month' ? c.month : c.months?.[0]
        year = c.kind === 'date' ? resolveYear(c.month!, c.day!, published)
          : startMonth === undefined || startMonth === null ? published.year
          : startMonth <= published.month ? published.year : published.year - 1
        if (year !== null) item.yearFrom = 'published'
      } else if (ctxYear !== null) {
        year = ctxYear
        item.yearFrom = 'context'
      }
    }
    fillRange(item, c, year, published)
    return item
  })
}

function fillRange(item: DateItem, c: DateCandidate, year: number | null, published: CalendarDate | null): void {
  const range = (y1: number, m1: number, d1: number, y2: number, m2: number, d2: number) => {
    const a = makeDate(y1, m1, d1)
    const b = makeDate(y2, m2, d2)
    if (a && b) {
      item.start = formatDate(a)
      item.end = formatDate(b)
    }
  }
  switch (c.kind) {
    case 'date': {
      const d = year === null ? null : makeDate(year, c.month!, c.day!)
      if (d) item.value = item.start = item.end = formatDate(d)
      else item.yearFrom = null
      return
    }
    case 'month':
      if (year !== null) range(year, c.month!, 1, year, c.month!, lastDayOfMonth(year, c.month!))
      return
    case 'year':
      if (year !== null) range(year, 1, 1, year, 12, 31)
      return
    case 'quarter':
    case 'period':
      if (year !== null) {
        const [m1, m2] = c.months!
        range(year, m1, 1, year, m2, lastDayOfMonth(year, m2))
      }
      return
    case 'term':
    case 'range': {
      const [a, b] = c.years!
      if (c.toNow) {
        const first = makeDate(a, 1, 1)
        item.start = first ? formatDate(first) : null
        item.end = published && first && compareDates(first, published) <= 0 ? formatDate(published) : null
      } else range(a, 1, 1, b, 12, 31)
      return
    }
  }
}
