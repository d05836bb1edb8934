/**
 * The worker's code cache (src/cli/code-cache.ts): where it may live, and that a cache is written,
 * then used, refused when it does not fit, and never read from a place others can write.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { bundleDigest, codeCacheDir, type CodeCacheUse } from '../src/cli/code-cache.ts'
import { ROOT } from './support/fixtures.ts'

const tmp = () => mkdtempSync(join(tmpdir(), 'vne-cache-'))
const POSIX = process.platform !== 'win32'

/** A small CommonJS file with a function that runs (so that the cache has compiled code to hold). */
function moduleFile(dir: string, body = 'exports.twice = (n) => n * 2; exports.id = __filename; exports.req = typeof require("node:path").join'): string {
  const file = join(dir, 'mod.cjs')
  writeFileSync(file, body)
  return file
}

describe('codeCacheDir', () => {
  it('is off when asked, else the given absolute directory, else XDG_CACHE_HOME/vn-news-extract, made private', () => {
    const root = tmp()
    for (const off of ['off', 'OFF', '0', 'false', 'no']) expect(codeCacheDir({ VN_NEWS_EXTRACT_CODE_CACHE: off, XDG_CACHE_HOME: root })).toBeNull()
    const given = join(root, 'given')
    expect(codeCacheDir({ VN_NEWS_EXTRACT_CODE_CACHE: given, XDG_CACHE_HOME: root })).toBe(given)
    const xdg = codeCacheDir({ XDG_CACHE_HOME: root })
    expect(xdg).toBe(join(root, 'vn-news-extract'))
    if (POSIX) expect(statSync(xdg!).mode & 0o777).toBe(0o700)
    // A place that cannot be made (a file in the way, as a read-only or missing home would be): off.
    writeFileSync(join(root, 'file'), '')
    expect(codeCacheDir({ XDG_CACHE_HOME: join(root, 'file') })).toBeNull()
    expect(codeCacheDir({ VN_NEWS_EXTRACT_CODE_CACHE: join(root, 'file', 'below') })).toBeNull()
  })
  it.runIf(POSIX)('refuses a directory others can write, or a symlink', () => {
    const root = tmp()
    const open = join(root, 'open')
    mkdirSync(open)
    chmodSync(open, 0o777)
    expect(codeCacheDir({ VN_NEWS_EXTRACT_CODE_CACHE: open })).toBeNull()
    const real = join(root, 'real')
    mkdirSync(real, { mode: 0o700 })
    symlinkSync(real, join(root, 'link'))
    expect(codeCacheDir({ VN_NEWS_EXTRACT_CODE_CACHE: join(root, 'link') })).toBeNull()
    expect(codeCacheDir({ VN_NEWS_EXTRACT_CODE_CACHE: real })).toBe(real)
  })
})

/**
 * Loads `file` with the cache in `dir` in a fresh process (an isolate keeps its own compilation
 * cache: a second load in one process would never read the file), calls \`twice(21)\`, saves the
 * cache when told to: what the cache did, and the answer.
 */
function load(file: string, dir: string | null, save = true, nodeOptions?: string): { use: CodeCacheUse; answer: number } {
  const script = `import { requireWithCodeCache } from ${JSON.stringify(join(ROOT, 'src', 'cli', 'code-cache.ts'))}
const m = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(dir)})
const answer = m.exports.twice(21)
if (${save}) { m.save(); m.save() }
console.log(JSON.stringify({ use: m.use, answer }))`
  const env = { ...process.env, NODE_OPTIONS: nodeOptions ?? '' }
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env })
  return JSON.parse(out) as { use: CodeCacheUse; answer: number }
}

describe('requireWithCodeCache (each load in a fresh process)', () => {
  it('runs the file as CommonJS; writes the cache once, then V8 uses it', () => {
    const dir = tmp()
    const cache = join(dir, 'cache')
    mkdirSync(cache, { mode: 0o700 })
    const file = moduleFile(dir)
    expect(load(file, cache, false)).toEqual({ use: 'missing', answer: 42 })
    expect(readdirSync(cache)).toEqual([])
    expect(load(file, cache)).toEqual({ use: 'missing', answer: 42 })
    const written = readdirSync(cache)
    expect(written).toHaveLength(1)
    expect(written[0]).toMatch(/^mod\.cjs-[0-9a-f]{20}\.v8cache$/)
    if (POSIX) expect(statSync(join(cache, written[0]!)).mode & 0o777).toBe(0o600)
    expect(load(file, cache)).toEqual({ use: 'used', answer: 42 })
  })
  it('a cache V8 refuses (damaged) is reported and written again; a changed file gets a cache of its own', () => {
    const dir = tmp()
    const file = moduleFile(dir)
    load(file, dir)
    const name = readdirSync(dir).find((f) => f.endsWith('.v8cache'))!
    writeFileSync(join(dir, name), Buffer.alloc(4096, 7), { mode: 0o600 })
    expect(load(file, dir)).toEqual({ use: 'rejected', answer: 42 })
    expect(load(file, dir)).toEqual({ use: 'used', answer: 42 })
    moduleFile(dir, 'exports.twice = (n) => n + n + 1')
    expect(load(file, dir)).toEqual({ use: 'missing', answer: 43 })
    expect(readdirSync(dir).filter((f) => f.endsWith('.v8cache'))).toHaveLength(2)
    expect(load(file, dir)).toEqual({ use: 'used', answer: 43 })
  })
  it("the digest the build wrote beside the bundle names its cache; a bundle changed after the build gets a cache of its own", () => {
    const dir = tmp()
    const file = moduleFile(dir)
    const text = 'exports.twice = (n) => n * 2; exports.id = __filename; exports.req = typeof require("node:path").join'
    const sha = createHash('sha256').update(text).digest('hex')
    // No digest beside it, a malformed one, or one for another length: the text is hashed.
    expect(bundleDigest(file, text)).toBe(sha)
    writeFileSync(`${file}.sha256`, `nothex ${text.length}\n`)
    expect(bundleDigest(file, text)).toBe(sha)
    writeFileSync(`${file}.sha256`, `${'f'.repeat(64)} ${text.length + 1}\n`)
    expect(bundleDigest(file, text)).toBe(sha)
    // The build's digest for this length: taken as it is (the text is not hashed).
    writeFileSync(`${file}.sha256`, `${'f'.repeat(64)} ${text.length}\n`)
    expect(bundleDigest(file, text)).toBe('f'.repeat(64))
    expect(load(file, dir)).toEqual({ use: 'missing', answer: 42 })
    expect(readdirSync(dir).filter((f) => f.endsWith('.v8cache'))[0]).toMatch(/^mod\.cjs-f{12}[0-9a-f]{8}\.v8cache$/)
    expect(load(file, dir)).toEqual({ use: 'used', answer: 42 })
    // Edited after the build to the same length (the digest beside it now stale): its time tells.
    moduleFile(dir, text.replace('n * 2', 'n * 3'))
    const later = Date.now() / 1000 + 5
    utimesSync(file, later, later)
    expect(load(file, dir)).toEqual({ use: 'missing', answer: 63 })
    expect(load(file, dir)).toEqual({ use: 'used', answer: 63 })
  })
  it('other flags (NODE_OPTIONS) get a cache of their own instead of taking turns at one', () => {
    const dir = tmp()
    const file = moduleFile(dir)
    load(file, dir)
    expect(load(file, dir, true, '--max-old-space-size=300')).toEqual({ use: 'missing', answer: 42 })
    expect(readdirSync(dir).filter((f) => f.endsWith('.v8cache'))).toHaveLength(2)
    expect(load(file, dir)).toEqual({ use: 'used', answer: 42 })
    expect(load(file, dir, true, '--max-old-space-size=300')).toEqual({ use: 'used', answer: 42 })
  })
  it("writing a cache drops the same bundle's caches unused for 30 days, and nothing else", () => {
    const dir = tmp()
    const file = moduleFile(dir)
    const old = join(dir, 'mod.cjs-00000000000000000000.v8cache')
    const recent = join(dir, 'mod.cjs-11111111111111111111.v8cache')
    const other = join(dir, 'other.cjs-22222222222222222222.v8cache')
    for (const f of [old, recent, other]) writeFileSync(f, 'x', { mode: 0o600 })
    const longAgo = (Date.now() - 40 * 24 * 3600 * 1000) / 1000
    utimesSync(old, longAgo, longAgo)
    utimesSync(other, longAgo, longAgo)
    load(file, dir)
    const left = readdirSync(dir).filter((f) => f.endsWith('.v8cache'))
    expect(left).not.toContain('mod.cjs-00000000000000000000.v8cache')
    expect(left).toEqual(expect.arrayContaining(['mod.cjs-11111111111111111111.v8cache', 'other.cjs-22222222222222222222.v8cache']))
    expect(left).toHaveLength(3)
  })
  it.runIf(POSIX)('never reads a cache file others can write, and writes nothing without a directory', () => {
    const dir = tmp()
    const file = moduleFile(dir)
    load(file, dir)
    const name = readdirSync(dir).find((f) => f.endsWith('.v8cache'))!
    chmodSync(join(dir, name), 0o666)
    expect(load(file, dir, false).use).toBe('missing')
    const none = tmp()
    expect(load(moduleFile(none), null)).toEqual({ use: 'off', answer: 42 })
    expect(readdirSync(none)).toEqual(['mod.cjs'])
    expect(existsSync(join(none, 'cache'))).toBe(false)
  })
})
