import { defineExamples } from '../../grammars/define-examples.ts'

export default defineExamples({
  field: 'meetings',
  partial: true,
  published: '2023-10-06',
  examples: [
    { text: 'Chiều 12/7, Ban Tổ chức Tỉnh ủy đã tổ chức Hội nghị sơ kết đánh giá công tác tổ chức xây dựng Đảng 6 tháng đầu năm; triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2023.',
      expect: { kind: 'review-midterm', date: '2023-07-12', partOfDay: 'afternoon', organiser: { text: 'Ban Tổ chức Tỉnh ủy' },
        periodReviewed: { text: '6 tháng đầu năm', start: '2023-01-01', end: '2023-06-30' }, periodPlanned: { text: '6 tháng cuối năm 2023' } } },
    { text: 'Ngày 5/10, Đảng ủy khối Cơ quan - Doanh nghiệp tỉnh tổ chức Hội nghị Ban Chấp hành mở rộng lần thứ 16 nhằm đánh giá kết quả thực hiện nhiệm vụ 9 tháng năm 2023.',
      expect: { kind: 'executive-committee', kindText: 'Hội nghị Ban Chấp hành mở rộng lần thứ 16', ordinal: 16, date: '2023-10-05', purpose: { text: 'đánh giá kết quả thực hiện nhiệm vụ 9 tháng năm 2023' } } },
    // A name whose later words are lower case is read whole among the qualifiers, and the ordinal after it kept.
    { text: 'Ngày 5/10, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 16 nhằm đánh giá kết quả 9 tháng năm 2023.',
      expect: { kind: 'executive-committee', kindText: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 16', ordinal: 16 } },
    { text: 'Sáng 3/5, Hội nghị Thành ủy Thành phố Hồ Chí Minh lần thứ 10 khai mạc.', expect: { kindText: 'Hội nghị Thành ủy Thành phố Hồ Chí Minh lần thứ 10', ordinal: 10 } },
    { text: 'Sáng 3/5, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 4.', expect: { kind: 'session', kindText: 'phiên họp Chính phủ thường kỳ' } },
    // A lone capitalised word the qualifiers end with, a lower-case word after it, is the head of a
    // name they cut: the kind stops before it. Two capitalised words, and Đảng, stay.
    { text: 'Sáng 3/5, UBND tỉnh tổ chức hội nghị Xúc tiến đầu tư năm 2024 tại thành phố.', expect: { kindText: 'hội nghị' } },
    { text: 'Sáng 3/5, UBND tỉnh tổ chức hội nghị Sơn La về phát triển du lịch.', expect: { kindText: 'hội nghị Sơn La' } },
    { text: 'Sáng 3/5, Tỉnh ủy tổ chức Đại hội Đảng các cấp tiến tới Đại hội toàn quốc.', expect: { kindText: 'Đại hội Đảng' } },
    // The term (khóa) among the qualifiers, the ordinal after it kept; `khóa mới` is no term.
    { text: 'Ngày 5/5, Hội nghị Ban Chấp hành Đảng bộ huyện khóa XXV lần thứ 12 diễn ra tại hội trường.', expect: { kindText: 'Hội nghị Ban Chấp hành Đảng bộ huyện khóa XXV lần thứ 12', ordinal: 12 } },
    { text: 'Ngày 5/5, Hội nghị Ban Chấp hành khóa mới họp phiên đầu tiên.', expect: { kindText: 'Hội nghị Ban Chấp hành', ordinal: null } },
    // A plenum's number written bare after Trung ương is its ordinal; a date after it is not.
    { text: 'Chiều 10/10, Hội nghị Trung ương 8 khóa XIII bế mạc tại Hà Nội.', expect: { kindText: 'Hội nghị Trung ương 8', ordinal: 8 } },
    { text: 'Ngày 5/5, Hội nghị Trung ương 8/2023 của Đảng ủy khối diễn ra tại hội trường.', expect: { kindText: 'Hội nghị Trung ương', ordinal: null } },
    // A weekday after the kind of a weekly meeting is no ordinal; an ordinal with a day after it stays one.
    { text: 'Sáng 9/5, tại phiên họp Ủy ban nhân dân tỉnh thứ năm hằng tuần, lãnh đạo tỉnh nghe báo cáo tình hình.', expect: { kind: 'session', ordinal: null } },
    { text: 'Sáng 3/5, phiên họp thứ sáu (3/5) của Thường trực Tỉnh ủy bàn về công tác cán bộ.', expect: { kind: 'session', ordinal: null } },
    { text: 'Ngày 10/12, Kỳ họp thứ 7 ngày 10/12 của HĐND tỉnh bế mạc.', expect: { kind: 'session', ordinal: 7 } },
    // Lower case, a level word is no name: the kind stops before it.
    { text: 'Sáng 3/5, hội nghị thành phố về công tác dân vận diễn ra tại hội trường.', expect: { kind: 'conference', kindText: 'hội nghị' } },
    { text: 'Sáng 26.2, Ban Tuyên giáo tổ chức hội nghị giao ban quý I.', expect: { kind: 'briefing', date: '2023-02-26', partOfDay: 'morning' } },
    // A working session with no date still yields a meeting.
    { text: 'Buổi làm việc nhằm thảo luận về công tác cán bộ. Trưởng Ban Tổ chức Tỉnh ủy, ông Phan Văn Phụng chủ trì buổi làm việc.',
      expect: { kind: 'working-session', date: null, chairs: ['Phan Văn Phụng'] } },
    { text: 'Chiều 10-11, các ông: Nguyễn Khắc Toàn - Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Khắc Hà - Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị tổng kết công tác xây dựng Đảng.',
      expect: { kind: 'review-final', date: '2022-11-10', chairs: ['Nguyễn Khắc Toàn', 'Nguyễn Khắc Hà'] } },
    { text: 'Ngày 9/6, Ban Thường vụ Tỉnh ủy tổ chức sơ kết 1 năm thực hiện Quy định số 01.', expect: { kind: 'review-midterm', date: '2023-06-09' } },
    { text: 'Chiều 17-12, Ban Thường vụ Huyện ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.', expect: { kind: 'announcement', date: '2022-12-17' } },
    // A congress on a dated lede is held, though the verb is a plain "tổ chức" (dev corpus wording, paraphrased).
    { text: 'Sáng 10-9, Đảng bộ khối doanh nghiệp quận Tân Bình tổ chức đại hội lần thứ V.', expect: { kind: 'congress', date: '2023-09-10', partOfDay: 'morning' } },
    // A dateline dates the meeting named later in the lede.
    { text: 'Ngày 20/6, tại Hà Nội, Đoàn công tác của Ủy ban Kiểm tra Trung ương công bố quyết định giám sát. Tại buổi làm việc, đồng chí Nguyễn Văn An phát biểu.',
      expect: { kind: 'working-session', date: '2023-06-20' } },
    // A meeting told by its verb, a body before it (meeting/verb).
    { text: 'Ngày 12/6, tại Trụ sở Trung ương Đảng, Bộ Chính trị đã họp dưới sự chủ trì của đồng chí Tổng Bí thư Nguyễn Văn An.',
      expect: { kind: 'meeting', rule: 'meeting/verb', date: '2023-06-12', chairs: ['Nguyễn Văn An'] } },
    // A body whose name ends in `hội` before the verb: the body met ("hội họp" is a noun only without one).
    { text: 'Sáng 12/3, Ủy ban Thường vụ Quốc hội họp phiên thứ 31 dưới sự chủ trì của Chủ tịch Quốc hội Trần Thanh Mẫn.',
      expect: { kind: 'meeting', rule: 'meeting/verb', date: '2023-03-12', chairs: ['Trần Thanh Mẫn'] } },
    // A span of days: the meeting takes the first.
    { text: 'Từ ngày 25 đến ngày 28-9-2023, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 32.', expect: { rule: 'meeting/verb', date: '2023-09-25' } },
    // The days of an anniversary in brackets are not the meeting's; the dateline after them is.
    { text: 'Nhân kỷ niệm 75 năm Ngày truyền thống ngành (5.10.1948 - 5.10.2023), chiều 3.10, Ban Tổ chức Tỉnh ủy tổ chức gặp mặt cán bộ hưu trí.',
      expect: { kind: 'gathering', date: '2023-10-03' } },
    // A visit with a working session (meeting/visit-work).
    { text: 'Sáng 9/4, Phó Thủ tướng đã đến thăm và làm việc tại xã Hòa An.', expect: { kind: 'working-session', rule: 'meeting/visit-work', date: '2023-04-09' } },
    // A congress right after its sentence's dateline is held, whatever its verb.
    { text: 'Sáng 25/9, Đại hội Đảng bộ tỉnh lần thứ XX đã bầu Ban Chấp hành khóa mới gồm 53 người.', expect: { kind: 'congress', date: '2023-09-25' } },
    // "ngày làm việc thứ N": the meeting began N - 1 days before the day written.
    { text: 'Ngày 9/5, Hội nghị lần thứ năm Ban Chấp hành Trung ương bước sang ngày làm việc thứ năm.', expect: { kind: 'conference', ordinal: 5, date: '2023-05-05' } },
    // Days joined by và: the first; a day beside a relative day, unbracketed.
    { text: 'Trong hai ngày 9 và 10-5, Hội đồng nhân dân tỉnh họp kỳ thứ 18.', expect: { rule: 'meeting/verb', date: '2023-05-09' } },
    // "công bố kết quả <kind>": the day is the announcement's, the meeting's is not given.
    { text: 'Sáng 16/9, Đoàn Chủ tịch công bố kết quả Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XX.', expect: { ordinal: 1, date: null } },
  ],
  surround: [
    // "Chiều cùng ngày, … tổ chức hội nghị …": a second meeting, on the first one's day.
    { text: 'Sáng 22-9, Ủy ban Mặt trận tỉnh tổ chức Hội nghị lần thứ 7 hiệp thương cử Chủ tịch. Chiều cùng ngày, Ủy ban Mặt trận tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 9 tháng.',
      find: 'hội nghị sơ kết', expect: { date: '2023-09-22', partOfDay: 'morning' } },
    // A working session's effective date ("kể từ ngày …") is not its day.
    { text: 'Chiều 29/9, Sở Nội vụ tổ chức gặp mặt, trao quyết định nghỉ hưu cho ông Võ Văn Thành. Tại buổi gặp mặt, Giám đốc Sở trao quyết định nghỉ hưu kể từ ngày 01/10/2023.',
      find: 'gặp mặt', expect: { date: '2023-09-29' } },
  ],
  negative: [
    'Tỉnh ủy vừa đưa vào sử dụng phòng họp trực tuyến mới.',
    'Các cơ quan cần tổ chức sơ kết việc thực hiện nghị quyết.',
    'Kỳ họp thứ 9 Quốc hội khóa XV dự kiến khai mạc ngày 20/5.',
    'Thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Hội nghị Trung ương 4.',
    'chuẩn bị nhân sự đại hội đảng bộ các cấp, nhiệm kỳ 2025 - 2030',
    'tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
    // The trip named by its noun, not a session.
    'Trong khuôn khổ chuyến thăm và làm việc tại tỉnh, chiều 15/7, Chủ tịch Quốc hội đã thăm các gia đình chính sách.',
  ],
})
