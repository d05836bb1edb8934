import { isLetterClass, LETTER, letterClass, SPACE } from '../normalize/letters.ts'

/**
 * True when one of `cues` occurs in `text` with at most `maxGap` units after it to the end of
 * `text`, and no `.` or `;` in between: "a cue word shortly before this position, in the same
 * clause". Plain string search, linear in `text` (a regex `(?:cue…)[^.;]{0,40}$` is not).
 */
export function cueShortlyBefore(text: string, cues: readonly string[], maxGap: number): boolean {
  const clause = text.slice(Math.max(text.lastIndexOf('.'), text.lastIndexOf(';')) + 1)
  return cues.some((w) => {
    const at = clause.lastIndexOf(w)
    return at >= 0 && clause.length - at - w.length <= maxGap
  })
}

/**
 * What must stand before a cue word read by {@link cueWordAtEnd}, when it does not open the text:
 * white space (`\s`), a code point that is no letter or mark (`[^\p{L}\p{M}]`), or white space or a
 * letter (`\s|\p{L}`).
 */
export type CueLead = 'space' | 'non-letter' | 'space-or-letter'

/**
 * A test of whether a text ends with one of `words` and one white-space unit, the word opening the
 * text or standing after what `lead` says: the answer of `/(?:^|\s)(?:w1|w2|…)\s$/u` (or
 * `(?:^|[^\p{L}\p{M}])`, `(?:^|\s|\p{L})` in front), found by comparing the words that end with the
 * text's last unit but one at the end (a regex of that shape tries every position of the text, and
 * costs V8 up to a millisecond to compile in a fresh process). tests/cue-words.test.ts holds each
 * use to its pattern.
 */
export function cueWordAtEnd(words: readonly string[], lead: CueLead): (text: string) => boolean {
  const which = cueWordEndingText(words, lead)
  return (text) => which(text) !== null
}

/**
 * {@link cueWordAtEnd}, giving the word found (or null): the longest that fits, which is the one
 * the pattern's leftmost match takes (`exec(text)[1]` with the words in a group).
 */
export function cueWordEndingText(words: readonly string[], lead: CueLead): (text: string) => string | null {
  const byLast = new Map<number, string[]>()
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    if (w.length === 0) throw new Error('cueWordAtEnd: an empty word')
    const last = w.charCodeAt(w.length - 1)
    const list = byLast.get(last)
    if (list) list.push(w)
    else byLast.set(last, [w])
  }
  return (text) => {
    const n = text.length
    if (n < 2 || (letterClass(text.charCodeAt(n - 1)) & SPACE) === 0) return null
    const list = byLast.get(text.charCodeAt(n - 2))
    if (list === undefined) return null
    for (let k = 0; k < list.length; k++) {
      const w = list[k]!
      const at = n - 1 - w.length
      if (at < 0 || !text.startsWith(w, at)) continue
      if (at === 0 || leadFits(text, at, lead)) return w
    }
    return null
  }
}

/** True when what ends at `at` (> 0) is what `lead` asks for. */
function leadFits(text: string, at: number, lead: CueLead): boolean {
  if (lead === 'non-letter') return !letterOrMarkEndsAt(text, at)
  const k = letterClass(text.charCodeAt(at - 1))
  if ((k & SPACE) !== 0) return true
  if (lead === 'space') return false
  // A letter: a BMP unit from the table (a mark is none), an astral code point by the regex.
  return pairEndsAt(text, at) ? ASTRAL_LETTER.test(text.slice(at - 2, at)) : isLetterClass(k)
}

/** True when a surrogate pair ends at `at`. */
function pairEndsAt(text: string, at: number): boolean {
  return at >= 2 && (text.charCodeAt(at - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800
}

const ASTRAL_LETTER = /^\p{L}$/u
const ASTRAL_LETTER_OR_MARK = /^[\p{L}\p{M}]$/u

/** True when the code point that ends at `at` (a surrogate pair read whole) is a letter or mark. */
function letterOrMarkEndsAt(text: string, at: number): boolean {
  if (pairEndsAt(text, at)) return ASTRAL_LETTER_OR_MARK.test(text.slice(at - 2, at))
  return (letterClass(text.charCodeAt(at - 1)) & LETTER) !== 0
}

/** True when a letter or mark (a code point: a surrogate pair read whole) starts at `at` in `text`. */
export function letterOrMarkStartsAt(text: string, at: number): boolean {
  if (at >= text.length) return false
  const c = text.charCodeAt(at)
  if ((c & 0xfc00) === 0xd800 && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) return ASTRAL_LETTER_OR_MARK.test(text.slice(at, at + 2))
  return (letterClass(c) & LETTER) !== 0
}

/** True when one of `words` starts at `at` in `text` as a whole word (no letter or mark after it). */
export function wholeWordAt(text: string, at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (text.startsWith(words[k]!, at) && !letterOrMarkStartsAt(text, at + words[k]!.length)) return true
  return false
}

/**
 * A test of whether a text opens with one white-space unit and one of `words` as a whole word (no
 * letter or mark after it): the answer of `/^\s(?:w1|w2|…)(?![\p{L}\p{M}])/u`, without a regex.
 * tests/cue-words.test.ts holds each use to its pattern.
 */
export function cueWordAtStart(words: readonly string[]): (text: string) => boolean {
  return (text) => {
    if (text.length < 2 || (letterClass(text.charCodeAt(0)) & SPACE) === 0) return false
    return wholeWordAt(text, 1, words)
  }
}
