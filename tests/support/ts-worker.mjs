// Starts a worker thread whose entry is a TypeScript file (tests run from sources, not dist/).
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
