/**
 * Where results go, in input order: JSON lines (a record or an error line per input), CSV rows of
 * one table (a header first), or a Parquet file of one table written row group by row group (so
 * memory stays flat). Table columns and types are fixed by tables.ts, whatever a batch holds.
 */
import { errorLine } from './error-line.ts'
import type { Result } from './result.ts'
import { columnsOf, errorRows, type Cell, type Row, type TableName } from './tables.ts'

export const OUTPUT_FORMATS = ['jsonl', 'csv', 'parquet', 'html'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export interface Sink {
  /** The text to write for this result (null when the sink writes its own file). */
  take(r: Result): string | null
  /** Writes what is left (a Parquet footer), or returns the text that ends the output (the report's index and script). */
  finish(): string | null
}

export class JsonlSink implements Sink {
  constructor(private readonly pretty: boolean) {}
  take(r: Result): string {
    if (r.line !== null) return `${r.line}\n`
    const e = r.error!
    return `${errorLine({ id: e.id, source: e.source, code: e.error.code, message: e.error.message }, this.pretty)}\n`
  }
  finish(): null {
    return null
  }
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or outer space; null is empty. */
export function csvField(v: Cell): string {
  if (v === null) return ''
  const s = typeof v === 'string' ? v : String(v)
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** A result's rows for `table`: the record's, or the one row an error line makes. */
export const rowsFor = (table: TableName, r: Result): Row[] => (r.error ? errorRows(table, r.error) : r.rows ?? [])

export class CsvSink implements Sink {
  private header = true
  constructor(private readonly table: TableName) {}
  take(r: Result): string {
    let out = ''
    if (this.header) {
      out = `${columnsOf(this.table).map((c) => c.name).join(',')}\n`
      this.header = false
    }
    for (const row of rowsFor(this.table, r)) out += `${row.map(csvField).join(',')}\n`
    return out
  }
  finish(): null {
    return null
  }
}

