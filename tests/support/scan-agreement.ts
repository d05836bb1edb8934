/**
 * What the tests of a grammar scanned from given positions share (dates from one digit scan,
 * documents with probes skipped, the photo credit where `Ả` stands): the doc a stage reads, the
 * matches and traced rejections of one way of scanning, and the two checks against the plain
 * `scan` (random texts of a kind's pieces, keeping or rejecting each match; every seed and dev
 * article, keeping every match or none).
 */
import fc from 'fast-check'
import { it } from 'vitest'
import type { Doc } from '../../src/engine/doc.ts'
import type { MatchView } from '../../src/engine/scan.ts'
import { collectTrace, type RawTraceEntry } from '../../src/engine/trace.ts'
import { runStages } from '../../src/pipeline/run-stages.ts'
import { STAGES } from '../../src/pipeline/stages.ts'
import { DEV_CORPUS, loadShared, SEEDS } from './fixtures.ts'

/** The doc the stage named `stage` reads for `input`. */
export function docBefore(stage: string, input: string): Doc {
  const k = STAGES.findIndex((s) => s.name === stage)
  return runStages(STAGES.slice(0, k), { input, html: false, regions: undefined, publishedOption: null }).doc!
}

/** The matches one way of scanning visits (as `describe` writes them), with a verdict from `keep`, and the rejections traced. */
export function scanRecord(
  how: (visit: (m: MatchView) => boolean | void) => void, keep: (k: number) => boolean, describe: (m: MatchView) => string,
): { seen: string[]; trace: RawTraceEntry[] } {
  const seen: string[] = []
  const trace: RawTraceEntry[] = []
  collectTrace(trace, () => how((m) => {
    seen.push(describe(m))
    return keep(seen.length - 1) ? undefined : false
  }))
  return { seen, trace }
}

/**
 * Runs `check(doc, keep)` (which compares a scan from given positions with the plain `scan`) on
 * random texts made of `pieces`, keeping or rejecting each match, and on every seed and dev article.
 */
export function itAgreesWithScan(pieces: readonly string[], docOf: (input: string) => Doc, check: (doc: Doc, keep: (k: number) => boolean) => void): void {
  it('random texts, keeping or rejecting each match', () => {
    fc.assert(fc.property(texts(pieces), fc.array(fc.boolean(), { maxLength: 8 }), (t, keeps) => {
      check(docOf(t), (k) => keeps[k % Math.max(1, keeps.length)] ?? true)
    }), { numRuns: 1500 })
  })
  it('every corpus article, keeping every match or none', () => {
    for (const { input } of [...loadShared(SEEDS), ...loadShared(DEV_CORPUS)]) {
      const doc = docOf(input)
      check(doc, () => true)
      check(doc, () => false)
    }
  })
}

/** Random texts of up to 30 of `pieces`. */
export function texts(pieces: readonly string[]): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''))
}
