/** Input formats the CLI reads, and how a file's name says which. */

export const INPUT_FORMATS = ['text', 'html', 'jsonl', 'csv'] as const
export type InputFormat = (typeof INPUT_FORMATS)[number]

const BY_EXTENSION = new Map<string, InputFormat>([
  ['.txt', 'text'], ['.text', 'text'], ['.html', 'html'], ['.htm', 'html'], ['.xhtml', 'html'],
  ['.jsonl', 'jsonl'], ['.ndjson', 'jsonl'], ['.csv', 'csv'],
])

/** The format of a path by its extension (`.gz` of any of them too), or null for other files. */
export function formatOfPath(path: string): { format: InputFormat; gzip: boolean } | null {
  const lower = path.toLowerCase()
  const gzip = lower.endsWith('.gz')
  const base = gzip ? lower.slice(0, -3) : lower
  const dot = base.lastIndexOf('.')
  const slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'))
  if (dot <= slash) return null
  const format = BY_EXTENSION.get(base.slice(dot))
  return format ? { format, gzip } : null
}
