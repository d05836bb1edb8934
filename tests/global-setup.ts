/**
 * Before the tests: make sure dist/ is built from the current sources (the package tests run the
 * built bin and its worker threads). Builds when dist/ is missing or older than any file in src/.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

/** Test files that read ../shared (the seeds and the dev corpora); they skip their tests when it is absent. */
const NEEDS_SHARED = ['seeds.test.ts', 'report-browser.test.ts (the seed report)', 'seed-counts.test.ts', 'seed-entities.test.ts', 'spans.test.ts (real-article spans)', 'fuzz.test.ts (mutated real articles)']

export default function setup(): () => void {
  const shared = join(ROOT, '..', 'shared')
  const teardown = () => {
    if (!existsSync(join(shared, 'seeds'))) {
      process.stdout.write(`\n  NOTE: ${shared} is absent, so the tests that read the seed articles and the dev corpora were skipped:\n`
        + `  ${NEEDS_SHARED.join(', ')}.\n  Put the shared folder beside the clone (../shared) to run them.\n\n`)
    }
  }
  // The build's outputs: the CLI worker, the report's page script, the playground page.
  const outputs = [join(ROOT, 'dist', 'cli-worker.js'), join(ROOT, 'dist', 'report.global.js'), join(ROOT, 'examples', 'playground', 'index.html')]
  const playground = join(ROOT, 'examples', 'playground')
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs,
    ...readdirSync(playground).filter((f) => f !== 'index.html').map((f) => statSync(join(playground, f)).mtimeMs))
  const stale = outputs.some((f) => !existsSync(f) || statSync(f).mtimeMs < sources)
  if (stale) build()
  return teardown
}

/**
 * `npm run build`; when it fails (a stale src/grammars/compiled.ts, code the bundler cannot read; type
 * errors are `npm run typecheck`'s, not the build's), says so with the build's own message and ends
 * the run: no test runs against an old dist/, and the message is not buried under a stack trace of
 * this setup. (Ending the process skips the reporters: CI builds before `npm test`, so it never gets here.)
 */
function build(): void {
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 })
  } catch (error) {
    const why = String((error as { stderr?: unknown }).stderr ?? '').trim() || (error as Error).message
    process.stderr.write(`\n  The build (npm run build) failed, so no test ran. What it said:\n\n${why.replace(/^/gm, '    ')}\n\n`)
    process.exit(1)
  }
}
