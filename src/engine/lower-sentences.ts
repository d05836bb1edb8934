import type { Doc } from './doc.ts'

/** Each doc's sentences lower-cased, each made the first time a stage asks for it. */
const LOWERED = new WeakMap<Doc, Array<string | undefined>>()

/**
 * The lower-case text of each sentence of `doc` (`doc.key` from its start to its end), made the
 * first time it is asked for and kept with the doc: the roles and the meetings stages read many
 * of the same sentences, and `toLowerCase` of Vietnamese text costs more than the rest of their
 * reading of it.
 */
export function sentencesLowered(doc: Doc): (s: number) => string {
  let lowered = LOWERED.get(doc)
  if (lowered === undefined) LOWERED.set(doc, (lowered = []))
  const cache = lowered
  return (s) => {
    let text = cache[s]
    if (text === undefined) {
      const { start, end } = doc.sentences[s]!
      cache[s] = text = doc.key.slice(start, end).toLowerCase()
    }
    return text
  }
}
