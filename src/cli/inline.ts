/**
 * The main thread doing articles itself while no worker is ready: a run of one article, or of a few
 * short ones, never waits for a worker thread to start (60–80 ms here before it even loads the
 * core). The time budget still holds: each article runs under `vm`'s timeout, which stops the
 * JavaScript running in this thread (regexes included) when the budget is spent. After a timeout
 * this thread takes no more articles (what was left half-done in the core is not trusted again):
 * workers do the rest. Only text of at most {@link INLINE_MAX_UNITS} units is taken here, and never a
 * whole page (the page reader loads in workers): memory in this thread stays small whatever the input.
 */
import { Script } from 'node:vm'
import { loadProcessor, type LoadedProcessor, type Processor } from './load-processor.ts'
import type { PageReader } from './page-reader.ts'
import { failed, failureMessage, type Result, type Shape, type Task } from './result.ts'

/** The longest text (UTF-16 units) the main thread takes itself: ~20 ms of warm extraction. */
export const INLINE_MAX_UNITS = 64 * 1024

/** Where the script run under the timeout finds the call to make (set just before each run). */
const CALL = Symbol.for('vn-news-extract.inline-call')
type Holder = { [CALL]?: () => Result }

/** The one script run under `vm`'s timeout: it makes the call set at {@link CALL}. */
let script: Script | null = null

/**
 * What running one article here gave: its result, and whether the budget ran out. (Ctrl-C is handled
 * when the article is done, at most a fraction of a second for the short texts taken here: `vm`'s
 * `breakOnSigint` was tried and could swallow a SIGINT that came between two articles.)
 */
export interface InlineOutcome {
  result: Result
  timedOut: boolean
}

export class InlineRunner {
  private loaded: LoadedProcessor | null = null
  private loading: Promise<void> | null = null

  constructor(private readonly load: () => Promise<LoadedProcessor> = loadProcessor) {}

  /** The article processor, once {@link prepare} has loaded it. */
  get processor(): Processor | null {
    return this.loaded?.processor ?? null
  }

  /** Loads the processor (the core, from V8's code cache when there is one); resolves when it is here. */
  prepare(): Promise<void> {
    return (this.loading ??= this.load().then((l) => {
      this.loaded = l
    }))
  }

  /** False when this thread will not take `task` whatever it holds (a long text, or one given as HTML); asked before the processor is here. */
  mayTake(task: Task): boolean {
    return task.text.length <= INLINE_MAX_UNITS && task.format !== 'html'
  }

  /** True when this thread takes `task`: short text, not a page (told by the processor: only once it is here). */
  takes(task: Task): boolean {
    const p = this.processor
    return p !== null && this.mayTake(task) && !p.isPage(task)
  }

  /**
   * Runs one article, stopped after `budgetMs` (0: no limit); a page needs the page reader. Never
   * throws: a timeout or any failure is the article's error line.
   */
  run(task: Task, shape: Shape, budgetMs: number, timeoutMs: number, reader: PageReader | null = null): InlineOutcome {
    const p = this.processor
    if (p === null) return { result: failed(task.seq, task.id, task.source, 'internal_error', 'the core was not loaded'), timedOut: false }
    const holder = globalThis as Holder
    holder[CALL] = () => p.processArticle(task, shape, reader)
    try {
      script ??= new Script(`globalThis[Symbol.for(${JSON.stringify(CALL.description)})]()`, { filename: 'vn-news-extract-inline' })
      const result = (budgetMs > 0 ? script.runInThisContext({ timeout: Math.ceil(budgetMs) }) : script.runInThisContext()) as Result
      return { result, timedOut: false }
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
        return { result: failed(task.seq, task.id, task.source, 'timeout', `processing took longer than ${timeoutMs / 1000} s (--timeout); it was stopped`), timedOut: true }
      }
      return { result: failed(task.seq, task.id, task.source, 'internal_error', failureMessage('processing failed', error)), timedOut: false }
    } finally {
      delete holder[CALL]
    }
  }

  /** Writes V8's code cache if it was missing (as a worker does after its first batch). */
  saveCache(): void {
    this.loaded?.saveCache()
  }
}
