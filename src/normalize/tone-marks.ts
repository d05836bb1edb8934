import { execAt } from '../engine/step.ts'

/**
 * Old and new Vietnamese tone placement differ in open syllables ending in oa, oe, uy:
 * `hoà`/`hòa`, `khoẻ`/`khỏe`, `thuý`/`thúy`, `Uỷ`/`Ủy`. For matching, both become the form
 * with the tone on the first vowel. Length-preserving (two units in, two out), so offsets
 * are shared with the text it came from.
 */
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] // huyền, sắc, hỏi, ngã, nặng
const PAIRS: Array<[string, string]> = [['o', 'a'], ['o', 'e'], ['u', 'y']]

const MOVES = new Map<string, string>()
for (const [first, second] of PAIRS) {
  for (const tone of TONES) {
    for (const [f, s] of [[first, second], [first.toUpperCase(), second.toUpperCase()], [first.toUpperCase(), second]] as const) {
      const old = f + (s + tone).normalize('NFC')
      const canonical = (f + tone).normalize('NFC') + s
      MOVES.set(old, canonical)
    }
  }
}
/** The definition, as a pattern: exported for the ReDoS test and for the test that {@link canonicalToneMarks} finds exactly its matches. */
export const OLD_STYLE_TONES = new RegExp(`(?<![QqGg])(?:${[...MOVES.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu')

/** The second unit of every old-style pair (`à` of `oà`, `Ý` of `UÝ`): where a scan stops to look. */
const SECONDS = new Set([...MOVES.keys()].map((k) => k.charCodeAt(1)))
const MIN_SECOND = Math.min(...SECONDS)
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy

/**
 * Start of the first old-style pair at or after `from`, as {@link OLD_STYLE_TONES} finds it
 * (not after Q or G, not followed by a letter or mark), or -1: a scan of code units that looks
 * closer only at the toned vowels a pair can end with.
 */
function nextOldStyle(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < MIN_SECOND || !SECONDS.has(c)) continue
    const first = text.charCodeAt(i - 1) | 0x20 // o or u, either case
    if ((first !== 0x6f && first !== 0x75) || !MOVES.has(text.slice(i - 1, i + 1))) continue
    const before = i >= 2 ? text.charCodeAt(i - 2) : 0
    if (before === 0x51 || before === 0x71 || before === 0x47 || before === 0x67) continue
    if (i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next < 0x80 ? (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) : execAt(LETTER_OR_MARK, text, i + 1) !== null) continue
    }
    return i - 1
  }
  return -1
}

/** Returns `text` with old-style tone placement moved to the canonical vowel. */
export function canonicalToneMarks(text: string): string {
  let at = nextOldStyle(text, 0)
  if (at < 0) return text
  const parts: string[] = []
  let from = 0
  while (at >= 0) {
    parts.push(text.slice(from, at), MOVES.get(text.slice(at, at + 2))!)
    from = at + 2
    at = nextOldStyle(text, from)
  }
  parts.push(text.slice(from))
  return parts.join('')
}
