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
import type { Doc } from '../src/engine/doc.ts'
import { docBefore, itAgreesWithScan, scanRecord, texts } from './support/scan-agreement.ts'
import { findPhotoCredits } from '../src/kinds/metadata/metadata.ts'
import { PHOTO_CREDIT, PHOTO_CREDIT_FIRST } from '../src/kinds/metadata/grammar.ts'

const PIECES = ['Ảnh: ', 'Ảnh : ', '(Ảnh: ', 'ẢNH: ', 'Ảnh minh họa: ', 'Ảnh', 'Ả', 'ảnh: ', 'Văn Nỷ', 'B.An', 'LÊ PHI', 'TTXVN', 'T. Trang', ')', ' ', ':', '.', '\n', 'x', 'Đề cao', '😀', '\u0301',
  'Ảnh: Văn Nỷ\n', 'Ảnh: Văn Nỷ\n']
const docOf = (input: string) => docBefore('article-furniture', input)

/** Every position of the credit's first unit. */
function starts(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) if (text.startsWith(PHOTO_CREDIT_FIRST, i)) out.push(i)
  return out
}

const describeMatch = (m: MatchView) => `${m.start}-${m.end}:${m.key}:${m.range('name')?.start ?? ''}`

function check(doc: Doc, keep: (k: number) => boolean): void {
  const old = scanRecord((visit) => scan(doc, PHOTO_CREDIT, visit, { boundary: true }), keep, describeMatch)
  expect(scanRecord((visit) => scan(doc, PHOTO_CREDIT, visit, { boundary: true, anchors: starts(doc.key) }), keep, describeMatch)).toEqual(old)
  // The credits read are those of the whole-text scan.
  const ref: string[] = []
  scan(doc, PHOTO_CREDIT, (m) => void ref.push(m.display('name')!), { boundary: true })
  expect(findPhotoCredits(doc).ranges.length).toBe(ref.length)
}

describe('the photo credit tried where Ả stands finds what scan finds', () => {
  itAgreesWithScan(PIECES, docOf, check)

  it('every match starts with the first unit', () => {
    fc.assert(fc.property(texts(PIECES), (t) => {
      const re = PHOTO_CREDIT.get().regex
      for (let m = execAt(re, t, 0); m !== null; m = execAt(re, t, m.index + 1)) expect(t.startsWith(PHOTO_CREDIT_FIRST, m.index)).toBe(true)
    }), { numRuns: 1500 })
  })
})
