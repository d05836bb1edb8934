/**
 * A publication date as archives and page metadata write it, to the form `extract()` takes
 * (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`): ISO dates and date-times, RFC 2822 (`pubDate`), Unix
 * seconds or milliseconds, and Vietnamese `dd/mm/yyyy [HH:mm]`. A time with a zone is given as
 * Vietnam's wall time (UTC+7), the clock the article's own "sáng nay" refers to; a time without
 * a zone is kept as written. Returns null when the value is none of these.
 */
import { formatDate, makeDate } from './calendar-date.ts'

const VIETNAM_OFFSET_MINUTES = 7 * 60
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const VIETNAMESE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,-]+(\d{1,2})[:h](\d{2}))?$/
const RFC2822 = /^(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|UT|Z)$/

const two = (n: number) => String(n).padStart(2, '0')

function clock(h: number, m: number): string | null {
  return h <= 23 && m <= 59 ? `T${two(h)}:${two(m)}` : null
}

/** Vietnam's wall date and time for an instant, by arithmetic on UTC fields (no local zone involved). */
function vietnamTime(ms: number): string | null {
  if (!Number.isFinite(ms)) return null
  const d = new Date(ms + VIETNAM_OFFSET_MINUTES * 60_000)
  const date = makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  return date ? `${formatDate(date)}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : null
}

export function normalizePublished(value: unknown): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return null
    return vietnamTime(value < 1e11 ? value * 1000 : value) // seconds or milliseconds
  }
  if (typeof value !== 'string') return null
  const s = value.trim()
  if (/^\d{9,13}$/.test(s)) return normalizePublished(Number(s))
  let m = ISO.exec(s)
  if (m) {
    const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]))
    if (!date) return null
    if (m[4] === undefined) return formatDate(date)
    const time = clock(Number(m[4]), Number(m[5]))
    if (time === null) return null
    if (m[6] === undefined) return formatDate(date) + time
    const ms = Date.parse(s.replace(' ', 'T'))
    return vietnamTime(ms)
  }
  m = VIETNAMESE.exec(s)
  if (m) {
    const date = makeDate(Number(m[3]), Number(m[2]), Number(m[1]))
    if (!date) return null
    if (m[4] === undefined) return formatDate(date)
    const time = clock(Number(m[4]), Number(m[5]))
    return time === null ? null : formatDate(date) + time
  }
  if (RFC2822.test(s)) return vietnamTime(Date.parse(s))
  return null
}
