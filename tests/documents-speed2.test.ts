/**
 * The document grammars' anchors are found in one scan of their union (anchors.ts, speed work,
 * issue 10), not in a whole-text scan of each anchor. Held here to those scans, on random texts
 * and on every corpus article: the same positions for each anchor; and the grammars scanned from
 * them find what the plain `scan` finds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchorPositions, scan, type MatchView } from '../src/engine/scan.ts'
import type { Doc } from '../src/engine/doc.ts'
import { docBefore, itAgreesWithScan, scanRecord, texts } from './support/scan-agreement.ts'
import { BARE_DOCUMENT, BARE_NUMBER, CODE_TURN, CODED_DOCUMENT, documentStartsAt } from '../src/kinds/documents/grammar.ts'
import { documentAnchors } from '../src/kinds/documents/anchors.ts'

/** Pieces of cited text: type words, `số` with and without a space or colon, numbers, codes with spaced separators, digits next to letters, emoji. */
const PIECES = ['Kế hoạch số ', 'kế hoạch ', 'Chương trình hành động Số : ', 'Nghị định ', 'nghị quyết số', 'Số:', 'Số: ', 'số ', 'Đề án ', 'đề án ',
  '29-KH/TU', '30/2020/NĐ-CP', '845/UBND- KT', '55/2014/QH13', '12- NQ/TU', '12 - NQ/TU', '12 -NQ', '1611/BDN', '339/QĐ-TTg', '5/A', '77', '05, 07 và 08', '2020/', '2020/Ư', '/2020/', '-2019/N', ' -2020/', '1 - 2020/K',
  ' ', ', ', '-', '/', ':', 'x', 'ư', 'ố', 'Ð', '😀', '\n', '1', '12']
const docOf = (input: string) => docBefore('documents', input)

const describeMatch = (m: MatchView) => `${m.start}-${m.end}:${m.key}:${m.group('type') ?? ''}`

/** Each anchor's positions as its own scan finds them. */
function ownScans(text: string): { codeTurns: number[]; bareNumbers: number[] } {
  return { codeTurns: anchorPositions(CODE_TURN.get().regex, text), bareNumbers: anchorPositions(BARE_NUMBER.get().regex, text) }
}

function check(doc: Doc, keep: (k: number) => boolean): void {
  const found = documentAnchors(doc.key)
  expect(found).toEqual(ownScans(doc.key))
  for (const [grammar, anchors] of [[CODED_DOCUMENT, found.codeTurns], [BARE_DOCUMENT, found.bareNumbers]] as const) {
    const old = scanRecord((visit) => scan(doc, grammar, visit, { boundary: true }), keep, describeMatch)
    const now = scanRecord((visit) => scan(doc, grammar, visit, { boundary: true, anchors, startsAt: documentStartsAt }), keep, describeMatch)
    expect(now, grammar.name).toEqual(old)
  }
}

describe('document anchors from one scan of their union are those of each anchor\'s own scan', () => {
  itAgreesWithScan(PIECES, docOf, check)

  it('on random raw text (no doc), the same positions', () => {
    fc.assert(fc.property(texts(PIECES), (t) => {
      expect(documentAnchors(t)).toEqual(ownScans(t))
    }), { numRuns: 3000 })
  })
})
