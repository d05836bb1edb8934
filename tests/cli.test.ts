/**
 * The CLI as a user runs it: a child process (from sources, through tsx; the built bin is run by
 * tests/package.test.ts), with real files, FIFOs, symlink loops, pipes that close and signals.
 * Every test checks that inputs = output lines, each line a record or an error line.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { INLINE_MAX_UNITS } from '../src/cli/inline.ts'
import { ArticleRecordSchema, ErrorLineSchema } from '../src/records/index.ts'
import { FIXTURES, ROOT } from './support/fixtures.ts'

const CLI = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts')]
const sample = join(ROOT, 'examples', 'sample-article.txt')
const article = readFileSync(join(FIXTURES, 'b-01-so-ket-to-chuc-xay-dung-dang-quang-tri.txt'), 'utf8')
/**
 * About 1.9 million units (under the 2 million read) of an article whose every sentence is distinct (the copies are numbered
 * before each full stop): a repeated text is mostly duplicated paragraphs, which extraction passes
 * over, and 600 plain copies had come down to about 0.3 s. About a second of work here (1.2 s through
 * the built bin on 2026-12-01): the tests that time it out give it 0.3 s and never make it a worker's
 * first article, which gets a second more ({@link WORKERS_FIRST} goes before it).
 */
const SLOW_ARTICLE = Array.from({ length: 700 }, (_, i) => article.replaceAll('. ', ` (${i}). `)).join('\n')

/**
 * A text longer than the main thread takes itself (INLINE_MAX_UNITS, src/cli/inline.ts): it goes to
 * a worker, as that worker's first article, so that a slow article after it is timed without the
 * first-article allowance.
 */
const WORKERS_FIRST = Array.from({ length: 30 }, (_, i) => article.replaceAll('. ', ` [${i}]. `)).join('\n')

interface Run { status: number | null; out: string; err: string; lines: Array<Record<string, unknown>> }

function cli(args: string[], options: { input?: string | Buffer; timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, input: options.input, encoding: 'utf8', timeout: options.timeout ?? 60_000, maxBuffer: 1 << 28 })
  if (r.error) throw r.error
  const lines = r.stdout.startsWith('{') ? r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>) : []
  return { status: r.status, out: r.stdout, err: r.stderr, lines }
}

/** Each line is a valid record or a valid error line. */
function expectValidLines(lines: Array<Record<string, unknown>>) {
  for (const l of lines) {
    if ('error' in l) ErrorLineSchema.parse(l)
    else ArticleRecordSchema.parse(l)
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'vne-cli-'))

describe('CLI: records and error lines, one line per input', () => {
  it('files, a directory and stdin: one schema-valid record each, with id and source', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'b.txt'), 'Nghị quyết số 2 của Tỉnh ủy.')
    writeFileSync(join(dir, 'a.html'), '<p>Nghị quyết số 1 của Tỉnh ủy.</p>')
    const r = cli([sample, dir, '-'], { input: 'Chiều 12/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.' })
    expect(r.status).toBe(0)
    expectValidLines(r.lines)
    expect(r.lines.map((l) => l.source)).toEqual([sample, join(dir, 'a.html'), join(dir, 'b.txt'), '-'])
    expect(r.lines.map((l) => l.id)).toEqual([sample, join(dir, 'a.html'), join(dir, 'b.txt'), '-'])
    expect(r.err).toMatch(/4 inputs, 4 records, 0 errors/)
  })
  it('--published resolves a day without a year', () => {
    const r = cli(['--published', '2023-07-13', '-'], { input: 'Chiều 12/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.' })
    expect((r.lines[0]!.dates as Array<{ value: string }>)[0]!.value).toBe('2023-07-12')
  })
  it('an emoji-led article is one record (it used to stall the whole run)', () => {
    const r = cli(['-'], { input: '😀 Đồng chí Nguyễn Văn An chủ trì hội nghị.', timeout: 30_000 })
    expect(r.status).toBe(0)
    expect((r.lines[0]!.people as Array<{ name: string }>).map((p) => p.name)).toEqual(['Nguyễn Văn An'])
  })
  it('unreadable inputs become error lines in place; exit 1; the summary counts them', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), 'Nghị quyết số 1 của Tỉnh ủy.')
    writeFileSync(join(dir, 'b.bin.txt'), Buffer.from([0, 1, 2, 255, 254, 0, 13, 0, 0, 7]))
    writeFileSync(join(dir, 'c.txt'), Buffer.from('Thành phố Hà Nội, café, naïve, Zürich, Ærø — façade, déjà vu, Œuvre. '.repeat(20), 'latin1'))
    writeFileSync(join(dir, 'notes.md'), 'not an article')
    writeFileSync(join(dir, 'data.json'), '{}')
    const r = cli([join(dir, 'a.txt'), '/no/such/file.txt', dir])
    expect(r.status).toBe(1)
    expectValidLines(r.lines)
    const errors = r.lines.map((l) => (l.error as { code: string } | undefined)?.code ?? 'record')
    expect(errors).toEqual(['record', 'not_found', 'record', 'binary', 'encoding'])
    expect((r.lines[4]!.error as { message: string }).message).toMatch(/not UTF-8.*ISO-8859-1/)
    expect(r.err).toMatch(/5 inputs, 2 records, 3 errors \(.*\); 2 files skipped for their extension \(\.json 1, \.md 1\)/)
  })
  it('a FIFO inside a directory is an error line, never opened (it would block forever)', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), 'Nghị quyết số 1 của Tỉnh ủy.')
    if (spawnSync('mkfifo', [join(dir, 'b.txt')]).status !== 0) return
    const r = cli([dir], { timeout: 30_000 })
    expect(r.lines.map((l) => (l.error as { code: string } | undefined)?.code ?? 'record')).toEqual(['record', 'not_regular_file'])
  })
  it('a socket inside a directory is an error line, never opened', async () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.txt'), 'Nghị quyết số 1 của Tỉnh ủy.')
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(join(dir, 'b.txt'), resolve))
    try {
      const r = cli([dir], { timeout: 30_000 })
      expect(r.lines.map((l) => (l.error as { code: string } | undefined)?.code ?? 'record')).toEqual(['record', 'not_regular_file'])
      expect((r.lines[1]!.error as { message: string }).message).toMatch(/a socket/)
    } finally {
      server.close()
    }
  })
  it('a symlink loop is an error line', () => {
    const dir = tmp()
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub', 'a.txt'), 'Nghị quyết số 1 của Tỉnh ủy.')
    symlinkSync(dir, join(dir, 'sub', 'back'))
    symlinkSync(join(dir, 'self.txt'), join(dir, 'self.txt'))
    const r = cli([dir], { timeout: 30_000 })
    expectValidLines(r.lines)
    const codes = r.lines.map((l) => (l.error as { code: string } | undefined)?.code ?? 'record')
    expect(codes.filter((c) => c === 'record')).toHaveLength(1)
    expect(codes.filter((c) => c === 'symlink_loop').length).toBeGreaterThanOrEqual(2)
  })
  it('decodes UTF-16 (with or without BOM) and Windows-1258; names the encoding in the record', () => {
    const dir = tmp()
    const text = 'Chiều 12/7, đồng chí Nguyễn Văn An chủ trì hội nghị triển khai Kế hoạch số 29-KH/TU.'
    const le = Buffer.from(text, 'utf16le')
    const be = Buffer.from(le)
    be.swap16()
    writeFileSync(join(dir, '1.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), le]))
    writeFileSync(join(dir, '2.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]))
    writeFileSync(join(dir, '3.txt'), le)
    writeFileSync(join(dir, '4.txt'), be)
    // Windows-1258, Vietnamese with combining tone marks: "Chiều 12/7, Nguyễn Văn An chủ trì Kế hoạch số 29-KH/TU."
    writeFileSync(join(dir, '5.txt'), Buffer.from([67, 104, 105, 234, 204, 117, 32, 49, 50, 47, 55, 44, 32, 78, 103, 117, 121, 234, 222, 110, 32, 86, 227,
      110, 32, 65, 110, 32, 99, 104, 117, 210, 32, 116, 114, 105, 204, 32, 75, 234, 236, 32, 104, 111, 97, 242, 99, 104, 32, 115, 244, 236, 32, 50, 57,
      45, 75, 72, 47, 84, 85, 46]))
    const r = cli([dir])
    expect(r.status).toBe(0)
    expectValidLines(r.lines)
    for (const l of r.lines.slice(0, 4)) {
      expect((l.documents as Array<{ id: string }>).map((d) => d.id)).toEqual(['29-KH/TU'])
      expect((l.issues as Array<{ code: string; message: string }>).find((i) => i.code === 'input_encoding')?.message).toMatch(/UTF-16/)
    }
    const cp = r.lines[4]!
    expect((cp.documents as Array<{ id: string }>).map((d) => d.id)).toEqual(['29-KH/TU'])
    expect((cp.issues as Array<{ message: string }>).map((i) => i.message).join(' ')).toMatch(/Windows-1258/)
  })
})

describe('CLI: arguments and exit codes', () => {
  it.each([
    [['--published', '2024-13-45', sample]], [['--published', '2024-02-30', sample]], [['--published', '2024-01-01T25:61', sample]],
    [['--published', '12/7', sample]], [['--jobs', 'many', sample]], [['--jobs', '0', sample]], [['--timeout', '-1', sample]],
    [['--input-format', 'xml', '-']], [['--nope', sample]], [[]],
  ])('%j exits 2 with the usage', (args) => {
    const r = cli(args, { input: '' })
    expect(r.status).toBe(2)
    expect(r.err).toMatch(/Usage: vn-news-extract/)
    expect(r.out).toBe('')
  })
  it('--help and --version exit 0', () => {
    expect(cli(['--help']).out).toMatch(/Exit codes: 0/)
    expect(cli(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })
})

describe('CLI: the watchdog, a closed pipe, Ctrl-C', () => {
  it('an article past --timeout becomes a timeout error line; its worker is replaced and the run goes on', () => {
    expect(WORKERS_FIRST.length).toBeGreaterThan(INLINE_MAX_UNITS)
    const dir = tmp()
    writeFileSync(join(dir, '1.txt'), WORKERS_FIRST)
    writeFileSync(join(dir, '2.txt'), SLOW_ARTICLE)
    writeFileSync(join(dir, '3.txt'), 'Nghị quyết số 3 của Tỉnh ủy.')
    const r = cli(['--timeout', '0.3', '--jobs', '1', dir])
    expect(r.status).toBe(1)
    expectValidLines(r.lines)
    expect(r.lines.map((l) => (l.error as { code: string } | undefined)?.code ?? 'record')).toEqual(['record', 'timeout', 'record'])
    expect(r.err).toMatch(/1 worker replaced/)
  })
  it("the first article (the main thread's here; a worker's below), which also compiles the grammars, gets more than a tight budget; the next does not", () => {
    // 10 ms is less than compiling the grammars and the extraction code takes (~0.1 s): without the
    // first-article allowance this one-article run (done by the main thread) would end in a timeout.
    const r = cli(['--timeout', '0.01', '--jobs', '1', '-'], { input: article })
    expect(r.status).toBe(0)
    expect(r.lines.map((l) => (l.error as { code: string } | undefined)?.code ?? 'record')).toEqual(['record'])
    const dir = tmp()
    writeFileSync(join(dir, '1.txt'), WORKERS_FIRST)
    writeFileSync(join(dir, '2.txt'), SLOW_ARTICLE)
    const slow = cli(['--timeout', '0.01', '--jobs', '1', dir])
    expect(slow.lines.map((l) => (l.error as { code: string } | undefined)?.code ?? 'record')).toEqual(['record', 'timeout'])
  })
  it('a reader that closes the pipe (| head) ends the run quietly with 0', async () => {
    const dir = tmp()
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), article)
    const child = spawn(process.execPath, [...CLI, '--jobs', '2', dir], { cwd: ROOT })
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString()
    })
    await new Promise<void>((resolve) => child.stdout.once('data', () => {
      child.stdout.destroy()
      resolve()
    }))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(err).not.toMatch(/EPIPE|Error|at /)
    expect(code).toBe(0)
  })
  it('Ctrl-C while writing into a slow pipe: the line being written is finished, exit 130', async () => {
    const dir = tmp()
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), article)
    const child = spawn(process.execPath, [...CLI, '--jobs', '2', dir], { cwd: ROOT })
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString() // read, or 'close' waits for a stream nobody drains
    })
    child.stdout.pause() // nobody reads: the pipe fills, writes wait
    // The first output means the CLI is running (its SIGINT handler is installed); then let the pipe fill.
    await new Promise((r) => child.stdout.once('readable', r))
    await new Promise((r) => setTimeout(r, 1500))
    child.kill('SIGINT')
    await new Promise((r) => setTimeout(r, 300))
    const chunks: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => chunks.push(d))
    child.stdout.resume()
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    const out = Buffer.concat(chunks).toString('utf8')
    expect(code).toBe(130)
    expect(err).toMatch(/interrupted after \d+ of \d+ inputs were written/)
    expect(out.length).toBeGreaterThan(0)
    expect(out.endsWith('\n')).toBe(true)
    const lines = out.split('\n').filter(Boolean)
    for (const l of lines) ArticleRecordSchema.parse(JSON.parse(l))
  })
})

describe('CLI: archives (JSONL, CSV, gzip)', () => {
  const jsonl = [
    JSON.stringify({ id: 'a1', text: 'Chiều 12/7, hội nghị triển khai Kế hoạch số 29-KH/TU.', published: '2024-07-16T08:00:00+07:00' }),
    '{"id": "broken", "text": ',
    '',
    JSON.stringify({ id: 'a4', text: 42 }),
    JSON.stringify({ url: 'https://example.vn/b', content: '<p>Sáng 26.2, hội nghị.</p>', pubDate: 'Mon, 26 Feb 2024 02:00:00 GMT' }),
    JSON.stringify({ title: 'no text here' }),
    JSON.stringify(['an', 'array']),
  ].join('\n')
  it('a JSONL archive: one line per input line, errors in place, ids and dates from the rows', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.jsonl'), jsonl)
    const r = cli([join(dir, 'a.jsonl')])
    expect(r.status).toBe(1)
    expectValidLines(r.lines)
    expect(r.lines).toHaveLength(7)
    expect(r.lines.map((l) => (l.error as { code: string } | undefined)?.code ?? 'record')).toEqual([
      'record', 'invalid_json', 'empty_line', 'text_not_string', 'record', 'missing_text', 'invalid_row',
    ])
    expect(r.lines.map((l) => l.id)).toEqual(['a1', `${dir}/a.jsonl:2`, `${dir}/a.jsonl:3`, 'a4', 'https://example.vn/b', `${dir}/a.jsonl:6`, `${dir}/a.jsonl:7`])
    expect(r.lines[0]!.source).toBe(`${dir}/a.jsonl:1`)
    expect((r.lines[0]!.dates as Array<{ value: string }>)[0]!.value).toBe('2024-07-12')
    expect((r.lines[4]!.dates as Array<{ value: string }>)[0]!.value).toBe('2024-02-26')
  })
  it('the same archive gzipped, from stdin with --input-format jsonl, and by a directory', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.jsonl.gz'), gzipSync(jsonl))
    const fromGz = cli([dir])
    const fromStdin = cli(['--input-format', 'jsonl', '-'], { input: jsonl })
    expect(fromGz.lines).toHaveLength(7)
    expect(fromStdin.lines.map((l) => l.id)).toEqual(['a1', '-:2', '-:3', 'a4', 'https://example.vn/b', '-:6', '-:7'])
    expect(fromGz.lines.map((l) => l.error ?? l.documents)).toEqual(fromStdin.lines.map((l) => (l.error ? { ...(l.error as object), message: expect.any(String) } : l.documents)))
  })
  it('a CSV archive with a header, quoted fields and line breaks inside them; custom field names', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.csv'), 'guid,body,when\n7,"Chiều 12/7, hội nghị ""lớn"" triển khai\nKế hoạch số 29-KH/TU.",16/07/2024\n8,,2024-07-16\n9,"never closed')
    const r = cli(['--text-field', 'body', '--published-field', 'when', '--id-field', 'guid', join(dir, 'a.csv')])
    expectValidLines(r.lines)
    expect(r.lines.map((l) => l.id)).toEqual(['7', '8', `${dir}/a.csv:5`])
    expect((r.lines[0]!.documents as Array<{ id: string }>)[0]!.id).toBe('29-KH/TU')
    expect((r.lines[0]!.dates as Array<{ value: string }>)[0]!.value).toBe('2024-07-12')
    expect(r.lines[0]!.source).toBe(`${dir}/a.csv:2`)
    expect((r.lines[2]!.error as { code: string }).code).toBe('invalid_csv')
  })
  it('a corrupt .gz is an error line after whatever it held', () => {
    const dir = tmp()
    const gz = gzipSync(jsonl)
    writeFileSync(join(dir, 'a.jsonl.gz'), gz.subarray(0, gz.length - 30))
    const r = cli([join(dir, 'a.jsonl.gz')])
    expectValidLines(r.lines)
    expect((r.lines.at(-1)!.error as { code: string }).code).toBe('gzip')
  })
  it('output is the same bytes for any --jobs', () => {
    const dir = tmp()
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `${i}.txt`), `${article.slice(0, 800 + 100 * i)}`)
    writeFileSync(join(dir, 'z.jsonl'), jsonl)
    const one = cli(['--jobs', '1', dir]).out
    expect(cli(['--jobs', '3', dir]).out).toBe(one)
    expect(one.split('\n').filter(Boolean)).toHaveLength(19)
  })
})

describe('CLI: the built bin (dist/cli.js and its worker file)', () => {
  const BIN = join(ROOT, 'dist', 'cli.js')
  const bin = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 })
  it('gives the same bytes for --jobs 1 and 4, and the same as the sources', () => {
    const one = bin(['--jobs', '1', FIXTURES])
    const four = bin(['--jobs', '4', FIXTURES])
    expect(one.status).toBe(0)
    expect(four.stdout).toBe(one.stdout)
    expect(one.stdout).toBe(cli(['--jobs', '2', FIXTURES]).out)
    expect(one.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(14)
  })
  it('replaces a worker past --timeout and goes on', () => {
    const dir = tmp()
    // (The slow article second, on the worker: a worker's first article gets a second more, for compiling.)
    writeFileSync(join(dir, '1.txt'), WORKERS_FIRST)
    writeFileSync(join(dir, '2.txt'), SLOW_ARTICLE)
    writeFileSync(join(dir, '3.txt'), 'Nghị quyết số 3 của Tỉnh ủy.')
    const r = bin(['--timeout', '0.3', '--jobs', '1', dir])
    expect(r.status).toBe(1)
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { error?: { code: string } }).error?.code ?? 'record')).toEqual(['record', 'timeout', 'record'])
  })
})

describe('CLI: tables (CSV and Parquet)', () => {
  it('--format csv --table counts: a header, then one row per count with the article id and the span', () => {
    const r = spawnSync(process.execPath, [...CLI, '--format', 'csv', '--table', 'counts', sample], { cwd: ROOT, encoding: 'utf8' })
    expect(r.status).toBe(0)
    const [header, ...rows] = r.stdout.trim().split('\n')
    expect(header!.split(',').slice(0, 3)).toEqual(['id', 'value', 'subject'])
    expect(header!.split(',').slice(-3)).toEqual(['span_start', 'span_end', 'text'])
    expect(rows.length).toBeGreaterThan(3)
    const input = readFileSync(sample, 'utf8')
    for (const row of rows.filter((l) => !l.includes('"'))) {
      const cells = row.split(',')
      expect(input.slice(Number(cells.at(-3)), Number(cells.at(-2)))).toBe(cells.at(-1))
    }
  })
  it('--table articles has one row per input, errors included; the columns never depend on the batch', async () => {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } = await import('hyparquet')
    const dir = tmp()
    const read = async (inputs: string[], table: string) => {
      const path = join(dir, `${table}-${inputs.length}.parquet`)
      const r = spawnSync(process.execPath, [...CLI, '--format', 'parquet', '--table', table, '--out', path, ...inputs], { cwd: ROOT, encoding: 'utf8' })
      const file = await asyncBufferFromFile(path)
      const schema = parquetSchema(await parquetMetadataAsync(file)).children.map((c) => `${c.element.name}:${c.element.type}`)
      return { status: r.status, schema, rows: await parquetReadObjects({ file }) as Array<Record<string, unknown>> }
    }
    const withErrors = await read([sample, '/no/such.txt'], 'articles')
    expect(withErrors.status).toBe(1)
    expect(withErrors.rows.map((r) => [r.id, r.error_code])).toEqual([[sample, null], ['/no/such.txt', 'not_found']])
    expect(withErrors.rows[0]!.documents).toBeGreaterThan(0)
    // A batch with no documents at all and one with many: the same columns and types.
    writeFileSync(join(dir, 'plain.txt'), 'Một bài không có văn bản nào.')
    const none = await read([join(dir, 'plain.txt')], 'documents')
    const many = await read([sample, FIXTURES], 'documents')
    expect(none.rows).toEqual([])
    expect(none.schema).toEqual(many.schema)
    expect(many.schema).toContain('span_start:INT32')
    expect(many.rows.length).toBeGreaterThan(10)
    expect(many.rows.find((r) => r.document_id === '29-KH/TU')).toMatchObject({ type: 'KH', issuer: 'TU' })
  })
  it('refuses --format parquet without --out, and --table with JSONL', () => {
    expect(cli(['--format', 'parquet', sample]).status).toBe(2)
    expect(cli(['--table', 'counts', sample]).status).toBe(2)
    expect(cli(['--format', 'csv', '--table', 'nope', sample]).status).toBe(2)
  })
})

describe('CLI: news pages (the page reader)', () => {
  const page = join(FIXTURES, 'pages', 'p-01-ubkt-so-ket-quang-binh.html')
  it('an .html page: only the article body is read; title, date and author come from the page', () => {
    const r = cli([page])
    expect(r.status).toBe(0)
    const rec = ArticleRecordSchema.parse(r.lines[0])
    const html = readFileSync(page, 'utf8')
    expect(rec.documents.map((d) => d.text).join(' ')).not.toMatch(/GP-BTTTT/)
    expect(rec.counts.map((c) => c.text).join(' ')).not.toMatch(/lượt xem/)
    expect(rec.people.map((p) => p.name)).not.toContain('Phạm Minh Chính') // a related headline's Prime Minister
    expect(rec.title?.text).not.toMatch(/ - |\|/)
    expect(rec.publishedFrom).toBe('page')
    expect(rec.page?.contentRanges.length).toBeGreaterThan(0)
    for (const it of [...rec.documents, ...rec.counts, ...rec.people, ...rec.dates, ...(rec.title ? [rec.title] : [])]) {
      expect(html.slice(it.span.start, it.span.end)).toBe(it.text)
    }
  })
  it('a JSONL row whose html field holds a page is read the same way; the row date wins over the page', () => {
    const html = readFileSync(page, 'utf8')
    const r = cli(['--input-format', 'jsonl', '-'], { input: `${JSON.stringify({ id: 'p', html, published: '2024-07-20' })}\n` })
    const rec = r.lines[0] as { publishedFrom: string; published: string; counts: Array<{ text: string }> }
    expect(rec.publishedFrom).toBe('option')
    expect(rec.published).toBe('2024-07-20')
    expect(rec.counts.map((c) => c.text).join(' ')).not.toMatch(/lượt xem/)
  })
})
