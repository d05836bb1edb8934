/**
 * `--format html` from the command line: one self-contained file whose script and style sheet match
 * the hashes of its Content-Security-Policy, one data block per input (the same record as the JSONL
 * output, or the error line in its place) and the index; the same bytes for the same inputs,
 * whatever --jobs; the built bin writes it too.
 */
import { createHash } from 'node:crypto'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ArticleEntry } from '../src/report/article-entry.ts'
import { FIXTURES, ROOT } from './support/fixtures.ts'
import { isError, recordsOf, runCli, writeReport } from './support/report-cli.ts'
import { fixturePages, tmp, writeBatch, writeHostile } from './support/report-inputs.ts'

const sha256 = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`

/** The report's parts: policy, style, script, data blocks by id. */
function parse(html: string) {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? ''
  const style = /<style>([^]*?)<\/style>/.exec(html)?.[1] ?? ''
  const scripts = [...html.matchAll(/<script([^>]*)>([^]*?)<\/script>/g)]
  const code = scripts.filter((m) => m[1] === '').map((m) => m[2]!)
  const blocks = new Map(scripts.filter((m) => m[1] !== '').map((m) => [/id="([^"]+)"/.exec(m[1]!)![1]!, m[2]!]))
  return { csp, style, code, blocks, openTags: (html.match(/<script/g) ?? []).length }
}

describe('vn-news-extract --format html', () => {
  const dir = tmp('vne-report-cli-')
  const inputs = [writeBatch(dir, 60).path, ...fixturePages(), ...writeHostile(dir)]

  it('writes one self-contained page: the policy allows exactly its script and style sheet, and every input has its data block', () => {
    const out = join(dir, 'a.html')
    expect(writeReport(inputs, out, ['--jobs', '1'])).toBe(1) // the batch's bad lines give error lines
    const html = readFileSync(out, 'utf8')
    const page = parse(html)
    expect(page.code).toHaveLength(1)
    expect(page.csp).toContain(`script-src '${sha256(page.code[0]!)}'`)
    expect(page.csp).toContain(`style-src '${sha256(page.style)}'`)
    expect(page.openTags).toBe(page.blocks.size + 1) // no `<script` from the data: every `<` in it is escaped
    const records = recordsOf(inputs)
    expect(page.blocks.size).toBe(records.length + 1)
    records.forEach((r, n) => {
      const entry = JSON.parse(page.blocks.get(`vne-a-${n}`)!) as ArticleEntry
      if (isError(r)) expect(entry.error).toEqual(r)
      else expect(entry.record).toEqual(r)
    })
    const index = JSON.parse(page.blocks.get('vne-index')!) as { rows: Array<{ id: string | null; error: unknown }> }
    expect(index.rows.map((r) => r.id)).toEqual(records.map((r) => r.id))
    // Outside the data (the inputs' own text), the page names no address to load anything from.
    expect(html.replace(/<script type="application\/json"[^>]*>[^]*?<\/script>/g, '')).not.toMatch(/(?:https?|wss?|ftp):\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i)
  })

  it('gives the same bytes for the same inputs, with one worker or two', () => {
    const one = join(dir, 'one.html')
    const two = join(dir, 'two.html')
    writeReport(inputs, one, ['--jobs', '1'])
    writeReport(inputs, two, ['--jobs', '2'])
    expect(createHash('sha256').update(readFileSync(one)).digest('hex')).toBe(createHash('sha256').update(readFileSync(two)).digest('hex'))
  })

  it('writes to standard output too, and a valid page for no articles', () => {
    const r = runCli(['--format', 'html', join(FIXTURES, 'b-01-so-ket-to-chuc-xay-dung-dang-quang-tri.txt')])
    expect(r.status).toBe(0)
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true)
    const empty = join(dir, 'empty')
    mkdirSync(empty)
    const e = runCli(['--format', 'html', empty])
    expect(e.status).toBe(0)
    expect(JSON.parse(parse(e.stdout).blocks.get('vne-index')!)).toMatchObject({ rows: [] })
  })

  it('interrupted (Ctrl-C), the report still ends with its index and script: a valid page of the articles written so far', async () => {
    const batch = writeBatch(tmp('vne-report-int-'), 2000).path
    const out = join(dir, 'interrupted.html')
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), '--no-progress', '--jobs', '1', '--format', 'html', '--out', out, batch], { cwd: ROOT })
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString()
    })
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    for (let i = 0; i < 600 && !(existsSync(out) && statSync(out).size > 0); i++) await new Promise((r) => setTimeout(r, 100))
    child.kill('SIGINT')
    expect(await closed).toBe(130)
    expect(err).toMatch(/interrupted after \d+ of \d+ inputs were written/)
    const html = readFileSync(out, 'utf8')
    expect(html.endsWith('</html>\n')).toBe(true)
    const page = parse(html)
    const rows = (JSON.parse(page.blocks.get('vne-index')!) as { rows: unknown[] }).rows
    expect(rows.length).toBe(page.blocks.size - 1)
    expect(rows.length).toBeLessThan(2000)
    expect(page.csp).toContain(`script-src '${sha256(page.code[0]!)}'`)
  })

  it('refuses --table and --pretty with html', () => {
    expect(runCli(['--format', 'html', '--table', 'counts', 'x.txt']).status).toBe(2)
    expect(runCli(['--format', 'html', '--pretty', 'x.txt']).status).toBe(2)
  })

  it('the built bin writes the report with its own page script', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'html', '--no-progress', join(FIXTURES, 'b-01-so-ket-to-chuc-xay-dung-dang-quang-tri.txt')], { encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(parse(r.stdout).code[0]).toContain(readFileSync(join(ROOT, 'dist', 'report.global.js'), 'utf8').slice(0, 2000).replace(/<\/(script)/gi, '<\\/$1'))
  })
})
