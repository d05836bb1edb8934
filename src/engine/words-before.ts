/**
 * The words right before a position, as phrases of one, two, three … words: "words before the
 * number" (qualifiers, change words, labels) and "words before a name" (thing and place words).
 * Reads at most `window` units back and allocates only the phrases themselves.
 */

export interface PhraseBefore {
  /** The words, joined by single spaces (lower-cased when asked). */
  phrase: string
  /** Where the phrase starts in the text. */
  start: number
}

/** Units that may stand right before a phrase's first word. */
const OPENERS = ' \n('

/**
 * The phrases ending right before `pos`, which must follow a space: the last word, the last two
 * words, … up to `maxWords`, shortest first. A phrase starts at the text start, after a space, a
 * newline or `(`; it does not reach further back than `window` units.
 */
export function phrasesBefore(text: string, pos: number, maxWords = 4, window = 24, lower = false): PhraseBefore[] {
  const out: PhraseBefore[] = []
  const end = pos - 1
  if (end < 0 || text.charCodeAt(end) !== 0x20) return out
  const limit = Math.max(0, pos - window)
  let start = end
  for (let k = 1; k <= maxWords; k++) {
    while (start > limit && !OPENERS.includes(text[start - 1]!)) start--
    if (start === end) return out // two spaces, or a space right after an opener: no word
    if (start > 0 && !OPENERS.includes(text[start - 1]!)) return out // cut by the window inside a word
    let phrase = text.slice(start, end)
    if (phrase.includes('\n')) phrase = phrase.replace(/\n/g, ' ')
    out.push({ phrase: lower ? phrase.toLowerCase() : phrase, start })
    if (start <= limit || text[start - 1] === '(') return out
    start-- // step over the space or newline into the word before
  }
  return out
}

/** The longest phrase of `words` that ends right before `pos` (see {@link phrasesBefore}), or null. */
export function phraseBefore(text: string, pos: number, words: ReadonlySet<string>, maxWords: number, window = 24, lower = false): PhraseBefore | null {
  const phrases = phrasesBefore(text, pos, maxWords, window, lower)
  for (let k = phrases.length - 1; k >= 0; k--) if (words.has(phrases[k]!.phrase)) return phrases[k]!
  return null
}

/** How many words the longest entry of `words` has. */
export function maxWordsOf(words: Iterable<string>): number {
  let max = 1
  for (const w of words) max = Math.max(max, w.split(' ').length)
  return max
}
