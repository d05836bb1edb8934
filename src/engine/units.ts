/**
 * Reading text one UTF-16 unit at a time, without a one-character string or a regex run per
 * unit: what `\s` matches, and per-unit class tables filled as units are met.
 */

/** What `\s` matches, by UTF-16 unit (every white-space character is a single unit). */
export function isSpaceUnit(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * A class for every UTF-16 unit, asked of `classify` (given the unit as a one-unit string) the
 * first time the unit is met and kept in a table. Classes are bit sets below 0x80.
 */
export function unitClasses(classify: (unit: string) => number): (c: number) => number {
  const KNOWN = 0x80
  const table = new Uint8Array(0x10000)
  return (c: number): number => {
    let k = table[c]!
    if (k === 0) table[c] = k = KNOWN | classify(String.fromCharCode(c))
    return k & ~KNOWN
  }
}

/**
 * Where the text after the last `unit` in [from, to) starts, or `from` when there is none: a
 * look-back bounded by its window (`lastIndexOf` would read back over the whole text each time).
 */
export function afterLastUnit(text: string, unit: number, from: number, to: number): number {
  let at = to
  while (at > from && text.charCodeAt(at - 1) !== unit) at--
  return at
}

/**
 * True when `text` holds the units of `word` from `start` on, compared unit by unit (a word of a
 * few units: a loop the compiler inlines costs less than a call of `startsWith`).
 */
export function sameUnitsAt(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  return true
}

/** One step of a 32-bit polynomial hash of UTF-16 units (from 0), for tables looked up by a stretch of text in place. */
export const hashUnit = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0
