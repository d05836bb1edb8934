/**
 * npm run grammars [-- --check]
 *
 * Compiles every grammar (src/kinds/<kind>/grammar.ts) with XRegExp and writes src/grammars/compiled.ts (the
 * native sources the library runs on). With --check (what `npm run build` runs), writes nothing
 * and exits 1 when the file is stale, saying which grammars changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { compileAll, compiledModule, REGENERATE, staleGrammars, staleMessage } from './grammar-compiler.ts'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const PATH = join(import.meta.dirname, '..', '..', 'src', 'grammars', 'compiled.ts')

// The grammar modules import compiled.ts; a fresh tree without it gets an empty one first.
if (!existsSync(PATH)) {
  if (values.check) {
    process.stderr.write(`src/grammars/compiled.ts is missing. Run \`${REGENERATE}\` and commit it.\n`)
    process.exit(1)
  }
  writeFileSync(PATH, compiledModule([]))
}

const { grammarDefinitions } = await import('../../src/grammars/index.ts')
const { COMPILED } = await import('../../src/grammars/compiled.ts')
const fresh = compileAll(grammarDefinitions())
const text = compiledModule(fresh)
const current = readFileSync(PATH, 'utf8')

if (current === text) {
  process.stdout.write(`src/grammars/compiled.ts: ${fresh.length} grammars, up to date\n`)
} else if (values.check) {
  process.stderr.write(`${staleMessage(staleGrammars(fresh, COMPILED))}\n`)
  process.exitCode = 1
} else {
  const changes = staleGrammars(fresh, COMPILED)
  writeFileSync(PATH, text)
  process.stdout.write(`src/grammars/compiled.ts: ${fresh.length} grammars written${changes.length ? ` (${changes.join(', ')})` : ''}\n`)
}
