import * as z from 'zod'
import { CalendarDateStringSchema, SpanSchema } from './span.ts'

export const PartOfDaySchema = z.enum(['morning', 'noon', 'afternoon', 'evening', 'night']).describe(
  'Part of the day written before a day: sáng → morning, trưa → noon, chiều → afternoon, tối → evening, đêm → night.',
)

/**
 * A date or period written in the article, resolved to calendar days.
 * kind: `date` (a day, or a run of days), `month`, `year`, `quarter`, `period` (6 tháng đầu năm…), `term`
 * (nhiệm kỳ 2020-2025), `range` (giai đoạn 2024 - 2026, từ năm 2010 đến nay, tuần trước, 5 năm qua).
 */
export const DateItemSchema = z.object({
  kind: z.enum(['date', 'month', 'year', 'quarter', 'period', 'term', 'range']).describe(
    'What was written: `date` a day (`Chiều 12/7`, `ngày 14-6-2024`, `hôm qua`, `Thứ Hai (15/7)`, `lúc 14h30 ngày 12/7`) or a run of days (`ngày 3 - 5/9/1945`), '
    + '`month` (`tháng 7/2024`, `tháng trước`, `tháng 9 tới`), `year` (`năm 2023`, `năm nay`, `năm ngoái`), `quarter` (`quý III/2023`, `quý này`), '
    + '`period` months of a year (`6 tháng đầu năm 2023`, `9 tháng`), `term` (`nhiệm kỳ 2020-2025`), `range` of years (`giai đoạn 2024 - 2026`, `từ năm 2010 đến nay`) '
    + 'or of days counted from the publication date (`tuần trước`, `5 năm qua`). A lunar day (`mùng 6 tháng Giêng`, `ngày 15 tháng 7 âm lịch`) is not an item.',
  ),
  text: z.string().describe('The date expression exactly as in the original input, cue words included (`Chiều 12/7`, `ngày 24/02/2022`).'),
  span: SpanSchema.describe('Where `text` is in the original input (UTF-16 offsets).'),
  rule: z.string().describe(
    'The grammar that matched: `date/day`, `date/day-range`, `date/relative-day`, `date/weekday`, `date/timed-day`, `date/month`, `date/year`, '
    + '`date/relative-period`, `date/span-to-now`, `date/quarter`, `date/period` or `date/year-range`.',
  ),
  /** For kind `date`: the day, `YYYY-MM-DD`; null when the year is unknown. */
  value: CalendarDateStringSchema.nullable().describe(
    'For kind `date`: the day, `YYYY-MM-DD` (`Chiều 12/7` in an article published 2023-07-13 → `2023-07-12`; `hôm qua` → the day before the publication date); '
    + 'for a run of days, its first day. Null for other kinds, and when the year (or, for `hôm qua`, the publication date) is unknown.',
  ),
  /** First and last day covered (both equal `value` for a day); null when the year is unknown. */
  start: CalendarDateStringSchema.nullable().describe(
    'First day covered, `YYYY-MM-DD` (equals `value` for a day; 1 January of the first year for a term or range of years). Null when the year is unknown.',
  ),
  end: CalendarDateStringSchema.nullable().describe(
    'Last day covered, `YYYY-MM-DD` (`6 tháng đầu năm 2023` → `2023-06-30`; `ngày 3 - 5/9/1945` → `1945-09-05`; 31 December of the last year for a term or range of years). '
    + 'For `… đến nay` and `5 năm qua` it is the publication date. Null when the year, or for those the publication date, is unknown.',
  ),
  partOfDay: PartOfDaySchema.nullable().describe('For a day: the part of the day written before it (`Chiều 12/7` → `afternoon`); else null.'),
  /** `HH:mm` when a time is written. */
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable().describe(
    'For a day: `HH:mm`, the clock time written before it (`lúc 14h30 ngày 12/7` → `14:30`; `2 giờ chiều 5/7` → `14:00`); else null.',
  ),
  /** What the text itself gives. */
  parts: z.object({
    year: z.number().int().nullable().describe('The year as written (`quý III/2023` → 2023); null when not written. Null for terms and ranges, whose years are in `start`/`end`.'),
    month: z.number().int().nullable().describe('The month as written, 1–12, for a day or a month; null otherwise (quarters and periods give none).'),
    day: z.number().int().nullable().describe('The day of the month as written, for kind `date`; null otherwise (and for `hôm qua`, which writes none).'),
  }).describe(
    'What the text itself gives, before any year is filled in from elsewhere. For a run of days, its first day: the month and year of the last when the first has none (`ngày 3 - 5/9/1945` → 1945, 9, 3).',
  ),
  /** Where the year came from: the text, the publication date, or what the story says. */
  yearFrom: z.enum(['text', 'published', 'context']).nullable().describe(
    'Where the year came from: `text` written in the expression (always for terms and ranges of years); `published` the publication date (the `published` option, else the stamp in the text): '
    + 'the latest year in which the day, or the first month of the period, falls on or before it (`tháng 9 tới`: after it; a weekday written with the day picks the nearby year in which '
    + 'the day falls on it; `hôm qua`, `năm ngoái`, `tuần trước` are counted from it); `context` the year of another month, quarter or period in the same sentence (for those kinds), '
    + 'or, with no publication date, what the story says: for a day, a congress of a term in its sentence (`nhiệm kỳ 2005-2010` → 2005), a full day written within 45 days, '
    + 'a period reviewed or planned in its sentence, the story\'s latest reporting period, else its latest year (birth years and targets like `đến năm 2030` left out; a year it plans '
    + 'puts a day from October on in the year before, a year it only reports puts a day up to June in the next year), moved on a year when the day would fall 120 days or more '
    + 'before the latest full day written, and onto a deadline (`trước ngày 15-7-2017`); for other kinds, the latest year. Null when the year is unknown.',
  ),
}).describe('A date or period written in the article, resolved to calendar days: one day, month, year, quarter, months of a year, term, or range of years.')
export type DateItem = z.infer<typeof DateItemSchema>
export type PartOfDay = z.infer<typeof PartOfDaySchema>
