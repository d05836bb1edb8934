/**
 * Lays highlights out as one DOM tree over the article text, by a sorted boundary sweep.
 *
 * Nested spans nest. Two spans that cross (each has text outside the other) cannot both be one
 * element of one tree: the one that ranks lower (a mention or part below an item's own span, then
 * by WHOLE_PRIORITY) is drawn in fragments, cut where other spans begin or end; every fragment names
 * the highlight it belongs to, and the renderer also draws that highlight whole beside the text.
 * Sorting is O(n log n); the sweep keeps a stack of open spans, so each span is compared only with
 * the spans open where it starts (the nesting depth, a handful).
 */
import { upperBound, itself } from '../engine/search.ts'
import type { Highlight } from './highlights.ts'
import { WHOLE_PRIORITY } from './kinds.ts'

/** A highlight placed in the tree: whole, or one fragment of a crossing highlight. */
export interface Placed {
  h: Highlight
  start: number
  end: number
  /** For a fragment: its number (0-based) and how many there are; a whole highlight is 0 of 1. */
  piece: number
  pieces: number
}

export type Token =
  | { t: 'open'; p: Placed }
  | { t: 'close' }
  | { t: 'text'; start: number; end: number }

export interface Layout {
  /** Open, text and close tokens from offset 0 to `length`, properly nested. */
  tokens: Token[]
  /** Highlights drawn in fragments (they cross a higher-ranked one), in text order. */
  crossing: Highlight[]
}

const KIND_RANK = new Map(WHOLE_PRIORITY.map((k, i) => [k, i]))
const partRank = (h: Highlight) => (h.part === 'main' ? 0 : h.part === 'mention' ? 1 : 2)

/** Lays out `highlights` over a text of `length` UTF-16 units (spans are clamped to it). */
export function layoutHighlights(highlights: readonly Highlight[], length: number): Layout {
  const hs = highlights
    .map((h, order) => ({ h, start: Math.min(h.start, length), end: Math.min(Math.max(h.end, h.start), length), order, rank: partRank(h) * 100 + (KIND_RANK.get(h.kind) ?? 99) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank || a.order - b.order)
  type S = (typeof hs)[number]
  const wins = (a: S, b: S) => a.rank < b.rank || (a.rank === b.rank && a.order < b.order)

  // Pass 1: which highlights stay whole. The stack holds open whole spans, each inside the one below.
  const whole = new Set<S>()
  const stack: S[] = []
  for (const s of hs) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= s.start) stack.pop()
    let k = stack.length
    while (k > 0 && stack[k - 1]!.end < s.end) k-- // stack[k..] cross s
    if (k === stack.length) {
      stack.push(s)
      whole.add(s)
    } else if (stack.slice(k).every((c) => wins(s, c))) {
      for (const c of stack.splice(k)) whole.delete(c)
      stack.push(s)
      whole.add(s)
    }
  }

  // Pass 2: crossing highlights are cut at every boundary inside them, so each fragment nests.
  const bounds = [...new Set(hs.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b)
  const placed: Array<Placed & { rank: number; order: number }> = []
  const crossing: Highlight[] = []
  for (const s of hs) {
    if (whole.has(s)) {
      placed.push({ h: s.h, start: s.start, end: s.end, piece: 0, pieces: 1, rank: s.rank, order: s.order })
      continue
    }
    crossing.push(s.h)
    const cuts = [s.start]
    for (let i = upperBound(bounds, s.start, itself); i < bounds.length && bounds[i]! < s.end; i++) cuts.push(bounds[i]!)
    cuts.push(s.end)
    for (let i = 0; i + 1 < cuts.length; i++) {
      placed.push({ h: s.h, start: cuts[i]!, end: cuts[i + 1]!, piece: i, pieces: cuts.length - 1, rank: s.rank + 10_000, order: s.order })
    }
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank || a.order - b.order || a.piece - b.piece)

  // Pass 3: tokens. Every span closes before one that starts at or after its end opens.
  const tokens: Token[] = []
  const open: Placed[] = []
  let pos = 0
  const text = (to: number) => {
    if (to > pos) tokens.push({ t: 'text', start: pos, end: to })
    pos = Math.max(pos, to)
  }
  const closeUntil = (at: number) => {
    while (open.length > 0 && open[open.length - 1]!.end <= at) {
      text(open.pop()!.end)
      tokens.push({ t: 'close' })
    }
  }
  for (const p of placed) {
    closeUntil(p.start)
    text(p.start)
    const { rank: _rank, order: _order, ...rest } = p
    tokens.push({ t: 'open', p: rest })
    open.push(rest)
  }
  closeUntil(Number.POSITIVE_INFINITY)
  text(length)
  return { tokens, crossing }
}
