/**
 * The CLI's worker pool starts workers as the work needs them: none for a single article or a few
 * short ones (the main thread does them, under the time budget), more (up to its size) once more is
 * waiting than the running workers hold.
 */
import { describe, expect, it } from 'vitest'
import { INLINE_MAX_UNITS } from '../src/cli/inline.ts'
import type { LoadedProcessor } from '../src/cli/load-processor.ts'
import { BYTES_PER_WORKER, Pool, type PoolOptions } from '../src/cli/pool.ts'
import type { Result, Task } from '../src/cli/result.ts'

function task(seq: number, text: string): Task {
  return { seq, id: String(seq), source: 'test', text, format: 'text', published: undefined, fallbackPublished: undefined, notes: [] }
}

/** Runs `tasks` through a pool of `size`; gives the results (in arrival order), how many workers started and how many articles the main thread did. */
async function run(size: number, tasks: Task[], more: Partial<PoolOptions> = {}): Promise<{ results: Result[]; started: number; inline: number }> {
  const results: Result[] = []
  let done: () => void
  const finished = new Promise<void>((resolve) => (done = resolve))
  const pool = new Pool({
    size, timeoutMs: 60_000, batch: 8, shape: { kind: 'jsonl', pretty: false },
    onResult: (r) => {
      results.push(r)
      if (results.length === tasks.length) done()
    },
    onFallback: (reason) => {
      throw new Error(`workers did not start: ${reason}`)
    },
    ...more,
  })
  for (const t of tasks) pool.submit(t)
  await finished
  const started = pool.started
  await pool.close()
  return { results, started, inline: pool.doneInline }
}

const ARTICLE = 'Chiều 12/7, đồng chí Nguyễn Văn An chủ trì hội nghị triển khai Kế hoạch số 29-KH/TU.'

describe('CLI pool: workers start as the work needs them', () => {
  it('one article: the main thread does it, no worker starts; the same line as a worker gives', async () => {
    const here = await run(4, [task(0, ARTICLE)])
    expect(here.results.map((r) => r.error)).toEqual([null])
    expect(here.started).toBe(0)
    expect(here.inline).toBe(1)
    const there = await run(4, [task(0, ARTICLE)], { inline: false })
    expect(there.started).toBe(1)
    expect(there.inline).toBe(0)
    expect(here.results[0]!.line).toBe(there.results[0]!.line)
  })

  it('with no time limit (--timeout 0) the main thread does no article: a worker does it (an endless one could not be stopped there, nor Ctrl-C heard)', async () => {
    const none = await run(4, [task(0, ARTICLE)], { timeoutMs: 0 })
    expect([none.started, none.inline]).toEqual([1, 0])
    expect(none.results.map((r) => r.error)).toEqual([null])
  })

  it('a few short articles: the main thread, still no worker; with inline off, one worker', async () => {
    const tasks = Array.from({ length: 16 }, (_, i) => task(i, ARTICLE))
    const here = await run(4, tasks)
    expect(here.results.filter((r) => r.error === null)).toHaveLength(16)
    expect([here.started, here.inline]).toEqual([0, 16])
    const there = await run(4, tasks, { inline: false })
    expect(there.results.filter((r) => r.error === null)).toHaveLength(16)
    expect([there.started, there.inline]).toEqual([1, 0])
  })

  it('input that comes one article at a time (files read one by one) still gets workers: the main thread counts what it has done', async () => {
    const results: Result[] = []
    let done: () => void
    const finished = new Promise<void>((resolve) => (done = resolve))
    const total = 40
    let next = 0
    const pool: Pool = new Pool({
      size: 2, timeoutMs: 10_000, batch: 8, shape: { kind: 'jsonl', pretty: false },
      onResult: (r) => {
        results.push(r)
        // The next article only once this one is answered: never more than one waiting.
        if (next < total) setImmediate(() => pool.submit(task(next++, ARTICLE)))
        if (results.length === total) done()
      },
      onFallback: (reason) => {
        throw new Error(`workers did not start: ${reason}`)
      },
    })
    pool.submit(task(next++, ARTICLE))
    await finished
    const started = pool.started
    await pool.close()
    expect(results.filter((r) => r.error === null)).toHaveLength(total)
    // A worker started once more than two batches' worth had come (the main thread goes on until it is ready).
    expect(started).toBeGreaterThanOrEqual(1)
  })

  it('a main thread that cannot load the core leaves every article to a worker', async () => {
    const loadInline = async (): Promise<LoadedProcessor> => {
      throw new Error('no core here')
    }
    const { results, started, inline } = await run(2, [task(0, ARTICLE), task(1, ARTICLE), task(2, ARTICLE)], { loadInline })
    expect(results.map((r) => r.error)).toEqual([null, null, null])
    expect([started, inline]).toEqual([1, 0])
  })

  it('a page, or a text longer than the main thread takes, goes to a worker', async () => {
    const page = `<html><head><title>T</title></head><body><article><p>${ARTICLE}</p></article></body></html>`
    const long = `${ARTICLE}\n`.repeat(Math.ceil(INLINE_MAX_UNITS / ARTICLE.length) + 1)
    const real = await import('../src/cli/process-article.ts')
    let loads = 0
    const loadInline = async (): Promise<LoadedProcessor> => {
      loads++
      return { processor: real, saveCache: () => undefined }
    }
    // A page given as HTML and a long text: the main thread does not even load the core. A page
    // that comes as `auto` text is told by the core's isPage, so the core is loaded, then left.
    const cases: Array<[Task, number]> = [[{ ...task(0, page), format: 'html' }, 0], [task(0, long), 0], [{ ...task(0, page), format: 'auto' }, 1]]
    for (const [t, expectedLoads] of cases) {
      loads = 0
      const { results, started, inline } = await run(4, [t], { loadInline })
      expect(results.map((r) => r.error)).toEqual([null])
      expect([started, inline]).toEqual([1, 0])
      expect(loads).toBe(expectedLoads)
    }
  })

  it('the main thread keeps the time budget: an article past it is a timeout error, and workers do the rest', async () => {
    const real = await import('../src/cli/process-article.ts')
    const spin = (): never => {
      for (;;) {
        // an article that never ends
      }
    }
    const loadInline = async (): Promise<LoadedProcessor> => ({
      processor: { ...real, processArticle: (t, shape, reader) => (t.text === 'SPIN' ? spin() : real.processArticle(t, shape, reader)) },
      saveCache: () => undefined,
    })
    const { results, started, inline } = await run(2, [task(0, ARTICLE), task(1, 'SPIN'), task(2, ARTICLE)], { timeoutMs: 200, loadInline })
    expect(results.map((r) => [r.seq, r.error?.error.code ?? 'record'])).toEqual([[0, 'record'], [1, 'timeout'], [2, 'record']])
    expect(results[1]!.error!.error.message).toContain('--timeout')
    expect(inline).toBe(2) // the first article and the one stopped; the third went to the worker
    expect(started).toBe(1)
  })

  it('more articles than one worker holds in flight: more workers, never more than the size', async () => {
    const { results, started } = await run(3, Array.from({ length: 60 }, (_, i) => task(i, ARTICLE)))
    expect(results.filter((r) => r.error === null)).toHaveLength(60)
    expect(started).toBe(3)
  })

  it('a few long articles (more text than a worker does while another starts): more workers', async () => {
    const long = `${ARTICLE} `.repeat(Math.ceil(BYTES_PER_WORKER / ARTICLE.length / 2))
    const { results, started } = await run(2, [task(0, long), task(1, long), task(2, long)])
    expect(results.filter((r) => r.error === null)).toHaveLength(3)
    expect(started).toBe(2)
  })
})

/** Workers that cannot start (their script throws before they are ready): the pool falls back to this thread. */
const NO_WORKERS = { entry: 'throw new Error("no workers here")', eval: true }

/** Runs `tasks` through a pool whose workers cannot start; gives the results (in arrival order) and the fallback reasons told. */
async function runFallback(tasks: Task[], more: Partial<PoolOptions> = {}): Promise<{ results: Result[]; reasons: string[] }> {
  const results: Result[] = []
  const reasons: string[] = []
  let done: () => void
  const finished = new Promise<void>((resolve) => (done = resolve))
  const pool = new Pool({
    size: 2, timeoutMs: 60_000, batch: 8, shape: { kind: 'jsonl', pretty: false }, workerEntry: NO_WORKERS,
    onResult: (r) => {
      results.push(r)
      if (results.length === tasks.length) done()
    },
    onFallback: (reason) => reasons.push(reason),
    ...more,
  })
  for (const t of tasks) pool.submit(t)
  await finished
  await pool.close()
  return { results, reasons }
}

describe('CLI pool: when worker threads cannot start', () => {
  it('every article is done in this thread, still under the time budget; after a timeout the core is loaded afresh', async () => {
    const real = await import('../src/cli/process-article.ts')
    const spin = (): never => {
      for (;;) {
        // an article that never ends
      }
    }
    let loads = 0
    const loadInline = async (): Promise<LoadedProcessor> => {
      loads++
      return {
        processor: { ...real, processArticle: (t, shape, reader) => (t.text === 'SPIN' ? spin() : real.processArticle(t, shape, reader)) },
        saveCache: () => undefined,
      }
    }
    const page = `<html><head><title>T</title></head><body><article><p>${ARTICLE}</p></article></body></html>`
    const tasks = [task(0, ARTICLE), task(1, 'SPIN'), task(2, ARTICLE), { ...task(3, page), format: 'html' as const }]
    const { results, reasons } = await runFallback(tasks, { inline: false, timeoutMs: 200, loadInline })
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toContain('no workers here')
    expect(results.map((r) => [r.seq, r.error?.error.code ?? 'record'])).toEqual([[0, 'record'], [1, 'timeout'], [2, 'record'], [3, 'record']])
    expect(results[1]!.error!.error.message).toContain('--timeout')
    expect(loads).toBe(2)
    // The page was read as a page (its title), by the page reader loaded for the fresh core.
    expect(JSON.parse(results[3]!.line!).title.text).toBe('T')
  })

  it('with the main thread already doing articles, the rest fall back to it too: no line lost', async () => {
    const tasks = Array.from({ length: 40 }, (_, i) => task(i, ARTICLE))
    const { results, reasons } = await runFallback(tasks)
    expect(reasons).toHaveLength(1)
    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(tasks.map((t) => t.seq))
    expect(results.filter((r) => r.error === null)).toHaveLength(40)
  })

  it('a core that cannot be loaded here either: every article gets an error line, none is lost', async () => {
    const loadInline = async (): Promise<LoadedProcessor> => {
      throw new Error('no core here')
    }
    const { results } = await runFallback([task(0, ARTICLE), task(1, ARTICLE)], { inline: false, loadInline })
    expect(results.map((r) => [r.seq, r.error?.error.code])).toEqual([[0, 'internal_error'], [1, 'internal_error']])
    expect(results[0]!.error!.error.message).toContain('no core here')
  })
})
