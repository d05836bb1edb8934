import * as z from 'zod'

/** UTF-16 offsets into the ORIGINAL input: `input.slice(start, end)` is the item's text. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type Span = z.infer<typeof SpanSchema>

/** A piece of the input: its text and where it is. */
export const TextItemSchema = z.object({ text: z.string(), span: SpanSchema })
export type TextItem = z.infer<typeof TextItemSchema>

/** `YYYY-MM-DD`. */
export const CalendarDateStringSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
