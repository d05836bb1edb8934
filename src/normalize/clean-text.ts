import { MappedTextBuilder, type MappedText } from '../engine/mapped-text.ts'
import { letterClass, UPPER, MARK as MARK_CLASS } from './letters.ts'

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
 * True when the BMP unit `c` (no surrogate) is, for NFC, a starter that never composes with what
 * precedes it and is its own NFC form (Unicode: NFC_Quick_Check = Yes, canonical combining class
 * 0). A text made of such units only is NFC: no need to ask `normalize`. What composes with a
 * preceding unit is a combining mark or a Hangul vowel or final jamo (tests/normalize-speed.test.ts
 * checks this against every decomposition Unicode has).
 */
function nfcInert(c: number): boolean {
  if (c < 0x300) return true
  if ((c >= 0x1161 && c <= 0x1175) || (c >= 0x11a8 && c <= 0x11c2)) return false
  const unit = String.fromCharCode(c)
  return !(letterClass(c) & MARK_CLASS) && unit.normalize('NFC') === unit
}

/**
 * The input cleaned ({@link cleanText}), and where its upper-case letters are when the cleaning
 * pass noted them (null when it did not: the input was not NFC).
 */
export interface CleanedText extends MappedText {
  /** Ascending indices into `text` of every BMP unit that is `\p{Lu}`, or null. */
  readonly uppers: number[] | null
}

/**
 * One pass over the text: NFC per grapheme cluster (only when the input is not already NFC),
 * CRLF/CR to LF, NBSP and other spaces to one space, runs of spaces collapsed, spaces at line
 * ends dropped, zero-width and soft hyphens removed, every dash to `-`, smart quotes to ASCII,
 * control characters to spaces, lone surrogates to U+FFFD.
 */
export function cleanText(input: string): CleanedText {
  // Most input is NFC already: read it as such first, and ask `normalize` only when a unit that might
  // not be NFC is met ({@link cleanComposed} gives up on a run of more than 30 combining marks, past
  // which NFC of the whole input would be quadratic, and on input that is not NFC).
  const composed = cleanComposed(input)
  if (composed !== null) return composed
  const { text, map } = cleanDecomposed(input)
  return { text, map, uppers: null }
}

/** What {@link cleanComposed} does with a UTF-16 unit; 0 in {@link ACTIONS} is "not looked up yet". */
const enum Action {
  /** Kept as it is: no mark, no upper-case letter, {@link nfcInert}. Passed over at once, as is a single space after a kept unit. */
  Keep = 1,
  /** Kept, and noted: an upper-case letter (`\p{Lu}`) that is {@link nfcInert}. */
  Upper,
  /** Kept, but not {@link nfcInert} (and maybe upper case). */
  KeepOther,
  /** A combining mark (`\p{M}`): kept. */
  Mark,
  /** U+0020: kept when it follows a kept unit other than a space. */
  AsciiSpace,
  Surrogate,
  CarriageReturn,
  Space,
  Newline,
  Delete,
  Dash,
  DoubleQuote,
  SingleQuote,
}

/** Actions by unit. */
const ACTIONS = new Uint8Array(0x10000)
ACTIONS[0x20] = Action.AsciiSpace

/** The {@link Action} for unit `c`, worked out once and kept in {@link ACTIONS}. */
function actionOf(c: number): Action {
  let a: Action
  if (c >= 0xd800 && c <= 0xdfff) a = Action.Surrogate
  else if (c === 0x0d) a = Action.CarriageReturn
  else {
    switch (classify(c)) {
      case Kind.Keep:
        if (c >= 0x300 && letterClass(c) & MARK_CLASS) a = Action.Mark
        else if (!nfcInert(c)) a = Action.KeepOther
        else a = letterClass(c) & UPPER ? Action.Upper : Action.Keep
        break
      case Kind.Space: a = Action.Space; break
      case Kind.Newline: a = Action.Newline; break
      case Kind.Delete: a = Action.Delete; break
      case Kind.Dash: a = Action.Dash; break
      case Kind.DoubleQuote: a = Action.DoubleQuote; break
      case Kind.SingleQuote: a = Action.SingleQuote; break
    }
  }
  ACTIONS[c] = a
  return a
}

/** True when unit `c` is kept and {@link nfcInert}. */
function keptAsNfc(c: number): boolean {
  const action = ACTIONS[c] || actionOf(c)
  return action === Action.Keep || action === Action.Upper
}

/**
 * {@link cleanText} of an input that is NFC; or null when it is not or holds more than
 * {@link MAX_MARKS} combining marks in a row (both asked at the first unit that is not
 * {@link nfcInert}: the pass is given up then). Kept units are copied in runs; each unit is looked
 * up once in a table, and only units that are not plainly kept leave the inner loop.
 */
function cleanComposed(input: string): CleanedText | null {
  const n = input.length
  const out = new MappedTextBuilder()
  const uppers: number[] = []
  let nfc = false // the input was asked and is NFC
  let from = 0 // start of the run of kept units not yet written
  let i = 0
  for (;;) {
    i = keptEnd(input, i, from)
    if (i >= n) break
    const c = input.charCodeAt(i)
    let action = ACTIONS[c]! as Action | 0
    if (action === 0) action = actionOf(c)
    switch (action) {
      case Action.Keep:
        i++
        continue
      case Action.Upper:
        uppers.push(out.length + i - from)
        i++
        continue
      case Action.KeepOther:
        if (!nfc && !(nfc = isNfc(input))) return null
        if (letterClass(c) & UPPER) uppers.push(out.length + i - from)
        i++
        continue
      case Action.AsciiSpace:
        out.pushVerbatim(input, from, i)
        edit(out, Action.Space, i)
        from = ++i
        break
      case Action.Mark:
        if (!nfc && !(nfc = isNfc(input))) return null
        i++
        continue
      case Action.Surrogate: {
        // Pairs stay, lone halves become U+FFFD.
        if (!nfc && !(nfc = isNfc(input))) return null
        const next = i + 1 < n ? input.charCodeAt(i + 1) : 0
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          i += 2
          continue
        }
        out.pushVerbatim(input, from, i)
        out.push('\ufffd', i, i + 1)
        from = ++i
        break
      }
      case Action.CarriageReturn:
        out.pushVerbatim(input, from, i)
        from = i = pushLineEnd(out, input, i)
        break
      default:
        // U+2000 and U+2001 (spaces) are not NFC; every other unit edited here is.
        if ((c === 0x2000 || c === 0x2001) && !nfc && !(nfc = isNfc(input))) return null
        out.pushVerbatim(input, from, i)
        edit(out, action, i)
        from = ++i
    }
  }
  out.pushVerbatim(input, from, n)
  // (Not `{ ...out.build(), uppers }`: in V8 11 a property added after a spread is stored through the runtime.)
  const { text, map } = out.build()
  return { text, map, uppers }
}

/**
 * Where the run of units kept as they are that goes on at `i` ends: units the table keeps, and a
 * single space after a kept unit (`from`: where the run not yet written starts).
 */
function keptEnd(input: string, i: number, from: number): number {
  const n = input.length
  for (; i < n; i++) {
    const action = ACTIONS[input.charCodeAt(i)]!
    if (action === Action.Keep) continue
    if (action === Action.AsciiSpace && i > from && input.charCodeAt(i - 1) !== 0x20) continue
    break
  }
  return i
}

/** True when `input` is its own NFC and holds no run of more than {@link MAX_MARKS} marks (asked first: NFC of a long run is quadratic). */
function isNfc(input: string): boolean {
  return !hasLongMarkRun(input) && input.normalize('NFC') === input
}

/**
 * True when `input` holds more than {@link MAX_MARKS} combining marks (`\p{M}`, astral ones too)
 * in a row. Such a run spans a unit at every {@link MAX_MARKS} + 1 units: only those are read,
 * and a run of marks met there is read whole (once).
 */
function hasLongMarkRun(input: string): boolean {
  const n = input.length
  let done = 0 // units before it are read
  for (let p = MAX_MARKS; p < n; p += MAX_MARKS + 1) {
    if (p < done) continue
    let start = p
    // A low surrogate: its code point starts one unit before.
    if (start > 0 && isLowSurrogate(input.charCodeAt(start)) && isHighSurrogate(input.charCodeAt(start - 1))) start--
    if (markLength(input, start) === 0) continue
    while (start > 0 && markBefore(input, start) > 0) start -= markBefore(input, start)
    let marks = 0
    let i = start
    for (let m = markLength(input, i); m > 0; m = markLength(input, i)) {
      if (++marks > MAX_MARKS) return true
      i += m
    }
    done = i
  }
  return false
}

/** True for the first half of a surrogate pair. */
function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}

/** True for the second half of a surrogate pair. */
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}

/** Units of the combining mark (`\p{M}`) that starts at `i` (2 for an astral one), or 0 when none does. */
function markLength(input: string, i: number): number {
  if (i >= input.length) return 0
  const c = input.charCodeAt(i)
  if (isHighSurrogate(c)) return i + 1 < input.length && isLowSurrogate(input.charCodeAt(i + 1)) && MARK.test(input.slice(i, i + 2)) ? 2 : 0
  return (ACTIONS[c] || actionOf(c)) === Action.Mark ? 1 : 0
}

/** Units of the combining mark that ends just before `i`, or 0 when none does. */
function markBefore(input: string, i: number): number {
  if (i >= 2 && isLowSurrogate(input.charCodeAt(i - 1)) && isHighSurrogate(input.charCodeAt(i - 2))) return markLength(input, i - 2)
  return markLength(input, i - 1)
}

/** CR LF and a lone CR (the CR at `i`) become one newline, spaces before it dropped; returns where the input goes on. */
function pushLineEnd(out: MappedTextBuilder, input: string, i: number): number {
  out.trimTrailing(0x20)
  const next = i + 1 < input.length && input.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1
  out.push('\n', i, next)
  return next
}

/** Writes what the unit at `i` becomes, for the actions that change it (a space, line end, dash, quote or deleted unit). */
function edit(out: MappedTextBuilder, action: Action, i: number): void {
  switch (action) {
    case Action.AsciiSpace:
    case Action.Space: {
      const last = out.lastUnit()
      if (last === 0x20) out.extendLast(i + 1)
      else if (last !== 0x0a && last !== -1) out.push(' ', i, i + 1)
      break
    }
    case Action.Newline:
      out.trimTrailing(0x20)
      out.push('\n', i, i + 1)
      break
    case Action.Dash:
      out.push('-', i, i + 1)
      break
    case Action.DoubleQuote:
      out.push('"', i, i + 1)
      break
    case Action.SingleQuote:
      out.push("'", i, i + 1)
      break
  }
}

/** {@link cleanText} of an input that is not NFC (or holds a long run of marks): clusters are composed one by one. */
function cleanDecomposed(input: string): MappedText {
  const n = input.length
  const out = new MappedTextBuilder()
  let i = 0
  let verbatimFrom = 0
  while (i < n) {
    const c = input.charCodeAt(i)
    const next = i + 1 < n ? input.charCodeAt(i + 1) : 0
    const combiningNext = next >= 0x300 && isCombining(next)
    // A unit kept as it is ({@link cleanComposed}'s table) with no mark after it: passed over.
    if (!combiningNext) {
      const action = ACTIONS[c] || actionOf(c)
      if (action === Action.Keep || action === Action.Upper) {
        i++
        continue
      }
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
      out.pushVerbatim(input, verbatimFrom, i)
      out.push('\ufffd', i, i + 1)
      i++
      verbatimFrom = i
      continue
    }
    // Composition applies to letters (and what combines with them); spaces, dashes and quotes are
    // classified first, since NFC maps some of them (U+2000 → U+2002) to other spaces.
    // (A unit alone that is {@link nfcInert} is its own NFC: not asked.)
    if ((c >= 0xc0 || combiningNext) && classify(c) === Kind.Keep && (combiningNext || !keptAsNfc(c))) {
      // A cluster: this unit plus following combining marks, normalised together.
      let j = i + 1
      while (j < n && j - i <= MAX_MARKS && isCombining(input.charCodeAt(j))) j++
      const cluster = input.slice(i, j)
      const nfc = cluster.normalize('NFC')
      if (nfc !== cluster) {
        out.pushVerbatim(input, verbatimFrom, i)
        out.push(nfc, i, j)
        i = j
        verbatimFrom = i
        continue
      }
    }
    if (c === 0x0d) {
      out.pushVerbatim(input, verbatimFrom, i)
      verbatimFrom = i = pushLineEnd(out, input, i)
      continue
    }
    const kind = classify(c)
    if (kind === Kind.Keep) {
      i++
      continue
    }
    out.pushVerbatim(input, verbatimFrom, i)
    edit(out, KIND_ACTION[kind]!, i)
    i++
    verbatimFrom = i
  }
  out.pushVerbatim(input, verbatimFrom, n)
  return out.build()
}

/** The {@link Action} that edits a unit of each {@link Kind} (Keep is never edited). */
const KIND_ACTION: readonly Action[] = [Action.Keep, Action.Space, Action.Newline, Action.Delete, Action.Dash, Action.DoubleQuote, Action.SingleQuote]
