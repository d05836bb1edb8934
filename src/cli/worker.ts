import { parentPort, workerData } from 'node:worker_threads'
import { readUtf8 } from './read-utf8.ts'
import { processFile } from './process-one.ts'

/** A worker of the CLI pool: reads and extracts the files it is sent, in the order it is sent them. */
const { published, pretty } = workerData as { published: string | undefined; pretty: boolean }
parentPort!.on('message', (msg: { id: number; file: string }) => {
  void processFile(msg.file, readUtf8, published, pretty).then((outcome) => parentPort!.postMessage({ id: msg.id, outcome }))
})
