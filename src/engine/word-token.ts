/**
 * The token the counts rules read after a number (`/[\p{L}\p{M}\p{N}/'-]{1,48}|[^\s]/uy` at a
 * position), found by a loop over code units with a per-unit class table instead of one regex
 * run per token.
 */
import { execAt } from './step.ts'
import { unitClasses } from './units.ts'
import { LETTER, letterClass, NUMBER, SPACE as SPACE_CLASS } from '../normalize/letters.ts'

const WORDISH = /^[\p{L}\p{M}\p{N}/'-]$/u
/** Per UTF-16 unit: 1 letter, mark, digit, `/`, `'` or `-` ({@link WORDISH}); 2 white space (`\s`); 3 other (from the shared letters table). */
export const classOf = unitClasses((unit) => {
  const k = letterClass(unit.charCodeAt(0))
  return k & (LETTER | NUMBER) || unit === '/' || unit === "'" || unit === '-' ? 1 : k & SPACE_CLASS ? 2 : 3
})

const FALLBACK = /[\p{L}\p{M}\p{N}/'-]{1,48}|[^\s]/uy

/**
 * End of the token that starts at `i`: up to 48 code points of letters, marks, digits, `/`, `'`
 * and `-`, or else one code point that is not white space; -1 when none starts there.
 */
export function wordTokenEnd(text: string, i: number): number {
  if (i >= text.length) return -1
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdfff) {
    // A surrogate at the start (a pair, or half of one): as the pattern reads it.
    const m = execAt(FALLBACK, text, i)
    return m === null ? -1 : m.index + m[0].length
  }
  const k = classOf(c)
  if (k === 2) return -1
  if (k === 3) return i + 1
  let end = i + 1
  for (let n = 1; n < 48 && end < text.length; n++) {
    const d = text.charCodeAt(end)
    if (d >= 0xd800 && d <= 0xdbff && end + 1 < text.length && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00) {
      if (!WORDISH.test(text.slice(end, end + 2))) break
      end += 2
      continue
    }
    if ((d >= 0xd800 && d <= 0xdfff) || classOf(d) !== 1) break
    end++
  }
  return end
}
