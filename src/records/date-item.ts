import * as z from 'zod'
import { CalendarDateStringSchema, SpanSchema } from './span.ts'

export const PartOfDaySchema = z.enum(['morning', 'noon', 'afternoon', 'evening', 'night'])

/**
 * A date or period written in the article, resolved to calendar days.
 * kind: `date` (a day), `month`, `year`, `quarter`, `period` (6 tháng đầu năm…), `term`
 * (nhiệm kỳ 2020-2025), `range` (giai đoạn 2024 - 2026, từ năm 2010 đến nay).
 */
export const DateItemSchema = z.object({
  kind: z.enum(['date', 'month', 'year', 'quarter', 'period', 'term', 'range']),
  text: z.string(),
  span: SpanSchema,
  rule: z.string(),
  /** For kind `date`: the day, `YYYY-MM-DD`; null when the year is unknown. */
  value: CalendarDateStringSchema.nullable(),
  /** First and last day covered (both equal `value` for a day); null when the year is unknown. */
  start: CalendarDateStringSchema.nullable(),
  end: CalendarDateStringSchema.nullable(),
  partOfDay: PartOfDaySchema.nullable(),
  /** `HH:mm` when a time is written. */
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  /** What the text itself gives. */
  parts: z.object({ year: z.number().int().nullable(), month: z.number().int().nullable(), day: z.number().int().nullable() }),
  /** Where the year came from: the text, the publication date, or the article's other periods. */
  yearFrom: z.enum(['text', 'published', 'context']).nullable(),
})
export type DateItem = z.infer<typeof DateItemSchema>
export type PartOfDay = z.infer<typeof PartOfDaySchema>
