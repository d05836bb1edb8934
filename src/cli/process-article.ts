/**
 * One article through the core, as the CLI's workers run it: extract, add what the reader noted
 * about the input to the record's issues, validate the record at the boundary (zod), and serialise
 * it. Never throws: a record that fails validation becomes an error line.
 */
import { extract } from '../extract.ts'
import { ArticleRecordSchema } from '../records/article.ts'
import { errorLine } from './error-line.ts'
import type { ArticleItem } from './read-articles.ts'

export interface Task extends Omit<ArticleItem, 'kind'> {
  seq: number
}

export interface Result {
  seq: number
  /** The output line (without its newline), a record or an error line. */
  line: string
  /** The error's code when the line is an error line. */
  error: string | null
}

export function processArticle(task: Task, pretty: boolean): Result {
  try {
    const record = extract(task.text, { source: task.source, id: task.id, published: task.published, format: task.format })
    for (const n of task.notes) record.issues.push({ code: n.code, severity: 'warning', message: n.message })
    const checked = ArticleRecordSchema.safeParse(record)
    if (!checked.success) {
      const message = `record failed schema validation: ${checked.error.message.slice(0, 300)}`
      return { seq: task.seq, line: errorLine({ id: task.id, source: task.source, code: 'schema', message }, pretty), error: 'schema' }
    }
    return { seq: task.seq, line: pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record), error: null }
  } catch (error) {
    const message = `processing failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300)
    return { seq: task.seq, line: errorLine({ id: task.id, source: task.source, code: 'internal_error', message }, pretty), error: 'internal_error' }
  }
}
