/**
 * RFC 4180 CSV, read incrementally from text chunks: quoted fields with `""` escapes and line
 * breaks inside them, CRLF, LF or CR row ends, a BOM before the header, blank lines skipped. One
 * pass over the characters (a state machine: no regex, no backtracking). Each row carries the
 * physical line it starts on.
 */

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number
  fields: string[]
}

const QUOTE = 0x22
const COMMA = 0x2c
const LF = 0x0a
const CR = 0x0d

export class CsvReader {
  private field = ''
  private fields: string[] = []
  /** The current field opened with a quote. */
  private quoted = false
  /** Inside a quoted field's quotes. */
  private inQuotes = false
  /** A quote seen inside quotes: the field's end, or the first half of `""`. */
  private quotePending = false
  /** The row has content (a character or a separator). */
  private rowStarted = false
  private line = 1
  private rowLine = 1
  /** The previous chunk ended with CR: a LF opening this one is the same line end. */
  private afterCr = false
  private first = true

  /** Rows completed by this chunk. */
  push(chunk: string): CsvRow[] {
    const rows: CsvRow[] = []
    let i = 0
    if (this.first && chunk.length > 0) {
      this.first = false
      if (chunk.charCodeAt(0) === 0xfeff) i = 1
    }
    if (this.afterCr && i < chunk.length) {
      this.afterCr = false
      if (chunk.charCodeAt(i) === LF) i++
    }
    let run = -1 // start of a run of ordinary characters, appended to the field in one slice
    const flush = (to: number) => {
      if (run >= 0) {
        this.field += chunk.slice(run, to)
        run = -1
      }
    }
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i)
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false
          if (c === QUOTE) {
            this.field += '"'
            continue
          }
          this.inQuotes = false // that quote closed the field; this character is read as outside quotes
        } else {
          if (c === QUOTE) {
            flush(i)
            this.quotePending = true
          } else {
            if (c === LF || (c === CR && chunk.charCodeAt(i + 1) !== LF)) this.line++
            if (run < 0) run = i
          }
          continue
        }
      }
      if (c === QUOTE && !this.quoted && this.field.length === 0 && run < 0) {
        this.quoted = true
        this.inQuotes = true
        this.rowStarted = true
        continue
      }
      if (c === COMMA) {
        flush(i)
        this.endField()
        continue
      }
      if (c === LF || c === CR) {
        flush(i)
        if (c === CR) {
          if (i + 1 < chunk.length) {
            if (chunk.charCodeAt(i + 1) === LF) i++
          } else this.afterCr = true
        }
        this.endRow(rows)
        this.line++
        this.rowLine = this.line
        continue
      }
      this.rowStarted = true
      if (run < 0) run = i
    }
    flush(chunk.length)
    return rows
  }

  /** The last row when the text does not end with a line break, and whether a quoted field was left open. */
  end(): { rows: CsvRow[]; unterminated: boolean } {
    const unterminated = this.inQuotes && !this.quotePending
    const rows: CsvRow[] = []
    this.endRow(rows)
    return { rows, unterminated }
  }

  private endField(): void {
    this.fields.push(this.field)
    this.field = ''
    this.quoted = false
    this.rowStarted = true
  }

  private endRow(rows: CsvRow[]): void {
    if (!this.rowStarted && this.field.length === 0 && this.fields.length === 0) return // a blank line
    this.endField()
    rows.push({ line: this.rowLine, fields: this.fields })
    this.fields = []
    this.rowStarted = false
  }
}
