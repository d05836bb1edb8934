import { resumeAfter } from '../../src/engine/step.ts'

/**
 * Matches in scan order, as `index:text`, with the scan's resumption: after the k-th match the scan
 * goes on at its end when `keep(k)`, else one code point after its start (a rejected match), as
 * `scanMatches` does. `next(from)` gives the leftmost match at or after `from`.
 */
export function matchesInScanOrder(text: string, next: (from: number) => RegExpExecArray | null, keep: (k: number) => boolean): string[] {
  const out: string[] = []
  let at = 0
  let m: RegExpExecArray | null
  while ((m = next(at)) !== null) {
    out.push(`${m.index}:${m[0]}`)
    const end = m.index + m[0].length
    at = resumeAfter(text, m.index, keep(out.length - 1) && end > m.index ? end : m.index)
  }
  return out
}
