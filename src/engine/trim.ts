/**
 * Trimming by a set of characters, in one pass from each end. A regex such as `/[,\s-]+$/` is
 * quadratic on a long run of those characters that does not reach the end (each start re-reads
 * the run); these loops read each unit once.
 */

/** `s` without leading and trailing characters from `chars`. */
export function trimChars(s: string, chars: string): string {
  let a = 0
  let b = s.length
  while (a < b && chars.includes(s[a]!)) a++
  while (b > a && chars.includes(s[b - 1]!)) b--
  return a === 0 && b === s.length ? s : s.slice(a, b)
}

/** `s` without trailing characters from `chars`. */
export function trimEndChars(s: string, chars: string): string {
  let b = s.length
  while (b > 0 && chars.includes(s[b - 1]!)) b--
  return b === s.length ? s : s.slice(0, b)
}

/** Whitespace as the normalised text has it, and as raw input may. */
export const SPACES = ' \n\t\r\u00a0'
