import { GLUED_AFTER_NAMES } from '../lexicon/glued-words.ts'
import { RunWriter, type MappedText } from '../engine/mapped-text.ts'
import { LETTER, LETTER_CLASSES, letterClass, letterClassFill, LOWER, UPPER } from './letters.ts'

/**
 * Scraped text loses the space at a link's edge and runs two words together: `Tỉnh ủyNguyễn Văn
 * Hùng`, `Đồng chíLê Minh Hưng`, `UBNDtỉnh`, `ĐBQHKhóa XV`, `Trần Văn Namchủ trì`. This step puts
 * the space back, only where both parts are words:
 * - a lower-case letter then an upper-case one (`ủyNguyễn`), when both parts are Vietnamese syllables;
 * - an abbreviation then a lower-case word (`UBNDtỉnh`; `ĐBQHKhóa`, where the last capital opens
 *   the word), when the word is a Vietnamese syllable of two letters or more;
 * - a capitalised syllable then a word of `GLUED_AFTER_NAMES` (`Namchủ`, `Lâmđã`), when the whole is
 *   no syllable and the part before the word is one.
 * Brand names and abbreviations in mixed case (`VnExpress`, `MobiFone`, `MoIT`, `ThS`, `MHz`, `TTg`)
 * are not syllables on both sides and stay whole. The added space maps to an empty range of the input
 * (between the two parts), so every span still slices the input.
 */

/** Onset, one to three vowels, coda: the shape of a Vietnamese syllable once tone and vowel marks are taken off. */
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/
const MARKS = /\p{M}/gu

/** True when `s` has the shape of one Vietnamese syllable (any case, any tone). */
export function isVietnameseSyllable(s: string): boolean {
  return SYLLABLE.test(s.normalize('NFD').replace(MARKS, '').toLowerCase())
}

/**
 * The glued words by their last two units ({@link endKey}), longest first: most capitalised words
 * end in two units no glued word ends in, and the others are compared in place (no slice per word tried).
 */
const GLUED_BY_END = new Map<number, string[]>()
for (const w of [...new Set(GLUED_AFTER_NAMES)].sort((a, b) => b.length - a.length)) {
  const end = endKey(w, w.length)
  GLUED_BY_END.set(end, [...(GLUED_BY_END.get(end) ?? []), w])
}

/**
 * The two units before `to` as one small integer (a key that is no small integer would be boxed at
 * every lookup). Two ends may share a key: a word found by it is compared whole anyway.
 */
function endKey(text: string, to: number): number {
  return ((text.charCodeAt(to - 2) & 0x3fff) << 16) | text.charCodeAt(to - 1)
}

/** The class of unit `c` (letter or mark, upper case, lower case), from the shared table. */
const classOf = letterClass

/** Where a space goes back in `text` (ascending positions: the space goes before that unit). */
export function findGluedSeams(text: string): number[] {
  const seams: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    // Skip to the next letter; a word is a run of letters and marks.
    let k = LETTER_CLASSES[text.charCodeAt(i)]!
    if (k === 0) k = letterClassFill(text.charCodeAt(i))
    if (!(k & LETTER)) {
      i++
      continue
    }
    const from = i
    i = wordEnd(text, i + 1)
    if (i - from >= 3) seamsInWord(text, from, i, hasUpper(text, from + 1, i), seams)
  }
  return seams
}

/**
 * {@link findGluedSeams} given the ascending indices of every BMP unit of `text` that is upper
 * case (`\p{Lu}`): a word with no upper-case letter has no seam, so only the words holding one are read.
 */
export function gluedSeamsAround(text: string, uppers: readonly number[]): number[] {
  const seams: number[] = []
  let end = 0 // end of the last word read: no upper-case letter before it is looked at again
  for (let u = 0; u < uppers.length; u++) {
    const at = uppers[u]!
    if (at < end) continue
    // The word's start: `at` is its first upper-case letter (every one before `end` was read).
    let from = at
    while (from > end && classOf(text.charCodeAt(from - 1)) & LETTER) from--
    end = wordEnd(text, at + 1)
    // An upper-case letter after the word's first: `at` itself, or the next one noted.
    if (end - from >= 3) seamsInWord(text, from, end, at > from || (u + 1 < uppers.length && uppers[u + 1]! < end), seams)
  }
  return seams
}

/** Where the run of letters and marks that goes on at `i` ends. */
function wordEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    let k = LETTER_CLASSES[text.charCodeAt(i)]!
    if (k === 0) k = letterClassFill(text.charCodeAt(i))
    if (!(k & LETTER)) break
  }
  return i
}

/** True when an upper-case letter is in `text.slice(from, to)`. */
function hasUpper(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (classOf(text.charCodeAt(i)) & UPPER) return true
  return false
}

/**
 * The seams of the word (a whole run of three letters and marks or more) `text.slice(from, to)`,
 * appended to `seams`; `mixed` says that an upper-case letter follows its first unit.
 */
function seamsInWord(text: string, from: number, to: number, mixed: boolean, seams: number[]): void {
  // Mixed case: every case of seamsIn may apply. Else only a capitalised word may hold a glued word.
  if (mixed) seamsIn(text, from, to, seams)
  else if (to - from >= 4 && classOf(text.charCodeAt(from)) & UPPER) {
    const glued = gluedSuffixLength(text, from, to)
    if (glued > 0) seams.push(to - glued)
  }
}

/** A lower-case letter before `i` and an upper-case one at `i`. */
function camelAt(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i - 1)) & LOWER) !== 0 && (classOf(text.charCodeAt(i)) & UPPER) !== 0
}

/** The seams inside the word `text.slice(from, to)`, appended to `seams`. */
function seamsIn(text: string, from: number, to: number, seams: number[]): void {
  // Lower case then upper case (`ủyNguyễn`, `trìnhXuân`): every part must be a syllable, so that
  // names in mixed case (`ThanhChinhBK`, `MoIT`, `VnExpress`) stay whole.
  let first = from + 1
  while (first < to && !camelAt(text, first)) first++
  if (first < to) {
    const found = seams.length
    let part = from
    for (let at = first; ; at++) {
      if (at < to && !camelAt(text, at)) continue
      // A part in capitals (`IT` of `MoIT`) is an abbreviation, not a word.
      if ((at - part > 1 && classOf(text.charCodeAt(part + 1)) & UPPER) || !isVietnameseSyllable(text.slice(part, at))) {
        seams.length = found
        return
      }
      if (at >= to) return
      seams.push(at)
      part = at
    }
  }
  // An abbreviation then a word: `ĐBQHKhóa` (its last capital opens the word), `UBNDtỉnh`.
  let caps = from
  while (caps < to && classOf(text.charCodeAt(caps)) & UPPER) caps++
  if (caps - from >= 3 && caps < to) {
    if (isVietnameseSyllable(text.slice(caps - 1, to))) seams.push(caps - 1)
    else if (to - caps >= 2 && isVietnameseSyllable(text.slice(caps, to))) seams.push(caps)
    return
  }
  if (caps - from === 2 && to - caps >= 2 && isVietnameseSyllable(text.slice(caps, to)) && !isVietnameseSyllable(text.slice(caps - 1, to))) {
    seams.push(caps)
    return
  }
  // `Namchủ`, `Lâmđã`: a capitalised syllable and a word glued after it.
  const glued = gluedWordLength(text, from, to)
  if (glued > 0) seams.push(to - glued)
}

/**
 * Units at the end of the capitalised word `text.slice(from, to)` that are a word glued to it
 * (`Lâmđã` → 2), or 0: only when the whole is no Vietnamese syllable and what is left is one.
 */
function gluedWordLength(text: string, from: number, to: number): number {
  if (to - from < 4 || !(classOf(text.charCodeAt(from)) & UPPER) || hasUpper(text, from + 1, to)) return 0
  return gluedSuffixLength(text, from, to)
}

/** {@link gluedWordLength} of a word of four units or more with one capital, at its start. */
function gluedSuffixLength(text: string, from: number, to: number): number {
  // (Tone placement does not matter here: a glued word holds no oa/oe/uy, and the syllable test drops tones.)
  const words = GLUED_BY_END.get(endKey(text, to))
  if (words === undefined) return 0
  for (const w of words) {
    if (to - from < w.length + 2 || !text.startsWith(w, to - w.length)) continue
    if (!isVietnameseSyllable(text.slice(from, to)) && isVietnameseSyllable(text.slice(from, to - w.length))) return w.length
  }
  return 0
}

/**
 * `mapped` with a space put back at every seam (by default those of {@link findGluedSeams}); the space
 * maps to the empty input range where the two parts meet. Returns `mapped` itself when there is no seam.
 */
export function splitGluedSeams(mapped: MappedText, seams: readonly number[] = findGluedSeams(mapped.text)): MappedText {
  if (seams.length === 0) return mapped
  const runs = new RunWriter()
  const parts: string[] = []
  const n = mapped.text.length
  let from = 0
  for (let k = 0; k <= seams.length; k++) {
    const at = k < seams.length ? seams[k]! : n
    parts.push(mapped.text.slice(from, at))
    mapped.map.copyTo(runs, from, at)
    if (at < n) {
      const meet = at > 0 ? mapped.map.endOf(at - 1) : 0
      parts.push(' ')
      runs.constant(1, meet, meet)
    }
    from = at
  }
  return { text: parts.join(''), map: runs.build() }
}
