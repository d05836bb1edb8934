/**
 * Writes examples/playground/index.html (run by `npm run build`, after tsup has bundled
 * dist/playground.global.js): one self-contained page, the script and style sheet inlined and
 * allowed by their hashes, the sample article embedded, so it opens from disk (file://) with no
 * server. Chromium refuses ES module scripts from file://, hence the classic script.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataBlock, inlineScript, jsonForScript, shellEnd, shellStart } from '../../src/report/page.ts'
import { REPORT_CSS } from '../../src/report/styles.ts'

const ROOT = join(import.meta.dirname, '..', '..')
const sha256 = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`

const script = inlineScript(readFileSync(join(ROOT, 'dist', 'playground.global.js'), 'utf8'))
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
const sample = readFileSync(join(ROOT, 'examples', 'sample-article.txt'), 'utf8')
const html = shellStart({ title: 'vn-news-extract playground', css: REPORT_CSS, styleHash: sha256(REPORT_CSS), scriptHash: sha256(script), generator: `vn-news-extract ${version}` })
  + dataBlock('vne-sample', jsonForScript(sample))
  + shellEnd(script)
writeFileSync(join(ROOT, 'examples', 'playground', 'index.html'), html)
