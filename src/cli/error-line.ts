/**
 * The line the CLI writes in place of a record for an input it could not read or process, so
 * that output lines always match inputs: `{"id": …, "source": …, "error": {"code": …, "message": …}}`.
 * Its shape is `ErrorLineSchema` (vn-news-extract/schemas), documented in the README.
 */
export interface ErrorLineFields {
  id: string | null
  source: string | null
  code: string
  message: string
}

export function errorLine(e: ErrorLineFields, pretty = false): string {
  const line = { id: e.id, source: e.source, error: { code: e.code, message: e.message } }
  return pretty ? JSON.stringify(line, null, 2) : JSON.stringify(line)
}
