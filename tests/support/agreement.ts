import fc from 'fast-check'
import { expect } from 'vitest'

/**
 * Holds `actual` to `expected` on `runs` random inputs (each failing input shown with both answers),
 * and checks the inputs were worth it: at least `minHits` of them got an answer other than false or
 * null from `expected` (a generator that never hits would prove nothing).
 */
export function expectAgreement<T, R>(inputs: fc.Arbitrary<T>, expected: (x: T) => R, actual: (x: T) => R, runs: number, minHits: number): void {
  let hits = 0
  fc.assert(fc.property(inputs, (x) => {
    const want = expected(x)
    if (want !== false && want !== null) hits++
    expect([x, actual(x)]).toEqual([x, want])
  }), { numRuns: runs })
  expect(hits).toBeGreaterThan(minHits)
}
