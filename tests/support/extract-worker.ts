/**
 * Worker-thread side of the reliability tests (started through IsolatedWorker): times extract()
 * on an adversarial family, or runs the fuzz property over generated inputs, posting a progress
 * message before each case so that the watchdog on the other side can name a case that hangs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parentPort } from 'node:worker_threads'
import fc from 'fast-check'
import { extract } from '../../src/index.ts'
import { ADVERSARIAL } from './adversarial.ts'
import { fuzzInputs } from './fuzz-cases.ts'
import { recordProblems } from './record-problems.ts'

export type WorkerRequest =
  | { op: 'extract'; input: string; published?: string }
  | { op: 'time'; family: string; n: number; reps: number }
  | { op: 'fuzz'; cases: number; seed: number; articleDirs: string[]; keepSlowest: number }

export interface TimeAnswer { ms: number; length: number }
export interface FuzzAnswer {
  runs: number
  failed: boolean
  counterexample: string | null
  error: string | null
  seed: number
  slowest: Array<{ ms: number; length: number; input: string }>
}

function readArticles(dirs: readonly string[]): string[] {
  const out: string[] = []
  for (const dir of dirs) {
    if (!existsSync(dir)) continue
    for (const f of readdirSync(dir).filter((f) => /\.(?:txt|html)$/.test(f)).sort()) {
      out.push(readFileSync(join(dir, f), 'utf8').replace(/^(?:# [^\n]*\n)+\n?/, ''))
    }
  }
  return out
}

const post = (msg: unknown) => parentPort!.postMessage(msg)

/** CPU milliseconds this process has used (user and system, all its threads). */
function cpuMs(): number {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/**
 * The best of `reps` runs of extract() on the family's input of `n` units, in CPU time rather than
 * wall time: other work on a busy machine makes a run wait, not work (the timing project runs
 * alone, so this process does nothing else meanwhile).
 */
function time(family: string, n: number, reps: number): TimeAnswer {
  const input = ADVERSARIAL[family]!(n)
  let best = Infinity
  for (let r = 0; r < reps; r++) {
    post({ type: 'progress', family, n, r })
    const t = cpuMs()
    extract(input, { published: '2024-07-16' })
    best = Math.min(best, cpuMs() - t)
  }
  return { ms: best, length: input.length }
}

function fuzz(cases: number, seed: number, articleDirs: string[], keepSlowest: number): FuzzAnswer {
  const articles = readArticles(articleDirs)
  extract('Chiều 12/7, đồng chí Nguyễn Văn An chủ trì hội nghị về Kế hoạch số 29-KH/TU; 49.820 đảng viên.') // compile the grammars before timing
  const slowest: FuzzAnswer['slowest'] = []
  let i = 0
  const property = fc.property(fuzzInputs(articles), fc.constantFrom(undefined, '2024-07-16', '2019-01-02T08:30'), (input, published) => {
    post({ type: 'progress', i: i++, input: input.length > 20_000 ? input.slice(0, 20_000) : input, published })
    const t = performance.now()
    const record = extract(input, { published })
    const ms = performance.now() - t
    if (slowest.length < keepSlowest || ms > slowest[slowest.length - 1]!.ms) {
      slowest.push({ ms, length: input.length, input: input.slice(0, 200) })
      slowest.sort((a, b) => b.ms - a.ms)
      slowest.length = Math.min(slowest.length, keepSlowest)
    }
    const problems = recordProblems(input, record)
    if (problems.length) throw new Error(problems.slice(0, 5).join('\n'))
    const again = JSON.stringify(extract(input, { published }))
    if (again !== JSON.stringify(record)) throw new Error('not deterministic: a second run gave different JSON')
  })
  const result = fc.check(property, { numRuns: cases, seed, endOnFailure: false })
  return {
    runs: result.numRuns,
    failed: result.failed,
    counterexample: result.counterexample ? JSON.stringify(result.counterexample) : null,
    error: result.errorInstance instanceof Error ? result.errorInstance.message : result.failed ? String(result.errorInstance) : null,
    seed: result.seed,
    slowest,
  }
}

parentPort!.on('message', (req: WorkerRequest) => {
  const value = req.op === 'extract' ? extract(req.input, { published: req.published })
    : req.op === 'time' ? time(req.family, req.n, req.reps)
    : fuzz(req.cases, req.seed, req.articleDirs, req.keepSlowest)
  post({ type: 'answer', value })
})
