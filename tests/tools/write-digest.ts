import { readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'

/**
 * Writes `<file>.sha256` beside each bundle given: its text's SHA-256 (hex) and length. The CLI's
 * code cache is named by it (src/cli/code-cache.ts: bundleDigest), so a start-up need not hash the
 * bundle itself.
 */
for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8')
  writeFileSync(`${file}.sha256`, `${createHash('sha256').update(source).digest('hex')} ${source.length}\n`)
  console.log(`wrote ${file}.sha256`)
}
