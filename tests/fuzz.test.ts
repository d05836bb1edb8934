/**
 * The fuzz property of issue 8, on every `npm test`: 10,000 generated inputs (tests/support/
 * fuzz-cases.ts) through extract() in a worker thread under a watchdog. Each must give a
 * schema-valid record whose spans slice the input, with no internal error, twice the same.
 * A case that hangs fails this test with the input that hung. `npm run fuzz` runs more.
 */
import { afterAll, expect, it } from 'vitest'
import { IsolatedWorker } from './support/isolated.ts'
import type { FuzzAnswer } from './support/extract-worker.ts'
import { DEV_CORPUS, SEEDS } from './support/fixtures.ts'

const worker = new IsolatedWorker(new URL('./support/extract-worker.ts', import.meta.url).pathname)
afterAll(() => worker.close())

it('10,000 generated inputs: no throw, no hang, schema-valid, spans slice, deterministic', async () => {
  const seed = Number(process.env.FUZZ_SEED ?? 20261130)
  const out = await worker.call<FuzzAnswer>({ op: 'fuzz', cases: 10_000, seed, articleDirs: [SEEDS, DEV_CORPUS], keepSlowest: 3 }, 15_000)
  if (!out.ok) {
    const last = out.last as { i?: number; input?: string } | null
    throw new Error(`fuzz case ${last?.i ?? '?'} (seed ${seed}) ${out.reason}: ${out.message}\ninput: ${JSON.stringify(last?.input ?? null)?.slice(0, 2000)}`)
  }
  expect(out.value.error, `seed ${seed}, counterexample ${out.value.counterexample?.slice(0, 2000)}`).toBeNull()
  expect(out.value.runs).toBe(10_000)
})
