/**
 * Cue patterns built from lexicon word lists when a rule module loads. The rule code keeps the
 * pattern's shape (anchors, what may stand around the words); the words stay in `src/lexicon/`.
 * {@link lexiconPattern} is called only at a module's top level (tests/lint.test.ts checks), so
 * each pattern is compiled once; every pattern it makes is registered, and tests/redos.test.ts
 * checks them all for super-linear backtracking.
 */

const built: RegExp[] = []

/** Escapes `s` for a native `u`-flag pattern (not free-spacing): syntax characters get a backslash. */
function escapeNative(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * A non-capturing alternation of `words`, each matched literally, in the order given (so a
 * pattern keeps the order its alternatives were written in). With `spaces: 'runs'`, a space
 * inside a phrase matches any run of white space (`\s+`): `so với` matches `so  với`.
 */
export function anyOf(words: readonly string[], options: { spaces?: 'one' | 'runs' } = {}): string {
  if (words.length === 0) throw new Error('anyOf: an empty word list matches nothing')
  const space = options.spaces === 'runs' ? '\\s+' : ' '
  return `(?:${words.map((w) => escapeNative(w).split(' ').join(space)).join('|')})`
}

/** Compiles `source` with `flags` (once: call it at a module's top level) and registers it for the ReDoS test. */
export function lexiconPattern(source: string, flags = 'u'): RegExp {
  const re = new RegExp(source, flags)
  built.push(re)
  return re
}

/** Every pattern {@link lexiconPattern} has made so far (in the modules loaded). */
export function lexiconPatterns(): readonly RegExp[] {
  return built
}
