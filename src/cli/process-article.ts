/**
 * One article through the core, as the CLI's workers run it: extract, add what the reader noted
 * about the input to the record's issues, check the record against its JSON Schema at the boundary
 * (src/cli/check-record.ts, the zod schema's JSON Schema without loading zod), and give it
 * in the output's shape (a JSON line, table rows, or the HTML report's block and index row). Never
 * throws: a record that fails validation, or any failure, becomes an error.
 */
import { extract } from '../extract.ts'
import { looksLikeHtml } from '../normalize/strip-html.ts'
import { articleEntry } from '../report/article-entry.ts'
import { indexRow } from '../report/index-row.ts'
import { jsonForScript } from '../report/page.ts'
import { checkRecord } from './check-record.ts'
import { extractPageWith } from '../page/extract-page.ts'
import type { PageInfo } from '../page/read-page.ts'
import type { PageReader } from './page-reader.ts'
import { failed, failureMessage, type Result, type Shape, type Task } from './result.ts'
import { rowsOf } from './tables.ts'

/** `extractPage` with this module's core and the given DOM reading (page-reader.ts loads it). */
export function pageReaderFrom(read: (html: string) => PageInfo): PageReader {
  return (html, options) => extractPageWith(read, html, options)
}

/** True when the task is a whole page, read by the page reader (see {@link processArticle}). */
export function isPage(task: Task): boolean {
  return task.format === 'html' || (task.format === 'auto' && looksLikePage(task.text))
}

/** HTML with a document structure (not a fragment of a few paragraphs). */
function looksLikePage(text: string): boolean {
  return looksLikeHtml(text) && /<(?:html|head|body|article|main)[\s>]/i.test(text.length > 200_000 ? text.slice(0, 200_000) : text)
}

/**
 * One article. A whole page (an .html file, an html field, or text with a page's <head>/<body>) goes
 * through the page reader, which keeps the article body and reads the page's metadata (the caller
 * loads it first: {@link isPage}, `loadPageReader` in page-reader.ts); anything else is read as is.
 */
export function processArticle(task: Task, shape: Shape, readPage: PageReader | null): Result {
  try {
    const page = isPage(task)
    if (page && !readPage) return failed(task.seq, task.id, task.source, 'internal_error', 'the page reader was not loaded')
    const record = page
      ? readPage!(task.text, { source: task.source, id: task.id, published: task.published, fallbackPublished: task.fallbackPublished })
      : extract(task.text, { source: task.source, id: task.id, published: task.published ?? task.fallbackPublished, format: task.format })
    for (const n of task.notes) record.issues.push({ code: n.code, severity: 'warning', message: n.message })
    const invalid = checkRecord(record)
    if (invalid !== null) return failed(task.seq, task.id, task.source, 'schema', `record failed schema validation: ${invalid}`.slice(0, 300))
    if (shape.kind === 'table') return { seq: task.seq, line: null, rows: rowsOf(shape.table, record), error: null }
    if (shape.kind === 'html') return { seq: task.seq, line: null, rows: null, report: { block: jsonForScript(articleEntry(task.text, record)), row: indexRow(record) }, error: null }
    return { seq: task.seq, line: shape.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record), rows: null, error: null }
  } catch (error) {
    return failed(task.seq, task.id, task.source, 'internal_error', failureMessage('processing failed', error))
  }
}
