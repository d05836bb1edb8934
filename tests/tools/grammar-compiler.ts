/**
 * Compiles the grammars (`src/kinds/<kind>/grammar.ts`, registered in `src/grammars/index.ts`; XRegExp syntax, composed from the lexicons) into the
 * text of `src/grammars/compiled.ts`: native RegExp sources and capture-group numbers, so that
 * the library never loads XRegExp. Used by `npm run grammars` (tests/tools/compile-grammars.ts),
 * by the build (`--check`) and by tests/grammars-compiled.test.ts. Same definitions → same bytes.
 */
import XRegExp from 'xregexp'
import type { CompiledGrammar, GrammarDefinition } from '../../src/grammars/build.ts'

/** The command that rewrites the generated module, named in every staleness message. */
export const REGENERATE = 'npm run grammars'

/** One compiled grammar. */
export interface CompiledEntry extends CompiledGrammar {
  readonly name: string
}

/** Compiles one definition exactly as XRegExp does: `XRegExp.build(pattern, subs(), 'xnu')`. */
export function compileGrammar(def: GrammarDefinition): CompiledEntry {
  const built = XRegExp.build(def.pattern, def.subs(), 'xnu')
  const names = (built as RegExp & { xregexp: { captureNames: Array<string | null> | null } }).xregexp.captureNames ?? []
  const groups: Record<string, number> = {}
  names.forEach((n, i) => {
    if (n) groups[n] = i + 1
  })
  return { name: def.name, source: built.source, groups }
}

/** Compiles every definition, sorted by name; two grammars with one name are an error. */
export function compileAll(defs: readonly GrammarDefinition[]): CompiledEntry[] {
  const seen = new Set<string>()
  for (const d of defs) {
    if (seen.has(d.name)) throw new Error(`two grammars are named ${d.name}`)
    seen.add(d.name)
  }
  return defs.map(compileGrammar).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * Unicode properties XRegExp expands into long lists of BMP ranges; each expansion is written
 * once in the generated module as a constant and referenced from every source that holds it.
 */
const SHARED_PROPERTIES: ReadonlyArray<readonly [name: string, property: string]> = [
  ['L', '\\p{L}'], ['Ll', '\\p{Ll}'], ['Lu', '\\p{Lu}'], ['M', '\\p{M}'], ['N', '\\p{N}'],
]

interface Shared {
  readonly name: string
  readonly property: string
  /** The ranges inside the brackets of XRegExp's class for the property. */
  readonly ranges: string
}

function sharedExpansions(): Shared[] {
  return SHARED_PROPERTIES.map(([name, property]) => {
    const source = XRegExp(property, 'u').source
    if (!source.startsWith('[') || !source.endsWith(']')) throw new Error(`XRegExp expands ${property} to ${source.slice(0, 40)}…, not a class`)
    return { name, property, ranges: source.slice(1, -1) }
  })
}

type Part = string | Shared

/** Splits a source into literal text and shared expansions (the earliest, then the longest, first). */
function split(source: string, shared: readonly Shared[]): Part[] {
  const parts: Part[] = []
  let at = 0
  for (;;) {
    let best: { index: number; s: Shared } | undefined
    for (const s of shared) {
      const index = source.indexOf(s.ranges, at)
      if (index < 0) continue
      if (!best || index < best.index || (index === best.index && s.ranges.length > best.s.ranges.length)) best = { index, s }
    }
    if (!best) break
    if (best.index > at) parts.push(source.slice(at, best.index))
    parts.push(best.s)
    at = best.index + best.s.ranges.length
  }
  if (at < source.length || parts.length === 0) parts.push(source.slice(at))
  const joined = parts.map((p) => (typeof p === 'string' ? p : p.ranges)).join('')
  if (joined !== source) throw new Error('splitting a compiled source did not give it back')
  return parts
}

const HEADER = `/**
 * GENERATED FILE: do not edit. Regenerate with \`${REGENERATE}\` (tests/tools/compile-grammars.ts).
 *
 * The native RegExp source and capture-group numbers of every grammar in src/kinds/<kind>/grammar.ts,
 * compiled with XRegExp (\`XRegExp.build(pattern, subs, 'xnu')\`) from their XRegExp-syntax
 * definitions and the lexicons they read, so that the library never loads XRegExp. The build
 * (\`npm run build\`) and tests/grammars-compiled.test.ts fail while this file is stale.
 */
`

/** The text of `src/grammars/compiled.ts` for these compiled grammars. */
export function compiledModule(entries: readonly CompiledEntry[]): string {
  const shared = sharedExpansions()
  const split_ = entries.map((e) => ({ e, parts: split(e.source, shared) }))
  const used = shared.filter((s) => split_.some(({ parts }) => parts.includes(s)))
  const lines = [HEADER, "import type { CompiledGrammar } from './build.ts'", '']
  for (const s of used) lines.push(`/** \`${s.property}\` as XRegExp expands it inside a class (BMP ranges). */`, `const ${s.name} = ${JSON.stringify(s.ranges)}`, '')
  lines.push('/** Every grammar by name: native source (flags `dgu` / `dyu` at run time) and group numbers. */')
  lines.push('export const COMPILED: Readonly<Record<string, CompiledGrammar>> = {')
  for (const { e, parts } of split_) {
    const source = parts.map((p) => (typeof p === 'string' ? JSON.stringify(p) : p.name)).join(' + ')
    lines.push(`  ${JSON.stringify(e.name)}: {`, `    source: ${source},`, `    groups: ${JSON.stringify(e.groups)},`, '  },')
  }
  lines.push('}', '')
  return lines.join('\n')
}

/**
 * What differs between the grammars compiled now and the module in use (by name), for a
 * message that says what went stale; empty when every grammar matches.
 */
export function staleGrammars(fresh: readonly CompiledEntry[], current: Readonly<Record<string, CompiledGrammar>>): string[] {
  const out: string[] = []
  const names = new Set(fresh.map((e) => e.name))
  for (const e of fresh) {
    const c = current[e.name]
    if (!c) out.push(`added ${e.name}`)
    else if (c.source !== e.source || JSON.stringify(c.groups) !== JSON.stringify(e.groups)) out.push(`changed ${e.name}`)
  }
  for (const name of Object.keys(current)) if (!names.has(name)) out.push(`removed ${name}`)
  return out
}

/** The message for a stale module: what changed and the command that regenerates it. */
export function staleMessage(changes: readonly string[]): string {
  const what = changes.length > 0 ? changes.join(', ') : 'its text differs from what the generator writes (edited by hand?)'
  return `src/grammars/compiled.ts is stale against the grammar definitions or the lexicons they read (${what}). `
    + `Run \`${REGENERATE}\` and commit src/grammars/compiled.ts.`
}
