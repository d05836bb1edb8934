import * as z from 'zod'
import { SpanSchema } from './span.ts'

/** Problems found while reading an input; the record is still valid. */
export const IssueCodeSchema = z.enum([
  'input_empty', 'input_binary', 'input_truncated', 'input_encoding', 'not_vietnamese', 'invalid_input', 'invalid_published', 'invalid_option',
  'internal_error',
])
export const IssueSchema = z.object({
  code: IssueCodeSchema,
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  span: SpanSchema.optional(),
})
export type Issue = z.infer<typeof IssueSchema>
export type IssueCode = z.infer<typeof IssueCodeSchema>
