import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.dates`. */
export const DATE_RULES = defineRules([
  {
    id: 'date/day', kind: 'dates', grammars: ['date/day', 'date/day-month-core'],
    does: 'a day: 14/01/2022, ngày 14-6-2024, ngày 14.3.2024, Chiều 12/7, Sáng 26.2, Chiều nay 25-5, mồng 2/9, ngày 14 tháng 6 năm 2024; '
      + 'without a year only after a cue (ngày, hôm, mồng/mùng, a part of day); a lunar day is not one; with no publication date and no year '
      + 'written, a national anniversary the story names (kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh → 2017) gives the year',
    examples: [
      { text: 'Chiều 12/7, Ban Thường vụ Tỉnh ủy họp.', item: 'Chiều 12/7', published: '2023-07-13' },
      { text: 'Hội nghị diễn ra ngày 14 tháng 6 năm 2024 tại Hà Nội.', item: 'ngày 14 tháng 6 năm 2024' },
      { text: 'Thông báo phát hành 16/6/2022.', item: '16/6/2022' },
      { text: 'Ngày 14.3.2024, Đảng ủy khối họp phiên thường kỳ.', item: 'Ngày 14.3.2024' },
      { text: 'Nhân dịp mồng 2/9, tỉnh tổ chức gặp mặt.', item: 'mồng 2/9' },
      // A lunar note after the day does not hide it.
      { text: 'Sáng 10.2 (mùng 3 Tết), lãnh đạo tỉnh thăm các đơn vị trực Tết.', item: 'Sáng 10.2', published: '2024-02-12' },
    ],
    negatives: [
      { text: 'Toàn tỉnh đạt 21/22 chỉ tiêu.', not: '21/22', why: 'a day and month without a year and without a cue: a fraction' },
      { text: 'Ngày 31/2/2024 không có.', not: '31/2', why: 'no such day' },
      { text: 'Lễ hội diễn ra ngày 15 tháng 7 âm lịch hằng năm.', why: 'a lunar date: not a day of the solar calendar' },
      { text: 'Sáng mùng 6 tháng Giêng, nhân dân trong xã dự lễ hội.', why: 'a lunar day (tháng Giêng): not a solar date' },
    ],
  },
  {
    id: 'date/month', kind: 'dates', grammars: ['date/month', 'date/month-digit', 'date/date-digit'],
    does: 'a month: tháng 7/2024, tháng 7 năm 2024, tháng 12, tháng 9 tới (the coming September, after the publication month)',
    examples: [
      { text: 'Trong tháng 7/2024, Đảng ủy kết nạp đảng viên.', item: 'tháng 7/2024' },
      { text: 'Tháng 9 tới, huyện tổ chức đại hội điểm.', item: 'Tháng 9 tới' },
    ],
    negatives: [
      { text: 'Sau 3 tháng 7 ngày làm việc.', not: 'tháng 7', why: 'a number before tháng: a duration' },
      { text: 'Trong các tháng 5 và 6, mưa nhiều.', not: 'tháng 5', why: 'các tháng: several months, not a date' },
    ],
  },
  {
    id: 'date/year', kind: 'dates', grammars: ['date/year', 'date/year-digits'],
    does: 'a year: năm 2023, năm 1890',
    examples: [
      { text: 'Kết quả năm 2023 rất tốt.', item: 'năm 2023' },
      { text: 'Cụ sinh ra ở làng này vào năm 1890.', item: 'năm 1890' },
    ],
    negatives: [{ text: 'Trong năm 2020-2025, tỉnh phát triển.', not: 'năm 2020', why: 'a span of years (date/year-range), not one year' }],
  },
  {
    id: 'date/quarter', kind: 'dates', grammars: ['date/quarter', 'date/quarter-word'],
    does: 'a quarter: quý III/2023, quý 2 năm 2024, quý IV',
    examples: [{ text: 'Hội nghị sơ kết quý III/2023.', item: 'quý III/2023' }],
    negatives: [{ text: 'Quý khách vui lòng chờ.', why: 'quý as a word, not a quarter' }],
  },
  {
    id: 'date/period', kind: 'dates', grammars: ['date/period', 'date/period-months'],
    does: 'months of a year: 6 tháng đầu năm 2024, 9 tháng năm 2023, Trong 9 tháng',
    examples: [{ text: 'Sơ kết 6 tháng đầu năm 2024.', item: '6 tháng đầu năm 2024' }],
    negatives: [{ text: 'Trong 6 tháng qua, tỉnh đã làm tốt.', why: 'trong 6 tháng qua: a duration, not the first half of a year' }],
  },
  {
    id: 'date/year-range', kind: 'dates', grammars: ['date/year-range', 'date/year-range-turn'],
    does: 'a term or span of years: nhiệm kỳ 2020-2025, giai đoạn 2024 - 2026, từ năm 2010 đến nay',
    examples: [
      { text: 'Đại hội nhiệm kỳ 2020-2025 thành công.', item: 'nhiệm kỳ 2020-2025' },
      { text: 'Từ năm 2010 đến nay, tỉnh phát triển.', item: 'Từ năm 2010 đến nay' },
    ],
    negatives: [{ text: 'Giai đoạn 2025-2020 là sai.', why: 'years out of order' }],
  },
  {
    id: 'date/day-range', kind: 'dates', grammars: ['date/day-range', 'date/day-range-turn'],
    does: 'a run of days as one item, its first day the value: từ ngày 1 đến ngày 5/7, ngày 3 - 5/9/1945, Trong 2 ngày 14 -15/5, từ ngày 5-5 đến 10-5-2017; '
      + 'the first day takes the last day\'s month and year',
    examples: [
      { text: 'Từ ngày 1 đến ngày 5/7, đoàn kiểm tra làm việc tại huyện.', item: 'Từ ngày 1 đến ngày 5/7' },
      { text: 'Những ngày 3 - 5/9/1945 đi vào lịch sử.', item: 'ngày 3 - 5/9/1945' },
      { text: 'Trong 2 ngày 14 -15/5, đoàn công tác làm việc với Tỉnh ủy.', item: 'ngày 14 -15/5' },
      { text: 'Hội nghị diễn ra từ ngày 5-5 đến 10-5-2017 tại Hà Nội.', item: 'từ ngày 5-5 đến 10-5-2017' },
    ],
    negatives: [
      { text: 'Xã đạt 14 - 15/19 tiêu chí nông thôn mới.', why: 'numbers without a cue or a year: a score, not days' },
      { text: 'Từ ngày 9 đến ngày 5/7 là sai.', why: 'the first day is not before the last' },
    ],
  },
  {
    id: 'date/day-list', kind: 'dates', grammars: ['date/day-range'],
    does: 'days joined by và (and commas) before one month, one item from the first day to the last, the first its value: '
      + 'Trong hai ngày 9 và 10-2, ngày 9 và ngày 10/2, các ngày 9, 10 và 11/7; without a year only after ngày or a part of day',
    examples: [
      { text: 'Trong hai ngày 9 và 10-2, đoàn công tác làm việc tại tỉnh.', item: 'ngày 9 và 10-2' },
      { text: 'Trong 2 ngày 3 và 4/7, Hội đồng nhân dân tỉnh họp kỳ thứ 18.', item: 'ngày 3 và 4/7' },
      { text: 'Các ngày 9, 10 và 11/7, các huyện tổ chức đại hội điểm.', item: 'ngày 9, 10 và 11/7' },
      { text: 'Hội nghị diễn ra hai ngày 14 và ngày 15/5/2023 tại Hà Nội.', item: 'ngày 14 và ngày 15/5/2023' },
    ],
    negatives: [
      { text: 'Toàn tỉnh có 9 và 10/12 xã đạt chuẩn nông thôn mới.', why: 'numbers joined by và without ngày before them: a score, not days' },
      { text: 'Đoàn làm việc ngày 10 và 9/2 là sai.', why: 'the days are not in order' },
      { text: 'Đoàn làm việc ngày 5/6 và 10/8 tại hai huyện.', why: 'two days each with its month: two items, not a run' },
    ],
  },
  {
    id: 'date/relative-day', kind: 'dates', grammars: ['date/relative-day', 'date/relative-day-word'],
    does: 'a day counted from the publication day: hôm qua, hôm nay, sáng nay, chiều qua, tối qua, ngày mai; with the day beside it, in brackets '
      + 'or not, one item whose value is that day: Chiều qua (15/7), hôm qua 12/3, sáng qua 12/3, Chiều nay, 27/11, (a day set off by a comma '
      + 'is set off after it too); a day written without brackets more than a week from the one the words count by the publication date is '
      + 'not that day, and the item takes the counted one; without a publication date, the story\'s today when it writes one (Chiều nay 25-5)',
    examples: [
      { text: 'Hôm qua, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ.', item: 'Hôm qua' },
      { text: 'Sáng nay, hội nghị khai mạc tại hội trường tỉnh.', item: 'Sáng nay' },
      { text: 'Chiều qua (15/7), Ban Tổ chức Tỉnh ủy sơ kết công tác.', item: 'Chiều qua (15/7)' },
      { text: 'Ngày mai, đoàn công tác làm việc với huyện.', item: 'Ngày mai' },
      { text: 'Hội nghị được tổ chức hôm qua 15/7 tại trụ sở Tỉnh ủy.', item: 'hôm qua 15/7' },
      { text: 'Sáng qua 15/7, Ban Thường vụ Huyện ủy họp.', item: 'Sáng qua 15/7' },
      { text: 'Chiều nay, 16/7, Thường trực Tỉnh ủy làm việc với Sở Nội vụ.', item: 'Chiều nay, 16/7' },
    ],
    negatives: [
      { text: 'Ngày nay, công nghệ số phát triển mạnh.', why: 'ngày nay: nowadays, not a day' },
      { text: 'Trong ngày qua, lượng mưa lớn.', why: 'ngày qua: a span, not a day' },
      { text: 'Hôm nay, 5-6 đoàn công tác về thăm xã.', not: '5-6', why: 'a day set off by a comma before it and not after it: a count' },
      { text: 'Chiều qua (15/7 đoàn về đến tỉnh.', not: '15/7', why: 'an opening bracket with no closing one: the words stand alone' },
    ],
  },
  {
    id: 'date/weekday', kind: 'dates', grammars: ['date/weekday', 'date/day-month-core'],
    does: 'a weekday written with its day, one item: Thứ Hai (15/7), thứ 2 ngày 6/2, sáng Chủ nhật, 14/7/2024; with no year written, '
      + 'the year near the publication date in which the day falls on that weekday',
    examples: [
      { text: 'Thứ Hai (15/7), Tỉnh ủy họp phiên thường kỳ.', item: 'Thứ Hai (15/7)' },
      { text: 'Sáng thứ 2 ngày 6/2, huyện tổ chức hội nghị.', item: 'Sáng thứ 2 ngày 6/2', published: '2023-02-10' },
    ],
    negatives: [
      { text: 'Kỳ họp thứ 7 ngày 10/12 bế mạc.', not: 'thứ 7', why: 'thứ 7 after a noun: an ordinal, not Saturday' },
      { text: 'Đây là lần thứ năm (2024) tỉnh tổ chức.', why: 'an ordinal, and no day' },
    ],
  },
  {
    id: 'date/timed-day', kind: 'dates', grammars: ['date/timed-day', 'date/clock-hour'],
    does: 'a day with its clock time written before it, the time in `time`: lúc 14h30 ngày 12/7, 7 giờ 30 sáng 20/4/2017, 14 giờ, ngày 5/6/2024',
    examples: [
      { text: 'Lúc 14h30 ngày 12/7, hội nghị khai mạc.', item: 'Lúc 14h30 ngày 12/7' },
      { text: 'Đoàn đến vào 7 giờ 30 sáng 20/4/2017.', item: '7 giờ 30 sáng 20/4/2017' },
    ],
    negatives: [
      { text: 'Ca trực kéo dài 30 giờ ngày 5/6.', not: '30 giờ', why: 'no such hour: a duration' },
      { text: 'Tỷ số 14h30 12/7 không phải ngày.', why: 'a time and a day and month without a cue or a year' },
    ],
  },
  {
    id: 'date/relative-period', kind: 'dates', grammars: ['date/relative-period', 'date/relative-period-word'],
    does: 'a period counted from the publication date: năm nay, năm ngoái, năm trước, tháng trước, tuần trước, quý này, tháng tới',
    examples: [
      { text: 'Năm nay, tỉnh phấn đấu kết nạp 2.000 đảng viên.', item: 'Năm nay' },
      { text: 'Tháng trước, Đảng ủy kết nạp 12 đảng viên.', item: 'Tháng trước' },
      { text: 'Tuần trước, đoàn kiểm tra làm việc tại huyện.', item: 'Tuần trước' },
      { text: 'Trong quý này, huyện tập trung sắp xếp bộ máy.', item: 'quý này' },
    ],
    negatives: [
      { text: 'Số đảng viên tăng 5% so với cùng kỳ năm trước.', why: 'cùng kỳ năm trước: a comparison, not a date' },
      { text: 'Trong những năm tới, tỉnh tiếp tục đổi mới.', why: 'những năm tới: years to come, not one year' },
      { text: 'Thu ngân sách năm sau cao hơn năm trước.', why: 'an idiom: each year more than the one before' },
    ],
  },
  {
    id: 'date/span-to-now', kind: 'dates', grammars: ['date/span-to-now', 'date/span-digit', 'date/date-digit'],
    does: 'the years or months up to the publication date: 5 năm qua, 3 tháng vừa qua (start that many years or months before it)',
    examples: [{ text: 'Trong 5 năm qua, tỉnh kết nạp hơn 10.000 đảng viên.', item: '5 năm qua' }],
    negatives: [
      { text: 'Trong 3 ngày, đoàn làm việc với các huyện.', why: 'a bare duration, not a date' },
      { text: 'Sau 5 năm triển khai, nghị quyết đi vào cuộc sống.', why: 'a duration without qua' },
    ],
  },
])
