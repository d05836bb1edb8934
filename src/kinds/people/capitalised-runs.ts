import { inDuplicate, type Doc } from '../../engine/doc.ts'
import { wordCharBefore } from '../../engine/scan.ts'
import { execAt, nextCodePoint, resumeAfter } from '../../engine/step.ts'
import { traceReject, tracing } from '../../engine/trace.ts'
import { CAPITALISED_RUN } from './grammar.ts'
import { letterClass, UPPER as UPPER_CLASS } from '../../normalize/letters.ts'

const UPPER = 1
const LETTER_OR_MARK = 2
const KNOWN = 4
/** An upper-case letter as the engine reads a unit alone (`/\p{Lu}/u`, from the shared letters table), which the grammar's tables may not have. */
const ENGINE_UPPER = 8
/** A surrogate unit: its class is the code point's, read by {@link classAt}. */
const SURROGATE = 16
/** Where the scan of {@link nextStop} stops: a letter that may open a run, or a capital for {@link CapitalAfterSpace}. */
const STOP = UPPER | ENGINE_UPPER | SURROGATE

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
  if (c === 0) bmp[cp] = c = unitClass(cp)
  return c
}
/** The class of a unit, with the bits the scan stops at. */
function unitClass(u: number): number {
  const s = String.fromCharCode(u)
  return grammarClass(s) | (letterClass(u) & UPPER_CLASS ? ENGINE_UPPER : 0) | ((u & 0xf800) === 0xd800 ? SURROGATE : 0)
}
function classAt(text: string, i: number): number {
  const cp = text.codePointAt(i)!
  if (cp <= 0xffff) return bmpClass(cp)
  let c = astral.get(cp)
  if (c === undefined) astral.set(cp, (c = grammarClass(String.fromCodePoint(cp))))
  return c
}
/**
 * The first unit at or after `from` that the scan must look at (the text's length when none):
 * an upper-case letter of the grammar or of the engine, or a surrogate. (One table read per unit:
 * the loop every unit of the text goes through. A unit the table has no class for yet ends the
 * fast loop, which makes no call, and is classed once here.)
 */
function nextStop(text: string, from: number): number {
  const n = text.length
  for (let p = from; p < n; ) {
    p = stopOrUnknown(text, p, n)
    if (p >= n) return n
    const c = text.charCodeAt(p)
    let k = bmp[c]!
    if (k === 0) bmp[c] = k = unitClass(c)
    if ((k & STOP) !== 0) return p
    p++
  }
  return n
}

/** The first unit from `p` (below `n`) the table classes as a stop or has no class for yet; `n` when none. */
function stopOrUnknown(text: string, p: number, n: number): number {
  const table = bmp
  for (; p < n; p++) {
    const k = table[text.charCodeAt(p)]!
    if (k === 0 || (k & STOP) !== 0) return p
  }
  return n
}

/** True when the code point at `i` is an upper-case letter of the grammar: {@link classAt}, read from the table for a unit that is no surrogate. */
function upperAt(text: string, i: number): boolean {
  const k = bmp[text.charCodeAt(i)]!
  if (k !== 0 && (k & SURROGATE) === 0) return (k & UPPER) !== 0
  return (classAt(text, i) & UPPER) !== 0
}

/**
 * Told of a unit `q` after a space (`text[q - 1]` is U+0020) that is an upper-case letter of the
 * grammar or of the engine, or a surrogate (and maybe of other units after a space).
 */
export type CapitalAfterSpace = (q: number) => void

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
 *
 * The same pass tells `capitalAfterSpace` (when given) of every upper-case letter after a space,
 * in text order, each once: of every such unit up to the text's end, unless a visit sends the scan
 * on beyond the space after its run (the units it skips are not read).
 */
export function forEachCapitalisedRunAt(doc: Doc, visit: (start: number, end: number, syllables: number) => number | void, capitalAfterSpace?: CapitalAfterSpace): void {
  const text = doc.key
  const n = text.length
  let at = 0
  /** The last unit given to `capitalAfterSpace` (a scan sent back by a visit meets units again). */
  let told = -1
  while (at < n) {
    const p = nextStop(text, at)
    if (p >= n) return
    if (capitalAfterSpace !== undefined && p > told && p > 0 && text.charCodeAt(p - 1) === 0x20) capitalAfterSpace((told = p))
    // A stop the grammar cannot start a run at: an upper-case letter of the engine alone, or a
    // surrogate that is not one (a pair is stepped over whole).
    const k = bmp[text.charCodeAt(p)]!
    if ((k & UPPER) === 0 && ((k & SURROGATE) === 0 || (classAt(text, p) & UPPER) === 0)) {
      at = nextCodePoint(text, p)
      continue
    }
    let end = syllableEnd(text, p)
    let syllables = 1
    for (; syllables < MAX_TOKENS && text.charCodeAt(end) === 0x20 && end + 1 < n && upperAt(text, end + 1); syllables++) {
      if (capitalAfterSpace !== undefined && end + 1 > told) capitalAfterSpace((told = end + 1))
      end = syllableEnd(text, end + 1)
    }
    // (The unit after the run's space, when it is no syllable of the run: told here, in case a visit skips it.)
    if (capitalAfterSpace !== undefined && end + 1 < n && end + 1 > told && text.charCodeAt(end) === 0x20) capitalAfterSpace((told = end + 1))
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
