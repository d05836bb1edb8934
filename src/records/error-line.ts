import * as z from 'zod'

/** Codes of the CLI's error lines: why an input gave no record. */
export const ErrorCodeSchema = z.string().describe(
  'Why the input gave no record: not_found, permission_denied, read_failed, not_regular_file, symlink_loop, binary, encoding, '
  + 'gzip, empty_line, invalid_json, invalid_row, invalid_csv, missing_text, text_not_string, timeout, worker_crashed, schema, internal_error',
)

/** What the CLI writes in place of a record for an input it could not read or extract. */
export const ErrorLineSchema = z.object({
  id: z.string().nullable().describe('The input\'s id, as a record would have it (row id, else file:line, else the path).'),
  source: z.string().nullable().describe('Where the input came from: a path, path:line, or - for standard input.'),
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string().describe('A readable explanation, naming the input.'),
  }).describe('Why there is no record for this input: a code to match on and a message for people.'),
}).describe(
  'What the CLI writes in place of a record for an input it could not read or extract, so the output has one line per input, in input order.',
)
export type ErrorLine = z.infer<typeof ErrorLineSchema>
