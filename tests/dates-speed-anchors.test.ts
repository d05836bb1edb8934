/**
 * The date grammars led by a digit start from one scan for all their anchors (src/kinds/dates/digit-anchors.ts,
 * speed work, issue 10). Held here to what they replaced, on random texts and on every corpus article:
 * each anchor's positions to its own whole-text scan, each grammar's matches, verdicts and traced
 * rejections to `scan`'s, and the units a probe is skipped at to those no match starts with.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scan, type MatchView } from '../src/engine/scan.ts'
import { execAt } from '../src/engine/step.ts'
import type { Doc } from '../src/engine/doc.ts'
import { docBefore, itAgreesWithScan, scanRecord, texts } from './support/scan-agreement.ts'
import { DIGIT_ANCHORS, digitAnchors } from '../src/kinds/dates/digit-anchors.ts'
import { FROM_DIGITS } from '../src/kinds/dates/candidates.ts'

/** Pieces of dated text: cues, parts of day, weekdays, days, months, years, clock times, spans, joiners, digits, letters that share a digit's low bits (ư), emoji, repeats. */
const PIECES = ['Từ ', 'từ ', 'Sáng ', 'chiều ', 'Ngày ', 'ngày ', 'các ngày ', '3', '12', '5/9', '28/12', '/2024', ' - ', '-', '–', ' đến ', ' tới ', ' và ', ', ', '.', ' ',
  'Chiều hôm nay (ngày ', 'Sáng nay ', 'Ngày mồng ', 'Hôm ', 'mùng ', ' tháng ', '6', ' năm 2024', '26.2', '10-11', '14.3.2024', 'lúc ', 'Vào lúc ', '14h30 ', '7 giờ 30 ', 'phút ',
  'năm ', 'Năm ', '2020', '2020-2025', '2024 - 2026', 'Từ năm 2010 đến nay', 'nhiệm kỳ ', 'Giai đoạn ', '5 năm qua', '3 tháng vừa qua', '12 năm gần đây', ' qua',
  'Thứ Hai', 'thứ 2 ', 'Chủ nhật, ', 'Sáng thứ Tư (ngày ', 'Chiều Chủ Nhật, ', ' (', ')', 'tháng 7/2024', 'Tháng ', 'tháng 12', ' tới', '9 tháng năm',
  '1.250', '123/7', 'người', 'ư', '😀', '\n', 'x', 'Hội nghị ngày 5/9.\n', 'Hội nghị ngày 5/9.\n']
const docOf = (input: string) => docBefore('date-candidates', input)

/** Every position a global regex matches at, each scan resumed one unit after the last match's start (as the anchor scan runs). */
function positions(re: RegExp, text: string): number[] {
  const out: number[] = []
  let m: RegExpExecArray | null
  let at = 0
  while ((m = execAt(re, text, at)) !== null) {
    out.push(m.index)
    at = m.index + 1
  }
  return out
}

const describeMatch = (m: MatchView) => `${m.start}-${m.end}:${m.key}:${m.group('d') ?? ''}:${m.range('d')?.start ?? ''}`

function check(doc: Doc, keep: (k: number) => boolean): void {
  const anchors = digitAnchors(doc.key)
  DIGIT_ANCHORS.forEach((g, k) => expect(anchors[k], g.name).toEqual(positions(g.get().regex, doc.key)))
  for (const [grammar, { anchor, startsAt }] of FROM_DIGITS) {
    const old = scanRecord((visit) => scan(doc, grammar, visit, { boundary: true }), keep, describeMatch)
    const now = scanRecord((visit) => scan(doc, grammar, visit, { boundary: true, anchors: anchors[anchor], startsAt: startsAt ?? undefined }), keep, describeMatch)
    expect(now, grammar.name).toEqual(old)
  }
}

describe('date grammars started from one digit scan find what scan finds', () => {
  itAgreesWithScan(PIECES, docOf, check)

  it('no match starts at a unit a probe is skipped at', () => {
    fc.assert(fc.property(texts(PIECES), (t) => {
      for (const [grammar, { startsAt }] of FROM_DIGITS) {
        if (!startsAt) continue
        const probe = grammar.get().anchored!.probe
        for (let p = 0; p < t.length; p++) if (execAt(probe, t, p) !== null) expect(startsAt(t.charCodeAt(p)), `${grammar.name} at ${p} of ${t}`).toBe(true)
      }
    }), { numRuns: 1500 })
  })
})
