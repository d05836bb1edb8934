/** One line of the report's index: what a reviewer scans a batch by. */
import type { ArticleRecord } from '../records/article.ts'
import type { ErrorLine } from '../records/error-line.ts'
import { KINDS } from './kinds.ts'

export interface IndexRow {
  id: string | null
  source: string | null
  title: string | null
  published: string | null
  /** Items per kind, in the order of KINDS. */
  counts: number[]
  /** Issue codes of the record. */
  issues: string[]
  /** The error of an input that gave no record. */
  error: { code: string; message: string } | null
}

/** The index row of a record. */
export function indexRow(record: ArticleRecord): IndexRow {
  return {
    id: record.id,
    source: record.source,
    title: record.title?.text ?? null,
    published: record.published,
    counts: KINDS.map((k) => {
      const v = record[k.field]
      return Array.isArray(v) ? v.length : v ? 1 : 0
    }),
    issues: record.issues.map((i) => i.code),
    error: null,
  }
}

/** The index row of an input that gave an error line. */
export function errorRow(line: ErrorLine): IndexRow {
  return { id: line.id, source: line.source, title: null, published: null, counts: KINDS.map(() => 0), issues: [], error: { code: line.error.code, message: line.error.message } }
}
