/**
 * `--format html`: the audit report, one self-contained HTML file written as a stream. The page
 * shell (style sheet, Content-Security-Policy) goes first, then one data block per input in input
 * order (its record and the input it points into, or its error line), then the index of every input
 * and the page script. The output depends only on the inputs and the package: same inputs, same bytes.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { errorEntry } from '../report/article-entry.ts'
import { errorRow, type IndexRow } from '../report/index-row.ts'
import { dataBlock, inlineScript, jsonForScript, shellEnd, shellStart } from '../report/page.ts'
import { REPORT_CSS } from '../report/styles.ts'
import type { Result } from './result.ts'
import type { Sink } from './sinks.ts'

const sha256 = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`

/**
 * The report's page script, bundled by the build: dist/report.global.js beside dist/cli.js, or
 * (running from sources) in dist/ of the checkout. Throws when it has not been built.
 */
export function loadReportScript(): string {
  for (const path of ['./report.global.js', '../../dist/report.global.js']) {
    try {
      return readFileSync(new URL(path, import.meta.url), 'utf8')
    } catch {
      // try the next place
    }
  }
  throw new Error('the report\'s page script (dist/report.global.js) is missing: run npm run build')
}

export class HtmlSink implements Sink {
  private readonly script: string
  private started = false
  private readonly rows: IndexRow[] = []

  constructor(private readonly generator: string, script = loadReportScript()) {
    this.script = inlineScript(script)
  }

  take(r: Result): string {
    const n = this.rows.length
    let block: string
    if (r.error !== null || !r.report) {
      const line = r.error ?? { id: null, source: null, error: { code: 'internal_error', message: 'no report data for this input' } }
      this.rows.push(errorRow(line))
      block = jsonForScript(errorEntry(line))
    } else {
      this.rows.push(r.report.row)
      block = r.report.block
    }
    return this.head() + dataBlock(`vne-a-${n}`, block)
  }

  finish(): string {
    return this.head() + dataBlock('vne-index', jsonForScript({ generator: this.generator, rows: this.rows })) + shellEnd(this.script)
  }

  /** The shell's start, the first time only. */
  private head(): string {
    if (this.started) return ''
    this.started = true
    return shellStart({ title: 'vn-news-extract report', css: REPORT_CSS, styleHash: sha256(REPORT_CSS), scriptHash: sha256(this.script), generator: this.generator })
  }
}
