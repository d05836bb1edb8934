/**
 * V8's code cache for the worker's bundle of the core (`dist/cli-worker-core.cjs`): a worker that
 * starts with it skips parsing and compiling the core's code, about a fifth of what one article
 * through the CLI costs (Node 20 has no `module.enableCompileCache`, so this does by hand what it
 * does). The cache is bytecode the worker runs, so it lives only in a directory of the user's own
 * that no one else can write: `$VN_NEWS_EXTRACT_CODE_CACHE` when that is an absolute path, else
 * `$XDG_CACHE_HOME/vn-news-extract` or `~/.cache/vn-news-extract`; `VN_NEWS_EXTRACT_CODE_CACHE=off`
 * (or `0`, `false`) turns it off. A directory or file that is a symlink, is another user's, or is
 * writable by group or others is not used. One file per bundle, Node version, platform and flags
 * (the name holds the build's digest and a hash of the rest); V8 checks it again when it reads it and falls back to
 * compiling when it does not fit. The cache never changes a record: it holds compiled code only.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { Script } from 'node:vm'

/** What happened to the cache when the file was loaded. */
export type CodeCacheUse =
  /** Read and accepted by V8. */
  | 'used'
  /** None there yet: `save()` writes one. */
  | 'missing'
  /** One there that V8 refused (another V8, or damaged): `save()` writes it again. */
  | 'rejected'
  /** No safe directory, or turned off: compiled as usual, nothing written. */
  | 'off'

export interface CachedModule {
  readonly exports: unknown
  readonly use: CodeCacheUse
  /**
   * Writes the cache when it was missing or refused (once; best effort, never throws). Call it after
   * the code has run on real work: the cache then holds the functions compiled meanwhile too.
   */
  save(): void
}

/** The values that turn the cache off. */
const OFF = new Set(['0', 'off', 'false', 'no'])

/** The cache directory for this environment (made if missing), or null when it is off or not safe to use. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const setting = env.VN_NEWS_EXTRACT_CODE_CACHE?.trim() ?? ''
  if (OFF.has(setting.toLowerCase())) return null
  const xdg = env.XDG_CACHE_HOME
  let dir: string
  try {
    dir = isAbsolute(setting) ? setting : join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'vn-news-extract')
    mkdirSync(dir, { recursive: true, mode: 0o700 })
  } catch {
    return null
  }
  return ownedAndPrivate(dir, true) ? dir : null
}

/** A directory or file (not a symlink) of this user that neither group nor others can write. */
function ownedAndPrivate(path: string, directory: boolean): boolean {
  try {
    const st = lstatSync(path)
    if (directory ? !st.isDirectory() : !st.isFile()) return false
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return false
    return process.platform === 'win32' || (st.mode & 0o022) === 0
  } catch {
    return false
  }
}

/**
 * The cache file's name: the bundle's name, its digest (see {@link bundleDigest}), and a hash of its
 * modification time, Node's version, the platform and the flags (the command line's and
 * NODE_OPTIONS': V8 refuses a cache made under other flags, and two setups taking turns would
 * otherwise rewrite one file for ever).
 */
function cacheName(file: string, source: string): string {
  let mtime = 0
  try {
    mtime = statSync(file).mtimeMs
  } catch {
    // read a moment ago: the digest alone then
  }
  const setup = `${mtime} ${process.version} ${process.platform} ${process.arch} ${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`
  return `${basename(file)}-${bundleDigest(file, source).slice(0, 12)}${fnv1a(setup).toString(16).padStart(8, '0')}.v8cache`
}

/**
 * The SHA-256 of the bundle's text, in hex. The build writes it beside the bundle
 * (`<file>.sha256`: the digest and the text's length, see tests/tools/write-digest.ts), so that a
 * start-up neither loads node:crypto (~5 ms) nor hashes half a megabyte; when that file is missing
 * or gives another length (the bundle was changed after the build), the text is hashed here.
 */
export function bundleDigest(file: string, source: string): string {
  try {
    const [digest, length] = readFileSync(`${file}.sha256`, 'utf8').trim().split(' ')
    if (digest !== undefined && /^[0-9a-f]{64}$/.test(digest) && Number(length) === source.length) return digest
  } catch {
    // no digest beside it
  }
  const { createHash } = createRequire(file)('node:crypto') as typeof import('node:crypto')
  return createHash('sha256').update(source).digest('hex')
}

/** 32-bit FNV-1a of a short string's UTF-16 units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * Runs the CommonJS file `file` (as `require` would: its own `module`, `exports` and `require`)
 * compiled with the code cache kept in `dir` (null: no cache). Throws only what loading the file
 * itself throws.
 */
export function requireWithCodeCache(file: string, dir: string | null): CachedModule {
  const source = readFileSync(file, 'utf8')
  const name = cacheName(file, source)
  const path = dir === null ? null : join(dir, name)
  let cached: Buffer | undefined
  if (path !== null && ownedAndPrivate(path, false)) {
    try {
      cached = readFileSync(path)
    } catch {
      cached = undefined
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData: cached })
  const use: CodeCacheUse = path === null ? 'off' : cached === undefined ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'used'
  const module = { exports: {} as unknown }
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeRequire, m: { exports: unknown }, f: string, d: string) => void
  wrapper(module.exports, createRequire(file), module, file, dirname(file))
  let saved = use === 'used' || use === 'off'
  return {
    exports: module.exports,
    use,
    save() {
      if (saved || dir === null || path === null) return
      saved = true
      writeCache(dir, name, path, script.createCachedData())
    },
  }
}

/** A cache of this bundle not written for this long is dropped when another is written (an older version's, or another Node's no longer used). */
const STALE_MS = 30 * 24 * 3600 * 1000

/** Writes the cache beside a temporary name and renames it into place (two workers may write at once); drops this bundle's stale caches. */
function writeCache(dir: string, name: string, path: string, data: Buffer): void {
  // (node:worker_threads is loaded here, when a cache is written, not at every start-up.)
  const { threadId } = createRequire(path)('node:worker_threads') as typeof import('node:worker_threads')
  const temporary = `${path}.${process.pid}-${threadId}.tmp`
  try {
    writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' })
    renameSync(temporary, path)
  } catch {
    try {
      unlinkSync(temporary)
    } catch {
      // nothing was written
    }
    return
  }
  const stem = name.slice(0, name.lastIndexOf('-') + 1)
  try {
    const now = Date.now()
    for (const other of readdirSync(dir)) {
      if (other === name || !other.startsWith(stem) || !other.endsWith('.v8cache')) continue
      const st = lstatSync(join(dir, other))
      if (now - st.mtimeMs > STALE_MS) unlinkSync(join(dir, other))
    }
  } catch {
    // another process is tidying too
  }
}
