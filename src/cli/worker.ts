import { parentPort, workerData } from 'node:worker_threads'
import { processArticle, type Result, type Shape, type Task } from './process-article.ts'

/**
 * A worker of the CLI pool. Before each article it writes the article's number and the time into
 * the memory it shares with the pool, so the watchdog always knows which article is in hand and
 * since when; results go back in one message per batch of tasks.
 */
const { shape, shared } = workerData as { shape: Shape; shared: SharedArrayBuffer }
const inHand = new Int32Array(shared, 0, 1)
const since = new Float64Array(shared, 8, 1)

// Warm up before saying ready: the first extraction compiles the grammars, which the watchdog must not time.
processArticle({ seq: -1, id: 'warm-up', source: 'warm-up', text: 'Chiều 12/7, đồng chí Nguyễn Văn An chủ trì hội nghị triển khai Kế hoạch số 29-KH/TU; 49.820 đảng viên.', format: 'html', published: undefined, fallbackPublished: undefined, notes: [] }, shape)

parentPort!.on('message', (msg: { tasks: Task[] }) => {
  const results: Result[] = []
  for (const task of msg.tasks) {
    since[0] = Date.now()
    Atomics.store(inHand, 0, task.seq)
    results.push(processArticle(task, shape))
  }
  Atomics.store(inHand, 0, -1)
  parentPort!.postMessage({ results })
})
parentPort!.postMessage({ ready: true })
