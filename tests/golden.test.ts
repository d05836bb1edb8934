import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { compareCore, formatDiffs } from './support/compare.ts'
import { loadFixtures } from './support/fixtures.ts'
import { expectRecordInvariants } from './support/invariants.ts'

const fixtures = loadFixtures()

describe('fixtures: extracted record equals the hand-written gold (core fields)', () => {
  it('has at least 10 fixtures with gold', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10)
  })
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const record = extract(f.input, { published: f.gold.publishedOption ?? undefined, source: f.path })
    expectRecordInvariants(f.input, record)
    const diffs = compareCore(record, f.gold)
    expect(diffs.length === 0 ? '' : formatDiffs(f.name, diffs)).toBe('')
  })
})
