import { parentPort, workerData } from 'node:worker_threads'
import { loadProcessor } from './load-processor.ts'
import { loadPageReader, type PageReader } from './page-reader.ts'
import { sharedSlot, type Result, type Shape, type Task } from './result.ts'

/**
 * A worker of the CLI pool. Before each article it writes the article's number and the time into
 * the memory it shares with the pool, so the watchdog always knows which article is in hand and
 * since when; results go back in one message per batch of tasks. It says it is ready as soon as the
 * core has loaded: the first article then also compiles the grammars and the extraction code, and
 * until that article is done the worker keeps the `fresh` mark the pool set, which gives it
 * `FIRST_ARTICLE_ALLOWANCE_MS` (pool.ts) more (no extraction runs just to warm up: one article costs
 * one extraction).
 */
const { shape, shared } = workerData as { shape: Shape; shared: SharedArrayBuffer }
const { inHand, fresh, since } = sharedSlot(shared)
const { processor, saveCache } = await loadProcessor()
const { isPage, processArticle } = processor

/** The page reader, loaded (and warmed up) when the first page arrives: text-only runs never load linkedom. */
let pageReader: PageReader | null = null
async function readerFor(tasks: Task[]): Promise<PageReader | null> {
  if (pageReader || !tasks.some(isPage)) return pageReader
  const reader = await loadPageReader(processor)
  reader('<html><body><article><p>Chiều 12/7, hội nghị.</p></article></body></html>')
  return (pageReader = reader)
}

parentPort!.on('message', async (msg: { tasks: Task[] }) => {
  const readPage = await readerFor(msg.tasks)
  const results: Result[] = []
  for (const task of msg.tasks) {
    since[0] = Date.now()
    Atomics.store(inHand, 0, task.seq)
    results.push(processArticle(task, shape, readPage))
    Atomics.store(fresh, 0, 0)
  }
  Atomics.store(inHand, 0, -1)
  // Once, after the first batch (untimed: no article is in hand): the core's code as that batch compiled it.
  saveCache()
  parentPort!.postMessage({ results })
})
parentPort!.postMessage({ ready: true })
