import { parseCliArgs, USAGE, type CliArgs } from './args.ts'
import { createPool } from './pool.ts'
import { processFile, processText, type Outcome } from './process-one.ts'

/** What the CLI touches, injectable for tests. */
export interface CliIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  readFile: (path: string) => Promise<string>
  readStdin: () => Promise<string>
  /** The article files under a directory (sorted), or null when `path` is not a directory. */
  listDirectory: (path: string) => Promise<string[] | null>
  version: string
  /** Cores available, for `--jobs auto`. */
  cores: number
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 a record failed validation, 2 unreadable input or bad arguments). */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let args: CliArgs
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    io.stderr(`vn-news-extract: ${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  if (args.version) {
    io.stdout(`${io.version}\n`)
    return 0
  }
  if (args.files.length === 0) {
    io.stderr(`vn-news-extract: no input files\n${USAGE}\n`)
    return 2
  }
  if (args.published !== undefined && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(args.published)) {
    io.stderr(`vn-news-extract: --published must be YYYY-MM-DD, got "${args.published}"\n`)
    return 2
  }
  const jobs = args.jobs === 'auto' ? Math.max(1, io.cores) : Number(args.jobs)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
    io.stderr(`vn-news-extract: --jobs must be a whole number from 1 to 256 or "auto", got "${args.jobs}"\n`)
    return 2
  }

  // Directories expand to the article files under them, in sorted order.
  const inputs: string[] = []
  for (const f of args.files) {
    const listed = f === '-' ? null : await io.listDirectory(f)
    if (listed) inputs.push(...listed)
    else inputs.push(f)
  }

  let code = 0
  const results: Array<Outcome | undefined> = new Array(inputs.length)
  let written = 0
  let done = 0
  let bytes = 0
  const started = Date.now()
  let lastReport = 0
  const report = (final: boolean) => {
    if (!args.progress) return
    const now = Date.now()
    if (!final && now - lastReport < 500) return
    lastReport = now
    const mb = bytes / 1e6
    const rate = mb / Math.max(0.001, (now - started) / 1000)
    io.stderr(`\r${done}/${inputs.length} files, ${mb.toFixed(1)} MB, ${rate.toFixed(1)} MB/s${final ? '\n' : ''}`)
  }
  const settle = (index: number, outcome: Outcome) => {
    results[index] = outcome
    done++
    bytes += outcome.bytes
    // Write in input order, whatever order the workers finish in.
    while (written < inputs.length && results[written] !== undefined) {
      const r = results[written]!
      if (r.ok) io.stdout(`${r.line}\n`)
      else {
        io.stderr(`vn-news-extract: ${r.message}\n`)
        code = Math.max(code, r.code)
      }
      results[written] = undefined
      written++
    }
    report(false)
  }

  const pool = createPool(jobs, { published: args.published, pretty: args.pretty })
  try {
    const viaPool = pool ? inputs.map((f, i) => [f, i] as const).filter(([f]) => f !== '-') : []
    const poolRun = pool && viaPool.length ? pool.run(viaPool.map(([f]) => f), (k, outcome) => settle(viaPool[k]![1], outcome)) : null
    for (let i = 0; i < inputs.length; i++) {
      const f = inputs[i]!
      if (f === '-') settle(i, processText(await io.readStdin(), '-', args.published, args.pretty))
      else if (!pool) settle(i, await processFile(f, io.readFile, args.published, args.pretty))
    }
    if (poolRun) await poolRun
  } finally {
    await pool?.close()
  }
  report(true)
  return code
}
