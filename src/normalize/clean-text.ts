import { MappedTextBuilder, type MappedText } from '../engine/mapped-text.ts'
import { unitClasses } from '../engine/units.ts'

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
export function cleanText(input: string): MappedText {
  const n = input.length
  const out = new MappedTextBuilder(n)
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
