/**
 * Helpers for writing grammars: pieces of XRegExp-syntax pattern text, used where grammars are
 * defined. They run when `npm run grammars` compiles the grammars (and in the tests that check
 * the compiled module), never on the matching path.
 */

/** Letters, marks and digits: what a Unicode-aware word boundary looks at. */
export const WORD_CHAR = '\\p{L}\\p{M}\\p{N}'

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
