/** A normalised [start, end) range found by a rule, before it becomes a record item. */
export interface Found {
  start: number
  end: number
  rule: string
}

/** Keeps the earliest, then longest, of overlapping candidates (input sorted or not). */
export function removeOverlaps<T extends Found>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: T[] = []
  let lastEnd = -1
  for (const it of sorted) {
    if (it.start >= lastEnd) {
      out.push(it)
      lastEnd = it.end
    } else if (out.length && it.start === out[out.length - 1]!.start && it.end > lastEnd) {
      out[out.length - 1] = it
      lastEnd = it.end
    }
  }
  return out
}
