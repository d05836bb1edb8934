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

export default function setup(): void {
  const built = join(ROOT, 'dist', 'cli-worker.js')
  const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs)
  if (stale) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}
