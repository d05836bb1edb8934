/**
 * The calendar arithmetic of src/parse/calendar-date.ts (no Date, so no time zone can move a day)
 * checked against date-fns, a devDependency used here only: the core never loads it.
 */
import fc from 'fast-check'
import { getDaysInMonth, isExists, isLeapYear as fnsIsLeapYear, compareAsc, format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { compareDates, formatDate, isLeapYear, lastDayOfMonth, makeDate } from '../src/parse/calendar-date.ts'

const year = fc.integer({ min: 1600, max: 2400 })
const month = fc.integer({ min: 0, max: 13 })
const day = fc.integer({ min: 0, max: 32 })
/** A local-time Date for y-m-d (date-fns reads local dates; only the calendar fields are compared). */
const local = (y: number, m: number, d: number) => {
  const dt = new Date(2000, 0, 1)
  dt.setFullYear(y, m - 1, d)
  return dt
}

describe('calendar dates agree with date-fns', () => {
  it('which days exist (leap years, month lengths, 0 and 13)', () => {
    fc.assert(fc.property(year, month, day, (y, m, d) => {
      expect(makeDate(y, m, d) !== null).toBe(isExists(y, m - 1, d))
    }), { numRuns: 5000 })
  })
  it('leap years and the last day of each month', () => {
    fc.assert(fc.property(year, fc.integer({ min: 1, max: 12 }), (y, m) => {
      expect(isLeapYear(y)).toBe(fnsIsLeapYear(local(y, 1, 1)))
      expect(lastDayOfMonth(y, m)).toBe(getDaysInMonth(local(y, m, 1)))
    }), { numRuns: 3000 })
  })
  it('order and formatting', () => {
    const date = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    fc.assert(fc.property(date, date, ([y1, m1, d1], [y2, m2, d2]) => {
      const a = makeDate(y1, m1, d1)!
      const b = makeDate(y2, m2, d2)!
      expect(Math.sign(compareDates(a, b))).toBe(compareAsc(local(y1, m1, d1), local(y2, m2, d2)))
      expect(formatDate(a)).toBe(format(local(y1, m1, d1), 'yyyy-MM-dd'))
    }), { numRuns: 3000 })
  })
})
