import { inDuplicate, type Doc } from '../../engine/doc.ts'
import { wordCharBefore } from '../../engine/scan.ts'
import { execAt, nextCodePoint, resumeAfter } from '../../engine/step.ts'
import { traceReject, tracing } from '../../engine/trace.ts'
import { CAPITALISED_RUN } from './grammar.ts'

const UPPER = 1
const LETTER_OR_MARK = 2
const KNOWN = 4

/**
 * What the grammar's own character classes say of a code point, asked of the compiled grammar
 * once per code point and kept: an upper-case letter is a whole run by itself; a letter or mark
 * continues `A`. (The compiled grammar's `\p{…}` are XRegExp's tables, which may differ from the
 * engine's: asking the grammar keeps the two readers equal.)
 */
const bmp = new Uint8Array(0x10000)
const astral = new Map<number, number>()
function grammarClass(s: string): number {
  const sticky = CAPITALISED_RUN.get().sticky
  const whole = (t: string) => execAt(sticky, t, 0)?.[0].length === t.length
  return KNOWN | (whole(s) ? UPPER : 0) | (whole(`A${s}`) ? LETTER_OR_MARK : 0)
}
/** The class of a code point below 0x10000, from the table (asked of the grammar the first time). */
function bmpClass(cp: number): number {
  let c = bmp[cp]!
  if (c === 0) bmp[cp] = c = grammarClass(String.fromCharCode(cp))
  return c
}
function classAt(text: string, i: number): number {
  const cp = text.codePointAt(i)!
  if (cp <= 0xffff) return bmpClass(cp)
  let c = astral.get(cp)
  if (c === undefined) astral.set(cp, (c = grammarClass(String.fromCodePoint(cp))))
  return c
}
/**
 * The first code point at or after `from` that is an upper-case letter (the text's length when
 * none): {@link bmpClass} for single units, {@link classAt} for a surrogate pair.
 */
function nextUpper(text: string, from: number): number {
  const n = text.length
  for (let p = from; p < n; p++) {
    const c = text.charCodeAt(p)
    if (c < 0xd800 || c > 0xdbff) {
      if (bmpClass(c) & UPPER) return p
    } else if (p + 1 < n && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00) {
      if (classAt(text, p) & UPPER) return p
      p++
    } else if (classAt(text, p) & UPPER) return p // a lone high surrogate
  }
  return n
}

/** At most this many syllables in one run, as the grammar says (`{0,11}` more after the first). */
const MAX_TOKENS = 12

/** End of one capitalised syllable starting at `i` (an upper-case letter): `Phan`, `H'Hen`, `K’Điểu`, `UBND`. */
function syllableEnd(text: string, i: number): number {
  i = lettersEnd(text, nextCodePoint(text, i))
  const c = text.charCodeAt(i)
  if ((c === 0x27 || c === 0x2019) && i + 1 < text.length && classAt(text, i + 1) & LETTER_OR_MARK) i = lettersEnd(text, i + 1)
  return i
}

/**
 * Where the letters and marks from `i` end, a code point at a time: what
 * `while (i < text.length && classAt(text, i) & LETTER_OR_MARK) i = nextCodePoint(text, i)` reads,
 * with a unit that is no surrogate read from the table directly.
 */
function lettersEnd(text: string, i: number): number {
  const n = text.length
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c < 0xd800 || c > 0xdfff) {
      if ((bmpClass(c) & LETTER_OR_MARK) === 0) return i
      i++
    } else {
      if ((classAt(text, i) & LETTER_OR_MARK) === 0) return i
      i = nextCodePoint(text, i)
    }
  }
  return i
}

/**
 * Calls `visit` for each run of capitalised syllables in the doc's canonical text, exactly as
 * `scan(doc, CAPITALISED_RUN, visit, { boundary: true })` would (the grammar in `grammar.ts` is the
 * definition; `tests/capitalised-runs.test.ts` checks the two agree), by reading character classes
 * from a table instead of running the regex: a run starts at an upper-case letter that follows no
 * letter, mark or digit, outside repeated paragraphs. After a visit the scan goes on at the run's
 * end (or where `visit` says). `visit` gets where the run starts and ends in `doc.key` and its
 * number of syllables (one space apart), and reads from the text what it needs (no match object;
 * most runs need no slice of their own: see {@link runTokens}).
 */
export function forEachCapitalisedRunAt(doc: Doc, visit: (start: number, end: number, syllables: number) => number | void): void {
  const text = doc.key
  const n = text.length
  let at = 0
  while (at < n) {
    // The next upper-case letter: the leftmost place the grammar can match.
    const p = nextUpper(text, at)
    if (p >= n) return
    let end = syllableEnd(text, p)
    let syllables = 1
    for (; syllables < MAX_TOKENS && text.charCodeAt(end) === 0x20 && end + 1 < n && classAt(text, end + 1) & UPPER; syllables++) {
      end = syllableEnd(text, end + 1)
    }
    const insideWord = wordCharBefore(text, p)
    if (insideWord || inDuplicate(doc, p)) {
      if (tracing()) traceReject('person/capitalised-run', p, end, insideWord ? 'starts inside a word' : 'in a repeated paragraph or sentence')
      at = resumeAfter(text, p, p)
      continue
    }
    const verdict = visit(p, end, syllables)
    at = resumeAfter(text, p, typeof verdict === 'number' ? verdict : end)
  }
}

/**
 * The syllables of the run `text.slice(start, end)`, what `text.slice(start, end).split(' ')`
 * gives, sliced from the text one by one (no copy of the whole run, no `split`).
 */
export function runTokens(text: string, start: number, end: number): string[] {
  // (Spaces counted first, so that the array is made at its size rather than grown by `push`.)
  let count = 1
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x20) count++
  const out = new Array<string>(count)
  let from = start
  let k = 0
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 0x20) continue
    out[k++] = text.slice(from, i)
    from = i + 1
  }
  out[k] = text.slice(from, end)
  return out
}
