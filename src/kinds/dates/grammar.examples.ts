import { defineExamples } from '../../grammars/define-examples.ts'

export default defineExamples({
  field: 'dates',
  published: '2024-07-20',
  examples: [
    { text: 'ngày 14/01/2022', expect: { kind: 'date', value: '2022-01-14', yearFrom: 'text' } },
    { text: '16/6/2022', expect: { kind: 'date', value: '2022-06-16' } },
    { text: 'ngày 14-6-2024', expect: { kind: 'date', value: '2024-06-14' } },
    { text: 'ngày 14 tháng 6 năm 2024', expect: { kind: 'date', value: '2024-06-14' } },
    { text: 'Sáng 26.2', expect: { kind: 'date', value: '2024-02-26', partOfDay: 'morning', yearFrom: 'published' } },
    { text: 'Chiều 12/7', expect: { kind: 'date', value: '2024-07-12', partOfDay: 'afternoon' } },
    // After the publication day: the year before (an article reports what has happened).
    { text: 'Chiều 10-11', expect: { kind: 'date', value: '2023-11-10', partOfDay: 'afternoon' } },
    { text: 'Ngày 5/10', expect: { kind: 'date', value: '2023-10-05', partOfDay: null } },
    { text: 'Tối 3/9', expect: { value: '2023-09-03', partOfDay: 'evening' } },
    { text: 'Trưa 8/7', expect: { value: '2024-07-08', partOfDay: 'noon' } },
    { text: 'tháng 7/2024', expect: { kind: 'month', start: '2024-07-01', end: '2024-07-31' } },
    { text: 'tháng 2 năm 2024', expect: { kind: 'month', start: '2024-02-01', end: '2024-02-29' } },
    { text: 'năm 2023', expect: { kind: 'year', start: '2023-01-01', end: '2023-12-31' } },
    { text: '6 tháng đầu năm 2024', expect: { kind: 'period', start: '2024-01-01', end: '2024-06-30' } },
    { text: '6 tháng cuối năm', expect: { kind: 'period', start: '2024-07-01', end: '2024-12-31', yearFrom: 'published' } },
    { text: '9 tháng năm 2023', expect: { kind: 'period', start: '2023-01-01', end: '2023-09-30' } },
    { text: '3 tháng cuối năm 2023', expect: { kind: 'period', start: '2023-10-01', end: '2023-12-31' } },
    { text: 'Trong 9 tháng', expect: { kind: 'period', start: '2024-01-01', end: '2024-09-30' } },
    { text: 'quý III/2023', expect: { kind: 'quarter', start: '2023-07-01', end: '2023-09-30' } },
    { text: 'quý 2 năm 2024', expect: { kind: 'quarter', start: '2024-04-01', end: '2024-06-30' } },
    { text: 'nhiệm kỳ 2020-2025', expect: { kind: 'term', start: '2020-01-01', end: '2025-12-31' } },
    { text: 'nhiệm kỳ 2025 – 2030', expect: { kind: 'term', start: '2025-01-01', end: '2030-12-31' } },
    { text: 'giai đoạn 2024 - 2026', expect: { kind: 'range', start: '2024-01-01', end: '2026-12-31' } },
    { text: 'Từ năm 2010 đến nay', expect: { kind: 'range', start: '2010-01-01', end: '2024-07-20' } },
  ],
  surround: [
    // "và 9 tháng" after a quarter is the nine-month period (fixture a-05 needed this).
    // …and takes the year written beside it in the sentence (review finding: it took the publication year).
    { text: 'kết quả quý III/2023 và 9 tháng, triển khai nhiệm vụ quý IV/2023', find: 'và 9 tháng', expect: { kind: 'period', start: '2023-01-01', end: '2023-09-30', yearFrom: 'context' } },
    // A quarter with no year starts on or before the publication date, like a day does.
    { text: 'Sơ kết công tác quý IV, triển khai nhiệm vụ năm mới.', find: 'quý IV', expect: { start: '2023-10-01', end: '2023-12-31', yearFrom: 'published' } },
    // Single spaces only: a date never spans a line break (review finding).
    { text: 'hội nghị buổi sáng\n12/7/2024 khai mạc', find: '12/7/2024', expect: { value: '2024-07-12', partOfDay: null } },
    { text: 'Tính đến ngày 30/6/2024, toàn tỉnh có 608 tổ chức cơ sở đảng', find: 'ngày 30/6/2024', expect: { value: '2024-06-30' } },
  ],
  negative: [
    'đạt và vượt 21/22 chỉ tiêu',
    'phát triển được 195/160 đảng viên',
    'ngày 31/2/2024',
    'ngày 30/13',
    'trong 6 tháng qua',
    'Sau 6 tháng triển khai',
    'hơn 30 năm công tác',
    'Nghị định 30/2020/NĐ-CP',
    'thương binh 1/4',
    'lần thứ 16',
  ],
})
