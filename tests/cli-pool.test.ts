/**
 * The CLI's worker pool starts workers as the work needs them: one for a single article or a few
 * short ones, more (up to its size) once more is waiting than the running workers hold.
 */
import { describe, expect, it } from 'vitest'
import { BYTES_PER_WORKER, Pool } from '../src/cli/pool.ts'
import type { Result, Task } from '../src/cli/result.ts'

function task(seq: number, text: string): Task {
  return { seq, id: String(seq), source: 'test', text, format: 'text', published: undefined, fallbackPublished: undefined, notes: [] }
}

/** Runs `tasks` through a pool of `size`; gives the results (in arrival order) and how many workers started. */
async function run(size: number, tasks: Task[]): Promise<{ results: Result[]; started: number }> {
  const results: Result[] = []
  let done: () => void
  const finished = new Promise<void>((resolve) => (done = resolve))
  const pool = new Pool({
    size, timeoutMs: 0, batch: 8, shape: { kind: 'jsonl', pretty: false },
    onResult: (r) => {
      results.push(r)
      if (results.length === tasks.length) done()
    },
    onFallback: (reason) => {
      throw new Error(`workers did not start: ${reason}`)
    },
  })
  for (const t of tasks) pool.submit(t)
  await finished
  const started = pool.started
  await pool.close()
  return { results, started }
}

const ARTICLE = 'Chiều 12/7, đồng chí Nguyễn Văn An chủ trì hội nghị triển khai Kế hoạch số 29-KH/TU.'

describe('CLI pool: workers start as the work needs them', () => {
  it('one article: one worker, even when the pool may have four', async () => {
    const { results, started } = await run(4, [task(0, ARTICLE)])
    expect(results.map((r) => r.error)).toEqual([null])
    expect(started).toBe(1)
  })

  it('a few short articles: still one worker', async () => {
    const { results, started } = await run(4, Array.from({ length: 16 }, (_, i) => task(i, ARTICLE)))
    expect(results.filter((r) => r.error === null)).toHaveLength(16)
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
