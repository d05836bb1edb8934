import * as z from 'zod'
import { CalendarDateStringSchema, SpanSchema, TextItemSchema } from './span.ts'
import { PartOfDaySchema } from './date-item.ts'

const PeriodSchema = TextItemSchema.extend({ start: CalendarDateStringSchema.nullable(), end: CalendarDateStringSchema.nullable() })

/** A meeting or working session the article reports as held. */
export const MeetingSchema = z.object({
  /** Kind key: `review-midterm` (sơ kết), `review-final` (tổng kết), `briefing` (giao ban), `working-session`… */
  kind: z.string(),
  /** The kind as written: `Hội nghị sơ kết`, `Hội nghị Ban Chấp hành mở rộng lần thứ 16`. */
  kindText: z.string(),
  /** `lần thứ 16` → 16. */
  ordinal: z.number().int().nullable(),
  date: CalendarDateStringSchema.nullable(),
  partOfDay: PartOfDaySchema.nullable(),
  /** Where the date was written. */
  dateText: TextItemSchema.nullable(),
  /** The body that held it (`Ban Tổ chức Tỉnh ủy đã tổ chức Hội nghị…`). */
  organiser: TextItemSchema.nullable(),
  /** For a working session, the body worked with (`làm việc với Ban Thường vụ Tỉnh ủy`); one session per body when several are named. */
  host: TextItemSchema.nullable(),
  /** Names of the people said to chair it. */
  chairs: z.array(z.string()),
  /** Names of the people said to attend. */
  attendees: z.array(z.string()),
  /** The period it reviews (`sơ kết … 6 tháng đầu năm 2023`) and the one it plans (`triển khai nhiệm vụ 6 tháng cuối năm`). */
  periodReviewed: PeriodSchema.nullable(),
  periodPlanned: PeriodSchema.nullable(),
  /** `nhằm …`: what it was for. */
  purpose: TextItemSchema.nullable(),
  text: z.string(),
  span: SpanSchema,
  rule: z.string(),
  mentions: z.array(TextItemSchema),
})
export type Meeting = z.infer<typeof MeetingSchema>
