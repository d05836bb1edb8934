import { describe, expect, it } from 'vitest'
import { honorificLength, honorificLengthBySlice, honorificLengthIn, positionAt, positionAtIn } from '../src/kinds/people/titles.ts'

/**
 * The in-place readers (no slice, no lower-casing of a whole segment) must answer exactly as the
 * slice-based ones: every window of some texts that mix titles, abbreviations, honorifics,
 * emoji and cut surrogate pairs.
 */
const TEXTS = [
  'Bí thư Tỉnh ủy Nguyễn Văn A, Phó Chủ tịch UBND tỉnh',
  'UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Phan Xuân Toàn',
  'UBND UVTVX UVBCHTW.Chủ tịch HĐND; TUV Bí thưa',
  'đồng chí Trưởng Ban; Đồng chí: Bí thư; ông  Nguyễn; bà\u00a0Lan; đ/c Hùng; chị',
  'Phó Bí thư😀Thường trực 😀UV\ud83d UV\ude00 Ủy viênX Ủy viên',
  'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Giám đốc Sở Nội vụ.',
  'ÔNG Lan, ĐỒNG CHÍ: Hà, BÀİ, Bà\u0130 ông, ÔNGΣ, ôngΣ x, Anh😀, ANH\ud83d, Cụ Bà Tư, CHỊ',
]

function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let a = 0; a < text.length; a++) for (let b = a; b <= Math.min(text.length, a + 45); b++) out.push([a, b])
  return out
}

describe('titles read in place answer as titles read from a slice', () => {
  it.each(TEXTS.map((t) => [t]))('positionAtIn over every window of %s', (text) => {
    for (const [a, b] of windows(text)) expect([a, b, positionAtIn(text, a, b)]).toEqual([a, b, positionAt(text.slice(a, b))])
  })
  it.each(TEXTS.map((t) => [t]))('honorificLengthIn over every window of %s', (text) => {
    for (const [a, b] of windows(text)) expect([a, b, honorificLengthIn(text, a, b)]).toEqual([a, b, honorificLength(text.slice(a, b))])
  })
  it.each(TEXTS.map((t) => [t]))('honorificLengthIn (units lower-cased one by one) over every window of %s, as the slice lower-cased', (text) => {
    for (const [a, b] of windows(text)) expect([a, b, honorificLengthIn(text, a, b)]).toEqual([a, b, honorificLengthBySlice(text, a, b)])
  })
  it('finds what it should', () => {
    expect(positionAtIn('x Bí thư Tỉnh ủy', 2, 16)?.position).toBe('Bí thư')
    expect(positionAtIn('x UVTV Tỉnh ủy', 2, 6)).not.toBeNull()
    expect(positionAtIn('x UVTVX', 2, 7)).toBeNull()
    expect(honorificLengthIn('x đồng chí  Lan', 2, 15)).toBe(10)
  })
})
