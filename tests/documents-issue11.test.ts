/**
 * Issue 11, documents: references as journalists write them. Sentences made up in the style of
 * real news. Besides the examples beside the grammar, these check what the documents stage hands
 * on: the numbers of every reference it reads are not counts, and a date it takes is the
 * document's, with a span that slices to the date.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { expectRecordInvariants } from './support/invariants.ts'

const read = (text: string) => {
  const r = extract(text, { published: '2024-07-16' })
  expectRecordInvariants(text, r)
  return r
}
const keys = (text: string) => read(text).documents.map((d) => d.id ?? `${d.type} ${d.number}`)

describe('lists of numbers after one type word', () => {
  it('are one document per number, and none of the numbers is a count', () => {
    const r = read('Huyện ủy triển khai các đề án 02,06,09 của Tỉnh ủy; đổi mới công tác tuyên truyền.')
    expect(r.documents.map((d) => d.number)).toEqual(['02', '06', '09'])
    expect(r.documents.every((d) => d.issuer === 'TU' && d.issuerInferred)).toBe(true)
    expect(r.counts.map((c) => c.value)).not.toContain(6)
    expect(r.counts.map((c) => c.value)).not.toContain(9)
  })

  it('take the code written after the last number', () => {
    expect(keys('Quán triệt Nghị quyết số 26, 27-NQ/TW của Ban Chấp hành Trung ương khóa XII.')).toEqual(['26-NQ/TW', '27-NQ/TW'])
    expect(keys('Quán triệt các Nghị quyết số 18, 19, 20-NQ/TW.')).toEqual(['18-NQ/TW', '19-NQ/TW', '20-NQ/TW'])
    expect(keys('UBND tỉnh ban hành Quyết định số 112 và 113/QĐ-UBND.')).toEqual(['112/QĐ-UBND', '113/QĐ-UBND'])
  })

  it('share the date of their tail', () => {
    const r = read('Quán triệt Nghị quyết số 26, 27-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương.')
    expect(r.documents.map((d) => d.date)).toEqual(['2018-05-19', '2018-05-19'])
  })

  it('stop where the last number counts something', () => {
    const r = read('Theo Chỉ thị 05, 12 đảng viên được khen thưởng.')
    expect(keys('Theo Chỉ thị 05, 12 đảng viên được khen thưởng.')).toEqual(['CT 05'])
    expect(r.counts.map((c) => c.value)).toContain(12)
  })
})

describe('a lower-case short mention of a document named in full', () => {
  it('joins it, and its number is not a count', () => {
    const r = read('Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị. Các chi bộ gắn chỉ thị 05 học tập với sinh hoạt chuyên đề.')
    expect(r.documents).toHaveLength(1)
    expect(r.documents[0]!.mentions.map((m) => m.text)).toEqual(['Chỉ thị 05-CT/TW', 'chỉ thị 05'])
    expect(r.counts.map((c) => c.value)).not.toContain(5)
  })

  it('is nothing when no full reference has that number', () => {
    expect(keys('Các chi bộ gắn chỉ thị 05 học tập với sinh hoạt chuyên đề.')).toEqual([])
  })
})

describe('codes as written in the news', () => {
  it('reads spaces after separators, one part after a type word, a term after a space, and Ð for Đ', () => {
    expect(keys('Theo Văn bản số 845/UBND- KT của UBND tỉnh.')).toEqual(['845/UBND-KT'])
    expect(keys('Ban Dân nguyện chuyển Công văn số 1611/BDN tới các bộ.')).toEqual(['1611/BDN'])
    expect(keys('Theo Nghị quyết số 60/2018/QH 14 của Quốc hội.')).toEqual(['60/2018/QH14'])
    expect(keys('Chính phủ ban hành Nghị định số 58/2025/N\u00d0-CP. Nghị định số 58/2025/NĐ-CP có hiệu lực.')).toEqual(['58/2025/NĐ-CP'])
  })

  it('takes no single-part code without a type word', () => {
    expect(keys('Gia đình ông ở số 15/KP đường Lê Lợi.')).toEqual([])
  })
})

describe('the date written before the reference', () => {
  it('with its year, an issuing word between', () => {
    const text = 'Ngày 9.1.2019, Ban Thường vụ Tỉnh ủy có Thông báo số 310-TB/TU về công tác cán bộ.'
    const d = read(text).documents[0]!
    expect(d.date).toBe('2019-01-09')
    expect(text.slice(d.dateSpan!.start, d.dateSpan!.end)).toBe('9.1.2019')
  })

  it('without its year, only with an issuing verb right before the reference', () => {
    expect(read('Ngày 20/6, Văn phòng Trung ương Đảng đã có văn bản số 4171-CV/VPTW.').documents[0]!.date).toBe('2024-06-20')
    expect(read('Ngày 6-2, UBND thành phố ban hành Kế hoạch số 23/KH-UBND.').documents[0]!.date).toBe('2024-02-06')
    expect(read('Sáng 20/6, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 21-NQ/TW.').documents[0]!.date).toBeNull()
    expect(read('Ngày 12/7, Tỉnh ủy quán triệt các văn bản, trong đó có Nghị quyết số 21-NQ/TW.').documents[0]!.date).toBeNull()
  })
})
