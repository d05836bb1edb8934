/**
 * node --import tsx tests/tools/report-screenshot.ts [--out PNG] [--item document:0] INPUT...
 *
 * The README's screenshot: writes the HTML report of INPUT with the built CLI, opens it from disk in
 * Debian's Chromium (headless, playwright-core), selects an item from the side list (its span is
 * marked and its fields shown, as a reader's click would) and saves the page as a PNG.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { launch } from '../support/chromium.ts'
import { ROOT } from '../support/fixtures.ts'

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  out: { type: 'string', default: join(ROOT, 'examples', 'report', 'seed-report.png') }, item: { type: 'string', default: 'document:0' },
  width: { type: 'string', default: '1400' }, height: { type: 'string', default: '940' },
} })
const report = join(mkdtempSync(join(tmpdir(), 'vne-shot-')), 'report.html')
const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'html', '--no-progress', '--out', report, ...positionals], { encoding: 'utf8' })
if (run.status !== 0) throw new Error(run.stderr)
const browser = await launch()
const page = await browser.newPage({ viewport: { width: Number(values.width), height: Number(values.height) } })
await page.goto(pathToFileURL(report).href)
await page.waitForSelector('html[data-ready-ms]')
await page.locator(`.vne-items button[data-item="${values.item}"]`).press('Enter')
await page.locator('#vne-tip').waitFor({ state: 'visible' })
await page.screenshot({ path: values.out! })
await browser.close()
console.log(`wrote ${values.out}`)
