/**
 * Where results go, in input order: JSON lines (a record or an error line per input), CSV rows of
 * one table (a header first), or a Parquet file of one table written row group by row group (so
 * memory stays flat). Table columns and types are fixed by tables.ts, whatever a batch holds.
 */
import { ParquetWriter, fileWriter } from 'hyparquet-writer'
import { errorLine } from './error-line.ts'
import type { Result } from './process-article.ts'
import { columnsOf, errorRows, type Cell, type Column, type Row, type TableName } from './tables.ts'

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

const rowsFor = (table: TableName, r: Result): Row[] => (r.error ? errorRows(table, r.error) : r.rows ?? [])

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

const PARQUET_TYPES: Record<Column['type'], { type: 'BYTE_ARRAY' | 'INT32' | 'DOUBLE' | 'BOOLEAN'; converted_type?: 'UTF8' }> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' }, int: { type: 'INT32' }, double: { type: 'DOUBLE' }, boolean: { type: 'BOOLEAN' },
}
const ROW_GROUP = 20_000

export class ParquetSink implements Sink {
  private readonly columns: Column[]
  private readonly writer: ParquetWriter
  private data: Cell[][]
  private rows = 0

  constructor(private readonly table: TableName, path: string) {
    this.columns = columnsOf(table)
    this.data = this.columns.map(() => [])
    const schema = [
      { name: 'root', num_children: this.columns.length },
      ...this.columns.map((c) => ({ name: c.name, ...PARQUET_TYPES[c.type], repetition_type: 'OPTIONAL' as const })),
    ]
    this.writer = new ParquetWriter({ writer: fileWriter(path), schema, createdBy: 'vn-news-extract', kvMetadata: [{ key: 'vn-news-extract.table', value: table }] })
  }

  take(r: Result): null {
    for (const row of rowsFor(this.table, r)) {
      row.forEach((v, k) => this.data[k]!.push(v))
      if (++this.rows % ROW_GROUP === 0) this.flush()
    }
    return null
  }

  finish(): null {
    this.flush()
    this.writer.finish()
    return null
  }

  private flush(): void {
    if (this.data[0]!.length === 0) return
    const columnData = this.columns.map((c, k) => ({ name: c.name, data: this.data[k]!, nullable: true }))
    void this.writer.write({ columnData, rowGroupSize: ROW_GROUP })
    this.data = this.columns.map(() => [])
  }
}
