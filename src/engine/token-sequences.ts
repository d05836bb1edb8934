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

  /** The longest sequence whose tokens start `tokens` at `i`, or null. */
  at(tokens: readonly string[], i: number): { tokens: readonly string[]; value: T } | null {
    const candidates = this.byFirst.get(tokens[i]!)
    if (candidates) for (const c of candidates) if (c.tokens.every((t, k) => tokens[i + k] === t)) return c
    return null
  }
}
