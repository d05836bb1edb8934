/**
 * `text.includes(word)` when most texts do not hold `word`, made faster by searching first for the
 * part of `word` from its first non-ASCII unit (`năm thực hiện` → `ăm thực hiện`).
 *
 * V8's `indexOf` looks for a pattern's first unit with `memchr` over the bytes of the text, on the
 * larger byte of that unit: for `n` that is 0x6e, in nearly every word of a text; for `ă` (0x0103)
 * it is 0x03, which next to no unit of a Vietnamese text holds. A text without the tail cannot hold
 * the word, so the tail is searched for first and the word itself only when the tail is found: the
 * answer is always `text.includes(word)` (tests/dates-speed-words.test.ts).
 */

/** A word to look for with {@link holds}: the word, and its tail from its first non-ASCII unit (the word when it has none). */
export interface Search {
  readonly word: string
  readonly tail: string
}

/** The {@link Search} for `word`. */
export function searchFor(word: string): Search {
  let i = 0
  while (i < word.length && word.charCodeAt(i) < 0x80) i++
  return { word, tail: i < word.length ? word.slice(i) : word }
}

/** `text.includes(s.word)`: the tail searched for first. */
export function holds(text: string, s: Search): boolean {
  return text.includes(s.tail) && (s.tail === s.word || text.includes(s.word))
}
