/**
 * The inputs named on the command line, in order: files, the article files under directories
 * (recursive, sorted), and standard input. Only regular files are read from directories: a FIFO,
 * socket or device there is an error line (opening one could block forever), as is a symlink
 * loop; files with other extensions are counted for the summary, not silently dropped.
 */
import type { Dirent, Stats } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { formatOfPath, type InputFormat } from './formats.ts'

export type Source =
  | { kind: 'file'; path: string; format: InputFormat; gzip: boolean; size: number; stream: boolean }
  | { kind: 'stdin'; format: InputFormat }
  | { kind: 'error'; source: string; code: string; message: string }

export interface Discovery {
  /** Extensions skipped under directories, with how many files had each. */
  skipped: Map<string, number>
}

const describeStat = (s: Stats) =>
  s.isFIFO() ? 'a FIFO' : s.isSocket() ? 'a socket' : s.isCharacterDevice() ? 'a character device' : s.isBlockDevice() ? 'a block device' : 'not a regular file'

function statError(path: string, error: unknown): Source {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
  const known: Record<string, [string, string]> = {
    ENOENT: ['not_found', 'no such file or directory'], EACCES: ['permission_denied', 'permission denied'],
    ELOOP: ['symlink_loop', 'too many levels of symbolic links (a symlink loop)'], ENOTDIR: ['not_found', 'a path component is not a directory'],
  }
  const [c, m] = known[code] ?? ['read_failed', code]
  return { kind: 'error', source: path, code: c, message: `${path}: ${m}` }
}

/**
 * Yields the sources for `args`, in order. `stdinFormat` is the format of `-`; `forced` (when set)
 * overrides the format of every file.
 */
export async function* discover(args: readonly string[], stdinFormat: InputFormat, forced: InputFormat | null, found: Discovery): AsyncGenerator<Source> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', format: stdinFormat }
      continue
    }
    let info: Stats
    try {
      info = await stat(arg)
    } catch (error) {
      yield statError(arg, error)
      continue
    }
    if (info.isDirectory()) {
      yield* walk(arg, new Set([await realpath(arg).catch(() => arg)]), forced, found)
    } else if (info.isFile()) {
      const f = formatOfPath(arg)
      yield { kind: 'file', path: arg, format: forced ?? f?.format ?? 'text', gzip: f?.gzip ?? false, size: info.size, stream: false }
    } else if (info.isFIFO() || info.isCharacterDevice()) {
      // Named on the command line (`<(zcat a.gz)`, /dev/stdin): the user asked for it, so it is read as a stream.
      const f = formatOfPath(arg)
      yield { kind: 'file', path: arg, format: forced ?? f?.format ?? 'text', gzip: f?.gzip ?? false, size: 0, stream: true }
    } else {
      yield { kind: 'error', source: arg, code: 'not_regular_file', message: `${arg}: ${describeStat(info)}, not read` }
    }
  }
}

async function* walk(dir: string, seen: Set<string>, forced: InputFormat | null, found: Discovery): AsyncGenerator<Source> {
  let entries: Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    yield statError(dir, error)
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const path = join(dir, e.name)
    let info: Stats
    try {
      info = await stat(path) // follows symlinks; a loop fails here with ELOOP
    } catch (error) {
      yield statError(path, error)
      continue
    }
    if (info.isDirectory()) {
      const real = await realpath(path).catch(() => path)
      if (seen.has(real)) {
        yield { kind: 'error', source: path, code: 'symlink_loop', message: `${path}: a symlink back to ${real}, already being read (a loop); not read again` }
        continue
      }
      yield* walk(path, new Set([...seen, real]), forced, found)
      continue
    }
    const f = formatOfPath(e.name)
    if (!f) {
      const ext = extname(e.name).toLowerCase() || '(none)'
      found.skipped.set(ext, (found.skipped.get(ext) ?? 0) + 1)
      continue
    }
    if (!info.isFile()) {
      yield { kind: 'error', source: path, code: 'not_regular_file', message: `${path}: ${describeStat(info)}, not opened (it could block)` }
      continue
    }
    yield { kind: 'file', path, format: forced ?? f.format, gzip: f.gzip, size: info.size, stream: false }
  }
}

