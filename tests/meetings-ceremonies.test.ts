import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'

const P = { published: '2024-02-04' }
const ceremonies = (text: string) => extract(text, P).meetings.filter((m) => m.kind === 'ceremony')
const meetings = (text: string) => extract(text, P).meetings.filter((m) => m.kind !== 'ceremony')

describe('ceremonies are meetings of kind ceremony', () => {
  it('a held ceremony, with its day', () => {
    const [c, ...rest] = ceremonies('Sáng 3/2, Thành ủy long trọng tổ chức lễ mít tinh kỷ niệm 94 năm Ngày thành lập Đảng.')
    expect(rest).toHaveLength(0)
    expect(c).toMatchObject({ kind: 'ceremony', kindText: 'lễ mít tinh', date: '2024-02-03', partOfDay: 'morning' })
  })

  it('lễ mít tinh and mít tinh are one; a lễ trao after them is another', () => {
    const text = 'Sáng 3/2, Thành ủy tổ chức trọng thể lễ mít tinh kỷ niệm ngày thành lập Đảng. Tham dự mít tinh có các lão thành cách mạng. '
      + 'Cũng dịp này, Đảng ủy khối long trọng tổ chức lễ trao huy hiệu 70 năm tuổi Đảng cho đồng chí Trần Thị Lan.'
    expect(ceremonies(text).map((c) => c.kindText)).toEqual(['lễ mít tinh', 'lễ trao'])
  })

  it('someone spoke at it: held', () => {
    expect(ceremonies('Phát biểu tại lễ trao quyết định, ông Trần Văn Nam cảm ơn Ban Thường vụ.')).toHaveLength(1)
    expect(ceremonies('Tại lễ công bố quyết định, bà Lê Thị Hoa hứa hoàn thành nhiệm vụ.')).toHaveLength(1)
  })

  it('one held at a meeting is its own event, and the meeting stays', () => {
    const text = 'Ngày 19/1, Hội Luật gia tổ chức hội nghị học tập nghị quyết; Lễ trao huy hiệu 30 năm tuổi Đảng cho các đảng viên.'
    expect(meetings(text)).toHaveLength(1)
    expect(ceremonies(text)).toMatchObject([{ kindText: 'Lễ trao', date: '2024-01-19' }])
  })

  it('not a ceremony: a festival, a holiday, one named as a practice', () => {
    expect(ceremonies('Người dân nô nức đi lễ hội đầu xuân.')).toHaveLength(0)
    expect(ceremonies('Ngày 2/9 là ngày lễ lớn của dân tộc.')).toHaveLength(0)
    expect(ceremonies('Cử tri phản ánh việc tổ chức lễ kỷ niệm tốn kém.')).toHaveLength(0)
  })

  it('an opening ceremony of a congress is the congress, not a ceremony of its own', () => {
    const text = 'Sáng 14/1, phát biểu tại lễ khai mạc Đại hội Đảng bộ tỉnh lần thứ XV, đồng chí Nguyễn Văn An nhấn mạnh nhiệm vụ.'
    expect(ceremonies(text)).toHaveLength(0)
  })
})
