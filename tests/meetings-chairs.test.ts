/**
 * Who chairs a meeting (issue 11): the forms of "chủ trì" articles use, and the near misses that
 * make someone else, or no meeting, the subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'

const chairs = (text: string) => extract(text, { published: '2024-07-16' }).meetings.flatMap((m) => m.chairs)

describe('chairs of a meeting', () => {
  it('reads "dưới sự chủ trì của đồng chí Tổng Bí thư X", "do X chủ trì", "X chủ trì họp", after a title chain', () => {
    expect(chairs('Ngày 12/6, Bộ Chính trị đã họp dưới sự chủ trì của đồng chí Tổng Bí thư Nguyễn Văn An.')).toEqual(['Nguyễn Văn An'])
    expect(chairs('Sáng 5/3, Huyện ủy tổ chức hội nghị sơ kết do đồng chí Lê Thị Hoa, Bí thư Huyện ủy chủ trì.')).toEqual(['Lê Thị Hoa'])
    expect(chairs('Sáng 3/7, Phó Thủ tướng Trần Văn Nam chủ trì họp Thường trực Chính phủ về dự thảo nghị quyết.')).toEqual(['Trần Văn Nam'])
    expect(chairs('Chiều 8/4, đồng chí Phạm Quốc Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị giao ban quý I.'))
      .toEqual(['Phạm Quốc Hùng'])
  })

  it('leaves a name whose clause ends before "chủ trì", or the lead of a task', () => {
    // A place between the name and the verb: the bodies after it chair.
    expect(chairs('Sáng 19/5, nhân kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh, tại Hà Nội, Ban Tuyên giáo và Hội Nhà báo chủ trì tổ chức hội thảo.')).toEqual([])
    // A task given to a body: the body leads it.
    expect(chairs('Tại hội nghị, ông Trần Văn Nam đã giao cho Ủy ban nhân dân thành phố chủ trì tổ chức hội nghị kêu gọi đầu tư.')).toEqual([])
    // Drafting led by a ministry is not chairing the meeting.
    expect(chairs('Tại phiên họp, Bộ trưởng Lê Văn Minh cho biết dự thảo do Bộ Tư pháp chủ trì soạn thảo.')).toEqual([])
  })

  it('a new subject glued on from a caption chairs, not the name before it', () => {
    const text = 'Sáng 10/5, Ban Kinh tế tổ chức hội nghị. Ông Trần Văn Nam nhận nhiệm vụ Phó Ban Ông Lê Văn Minh, Trưởng Ban Kinh tế Trung ương đã chủ trì hội nghị.'
    expect(chairs(text)).toEqual(['Lê Văn Minh'])
  })
})
