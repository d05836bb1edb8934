/**
 * A string built piece by piece, remembering for every UTF-16 unit the range of the
 * source string it came from. This is the only place offsets are recorded.
 */
export interface MappedText {
  /** The produced text. */
  readonly text: string
  /** `starts[i]`: source index where unit `i` of `text` begins. */
  readonly starts: Int32Array
  /** `ends[i]`: source index (exclusive) where unit `i` of `text` ends. */
  readonly ends: Int32Array
}

/** Accumulates output units with their source ranges. */
export class MappedTextBuilder {
  private parts: string[] = []
  /** Source starts in [0, cap), source ends in [cap, 2 cap): one allocation for both. */
  private map: Int32Array
  private cap: number
  private size = 0
  /** The last unit written, or -1 when nothing is. */
  private last = -1

  constructor(capacityHint: number) {
    this.cap = Math.max(16, capacityHint)
    this.map = new Int32Array(2 * this.cap)
  }

  /** Units written so far. */
  get length(): number {
    return this.size
  }

  /** Appends `s`; every unit of it maps to source range [start, end). */
  push(s: string, start: number, end: number): void {
    if (s.length === 0) return
    this.reserve(s.length)
    const at = this.size
    for (let k = 0; k < s.length; k++) {
      this.map[at + k] = start
      this.map[this.cap + at + k] = end
    }
    this.size += s.length
    this.parts.push(s)
    this.last = s.charCodeAt(s.length - 1)
  }

  /** Appends `source.slice(from, to)` unchanged: unit i maps to [i, i + 1). */
  pushVerbatim(source: string, from: number, to: number): void {
    if (to <= from) return
    const n = to - from
    this.reserve(n)
    const map = this.map
    const starts = this.size - from
    const ends = this.cap + starts
    for (let k = from; k < to; k++) {
      map[starts + k] = k
      map[ends + k] = k + 1
    }
    this.size += n
    this.parts.push(source.slice(from, to))
    this.last = source.charCodeAt(to - 1)
  }

  /** The last unit written (a UTF-16 code), or -1 when empty. */
  lastUnit(): number {
    return this.last
  }

  /** Extends the source end of the last written unit (used when input is swallowed into it). */
  extendLast(end: number): void {
    if (this.size > 0) this.map[this.cap + this.size - 1] = end
  }

  /** Removes trailing units equal to `unit` (a UTF-16 code; e.g. spaces before a newline). */
  trimTrailing(unit: number): void {
    while (this.last === unit) {
      const p = this.parts[this.parts.length - 1]!
      if (p.length === 1) this.parts.pop()
      else this.parts[this.parts.length - 1] = p.slice(0, -1)
      this.size--
      const q = this.parts[this.parts.length - 1]
      this.last = q === undefined ? -1 : q.charCodeAt(q.length - 1)
    }
  }

  /**
   * The text and its map. The arrays are views of the builder's own when the text fills half of
   * its capacity or more (no copy), else copies (a page's text is much shorter than its HTML).
   */
  build(): MappedText {
    const n = this.size
    const view = 2 * n >= this.cap
    const part = (from: number) => (view ? this.map.subarray(from, from + n) : this.map.slice(from, from + n))
    return {
      text: this.parts.length === 1 ? this.parts[0]! : this.parts.join(''),
      starts: part(0),
      ends: part(this.cap),
    }
  }

  private reserve(n: number): void {
    if (this.size + n <= this.cap) return
    let cap = this.cap * 2
    while (cap < this.size + n) cap *= 2
    const map = new Int32Array(2 * cap)
    map.set(this.map.subarray(0, this.size))
    map.set(this.map.subarray(this.cap, this.cap + this.size), cap)
    this.map = map
    this.cap = cap
  }
}

/** Identity mapping for `text` (every unit maps to itself). */
export function identityMapped(text: string): MappedText {
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
export function composeMapped(inner: MappedText, outer: MappedText): MappedText {
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
