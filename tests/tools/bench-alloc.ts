/**
 * Bytes allocated per article by extract(), run by `npm run bench` in a child process started with
 * `--expose-gc --max-semi-space-size=256`: before each call a full GC, then the growth of the V8 heap
 * and of ArrayBuffer memory over one extract() call, kept only when no GC ran during the call (a
 * PerformanceObserver watches), so the growth is what the call allocated.
 *
 * Two things besides extract() grow the heap during a call, and are kept out:
 * - V8's compiler: code, feedback and deoptimisation data for functions it compiles or optimises
 *   during the call. That is a one-off cost of the process, not of the article, and it never stops
 *   entirely (an optimised function can be deoptimised and compiled again much later). Each article is
 *   measured in REPEATS calls and the smallest growth is kept: what extract() allocates for the same
 *   input is the same every time, what the compiler adds is not.
 * - The measuring: reading the heap size allocates (the object `process.memoryUsage()` returns). The
 *   total comes from calls with no stage hook; per stage, in calls with the pipeline's stage hook and
 *   the heap size as its clock, one reading's cost (measured the same way) is taken off each stage.
 * Prints one JSON line.
 */
import { PerformanceObserver } from 'node:perf_hooks'
import { extract } from '../../src/index.ts'
import { extractWith } from '../../src/extract.ts'
import { DEV_CORPUS, loadShared } from '../support/fixtures.ts'

const REPEATS = 3
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const gcStarts: number[] = []
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcStarts.push(e.startTime)
})
observer.observe({ entryTypes: ['gc'] })
const texts = loadShared(DEV_CORPUS).map((a) => a.input)
for (const t of texts) extract(t) // warm-up: compile grammars and code
// The V8 heap and the memory of ArrayBuffers (kept outside it: typed arrays, which heapUsed alone
// would not count).
const heap = () => {
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}
// What one reading of the clock allocates, as a stage's figure sees it (the reading that starts the stage).
const readings: number[] = []
for (let i = 0; i < 51; i++) {
  gc()
  const a = heap()
  heap()
  readings.push(heap() - a)
}
const reading = readings.sort((a, b) => a - b)[readings.length >> 1]!

interface Window { from: number; to: number; grew: number; stages: Map<string, number> | null }
/** One call on a freshly collected heap: its growth (and per stage, with `staged`) and when it ran. */
const measure = (t: string, staged: boolean): Window => {
  gc()
  const stages = staged ? new Map<string, number>() : null
  const before = heap()
  const from = performance.now()
  if (stages) extractWith(t, undefined, { clock: heap, onStage: (name, b) => stages.set(name, b - reading) })
  else extract(t)
  const to = performance.now()
  return { from, to, grew: heap() - before, stages }
}
const totals: Window[][] = []
const perStageCalls: Window[][] = []
for (const t of texts) {
  const plain: Window[] = []
  const staged: Window[] = []
  for (let r = 0; r < REPEATS; r++) {
    plain.push(measure(t, false))
    staged.push(measure(t, true))
  }
  totals.push(plain)
  perStageCalls.push(staged)
}
await new Promise((r) => setTimeout(r, 100)) // GC entries are delivered asynchronously
observer.disconnect()
// A call in which a GC started does not show what it allocated: left out.
const clean = (ws: Window[]) => ws.filter((w) => w.grew >= 0 && !gcStarts.some((g) => g >= w.from && g <= w.to))
const samples: number[] = []
for (const ws of totals) {
  const ok = clean(ws)
  if (ok.length > 0) samples.push(Math.min(...ok.map((w) => w.grew)))
}
const skipped = texts.length - samples.length
const perStage: Record<string, number> = {}
let stagedArticles = 0
for (const ws of perStageCalls) {
  const ok = clean(ws)
  if (ok.length === 0) continue
  stagedArticles++
  for (const name of ok[0]!.stages!.keys()) perStage[name] = (perStage[name] ?? 0) + Math.min(...ok.map((w) => w.stages!.get(name)!))
}
for (const k of Object.keys(perStage)) perStage[k] = Math.round(perStage[k]! / Math.max(1, stagedArticles))
const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length)
const bytes = texts.reduce((n, t) => n + t.length * 2, 0) / texts.length
process.stdout.write(`${JSON.stringify({ articles: samples.length, skipped, repeats: REPEATS, clockReadingBytes: reading, meanBytes: Math.round(mean), meanInputUtf16Bytes: Math.round(bytes), perStage })}\n`)
