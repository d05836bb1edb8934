/** A calendar day with no time zone: what articles mean by "ngày 14/01/2022". */
export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** `YYYY-MM-DD` for a calendar date. */
export function formatDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`
}

/** A valid calendar date, or null for impossible ones (31/2 is rejected, not rolled over). */
export function makeDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return null
  if (!Number.isInteger(month) || month < 1 || month > 12) return null
  if (!Number.isInteger(day) || day < 1 || day > lastDayOfMonth(year, month)) return null
  return { year, month, day }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Last day of a month in the proleptic Gregorian calendar, by arithmetic. No `Date` is built:
 * a local date would depend on the process time zone (30/12/2011 does not exist in Samoa).
 */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29
  return DAYS_IN_MONTH[month - 1] ?? 0
}

/** Gregorian leap years: every fourth year, but not centuries unless divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Compares two calendar dates: negative, zero or positive. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/**
 * The year for a day and month written without one: the year that puts the date on or
 * before `published` (an article reports what has happened). Null when that day does not
 * exist in either candidate year.
 */
export function resolveYear(month: number, day: number, published: CalendarDate): number | null {
  for (const year of [published.year, published.year - 1]) {
    const d = makeDate(year, month, day)
    if (d && compareDates(d, published) <= 0) return year
  }
  // 29/2 in a non-leap year before the publication date: look back up to four years.
  for (let year = published.year - 2; year >= published.year - 4; year--) {
    if (makeDate(year, month, day)) return year
  }
  return null
}

/** Parses `YYYY-MM-DD` (optionally followed by a time) or a `Date` into a calendar date. */
export function toCalendarDate(value: string | Date | undefined | null): CalendarDate | null {
  if (value === undefined || value === null) return null
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null
    return makeDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value)
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/**
 * Days since 1970-01-01 for a calendar date, by arithmetic (proleptic Gregorian; no `Date`, so no
 * time zone). Differences of two give the days between dates.
 */
export function dayNumber(d: CalendarDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (d.month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(d: CalendarDate): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7
}

/** The date `days` after (or before, when negative) `d`. */
export function addDays(d: CalendarDate, days: number): CalendarDate {
  const z = dayNumber(d) + days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}
