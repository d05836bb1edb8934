import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listDirectory } from '../src/cli/list-directory.ts'
import { main, type CliIO } from '../src/cli/main.ts'
import { readUtf8 } from '../src/cli/read-utf8.ts'
import { ArticleRecordSchema } from '../src/records/index.ts'
import { ROOT } from './support/fixtures.ts'

function io(stdin = ''): CliIO & { out: string; err: string } {
  const state = { out: '', err: '' }
  return Object.assign(state, {
    stdout: (s: string) => { state.out += s },
    stderr: (s: string) => { state.err += s },
    readFile: readUtf8,
    readStdin: async () => stdin,
    listDirectory,
    version: '0.0.0-test',
    cores: 2,
  })
}

const sample = join(ROOT, 'examples', 'sample-article.txt')

describe('CLI', () => {
  it('prints one schema-valid JSON record per line with source set to the path', async () => {
    const t = io()
    expect(await main([sample, sample], t)).toBe(0)
    const lines = t.out.trim().split('\n')
    expect(lines).toHaveLength(2)
    for (const l of lines) {
      const r = ArticleRecordSchema.parse(JSON.parse(l))
      expect(r.source).toBe(sample)
      expect(r.documents.length).toBeGreaterThan(0)
    }
  })
  it('reads stdin with -, and applies --published', async () => {
    const t = io('Chiều 12/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.')
    expect(await main(['--published', '2023-07-13', '-'], t)).toBe(0)
    const r = JSON.parse(t.out)
    expect(r.source).toBe('-')
    expect(r.dates[0].value).toBe('2023-07-12')
  })
  it('reports a missing file, exits 2, and still processes the others', async () => {
    const t = io()
    expect(await main(['/no/such/file.txt', sample], t)).toBe(2)
    expect(t.err).toMatch(/cannot read \/no\/such\/file\.txt: ENOENT/)
    expect(t.out.trim().split('\n')).toHaveLength(1)
  })
  it('--pretty indents; bad options and dates exit 2 with usage', async () => {
    const t = io()
    expect(await main(['--pretty', sample], t)).toBe(0)
    expect(t.out).toContain('\n  "schemaVersion": 1')
    expect(await main(['--nope', sample], io())).toBe(2)
    expect(await main(['--published', '12/7', sample], io())).toBe(2)
    expect(await main([], io())).toBe(2)
  })
  it('reads HTML and binary files without crashing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vne-'))
    writeFileSync(join(dir, 'a.html'), '<p>Kế hoạch số 29-KH/TU&nbsp;ngày 14/01/2022</p>')
    writeFileSync(join(dir, 'b.bin'), Buffer.from([0, 1, 2, 255, 254, 0, 13]))
    const t = io()
    expect(await main([join(dir, 'a.html'), join(dir, 'b.bin')], t)).toBe(0)
    const [a, b] = t.out.trim().split('\n').map((l) => JSON.parse(l))
    expect(a.documents[0].id).toBe('29-KH/TU')
    expect(b.issues[0].code).toBe('input_binary')
  })
  it('expands a directory to its article files in sorted order, and reports progress on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vne-dir-'))
    writeFileSync(join(dir, 'b.txt'), 'Nghị quyết số 2 của Tỉnh ủy.')
    writeFileSync(join(dir, 'a.html'), '<p>Nghị quyết số 1 của Tỉnh ủy.</p>')
    writeFileSync(join(dir, 'notes.md'), 'ignored')
    const t = io()
    expect(await main(['--progress', dir], t)).toBe(0)
    expect(t.out.trim().split('\n').map((l) => JSON.parse(l).documents[0].number)).toEqual(['1', '2'])
    expect(t.err).toMatch(/2\/2 files, .* MB\/s\n$/)
  })
  it('rejects a bad --jobs value', async () => {
    expect(await main(['--jobs', 'many', sample], io())).toBe(2)
    expect(await main(['--jobs', '0', sample], io())).toBe(2)
  })
  it.skipIf(!existsSync(join(ROOT, 'dist', 'cli.js')))('the built bin runs with worker threads, output in input order (dist/cli.js)', () => {
    const corpus = join(ROOT, 'fixtures')
    const one = execFileSync('node', [join(ROOT, 'dist', 'cli.js'), corpus], { encoding: 'utf8', maxBuffer: 1 << 28 })
    const four = execFileSync('node', [join(ROOT, 'dist', 'cli.js'), '--jobs', '4', corpus], { encoding: 'utf8', maxBuffer: 1 << 28 })
    expect(four).toBe(one)
    expect(one.trim().split('\n').length).toBeGreaterThanOrEqual(14)
  })
  it.skipIf(!existsSync(join(ROOT, 'dist', 'cli.js')))('the built bin runs (dist/cli.js)', () => {
    const out = execFileSync('node', [join(ROOT, 'dist', 'cli.js'), sample], { encoding: 'utf8' })
    expect(JSON.parse(out).documents.length).toBeGreaterThan(0)
    const missing = spawnSync('node', [join(ROOT, 'dist', 'cli.js'), '/no/such'], { encoding: 'utf8' })
    expect(missing.status).toBe(2)
  })
})
