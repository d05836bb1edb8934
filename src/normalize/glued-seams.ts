import { GLUED_AFTER_NAMES } from '../lexicon/glued-words.ts'
import type { MappedText } from '../engine/mapped-text.ts'
import { unitClasses } from '../engine/units.ts'

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

/** The glued words by their last unit, longest first (compared in place: no slice per word tried). */
const GLUED_BY_LAST = new Map<number, string[]>()
for (const w of [...new Set(GLUED_AFTER_NAMES)].sort((a, b) => b.length - a.length)) {
  const last = w.charCodeAt(w.length - 1)
  GLUED_BY_LAST.set(last, [...(GLUED_BY_LAST.get(last) ?? []), w])
}

const LETTER = 1
const UPPER = 2
const LOWER = 4
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
const UPPER_LETTER = /^\p{Lu}$/u
const LOWER_LETTER = /^\p{Ll}$/u
/** Per UTF-16 unit: letter or mark, upper case, lower case (half a surrogate pair is none). */
const classOf = unitClasses((unit) =>
  (LETTER_OR_MARK.test(unit) ? LETTER : 0) | (UPPER_LETTER.test(unit) ? UPPER : LOWER_LETTER.test(unit) ? LOWER : 0))

/** Where a space goes back in `text` (ascending positions: the space goes before that unit). */
export function findGluedSeams(text: string): number[] {
  const seams: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    // Skip to the next letter; a word is a run of letters and marks.
    const c = text.charCodeAt(i)
    if (c < 0x41 || (c > 0x5a && c < 0x61) || (c > 0x7a && c < 0xc0) || !(classOf(c) & LETTER)) {
      i++
      continue
    }
    let end = i + 1
    let mixed = false
    while (end < n) {
      const k = classOf(text.charCodeAt(end))
      if (!(k & LETTER)) break
      if (k & UPPER) mixed = true
      end++
    }
    // Three letters at least, and an upper-case letter after the first, or a capitalised word that may hold a glued word.
    if (end - i >= 3 && (mixed || (classOf(c) & UPPER && end - i >= 4))) seamsIn(text, i, end, seams)
    i = end
  }
  return seams
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
  if (to - from < 4 || !(classOf(text.charCodeAt(from)) & UPPER)) return 0
  for (let i = from + 1; i < to; i++) if (classOf(text.charCodeAt(i)) & UPPER) return 0
  // (Tone placement does not matter here: a glued word holds no oa/oe/uy, and the syllable test drops tones.)
  const words = GLUED_BY_LAST.get(text.charCodeAt(to - 1))
  if (words === undefined) return 0
  for (const w of words) {
    if (to - from < w.length + 2 || !text.startsWith(w, to - w.length)) continue
    if (!isVietnameseSyllable(text.slice(from, to)) && isVietnameseSyllable(text.slice(from, to - w.length))) return w.length
  }
  return 0
}

/**
 * `mapped` with a space put back at every seam of {@link findGluedSeams}; the space maps to the
 * empty input range where the two parts meet. Returns `mapped` itself when there is no seam.
 */
export function splitGluedSeams(mapped: MappedText): MappedText {
  const seams = findGluedSeams(mapped.text)
  if (seams.length === 0) return mapped
  const n = mapped.text.length + seams.length
  const starts = new Int32Array(n)
  const ends = new Int32Array(n)
  const parts: string[] = []
  let from = 0
  let out = 0
  for (const at of [...seams, mapped.text.length]) {
    parts.push(mapped.text.slice(from, at))
    starts.set(mapped.starts.subarray(from, at), out)
    ends.set(mapped.ends.subarray(from, at), out)
    out += at - from
    if (at < mapped.text.length) {
      const meet = mapped.ends[at - 1]!
      parts.push(' ')
      starts[out] = meet
      ends[out] = meet
      out++
    }
    from = at
  }
  return { text: parts.join(''), starts, ends }
}
