/**
 * The photo credit is tried only where its first unit `Ả` stands (`scan` given the indexOf positions,
 * speed work, issue 10) instead of a whole-text scan. Held here to `scan` on random texts made of credits,
 * captions and what stands around them, and on every corpus article: the same matches, verdicts and
 * traced rejections; and every credit the grammar reads starts with that unit.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scan, type MatchView } from '../src/engine/scan.ts'
import { execAt } from '../src/engine/step.ts'
import { collectTrace, type RawTraceEntry } from '../src/engine/trace.ts'
import type { Doc } from '../src/engine/doc.ts'
import { findPhotoCredits } from '../src/kinds/metadata/metadata.ts'
import { PHOTO_CREDIT, PHOTO_CREDIT_FIRST } from '../src/kinds/metadata/grammar.ts'
import { STAGES } from '../src/pipeline/stages.ts'
import { runStages } from '../src/pipeline/run-stages.ts'
import { DEV_CORPUS, loadShared, SEEDS } from './support/fixtures.ts'

const PIECES = ['Ảnh: ', 'Ảnh : ', '(Ảnh: ', 'ẢNH: ', 'Ảnh minh họa: ', 'Ảnh', 'Ả', 'ảnh: ', 'Văn Nỷ', 'B.An', 'LÊ PHI', 'TTXVN', 'T. Trang', ')', ' ', ':', '.', '\n', 'x', 'Đề cao', '😀', '\u0301',
  'Ảnh: Văn Nỷ\n', 'Ảnh: Văn Nỷ\n']
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''))

function docOf(input: string): Doc {
  const k = STAGES.findIndex((s) => s.name === 'article-furniture')
  return runStages(STAGES.slice(0, k), { input, html: false, regions: undefined, publishedOption: null }).doc!
}

/** Every position of the credit's first unit. */
function starts(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) if (text.startsWith(PHOTO_CREDIT_FIRST, i)) out.push(i)
  return out
}

function run(how: (visit: (m: MatchView) => boolean | void) => void, keep: (k: number) => boolean): { seen: string[]; trace: RawTraceEntry[] } {
  const seen: string[] = []
  const trace: RawTraceEntry[] = []
  collectTrace(trace, () => how((m) => {
    seen.push(`${m.start}-${m.end}:${m.key}:${m.range('name')?.start ?? ''}`)
    return keep(seen.length - 1) ? undefined : false
  }))
  return { seen, trace }
}

function check(doc: Doc, keep: (k: number) => boolean): void {
  const old = run((visit) => scan(doc, PHOTO_CREDIT, visit, { boundary: true }), keep)
  expect(run((visit) => scan(doc, PHOTO_CREDIT, visit, { boundary: true, anchors: starts(doc.key) }), keep)).toEqual(old)
}

describe('the photo credit tried where Ả stands finds what scan finds', () => {
  it('random credited texts, keeping or rejecting each match', () => {
    fc.assert(fc.property(texts, fc.array(fc.boolean(), { maxLength: 8 }), (t, keeps) => {
      const doc = docOf(t)
      check(doc, (k) => keeps[k % Math.max(1, keeps.length)] ?? true)
      // The credits read are those of the whole-text scan.
      const ref: string[] = []
      scan(doc, PHOTO_CREDIT, (m) => void ref.push(m.display('name')!), { boundary: true })
      expect(findPhotoCredits(doc).ranges.length).toBe(ref.length)
    }), { numRuns: 1500 })
  })

  it('every corpus article, keeping every match or none', () => {
    for (const { input } of [...loadShared(SEEDS), ...loadShared(DEV_CORPUS)]) {
      const doc = docOf(input)
      check(doc, () => true)
      check(doc, () => false)
    }
  })

  it('every match starts with the first unit', () => {
    fc.assert(fc.property(texts, (t) => {
      const re = PHOTO_CREDIT.get().regex
      for (let m = execAt(re, t, 0); m !== null; m = execAt(re, t, m.index + 1)) expect(t.startsWith(PHOTO_CREDIT_FIRST, m.index)).toBe(true)
    }), { numRuns: 1500 })
  })
})
