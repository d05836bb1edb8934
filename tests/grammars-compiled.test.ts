/**
 * The grammars are compiled at build time (issue 10): src/grammars/compiled.ts holds the native
 * sources XRegExp makes from the definitions, and the library runs on it without XRegExp.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import XRegExp from 'xregexp'
import { describe, expect, it } from 'vitest'
import { allGrammars, grammarDefinitions } from '../src/grammars/index.ts'
import { COMPILED } from '../src/grammars/compiled.ts'
import { compileAll, compiledModule, REGENERATE, staleGrammars, staleMessage } from './tools/grammar-compiler.ts'
import { ROOT } from './support/fixtures.ts'

const PATH = join(ROOT, 'src', 'grammars', 'compiled.ts')
const fresh = compileAll(grammarDefinitions())

describe('src/grammars/compiled.ts', () => {
  it('is up to date with the grammar definitions and the lexicons they read', () => {
    expect(staleGrammars(fresh, COMPILED), staleMessage(staleGrammars(fresh, COMPILED))).toEqual([])
    // Same entries but other text (a hand edit, a changed header) is stale too.
    expect(readFileSync(PATH, 'utf8') === compiledModule(fresh), staleMessage([])).toBe(true)
  })

  it('holds exactly what XRegExp.build(pattern, subs, "xnu") gives, for every declared grammar', () => {
    expect(Object.keys(COMPILED).sort()).toEqual(grammarDefinitions().map((d) => d.name).sort())
    for (const d of grammarDefinitions()) {
      const built = XRegExp.build(d.pattern, d.subs(), 'xnu')
      expect(COMPILED[d.name]?.source, d.name).toBe(built.source)
      const g = allGrammars().find((l) => l.name === d.name)!.get()
      // Scanned with `gu`, or with `dgu` when the grammar asks for group indices while scanning.
      expect(['gu', 'dgu'], d.name).toContain(g.regex.flags)
      expect(g.sticky.flags, d.name).toBe('duy')
    }
  })

  it('the staleness check names a grammar whose lexicon changed, and the command that fixes it', () => {
    const defs = grammarDefinitions().map((d) =>
      d.name === 'meeting/kind' ? { ...d, subs: () => ({ ...d.subs(), kinds: `${String(d.subs().kinds)}|hội\\x20nghị\\x20thử` }) } : d)
    const changed = compileAll(defs)
    const current = Object.fromEntries(fresh.map((e) => [e.name, e]))
    expect(staleGrammars(changed, current)).toEqual(['changed meeting/kind'])
    expect(compiledModule(changed)).not.toBe(compiledModule(fresh))
    expect(staleMessage(['changed meeting/kind'])).toContain(`\`${REGENERATE}\``)
    const { ['date/day']: _gone, ...rest } = current
    expect(staleGrammars(fresh, rest)).toEqual(['added date/day'])
    expect(staleGrammars(fresh.filter((e) => e.name !== 'date/day'), current)).toEqual(['removed date/day'])
  })

  it('compiling twice gives the same bytes', () => {
    expect(compiledModule(compileAll(grammarDefinitions()))).toBe(compiledModule(fresh))
  })

  it('two grammars with one name are refused', () => {
    const d = grammarDefinitions()[0]!
    expect(() => compileAll([d, d])).toThrow(`two grammars are named ${d.name}`)
  })
})

describe('xregexp stays a build-time tool', () => {
  it('no file of src/ imports it', () => {
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
      const p = join(dir, f)
      return statSync(p).isDirectory() ? walk(p) : [p]
    })
    const files = walk(join(ROOT, 'src')).filter((f) => f.endsWith('.ts'))
    expect(files.length).toBeGreaterThan(50)
    for (const f of files) expect(readFileSync(f, 'utf8'), relative(ROOT, f)).not.toMatch(/['"]xregexp['"]|core-js/)
  })
  it('is a devDependency, not a dependency', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('xregexp')
    expect(Object.keys(pkg.devDependencies ?? {})).toContain('xregexp')
  })
})
