/**
 * Values the count rules read off a number, without the general parsers' work per candidate: a
 * scale word's factor ("1,8 triệu"), the value of a number in words (a handful of distinct
 * phrases per article, "một", "hai", "ba"), each worked out once and kept.
 */
import { SCALE_WORDS } from '../../lexicon/number-words.ts'
import { parseNumberWords } from '../../parse/number-words.ts'
import { boundedMemo } from '../../engine/bounded-memo.ts'

/**
 * The factor of the scale phrase `scale` (the grammar's `scale` group): what `parseCardinal` in
 * parse/number.ts multiplies the digits by, NFC and lower case, each word's factor in turn; undefined
 * when a word is no scale word. Remembered per phrase (the grammar's scale phrases are few).
 */
const scaleFactor = boundedMemo(256, (scale): number | undefined => {
  let factor: number | undefined = 1
  for (const w of scale.normalize('NFC').toLowerCase().split(' ')) {
    factor = factor === undefined || !Object.hasOwn(SCALE_WORDS, w) ? undefined : factor * SCALE_WORDS[w]!
  }
  return factor
})

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

/** `parseNumberWords(words)`, worked out once per distinct phrase. */
export const numberWordsValue: (words: string) => number | null = boundedMemo(1024, (words) => parseNumberWords(words))
