/**
 * The Parquet sink: the rows of one table, written with hyparquet-writer in row groups of 20,000,
 * with the table's fixed column schema. In its own module so that other formats never load the writer.
 */
import { ParquetWriter, fileWriter } from 'hyparquet-writer'
import type { Result } from './result.ts'
import { rowsFor, type Sink } from './sinks.ts'
import { columnsOf, type Cell, type Column, type TableName } from './tables.ts'

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
