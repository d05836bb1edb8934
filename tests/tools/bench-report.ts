/**
 * npm run bench:report -- [--articles 5000] [--jobs N] [--runs 3]
 *
 * How long a big report takes to open: writes a JSONL batch of --articles articles (the dev corpora
 * of ../shared cycled, each with its own id; our fixtures when ../shared is absent), builds the
 * report with the built CLI (timed), opens it from disk in Debian's Chromium (headless, through
 * playwright-core) and times navigation → first article shown with the index usable, then
 * another article, and a filter over the whole index. Needs `npm run build` and /usr/bin/chromium.
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { once } from 'node:events'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { launch } from '../support/chromium.ts'
import { FIXTURES, ROOT, SHARED, stripSourceHeader } from '../support/fixtures.ts'

const { values } = parseArgs({ options: {
  articles: { type: 'string', default: '5000' }, jobs: { type: 'string', default: String(availableParallelism()) }, runs: { type: 'string', default: '3' },
} })
const n = Number(values.articles)
const dir = join(ROOT, '.scratch')
mkdirSync(dir, { recursive: true })

const corpora = ['dev', 'dev2'].map((d) => join(SHARED, 'corpus', d)).filter(existsSync)
const texts = corpora.length
  ? corpora.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => stripSourceHeader(readFileSync(join(d, f), 'utf8'))))
  : readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8'))
const batch = join(dir, `report-batch-${n}.jsonl`)
const out = createWriteStream(batch)
for (let i = 0; i < n; i++) {
  if (!out.write(`${JSON.stringify({ id: `a${i}`, text: texts[i % texts.length] })}\n`)) await once(out, 'drain')
}
out.end()
await once(out, 'finish')

const report = join(dir, `report-${n}.html`)
const t0 = Date.now()
const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'html', '--jobs', values.jobs!, '--no-progress', '--out', report, batch], { encoding: 'utf8' })
const buildSeconds = (Date.now() - t0) / 1000
if (run.status !== 0) throw new Error(run.stderr)
const mb = statSync(report).size / 1e6

const browser = await launch()
const opens: number[] = []
const walls: number[] = []
let nextMs = 0
let filterMs = 0
for (let r = 0; r < Number(values.runs); r++) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  const w0 = Date.now()
  await page.goto(pathToFileURL(report).href)
  await page.waitForSelector('html[data-ready-ms] article.vne-doc[data-n="0"] .vne-text')
  walls.push(Date.now() - w0)
  opens.push(Number(await page.getAttribute('html', 'data-ready-ms')))
  const s1 = Date.now()
  await page.locator('.vne-article .nav button', { hasText: 'next' }).click()
  await page.waitForSelector('article.vne-doc[data-n="1"]')
  nextMs = Date.now() - s1
  const s2 = Date.now()
  await page.locator('input[type=search]').fill(`a${n - 1}`)
  await page.waitForSelector(`.rows button[data-n="${n - 1}"]`)
  filterMs = Date.now() - s2
  await page.close()
}
await browser.close()
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
console.log(`articles: ${n} (${corpora.length ? 'the dev corpora of ../shared, cycled' : 'our fixtures, cycled'}), input ${(statSync(batch).size / 1e6).toFixed(1)} MB JSONL`)
console.log(`report: ${mb.toFixed(1)} MB, built in ${buildSeconds.toFixed(1)} s by the CLI (--jobs ${values.jobs})`)
console.log(`open (navigation → first article shown, index usable; median of ${opens.length}): ${median(opens)} ms in the page (performance.now), ${median(walls)} ms wall clock from goto`)
console.log(`next article: ${nextMs} ms; filter over all ${n} rows: ${filterMs} ms`)
