/**
 * Worker threads that process articles, with a watchdog. Each worker keeps a few tasks in flight
 * (sent in batches); it answers them in order, so the task in hand is the oldest unanswered one
 * and has been running since the previous answer. A task past the time budget becomes a `timeout`
 * error, its worker is terminated and replaced, and the worker's other tasks go to the front of the
 * queue. A worker that dies (out of memory, a crash) costs only the task in hand (`worker_crashed`).
 */
import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { errorLine } from './error-line.ts'
import { processArticle, type Result, type Task } from './process-article.ts'

export interface PoolOptions {
  size: number
  /** Milliseconds one article may take; 0 for no limit. */
  timeoutMs: number
  pretty: boolean
  /** Tasks in flight per worker. */
  inFlight: number
  onResult: (r: Result) => void
  /** Told once if workers cannot start at all (the pool then works in this thread, without a time budget). */
  onFallback: (reason: string) => void
}

interface Slot {
  worker: Worker
  /** Tasks sent, oldest first; the head is the one in hand. */
  queue: Task[]
  /** When the head started: the last answer, or when it was sent to an idle worker. */
  since: number
  dead: boolean
  /** The worker has loaded (its module says so): only then is it sent tasks and timed. */
  ready: boolean
}

/** How a worker starts: the built `cli-worker.js` beside this module, or (from sources) `worker.ts` through tsx. */
function workerSpec(): { entry: string | URL; eval: boolean } {
  const built = new URL('./cli-worker.js', import.meta.url)
  if (existsSync(built)) return { entry: built, eval: false }
  const source = new URL('./worker.ts', import.meta.url)
  const tsx = import.meta.resolve('tsx/esm/api')
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}) })`
  return { entry: code, eval: true }
}

export class Pool {
  private readonly slots: Slot[] = []
  private readonly pending: Task[] = []
  private readonly spec = workerSpec()
  private readonly timer: NodeJS.Timeout | null
  private outstanding = 0
  private closed = false
  /** How many workers were replaced after a timeout or a crash. */
  replaced = 0
  /** Workers could not start: tasks run in this thread. */
  private inProcess = false

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn())
    this.timer = options.timeoutMs > 0 ? setInterval(() => this.watch(), Math.min(250, Math.max(10, options.timeoutMs / 4))) : null
  }

  /** Tasks sent or waiting, not yet answered. */
  get load(): number {
    return this.outstanding
  }

  submit(task: Task): void {
    this.outstanding++
    this.pending.push(task)
    this.dispatch()
  }

  /** Workers failed to load: say so once, stop them, and run every task here from now on. */
  private fallBack(reason: string): void {
    if (this.inProcess) return
    this.inProcess = true
    this.options.onFallback(reason)
    for (const s of this.slots) {
      s.dead = true
      this.pending.unshift(...s.queue)
      s.queue = []
      void s.worker.terminate()
    }
    this.pending.sort((a, b) => a.seq - b.seq)
    queueMicrotask(() => this.dispatch())
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.timer) clearInterval(this.timer)
    await Promise.all(this.slots.map((s) => {
      s.dead = true
      return s.worker.terminate()
    }))
  }

  private spawn(): Slot {
    const worker = new Worker(this.spec.entry, { eval: this.spec.eval, workerData: { pretty: this.options.pretty } })
    const slot: Slot = { worker, queue: [], since: Date.now(), dead: false, ready: false }
    worker.on('message', (r: Result | { ready: true }) => {
      if ('ready' in r) {
        slot.ready = true
        this.dispatch()
      } else this.answered(slot, r)
    })
    worker.on('error', (e) => this.lost(slot, 'worker_crashed', `the worker processing it failed: ${e.message}`.slice(0, 300)))
    worker.on('exit', (code) => {
      if (!slot.dead && !this.closed) this.lost(slot, 'worker_crashed', `the worker processing it exited (code ${code})`)
    })
    return slot
  }

  private answered(slot: Slot, r: Result): void {
    if (slot.dead) return
    const head = slot.queue.shift()
    if (!head || head.seq !== r.seq) {
      // Cannot happen (a worker answers in order); treat as a crash rather than mis-assign results.
      if (head) slot.queue.unshift(head)
      this.lost(slot, 'worker_crashed', 'the worker answered out of order')
      return
    }
    slot.since = Date.now()
    this.finish(r)
    this.dispatch()
  }

  private finish(r: Result): void {
    this.outstanding--
    this.options.onResult(r)
  }

  /** The task in hand is given up (`code`); the worker is replaced and its other tasks requeued. */
  private lost(slot: Slot, code: string, message: string): void {
    if (slot.dead || this.closed) return
    if (!slot.ready) return this.fallBack(message)
    slot.dead = true
    void slot.worker.terminate()
    this.replaced++
    const [head, ...rest] = slot.queue
    slot.queue = []
    this.pending.unshift(...rest)
    const i = this.slots.indexOf(slot)
    this.slots[i] = this.spawn()
    if (head) this.finish({ seq: head.seq, line: errorLine({ id: head.id, source: head.source, code, message }, this.options.pretty), error: code })
    this.dispatch()
  }

  private watch(): void {
    const now = Date.now()
    for (const slot of this.slots) {
      if (!slot.dead && slot.queue.length > 0 && now - slot.since > this.options.timeoutMs) {
        this.lost(slot, 'timeout', `processing took longer than ${this.options.timeoutMs / 1000} s (--timeout); the worker was replaced`)
      }
    }
  }

  /** Sends waiting tasks to the workers with room, a batch per worker. */
  private dispatch(): void {
    if (this.closed) return
    if (this.inProcess) {
      for (let t = this.pending.shift(); t; t = this.pending.shift()) this.finish(processArticle(t, this.options.pretty))
      return
    }
    for (const slot of this.slots) {
      if (this.pending.length === 0) return
      const room = this.options.inFlight - slot.queue.length
      if (slot.dead || !slot.ready || room <= 0) continue
      const batch = this.pending.splice(0, room)
      if (slot.queue.length === 0) slot.since = Date.now()
      slot.queue.push(...batch)
      slot.worker.postMessage({ tasks: batch })
    }
  }
}
