/**
 * The CLI starts light: what every run loads (the bin's static import graph) holds none of the
 * heavy modules; the core, the page reader, the Parquet writer and the progress bar load only
 * when a run needs them (workers, --format parquet, an HTML page, a terminal). Timings are in
 * `npm run bench`; this checks the structure that makes them.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, ROOT } from './support/fixtures.ts'

const DIST = join(ROOT, 'dist')
const STATIC_IMPORT = /(?:^|[;\n])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g

/** Every module the file loads before running (static imports, followed through local chunks). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(join(DIST, file), 'utf8')
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const spec = m[1]!
      if (spec.startsWith('./')) visit(spec.slice(2))
      else seen.add(spec)
    }
  }
  visit(entry)
  return seen
}

describe('CLI start-up', () => {
  it('the bin statically loads none of zod, linkedom, Readability, htmlparser2, hyparquet-writer or cli-progress', () => {
    expect(existsSync(join(DIST, 'cli.js'))).toBe(true)
    const graph = staticGraph('cli.js')
    for (const heavy of ['zod', 'linkedom', '@mozilla/readability', 'htmlparser2', 'hyparquet-writer', 'cli-progress']) expect([...graph], heavy).not.toContain(heavy)
    // …and loads them when asked: the dynamic imports are there.
    const all = [...graph].filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n')
    const dynamic = [...all.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!)
    expect(dynamic).toEqual(expect.arrayContaining(['cli-progress']))
    expect(dynamic.some((d) => /parquet-sink/.test(d))).toBe(true)
    expect(dynamic.some((d) => /process-article|html-sink/.test(d))).toBe(true)
  })

  it('a worker loads the page reader only when a page arrives, and never zod', () => {
    const graph = staticGraph('cli-worker.js')
    // Records are checked at the boundary, in the workers, against the JSON Schema made from the
    // zod schema at build time (src/cli/check-record.ts): zod itself is not loaded.
    for (const heavy of ['zod', 'linkedom', '@mozilla/readability', 'htmlparser2', 'hyparquet-writer', 'cli-progress']) expect([...graph], heavy).not.toContain(heavy)
    // The processor and the core: one CommonJS file the worker runs (through the code cache).
    const core = readFileSync(join(DIST, 'cli-worker-core.cjs'), 'utf8')
    expect(core).toContain('record failed schema validation')
    for (const heavy of ['zod', 'linkedom', '@mozilla/readability', 'htmlparser2', 'hyparquet-writer', 'cli-progress']) expect(core, heavy).not.toContain(`require("${heavy}")`)
  })

  it('a worker reading a page loads the DOM reader only, never a second copy of the core', () => {
    // What the worker may import besides the processor it falls back to from sources (process-article).
    const worker = [...staticGraph('cli-worker.js')].filter((f) => f.endsWith('.js'))
    const dynamic = worker.flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!.slice(2)))
    const pageSide = dynamic.filter((d) => !/^process-article/.test(d))
    const reached = new Set<string>()
    for (const d of pageSide) {
      for (const f of staticGraph(d)) if (f.endsWith('.js')) reached.add(f)
      for (const f of [...reached]) for (const m of readFileSync(join(DIST, f), 'utf8').matchAll(DYNAMIC_IMPORT)) for (const g of staticGraph(m[1]!.slice(2))) if (g.endsWith('.js')) reached.add(g)
    }
    expect([...reached].some((f) => /^read-page/.test(f))).toBe(true)
    for (const f of reached) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toContain('function runStages')
    expect(readFileSync(join(DIST, 'cli-worker-core.cjs'), 'utf8')).toContain('function runStages')
  })
  it("the worker's core is one CommonJS file with no import(), run through V8's code cache: written by the first run, used by the next, the same records either way", () => {
    const core = readFileSync(join(DIST, 'cli-worker-core.cjs'), 'utf8')
    expect(core).toContain('record failed schema validation')
    expect(core).not.toMatch(DYNAMIC_IMPORT)
    expect(core).not.toMatch(/\bimport\(/)
    const article = readFileSync(join(FIXTURES, 'b-01-so-ket-to-chuc-xay-dung-dang-quang-tri.txt'), 'utf8')
    const home = mkdtempSync(join(tmpdir(), 'vne-xdg-'))
    const run = (env: Record<string, string>) => execFileSync(process.execPath, [join(DIST, 'cli.js'), '-'], { input: article, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: home, VN_NEWS_EXTRACT_CODE_CACHE: '', ...env } })
    const off = run({ VN_NEWS_EXTRACT_CODE_CACHE: 'off' })
    expect(existsSync(join(home, 'vn-news-extract'))).toBe(false)
    const first = run({})
    const dir = join(home, 'vn-news-extract')
    const files = readdirSync(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^cli-worker-core\.cjs-[0-9a-f]{20}\.v8cache$/)
    const written = statSync(join(dir, files[0]!)).mtimeMs
    const second = run({})
    // Not written again: V8 accepted it (a refused cache is rewritten).
    expect(statSync(join(dir, files[0]!)).mtimeMs).toBe(written)
    expect(readdirSync(dir)).toEqual(files)
    expect(first).toBe(off)
    expect(second).toBe(off)
    expect(JSON.parse(first.split('\n')[0]!).counts.length).toBeGreaterThan(0)
  })
})
