/**
 * Reading helpers for the count rules that allocate nothing per question: word-list prefix tests,
 * two-word phrase lookups by their words, and tokens read on demand with their lower case kept.
 */
import { wordTokenEnd } from '../../engine/word-token.ts'
import { unitClasses } from '../../engine/units.ts'

/** Per UTF-16 unit: 1 when `toLowerCase` changes it (the unit on its own, as a one-unit string). */
const changedByLower = unitClasses((u) => (u.toLowerCase() !== u ? 1 : 0))

/**
 * `s.toLowerCase()`, without a new string when `s` is already lower case: a two-byte string
 * (Vietnamese) goes through the slow case-mapping path in V8 and is copied even when nothing
 * changes. `s` itself is returned when no unit has a lower-case mapping and none is a surrogate
 * (a supplementary letter is mapped as a pair); else `toLowerCase` runs (its context rules, such
 * as a final sigma, concern only units that have a mapping).
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c & 0xf800) === 0xd800 || changedByLower(c) !== 0) return s.toLowerCase()
  }
  return s
}

/**
 * True when `s`, from `at`, starts with one of `words` followed by the end, a space or a comma:
 * what `words.some((w) => s === w || s.startsWith(`${w} `) || s.startsWith(`${w},`))` says of
 * `s.slice(at)`, without a string made per word.
 */
export function startsWithAny(s: string, words: readonly string[], at = 0): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (!s.startsWith(w, at)) continue
    const e = at + w.length
    if (e === s.length) return true
    const c = s.charCodeAt(e)
    if (c === 0x20 || c === 0x2c) return true
  }
  return false
}

/**
 * A word list for {@link startsWithAny} questions, grouped by the words' first UTF-16 unit: only the
 * words that start with the unit at the position asked are tried (a long list such as the count
 * nouns is not walked whole for every subject).
 */
export class WordsByFirstUnit {
  private readonly groups = new Map<number, string[]>()
  /** The empty word, if the list has it (it starts every position). */
  private readonly empty: string[]

  constructor(words: readonly string[]) {
    this.empty = words.includes('') ? [''] : []
    for (const w of words) {
      if (w === '') continue
      const c = w.charCodeAt(0)
      const group = this.groups.get(c)
      if (group) group.push(w)
      else this.groups.set(c, [w])
    }
  }

  /** What `startsWithAny(s, words, at)` says. */
  startOf(s: string, at = 0): boolean {
    if (this.empty.length > 0 && startsWithAny(s, this.empty, at)) return true
    const group = at < s.length ? this.groups.get(s.charCodeAt(at)) : undefined
    return group !== undefined && startsWithAny(s, group, at)
  }
}

/** True when `s` is one of `words` or starts with one followed by a space (`s === w || s.startsWith(`${w} `)`). */
export function isOrStartsWithWord(s: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (s.startsWith(w) && (s.length === w.length || s.charCodeAt(w.length) === 0x20)) return true
  }
  return false
}

/**
 * Two-word phrases looked up by their words: `has(a, b)` is `list.includes(b === undefined ? '' : `${a} ${b}`)`
 * for words with no space in them (tokens never have one), without the joined string.
 */
export class PairSet {
  private readonly pairs = new Map<string, Set<string>>()
  private readonly empty: boolean

  constructor(phrases: Iterable<string>) {
    let empty = false
    for (const p of phrases) {
      if (p === '') empty = true
      const i = p.indexOf(' ')
      if (i < 0) continue
      const first = p.slice(0, i)
      let seconds = this.pairs.get(first)
      if (!seconds) this.pairs.set(first, (seconds = new Set()))
      seconds.add(p.slice(i + 1))
    }
    this.empty = empty
  }

  /** Whether the phrase `${a} ${b}` is in the set; with no `b`, whether the empty phrase is. */
  has(a: string, b: string | undefined): boolean {
    if (b === undefined) return this.empty
    return this.pairs.get(a)?.has(b) === true
  }

  /** Whether `has(a, b)` can be true for some `b` (or none): when false, the word after `a` need not be read. */
  mayStart(a: string): boolean {
    return this.empty || this.pairs.has(a)
  }
}

/** A token: where it is, its text and its lower case (each made once, when first asked). */
export class Token {
  private written: string | undefined
  private low: string | undefined
  constructor(private readonly source: string, readonly start: number, readonly end: number) {}
  get text(): string {
    return (this.written ??= this.source.slice(this.start, this.end))
  }
  get lower(): string {
    return (this.low ??= lowerCase(this.text))
  }
}

/**
 * The tokens `tokensFrom(text, pos, limit).filter((t) => t.end <= maxEnd)` returns, read only as
 * far as they are asked for: up to `limit` tokens from `pos` over spaces, stopping at a line's end,
 * white space other than a space, or the first token ending after `maxEnd` (tokens end in order,
 * so the filter keeps a prefix).
 */
export class Tokens {
  private readonly list: Token[] = []
  private at: number
  private done = false

  constructor(private readonly text: string, pos: number, private readonly limit: number, private readonly maxEnd = Infinity) {
    this.at = pos
  }

  /** The `k`-th token, or undefined when there are not that many. */
  get(k: number): Token | undefined {
    while (this.list.length <= k && !this.done) this.read()
    return this.list[k]
  }

  /** All the tokens (read to the end). */
  all(): readonly Token[] {
    while (!this.done) this.read()
    return this.list
  }

  private read(): void {
    const i = this.list.length < this.limit ? tokenStart(this.text, this.at) : -1
    const end = i < 0 ? -1 : wordTokenEnd(this.text, i)
    if (end < 0 || end > this.maxEnd) {
      this.done = true
      return
    }
    this.list.push(new Token(this.text, i, end))
    this.at = end
  }
}

/** Where the next token from `at` starts (after spaces), or -1 at the text's or a line's end. */
function tokenStart(text: string, at: number): number {
  if (at >= text.length) return -1
  let i = at
  while (text.charCodeAt(i) === 0x20) i++
  return i >= text.length || text.charCodeAt(i) === 0x0a ? -1 : i
}

/**
 * The bounds of the tokens {@link Tokens} reads (from `pos`, at most `limit`, none ending after
 * `maxEnd`), written into `starts` and `ends` (each at least `limit` long); returns how many.
 */
export function tokenBounds(text: string, pos: number, limit: number, maxEnd: number, starts: Int32Array, ends: Int32Array): number {
  let n = 0
  for (let at = pos; n < limit;) {
    const i = tokenStart(text, at)
    const end = i < 0 ? -1 : wordTokenEnd(text, i)
    if (end < 0 || end > maxEnd) break
    starts[n] = i
    ends[n] = end
    n++
    at = end
  }
  return n
}
