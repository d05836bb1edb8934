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
    // Dot dates with a year, years before 1900, mồng/mùng.
    { text: 'ngày 14.3.2024', expect: { kind: 'date', value: '2024-03-14', yearFrom: 'text' } },
    { text: 'năm 1890', expect: { kind: 'year', start: '1890-01-01', end: '1890-12-31' } },
    { text: 'mồng 2/9', expect: { kind: 'date', value: '2023-09-02', rule: 'date/day' } },
    // Days counted from the publication day (2024-07-20 is a Saturday).
    { text: 'hôm qua', expect: { kind: 'date', value: '2024-07-19', yearFrom: 'published', rule: 'date/relative-day' } },
    { text: 'Sáng nay', expect: { kind: 'date', value: '2024-07-20', partOfDay: 'morning' } },
    { text: 'tối qua', expect: { value: '2024-07-19', partOfDay: 'evening' } },
    { text: 'ngày mai', expect: { value: '2024-07-21' } },
    { text: 'Chiều qua (19/7)', expect: { kind: 'date', value: '2024-07-19', partOfDay: 'afternoon', parts: { year: null, month: 7, day: 19 } } },
    // …or without brackets, checked against the publication date: far from the day counted, the numbers are not that day.
    { text: 'hôm qua 19/7', expect: { kind: 'date', value: '2024-07-19', yearFrom: 'published', rule: 'date/relative-day' } },
    { text: 'Sáng qua 19-7', expect: { value: '2024-07-19', partOfDay: 'morning' } },
    { text: 'ngày mai 21/7', expect: { value: '2024-07-21' } },
    { text: 'hôm nay 5-6', expect: { value: '2024-07-20', parts: { year: null, month: null, day: null } } },
    // A weekday picks the year in which the day falls on it: 6/2 was a Monday in 2023, a Tuesday in 2024.
    { text: 'Thứ Hai (15/7)', expect: { kind: 'date', value: '2024-07-15', rule: 'date/weekday' } },
    { text: 'thứ 2 ngày 6/2', expect: { value: '2023-02-06' } },
    { text: 'Chủ nhật, 14/7/2024', expect: { value: '2024-07-14', yearFrom: 'text' } },
    // Runs of days: one item, the first day its value.
    { text: 'từ ngày 1 đến ngày 5/7', expect: { kind: 'date', value: '2024-07-01', start: '2024-07-01', end: '2024-07-05', rule: 'date/day-range' } },
    { text: 'ngày 3 - 5/9/1945', expect: { value: '1945-09-03', start: '1945-09-03', end: '1945-09-05', yearFrom: 'text' } },
    { text: 'từ 28/12 đến 3/1/2024', expect: { value: '2023-12-28', end: '2024-01-03' } },
    // Days joined by và before one month: one item too.
    { text: 'ngày 9 và 10-2', expect: { kind: 'date', value: '2024-02-09', start: '2024-02-09', end: '2024-02-10', rule: 'date/day-list' } },
    { text: 'ngày 9 và ngày 10/7/2023', expect: { value: '2023-07-09', end: '2023-07-10', yearFrom: 'text' } },
    // A clock time before the day goes to `time`.
    { text: 'lúc 14h30 ngày 12/7', expect: { kind: 'date', value: '2024-07-12', time: '14:30', rule: 'date/timed-day' } },
    { text: '7 giờ 30 sáng 20/4/2017', expect: { value: '2017-04-20', time: '07:30', partOfDay: 'morning' } },
    { text: '2 giờ chiều ngày 5/7', expect: { value: '2024-07-05', time: '14:00', partOfDay: 'afternoon' } },
    // Periods counted from the publication date.
    { text: 'năm nay', expect: { kind: 'year', start: '2024-01-01', end: '2024-12-31', yearFrom: 'published', rule: 'date/relative-period' } },
    { text: 'năm ngoái', expect: { kind: 'year', start: '2023-01-01', end: '2023-12-31' } },
    { text: 'năm trước', expect: { kind: 'year', start: '2023-01-01', end: '2023-12-31' } },
    { text: 'tháng trước', expect: { kind: 'month', start: '2024-06-01', end: '2024-06-30' } },
    { text: 'tuần trước', expect: { kind: 'range', start: '2024-07-08', end: '2024-07-14' } },
    { text: 'quý này', expect: { kind: 'quarter', start: '2024-07-01', end: '2024-09-30' } },
    { text: 'tháng 9 tới', expect: { kind: 'month', start: '2024-09-01', end: '2024-09-30' } },
    { text: 'tháng 3 tới', expect: { kind: 'month', start: '2025-03-01', end: '2025-03-31' } },
    { text: '5 năm qua', expect: { kind: 'range', start: '2019-07-20', end: '2024-07-20', rule: 'date/span-to-now' } },
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
    // "N tháng qua" is the months up to the publication date, not the first months of a year.
    { text: 'trong 6 tháng qua, tỉnh đã làm tốt', find: '6 tháng qua', expect: { kind: 'range', start: '2024-01-20', end: '2024-07-20' } },
    // A lunar note in brackets does not hide the solar day before it.
    { text: 'Sáng 10.2 (mùng 3 Tết), lãnh đạo tỉnh thăm các đơn vị', find: 'Sáng 10.2', expect: { value: '2024-02-10' } },
    // "thứ 7" after a noun is an ordinal: the day stands alone.
    { text: 'Kỳ họp thứ 7 ngày 10/7 bế mạc', find: 'ngày 10/7', expect: { value: '2024-07-10', rule: 'date/day' } },
    // A day set off by commas after a relative day; days listed with commas before the last two.
    { text: 'Chiều nay, 20/7, Thường trực Tỉnh ủy làm việc với huyện.', find: 'Chiều nay, 20/7', expect: { value: '2024-07-20', partOfDay: 'afternoon', rule: 'date/relative-day' } },
    { text: 'Trong hai ngày 9 và 10-2, đoàn thăm tỉnh.', find: 'ngày 9 và 10-2', expect: { value: '2024-02-09', rule: 'date/day-list' } },
    { text: 'Các ngày 9, 10 và 11/7, các huyện tổ chức đại hội điểm.', find: 'ngày 9, 10 và 11/7', expect: { value: '2024-07-09', end: '2024-07-11', rule: 'date/day-list' } },
  ],
  negative: [
    'đạt và vượt 21/22 chỉ tiêu',
    'phát triển được 195/160 đảng viên',
    'ngày 31/2/2024',
    'ngày 30/13',
    'Sau 6 tháng triển khai',
    'trong 3 ngày',
    'Ngày nay, công nghệ phát triển',
    'so với cùng kỳ năm trước',
    'trong những năm tới',
    'năm sau cao hơn năm trước',
    'ngày 15 tháng 7 âm lịch',
    'Sáng mùng 6 tháng Giêng',
    'ngày 23 tháng Chạp',
    'hơn 30 năm công tác',
    'Nghị định 30/2020/NĐ-CP',
    'thương binh 1/4',
    'lần thứ 16',
    'có 9 và 10/12 xã đạt chuẩn',
    'ngày 10 và 9/2',
  ],
})
