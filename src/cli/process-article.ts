/**
 * One article through the core, as the CLI's workers run it: extract, add what the reader noted
 * about the input to the record's issues, validate the record at the boundary (zod), and give it
 * in the output's shape (a JSON line, table rows, or the HTML report's block and index row). Never
 * throws: a record that fails validation, or any failure, becomes an error.
 */
import { extract } from '../extract.ts'
import { looksLikeHtml } from '../normalize/strip-html.ts'
import { extractPage } from '../page/index.ts'
import { ArticleRecordSchema } from '../records/article.ts'
import type { ErrorLine } from '../records/error-line.ts'
import { articleEntry } from '../report/article-entry.ts'
import { indexRow, type IndexRow } from '../report/index-row.ts'
import { jsonForScript } from '../report/page.ts'
import type { ArticleItem } from './read-articles.ts'
import { rowsOf, type Row, type TableName } from './tables.ts'

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

/** HTML with a document structure (not a fragment of a few paragraphs). */
function looksLikePage(text: string): boolean {
  return looksLikeHtml(text) && /<(?:html|head|body|article|main)[\s>]/i.test(text.length > 200_000 ? text.slice(0, 200_000) : text)
}

export function processArticle(task: Task, shape: Shape): Result {
  try {
    // A whole page (an .html file, an html field, or text with a page's <head>/<body>) goes through the
    // page reader, which keeps the article body and reads the page's metadata; anything else is read as is.
    const page = task.format === 'html' || (task.format === 'auto' && looksLikePage(task.text))
    const record = page
      ? extractPage(task.text, { source: task.source, id: task.id, published: task.published, fallbackPublished: task.fallbackPublished })
      : extract(task.text, { source: task.source, id: task.id, published: task.published ?? task.fallbackPublished, format: task.format })
    for (const n of task.notes) record.issues.push({ code: n.code, severity: 'warning', message: n.message })
    const checked = ArticleRecordSchema.safeParse(record)
    if (!checked.success) return failed(task.seq, task.id, task.source, 'schema', `record failed schema validation: ${checked.error.message.slice(0, 300)}`)
    if (shape.kind === 'table') return { seq: task.seq, line: null, rows: rowsOf(shape.table, record), error: null }
    if (shape.kind === 'html') return { seq: task.seq, line: null, rows: null, report: { block: jsonForScript(articleEntry(task.text, record)), row: indexRow(record) }, error: null }
    return { seq: task.seq, line: shape.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record), rows: null, error: null }
  } catch (error) {
    return failed(task.seq, task.id, task.source, 'internal_error', `processing failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300))
  }
}
