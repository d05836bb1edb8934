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

interface TrieNode {
  end: boolean
  next: Map<string, TrieNode>
}

/**
 * An alternation of literal phrases as a trie (`Thông (?:báo|cáo|tri|tư)`), so shared prefixes
 * are matched once; a longer phrase is always tried before its prefix (`Chương trình hành động`
 * before `Chương trình`). With `capitalFirst`, the first letter matches in either case
 * (`[Nn]ghị quyết`).
 */
export function matchAny(phrases: readonly string[], options: { capitalFirst?: boolean } = {}): string {
  const root: TrieNode = { end: false, next: new Map() }
  for (const p of new Set(phrases)) {
    let node = root
    ;[...p].forEach((ch, i) => {
      const key = i === 0 && options.capitalFirst ? ch.toLowerCase() : ch
      let child = node.next.get(key)
      if (!child) node.next.set(key, (child = { end: false, next: new Map() }))
      node = child
    })
    node.end = true
  }
  return emit(root, options.capitalFirst === true, true)
}

function emit(node: TrieNode, capitalFirst: boolean, top: boolean): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => {
      const upper = ch.toUpperCase()
      const head = top && capitalFirst && upper !== ch ? `[${escapeLiteral(upper)}${escapeLiteral(ch)}]` : escapeLiteral(ch)
      return head + emit(child, capitalFirst, false)
    })
  if (branches.length === 0) return ''
  const group = branches.length === 1 && !top ? branches[0]! : `(?:${branches.join('|')})`
  if (!node.end) return group
  return branches.length === 1 && !top ? `(?:${group})?` : `${group}?`
}
