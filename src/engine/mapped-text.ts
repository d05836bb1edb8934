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
