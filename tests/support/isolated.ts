/**
 * Runs test work in a worker thread under a watchdog, so that an input that hangs fails one test
 * instead of freezing the suite. The worker entry is a TypeScript module that answers messages;
 * it may post any number of progress messages before its answer, each of which resets the clock.
 */
import { Worker } from 'node:worker_threads'

export interface Progress { type: 'progress'; [key: string]: unknown }
export interface Answer<T> { type: 'answer'; value: T }
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: 'timeout' | 'crash'; last: Progress | null; message: string }

const BOOT = new URL('./ts-worker.mjs', import.meta.url)

export class IsolatedWorker {
  private worker: Worker | null = null
  constructor(private readonly entry: string) {}

  /** Sends `request`; resolves with the answer, or with a timeout when `idleMs` pass with no message. */
  call<T>(request: unknown, idleMs: number, onProgress?: (p: Progress) => void): Promise<Outcome<T>> {
    const worker = (this.worker ??= new Worker(BOOT, { workerData: { entry: this.entry } }))
    return new Promise((resolve) => {
      let last: Progress | null = null
      let timer: NodeJS.Timeout
      const finish = (outcome: Outcome<T>) => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        resolve(outcome)
      }
      const arm = () => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          this.worker = null
          void worker.terminate()
          finish({ ok: false, reason: 'timeout', last, message: `no answer within ${idleMs} ms` })
        }, idleMs)
      }
      const onMessage = (msg: Progress | Answer<T>) => {
        if (msg.type === 'progress') {
          last = msg
          onProgress?.(msg)
          arm()
        } else finish({ ok: true, value: msg.value })
      }
      const onError = (error: Error) => {
        this.worker = null
        finish({ ok: false, reason: 'crash', last, message: error.message })
      }
      const onExit = (code: number) => {
        this.worker = null
        finish({ ok: false, reason: 'crash', last, message: `worker exited with ${code}` })
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      arm()
      worker.postMessage(request)
    })
  }

  async close(): Promise<void> {
    const w = this.worker
    this.worker = null
    if (w) await w.terminate()
  }
}
