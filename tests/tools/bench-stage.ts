/**
 * One pipeline stage timed in-process, a git revision against the working tree, on dev and dev2:
 * `node --import tsx tests/tools/bench-stage.ts STAGE [REV]` (REV defaults to HEAD). The two run
 * alternately in one process, each on the state its own earlier stages made, and the medians are
 * compared: changes of a few percent show here that `npm run bench` cannot tell from its noise.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..', '..')
const [stage, rev = 'HEAD', roundsArg = '15'] = process.argv.slice(2)
if (!stage) {
  console.error('usage: bench-stage.ts STAGE [REV] [ROUNDS]')
  process.exit(2)
}
const dirs = ['dev', 'dev2'].map((d) => resolve(ROOT, '..', 'shared', 'corpus', d)).filter(existsSync)
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')))

interface Stage { name: string; reads: readonly string[]; run: (input: Record<string, unknown>) => unknown }
async function timer(root: string): Promise<() => number> {
  const { STAGES } = (await import(join(root, 'src', 'pipeline', 'stages.ts'))) as { STAGES: Stage[] }
  const { runStages } = (await import(join(root, 'src', 'pipeline', 'run-stages.ts'))) as { runStages: (s: Stage[], state: Record<string, unknown>) => Record<string, unknown> }
  const k = STAGES.findIndex((s) => s.name === stage)
  if (k < 0) throw new Error(`no stage ${stage}: ${STAGES.map((s) => s.name).join(', ')}`)
  const states = texts.map((input) => runStages(STAGES.slice(0, k), { input, html: false, regions: undefined, publishedOption: null }))
  const st = STAGES[k]!
  return () => {
    const t0 = performance.now()
    for (const s of states) {
      const input: Record<string, unknown> = {}
      for (const key of st.reads) input[key] = s[key]
      st.run(input)
    }
    return performance.now() - t0
  }
}

const base = mkdtempSync(join(tmpdir(), 'bench-stage-'))
try {
  const archive = execFileSync('git', ['archive', rev, 'src'], { cwd: ROOT, maxBuffer: 1 << 28 })
  execFileSync('tar', ['-x', '-C', base], { input: archive })
  const a = await timer(base)
  const b = await timer(ROOT)
  for (let i = 0; i < 3; i++) a(), b()
  const ta: number[] = []
  const tb: number[] = []
  // Each round in the other order: neither copy always runs first (after the other's garbage).
  for (let i = 0; i < Number(roundsArg); i++) {
    if (i % 2 === 0) ta.push(a()), tb.push(b())
    else tb.push(b()), ta.push(a())
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[xs.length >> 1]!
  console.log(`${stage} on ${texts.length} articles: ${rev} ${median(ta).toFixed(1)} ms, working tree ${median(tb).toFixed(1)} ms, ratio ${(median(tb) / median(ta)).toFixed(3)}`)
} finally {
  rmSync(base, { recursive: true, force: true })
}
