/**
 * The normalize and segment steps as they were before the speed work of session 6 (copied, with
 * `old` names), kept so that tests/normalize-speed.test.ts can hold the new code to them, unit for
 * unit and offset for offset, on the corpus and on random text.
 */
import { DOTTED_ABBREVIATIONS } from '../src/lexicon/abbreviations.ts'
import { GLUED_AFTER_NAMES } from '../src/lexicon/glued-words.ts'
import { unitClasses } from '../src/engine/units.ts'
import { looksLikeHtml, stripHtml } from '../src/normalize/strip-html.ts'
import type { Range } from '../src/engine/doc.ts'
import { trimCaptionEnd } from '../src/engine/segment.ts'
import type { Issue } from '../src/records/issue.ts'

// ---- engine/mapped-text.ts (as it was before the map became runs: two numbers per unit)

/** A produced text with, for every unit, the source range it came from. */
export interface MappedText {
  readonly text: string
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/** Accumulates output units with their source ranges. */
export class OldMappedTextBuilder {
  private parts: string[] = []
  private starts: Int32Array
  private ends: Int32Array
  private length = 0

  constructor(capacityHint: number) {
    const cap = Math.max(16, capacityHint)
    this.starts = new Int32Array(cap)
    this.ends = new Int32Array(cap)
  }

  /** Appends `s`; every unit of it maps to source range [start, end). */
  push(s: string, start: number, end: number): void {
    if (s.length === 0) return
    this.reserve(s.length)
    for (let k = 0; k < s.length; k++) {
      this.starts[this.length + k] = start
      this.ends[this.length + k] = end
    }
    this.length += s.length
    this.parts.push(s)
  }

  /** Appends `source.slice(from, to)` unchanged: unit i maps to [i, i + 1). */
  pushVerbatim(source: string, from: number, to: number): void {
    if (to <= from) return
    const n = to - from
    this.reserve(n)
    for (let k = 0; k < n; k++) {
      this.starts[this.length + k] = from + k
      this.ends[this.length + k] = from + k + 1
    }
    this.length += n
    this.parts.push(source.slice(from, to))
  }

  /** The last unit written, or '' when empty. */
  lastUnit(): string {
    const p = this.parts[this.parts.length - 1]
    return p === undefined ? '' : p[p.length - 1]!
  }

  /** Extends the source end of the last written unit (used when input is swallowed into it). */
  extendLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end
  }

  /** Removes trailing units equal to `unit` (e.g. spaces before a newline). */
  trimTrailing(unit: string): void {
    while (this.length > 0) {
      const p = this.parts[this.parts.length - 1]!
      if (p[p.length - 1] !== unit) return
      this.parts[this.parts.length - 1] = p.slice(0, -1)
      if (p.length === 1) this.parts.pop()
      this.length--
    }
  }

  build(): MappedText {
    return {
      text: this.parts.join(''),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
    }
  }

  private reserve(n: number): void {
    if (this.length + n <= this.starts.length) return
    let cap = this.starts.length * 2
    while (cap < this.length + n) cap *= 2
    const s = new Int32Array(cap)
    s.set(this.starts.subarray(0, this.length))
    const e = new Int32Array(cap)
    e.set(this.ends.subarray(0, this.length))
    this.starts = s
    this.ends = e
  }
}

/** Identity mapping for `text` (every unit maps to itself). */
export function oldIdentityMapped(text: string): MappedText {
  const n = text.length
  const starts = new Int32Array(n)
  const ends = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    starts[i] = i
    ends[i] = i + 1
  }
  return { text, starts, ends }
}

/** Composes `outer` (whose source is `inner.text`) with `inner`, giving ranges in inner's source. */
export function oldComposeMapped(inner: MappedText, outer: MappedText): MappedText {
  const n = outer.text.length
  const starts = new Int32Array(n)
  const ends = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const s = outer.starts[i]!
    const e = outer.ends[i]!
    starts[i] = s < inner.starts.length ? inner.starts[s]! : lastEnd(inner)
    ends[i] = e > 0 ? inner.ends[e - 1]! : starts[i]!
    if (e <= s) ends[i] = starts[i]!
  }
  return { text: outer.text, starts, ends }
}

function lastEnd(m: MappedText): number {
  return m.ends.length ? m.ends[m.ends.length - 1]! : 0
}

// ---- normalize/clean-text.ts

/** Combining marks that NFC may fold into the preceding letter. */
function isCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
  )
}

/** Unicode's stream-safe text format: at most 30 non-starters in a row are composed together. */
const MAX_MARKS = 30
const MARK = /\p{M}/u
/** Per UTF-16 unit: 1 a combining mark (`\p{M}`), 0 not one. */
const markClass = unitClasses((unit) => (MARK.test(unit) ? 1 : 0))

/** True when the text holds more than {@link MAX_MARKS} combining marks (`\p{M}`) in a row. */
function hasLongMarkRun(text: string): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let mark: boolean
    if (c < 0x300) mark = false
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      mark = MARK.test(text.slice(i, i + 2)) // an astral code point: asked directly (rare)
      i++
    } else {
      mark = markClass(c) === 1
    }
    if (!mark) run = 0
    else if (++run > MAX_MARKS) return true
  }
  return false
}

const enum Kind { Keep, Space, Newline, Delete, Dash, DoubleQuote, SingleQuote }

function classify(c: number): Kind {
  if (c >= 0x20 && c < 0x7f) return c === 0x20 ? Kind.Space : Kind.Keep
  if (c === 0x0a) return Kind.Newline
  if (c === 0x09) return Kind.Space
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return Kind.Space
  if (c < 0x2000) {
    if (c === 0xa0 || c === 0x1680) return Kind.Space
    if (c === 0xad) return Kind.Delete
    if (c === 0xab || c === 0xbb) return Kind.DoubleQuote
    return Kind.Keep
  }
  if (c <= 0x200a || c === 0x202f || c === 0x205f || c === 0x3000) return Kind.Space
  if (c >= 0x200b && c <= 0x200d) return Kind.Delete
  if (c === 0x2060 || c === 0xfeff) return Kind.Delete
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return Kind.Dash
  if (c >= 0x201c && c <= 0x201f) return Kind.DoubleQuote
  if (c >= 0x2018 && c <= 0x201b) return Kind.SingleQuote
  if (c === 0x2028 || c === 0x2029) return Kind.Newline
  return Kind.Keep
}

/**
 * One pass over the text: NFC per grapheme cluster (only when the input is not already NFC),
 * CRLF/CR to LF, NBSP and other spaces to one space, runs of spaces collapsed, spaces at line
 * ends dropped, zero-width and soft hyphens removed, every dash to `-`, smart quotes to ASCII,
 * control characters to spaces, lone surrogates to U+FFFD.
 */
export function oldCleanText(input: string): MappedText {
  const n = input.length
  const out = new OldMappedTextBuilder(n)
  // A run of more than 30 combining marks (Unicode's stream-safe limit) would make NFC of the whole
  // input quadratic: then clusters are composed one by one, each cut at 30 marks.
  const needsNfc = hasLongMarkRun(input) || input.normalize('NFC') !== input
  let i = 0
  let verbatimFrom = 0
  // Where the pending verbatim run ends is always `i`; flushing writes it out before any edit.
  const flush = () => {
    if (i > verbatimFrom) out.pushVerbatim(input, verbatimFrom, i)
  }
  while (i < n) {
    const c = input.charCodeAt(i)
    const combiningNext = needsNfc && i + 1 < n && isCombining(input.charCodeAt(i + 1))
    if (c > 0x20 && c < 0x7f && !combiningNext) {
      i++
      continue
    }
    // A single space after a kept character stays in the verbatim run (the common case).
    if (c === 0x20 && i > verbatimFrom && input.charCodeAt(i - 1) !== 0x20) {
      i++
      continue
    }
    // Surrogates: pairs stay, lone halves become U+FFFD.
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < n ? input.charCodeAt(i + 1) : 0
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i += 2
        continue
      }
      flush()
      out.push('\ufffd', i, i + 1)
      i++
      verbatimFrom = i
      continue
    }
    // Composition applies to letters (and what combines with them); spaces, dashes and quotes are
    // classified first, since NFC maps some of them (U+2000 → U+2002) to other spaces.
    if (needsNfc && (c >= 0xc0 || combiningNext) && classify(c) === Kind.Keep) {
      // A cluster: this unit plus following combining marks, normalised together.
      let j = i + 1
      while (j < n && j - i <= MAX_MARKS && isCombining(input.charCodeAt(j))) j++
      const cluster = input.slice(i, j)
      const nfc = cluster.normalize('NFC')
      if (nfc !== cluster) {
        flush()
        out.push(nfc, i, j)
        i = j
        verbatimFrom = i
        continue
      }
    }
    // CR LF and lone CR become one newline.
    if (c === 0x0d) {
      flush()
      out.trimTrailing(' ')
      const crlf = i + 1 < n && input.charCodeAt(i + 1) === 0x0a
      out.push('\n', i, crlf ? i + 2 : i + 1)
      i += crlf ? 2 : 1
      verbatimFrom = i
      continue
    }
    const kind = classify(c)
    if (kind === Kind.Keep) {
      i++
      continue
    }
    flush()
    switch (kind) {
      case Kind.Space: {
        const last = out.lastUnit()
        if (last === ' ') out.extendLast(i + 1)
        else if (last !== '\n' && last !== '') out.push(' ', i, i + 1)
        break
      }
      case Kind.Newline:
        out.trimTrailing(' ')
        out.push('\n', i, i + 1)
        break
      case Kind.Dash:
        out.push('-', i, i + 1)
        break
      case Kind.DoubleQuote:
        out.push('"', i, i + 1)
        break
      case Kind.SingleQuote:
        out.push("'", i, i + 1)
        break
      case Kind.Delete:
        break
    }
    i++
    verbatimFrom = i
  }
  flush()
  return out.build()
}

// ---- normalize/glued-seams.ts

/**
 * Scraped text loses the space at a link's edge and runs two words together: `Tỉnh ủyNguyễn Văn
 * Hùng`, `Đồng chíLê Minh Hưng`, `UBNDtỉnh`, `ĐBQHKhóa XV`, `Trần Văn Namchủ trì`. This step puts
 * the space back, only where both parts are words:
 * - a lower-case letter then an upper-case one (`ủyNguyễn`), when both parts are Vietnamese syllables;
 * - an abbreviation then a lower-case word (`UBNDtỉnh`; `ĐBQHKhóa`, where the last capital opens
 *   the word), when the word is a Vietnamese syllable of two letters or more;
 * - a capitalised syllable then a word of `GLUED_AFTER_NAMES` (`Namchủ`, `Lâmđã`), when the whole is
 *   no syllable and the part before the word is one.
 * Brand names and abbreviations in mixed case (`VnExpress`, `MobiFone`, `MoIT`, `ThS`, `MHz`, `TTg`)
 * are not syllables on both sides and stay whole. The added space maps to an empty range of the input
 * (between the two parts), so every span still slices the input.
 */

/** Onset, one to three vowels, coda: the shape of a Vietnamese syllable once tone and vowel marks are taken off. */
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/
const MARKS_G = /\p{M}/gu

/** True when `s` has the shape of one Vietnamese syllable (any case, any tone). */
function isVietnameseSyllable(s: string): boolean {
  return SYLLABLE.test(s.normalize('NFD').replace(MARKS_G, '').toLowerCase())
}

/** The glued words by their last unit, longest first (compared in place: no slice per word tried). */
const GLUED_BY_LAST = new Map<number, string[]>()
for (const w of [...new Set(GLUED_AFTER_NAMES)].sort((a, b) => b.length - a.length)) {
  const last = w.charCodeAt(w.length - 1)
  GLUED_BY_LAST.set(last, [...(GLUED_BY_LAST.get(last) ?? []), w])
}

const LETTER = 1
const UPPER = 2
const LOWER = 4
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
const UPPER_LETTER = /^\p{Lu}$/u
const LOWER_LETTER = /^\p{Ll}$/u
/** Per UTF-16 unit: letter or mark, upper case, lower case (half a surrogate pair is none). */
const classOf = unitClasses((unit) =>
  (LETTER_OR_MARK.test(unit) ? LETTER : 0) | (UPPER_LETTER.test(unit) ? UPPER : LOWER_LETTER.test(unit) ? LOWER : 0))

/** Where a space goes back in `text` (ascending positions: the space goes before that unit). */
export function oldFindGluedSeams(text: string): number[] {
  const seams: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    // Skip to the next letter; a word is a run of letters and marks.
    const c = text.charCodeAt(i)
    if (c < 0x41 || (c > 0x5a && c < 0x61) || (c > 0x7a && c < 0xc0) || !(classOf(c) & LETTER)) {
      i++
      continue
    }
    let end = i + 1
    let mixed = false
    while (end < n) {
      const k = classOf(text.charCodeAt(end))
      if (!(k & LETTER)) break
      if (k & UPPER) mixed = true
      end++
    }
    // Three letters at least, and an upper-case letter after the first, or a capitalised word that may hold a glued word.
    if (end - i >= 3 && (mixed || (classOf(c) & UPPER && end - i >= 4))) seamsIn(text, i, end, seams)
    i = end
  }
  return seams
}

/** A lower-case letter before `i` and an upper-case one at `i`. */
function camelAt(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i - 1)) & LOWER) !== 0 && (classOf(text.charCodeAt(i)) & UPPER) !== 0
}

/** The seams inside the word `text.slice(from, to)`, appended to `seams`. */
function seamsIn(text: string, from: number, to: number, seams: number[]): void {
  // Lower case then upper case (`ủyNguyễn`, `trìnhXuân`): every part must be a syllable, so that
  // names in mixed case (`ThanhChinhBK`, `MoIT`, `VnExpress`) stay whole.
  let first = from + 1
  while (first < to && !camelAt(text, first)) first++
  if (first < to) {
    const found = seams.length
    let part = from
    for (let at = first; ; at++) {
      if (at < to && !camelAt(text, at)) continue
      // A part in capitals (`IT` of `MoIT`) is an abbreviation, not a word.
      if ((at - part > 1 && classOf(text.charCodeAt(part + 1)) & UPPER) || !isVietnameseSyllable(text.slice(part, at))) {
        seams.length = found
        return
      }
      if (at >= to) return
      seams.push(at)
      part = at
    }
  }
  // An abbreviation then a word: `ĐBQHKhóa` (its last capital opens the word), `UBNDtỉnh`.
  let caps = from
  while (caps < to && classOf(text.charCodeAt(caps)) & UPPER) caps++
  if (caps - from >= 3 && caps < to) {
    if (isVietnameseSyllable(text.slice(caps - 1, to))) seams.push(caps - 1)
    else if (to - caps >= 2 && isVietnameseSyllable(text.slice(caps, to))) seams.push(caps)
    return
  }
  if (caps - from === 2 && to - caps >= 2 && isVietnameseSyllable(text.slice(caps, to)) && !isVietnameseSyllable(text.slice(caps - 1, to))) {
    seams.push(caps)
    return
  }
  // `Namchủ`, `Lâmđã`: a capitalised syllable and a word glued after it.
  const glued = gluedWordLength(text, from, to)
  if (glued > 0) seams.push(to - glued)
}

/**
 * Units at the end of the capitalised word `text.slice(from, to)` that are a word glued to it
 * (`Lâmđã` → 2), or 0: only when the whole is no Vietnamese syllable and what is left is one.
 */
function gluedWordLength(text: string, from: number, to: number): number {
  if (to - from < 4 || !(classOf(text.charCodeAt(from)) & UPPER)) return 0
  for (let i = from + 1; i < to; i++) if (classOf(text.charCodeAt(i)) & UPPER) return 0
  // (Tone placement does not matter here: a glued word holds no oa/oe/uy, and the syllable test drops tones.)
  const words = GLUED_BY_LAST.get(text.charCodeAt(to - 1))
  if (words === undefined) return 0
  for (const w of words) {
    if (to - from < w.length + 2 || !text.startsWith(w, to - w.length)) continue
    if (!isVietnameseSyllable(text.slice(from, to)) && isVietnameseSyllable(text.slice(from, to - w.length))) return w.length
  }
  return 0
}

/**
 * `mapped` with a space put back at every seam of {@link findGluedSeams}; the space maps to the
 * empty input range where the two parts meet. Returns `mapped` itself when there is no seam.
 */
function splitGluedSeams(mapped: MappedText): MappedText {
  const seams = oldFindGluedSeams(mapped.text)
  if (seams.length === 0) return mapped
  const n = mapped.text.length + seams.length
  const starts = new Int32Array(n)
  const ends = new Int32Array(n)
  const parts: string[] = []
  let from = 0
  let out = 0
  for (const at of [...seams, mapped.text.length]) {
    parts.push(mapped.text.slice(from, at))
    starts.set(mapped.starts.subarray(from, at), out)
    ends.set(mapped.ends.subarray(from, at), out)
    out += at - from
    if (at < mapped.text.length) {
      const meet = mapped.ends[at - 1]!
      parts.push(' ')
      starts[out] = meet
      ends[out] = meet
      out++
    }
    from = at
  }
  return { text: parts.join(''), starts, ends }
}

// ---- normalize/tone-marks.ts

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
const OLD_STYLE_TONES = new RegExp(`(?<![QqGg])(?:${[...MOVES.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu')

/** Returns `text` with old-style tone placement moved to the canonical vowel. */
export function oldCanonicalToneMarks(text: string): string {
  // (A code-unit loop that looked closer at toned vowels was tried: 7× slower than this regex on the dev corpus.)
  if ((OLD_STYLE_TONES.lastIndex = 0, OLD_STYLE_TONES.exec(text)) === null) return text
  return text.replace(OLD_STYLE_TONES, (m) => MOVES.get(m) ?? m)
}

// ---- normalize/normalize.ts

/** The input after normalisation, with the map back to it. */
interface NormalizedText extends MappedText {
  /** The original input, untouched. */
  readonly input: string
  /** Same length as `text`; tone placement unified (hoà → hòa): what grammars match on. */
  readonly key: string
  /** True when the input was read as HTML. */
  readonly html: boolean
}

/**
 * Normalises an article for matching while keeping, for every unit of the result, the range
 * of the original input it came from. Steps: HTML → text (when the input looks like HTML),
 * then NFC, spaces, dashes, quotes, line ends ({@link cleanText}), then the space lost between
 * two words at a link's edge ({@link splitGluedSeams}), then tone placement.
 */
export function oldNormalize(input: string, options: { html?: boolean; regions?: ReadonlyArray<{ start: number; end: number }> } = {}): NormalizedText {
  const html = options.regions && options.regions.length ? true : options.html ?? looksLikeHtml(input)
  let mapped: MappedText
  if (html) {
    const strippedNow = stripHtml(input, options.regions) // (the new builder's map, as arrays: held to the old builder in tests/mapped-text.test.ts)
    const stripped = { text: strippedNow.text, ...strippedNow.map.toArrays() }
    mapped = oldComposeMapped(stripped, oldCleanText(stripped.text))
  } else {
    mapped = oldCleanText(input)
  }
  if (mapped.text.length === 0 && input.length === 0) mapped = oldIdentityMapped('')
  mapped = splitGluedSeams(mapped)
  return { ...mapped, input, key: oldCanonicalToneMarks(mapped.text), html }
}

// ---- engine/segment.ts

const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS)
/** What must follow a sentence end (the text has single spaces): a space, maybe an opening quote or bracket, then a capital or digit. */
const SENTENCE_START = / ["'“‘(\-]?[\p{Lu}\p{N}]/uy
const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 // . ! ? …
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d
const TOKEN_CHAR = /[\p{L}\p{N}./]/uy

/**
 * Paragraphs that repeat an earlier paragraph word for word (photo captions, blocks the
 * scraper doubled). A trailing " |" (a caption marker) is ignored when comparing.
 */
export function oldFindDuplicateParagraphs(text: string, paragraphs: readonly Range[]): Range[] {
  const seen = new Set<string>()
  const out: Range[] = []
  for (const p of paragraphs) {
    const body = text.slice(p.start, trimCaptionEnd(text, p.start, p.end))
    if (body.length === 0) continue
    if (seen.has(body)) out.push(p)
    else seen.add(body)
  }
  return out
}

/**
 * Sentences (40 units or longer) that repeat an earlier sentence word for word inside paragraphs
 * that are not themselves repeated: a scraper's doubled caption or lead inside running text.
 */
export function oldFindDuplicateSentences(text: string, sentences: readonly Range[], duplicateParagraphs: readonly Range[]): Range[] {
  const seen = new Set<string>()
  const out: Range[] = []
  let d = 0
  for (const s of sentences) {
    while (d < duplicateParagraphs.length && duplicateParagraphs[d]!.end <= s.start) d++
    const inDuplicate = d < duplicateParagraphs.length && duplicateParagraphs[d]!.start <= s.start
    if (s.end - s.start < 40 || inDuplicate) continue
    const body = text.slice(s.start, s.end)
    if (seen.has(body)) out.push(s)
    else seen.add(body)
  }
  return out
}

/**
 * Longest sentence the extractors see: a longer run with no sentence end (a list, scraped junk)
 * is cut (after a `;`, else a `,`, else at a space), so that all sentence-scoped work stays linear
 * in the input.
 */
const MAX_SENTENCE = 2000

/** Sentences inside each paragraph; a dot after an abbreviation ("TP.", "PGS.TS.") does not end one. */
export function oldSplitSentences(text: string, paragraphs: readonly Range[]): Range[] {
  const out: Range[] = []
  const push = (start: number, end: number) => {
    let s = start
    while (end - s > MAX_SENTENCE) {
      // Cut after a semicolon if there is one in the window (enumerations), else a comma, else a space.
      const window = text.slice(s, s + MAX_SENTENCE)
      const at = [window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' ')].find((k) => k > MAX_SENTENCE / 4) ?? -1
      const cut = at > 0 ? s + at + (window[at] === ' ' ? 0 : 1) : s + MAX_SENTENCE
      out.push({ start: s, end: cut })
      s = cut
      while (s < end && text.charCodeAt(s) === 0x20) s++
    }
    if (end > s) out.push({ start: s, end })
  }
  for (const p of paragraphs) {
    const para = text.slice(p.start, p.end)
    let from = 0
    // One pass: a run of terminal punctuation and closing quotes is read once, whatever follows it.
    for (let i = 0; i < para.length; ) {
      if (!isTerminal(para.charCodeAt(i))) {
        i++
        continue
      }
      const runStart = i
      while (i < para.length && isTerminal(para.charCodeAt(i))) i++
      while (i < para.length && isCloser(para.charCodeAt(i))) i++
      const end = i
      if (!(SENTENCE_START.lastIndex = end, SENTENCE_START.test(para))) continue
      if (end - runStart === 1 && para.charCodeAt(runStart) === 0x2e && isAbbreviation(para, runStart)) continue
      push(p.start + from, p.start + end)
      from = end
      while (from < para.length && para.charCodeAt(from) === 0x20) from++
    }
    if (from < para.length) push(p.start + from, p.end)
  }
  return out
}

/** A letter, digit, dot or slash in the unit at `i` (a unit of a surrogate pair is none: read alone, as before). */
function tokenCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x2f
  if (c >= 0xd800 && c <= 0xdfff) return false
  return (TOKEN_CHAR.lastIndex = i, TOKEN_CHAR.test(s))
}

function isAbbreviation(para: string, dotAt: number): boolean {
  // The token right before the dot: letters, digits, dots and slashes, at most 24 units back.
  let from = dotAt
  while (from > 0 && dotAt - from < 24 && tokenCharAt(para, from - 1)) from--
  if (from === dotAt) return false
  const token = para.slice(from, dotAt)
  const last = token.slice(token.lastIndexOf('.') + 1)
  if (ABBREVIATIONS.has(last) || ABBREVIATIONS.has(token)) return true
  // A single capital initial ("Nguyễn V. An").
  return /^\p{Lu}$/u.test(last)
}

// ---- input-checks.ts

const SAMPLE = 16_384

/** Letters only Vietnamese uses among Latin scripts (and the combining tone marks of NFD text). */
const VIETNAMESE = new Uint8Array(0x1f00)
for (const c of 'ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\u0300\u0301\u0303\u0309\u0323') {
  VIETNAMESE[c.charCodeAt(0)] = 1
}

/**
 * Screens raw input before extraction. Returns the text to read (cut to `maxLength`), or null
 * when there is nothing to read (empty or binary). Findings go to `issues`.
 */
export function oldScreenInput(input: string, maxLength: number, issues: Issue[]): string | null {
  const sample = profile(input)
  if (sample.visible === 0) {
    issues.push({ code: 'input_empty', severity: 'info', message: 'input is empty or whitespace only' })
    return null
  }
  if (sample.nul > 0 || (sample.control > 8 && sample.control / sample.length > 0.05)) {
    issues.push({ code: 'input_binary', severity: 'error', message: 'input looks like binary data (NUL or control bytes); nothing extracted' })
    return null
  }
  let text = input
  const limit = Math.max(1, Math.floor(maxLength))
  if (text.length > limit) {
    let cut = limit
    const c = text.charCodeAt(cut - 1)
    if (c >= 0xd800 && c <= 0xdbff) cut-- // do not split a surrogate pair
    text = text.slice(0, cut)
    issues.push({
      code: 'input_truncated', severity: 'warning',
      message: `input has ${input.length} UTF-16 units; only the first ${cut} were read`, span: { start: 0, end: cut },
    })
  }
  if (sample.letters >= 200 && sample.vietnamese / sample.letters < 0.02) {
    issues.push({ code: 'not_vietnamese', severity: 'warning', message: 'the text does not look Vietnamese; few items are expected' })
  }
  return text
}

/** One pass over the first {@link SAMPLE} units (the whole input when it has no visible unit there). */
function profile(input: string) {
  const length = Math.min(input.length, SAMPLE)
  let visible = 0
  let nul = 0
  let control = 0
  let letters = 0
  let vietnamese = 0
  for (let i = 0; i < length; i++) {
    const c = input.charCodeAt(i)
    if (c === 0) nul++
    else if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) control++
    } else if (c === 0xfffd) control++
    if (c > 0x20 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200f) && c !== 0xfeff && c !== 0x3000) visible++
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++
    else if (c >= 0xc0) {
      if (c < 0x1f00 && VIETNAMESE[c] === 1) {
        vietnamese++
        letters++
      } else if (!(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0x300 && c <= 0x36f)) letters++
    }
  }
  // Whitespace beyond the sample could hide text: look further only in that rare case.
  if (visible === 0 && input.length > SAMPLE && input.trim().length > 0) visible = 1
  return { length, visible, nul, control, letters, vietnamese }
}
