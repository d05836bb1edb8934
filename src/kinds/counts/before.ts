/**
 * The phrases of the count rules' word lists that end right before a position, for every list at
 * once: one walk back through one trie of all the lists (the walk of `PhraseSet.endingBefore` in
 * engine/phrase-set.ts, caseless, within 24 units), kept for the last position asked. A number's
 * start is asked about by up to six lists (labels, identifiers, quantities, qualifiers, changes,
 * totals) and its lead's start by up to five (share verbs, factor leads, rate leads, comparisons,
 * figures): each list's own walk read the same units again.
 */
import type { Doc } from '../../engine/doc.ts'
import { isOpener, keptPhrase, lowerUnit } from '../../engine/phrase-set.ts'
import {
  CHANGE_WORDS, COMPARISON_LEADS, FACTOR_LEADS, FIGURE_WORDS, IDENTIFIER_WORDS, NUMBERED_LABEL_WORDS, PERCENT_RATE_LEADS,
  QUALIFIERS, QUANTITY_BEFORE_IDENTIFIER_WORD, SHARE_CONTINUING_VERBS, TOTAL_WORDS,
} from '../../lexicon/count-words.ts'

/** The word lists asked about, by their index in {@link LISTS}. */
export const Before = {
  Label: 0, Identifier: 1, Quantity: 2, Qualifier: 3, Change: 4, Total: 5, ShareVerb: 6, FactorLead: 7, RateLead: 8, Comparison: 9, Figure: 10,
} as const
export type BeforeList = (typeof Before)[keyof typeof Before]

const LISTS: readonly (readonly string[])[] = [
  NUMBERED_LABEL_WORDS, IDENTIFIER_WORDS, QUANTITY_BEFORE_IDENTIFIER_WORD, Object.keys(QUALIFIERS), Object.keys(CHANGE_WORDS), TOTAL_WORDS,
  SHARE_CONTINUING_VERBS, FACTOR_LEADS, PERCENT_RATE_LEADS, COMPARISON_LEADS, FIGURE_WORDS,
]

/** A phrase found before a position: as it is in its list, and where it starts. */
export interface PhraseBefore {
  phrase: string
  start: number
}

interface Node {
  next: Map<number, Node>
  /** The lists with a phrase that ends here (reading backwards: starts here), and that phrase. */
  ends: Array<{ list: number; phrase: string }>
}

const SPACE = 0x20
const NEWLINE = 0x0a
/** How far back a phrase may start. */
const WINDOW = 24

const root: Node = { next: new Map(), ends: [] }
for (let list = 0; list < LISTS.length; list++) {
  for (const p of new Set(LISTS[list])) {
    // As a caseless PhraseSet keeps them: no phrase that could never stand right before a position, or that is not lower case.
    if (!keptPhrase(p, true)) continue
    let node = root
    for (let i = p.length - 1; i >= 0; i--) {
      const c = p.charCodeAt(i)
      let child = node.next.get(c)
      if (!child) node.next.set(c, (child = { next: new Map(), ends: [] }))
      node = child
    }
    node.ends.push({ list, phrase: p })
  }
}

/** The last walk: its doc and position, and the longest phrase of each list found (null for none). */
let lastDoc: Doc | null = null
let lastPos = -1
const found: (PhraseBefore | null)[] = LISTS.map(() => null)

/**
 * The longest phrase of `list` written right before `pos` in the doc's canonical text (which must
 * follow a space): whole words, in lower case, starting no further back than 24 units; what a
 * caseless `PhraseSet` of the list answers with `endingBefore(doc.key, pos, maxWords, 24)`.
 */
export function phraseBefore(doc: Doc, pos: number, list: BeforeList): PhraseBefore | null {
  if (doc !== lastDoc || pos !== lastPos) walk(doc, pos)
  return found[list]!
}

/** Drops the last walk (and the doc it holds): called when a doc's counts are done. */
export function forgetPhrasesBefore(): void {
  lastDoc = null
  lastPos = -1
}

/** Reads back from `pos` once, for every list. */
function walk(doc: Doc, pos: number): void {
  lastDoc = doc
  lastPos = pos
  found.fill(null)
  const text = doc.key
  if (pos < 1 || text.charCodeAt(pos - 1) !== SPACE) return
  const limit = Math.max(0, pos - WINDOW)
  let node: Node | undefined = root
  for (let i = pos - 2; i >= limit; i--) {
    let c: number | string = text.charCodeAt(i)
    c = c === NEWLINE ? SPACE : lowerUnit(c)
    if (typeof c === 'number') node = node.next.get(c)
    else for (let k = c.length - 1; k >= 0 && node; k--) node = node.next.get(c.charCodeAt(k))
    if (!node) break
    // Reading back, a phrase found further back is longer: it replaces a shorter one of its list.
    if (node.ends.length > 0 && (i === 0 || isOpener(text.charCodeAt(i - 1)))) for (const e of node.ends) found[e.list] = { phrase: e.phrase, start: i }
  }
}
