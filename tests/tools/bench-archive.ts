/**
 * npm run bench:archive -- [--mb 500] [--jobs N]
 *
 * Memory stays flat whatever the archive: generates a JSONL archive of about --mb megabytes from
 * the fixtures (each line an article with its own id and date), runs the built CLI over it, and
 * prints the articles, MB, seconds, articles/s and the peak RSS of the whole process (its worker
 * threads included), measured by /usr/bin/time. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { parseArgs } from 'node:util'
import { FIXTURES, ROOT } from '../support/fixtures.ts'

const { values } = parseArgs({ options: { mb: { type: 'string', default: '500' }, jobs: { type: 'string', default: String(availableParallelism()) } } })
const targetBytes = Number(values.mb) * 1e6
const dir = join(ROOT, '.scratch')
mkdirSync(dir, { recursive: true })
const path = join(dir, `archive-${values.mb}mb.jsonl`)
const texts = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8'))
if (!existsSync(path) || statSync(path).size < targetBytes) {
  const out = createWriteStream(path)
  let written = 0
  for (let i = 0; written < targetBytes; i++) {
    const line = `${JSON.stringify({ id: `a${i}`, text: texts[i % texts.length], published: `2024-${String((i % 12) + 1).padStart(2, '0')}-15` })}\n`
    written += Buffer.byteLength(line)
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
const size = statSync(path).size
const started = Date.now()
const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'dist', 'cli.js'), '--jobs', values.jobs!, '--no-progress', path], {
  encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26,
})
const seconds = (Date.now() - started) / 1000
const peakKb = Number(run.stderr.trim().split('\n').at(-1))
const summary = run.stderr.split('\n').find((l) => l.startsWith('vn-news-extract:')) ?? ''
const articles = Number(/(\d+) inputs/.exec(summary)?.[1] ?? 0)
console.log(`archive: ${(size / 1e6).toFixed(0)} MB JSONL, ${articles} articles, --jobs ${values.jobs}`)
console.log(`time: ${seconds.toFixed(1)} s, ${(articles / seconds).toFixed(0)} articles/s, ${(size / 1e6 / seconds).toFixed(1)} MB/s`)
console.log(`peak RSS: ${(peakKb / 1024).toFixed(0)} MB (the whole process, worker threads included)`)
console.log(summary)
