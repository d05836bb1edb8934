import * as z from 'zod'
import { CalendarDateStringSchema, SpanSchema } from './span.ts'

export const PartOfDaySchema = z.enum(['morning', 'noon', 'afternoon', 'evening', 'night']).describe(
  'Part of the day written before a day: sáng → morning, trưa → noon, chiều → afternoon, tối → evening, đêm → night.',
)

/**
 * A date or period written in the article, resolved to calendar days.
 * kind: `date` (a day), `month`, `year`, `quarter`, `period` (6 tháng đầu năm…), `term`
 * (nhiệm kỳ 2020-2025), `range` (giai đoạn 2024 - 2026, từ năm 2010 đến nay).
 */
export const DateItemSchema = z.object({
  kind: z.enum(['date', 'month', 'year', 'quarter', 'period', 'term', 'range']).describe(
    'What was written: `date` a day (`Chiều 12/7`, `ngày 14-6-2024`), `month` (`tháng 7/2024`), `year` (`năm 2023`), `quarter` (`quý III/2023`), '
    + '`period` months of a year (`6 tháng đầu năm 2023`, `9 tháng`), `term` (`nhiệm kỳ 2020-2025`), `range` of years (`giai đoạn 2024 - 2026`, `từ năm 2010 đến nay`).',
  ),
  text: z.string().describe('The date expression exactly as in the original input, cue words included (`Chiều 12/7`, `ngày 24/02/2022`).'),
  span: SpanSchema.describe('Where `text` is in the original input (UTF-16 offsets).'),
  rule: z.string().describe('The grammar that matched: `date/day`, `date/month`, `date/year`, `date/quarter`, `date/period` or `date/year-range`.'),
  /** For kind `date`: the day, `YYYY-MM-DD`; null when the year is unknown. */
  value: CalendarDateStringSchema.nullable().describe(
    'For kind `date`: the day, `YYYY-MM-DD` (`Chiều 12/7` in an article published 2023-07-13 → `2023-07-12`). Null for other kinds, and when the year is unknown.',
  ),
  /** First and last day covered (both equal `value` for a day); null when the year is unknown. */
  start: CalendarDateStringSchema.nullable().describe(
    'First day covered, `YYYY-MM-DD` (equals `value` for a day; 1 January of the first year for a term or range). Null when the year is unknown.',
  ),
  end: CalendarDateStringSchema.nullable().describe(
    'Last day covered, `YYYY-MM-DD` (`6 tháng đầu năm 2023` → `2023-06-30`; 31 December of the last year for a term or range). '
    + 'For `… đến nay` it is the publication date. Null when the year, or for `đến nay` the publication date, is unknown.',
  ),
  partOfDay: PartOfDaySchema.nullable().describe('For a day: the part of the day written before it (`Chiều 12/7` → `afternoon`); else null.'),
  /** `HH:mm` when a time is written. */
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable().describe('`HH:mm` time of day written with the date. Reserved: this version never fills it, so it is always null.'),
  /** What the text itself gives. */
  parts: z.object({
    year: z.number().int().nullable().describe('The year as written (`quý III/2023` → 2023); null when not written. Null for terms and ranges, whose years are in `start`/`end`.'),
    month: z.number().int().nullable().describe('The month as written, 1–12, for a day or a month; null otherwise (quarters and periods give none).'),
    day: z.number().int().nullable().describe('The day of the month as written, for kind `date`; null otherwise.'),
  }).describe('What the text itself gives, before any year is filled in from elsewhere.'),
  /** Where the year came from: the text, the publication date, or the article's other periods. */
  yearFrom: z.enum(['text', 'published', 'context']).nullable().describe(
    'Where the year came from: `text` written in the expression (always for terms and ranges); `published` the publication date (the `published` option, else the stamp in the text): '
    + 'the latest year in which the day, or the first month of the period, falls on or before it; `context` the year of another month, quarter or period in the same '
    + 'sentence (for those kinds), or, with no publication date, the latest year the article writes, targets like `đến năm 2030` left out. Null when the year is unknown.',
  ),
}).describe('A date or period written in the article, resolved to calendar days: one day, month, year, quarter, months of a year, term, or range of years.')
export type DateItem = z.infer<typeof DateItemSchema>
export type PartOfDay = z.infer<typeof PartOfDaySchema>
