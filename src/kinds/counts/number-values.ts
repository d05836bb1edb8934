/**
 * Values the count rules read off a number, without the general parsers' work per candidate: a
 * scale word's factor ("1,8 triệu"), the value of a number in words (a handful of distinct
 * phrases per article, "một", "hai", "ba"), each worked out once and kept.
 */
import { SCALE_WORDS } from '../../lexicon/number-words.ts'
import { parseNumberWords } from '../../parse/number-words.ts'

/** The factor of each scale phrase met ("triệu", "nghìn tỷ"), or undefined when a word is no scale word. */
const SCALE_FACTORS = new Map<string, number | undefined>()

/**
 * The factor of the scale phrase `scale` (the grammar's `scale` group): what `parseCardinal` in
 * parse/number.ts multiplies the digits by, NFC and lower case, each word's factor in turn.
 */
function scaleFactor(scale: string): number | undefined {
  if (SCALE_FACTORS.has(scale)) return SCALE_FACTORS.get(scale)
  let factor: number | undefined = 1
  for (const w of scale.normalize('NFC').toLowerCase().split(' ')) {
    factor = factor === undefined || !Object.hasOwn(SCALE_WORDS, w) ? undefined : factor * SCALE_WORDS[w]!
  }
  if (SCALE_FACTORS.size > 256) SCALE_FACTORS.clear() // the grammar's scale phrases are few; kept bounded whatever the input
  SCALE_FACTORS.set(scale, factor)
  return factor
}

/**
 * The value of the digits `base` followed by the scale phrase `scale` ("714,5" "nghìn tỷ"): what
 * `parseVietnameseNumber(`${digits} ${scale}`)?.value ?? null` gives (the digits parse to `base`;
 * such a string is no ordinal, percentage, range or Roman numeral, so it is read as a cardinal).
 */
export function scaledValue(base: number, scale: string): number | null {
  const factor = scaleFactor(scale)
  if (factor === undefined) return null
  const value = Math.round(base * factor * 1e6) / 1e6
  return Number.isFinite(value) ? value : null
}

/** The value of each number in words met, as {@link parseNumberWords} reads it. */
const WORD_VALUES = new Map<string, number | null>()

/** `parseNumberWords(words)`, worked out once per distinct phrase (the map is emptied when it grows past a bound). */
export function numberWordsValue(words: string): number | null {
  let value = WORD_VALUES.get(words)
  if (value === undefined) {
    value = parseNumberWords(words)
    if (WORD_VALUES.size > 1024) WORD_VALUES.clear()
    WORD_VALUES.set(words, value)
  }
  return value
}
