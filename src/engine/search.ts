/** Binary searches over sorted arrays: the one helper the extractors use instead of hand-written copies. */

/** Index of the first item in [from, to) whose key is >= `x` (items sorted by key); `to` when none. */
export function lowerBound<T>(items: readonly T[], x: number, key: (item: T) => number, from = 0, to = items.length): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (key(items[mid]!) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first item whose key is > `x` (items sorted by key); `items.length` when none. */
export function upperBound<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (key(items[mid]!) <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The identity key, for arrays of numbers. */
export const itself = (n: number) => n
