/**
 * The document grammars are probed from their anchors with the probes skipped where no reference
 * starts (`scan` given documentStartsAt, speed work, issue 10). Held here to the plain `scan`, on random
 * texts and on every corpus article: the same matches, verdicts and traced rejections; and no match
 * starts at a unit a probe is skipped at.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anchorPositions, scan, type MatchView } from '../src/engine/scan.ts'
import { execAt } from '../src/engine/step.ts'
import type { Doc } from '../src/engine/doc.ts'
import { docBefore, itAgreesWithScan, scanRecord, texts } from './support/scan-agreement.ts'
import { BARE_DOCUMENT, BARE_NUMBER, CODE_TURN, CODED_DOCUMENT, documentStartsAt } from '../src/kinds/documents/grammar.ts'

/** Pieces of cited text: type words in both cases, `số`, numbers, codes, lists, joiners, letters, emoji, repeats. */
const PIECES = ['Kế hoạch số ', 'kế hoạch ', 'Chương trình hành động Số : ', 'Nghị định ', 'nghị quyết số ', 'Nghị quyết liên tịch ', 'Số: ', 'số ', 'Thông báo kết luận ', 'Đề án ', 'đề án ',
  '29-KH/TU', '30/2020/NĐ-CP', '845/UBND- KT', '55/2014/QH13', '12- NQ/TU', '1611/BDN', '339/QĐ-TTg', '5/A', '77', '05, 07 và 08', '18 và 19', '12345 - KH/TU', '2020',
  ' ', ', ', '-', '/', '.', 'x', 'ư', '😀', '\n', 'Theo Quyết định 12/QĐ-UBND.\n', 'Theo Quyết định 12/QĐ-UBND.\n']
const docOf = (input: string) => docBefore('documents', input)

const GRAMMARS = [{ grammar: CODED_DOCUMENT, anchor: CODE_TURN }, { grammar: BARE_DOCUMENT, anchor: BARE_NUMBER }]

const describeMatch = (m: MatchView) => `${m.start}-${m.end}:${m.key}:${m.group('type') ?? ''}:${m.range('type')?.start ?? ''}`

function check(doc: Doc, keep: (k: number) => boolean): void {
  for (const { grammar, anchor } of GRAMMARS) {
    const old = scanRecord((visit) => scan(doc, grammar, visit, { boundary: true }), keep, describeMatch)
    const now = scanRecord((visit) => scan(doc, grammar, visit, { boundary: true, startsAt: documentStartsAt }), keep, describeMatch)
    expect(now, grammar.name).toEqual(old)
    const given = scanRecord((visit) => scan(doc, grammar, visit, { boundary: true, anchors: anchorPositions(anchor.get().regex, doc.key), startsAt: documentStartsAt }), keep, describeMatch)
    expect(given, `${grammar.name}, anchors given`).toEqual(old)
  }
}

describe('document grammars probed from their anchors find what scan finds', () => {
  itAgreesWithScan(PIECES, docOf, check)

  it('no match starts at a unit a probe is skipped at', () => {
    fc.assert(fc.property(texts(PIECES), (t) => {
      for (const { grammar } of GRAMMARS) {
        const probe = grammar.get().anchored!.probe
        for (let p = 0; p < t.length; p++) if (execAt(probe, t, p) !== null) expect(documentStartsAt(t.charCodeAt(p)), `${grammar.name} at ${p} of ${t}`).toBe(true)
      }
    }), { numRuns: 1500 })
  })
})
