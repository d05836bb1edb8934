/**
 * npm run fuzz -- [--cases 100000] [--seed N] [--chunk 10000] [--timeout 15000]
 *
 * The fuzz property of tests/fuzz.test.ts for longer runs: generated inputs (tests/support/
 * fuzz-cases.ts) through extract() in a worker thread under a watchdog, in chunks of `--chunk`
 * cases with seeds seed, seed+1, … A chunk stops at its first failure (fast-check then shrinks it);
 * a case that hangs is reported with its input and the worker is replaced. Prints the cases run,
 * the failures and the slowest inputs; exits 1 when anything failed.
 */
import { parseArgs } from 'node:util'
import { IsolatedWorker } from '../support/isolated.ts'
import type { FuzzAnswer } from '../support/extract-worker.ts'
import { DEV_CORPUS, SEEDS } from '../support/fixtures.ts'

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: String(Date.now() % 1e9) },
    chunk: { type: 'string', default: '10000' }, timeout: { type: 'string', default: '15000' },
  },
})
const total = Number(values.cases)
const chunk = Number(values.chunk)
const seed = Number(values.seed)
const worker = new IsolatedWorker(new URL('../support/extract-worker.ts', import.meta.url).pathname)
const failures: string[] = []
const slowest: FuzzAnswer['slowest'] = []
let run = 0
const started = Date.now()
for (let k = 0; run < total; k++) {
  const cases = Math.min(chunk, total - run)
  const s = seed + k
  const out = await worker.call<FuzzAnswer>({ op: 'fuzz', cases, seed: s, articleDirs: [SEEDS, DEV_CORPUS], keepSlowest: 5 }, Number(values.timeout))
  if (!out.ok) {
    const last = out.last as { i?: number; input?: string } | null
    failures.push(`seed ${s} case ${last?.i ?? '?'}: ${out.reason} (${out.message}); input ${JSON.stringify(last?.input ?? null).slice(0, 300)}`)
    run += (last?.i ?? 0) + 1
  } else {
    run += out.value.runs
    slowest.push(...out.value.slowest)
    if (out.value.failed) failures.push(`seed ${s}: ${out.value.error?.slice(0, 300)}; counterexample ${out.value.counterexample?.slice(0, 300)}`)
  }
  process.stderr.write(`\r${run}/${total} cases, ${failures.length} failures`)
}
await worker.close()
process.stderr.write('\n')
slowest.sort((a, b) => b.ms - a.ms)
console.log(`cases: ${run} in ${((Date.now() - started) / 1000).toFixed(1)} s (seeds ${seed}…${seed + Math.ceil(total / chunk) - 1})`)
console.log(`failures: ${failures.length}`)
for (const f of failures) console.log(`  ${f}`)
console.log('slowest inputs:')
for (const x of slowest.slice(0, 5)) console.log(`  ${x.ms.toFixed(1)} ms, ${x.length} units: ${JSON.stringify(x.input.slice(0, 100))}`)
process.exitCode = failures.length ? 1 : 0
