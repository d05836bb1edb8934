import * as z from 'zod'
import { SpanSchema } from './span.ts'

/** Problems found while reading an input; the record is still valid. */
export const IssueCodeSchema = z.enum([
  'input_empty', 'input_binary', 'input_truncated', 'input_encoding', 'not_vietnamese', 'invalid_input', 'invalid_published', 'invalid_option',
  'internal_error',
]).describe(
  'What went wrong: `input_empty` empty or whitespace only (nothing extracted); `input_binary` NUL or control bytes (nothing extracted); '
  + '`input_truncated` longer than `maxLength` (or the CLI\'s per-file limit), only the start read; `input_encoding` (CLI) decoded from UTF-16 or Windows-1258, or bad bytes replaced; '
  + '`not_vietnamese` the text does not look Vietnamese; `invalid_input` the input was not a string; `invalid_published` the publication date given could not be read, or had an impossible time (the date then kept); '
  + '`invalid_option` an option could not be read or had a bad value; `internal_error` extraction failed and the record is empty.',
)
export const IssueSchema = z.object({
  code: IssueCodeSchema,
  severity: z.enum(['info', 'warning', 'error']).describe(
    '`info` nothing to fix (an empty input); `warning` the record is usable but may be incomplete; `error` little or nothing could be extracted (binary or unreadable input, internal error).',
  ),
  message: z.string().describe('A readable explanation (English), for people; match on `code`, not on this text.'),
  span: SpanSchema.optional().describe('For `input_truncated`: the part of the input that was read, `{start: 0, end: cut}`. Absent for other codes.'),
}).describe('A problem found while reading the input. The record is still valid; with some codes (`input_empty`, `input_binary`, `internal_error`) it is empty.')
export type Issue = z.infer<typeof IssueSchema>
export type IssueCode = z.infer<typeof IssueCodeSchema>
