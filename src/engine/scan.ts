import type { Grammar, LazyGrammar } from '../grammars/build.ts'
import { inDuplicate, inputSpan, type Doc } from './doc.ts'
import { execAt, resumeAfter } from './step.ts'
import { LETTER, letterClass, NUMBER } from '../normalize/letters.ts'
import { takeReason, traceReject, tracing } from './trace.ts'

/** One grammar match, with group access in normalised and original coordinates. */
export interface MatchView {
  /** Normalised start and end of the whole match. */
  readonly start: number
  readonly end: number
  /** Matched text (canonical form, as the grammar saw it). */
  readonly key: string
  /** A named group's canonical text, or undefined when it did not take part. */
  group(name: string): string | undefined
  /** A named group's display text (NFC, tone marks as written). */
  display(name: string): string | undefined
  /** A named group's normalised [start, end), or undefined. */
  range(name: string): { start: number; end: number } | undefined
  /** A named group's normalised end, or -1 when it did not take part (no object made). */
  groupEnd(name: string): number
}

const WORD = /[\p{L}\p{M}\p{N}]/u

/** True when the unit before `pos` is a letter, mark or digit (no word boundary at `pos`). */
export function wordCharBefore(text: string, pos: number): boolean {
  if (pos <= 0) return false
  const c = text.charCodeAt(pos - 1)
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  if (c >= 0xdc00 && c <= 0xdfff && pos >= 2) return WORD.test(text.slice(pos - 2, pos))
  // A lone high surrogate is no word character; any other unit is read where it stands.
  if (c >= 0xd800 && c <= 0xdbff) return false
  return (letterClass(c) & (LETTER | NUMBER)) !== 0 // [\p{L}\p{M}\p{N}], from the shared letters table
}

export interface ScanOptions {
  /** Require a Unicode word boundary before the match (checked in code, not by lookbehind). */
  boundary?: boolean
  /** Also report matches inside duplicated paragraphs. */
  includeDuplicates?: boolean
  /**
   * Positions given by the caller, ascending. For an anchored grammar: every position where its
   * anchor matches (one scan shared by several grammars, see {@link anchorPositions}), instead of a
   * scan of the anchor's own. For a grammar without an anchor: every position where one of its
   * matches can start (a rare first unit found by `indexOf`, say); it is tried there only.
   */
  anchors?: readonly number[]
  /**
   * With anchors (declared or given): false for a unit no match can start with; the grammar is not
   * tried there (most units before an anchor are letters no match starts with).
   */
  startsAt?: (unit: number) => boolean
}

/**
 * Runs `lazy` over the doc's canonical text, calling `visit` for each match. When `visit`
 * returns false the match is rejected and scanning restarts one unit later; true or nothing keeps
 * it and scanning restarts at its end; a number restarts the scan there, and rejects the match
 * only when given with a reason (`because(reason, at)`: past a run that cannot hold a match) —
 * a bare number keeps it (a body read on past the match, into its place); `'stop'` ends the scan.
 * While a trace is collected, each rejection is recorded with the grammar's name and the reason
 * the visitor gave with `because(…)`.
 */
export function scan(doc: Doc, lazy: LazyGrammar, visit: (m: MatchView) => Verdict, options: ScanOptions = {}): void {
  const g: Grammar = lazy.get()
  scanMatches(doc, lazy, (m, start, end) => visit(view(doc, g, m, start, end)), options)
}

/**
 * What a visitor returns: true or nothing keeps the match; false rejects it; a number resumes the
 * scan there, rejecting the match when it comes from `because(reason, at)` and keeping it when
 * bare; `'stop'` ends the scan.
 */
export type Verdict = boolean | void | 'stop' | number

/**
 * {@link scan}, handing the visitor the regex's own match array (groups by number) and the
 * match's start and end instead of a {@link MatchView}: for rules that read only the groups' texts
 * and drop most matches at once, where a view per match would be garbage.
 */
export function scanMatches(
  doc: Doc, lazy: LazyGrammar, visit: (m: RegExpExecArray, start: number, end: number) => Verdict, options: ScanOptions = {},
): void {
  const g: Grammar = lazy.get()
  const text = doc.key
  // (The options are read once: callers pass objects of many shapes, and a read per match of a
  // property of an object of many shapes is one of V8's slow, megamorphic loads.)
  const { anchors, startsAt } = options
  const boundary = options.boundary === true
  const includeDuplicates = options.includeDuplicates === true
  const anchored = g.anchored ?? (anchors ? { lead: 0, probe: g.probe } : undefined)
  // (An anchored grammar's whole-text regex is not asked for: V8 parses a pattern when it is made.)
  const next = anchored ? anchoredMatcher(text, anchored, anchors, startsAt) : wholeTextMatcher(g.regex, text)
  let at = 0
  let m: RegExpExecArray | null
  while ((m = next(at)) !== null) {
    const start = m.index
    const end = start + m[0].length
    if (end === start) {
      at = resumeAfter(text, start, start)
      continue
    }
    const noBoundary = boundary && wordCharBefore(text, start)
    const eligible = !noBoundary && (includeDuplicates || !inDuplicate(doc, start))
    const verdict = eligible ? visit(m, start, end) : false
    if (tracing()) {
      // The reason is taken after every visit, so that one given on a way that then kept the match is never read for another.
      const reason = takeReason()
      if (verdict === false || (typeof verdict === 'number' && reason !== null)) {
        traceReject(g.name, start, end, reason ?? (noBoundary ? 'starts inside a word' : !eligible ? 'in a repeated paragraph or sentence' : 'rejected by the rule\'s checks'))
      }
    }
    if (verdict === 'stop') return
    // A rejected match restarts one code point later (never inside a surrogate pair: a /u regex would step back).
    at = resumeAfter(text, start, typeof verdict === 'number' ? verdict : verdict === false ? start : end)
  }
}

/** The next match of `re` at or after a position. */
function wholeTextMatcher(re: RegExp, text: string): (from: number) => RegExpExecArray | null {
  return (from) => execAt(re, text, from)
}

/**
 * The leftmost match of an anchored grammar at or after a position, as its whole-text scan would
 * find it: only the positions from `lead` units before each anchor match up to its start are
 * tried, in order. Anchor matches are found once, moving forward (or taken from `anchors`, every
 * position where the anchor matches), so each call's `from` must lie past the previous match's
 * start (as a scan resumes): then each position is tried once. `startsAt`, when given, passes over
 * the units no match can start with without trying the grammar there.
 */
export function anchoredMatcher(
  text: string, anchored: { readonly anchor?: RegExp; readonly lead: number; readonly probe: RegExp }, anchors?: readonly number[],
  startsAt?: (unit: number) => boolean,
): (from: number) => RegExpExecArray | null {
  const { anchor, lead, probe } = anchored
  let anchorAt = -1 // start of the last anchor match found
  let anchorEnd = 0 // where the anchor scan goes on
  let k = 0 // the next of `anchors` to take
  return (from) => {
    for (;;) {
      // The next anchor that a match starting at or after `from` can hold. The anchor scan goes on
      // from `from` when a kept match has moved it past the anchors found so far: anchors starting
      // before `from` would be passed over one by one.
      while (anchorAt < from) {
        if (anchors) {
          if (k >= anchors.length) return null
          anchorAt = anchors[k++]!
          continue
        }
        const a = anchor ? execAt(anchor, text, anchorEnd < from ? from : anchorEnd) : null
        if (a === null) return null
        anchorAt = a.index
        anchorEnd = resumeAfter(text, a.index, a.index)
      }
      let p = Math.max(from, anchorAt - lead)
      // Never start inside a surrogate pair (a /u regex there would step back to the pair's start).
      const c = text.charCodeAt(p)
      if (p > 0 && c >= 0xdc00 && c <= 0xdfff) {
        const h = text.charCodeAt(p - 1)
        if (h >= 0xd800 && h <= 0xdbff) p++
      }
      for (; p <= anchorAt; p = resumeAfter(text, p, p)) {
        if (startsAt !== undefined && !startsAt(text.charCodeAt(p))) continue
        const m = execAt(probe, text, p)
        if (m !== null) return m
      }
      from = anchorAt + 1
    }
  }
}

/**
 * Every position where the global `anchor` matches in `text`, ascending (each scan resumed one code
 * point after the last match's start, as an anchored scan resumes it): what {@link ScanOptions.anchors}
 * takes, found once and shared by the grammars with that anchor.
 */
export function anchorPositions(anchor: RegExp, text: string): number[] {
  const out: number[] = []
  let at = 0
  let m: RegExpExecArray | null
  while ((m = execAt(anchor, text, at)) !== null) {
    out.push(m.index)
    at = resumeAfter(text, m.index, m.index)
  }
  return out
}

/** The match view: one object per match, methods on the prototype (no closures on the hot path). */
class View implements MatchView {
  readonly key: string
  private indices: RegExpIndicesArray | undefined
  constructor(
    private readonly doc: Doc,
    private readonly g: Grammar,
    private readonly m: RegExpExecArray,
    readonly start: number,
    readonly end: number,
  ) {
    this.key = m[0]
    this.indices = m.indices
  }
  group(name: string): string | undefined {
    const n = this.g.groups[name]
    return n === undefined ? undefined : this.m[n]
  }
  display(name: string): string | undefined {
    const r = this.range(name)
    return r ? this.doc.text.slice(r.start, r.end) : undefined
  }
  range(name: string): { start: number; end: number } | undefined {
    const r = this.pair(name)
    return r ? { start: r[0], end: r[1] } : undefined
  }
  groupEnd(name: string): number {
    return this.pair(name)?.[1] ?? -1
  }
  private pair(name: string): [number, number] | undefined {
    const n = this.g.groups[name]
    if (n === undefined || this.m[n] === undefined) return undefined
    // Scanning mostly runs without the `d` flag (see Grammar.regex). The same pattern at the same
    // position matches the same way: the sticky twin's indices are this match's.
    this.indices ??= execAt(this.g.sticky, this.doc.key, this.start)?.indices
    return this.indices?.[n]
  }
}

function view(doc: Doc, g: Grammar, m: RegExpExecArray, start: number, end: number): MatchView {
  return new View(doc, g, m, start, end)
}

/** Matches `lazy` exactly at normalised position `pos` of the canonical text, or returns null. */
export function matchAt(doc: Doc, lazy: LazyGrammar, pos: number): MatchView | null {
  const g = lazy.get()
  const m = execAt(g.sticky, doc.key, pos)
  return m ? view(doc, g, m, pos, pos + m[0].length) : null
}

/** True when `lazy` matches the whole of `s` (a plain string, not the doc). */
export function testWhole(lazy: LazyGrammar, s: string): boolean {
  const m = execAt(lazy.get().sticky, s, 0)
  return m !== null && m[0].length === s.length
}

export { inputSpan }
