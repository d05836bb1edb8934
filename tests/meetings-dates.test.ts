/**
 * Which meetings an article tells of, and which day each takes (issue 11). Sentences written for
 * these tests in the style of provincial news; none is copied from the corpora.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'

const meetings = (text: string, published = '2024-07-16') =>
  extract(text, { published }).meetings.map((m) => ({ kind: m.kind, text: m.text, date: m.date, rule: m.rule, chairs: m.chairs }))
const dates = (text: string, published = '2024-07-16') => meetings(text, published).map((m) => m.date)

describe('meetings told by their verb (meeting/verb)', () => {
  it('reads a body that meets, with or without a past marker, and "chủ trì họp", "tổ chức họp"', () => {
    expect(meetings('Ngày 12/6, tại Trụ sở Trung ương Đảng, Bộ Chính trị đã họp dưới sự chủ trì của đồng chí Tổng Bí thư Nguyễn Văn An.'))
      .toEqual([{ kind: 'meeting', text: 'họp', date: '2024-06-12', rule: 'meeting/verb', chairs: ['Nguyễn Văn An'] }])
    expect(dates('Chiều 25/4, Ban Thường vụ Thành ủy tổ chức họp nghe báo cáo quy hoạch phân khu.')).toEqual(['2024-04-25'])
    expect(dates('Sáng 3/7, Phó Thủ tướng chủ trì họp Thường trực Chính phủ về dự thảo nghị quyết.')).toEqual(['2024-07-03'])
    expect(dates('Sáng 2/2, Chủ tịch nước đã gặp mặt, chúc Tết cán bộ Văn phòng Chủ tịch nước.')).toEqual(['2024-02-02'])
  })

  it('leaves "họp" inside a noun, with nothing by it, or only planned', () => {
    expect(meetings('Tỉnh ủy vừa đưa vào sử dụng phòng họp trực tuyến mới.')).toEqual([])
    expect(meetings('Các đại biểu họp tổ thảo luận dự án luật.')).toEqual([])
    expect(meetings('Tuần tới, Ban Thường vụ Tỉnh ủy sẽ họp bàn về công tác cán bộ.')).toEqual([])
  })

  it('the title\'s verb and the lede\'s noun are one meeting', () => {
    const text = 'Thủ tướng chủ trì họp Thường trực Chính phủ\n\nChiều 27/11, dưới sự chủ trì của Thủ tướng Nguyễn Văn Bình, Thường trực Chính phủ đã họp về dự thảo nghị quyết.\n\nTại cuộc họp, các Phó Thủ tướng cho ý kiến.'
    expect(meetings(text, '2023-11-28')).toEqual([{ kind: 'meeting', text: 'họp', date: '2023-11-27', rule: 'meeting/verb', chairs: ['Nguyễn Văn Bình'] }])
  })
})

describe('which day a meeting takes', () => {
  it('the nearest day before its kind in the sentence, not an anniversary in brackets', () => {
    expect(dates('Nhân kỷ niệm 50 năm Ngày giải phóng tỉnh (24.3.1975 - 24.3.2025), chiều 21.3, Tỉnh ủy tổ chức gặp mặt cựu chiến binh tiêu biểu.', '2025-03-22'))
      .toEqual(['2025-03-21'])
  })

  it('the first day of a span', () => {
    expect(dates('Từ ngày 25 đến ngày 28-6-2024, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 40.')).toEqual(['2024-06-25'])
    expect(dates('Trước đó, ngày 15 - 18/4/2024, Đoàn kiểm tra đã làm việc với Ban Thường vụ Tỉnh ủy Lạng Sơn.')).toEqual(['2024-04-15'])
  })

  it('not an effective date, a deadline, a day still to come or a document\'s date', () => {
    const text = 'Chiều 31/3, Sở Nội vụ tổ chức gặp mặt cán bộ nghỉ hưu. Tại buổi gặp mặt, Giám đốc Sở trao quyết định nghỉ hưu kể từ ngày 01/4/2024.'
    expect(dates(text, '2024-04-01')).toEqual(['2024-03-31'])
    expect(dates('Tại cuộc họp, Ban Chỉ đạo yêu cầu hoàn thành báo cáo trước ngày 30/6.')).toEqual([null])
    expect(dates('Bộ Chính trị yêu cầu tổ chức thành công Hội nghị lần thứ 12 vào ngày 15/9 tới.')).toEqual([])
    expect(dates('Tại phiên họp, Ủy ban cho ý kiến về Công văn số 1611/BDN ngày 21/11/2023 của Ban Dân nguyện.', '2024-01-10')).toEqual([null])
  })

  it('after "Tại <kind>", only a day in the kind\'s own phrase', () => {
    expect(dates('Tại hội nghị sơ kết công tác phát triển đảng viên sáng 5-7, Ban Tổ chức cho biết kết quả.')).toEqual(['2024-07-05'])
    const text = 'Ban Tuyên giáo tổ chức buổi gặp mặt cựu chiến binh. Tại buổi gặp mặt, các đại biểu giao lưu với người đã cắm cờ vào ngày 30/4/1975.'
    expect(dates(text, '2024-05-01')).toEqual([null])
  })

  it('"công bố kết quả <kind>": the day is the announcement\'s', () => {
    expect(dates('Sáng 16/9, Đoàn Chủ tịch công bố kết quả Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XX.', '2024-09-17')).toEqual([null])
  })
})

describe('several meetings in one article', () => {
  it('"Chiều cùng ngày" opens a second meeting on the first one\'s day', () => {
    const text = 'Sáng 22-6, Ủy ban Mặt trận tỉnh tổ chức Hội nghị lần thứ 7 hiệp thương cử Chủ tịch. Chiều cùng ngày, Ủy ban Mặt trận tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng.'
    expect(dates(text)).toEqual(['2024-06-22', '2024-06-22'])
  })

  it('a working session per body, counted ones too', () => {
    const text = 'Ngày 15/4, Đoàn kiểm tra đã làm việc với Ban Thường vụ Tỉnh ủy và 3 tổ chức đảng trực thuộc.'
    expect(dates(text)).toEqual(['2024-04-15', '2024-04-15', '2024-04-15', '2024-04-15'])
    const sameDay = 'Ngày 8/7, Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy. Chiều cùng ngày, Đoàn tiếp tục làm việc với Đảng ủy Công an tỉnh.'
    expect(dates(sameDay)).toEqual(['2024-07-08', '2024-07-08'])
  })

  it('a congress right after a dateline, and a second one "cùng ngày"', () => {
    const text = 'Sáng 25/9, Đại hội Đảng bộ tỉnh Thanh Sơn lần thứ XX đã bầu Ban Chấp hành khóa mới.\nCùng ngày, Đại hội đại biểu Đảng bộ tỉnh Hòa Lâm cũng công bố kết quả bầu cử.'
    expect(dates(text, '2025-09-26')).toEqual(['2025-09-25', '2025-09-25'])
  })

  it('a meeting named in the sentence of another, as its topic, is not held there', () => {
    const text = 'Ngày 15/5, Tổng Bí thư chủ trì họp Bộ Chính trị để cho ý kiến về công tác chuẩn bị Hội nghị Trung ương 10; Kỳ họp thứ 7 Quốc hội khóa XV.'
    expect(dates(text)).toEqual(['2024-05-15'])
  })

  it('a meeting where a directive was given is not one the article tells of', () => {
    const text = 'Sáng 7/6, Ban Chỉ đạo tổ chức hội nghị sơ kết. Đồng chí Trưởng ban đề nghị thực hiện nghiêm chỉ đạo của đồng chí Tổng Bí thư tại Phiên họp Thường trực Ban Chỉ đạo ngày 17/4/2024.'
    expect(dates(text)).toEqual(['2024-06-07'])
  })
})

describe('days beside relative words, days joined by và, runs of days and working days (issue 11)', () => {
  it('a relative day with its day written after it, no brackets', () => {
    expect(dates('Hội nghị Ban Chấp hành Đảng bộ tỉnh được tổ chức hôm qua 15/7 tại Hội trường tỉnh.')).toEqual(['2024-07-15'])
    expect(dates('Chiều nay, 16/7, Thường trực Tỉnh ủy đã làm việc với Ban Thường vụ Huyện ủy Tân Phú.')).toEqual(['2024-07-16'])
  })

  it('days joined by và: the meeting takes the first', () => {
    expect(dates('Trong hai ngày 9 và 10-7, Hội đồng nhân dân tỉnh họp kỳ thứ 18 tại Hội trường tỉnh.')).toEqual(['2024-07-09'])
  })

  it('a run of days with two or more meetings told inside it spans them and is none of its own', () => {
    const text = 'Trong 2 ngày 6-7/7, Tổng Bí thư Nguyễn Văn An đã đến thăm, làm việc tại tỉnh Hòa Lâm. '
      + 'Chiều 7/7, Tổng Bí thư làm việc với Ban Thường vụ Tỉnh ủy. Sáng 7/7, Tổng Bí thư đã thăm, làm việc tại huyện Lạc Sơn.'
    expect(dates(text)).toEqual(['2024-07-07', '2024-07-07'])
    const round = 'Các đại hội đảng bộ tỉnh đã được tổ chức từ ngày 23 đến 25/6.\nSáng 25/6, Đại hội Đảng bộ tỉnh Thanh Sơn đã bầu Ban Chấp hành khóa mới.\n'
      + 'Chiều ngày 24/6, tại Đại hội Đảng bộ tỉnh Hòa Lâm, ông Lê Văn Bình tái đắc cử Bí thư Tỉnh ủy.'
    expect(dates(round)).toEqual(['2024-06-25', '2024-06-24'])
  })

  it('…but stays a meeting, on its first day, with one meeting inside, or when a later sentence refers back to it', () => {
    const one = 'Trong 2 ngày 14 -15/5, Tổng Bí thư Nguyễn Văn An đã đến thăm, làm việc tại tỉnh Hòa Lâm. Sáng 15/5, Tổng Bí thư làm việc với Ban Thường vụ Tỉnh ủy.'
    expect(dates(one)).toEqual(['2024-05-14', '2024-05-15'])
    const back = 'Trong hai ngày 9 và 10-2, Đoàn công tác của Ban Dân vận Trung ương thăm, làm việc tại tỉnh Hòa Lâm.\n'
      + 'Tại buổi làm việc với Đoàn, Bí thư Tỉnh ủy đã báo cáo kết quả công tác dân vận năm 2023.\n'
      + 'Ngày 10-2, Đoàn làm việc với Huyện ủy Tân Phú. Chiều 10-2, Đoàn làm việc với Huyện ủy Lạc Sơn.'
    expect(dates(back)).toEqual(['2024-02-09', '2024-02-10', '2024-02-10'])
  })

  it('a review told by its verb after a past marker, dated like "cùng ngày" after "Dịp này"', () => {
    const text = 'Chiều 3/2, hơn 200 đảng viên cơ quan dự mít tinh kỷ niệm ngày thành lập Đảng. Dịp này, Đảng ủy cơ quan đã tổng kết hoạt động năm 2023 và triển khai nhiệm vụ năm 2024.'
    // (The mít tinh is a ceremony of its own: tests/meetings-ceremonies.test.ts.)
    expect(meetings(text, '2024-02-04')).toMatchObject([
      { kind: 'ceremony', text: 'mít tinh', date: '2024-02-03' },
      { kind: 'review-final', text: 'tổng kết', date: '2024-02-03', rule: 'meeting/verb' },
    ])
    expect(meetings('Các chi bộ cần sơ kết việc thực hiện nghị quyết. Tỉnh đã tổng kết kinh nghiệm xây dựng nông thôn mới.')).toEqual([])
  })

  it('a trip named by its noun is no session ("chuyến thăm và làm việc")', () => {
    expect(meetings('Trong khuôn khổ chuyến thăm và làm việc tại tỉnh, chiều qua, 15/7, Chủ tịch Quốc hội đã thăm các gia đình chính sách.')).toEqual([])
  })

  it('"ngày làm việc thứ N", and "sau N ngày làm việc" with a closing: the meeting began N - 1 days before the day written', () => {
    expect(dates('Ngày 9/5, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng bước sang ngày làm việc thứ năm.')).toEqual(['2024-05-05'])
    expect(dates('Sau hai ngày làm việc, Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ tỉnh đã bế mạc chiều 28/6.')).toEqual(['2024-06-27'])
    // Without a closing word "sau hai ngày làm việc" dates nothing back.
    expect(dates('Sau hai ngày làm việc tại tỉnh, chiều 28/6, Đoàn kiểm tra đã làm việc với Ban Thường vụ Tỉnh ủy.')).toEqual(['2024-06-28'])
  })
})
