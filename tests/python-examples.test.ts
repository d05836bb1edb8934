/**
 * The Python examples, run as a user runs them, against the built CLI (dist/cli.js):
 * examples/dask/extract_archive.py on a local Dask cluster over JSONL shards, and
 * examples/notebook/records.ipynb executed headless by jupyter nbconvert.
 *
 * They need Debian's Python (/usr/bin/python3, not a pyenv or virtualenv python3 on PATH) with the
 * packages in DEBIAN_PACKAGES. Without them every test here FAILS (never skips) and says what to
 * install: the check is the first thing below.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from './support/fixtures.ts'

// ---- Prerequisites: checked once, up front ---------------------------------------------------
const PYTHON = '/usr/bin/python3'
/** What CI installs: apt-get install -y --no-install-recommends <these>. */
const DEBIAN_PACKAGES = ['python3-distributed', 'python3-pandas', 'jupyter-nbconvert', 'python3-ipykernel', 'python3-nbclient']
/** Python module -> the Debian package that brings it. */
const MODULES: Record<string, string> = {
  dask: 'python3-dask (with python3-distributed)',
  distributed: 'python3-distributed',
  pandas: 'python3-pandas',
  nbformat: 'python3-nbformat (with jupyter-nbconvert)',
  nbclient: 'python3-nbclient',
  nbconvert: 'python3-nbconvert (with jupyter-nbconvert)',
  ipykernel: 'python3-ipykernel',
  jupyter_core: 'python3-jupyter-core (with jupyter-nbconvert)',
}
const INSTALL = `apt-get update && apt-get install -y --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}`

/** /usr/bin/python3 without a PYTHONPATH or PYTHONHOME meant for another Python; hermetic Jupyter and IPython dirs. */
function pythonEnv(scratch: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE: process.execPath, PYDEVD_DISABLE_FILE_VALIDATION: '1' }
  delete env.PYTHONPATH
  delete env.PYTHONHOME
  env.JUPYTER_RUNTIME_DIR = join(scratch, 'jupyter-runtime')
  env.IPYTHONDIR = join(scratch, 'ipython')
  return env
}

function missingPrerequisites(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} does not exist`
  const probe = spawnSync(PYTHON, ['-c', `import importlib.util, json, sys
print(json.dumps([m for m in sys.argv[1:] if importlib.util.find_spec(m) is None]))`, ...Object.keys(MODULES)], { encoding: 'utf8', timeout: 30_000, env: pythonEnv(tmpdir()) })
  if (probe.status !== 0) return `${PYTHON} does not run (${probe.error?.message ?? probe.stderr.trim()})`
  const missing = JSON.parse(probe.stdout) as string[]
  if (missing.length > 0) return `${PYTHON} lacks the modules ${missing.map((m) => `${m} (${MODULES[m]})`).join(', ')}`
  const nbconvert = spawnSync(PYTHON, ['-m', 'jupyter', 'nbconvert', '--version'], { encoding: 'utf8', timeout: 30_000, env: pythonEnv(tmpdir()) })
  if (nbconvert.status !== 0) return `\`${PYTHON} -m jupyter nbconvert\` does not run (jupyter-nbconvert): ${nbconvert.stderr.trim().split('\n').pop()}`
  return null
}

const MISSING = missingPrerequisites()

/** Throws, naming the Debian packages, when the prerequisites are missing: called first by every test. */
function requirePython(): void {
  if (MISSING) throw new Error(`The Python examples need Debian's Python packages: ${MISSING}.\nInstall them with:\n  ${INSTALL}`)
}

// ---- Helpers --------------------------------------------------------------------------------
const SCRIPT = join(ROOT, 'examples', 'dask', 'extract_archive.py')
const NOTEBOOK = join(ROOT, 'examples', 'notebook', 'records.ipynb')
const CLI = join(ROOT, 'dist', 'cli.js')
const made: string[] = []
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vne-py-'))
  made.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

interface Run { status: number | null; out: string; err: string }

function python(args: string[], options: { cwd: string; timeout: number }): Run {
  const r = spawnSync(PYTHON, args, { cwd: options.cwd, encoding: 'utf8', timeout: options.timeout, env: pythonEnv(options.cwd), maxBuffer: 1 << 26 }) // on timeout SIGTERM: the script shuts its cluster down
  if (r.error) throw new Error(`${PYTHON} ${args.join(' ')}: ${r.error.message}\n${r.stderr ?? ''}`)
  return { status: r.status, out: r.stdout, err: r.stderr }
}

/** An input line and what its output line must be: a record with this id, or an error line with this code. */
interface Line { raw: string; id: string; error?: string }
const article = (id: string, fields: Record<string, unknown>): Line => ({ raw: JSON.stringify({ id, ...fields }), id })

const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>)

// ---- Shards: Vietnamese news-style articles written for this test ---------------------------
const SHARD_A: Line[] = [
  article('qb-2023-0712', {
    text: 'Chiều 12/7, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm 2023. Thực hiện Kế hoạch số 29-KH/TU ngày 24/02/2022 của Ban Thường vụ Tỉnh ủy, cấp ủy các cấp đã kiểm tra 214 tổ chức đảng và 1.086 đảng viên.',
    published: '2023-07-13T12:27',
  }),
  article('qt-2021-1110', { content: 'Toàn tỉnh Quảng Trị có 608 tổ chức cơ sở đảng với tổng số 49.820 đảng viên. Trong 6 tháng đầu năm 2021, các cấp ủy đã kết nạp 712 đảng viên mới.', published_at: '10/11/2021' }),
  article('bk-2023-0930', { body: 'Sáng 30/9, Ban Tổ chức Tỉnh ủy Bắc Kạn tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý III/2023. Đồng chí Hoàng Văn Bình, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị.', date: 1696040400 }),
  article('hue-2022-0405', { text: 'Ngày 5/4, Thành ủy Huế tổ chức hội nghị tổng kết công tác xây dựng tổ chức cơ sở đảng. Qua đánh giá, 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.', pubDate: 'Tue, 05 Apr 2022 09:15:00 +0700' }),
  article('ls-2024-0116', { text: 'Đoàn kiểm tra 1350 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Lạng Sơn về thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.' }),
  article('cl-2023-1208', { text: 'Kỳ họp thứ 12 Hội đồng nhân dân huyện Cam Lộ khóa VII đã thông qua 9 nghị quyết quan trọng. Đồng chí Lê Thị Hương, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu bế mạc kỳ họp.', published: '2023-12-08' }),
]
const SHARD_B: Line[] = [
  article('https://baomoi.example/tin/1', { html: '<article><h1>Hội nghị Ban Chấp hành Đảng bộ Khối mở rộng</h1><p>Sáng 18/10, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị Ban Chấp hành Đảng bộ Khối mở rộng lần thứ 16.</p><p>Toàn Đảng bộ có 95 tổ chức cơ sở đảng, 3.215 đảng viên.</p></article>', published: '2023-10-19' }),
  article('https://baomoi.example/tin/2', { text: 'Ngày 2/8, Huyện ủy công bố Quyết định số 1245-QĐ/TU của Ban Thường vụ Tỉnh ủy về việc chỉ định đồng chí Trần Quốc Việt giữ chức Bí thư Huyện ủy nhiệm kỳ 2020 - 2025.', published: '2023-08-03' }),
  article('https://baomoi.example/tin/3', { text: 'Năm 2022, Đảng bộ tỉnh kết nạp 1.530 đảng viên mới, đạt 102% kế hoạch; thi hành kỷ luật 48 đảng viên.' }),
  article('https://baomoi.example/tin/4', { text: 'Chiều 21/6, Ban Tuyên giáo Tỉnh ủy tổ chức hội thảo khoa học về bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch.', published: '2024-06-22T08:00' }),
  article('https://baomoi.example/tin/5', { text: 'Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, tỉnh đã giảm 12 đơn vị sự nghiệp công lập và 356 biên chế.' }),
]
const SHARD_C: Line[] = [
  article('qn-emoji-01', { text: '📢 Đồng chí Nguyễn Văn An chủ trì hội nghị triển khai Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp 🇻🇳.', published: '2024-09-10' }),
  article('qn-02', { text: 'Sáng 9/9, Đảng ủy xã tổ chức lễ kết nạp 5 đảng viên mới.', published: '2024-09-10' }),
  { raw: '{"id": "qn-03", "text": "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20', id: '-:3', error: 'invalid_json' },
  { ...article('qn-04', { title: 'Một hàng không có nội dung bài viết' }), error: 'missing_text' },
  article('qn-05', { text: 'Đồng chí Phạm Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu tại hội nghị ✅ tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở.' }),
]

function writeShards(dir: string): string[] {
  const a = join(dir, 'shard-a.jsonl')
  const b = join(dir, 'shard-b.jsonl.gz')
  const c = join(dir, 'shard-c.jsonl')
  writeFileSync(a, SHARD_A.map((l) => `${l.raw}\n`).join(''))
  writeFileSync(b, gzipSync(SHARD_B.map((l) => `${l.raw}\n`).join('')))
  writeFileSync(c, SHARD_C.map((l) => l.raw).join('\n')) // no newline after the last line: it still counts
  return [a, b, c]
}

// ---- Tests ----------------------------------------------------------------------------------
describe('Python examples: prerequisites', () => {
  it(`${PYTHON} has Dask distributed, pandas and Jupyter nbconvert (Debian: ${DEBIAN_PACKAGES.join(' ')})`, () => {
    requirePython()
    expect(existsSync(CLI), `${CLI} is missing: npm run build`).toBe(true)
  })
})

describe('examples/dask/extract_archive.py', () => {
  it('3 shards (one gzipped, one with a malformed line and emoji) on 2 local workers: one part per shard, line for line', () => {
    requirePython()
    const dir = tmp()
    const shards = writeShards(dir)
    const out = join(dir, 'records')
    const r = python([SCRIPT, '--workers', '2', '--out', out, '--cli', CLI, '--shard-timeout', '60', ...shards], { cwd: dir, timeout: 80_000 })
    expect(r.status, `extract_archive.py failed:\n${r.err}`).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['part-00000.jsonl', 'part-00001.jsonl', 'part-00002.jsonl'])
    const expected = [SHARD_A, SHARD_B, SHARD_C]
    expected.forEach((shard, k) => {
      const part = join(out, `part-0000${k}.jsonl`)
      const lines = linesOf(part)
      expect(lines, part).toHaveLength(shard.length)
      expect(lines.map((l) => l.id), part).toEqual(shard.map((l) => l.id))
      expect(lines.map((l) => (l.error as { code: string } | undefined)?.code ?? null), part).toEqual(shard.map((l) => l.error ?? null))
    })
    // A few values, to see the records are the CLI's own.
    const [a, , c] = expected.map((_, k) => linesOf(join(out, `part-0000${k}.jsonl`)))
    expect((a![0]!.documents as Array<{ id: string }>).map((d) => d.id)).toContain('29-KH/TU')
    expect(a![1]!.published).toMatch(/^2021-11-10/)
    expect((c![0]!.people as Array<{ name: string }>).map((p) => p.name)).toContain('Nguyễn Văn An')
    expect((c![2]!.error as { message: string }).message).toMatch(/^-:3: /)
    expect(r.out).toMatch(/3 shards, 16 lines, 14 records, 2 error lines \(invalid_json 1, missing_text 1\)/)
    expect(r.err).toMatch(/shard 2: 5 lines, 3 records, 2 error lines/)
  }, 90_000)

  it('fails loudly, and writes no part, when the CLI exits 2 or loses a line', () => {
    requirePython()
    const dir = tmp()
    const [a] = writeShards(dir)
    // The CLI refuses its arguments (exit 2).
    const bad = python([SCRIPT, '--workers', '1', '--out', join(dir, 'out-2'), '--cli', CLI, '--shard-timeout', '30', '--published', 'not-a-date', a!], { cwd: dir, timeout: 40_000 })
    expect(bad.status).toBe(1)
    expect(bad.err).toMatch(/FAILED: shard 0 .*the CLI exited with code 2/)
    expect(bad.err).toMatch(/--published must be a real date/)
    expect(readdirSync(join(dir, 'out-2'))).toEqual([])
    // A "CLI" that drops the first line: the line count check catches it.
    const fake = join(dir, 'drops-a-line.mjs')
    writeFileSync(fake, `let s = ''
process.stdin.on('data', (d) => { s += d })
process.stdin.on('end', () => { for (const l of s.split('\\n').filter(Boolean).slice(1)) process.stdout.write(JSON.stringify(JSON.parse(l)) + '\\n') })
`)
    const short = python([SCRIPT, '--workers', '1', '--out', join(dir, 'out-short'), '--cli', fake, '--shard-timeout', '30', a!], { cwd: dir, timeout: 40_000 })
    expect(short.status).toBe(1)
    expect(short.err).toMatch(/FAILED: shard 0 .*: 6 input lines but 5 output lines/)
    expect(readdirSync(join(dir, 'out-short'))).toEqual([])
  }, 90_000)
})

describe('examples/notebook/records.ipynb', () => {
  it('executes headless with jupyter nbconvert: outputs, no errors, its checks pass', () => {
    requirePython()
    const dir = tmp()
    mkdirSync(join(dir, 'nb'))
    const r = python(['-m', 'jupyter', 'nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.timeout=60',
      NOTEBOOK, '--output-dir', join(dir, 'nb'), '--output', 'records.out.ipynb'], { cwd: dir, timeout: 80_000 })
    expect(r.status, `nbconvert failed:\n${r.err}`).toBe(0)
    const nb = JSON.parse(readFileSync(join(dir, 'nb', 'records.out.ipynb'), 'utf8')) as {
      cells: Array<{ cell_type: string; outputs?: Array<{ output_type: string; name?: string; text?: string | string[]; data?: Record<string, unknown> }> }>
    }
    const code = nb.cells.filter((c) => c.cell_type === 'code')
    const outputs = code.flatMap((c) => c.outputs ?? [])
    expect(code.length).toBeGreaterThan(0)
    expect(outputs.filter((o) => o.output_type === 'error')).toEqual([])
    expect(outputs.filter((o) => o.output_type === 'execute_result').length).toBeGreaterThanOrEqual(3) // the heads and group-bys
    const printed = outputs.filter((o) => o.output_type === 'stream').map((o) => [o.text ?? ''].flat().join('')).join('')
    expect(printed).toMatch(/0 mismatches/)
    expect(printed).toMatch(/all checks passed/)
  }, 90_000)
})
