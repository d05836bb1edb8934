import { checkSync } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { allGrammars } from '../src/grammars/index.ts'
import { COMPILED } from '../src/grammars/compiled.ts'
import { OLD_STYLE_TONES } from '../src/normalize/tone-marks.ts'
import { lexiconPatterns } from '../src/grammars/lexicon-pattern.ts'
import '../src/index.ts'
import { ROOT } from './support/fixtures.ts'

const grammars = allGrammars()

/**
 * Time given to recheck for one pattern. Most conclude in well under a second; the fuzz check of
 * the longest grammars takes 8–20 s on a quiet 2-core machine (meeting/kind: every meeting and
 * ceremony kind, then a capitalised name; metadata/byline) and twice that beside other work. A
 * check that runs out of time is `unknown`, which fails: the budget is wide so that only a pattern
 * that is really hard to decide fails for time. The verdict must still be `safe`; run times on
 * adversarial inputs are held by tests/linear-time.test.ts.
 */
const BUDGET = 60_000
const CHECK_BUDGET: Readonly<Record<string, number>> = { 'meeting/kind': 100_000 }

/**
 * recheck's fuzzing bounds some of its steps by time (incubation 250 ms, an attack 1 s by default):
 * on a loaded machine a bounded pattern then looked super-linear (`giấy phép…[^<>\n]{0,60}\/GP-`
 * came out "4th degree polynomial" beside other work, `safe` on a quiet machine). Without those
 * time limits the steps are bounded by their character counts alone, so the verdict is the same on
 * any machine; only the overall budget (`timeout`) is still time.
 */
const DETERMINISTIC = { incubationTimeout: null, attackTimeout: null } as const

describe('no grammar backtracks super-linearly (recheck, on the compiled sources the library runs)', () => {
  it('reflects over the grammar registry, which imports every grammar file, and every grammar is compiled', () => {
    expect(grammars.length).toBeGreaterThanOrEqual(15)
    const index = readFileSync(join(ROOT, 'src', 'grammars', 'index.ts'), 'utf8')
    const kinds = readdirSync(join(ROOT, 'src', 'kinds'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    const files = kinds.filter((k) => existsSync(join(ROOT, 'src', 'kinds', k, 'grammar.ts')))
    expect(files.length).toBeGreaterThanOrEqual(7)
    for (const k of files) expect(index, k).toContain(`'../kinds/${k}/grammar.ts'`)
    expect(Object.keys(COMPILED).sort()).toEqual(grammars.map((g) => g.name).sort())
  })
  it.each(grammars.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    // g.get() builds the RegExp from src/grammars/compiled.ts, as the library does.
    const { regex } = g.get()
    expect(regex.source).toBe(COMPILED[g.name]?.source)
    const flags = regex.flags.replace(/[dgy]/g, '')
    const result = checkSync(regex.source, flags, { ...DETERMINISTIC, timeout: CHECK_BUDGET[g.name] ?? BUDGET })
    expect(result.status, `${g.name}: ${JSON.stringify(result).slice(0, 400)}`).toBe('safe')
  })
})

/** Every regular-expression literal in src/ (examples files aside), found by the TypeScript parser. */
function regexLiterals(): Array<{ where: string; source: string; flags: string }> {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
  const out: Array<{ where: string; source: string; flags: string }> = []
  for (const file of walk(join(ROOT, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.examples.ts'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf)
        const slash = text.lastIndexOf('/')
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1
        out.push({ where: `${relative(ROOT, file)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) })
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return out
}

describe('no regex in src/ backtracks super-linearly (recheck, every literal)', () => {
  const literals = regexLiterals()
  it('finds the regex literals of the whole source tree', () => {
    expect(literals.length).toBeGreaterThan(100)
    expect(literals.map((l) => l.where.split(':')[0])).toEqual(expect.arrayContaining([
      join('src', 'engine', 'segment.ts'), join('src', 'normalize', 'strip-html.ts'), join('src', 'kinds', 'people', 'people.ts'),
    ]))
  })
  it.each(literals.map((l) => [l.where, l] as const))('%s', (_where, l) => {
    const result = checkSync(l.source, l.flags.replace(/[dgy]/g, ''), { ...DETERMINISTIC, timeout: BUDGET })
    expect(result.status, `${l.where} /${l.source}/${l.flags}: ${JSON.stringify(result).slice(0, 400)}`).toBe('safe')
  })
  it('and the one pattern built at run time outside the grammars (tone placement)', () => {
    const result = checkSync(OLD_STYLE_TONES.source, OLD_STYLE_TONES.flags.replace(/[dgy]/g, ''), { ...DETERMINISTIC, timeout: BUDGET })
    expect(result.status).toBe('safe')
  })
})

describe('no pattern built from a lexicon when a rule module loads backtracks super-linearly (recheck)', () => {
  // src/index.ts loads every rule module, so every lexiconPattern() call has run.
  const patterns = lexiconPatterns()
  it('finds the patterns of the rule modules', () => {
    expect(patterns.length).toBeGreaterThan(0)
  })
  it.each(patterns.map((re) => [`/${re.source}/${re.flags}`, re] as const))('%s', (_name, re) => {
    const result = checkSync(re.source, re.flags.replace(/[dgy]/g, ''), { ...DETERMINISTIC, timeout: BUDGET })
    expect(result.status, `/${re.source}/${re.flags}: ${JSON.stringify(result).slice(0, 400)}`).toBe('safe')
  })
})
