/** Running the CLI (from sources) for the report tests, and finding each record's input again. */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleRecord } from '../../src/records/article.ts'
import type { ErrorLine } from '../../src/records/error-line.ts'
import { ROOT } from './fixtures.ts'

const CLI = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts')]

export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, '--no-progress', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 300_000 })
  if (r.error) throw r.error
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The JSONL output for `inputs`: a record or an error line per input, in order. */
export function recordsOf(inputs: string[], extra: string[] = []): Array<ArticleRecord | ErrorLine> {
  const r = runCli([...extra, ...inputs])
  return r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as ArticleRecord | ErrorLine)
}

/** Writes the HTML report of `inputs` to `out`; returns the CLI's exit status. */
export function writeReport(inputs: string[], out: string, extra: string[] = []): number | null {
  const r = runCli(['--format', 'html', '--out', out, ...extra, ...inputs])
  if (r.status !== 0 && r.status !== 1) throw new Error(`the CLI failed (${r.status}): ${r.stderr}`)
  return r.status
}

/** The input a record was read from: a file's text, or the article field of a JSONL row (`path:line`). */
export function inputOf(record: ArticleRecord): string {
  const source = record.source ?? ''
  const row = /^(.*\.jsonl):(\d+)$/.exec(source)
  if (!row) return readFileSync(source, 'utf8')
  const line = readFileSync(row[1]!, 'utf8').split('\n')[Number(row[2]) - 1]!
  const fields = JSON.parse(line) as Record<string, string>
  return fields.text ?? fields.content ?? fields.body ?? fields.html ?? ''
}

export const isError = (x: ArticleRecord | ErrorLine): x is ErrorLine => 'error' in x
