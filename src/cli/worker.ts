import { parentPort, workerData } from 'node:worker_threads'
import { processArticle, type Task } from './process-article.ts'

/**
 * A worker of the CLI pool: processes the tasks it is sent, in order, and posts each result as
 * soon as it is ready (the pool's watchdog times the task in hand from the previous result).
 */
const { pretty } = workerData as { pretty: boolean }
parentPort!.on('message', (msg: { tasks: Task[] }) => {
  for (const task of msg.tasks) parentPort!.postMessage(processArticle(task, pretty))
})
// Warm up before saying ready: the first extraction compiles the grammars, which the watchdog must not time.
processArticle({ seq: -1, id: 'warm-up', source: 'warm-up', text: 'Chiều 12/7, đồng chí Nguyễn Văn An chủ trì hội nghị triển khai Kế hoạch số 29-KH/TU; 49.820 đảng viên.', format: 'auto', published: undefined, notes: [] }, false)
parentPort!.postMessage({ ready: true })
