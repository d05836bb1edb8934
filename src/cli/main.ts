import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import { parseCliArgs, USAGE, type CliArgs } from './args.ts'
import { discover, type Discovery } from './discover.ts'
import { Pool } from './pool.ts'
import { Progress } from './progress.ts'
import { failed, type Result } from './result.ts'
import { readArticles } from './read-articles.ts'
import { CsvSink, JsonlSink, type Sink } from './sinks.ts'

/** What the CLI touches, passed in by the entry point (and by tests). */
export interface CliIO {
  /** Where records go (standard output, unless --out). */
  stdout: Writable
  stderr: (s: string) => void
  stdin: Readable
  stderrIsTTY: boolean
  /** The terminal stream for the progress bar (standard error), when it is one. */
  stderrStream: NodeJS.WriteStream | null
  /** Opens the --out file. */
  openOut: (path: string) => Writable
  version: string
  cores: number
  /** Aborted on SIGINT: the run stops after the line being written. */
  signal: AbortSignal
}

/** Exit codes, as the usage text and the README give them. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const

/** Most articles in flight or waiting to be written, per worker: memory stays flat whatever the archive. */
const WINDOW_PER_WORKER = 32
/** Articles sent to a worker in one message (two such batches in flight). */
const BATCH = 8
/** Most bytes of one text or HTML file read as an article. */
const MAX_ARTICLE_BYTES = 32 * 1024 * 1024
/** Error messages echoed to standard error before only the summary counts them. */
const ECHOED_ERRORS = 20

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let args: CliArgs
  try {
    args = parseCliArgs(argv, io.cores)
  } catch (error) {
    io.stderr(`vn-news-extract: ${(error as Error).message}\n\n${USAGE}\n`)
    return EXIT.usage
  }
  if (args.help) {
    io.stdout.write(`${USAGE}\n`)
    return EXIT.ok
  }
  if (args.version) {
    io.stdout.write(`${io.version}\n`)
    return EXIT.ok
  }
  if (args.inputs.length === 0) {
    io.stderr(`vn-news-extract: no inputs\n\n${USAGE}\n`)
    return EXIT.usage
  }
  const out = args.out && args.format !== 'parquet' ? io.openOut(args.out) : io.stdout
  let sink: Sink
  try {
    // The report's and Parquet's modules (and hyparquet-writer) load only for their format.
    sink = args.format === 'jsonl' ? new JsonlSink(args.pretty)
      : args.format === 'html' ? new (await import('./html-sink.ts')).HtmlSink(`vn-news-extract ${io.version}`)
        : args.format === 'csv' ? new CsvSink(args.table!) : new (await import('./parquet-sink.ts')).ParquetSink(args.table!, args.out!)
  } catch (error) {
    io.stderr(`vn-news-extract: cannot open the output: ${(error as Error).message}\n`)
    return EXIT.usage
  }
  return run(args, io, out, sink)
}

async function run(args: CliArgs, io: CliIO, out: Writable, sink: Sink): Promise<number> {
  const started = Date.now()
  const stats = { inputs: 0, records: 0, errors: new Map<string, number>(), bytes: 0 }
  const found: Discovery = { skipped: new Map() }
  const progress = new Progress(io.stderr, args.progress ?? io.stderrIsTTY, io.stderrIsTTY, io.stderrStream)
  await progress.prepare()
  if (args.progress ?? io.stderrIsTTY) progress.setTotal(await sizeOnDisk(args, found))
  let stop: 'interrupted' | 'closed' | 'failed' | null = null
  let echoed = 0

  // Whoever waits for a change (room to read more, the last line written) is woken on every change.
  const waiters: Array<() => void> = []
  const notify = () => {
    for (const w of waiters.splice(0)) w()
  }
  const until = async (condition: () => boolean) => {
    while (stop === null && !condition()) await new Promise<void>((resolve) => waiters.push(resolve))
  }
  // Ordered output: lines wait here until every earlier input's line is written.
  const ready = new Map<number, Result>()
  let next = 0
  let writing = false
  const pump = async () => {
    if (writing) return
    writing = true
    try {
      while (stop === null && ready.has(next)) {
        const result = ready.get(next)!
        ready.delete(next)
        next++
        // One write per input: its lines are never split, so an interrupt leaves whole lines only.
        let flowing = true
        try {
          const text = sink.take(result)
          if (text) flowing = out.write(text)
        } catch (error) {
          writeFailed(error as NodeJS.ErrnoException) // a pipe closed under a synchronous write throws here
          break
        }
        if (!flowing) await Promise.race([drainedOrGone(out), aborted(io.signal)])
        notify()
      }
    } finally {
      writing = false
      notify()
    }
  }
  const writeFailed = (e: NodeJS.ErrnoException) => {
    // A reader that went away (| head): stop quietly. Any other write error is reported.
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED' && stop === null) io.stderr(`vn-news-extract: cannot write the output: ${e.message}\n`)
    stop ??= e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED' ? 'closed' : 'failed'
    notify()
  }
  out.on('error', writeFailed)
  const onAbort = () => {
    stop ??= 'interrupted'
    notify()
  }
  io.signal.addEventListener('abort', onAbort)

  // Bytes on disk behind each input (a file's size; for archive rows, what was read since the
  // previous row), so that progress and its ETA follow the work done, not the reading ahead.
  const diskBytes = new Map<number, number>()
  let counted = 0
  let done = 0
  const claim = (seq: number) => {
    diskBytes.set(seq, stats.bytes - counted)
    counted = stats.bytes
  }
  const emit = (r: Result) => {
    stats.inputs++
    if (r.error === null) stats.records++
    else {
      const code = r.error.error.code
      stats.errors.set(code, (stats.errors.get(code) ?? 0) + 1)
      if (echoed++ < ECHOED_ERRORS) io.stderr(`vn-news-extract: ${r.error.error.message}\n`)
    }
    done += diskBytes.get(r.seq) ?? 0
    diskBytes.delete(r.seq)
    progress.update(stats.inputs, done)
    ready.set(r.seq, r)
    notify()
    void pump()
  }
  const pool = new Pool({
    size: args.jobs, timeoutMs: args.timeoutMs, batch: BATCH,
    shape: args.format === 'jsonl' ? { kind: 'jsonl', pretty: args.pretty } : args.format === 'html' ? { kind: 'html' } : { kind: 'table', table: args.table! },
    onResult: emit,
    onFallback: (reason) => io.stderr(`vn-news-extract: worker threads could not start (${reason}); working in one thread (each article still under --timeout)\n`),
  })
  const window = args.jobs * WINDOW_PER_WORKER

  let seq = 0
  try {
    const readOptions = {
      textField: args.textField, idField: args.idField, publishedField: args.publishedField, published: args.published,
      maxArticleBytes: MAX_ARTICLE_BYTES, onBytes: (n: number) => {
        stats.bytes += n
      },
    }
    sources: for await (const src of discover(args.inputs, args.inputFormat ?? 'text', args.inputFormat, found)) {
      if (src.kind === 'error') {
        emit(failed(seq++, src.source, src.source, src.code, src.message))
        continue
      }
      for await (const item of readArticles(src, io.stdin, readOptions)) {
        await until(() => pool.load + ready.size < window)
        if (stop !== null) break sources
        const s = seq++
        claim(s)
        if (item.kind === 'error') emit(failed(s, item.id, item.source, item.code, item.message))
        else pool.submit({ seq: s, id: item.id, source: item.source, text: item.text, format: item.format, published: item.published, fallbackPublished: item.fallbackPublished, notes: item.notes })
      }
    }
    await until(() => next === seq && !writing)
  } finally {
    io.signal.removeEventListener('abort', onAbort)
    // Workers are terminated; a worker stopped while it is still loading may never confirm it (seen
    // with module hooks), and the process exits right after, so the wait is bounded.
    await Promise.race([pool.close(), new Promise((resolve) => setTimeout(resolve, 2000).unref())])
    progress.done()
  }
  if (stop === 'interrupted') {
    // Lines already handed to the stream are flushed whole (a slow pipe may still hold part of one);
    // a second Ctrl-C exits at once.
    if (out.writableLength > 0 && !out.destroyed) await drainedOrGone(out)
    try {
      // A Parquet file gets its footer, a report its index and script: valid, with what was written so far.
      const tail = sink.finish()
      if (tail !== null && !out.destroyed) {
        out.write(tail)
        if (out.writableLength > 0) await drainedOrGone(out)
      }
    } catch {
      // the interrupt is what gets reported
    }
    io.stderr(`vn-news-extract: interrupted after ${next} of ${seq} inputs were written\n`)
    return EXIT.interrupted
  }
  if (stop === 'closed') return EXIT.ok
  if (stop === 'failed') return EXIT.someFailed
  try {
    const tail = sink.finish()
    if (tail !== null) out.write(tail)
  } catch (error) {
    io.stderr(`vn-news-extract: cannot finish the output: ${(error as Error).message}\n`)
    return EXIT.someFailed
  }
  if (out !== io.stdout) {
    out.end()
    await once(out, 'finish').catch(() => undefined)
  }
  io.stderr(`${summary(stats, found, pool.replaced, Date.now() - started)}\n`)
  return stats.errors.size > 0 ? EXIT.someFailed : EXIT.ok
}

/** The inputs' total size on disk (for the progress bar's ETA); 0 when standard input is among them. */
async function sizeOnDisk(args: CliArgs, found: Discovery): Promise<number> {
  let total = 0
  for await (const src of discover(args.inputs, 'text', null, { skipped: new Map(found.skipped) })) {
    if (src.kind === 'stdin') return 0
    if (src.kind === 'file') total += src.size
  }
  return total
}

/** Resolves when `out` drains, closes or fails (a failure is handled by its 'error' listener, not here). */
function drainedOrGone(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done)
      out.off('close', done)
      out.off('error', done)
      resolve()
    }
    out.on('drain', done)
    out.on('close', done)
    out.on('error', done)
  })
}

/** Resolves when `signal` aborts (never, if it does not). */
function aborted(signal: AbortSignal): Promise<void> {
  return signal.aborted ? Promise.resolve() : new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))
}

function summary(stats: { inputs: number; records: number; errors: Map<string, number>; bytes: number }, found: Discovery, replaced: number, ms: number): string {
  const errors = [...stats.errors.values()].reduce((a, b) => a + b, 0)
  const byCode = [...stats.errors].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')
  const skipped = [...found.skipped.values()].reduce((a, b) => a + b, 0)
  const parts = [
    `vn-news-extract: ${stats.inputs} input${stats.inputs === 1 ? '' : 's'}, ${stats.records} record${stats.records === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}${errors ? ` (${byCode})` : ''}`,
  ]
  if (skipped) parts.push(`${skipped} file${skipped === 1 ? '' : 's'} skipped for their extension (${[...found.skipped].map(([e, n]) => `${e} ${n}`).join(', ')})`)
  if (replaced) parts.push(`${replaced} worker${replaced === 1 ? '' : 's'} replaced`)
  parts.push(`${(stats.bytes / 1e6).toFixed(1)} MB read in ${(ms / 1000).toFixed(1)} s`)
  return parts.join('; ')
}
