import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { Outcome } from './process-one.ts'

/** Runs files through `jobs` worker threads; resolves each file's outcome by index. */
export interface Pool {
  run(files: readonly string[], onOutcome: (index: number, outcome: Outcome) => void): Promise<void>
  close(): Promise<void>
}

/**
 * A pool of worker threads running the built `cli-worker.js` beside this module, or null when
 * that file is absent (running from sources): the caller then works in-process.
 */
export function createPool(jobs: number, options: { published: string | undefined; pretty: boolean }): Pool | null {
  const url = new URL('./cli-worker.js', import.meta.url)
  if (jobs < 2 || !existsSync(url)) return null
  const workers = Array.from({ length: jobs }, () => new Worker(url, { workerData: options }))
  return {
    run(files, onOutcome) {
      return new Promise((resolve, reject) => {
        let next = 0
        let done = 0
        if (files.length === 0) return resolve()
        const feed = (w: Worker) => {
          if (next < files.length) w.postMessage({ id: next, file: files[next++] })
        }
        for (const w of workers) {
          w.on('message', (msg: { id: number; outcome: Outcome }) => {
            onOutcome(msg.id, msg.outcome)
            if (++done === files.length) resolve()
            else feed(w)
          })
          w.on('error', reject)
          feed(w)
        }
      })
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
