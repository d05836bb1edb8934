/**
 * Bytes allocated per article by extract(), run by `npm run bench` in a child process started with
 * `--expose-gc --max-semi-space-size=256`: before each article a full GC, then the growth of the
 * V8 heap and of ArrayBuffer memory over one extract() call, kept only when no GC ran during the call (a PerformanceObserver
 * watches), so the growth is what the call allocated. The same per stage: the pipeline's stage
 * hook with the heap size as its clock. Prints one JSON line.
 */
import { PerformanceObserver } from 'node:perf_hooks'
import { extract } from '../../src/index.ts'
import { extractWith } from '../../src/extract.ts'
import { DEV_CORPUS, loadShared } from '../support/fixtures.ts'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const gcStarts: number[] = []
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcStarts.push(e.startTime)
})
observer.observe({ entryTypes: ['gc'] })
const texts = loadShared(DEV_CORPUS).map((a) => a.input)
for (const t of texts) extract(t) // warm-up: compile grammars and code
const windows: Array<{ from: number; to: number; grew: number; stages: Map<string, number> }> = []
// The V8 heap and the memory of ArrayBuffers (kept outside it: the offset map of a normalised text is
// typed arrays, 8 bytes per unit, which heapUsed alone would not count).
const heap = () => {
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}
for (const t of texts) {
  gc()
  const stages = new Map<string, number>()
  const before = heap()
  const from = performance.now()
  extractWith(t, undefined, { clock: heap, onStage: (name, grew) => stages.set(name, grew) })
  const to = performance.now()
  windows.push({ from, to, grew: heap() - before, stages })
}
await new Promise((r) => setTimeout(r, 100)) // GC entries are delivered asynchronously
observer.disconnect()
// A window in which a GC started does not show what the call allocated: left out.
const clean = windows.filter((w) => w.grew >= 0 && !gcStarts.some((g) => g >= w.from && g <= w.to))
const samples = clean.map((w) => w.grew)
const skipped = windows.length - clean.length
const perStage: Record<string, number> = {}
for (const w of clean) for (const [name, grew] of w.stages) perStage[name] = (perStage[name] ?? 0) + grew / clean.length
for (const k of Object.keys(perStage)) perStage[k] = Math.round(perStage[k]!)
const mean = samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length)
const bytes = texts.reduce((n, t) => n + t.length * 2, 0) / texts.length
process.stdout.write(`${JSON.stringify({ articles: samples.length, skipped, meanBytes: Math.round(mean), meanInputUtf16Bytes: Math.round(bytes), perStage })}\n`)
