/**
 * What passes between the CLI's reader, its workers and its sinks: a task (one article), the
 * output's shape, and the result (a JSON line, table rows, report parts, or an error). Types and
 * one constructor only, so the main thread can handle results without loading the core.
 */
import type { ErrorLine } from '../records/error-line.ts'
import type { IndexRow } from '../report/index-row.ts'
import type { ArticleItem } from './read-articles.ts'
import type { Row, TableName } from './tables.ts'

export interface Task extends Omit<ArticleItem, 'kind'> {
  seq: number
}

/** What the output wants of each article: a JSON line (pretty or not), the rows of one table, or the report's parts. */
export type Shape = { kind: 'jsonl'; pretty: boolean } | { kind: 'table'; table: TableName } | { kind: 'html' }

/** An article in the HTML report: its data block's JSON (record and input, `<` escaped) and its index row. */
export interface ReportPart {
  block: string
  row: IndexRow
}

export interface Result {
  seq: number
  /** The record's JSON line (JSONL output). */
  line: string | null
  /** The record's rows (table output). */
  rows: Row[] | null
  /** The article's parts of the HTML report. */
  report?: ReportPart | null
  /** Set when the input gave no record. */
  error: ErrorLine | null
}

export function failed(seq: number, id: string | null, source: string | null, code: string, message: string): Result {
  return { seq, line: null, rows: null, error: { id, source, error: { code, message } } }
}
