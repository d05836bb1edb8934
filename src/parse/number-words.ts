import {
  DIGIT_WORDS, HALF_WORD, HUNDRED_WORD, SCALE_WORDS, TEN_WORD, TENS_WORD, UNIT_ONLY_WORDS, ZERO_TENS_WORDS,
} from '../lexicon/number-words.ts'

/**
 * Value of a Vietnamese number written in words, or null when the words do not form one.
 * @example parseNumberWords('hai nghìn ba trăm linh năm') //=> 2305
 * @example parseNumberWords('ba mươi mốt') //=> 31
 */
export function parseNumberWords(words: string): number | null {
  const tokens = words.toLowerCase().normalize('NFC').split(/\s+/).filter(Boolean)
  if (tokens.length === 0 || tokens.length > 24) return null
  let total = 0 // completed scale groups
  let group = 0 // value below the current scale word
  let tens = -1 // -1: no tens digit yet in this hundred block
  let digit = -1 // pending digit not yet placed
  let afterTens = false // last token was mươi/mười (a following digit is the units)
  let afterZeroTens = false
  let seen = false
  for (const t of tokens) {
    if (t === TEN_WORD) {
      if (digit >= 0 || tens >= 0) return null
      tens = 1
      afterTens = true
    } else if (t === TENS_WORD) {
      if (digit < 2 || tens >= 0) return null
      tens = digit
      digit = -1
      afterTens = true
    } else if (ZERO_TENS_WORDS.includes(t)) {
      if (digit >= 0 || tens >= 0 || group % 1000 === 0 && !seen) return null
      tens = 0
      afterZeroTens = true
    } else if (t === HUNDRED_WORD) {
      const d = digit >= 0 ? digit : seen ? -1 : 1
      if (d < 0 || tens >= 0) return null
      group += d * 100
      digit = -1
    } else if (t === HALF_WORD) {
      if (seen) return null
      digit = 0.5
    } else if (t in SCALE_WORDS) {
      const block = group + (tens >= 0 ? tens * 10 : 0) + (digit >= 0 ? digit : 0)
      total += (block === 0 ? 1 : block) * SCALE_WORDS[t]!
      group = 0
      tens = -1
      digit = -1
    } else if (t in DIGIT_WORDS) {
      const v = DIGIT_WORDS[t]!
      if (afterTens || afterZeroTens) {
        if (digit >= 0) return null
        // "mốt"/"lăm"/"tư" are the units forms after mươi/mười; "một"/"năm" are accepted too.
        group += (tens >= 0 ? tens * 10 : 0) + v
        tens = -1
        afterTens = false
        afterZeroTens = false
        digit = -1
        seen = true
        continue
      }
      if (UNIT_ONLY_WORDS.includes(t)) {
        // "tư", "lăm", "mốt" are units only after tens ("hai mươi tư") or, short for them, a digit ("năm tư" = 54).
        if (digit < 2 || tens >= 0) return null
        group += digit * 10 + v
        digit = -1
        seen = true
        continue
      }
      if (digit >= 0) return null
      digit = v
    } else return null
    seen = true
    if (t !== TEN_WORD && t !== TENS_WORD) afterTens = false
    if (!ZERO_TENS_WORDS.includes(t)) afterZeroTens = false
  }
  if (afterZeroTens) return null
  const value = total + group + (tens >= 0 ? tens * 10 : 0) + (digit >= 0 ? digit : 0)
  return Number.isFinite(value) ? value : null
}
