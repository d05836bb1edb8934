/**
 * Sequences of words (a province's written form, a country, a compound surname) found at a
 * position of a token list: one map lookup for the first token, then the candidates that start
 * with it, longest first.
 */
export class TokenSequences<T> {
  private readonly byFirst = new Map<string, Array<{ tokens: readonly string[]; value: T }>>()

  /** `entries` in any order; for equally long sequences, the earlier entry wins. */
  constructor(entries: Iterable<{ tokens: readonly string[]; value: T }>) {
    for (const e of [...entries].sort((a, b) => b.tokens.length - a.tokens.length)) {
      const list = this.byFirst.get(e.tokens[0]!)
      if (list) list.push(e)
      else this.byFirst.set(e.tokens[0]!, [e])
    }
  }

  /** The longest sequence whose tokens start `tokens` at `i` (and end by `end`), or null. */
  at(tokens: readonly string[], i: number, end = tokens.length): { tokens: readonly string[]; value: T } | null {
    const candidates = i < end ? this.byFirst.get(tokens[i]!) : undefined
    if (candidates === undefined) return null
    for (const c of candidates) {
      const n = c.tokens.length
      if (i + n > end) continue
      let k = 1
      while (k < n && tokens[i + k] === c.tokens[k]) k++
      if (k === n) return c
    }
    return null
  }
}
