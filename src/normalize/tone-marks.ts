import { execAt, forEachMatch } from '../engine/step.ts'

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

/** Returns `text` with old-style tone placement moved to the canonical vowel. */
export function canonicalToneMarks(text: string): string {
  // (A code-unit loop that looked closer at toned vowels was tried twice: 2–7× slower than this regex on the dev corpus.)
  const first = execAt(OLD_STYLE_TONES, text, 0)
  if (first === null) return text
  // What `text.replace(OLD_STYLE_TONES, …)` gives, read on from the first match (not scanned again from the start).
  const parts: string[] = []
  let from = 0
  forEachMatch(OLD_STYLE_TONES, text, (m) => {
    parts.push(text.slice(from, m.index), MOVES.get(m[0]) ?? m[0])
    from = m.index + m[0].length
  }, first.index)
  parts.push(text.slice(from))
  return parts.join('')
}
