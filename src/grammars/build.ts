import XRegExp from 'xregexp'

/** A compiled grammar: a native RegExp plus the names of its capture groups. */
export interface Grammar {
  readonly name: string
  /** Native RegExp with flags `dgu`, scanned by `lastIndex`. */
  readonly regex: RegExp
  /** The same pattern with flags `dyu`, for matching exactly at a position. */
  readonly sticky: RegExp
  /** Capture group number for each named group. */
  readonly groups: Readonly<Record<string, number>>
}

/** Letters, marks and digits: what a Unicode-aware word boundary looks at. */
export const WORD_CHAR = '\\p{L}\\p{M}\\p{N}'

/** A lazily compiled grammar; `get()` compiles it the first time and caches it. */
export interface LazyGrammar {
  readonly name: string
  get(): Grammar
}

const registry: LazyGrammar[] = []

/**
 * Declares a grammar written in XRegExp syntax (free-spacing `x`, named-only capture `n`),
 * with `{{name}}` sub-patterns composed by `XRegExp.build`. Compiled once, when first used.
 */
export function defineGrammar(
  name: string,
  pattern: string,
  subs: () => Record<string, string | RegExp> = () => ({}),
): LazyGrammar {
  let compiled: Grammar | undefined
  const lazy: LazyGrammar = {
    name,
    get() {
      if (compiled) return compiled
      const built = XRegExp.build(pattern, subs(), 'xnu')
      const names = (built as RegExp & { xregexp: { captureNames: Array<string | null> | null } }).xregexp.captureNames ?? []
      const groups: Record<string, number> = {}
      names.forEach((n, i) => {
        if (n) groups[n] = i + 1
      })
      compiled = { name, regex: new RegExp(built.source, 'dgu'), sticky: new RegExp(built.source, 'dyu'), groups }
      return compiled
    },
  }
  registry.push(lazy)
  return lazy
}

/** Every grammar declared so far (the ReDoS test walks this list). */
export function allGrammars(): readonly LazyGrammar[] {
  return registry
}

/**
 * Escapes `s` for a `u`-flag pattern in free-spacing mode: syntax characters get a
 * backslash; space and `#` (which free-spacing would drop) become `\x20` and `\x23`.
 */
export function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\x20').replace(/#/g, '\\x23')
}

/**
 * An alternation of literal phrases, longest first (so `Chương trình hành động` wins over
 * `Chương trình`). With `capitalFirst`, each phrase also matches with its first letter in
 * the other case (`Nghị quyết` / `nghị quyết`).
 */
export function matchAny(phrases: readonly string[], options: { capitalFirst?: boolean } = {}): string {
  const forms = new Set<string>()
  for (const p of phrases) {
    forms.add(p)
    if (options.capitalFirst) {
      forms.add(p[0]!.toUpperCase() + p.slice(1))
      forms.add(p[0]!.toLowerCase() + p.slice(1))
    }
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  return `(?:${sorted.map(escapeLiteral).join('|')})`
}
