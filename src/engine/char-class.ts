/**
 * Unicode character classes by table: one typed-array read per UTF-16 unit instead of a `\p{…}`
 * regex test. Each BMP unit's class is worked out by regex the first time it is seen and kept;
 * astral code points (a surrogate pair) are looked up in a small map the same way.
 */

/** Bits of a class. */
export const LETTER = 1 // \p{L}
export const UPPER = 2 // \p{Lu}
export const LOWER = 4 // \p{Ll}
export const MARK = 8 // \p{M}
export const DIGIT = 16 // \p{N}
const KNOWN = 128

const bmp = new Uint8Array(0x10000)
const astral = new Map<number, number>()

function compute(cp: number): number {
  const s = String.fromCodePoint(cp)
  let c = KNOWN
  if (/\p{L}/u.test(s)) c |= LETTER
  if (/\p{Lu}/u.test(s)) c |= UPPER
  if (/\p{Ll}/u.test(s)) c |= LOWER
  if (/\p{M}/u.test(s)) c |= MARK
  if (/\p{N}/u.test(s)) c |= DIGIT
  return c
}

/** The class bits of the code point starting at `i` (a lone surrogate is in no class). */
export function classAt(text: string, i: number): number {
  const u = text.charCodeAt(i)
  if (u < 0xd800 || u > 0xdfff) {
    let c = bmp[u]!
    if (c === 0) bmp[u] = c = compute(u)
    return c
  }
  const cp = text.codePointAt(i)!
  if (cp <= 0xffff) return 0 // a lone surrogate
  let c = astral.get(cp)
  if (c === undefined) astral.set(cp, (c = compute(cp)))
  return c
}

/** The class bits of the code point that ends at `i` (exclusive), or 0 at the text start. */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0
  const u = text.charCodeAt(i - 1)
  if (u >= 0xdc00 && u <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2)
    if (hi >= 0xd800 && hi <= 0xdbff) return classAt(text, i - 2)
  }
  return classAt(text, i - 1)
}

/** Units taken by the code point at `i`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const u = text.charCodeAt(i)
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return 2
  }
  return 1
}
