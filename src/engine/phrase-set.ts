/**
 * A set of phrases (words joined by single spaces) that answers "which of them ends right
 * before this position?" by walking the text backwards through a character trie: no slices,
 * no lower-casing of the text, no allocation per question.
 */

interface Node {
  next: Map<number, Node>
  /** The phrase that ends here (reading backwards: that starts here), if any. */
  phrase: string | null
  /** Its number of words. */
  words: number
}

/** Where a phrase found by {@link PhraseSet.endingBefore} starts, and which phrase it is. */
export interface PhraseBefore {
  /** The phrase as it is in the set. */
  phrase: string
  /** Where it starts in the text. */
  start: number
}

const SPACE = 0x20
const NEWLINE = 0x0a
const PAREN = 0x28
/** True for what may stand right before a phrase's first unit: a space, a newline or `(` (or the text's start). */
export const isOpener = (c: number): boolean => c === SPACE || c === NEWLINE || c === PAREN

/**
 * True when `p` can stand right before a position as a set keeps it: not empty, no `(` or newline,
 * no space at its ends or doubled; with `caseless`, in lower case.
 */
export function keptPhrase(p: string, caseless: boolean): boolean {
  return p !== '' && !/[(\n]|^ | $| {2}/.test(p) && (!caseless || p.toLowerCase() === p)
}

/** Per UTF-16 unit: its lower case plus one when that is one unit, -1 when it is more (in {@link LOWER_STRINGS}), 0 before the unit is met. */
const LOWER_UNITS = new Int32Array(0x10000)
/** The lower case of each unit met whose lower case is more than one unit. */
const LOWER_STRINGS = new Map<number, string>()
/** The lower case of one UTF-16 unit: a unit, or a string when it has more than one (`İ` → `i̇`); a table read once the unit is met. */
export function lowerUnit(c: number): number | string {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c
  let l = LOWER_UNITS[c]!
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase()
    if (s.length === 1) l = s.charCodeAt(0) + 1
    else {
      l = -1
      LOWER_STRINGS.set(c, s)
    }
    LOWER_UNITS[c] = l
  }
  return l > 0 ? l - 1 : LOWER_STRINGS.get(c)!
}

/** Phrases looked up by the words that end right before a position. */
export class PhraseSet {
  private readonly root: Node = { next: new Map(), phrase: null, words: 0 }
  /** Words in the longest phrase. */
  readonly maxWords: number
  readonly size: number

  /**
   * @param phrases the phrases; with `caseless`, text is compared in lower case (phrases that
   *   are not lower case could never match, and are left out). A phrase that could never stand
   *   right before a position (empty, with `(`, a newline, or spaces at its ends or doubled) is left out.
   */
  constructor(phrases: Iterable<string>, readonly caseless = false) {
    let maxWords = 1
    let size = 0
    for (const p of new Set(phrases)) {
      if (!keptPhrase(p, caseless)) continue
      let node = this.root
      for (let i = p.length - 1; i >= 0; i--) {
        const c = p.charCodeAt(i)
        let child = node.next.get(c)
        if (!child) node.next.set(c, (child = { next: new Map(), phrase: null, words: 0 }))
        node = child
      }
      node.phrase = p
      node.words = p.split(' ').length
      maxWords = Math.max(maxWords, node.words)
      size++
    }
    this.maxWords = maxWords
    this.size = size
  }

  /** True when `phrase` is in the set. */
  has(phrase: string): boolean {
    let node: Node | undefined = this.root
    for (let i = phrase.length - 1; i >= 0 && node; i--) node = node.next.get(phrase.charCodeAt(i))
    return node !== undefined && node.phrase === phrase
  }

  /**
   * The longest phrase of the set written right before `pos`, which must follow a space: whole
   * words (the unit before the phrase is the text start, a space, a newline or `(`), separated by
   * single spaces or newlines, of at most `maxWords` words, starting no further back than `window` units.
   */
  endingBefore(text: string, pos: number, maxWords = this.maxWords, window = 24): PhraseBefore | null {
    if (pos < 1 || text.charCodeAt(pos - 1) !== SPACE) return null
    const limit = Math.max(0, pos - window)
    let node: Node | undefined = this.root
    let best: PhraseBefore | null = null
    for (let i = pos - 2; i >= limit; i--) {
      let c: number | string = text.charCodeAt(i)
      if (c === NEWLINE) c = SPACE
      else if (this.caseless) c = lowerUnit(c)
      if (typeof c === 'number') node = node.next.get(c)
      else for (let k = c.length - 1; k >= 0 && node; k--) node = node.next.get(c.charCodeAt(k))
      if (!node) break
      if (node.phrase !== null && node.words <= maxWords && (i === 0 || isOpener(text.charCodeAt(i - 1)))) best = { phrase: node.phrase, start: i }
    }
    return best
  }
}
