import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as lexicon from '../src/lexicon/index.ts'
import { GIVEN_NAME_HONORIFICS, HONORIFICS, TITLE_MENTION_HONORIFICS } from '../src/lexicon/titles.ts'
import { PEOPLE_LIST_HONORIFICS } from '../src/lexicon/roles.ts'
import { ROOT } from './support/fixtures.ts'
import ts from 'typescript'

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}
/** Calls of `name(…)` in `code`: how many, and the lines of those inside a function body (not run once at load). */
function callsInsideFunctions(code: string, name: string): { total: number; nested: number[] } {
  const sf = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true)
  let total = 0
  const nested: number[] = []
  const visit = (node: ts.Node, inFunction: boolean) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) {
      total++
      if (inFunction) nested.push(sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1)
    }
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)))
  }
  visit(sf, false)
  return { total, nested }
}
const SRC = join(ROOT, 'src')
const sources = walk(SRC).filter((f) => f.endsWith('.ts'))

describe('source hygiene', () => {
  it('the core imports no node: modules and does no I/O (only src/cli may)', () => {
    for (const f of sources.filter((f) => !relative(SRC, f).startsWith('cli'))) {
      const text = readFileSync(f, 'utf8')
      // `from 'node:fs'`, `import 'fs'`, `import('node:path')`, `require('os')` (review finding: the old pattern missed node:).
      expect(text, f).not.toMatch(/(?:from|import)\s*\(?\s*['"](?:node:[^'"]+|fs|fs\/promises|path|os|child_process|worker_threads|url|crypto)['"]/)
      expect(text, f).not.toMatch(/\bprocess\.|\brequire\(/)
    }
  })
  it('the node-import check catches the forms it is meant to catch', () => {
    const re = /(?:from|import)\s*\(?\s*['"](?:node:[^'"]+|fs|fs\/promises|path|os|child_process|worker_threads|url|crypto)['"]/
    for (const bad of ["import { readFile } from 'node:fs'", "import 'fs'", "await import('node:path')", 'import x from "os"']) expect(bad).toMatch(re)
    expect("import XRegExp from 'xregexp'").not.toMatch(re)
  })
  it('the core imports zod only for types (zod stays out of the runtime path)', () => {
    for (const f of sources.filter((f) => !/records|cli/.test(relative(SRC, f)))) {
      const text = readFileSync(f, 'utf8')
      expect(text, f).not.toMatch(/^import\s+(?!type)[^\n]*from\s+'zod'/m)
      expect(text, f).not.toMatch(/^import\s+(?!type)[^\n]*from\s+'[^']*records\//m)
    }
  })
  it('patterns are compiled once: new RegExp only where grammars, lexicon patterns and the tone table are built, at module load', () => {
    const builders = [join('grammars', 'build.ts'), join('grammars', 'lexicon-pattern.ts'), join('normalize', 'tone-marks.ts')]
    for (const f of sources.filter((f) => !relative(SRC, f).startsWith('cli'))) {
      const rel = relative(SRC, f)
      const text = readFileSync(f, 'utf8')
      if (builders.includes(rel)) continue
      expect(text, rel).not.toMatch(/new RegExp\(/)
    }
  })
  it('patterns built from lexicons (lexiconPattern) are built at a module\'s top level, never inside a function', () => {
    let calls = 0
    for (const f of sources) {
      const inner = callsInsideFunctions(readFileSync(f, 'utf8'), 'lexiconPattern')
      calls += inner.total
      expect(inner.nested, relative(SRC, f)).toEqual([])
    }
    expect(calls).toBeGreaterThan(0)
  })
  it('the top-level check catches a call inside a function, an arrow, a method and a getter', () => {
    const code = [
      'const A = lexiconPattern(`x`)',
      'function f() { return lexiconPattern(`y`) }',
      'const g = () => lexiconPattern(`z`)',
      'class C { m() { lexiconPattern(`w`) } get v() { return lexiconPattern(`v`) } }',
    ].join('\n')
    expect(callsInsideFunctions(code, 'lexiconPattern')).toEqual({ total: 5, nested: [2, 3, 4, 4] })
  })
  it('lastIndex is moved by hand only in engine/step.ts (which steps by code point, never into a surrogate pair)', () => {
    const write = /\.lastIndex\s*(?:=(?!=)|\+\+|\+=|-=)|\+\+\s*\w+\.lastIndex/
    for (const bad of ['re.lastIndex = 0', 'x.lastIndex++', 're.lastIndex += 2', '++re.lastIndex']) expect(bad).toMatch(write)
    expect('if (re.lastIndex === m.index)').not.toMatch(write)
    for (const f of sources) {
      if (relative(SRC, f) === join('engine', 'step.ts')) continue
      expect(readFileSync(f, 'utf8'), relative(SRC, f)).not.toMatch(write)
    }
  })
  it('grammars use no ASCII-only \\b, \\w or \\W', () => {
    for (const f of sources.filter((f) => relative(SRC, f).startsWith('grammars') || /(?:^|[/\\])grammar\.ts$/.test(f))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/\\\\[bwW]/)
    }
  })
})

describe('paths named in the docs', () => {
  /**
   * The `src/…`, `tests/…`, `fixtures/…` and `examples/…` files named in a text: a path with an
   * extension, starting a word (not the tail of `../shared/…` or `node_modules/…`), `*` and `<kind>` as
   * wildcards for one path segment.
   */
  const namedFiles = (text: string) => [...text.matchAll(/(?<![\w./<>*-])((?:src|tests|fixtures|examples)\/[\w./<>*-]+\.(?:ts|tsx|js|mjs|json|jsonl|md|html|ipynb|py))(?![\w-])/g)].map((m) => m[1]!)
  /** The repository's files (outside node_modules, dist and .git), relative, for matching wildcards. */
  const files = () => ['src', 'tests', 'fixtures', 'examples'].flatMap((d) => walk(join(ROOT, d)).map((f) => relative(ROOT, f)))
  const exists = (path: string, all: () => string[]): boolean => {
    if (!/[*<]/.test(path)) return statSync(join(ROOT, path), { throwIfNoEntry: false }) !== undefined
    const re = new RegExp(`^${path.split(/(\*|<[^>/]*>)/).map((p, i) => (i % 2 ? '[^/]+' : p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`)
    return all().some((f) => re.test(f))
  }

  it('every file the README and the source comments name exists (a newcomer follows them)', () => {
    const texts = [join(ROOT, 'README.md'), ...walk(join(ROOT, 'src')).filter((f) => f.endsWith('.ts'))]
    let all: string[] | undefined
    const list = () => (all ??= files())
    const missing: string[] = []
    let named = 0
    for (const f of texts) {
      for (const p of namedFiles(readFileSync(f, 'utf8'))) {
        named++
        if (!exists(p, list)) missing.push(`${relative(ROOT, f)}: ${p}`)
      }
    }
    expect(named).toBeGreaterThan(50)
    expect(missing).toEqual([])
  })

  it('the check reads a path in a comment and in Markdown, with wildcards, and not inside another path', () => {
    expect(namedFiles('* one example in `src/grammars/document-ref.examples.ts`.')).toEqual(['src/grammars/document-ref.examples.ts'])
    expect(namedFiles('| add a title | `src/lexicon/titles.ts`, tests/rules.test.ts |')).toEqual(['src/lexicon/titles.ts', 'tests/rules.test.ts'])
    expect(namedFiles('beside each grammar (`src/grammars/*.examples.ts`), `src/kinds/<kind>/rules.ts`')).toEqual(['src/grammars/*.examples.ts', 'src/kinds/<kind>/rules.ts'])
    expect(namedFiles('../shared/fixtures/x.json, node_modules/zod/src/index.ts, examples/dask/run.py')).toEqual(['examples/dask/run.py'])
    const all = () => ['src/kinds/dates/rules.ts', 'src/kinds/dates/grammar.examples.ts']
    expect(exists('src/grammars/*.examples.ts', all)).toBe(false)
    expect(exists('src/kinds/*/grammar.examples.ts', all)).toBe(true)
    expect(exists('src/kinds/<kind>/rules.ts', all)).toBe(true)
  })
})

describe('lexicons', () => {
  const strings: string[] = []
  const collect = (v: unknown) => {
    if (typeof v === 'string') strings.push(v)
    else if (Array.isArray(v)) v.forEach(collect)
    else if (v && typeof v === 'object') { Object.keys(v).forEach((k) => strings.push(k)); Object.values(v).forEach(collect) }
  }
  collect(lexicon)
  it('are NFC and trimmed', () => {
    expect(strings.length).toBeGreaterThan(100)
    for (const s of strings) {
      expect(s, JSON.stringify(s)).toBe(s.normalize('NFC'))
      expect(s, JSON.stringify(s)).toBe(s.trim())
    }
  })
  it('are NFC in every module of src/lexicon/ (separators such as \' và \' keep their spaces)', async () => {
    const dir = join(ROOT, 'src', 'lexicon')
    const all: string[] = []
    const collectAll = (v: unknown): void => {
      if (typeof v === 'string') all.push(v)
      else if (Array.isArray(v)) v.forEach(collectAll)
      else if (v && typeof v === 'object') { Object.keys(v).forEach((k) => all.push(k)); Object.values(v).forEach(collectAll) }
    }
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) collectAll(Object.values(await import(join(dir, f))))
    expect(all.length).toBeGreaterThan(strings.length)
    for (const s of all) expect(s, JSON.stringify(s)).toBe(s.normalize('NFC'))
  })
  it('the people rules\' honorific lists hold only words of HONORIFICS (first letter in either case)', () => {
    const all = new Set(HONORIFICS)
    for (const w of [...GIVEN_NAME_HONORIFICS, ...TITLE_MENTION_HONORIFICS, ...PEOPLE_LIST_HONORIFICS]) {
      expect(all.has(w[0]!.toLowerCase() + w.slice(1)), w).toBe(true)
    }
  })
  it('have no duplicate document type words or issuer names', () => {
    const words = lexicon.DOCUMENT_TYPES.flatMap((t) => [t.name, ...('aliases' in t ? t.aliases : [])].map((w) => w.toLowerCase()))
    expect(new Set(words).size).toBe(words.length)
    const names = lexicon.ISSUERS.flatMap((i) => i.names.map((n) => n.toLowerCase()))
    expect(new Set(names).size).toBe(names.length)
  })
})
