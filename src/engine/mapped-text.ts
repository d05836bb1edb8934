/**
 * A string built piece by piece, remembering for every UTF-16 unit the range of the
 * source string it came from. This is the only place offsets are recorded.
 *
 * The map is kept as runs, not per unit: most of a normalised text is the input copied as it
 * was (a run of units each mapping to the next input unit), and what normalisation changes
 * (a collapsed run of spaces, a composed cluster, an entity, a quote) is a short run whose units
 * all map to one input range. An article's map is a few hundred runs instead of two 32-bit
 * numbers per unit.
 */
export interface MappedText {
  /** The produced text. */
  readonly text: string
  /** Where each unit of `text` came from. */
  readonly map: OffsetMap
}

/** Marks a run of units copied one for one (unit `i` from source unit `src + (i − at)`). */
export const COPIED = -1

/**
 * For every unit of a produced text, the `[start, end)` range of the source it came from. Run `k`
 * covers units `[at[k], at[k + 1])`; its units are copied one for one from source unit `src[k]`
 * on when `end[k]` is −1, else each maps to the whole source range `[src[k], end[k])`.
 */
export class OffsetMap {
  /** Units covered (the produced text's length). */
  readonly length: number
  private readonly at: Int32Array
  private readonly src: Int32Array
  private readonly end: Int32Array

  /** @internal Use {@link MappedTextBuilder} or the functions below. */
  constructor(length: number, at: Int32Array, src: Int32Array, end: Int32Array) {
    this.length = length
    this.at = at
    this.src = src
    this.end = end
  }

  /** Runs in the map (for measuring). */
  get runs(): number {
    return this.at.length
  }

  /** Source index where unit `i` (0 ≤ i < length) begins. */
  start(i: number): number {
    const k = this.runOf(i)
    return this.end[k] === COPIED ? this.src[k]! + (i - this.at[k]!) : this.src[k]!
  }

  /** Source index (exclusive) where unit `i` (0 ≤ i < length) ends. */
  endOf(i: number): number {
    const k = this.runOf(i)
    const e = this.end[k]!
    return e === COPIED ? this.src[k]! + (i - this.at[k]!) + 1 : e
  }

  /** The whole map as two arrays, one entry per unit (`starts[i]`, `ends[i]`). */
  toArrays(): { starts: Int32Array; ends: Int32Array } {
    const starts = new Int32Array(this.length)
    const ends = new Int32Array(this.length)
    for (let k = 0; k < this.at.length; k++) {
      const from = this.at[k]!
      const to = k + 1 < this.at.length ? this.at[k + 1]! : this.length
      const s = this.src[k]!
      const e = this.end[k]!
      for (let i = from; i < to; i++) {
        starts[i] = e === COPIED ? s + (i - from) : s
        ends[i] = e === COPIED ? s + (i - from) + 1 : e
      }
    }
    return { starts, ends }
  }

  /**
   * Calls `visit` for each run in order with its unit count, source start, and source end
   * (−1 for a run copied one for one from the source start on).
   */
  forEachRun(visit: (count: number, src: number, end: number) => void): void {
    for (let k = 0; k < this.at.length; k++) {
      const to = k + 1 < this.at.length ? this.at[k + 1]! : this.length
      visit(to - this.at[k]!, this.src[k]!, this.end[k]!)
    }
  }

  /** Writes units `[from, to)` of this map to `out`, run by run. */
  copyTo(out: RunWriter, from: number, to: number): void {
    if (to <= from) return
    let k = this.runOf(from)
    let i = from
    while (i < to) {
      const runEnd = k + 1 < this.at.length ? this.at[k + 1]! : this.length
      const upto = runEnd < to ? runEnd : to
      const e = this.end[k]!
      if (e === COPIED) out.copied(upto - i, this.src[k]! + (i - this.at[k]!))
      else out.constant(upto - i, this.src[k]!, e)
      i = upto
      k++
    }
  }

  /** The run holding unit `i`: the last run starting at or before it. */
  private runOf(i: number): number {
    const at = this.at
    let lo = 0
    let hi = at.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (at[mid]! <= i) lo = mid
      else hi = mid - 1
    }
    return lo
  }
}

/** Appends runs to a map being built (units are counted; runs that continue each other are joined). */
export class RunWriter {
  private at: Int32Array
  private src: Int32Array
  private end: Int32Array
  private count = 0
  /** Units written so far. */
  size = 0

  constructor(capacity = 16) {
    this.at = new Int32Array(capacity)
    this.src = new Int32Array(capacity)
    this.end = new Int32Array(capacity)
  }

  /** `n` units copied one for one from source unit `from` on. */
  copied(n: number, from: number): void {
    if (n <= 0) return
    const k = this.count - 1
    // Joins the previous run when it copies the source units just before.
    if (k >= 0 && this.end[k] === COPIED && this.src[k]! + (this.size - this.at[k]!) === from) {
      this.size += n
      return
    }
    this.add(n, from, COPIED)
  }

  /** `n` units that each map to the source range `[start, end)`. */
  constant(n: number, start: number, end: number): void {
    if (n <= 0) return
    const k = this.count - 1
    if (k >= 0 && this.end[k] === end && this.src[k] === start && end !== COPIED) {
      this.size += n
      return
    }
    this.add(n, start, end)
  }

  /** Sets the source end of the last unit written. */
  extendLast(end: number): void {
    if (this.size === 0) return
    const k = this.count - 1
    const start = this.end[k] === COPIED ? this.src[k]! + (this.size - 1 - this.at[k]!) : this.src[k]!
    if (this.size - this.at[k]! === 1) {
      this.src[k] = start
      this.end[k] = end
      return
    }
    // A longer run keeps all but its last unit, which becomes a run of its own.
    this.size--
    this.add(1, start, end)
  }

  /** Drops the last `n` units. */
  truncate(n: number): void {
    this.size = Math.max(0, this.size - n)
    while (this.count > 0 && this.at[this.count - 1]! >= this.size) this.count--
  }

  /** The map of the units written. */
  build(): OffsetMap {
    const n = this.count
    return new OffsetMap(this.size, this.at.slice(0, n), this.src.slice(0, n), this.end.slice(0, n))
  }

  private add(n: number, src: number, end: number): void {
    if (this.count === this.at.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2)
        b.set(a)
        return b
      }
      this.at = grow(this.at)
      this.src = grow(this.src)
      this.end = grow(this.end)
    }
    this.at[this.count] = this.size
    this.src[this.count] = src
    this.end[this.count] = end
    this.count++
    this.size += n
  }
}

/** Accumulates output units with their source ranges. */
export class MappedTextBuilder {
  private parts: string[] = []
  private runs = new RunWriter()
  /** The last unit written, or -1 when nothing is. */
  private last = -1

  /** Units written so far. */
  get length(): number {
    return this.runs.size
  }

  /** Appends `s`; every unit of it maps to source range [start, end). */
  push(s: string, start: number, end: number): void {
    if (s.length === 0) return
    this.runs.constant(s.length, start, end)
    this.parts.push(s)
    this.last = s.charCodeAt(s.length - 1)
  }

  /** Appends `source.slice(from, to)` unchanged: unit i maps to [i, i + 1). */
  pushVerbatim(source: string, from: number, to: number): void {
    if (to <= from) return
    this.runs.copied(to - from, from)
    this.parts.push(source.slice(from, to))
    this.last = source.charCodeAt(to - 1)
  }

  /** The last unit written (a UTF-16 code), or -1 when empty. */
  lastUnit(): number {
    return this.last
  }

  /** Extends the source end of the last written unit (used when input is swallowed into it). */
  extendLast(end: number): void {
    this.runs.extendLast(end)
  }

  /** Removes trailing units equal to `unit` (a UTF-16 code; e.g. spaces before a newline). */
  trimTrailing(unit: number): void {
    while (this.last === unit) {
      const p = this.parts[this.parts.length - 1]!
      if (p.length === 1) this.parts.pop()
      else this.parts[this.parts.length - 1] = p.slice(0, -1)
      this.runs.truncate(1)
      const q = this.parts[this.parts.length - 1]
      this.last = q === undefined ? -1 : q.charCodeAt(q.length - 1)
    }
  }

  /** The text and its map. */
  build(): MappedText {
    return { text: this.parts.length === 1 ? this.parts[0]! : this.parts.join(''), map: this.runs.build() }
  }
}

/** Identity mapping for `text` (every unit maps to itself). */
export function identityMapped(text: string): MappedText {
  const runs = new RunWriter(1)
  runs.copied(text.length, 0)
  return { text, map: runs.build() }
}

/** Composes `outer` (whose source is `inner.text`) with `inner`, giving ranges in inner's source. */
export function composeMapped(inner: MappedText, outer: MappedText): MappedText {
  const innerMap = inner.map
  const n = innerMap.length
  const lastEnd = n > 0 ? innerMap.endOf(n - 1) : 0
  const runs = new RunWriter()
  // A copied outer run copies inner's runs over its source units; a constant one maps each of its
  // units to [inner start of s, inner end of e − 1), or to an empty range at the start when e ≤ s.
  outer.map.forEachRun((count, s, e) => {
    if (e === COPIED) {
      const inside = Math.max(0, Math.min(count, n - s))
      innerMap.copyTo(runs, s, s + inside)
      runs.constant(count - inside, lastEnd, lastEnd) // (never: outer reads inner's text)
      return
    }
    const start = s < n ? innerMap.start(s) : lastEnd
    runs.constant(count, start, e <= s ? start : innerMap.endOf(Math.min(e, n) - 1))
  })
  return { text: outer.text, map: runs.build() }
}
