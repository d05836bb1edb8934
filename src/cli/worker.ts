import { parentPort, workerData } from 'node:worker_threads'
import { isPage, loadPageReader, processArticle, type PageReader } from './process-article.ts'
import type { Result, Shape, Task } from './result.ts'

/**
 * A worker of the CLI pool. Before each article it writes the article's number and the time into
 * the memory it shares with the pool, so the watchdog always knows which article is in hand and
 * since when; results go back in one message per batch of tasks.
 */
const { shape, shared } = workerData as { shape: Shape; shared: SharedArrayBuffer }
const inHand = new Int32Array(shared, 0, 1)
const since = new Float64Array(shared, 8, 1)

// Warm up before saying ready: the first extraction compiles the grammars, which the watchdog must not time.
processArticle({ seq: -1, id: 'warm-up', source: 'warm-up', text: 'Chiều 12/7, đồng chí Nguyễn Văn An chủ trì hội nghị triển khai Kế hoạch số 29-KH/TU; 49.820 đảng viên.', format: 'text', published: undefined, fallbackPublished: undefined, notes: [] }, shape, null)

/** The page reader, loaded (and warmed up) when the first page arrives: text-only runs never load linkedom. */
let pageReader: PageReader | null = null
async function readerFor(tasks: Task[]): Promise<PageReader | null> {
  if (pageReader || !tasks.some(isPage)) return pageReader
  const reader = await loadPageReader()
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
  }
  Atomics.store(inHand, 0, -1)
  parentPort!.postMessage({ results })
})
parentPort!.postMessage({ ready: true })
