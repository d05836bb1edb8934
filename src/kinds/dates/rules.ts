import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.dates`. */
export const DATE_RULES = defineRules([
  {
    id: 'date/day', kind: 'dates', grammars: ['date/day'],
    does: 'a day: 14/01/2022, ngày 14-6-2024, Chiều 12/7, Sáng 26.2, ngày 14 tháng 6 năm 2024; without a year only after a cue (ngày, hôm, a part of day)',
    examples: [
      { text: 'Chiều 12/7, Ban Thường vụ Tỉnh ủy họp.', item: 'Chiều 12/7', published: '2023-07-13' },
      { text: 'Hội nghị diễn ra ngày 14 tháng 6 năm 2024 tại Hà Nội.', item: 'ngày 14 tháng 6 năm 2024' },
      { text: 'Thông báo phát hành 16/6/2022.', item: '16/6/2022' },
    ],
    negatives: [
      { text: 'Toàn tỉnh đạt 21/22 chỉ tiêu.', not: '21/22', why: 'a day and month without a year and without a cue: a fraction' },
      { text: 'Ngày 31/2/2024 không có.', not: '31/2', why: 'no such day' },
    ],
  },
  {
    id: 'date/month', kind: 'dates', grammars: ['date/month'],
    does: 'a month: tháng 7/2024, tháng 7 năm 2024, tháng 12',
    examples: [{ text: 'Trong tháng 7/2024, Đảng ủy kết nạp đảng viên.', item: 'tháng 7/2024' }],
    negatives: [
      { text: 'Sau 3 tháng 7 ngày làm việc.', not: 'tháng 7', why: 'a number before tháng: a duration' },
      { text: 'Trong các tháng 5 và 6, mưa nhiều.', not: 'tháng 5', why: 'các tháng: several months, not a date' },
    ],
  },
  {
    id: 'date/year', kind: 'dates', grammars: ['date/year'],
    does: 'a year: năm 2023',
    examples: [{ text: 'Kết quả năm 2023 rất tốt.', item: 'năm 2023' }],
    negatives: [{ text: 'Trong năm 2020-2025, tỉnh phát triển.', not: 'năm 2020', why: 'a span of years (date/year-range), not one year' }],
  },
  {
    id: 'date/quarter', kind: 'dates', grammars: ['date/quarter'],
    does: 'a quarter: quý III/2023, quý 2 năm 2024, quý IV',
    examples: [{ text: 'Hội nghị sơ kết quý III/2023.', item: 'quý III/2023' }],
    negatives: [{ text: 'Quý khách vui lòng chờ.', why: 'quý as a word, not a quarter' }],
  },
  {
    id: 'date/period', kind: 'dates', grammars: ['date/period'],
    does: 'months of a year: 6 tháng đầu năm 2024, 9 tháng năm 2023, Trong 9 tháng',
    examples: [{ text: 'Sơ kết 6 tháng đầu năm 2024.', item: '6 tháng đầu năm 2024' }],
    negatives: [{ text: 'Trong 6 tháng qua, tỉnh đã làm tốt.', why: 'trong 6 tháng qua: a duration, not the first half of a year' }],
  },
  {
    id: 'date/year-range', kind: 'dates', grammars: ['date/year-range'],
    does: 'a term or span of years: nhiệm kỳ 2020-2025, giai đoạn 2024 - 2026, từ năm 2010 đến nay',
    examples: [
      { text: 'Đại hội nhiệm kỳ 2020-2025 thành công.', item: 'nhiệm kỳ 2020-2025' },
      { text: 'Từ năm 2010 đến nay, tỉnh phát triển.', item: 'Từ năm 2010 đến nay' },
    ],
    negatives: [{ text: 'Giai đoạn 2025-2020 là sai.', why: 'years out of order' }],
  },
])
