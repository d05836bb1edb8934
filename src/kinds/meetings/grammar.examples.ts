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
  ],
  negative: [
    'Thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Hội nghị Trung ương 4.',
    'chuẩn bị nhân sự đại hội đảng bộ các cấp, nhiệm kỳ 2025 - 2030',
    'tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
  ],
})
