import fc from 'fast-check'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allGrammars } from '../src/grammars/index.ts'
import { anchoredMatcher, anchorPositions } from '../src/engine/scan.ts'
import { execAt } from '../src/engine/step.ts'
import '../src/pipeline/stages.ts' // declares every grammar
import { matchesInScanOrder } from './support/scan-order.ts'

const matches = matchesInScanOrder

const anchored = allGrammars().map((l) => l.get()).filter((g) => g.anchored)

/**
 * Each anchored grammar's matches: by its whole-text scan, from its anchors, from anchor positions
 * given, and from those with every unit no match of this text starts with passed over.
 */
const both = (text: string, keep: (k: number) => boolean) => anchored.map((g) => {
  const whole = matches(text, (from) => execAt(g.regex, text, from), keep)
  const firsts = new Set(whole.map((w) => text.charCodeAt(Number(w.slice(0, w.indexOf(':'))))))
  const given = anchorPositions(g.anchored!.anchor, text)
  return {
    name: g.name,
    whole,
    fromAnchors: matches(text, anchoredMatcher(text, g.anchored!), keep),
    fromGiven: matches(text, anchoredMatcher(text, g.anchored!, given), keep),
    skipping: matches(text, anchoredMatcher(text, g.anchored!, given, (c) => firsts.has(c)), keep),
  }
})
const expectAllSame = (r: ReturnType<typeof both>[number], what = r.name) => {
  expect(r.fromAnchors, what).toEqual(r.whole)
  expect(r.fromGiven, `${what}, anchors given`).toEqual(r.whole)
  expect(r.skipping, `${what}, anchors given and units skipped`).toEqual(r.whole)
}

/** Pieces of dated and cited text (cues, parts of day, days, dashes, joiners, type words, codes, digits, letters, emoji), of bodies and of meetings. */
const PIECES = ['Từ ', 'từ ', 'Sáng ', 'chiều ', 'Ngày ', 'ngày ', 'các ngày ', '3', '12', '5/9', '28/12', '/2024', ' - ', '-', '–', ' đến ', ' tới ', ' và ', ', ', '.', ' ', 'Hội nghị', '😀', 'x', '\n',
  'Từ sáng ngày 3', 'từ ngày 28/12', 'Chiều ngày 9', 'ngày 5-5 đến ', ' đến ngày 5/9', ' - 15/5', ' và 10-2',
  'Chiều hôm nay (ngày ', 'Sáng nay ', 'Ngày mồng ', 'Hôm ', 'mùng ', ' tháng ', '6', ' năm 2024', '26.2', '10-11', '14.3.2024', 'lúc ', 'Vào lúc ', '14h30 ', '7 giờ 30 ', 'phút ', ', ngày ',
  'Thứ Hai', 'thứ 2 ', 'Chủ nhật, ', ' (', ')', 'Sáng thứ Tư (ngày ',
  'Kế hoạch số ', 'Chương trình hành động số ', '29-KH/TU', 'Nghị định ', '30/2020/NĐ-CP', 'Số: ', 'số ', '845/UBND- KT', '55/2014/QH13', '12- NQ/TU',
  'Công văn số 1611/BDN', 'Quyết định ', '339/QĐ-TTg', '5/A',
  'hôm ', 'Ngày hôm ', 'qua', 'nay', 'mai', 'Chiều qua (', 'sáng nay, ', 'năm ', 'Năm ', 'tháng ', 'Tuần ', 'quý ', 'ngoái', 'này', 'trước', 'tới',
  'Nhiệm kỳ ', 'nhiệm kỳ ', 'Giai đoạn ', '2020', '2020-2025', '2024 - 2026', 'Từ năm 2010 đến nay', ' đến ',
  '9 tháng đầu năm', ' tháng cuối năm 2023', 'Trong ', 'và ', 'sáu', 'chín', ' vừa qua', ' gần đây', '5 năm qua', '3 tháng vừa qua',
  'Nghị quyết số ', 'chỉ thị ', 'Đề án ', 'số: ', '77', '05, 07 và 08', '14 giờ', '9h',
  'Chiều hôm ', 'Trong chín', 'Chiều thứ Hai (ngày ', 'Chương trình hành động Số : ', '12345 - KH/TU', 'quý ', 'ý kiến ', 'Quý III/2024',
  // Bodies (started at their first words) and meetings told by a verb (started at `àm việc với`, `àm việc tại`, `ổ chức `).
  'Ban Tổ chức', 'ban tổ chức', 'Ban Thường vụ', 'Tỉnh ủy', 'tỉnh ủy', 'Huyện ủy', ' Quảng Trị', 'Đảng ủy khối', 'các huyện ủy, thị ủy',
  'Bộ Chính trị', 'UBND', 'UBND tỉnh', 'Đoàn Kiểm tra 1350', 'Vụ Báo chí - Xuất bản', 'Vụ ', 'xBan ', 'Thường trực',
  'làm việc với', 'Làm việc với', 'có buổi ', 'có buổi làm việc với', 'àm việc ', 'thăm và làm việc tại', 'thăm, làm việc tại', 'thăm', 'làm việc tại',
  'tổ chức ', 'Tổ chức ', 'tổ chức sơ kết', 'ổ chức ', 'gặp mặt', 'tổ']

describe('an anchored grammar finds what its whole-text scan finds', () => {
  it('some grammar is anchored', () => {
    expect(anchored.map((g) => g.name)).toContain('date/day-range')
    for (const name of ['body/body', 'meeting/working-with', 'meeting/visit-work', 'meeting/organised']) expect(anchored.map((g) => g.name)).toContain(name)
    // A match that starts well before its anchor: `Từ sáng ngày ` before the first day.
    const [r] = both('Hôm ấy, từ sáng ngày 3 đến 5/9/2024, đoàn làm việc.', () => true).filter((x) => x.name === 'date/day-range')
    expect(r!.whole).toEqual(['8:từ sáng ngày 3 đến 5/9/2024'])
    expectAllSame(r!)
  })

  it('on random dated texts, keeping or rejecting each match', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 8 }), (parts, keeps) => {
        const text = parts.join('')
        for (const r of both(text, (k) => keeps[k % Math.max(1, keeps.length)] ?? true)) expectAllSame(r)
      }),
      { numRuns: 3000 },
    )
  })

  it('on every corpus article', () => {
    for (const dir of ['../shared/seeds', '../shared/corpus/dev', '../shared/corpus/dev2']) {
      if (!existsSync(dir)) continue
      for (const f of readdirSync(dir)) {
        const text = readFileSync(`${dir}/${f}`, 'utf8')
        for (const keep of [() => true, () => false]) {
          for (const r of both(text, keep)) expectAllSame(r, `${f} ${r.name}`)
        }
      }
    }
  })
})

describe('anchoredMatcher on small synthetic grammars', () => {
  // Anchors that may start right where a kept match ends, or one unit after a rejected one, and
  // matches that hold several anchors: the cases where the anchor scan is moved forward.
  const GRAMMARS = [
    { probe: /\d\d?/uy, whole: /\d\d?/gu, anchor: /\d/gu, lead: 0 },
    { probe: /a?\d\d?\d?/uy, whole: /a?\d\d?\d?/gu, anchor: /\d/gu, lead: 1 },
    { probe: /ab?c/uy, whole: /ab?c/gu, anchor: /c/gu, lead: 2 },
  ]
  it('finds what the whole-text scan finds, keeping or rejecting each match', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '2', 'a', 'b', 'c', ' ', '😀'), { maxLength: 24 }), fc.array(fc.boolean(), { maxLength: 6 }), (parts, keeps) => {
        const text = parts.join('')
        const keep = (k: number) => keeps[k % Math.max(1, keeps.length)] ?? true
        for (const g of GRAMMARS) {
          const whole = matches(text, (from) => execAt(g.whole, text, from), keep)
          expect(matches(text, anchoredMatcher(text, { anchor: g.anchor, lead: g.lead, probe: g.probe }), keep), `${g.whole} on ${text}`).toEqual(whole)
        }
      }),
      { numRuns: 3000 },
    )
  })
})
