import * as z from 'zod'

/** UTF-16 offsets into the ORIGINAL input: `input.slice(start, end)` is the item's text. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative().describe(
    'Offset of the first UTF-16 code unit, counted from 0 in the ORIGINAL input (before HTML stripping or any normalisation).',
  ),
  end: z.number().int().nonnegative().describe(
    'Offset just past the last UTF-16 code unit (exclusive), in the ORIGINAL input; equals `start` for an empty span.',
  ),
}).describe(
  'Where an item is: UTF-16 code-unit offsets [start, end) into the ORIGINAL input, so `input.slice(start, end)` (JavaScript) is its text. '
  + 'In Python slice `input.encode(\'utf-16-le\')[2*start:2*end].decode(\'utf-16-le\')`; `input[start:end]` agrees only when the input has no characters outside the BMP.',
)
export type Span = z.infer<typeof SpanSchema>

/** A piece of the input: its text and where it is. */
export const TextItemSchema = z.object({
  text: z.string().describe('The text exactly as it is in the original input (`input.slice(span.start, span.end)`): not normalised, so it may be NFD or contain CRLF, HTML entities or tags.'),
  span: SpanSchema,
}).describe('A piece of the original input: its text and its span.')
export type TextItem = z.infer<typeof TextItemSchema>

/** `YYYY-MM-DD`. */
export const CalendarDateStringSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A calendar day, `YYYY-MM-DD`.')
