/**
 * Cue patterns built from lexicon word lists. The rule code keeps the pattern's shape (anchors,
 * what may stand around the words); the words stay in `src/lexicon/`. {@link lexiconPattern} is
 * called only at a module's top level (tests/lint.test.ts checks), so each pattern has one RegExp,
 * compiled the first time it is used (not when the module loads: a short article runs few of
 * them, and a fresh process does not pay for the rest); every pattern is registered, and
 * tests/redos.test.ts checks them all for super-linear backtracking.
 */

/** A pattern built from a lexicon: its one RegExp, compiled on the first call. */
export type LexiconPattern = () => RegExp

const registered: LexiconPattern[] = []

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

/**
 * The pattern `source` with `flags` (call it at a module's top level), registered for the ReDoS
 * test: a getter that compiles it on its first call and then returns that same RegExp (so a `g`
 * pattern keeps one `lastIndex`).
 */
export function lexiconPattern(source: string, flags = 'u'): LexiconPattern {
  let re: RegExp | undefined
  const get = (): RegExp => re ??= new RegExp(source, flags)
  registered.push(get)
  return get
}

/** Every pattern {@link lexiconPattern} has registered so far (in the modules loaded), each compiled. */
export function lexiconPatterns(): readonly RegExp[] {
  return registered.map((get) => get())
}
