/**
 * Letter classes of UTF-16 units (Unicode categories: letter, upper, lower, mark, number, white
 * space): one table for every stage, read inline, one load per unit, filled the first time a unit
 * is met. The stages' own per-unit tables (`unitClasses`) are filled from it, not by regexes of
 * their own: each `\p{…}` class regex costs V8 up to a millisecond to compile, paid in a fresh
 * process's first article.
 */

/** A letter or combining mark (`[\p{L}\p{M}]`); half a surrogate pair is none. */
export const LETTER = 1
/** An upper-case letter (`\p{Lu}`). */
export const UPPER = 2
/** A lower-case letter (`\p{Ll}`). */
export const LOWER = 4
/** Set on every filled entry: 0 in {@link LETTER_CLASSES} means "not looked up yet". */
const KNOWN = 8
/** A combining mark (`\p{M}`). */
export const MARK = 16
/** A number (`\p{N}`). */
export const NUMBER = 32
/** White space (`\s`). */
export const SPACE = 64

/** Per UTF-16 unit: {@link LETTER} | {@link UPPER} | {@link LOWER} | {@link MARK} | {@link NUMBER} | {@link SPACE} | known, or 0 before the unit is met (then call {@link letterClassFill}). */
export const LETTER_CLASSES = new Uint8Array(0x10000)

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
const UPPER_LETTER = /^\p{Lu}$/u
const LOWER_LETTER = /^\p{Ll}$/u
const COMBINING_MARK = /^\p{M}$/u
const NUMBER_UNIT = /^\p{N}$/u
const SPACE_UNIT = /^\s$/u

/** Works out the class of unit `c`, stores it in {@link LETTER_CLASSES} and returns it. */
export function letterClassFill(c: number): number {
  const unit = String.fromCharCode(c)
  let k = KNOWN
  // (Letters, marks, numbers and white space are disjoint categories.)
  if (LETTER_OR_MARK.test(unit)) k |= LETTER | (UPPER_LETTER.test(unit) ? UPPER : LOWER_LETTER.test(unit) ? LOWER : COMBINING_MARK.test(unit) ? MARK : 0)
  else if (NUMBER_UNIT.test(unit)) k |= NUMBER
  else if (SPACE_UNIT.test(unit)) k |= SPACE
  LETTER_CLASSES[c] = k
  return k
}

/** The class of unit `c` (the table read through a call). */
export function letterClass(c: number): number {
  const k = LETTER_CLASSES[c]!
  return k === 0 ? letterClassFill(c) : k
}

/** True for a letter (`\p{L}`): a letter or mark that is no mark. */
export const isLetterClass = (k: number): boolean => (k & (LETTER | MARK)) === LETTER
