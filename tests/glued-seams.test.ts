import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { findGluedSeams, isVietnameseSyllable } from '../src/normalize/glued-seams.ts'
import { normalize } from '../src/normalize/normalize.ts'
import { expectRecordInvariants } from './support/invariants.ts'

/** The text with a `|` at every seam found. */
const marked = (text: string) => {
  let out = text
  for (const at of [...findGluedSeams(text)].reverse()) out = `${out.slice(0, at)}|${out.slice(at)}`
  return out
}

describe('the space lost between two words at a link\'s edge is put back', () => {
  it.each([
    ['Bí thư Tỉnh ủyNguyễn Văn Hùng chủ trì.', 'Bí thư Tỉnh ủy|Nguyễn Văn Hùng chủ trì.'],
    ['Đồng chíLê Minh Hưng phát biểu.', 'Đồng chí|Lê Minh Hưng phát biểu.'],
    ['Theo tờ trìnhXuân Trường', 'Theo tờ trình|Xuân Trường'],
    ['UBNDtỉnh Nghệ Anphối hợp', 'UBND|tỉnh Nghệ An|phối hợp'],
    ['ĐBQHKhóa XV', 'ĐBQH|Khóa XV'],
    ['Công ty FLCvà các đơn vị', 'Công ty FLC|và các đơn vị'],
    ['Trần Văn Namchủ trì; Tô Lâmđã nói', 'Trần Văn Nam|chủ trì; Tô Lâm|đã nói'],
  ])('%s', (text, expected) => {
    expect(marked(text)).toBe(expected)
  })

  it.each([
    // Brands, sites and abbreviations in mixed case: not syllables on both sides.
    'VnExpress', 'MobiFone', 'ThanhChinhBK', 'BinhDinhNews', 'MoIT', 'iPhone', 'iOS', 'eVisa', 'YouTube', 'TikTok', 'McDonald',
    'LinkedIn', 'VinFast', 'PetroVietnam', 'ThS', 'MHz', 'GHz', 'QĐ-TTg', 'PhD', 'CPTPPs', 'PVOil', 'VNExpress',
    // Words that are one syllable, or a capitalised word not glued to a known word.
    'Nguyễn', 'Thanh', 'Anna', 'Hoàng', 'Nghiêng', 'UBND', 'HĐND',
  ])('%s stays whole', (text) => {
    expect(findGluedSeams(text)).toEqual([])
  })

  it('reads the syllable shape with any tone and case', () => {
    for (const s of ['Nguyễn', 'nghiêng', 'ủy', 'TRƯỜNG', 'khuya', 'đã']) expect(isVietnameseSyllable(s)).toBe(true)
    for (const s of ['Vn', 'Express', 'Chinh BK', 'Lâmđã', 'bk', 'phone']) expect(isVietnameseSyllable(s)).toBe(false)
  })

  it('maps the added space to the empty range between the parts, so spans still slice the input', () => {
    const input = 'Chiều 12/7, Bí thư Tỉnh ủyNguyễn Văn Hùng chủ trì hội nghị.'
    const n = normalize(input)
    const at = n.text.indexOf('ủy ') + 2
    expect(n.text[at]).toBe(' ')
    expect([n.map.start(at), n.map.endOf(at)]).toEqual([input.indexOf('Nguyễn'), input.indexOf('Nguyễn')])
    const record = extract(input, { published: '2024-07-15' })
    expectRecordInvariants(input, record)
    const person = record.people.find((p) => p.name === 'Nguyễn Văn Hùng')
    expect(person?.text).toBe('Nguyễn Văn Hùng')
    expect(person?.titles.map((t) => t.text)).toEqual(['Bí thư Tỉnh ủy'])
    expect(person?.roles).toContain('chair')
  })
})
