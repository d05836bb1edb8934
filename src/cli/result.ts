/**
 * What passes between the CLI's reader, its workers and its sinks: a task (one article), the
 * output's shape, the result (a JSON line, table rows, report parts, or an error), and the memory a
 * worker shares with the pool. Types and small constructors only, so the main thread can handle
 * results without loading the core.
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

/** An error line's message: `what` and the error's own message, cut to 300 characters. */
export function failureMessage(what: string, error: unknown): string {
  return `${what}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300)
}

/** Bytes of the memory a worker shares with the pool ({@link sharedSlot}). */
export const SHARED_SLOT_BYTES = 16

/**
 * The views of the memory a worker shares with the pool, laid out once for both sides: the article
 * in hand (its seq, -1 when idle), 1 until the worker's first article is done, and since when the
 * article in hand has been processed (ms since the epoch).
 */
export function sharedSlot(shared: SharedArrayBuffer): { inHand: Int32Array; fresh: Int32Array; since: Float64Array } {
  return { inHand: new Int32Array(shared, 0, 1), fresh: new Int32Array(shared, 4, 1), since: new Float64Array(shared, 8, 1) }
}
