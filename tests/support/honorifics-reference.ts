import { GIVEN_NAME_HONORIFICS, TITLE_MENTION_HONORIFICS } from '../../src/lexicon/titles.ts'

/**
 * The search the run scan's gathering replaced (the reference): where each honorific of the
 * given-name and title-only scans is written with a space and what may open a capital letter after
 * it (one is, alone, or it is a surrogate), by honorific, one `indexOf` search of the text per word.
 */
export function honorificsBeforeCapitals(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const word of new Set([...GIVEN_NAME_HONORIFICS, ...TITLE_MENTION_HONORIFICS])) {
    const spaced = `${word} `
    let list: number[] | undefined
    for (let i = text.indexOf(spaced); i >= 0; i = text.indexOf(spaced, i + 1)) {
      const next = i + spaced.length
      if (next < text.length && /\p{Lu}|[\ud800-\udfff]/u.test(text[next]!)) (list ??= []).push(i)
    }
    if (list) out.set(word, list)
  }
  return out
}
