/**
 * Worker threads that process articles, with a watchdog. Tasks go to a worker in batches (two
 * batches in flight, so it never waits for the next), results come back one message per batch.
 * Each worker writes the number of the article in hand and when it started into memory shared with
 * the pool, so the watchdog blames exactly that article: past the time budget it becomes a `timeout`
 * error, the worker is terminated and replaced, and the worker's other tasks go back to the front of
 * the queue. A worker that dies (out of memory, a crash) costs only the article in hand. A worker's
 * first article gets {@link FIRST_ARTICLE_ALLOWANCE_MS} more than the budget: it pays for compiling.
 *
 * Workers start as the work needs them, up to `size`, and the main thread counts as the first one
 * until a worker is needed: while no worker is ready it does short text articles itself, each under
 * the same time budget (inline.ts). A worker starts once the main thread's work so far (done and
 * waiting, over the whole run) is more than two batches or more than {@link BYTES_PER_WORKER} of
 * text, or a task is one the main thread does not take (a page, a long text), or the main thread
 * timed out; then another whenever the tasks are
 * more than the live workers hold in flight (two batches each) or more than BYTES_PER_WORKER of text
 * each. A worker costs one or two tenths of a second of CPU to start (a thread, the core, its
 * grammars compiled): one article, or a few short ones, never wait for one, and never pay for a
 * second worker that would be ready only after the first has finished them.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Worker } from 'node:worker_threads'
import { InlineRunner } from './inline.ts'
import type { LoadedProcessor } from './load-processor.ts'
import { failed, failureMessage, SHARED_SLOT_BYTES, sharedSlot, type Result, type Shape, type Task } from './result.ts'

/**
 * node:worker_threads, loaded when the first worker starts (~5 ms of a start-up that needs no
 * worker: one short article is done in the main thread).
 */
const workerThreads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')

/**
 * Text (UTF-16 units) not yet answered per live worker beyond which another worker starts: about a
 * tenth of a second of extraction, what starting a worker costs.
 */
export const BYTES_PER_WORKER = 256 * 1024

/**
 * Milliseconds added to the budget of a worker's first article: besides extracting it, the worker
 * compiles the grammars and the extraction code then (about a tenth of a second here), which the
 * budget is not for. The worker clears its `fresh` mark when that article is done.
 */
export const FIRST_ARTICLE_ALLOWANCE_MS = 1000

export interface PoolOptions {
  size: number
  /** Milliseconds one article may take; 0 for no limit. */
  timeoutMs: number
  shape: Shape
  /** Tasks sent to a worker in one message. */
  batch: number
  onResult: (r: Result) => void
  /** Told once if workers cannot start at all (the pool then works in this thread, each article still under the time budget). */
  onFallback: (reason: string) => void
  /**
   * false: the main thread never does articles itself (workers do them all). Default true. Off
   * as well with no time limit (`timeoutMs` 0): an article that never ended would hold the main
   * thread, and Ctrl-C with it, where in a worker it holds only that worker.
   */
  inline?: boolean
  /** How the main thread loads the article processor (tests give their own); load-processor.ts's by default. */
  loadInline?: () => Promise<LoadedProcessor>
  /** What a worker runs (tests give one that fails to start); the built worker, or worker.ts from sources, by default. */
  workerEntry?: { entry: string | URL; eval: boolean }
}

interface Slot {
  worker: Worker
  /** Tasks sent and not answered, oldest first. */
  queue: Task[]
  /** The article in hand (its seq, -1 when idle) and since when, written by the worker. */
  inHand: Int32Array
  since: Float64Array
  /** 1 until the worker has finished its first article (set here, cleared by the worker). */
  fresh: Int32Array
  dead: boolean
  /** The worker has loaded the core (it says so): only then is it sent tasks and timed. */
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

/** The time budget of an article run in this thread (0: none): `--timeout`, and the first-article allowance for a core's first. */
function articleBudget(timeoutMs: number, first: boolean): number {
  return timeoutMs > 0 ? timeoutMs + (first ? FIRST_ARTICLE_ALLOWANCE_MS : 0) : 0
}

export class Pool {
  private readonly slots: Slot[] = []
  private readonly pending: Task[] = []
  private readonly spec: { entry: string | URL; eval: boolean }
  private readonly timer: NodeJS.Timeout | null
  private outstanding = 0
  /** Text units of the tasks not yet answered, and each task's share (by seq). */
  private outstandingUnits = 0
  private readonly units = new Map<number, number>()
  private closed = false
  /** Workers could not start: tasks run in this thread (with the processor once it is loaded). */
  private inProcess = false
  /** After a fallback: the runner that does every article in this thread, under the time budget (its processor once loaded). */
  private fallbackRunner: InlineRunner | null = null
  /** After a fallback: why the core could not be loaded in this thread either (every article then gets that error). */
  private broken: string | null = null
  /** After a fallback: articles done by the current runner (its first gets the first-article allowance). */
  private doneFallback = 0
  private reader: import('./page-reader.ts').PageReader | null = null
  /** The main thread's own article processing while no worker is ready (null: never). */
  private inline: InlineRunner | null
  /** A step of the main thread's processing is scheduled. */
  private inlineQueued = false
  /** Articles done by the main thread, and their text units. */
  doneInline = 0
  private unitsInline = 0
  /** How many workers were replaced after a timeout or a crash. */
  replaced = 0

  constructor(private readonly options: PoolOptions) {
    this.spec = options.workerEntry ?? workerSpec()
    this.inline = options.inline === false || !(options.timeoutMs > 0) ? null : new InlineRunner(options.loadInline)
    if (this.inline === null) this.slots.push(this.spawn())
    this.timer = options.timeoutMs > 0 ? setInterval(() => this.watch(), Math.min(250, Math.max(10, options.timeoutMs / 4))) : null
  }

  /** Tasks sent or waiting, not yet answered. */
  get load(): number {
    return this.outstanding
  }

  /** Workers started so far (live or replaced slots), at most the pool's size. */
  get started(): number {
    return this.slots.length
  }

  submit(task: Task): void {
    this.outstanding++
    this.outstandingUnits += task.text.length
    this.units.set(task.seq, task.text.length)
    this.pending.push(task)
    this.grow()
    this.dispatch()
  }

  /** Starts another worker when the work waiting is more than the live workers hold (see the module comment). */
  private grow(): void {
    if (this.inProcess || this.closed || this.slots.length >= this.options.size) return
    if (this.slots.length === 0 && this.inline !== null) {
      // The main thread counts as the first worker while it takes every task waiting, and while the
      // work so far (done here, and waiting) is no more than a worker would be worth starting for:
      // counted over the whole run, so that input that arrives one article at a time (files read one
      // by one) still gets workers.
      const inline = this.inline
      const covered = this.pending.every((t) => (inline.processor === null ? inline.mayTake(t) : inline.takes(t)))
      const work = this.doneInline + this.outstanding
      const units = this.unitsInline + this.outstandingUnits
      if (covered && work <= 2 * this.options.batch && units <= BYTES_PER_WORKER) return
      this.slots.push(this.spawn())
      return
    }
    const n = this.slots.length
    if (this.outstanding > n * 2 * this.options.batch || this.outstandingUnits > n * BYTES_PER_WORKER) this.slots.push(this.spawn())
  }

  /** The main thread stops taking articles (after a timeout, or when its processor failed to load): a worker does the rest. */
  private stopInline(): void {
    this.inline = null
    if (this.slots.length === 0 && !this.inProcess && !this.closed) this.slots.push(this.spawn())
  }

  /** Schedules a step of the main thread's own processing (one article, then back to the event loop). */
  private queueInline(): void {
    if (this.inlineQueued || this.inline === null || this.closed || this.pending.length === 0) return
    this.inlineQueued = true
    setImmediate(() => {
      this.inlineQueued = false
      this.stepInline()
    })
  }

  /** One article done by the main thread, while no worker is ready (see inline.ts). */
  private stepInline(): void {
    const inline = this.inline
    if (inline === null || this.closed || this.inProcess || this.slots.some((s) => s.ready && !s.dead)) return
    // Nothing here for this thread (pages given as HTML, long texts): the core is not loaded for nothing.
    if (!this.pending.some((t) => inline.mayTake(t))) return this.grow()
    if (inline.processor === null) {
      inline.prepare().then(() => {
        this.grow() // now it can tell which tasks it takes
        this.dispatch()
      }, () => this.stopInline())
      return
    }
    const k = this.pending.findIndex((t) => inline.takes(t))
    if (k < 0) return this.grow()
    const task = this.pending.splice(k, 1)[0]!
    const { timeoutMs } = this.options
    // The main thread's first article gets the first-article allowance, and writes the code cache after.
    const budget = articleBudget(timeoutMs, this.doneInline === 0)
    const { result, timedOut } = inline.run(task, this.options.shape, budget, timeoutMs)
    if (this.doneInline++ === 0) inline.saveCache()
    this.unitsInline += task.text.length
    if (timedOut) this.stopInline()
    this.finish(result)
    this.grow()
    this.dispatch()
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
    const shared = new SharedArrayBuffer(SHARED_SLOT_BYTES)
    const worker = new (workerThreads().Worker)(this.spec.entry, { eval: this.spec.eval, workerData: { shape: this.options.shape, shared } })
    const { inHand, since, fresh } = sharedSlot(shared)
    const slot: Slot = { worker, queue: [], inHand, since, fresh, dead: false, ready: false }
    Atomics.store(slot.inHand, 0, -1)
    Atomics.store(slot.fresh, 0, 1)
    worker.on('message', (msg: { ready: true } | { results: Result[] }) => {
      if ('ready' in msg) {
        slot.ready = true
        this.dispatch()
      } else this.answered(slot, msg.results)
    })
    worker.on('error', (e) => this.lost(slot, 'worker_crashed', `the worker processing it failed: ${e.message}`.slice(0, 300)))
    worker.on('exit', (code) => {
      if (!slot.dead && !this.closed) this.lost(slot, 'worker_crashed', `the worker processing it exited (code ${code})`)
    })
    return slot
  }

  private answered(slot: Slot, results: Result[]): void {
    if (slot.dead) return
    for (const r of results) {
      const k = slot.queue.findIndex((t) => t.seq === r.seq)
      if (k >= 0) slot.queue.splice(k, 1)
      this.finish(r)
    }
    this.dispatch()
  }

  private finish(r: Result): void {
    this.outstanding--
    this.outstandingUnits -= this.units.get(r.seq) ?? 0
    this.units.delete(r.seq)
    this.options.onResult(r)
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
    this.inline = null
    this.startFallbackRunner()
  }

  /**
   * Loads a core to run every article in this thread after a fallback: each article under the time
   * budget (`vm`'s timeout, as the main thread's own articles). After a timeout the core is loaded
   * afresh (a new copy of its module state: what the stopped article left half-done is not used).
   */
  private startFallbackRunner(): void {
    const runner = new InlineRunner(this.options.loadInline)
    this.fallbackRunner = runner
    this.reader = null
    this.doneFallback = 0
    runner.prepare().then(() => {
      if (this.fallbackRunner === runner) this.dispatch()
    }, (error: unknown) => {
      this.broken = failureMessage('the article processor could not be loaded', error)
      this.dispatch()
    })
  }

  /** The article in hand is given up (`code`); the worker is replaced and its other tasks requeued. */
  private lost(slot: Slot, code: string, message: string): void {
    if (slot.dead || this.closed) return
    if (!slot.ready) return this.fallBack(message)
    slot.dead = true
    const seq = Atomics.load(slot.inHand, 0)
    void slot.worker.terminate()
    this.replaced++
    const blamed = slot.queue.find((t) => t.seq === seq) ?? slot.queue[0]
    this.pending.unshift(...slot.queue.filter((t) => t !== blamed))
    slot.queue = []
    this.slots[this.slots.indexOf(slot)] = this.spawn()
    if (blamed) this.finish(failed(blamed.seq, blamed.id, blamed.source, code, message))
    this.dispatch()
  }

  private watch(): void {
    const now = Date.now()
    for (const slot of this.slots) {
      if (slot.dead || !slot.ready || Atomics.load(slot.inHand, 0) < 0) continue
      const budget = this.options.timeoutMs + (Atomics.load(slot.fresh, 0) === 1 ? FIRST_ARTICLE_ALLOWANCE_MS : 0)
      if (now - slot.since[0]! > budget) {
        this.lost(slot, 'timeout', `processing took longer than ${this.options.timeoutMs / 1000} s (--timeout); the worker was replaced`)
      }
    }
  }

  /** Sends waiting tasks to the workers with room: a batch at a time, two batches in flight at most. */
  private dispatch(): void {
    if (this.closed) return
    if (this.inProcess) {
      if (this.broken !== null) {
        for (let t = this.pending.shift(); t; t = this.pending.shift()) this.finish(failed(t.seq, t.id, t.source, 'internal_error', this.broken))
        return
      }
      const runner = this.fallbackRunner
      const p = runner?.processor
      if (!runner || !p) return // loading: dispatch runs again when it is here
      const { timeoutMs, shape } = this.options
      for (let t = this.pending[0]; t; t = this.pending[0]) {
        if (!this.reader && p.isPage(t)) {
          void import('./page-reader.ts').then((m) => m.loadPageReader(p)).then((r) => {
            if (this.fallbackRunner?.processor !== p) return
            this.reader = r
            this.dispatch()
          }, (error: unknown) => {
            this.broken = failureMessage('the page reader could not be loaded', error)
            this.dispatch()
          })
          return
        }
        this.pending.shift()
        const budget = articleBudget(timeoutMs, this.doneFallback++ === 0)
        const { result, timedOut } = runner.run(t, shape, budget, timeoutMs, this.reader)
        this.finish(result)
        if (timedOut) return this.startFallbackRunner()
      }
      return
    }
    if (this.inline !== null && !this.slots.some((s) => s.ready && !s.dead)) return this.queueInline()
    const batch = this.options.batch
    for (let sent = true; sent && this.pending.length > 0;) {
      sent = false
      for (const slot of this.slots) {
        if (this.pending.length === 0) return
        if (slot.dead || !slot.ready || slot.queue.length > batch) continue
        const tasks = this.pending.splice(0, batch)
        slot.queue.push(...tasks)
        slot.worker.postMessage({ tasks })
        sent = true
      }
    }
  }
}
