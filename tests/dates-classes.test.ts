/**
 * Dates as journalists write them (issue 11): relative days and periods, weekdays, runs of days,
 * clock times, mồng/mùng and lunar days. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { addDays, dayNumber, weekday } from '../src/parse/calendar-date.ts'

const dates = (text: string, published = '2024-07-16') => extract(text, { published }).dates

describe('calendar arithmetic', () => {
  it('counts days and weekdays without Date', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0)
    expect(weekday({ year: 2024, month: 7, day: 15 })).toBe(1) // a Monday
    expect(weekday({ year: 2017, month: 2, day: 6 })).toBe(1)
    expect(addDays({ year: 2024, month: 2, day: 28 }, 2)).toEqual({ year: 2024, month: 3, day: 1 })
    expect(addDays({ year: 2024, month: 1, day: 1 }, -1)).toEqual({ year: 2023, month: 12, day: 31 })
    for (let n = -800; n <= 800; n += 37) expect(dayNumber(addDays({ year: 2020, month: 2, day: 29 }, n)) - dayNumber({ year: 2020, month: 2, day: 29 })).toBe(n)
  })
})

describe('relative days', () => {
  it('resolves against the publication date, one item with the written day', () => {
    expect(dates('Chiều qua (15/7), Ban Thường vụ Tỉnh ủy họp.')).toMatchObject([
      { kind: 'date', text: 'Chiều qua (15/7)', value: '2024-07-15', partOfDay: 'afternoon', rule: 'date/relative-day' },
    ])
    expect(dates('Tối qua, đoàn về đến tỉnh.')[0]).toMatchObject({ value: '2024-07-15', partOfDay: 'evening', parts: { year: null, month: null, day: null } })
    expect(dates('Ngày mai, hội nghị bế mạc.')[0]).toMatchObject({ value: '2024-07-17' })
    expect(dates('Ngày nay, công nghệ phát triển.')).toEqual([])
  })
})

describe('relative days with their day written beside them, no brackets', () => {
  it('one item, the day from the written date, its year by the publication date', () => {
    expect(dates('Hôm qua 15/7 tại Hà Nội, Ban Bí thư họp.')).toMatchObject([
      { kind: 'date', text: 'Hôm qua 15/7', value: '2024-07-15', yearFrom: 'published', rule: 'date/relative-day' },
    ])
    expect(dates('Sáng qua 15-7, đoàn về đến tỉnh.')[0]).toMatchObject({ text: 'Sáng qua 15-7', value: '2024-07-15', partOfDay: 'morning' })
    expect(dates('Chiều nay, 16/7, Thường trực Tỉnh ủy họp.')[0]).toMatchObject({ text: 'Chiều nay, 16/7', value: '2024-07-16' })
    // Written on 1 January: "hôm qua 31/12" is in the year before.
    expect(dates('Hôm qua 31/12, tỉnh tổng kết năm.', '2025-01-01')[0]).toMatchObject({ value: '2024-12-31' })
    // "ngày mai 17/7": the day ahead, not 17/7 of the year before.
    expect(dates('Ngày mai 17/7, hội nghị bế mạc.')[0]).toMatchObject({ value: '2024-07-17' })
    // Without a publication date the written day still makes the item (its year from the story).
    expect(dates('Hôm qua 12/3, Ban Bí thư họp.', '')[0]).toMatchObject({ text: 'Hôm qua 12/3', parts: { month: 3, day: 12 } })
  })

  it('numbers far from the day counted are not that day; a comma before the day needs one after it; brackets pair', () => {
    expect(dates('Hôm nay 5-6 đại biểu vắng mặt.')[0]).toMatchObject({ value: '2024-07-16', parts: { year: null, month: null, day: null } })
    expect(dates('Hôm nay, 5-6 đoàn công tác về thăm xã.')).toMatchObject([{ text: 'Hôm nay', value: '2024-07-16' }])
    // "Sáng nay 24/2" (date/day) is checked the same way.
    expect(dates('Sáng nay 16/7, Tỉnh ủy họp.')[0]).toMatchObject({ value: '2024-07-16', rule: 'date/day' })
    expect(dates('Sáng nay 5-6 đoàn công tác về thăm xã.')[0]).toMatchObject({ value: '2024-07-16', parts: { month: null, day: null } })
    expect(dates('Chiều qua (15/7 đoàn về đến tỉnh.')).toMatchObject([{ text: 'Chiều qua', value: '2024-07-15' }])
  })
})

describe('days joined by và before one month (date/day-list)', () => {
  it('are one item from the first day to the last', () => {
    expect(dates('Trong hai ngày 9 và 10-2, đoàn thăm tỉnh.')).toMatchObject([
      { kind: 'date', text: 'ngày 9 và 10-2', value: '2024-02-09', start: '2024-02-09', end: '2024-02-10', rule: 'date/day-list' },
    ])
    expect(dates('Trong 2 ngày 9 và ngày 10/7/2023, đoàn thăm tỉnh.')[0]).toMatchObject({ text: 'ngày 9 và ngày 10/7/2023', value: '2023-07-09', yearFrom: 'text' })
    expect(dates('Các ngày 9, 10 và 11/7, các huyện tổ chức đại hội điểm.')[0]).toMatchObject({ text: 'ngày 9, 10 và 11/7', value: '2024-07-09', end: '2024-07-11' })
  })
  it('not without ngày, not out of order, not two days each with its month', () => {
    expect(dates('Toàn tỉnh có 9 và 10/12 xã đạt chuẩn.')).toEqual([])
    expect(dates('Đoàn làm việc ngày 10 và 9/2.').map((d) => d.rule)).not.toContain('date/day-list')
    expect(dates('Đoàn làm việc ngày 5/6 và 10/8.').map((d) => d.rule)).not.toContain('date/day-list')
    expect(dates('Ngày 9, 8 và 10/7, đoàn làm việc.').map((d) => d.rule)).not.toContain('date/day-list')
  })
})

describe('weekdays', () => {
  it('picks the year in which the day falls on the weekday written', () => {
    expect(dates('Sáng thứ 2 ngày 6/2, Huyện ủy họp.', '2024-03-01')[0]).toMatchObject({ value: '2023-02-06', text: 'Sáng thứ 2 ngày 6/2' })
    expect(dates('Thứ Bảy (3/2), đoàn thăm tỉnh.', '2024-03-01')[0]).toMatchObject({ value: '2024-02-03' })
    expect(dates('Kỳ họp thứ 7 ngày 10/7 bế mạc.')).toMatchObject([{ text: 'ngày 10/7', rule: 'date/day' }])
  })
})

describe('runs of days', () => {
  it('are one item whose first day takes the month and year of the last', () => {
    expect(dates('Ngày 3 - 5/9/1945 là những ngày lịch sử.')[0]).toMatchObject({ value: '1945-09-03', start: '1945-09-03', end: '1945-09-05', yearFrom: 'text' })
    expect(dates('Từ ngày 1 đến ngày 5/7, đoàn làm việc.')[0]).toMatchObject({ value: '2024-07-01', end: '2024-07-05' })
  })
  it('an anniversary\'s two full days stay apart', () => {
    expect(dates('Kỷ niệm 70 năm Ngày Thương binh – Liệt sỹ (27/7/1954 - 27/7/2024).').map((d) => d.rule)).not.toContain('date/day-range')
  })
})

describe('clock times', () => {
  it('fill `time`', () => {
    expect(dates('Lúc 14h30 ngày 12/7, hội nghị khai mạc.')[0]).toMatchObject({ time: '14:30', value: '2024-07-12' })
    expect(dates('Vào 7 giờ 30 sáng 20/4/2017, đoàn đến.')[0]).toMatchObject({ time: '07:30', value: '2017-04-20', partOfDay: 'morning' })
    expect(dates('Chiều 12/7, Tỉnh ủy họp.')[0]).toMatchObject({ time: null })
  })
})

describe('mồng, mùng and lunar days', () => {
  it('reads a solar mồng day and leaves lunar days out', () => {
    expect(dates('Nhân dịp mồng 2/9, tỉnh tổ chức gặp mặt.')[0]).toMatchObject({ value: '2023-09-02' })
    expect(dates('Sáng mùng 6 tháng Giêng, nhân dân dự lễ hội.')).toEqual([])
    expect(dates('Sáng 10.2 (mùng 3 Tết), lãnh đạo tỉnh thăm các đơn vị.', '2024-02-12')).toMatchObject([{ text: 'Sáng 10.2', value: '2024-02-10' }])
  })
})

describe('relative periods', () => {
  it('resolve against the publication date; comparisons and counts are not dates', () => {
    expect(dates('Năm ngoái, tỉnh kết nạp 2.000 đảng viên.')[0]).toMatchObject({ kind: 'year', start: '2023-01-01', end: '2023-12-31' })
    expect(dates('Tăng 5% so với cùng kỳ năm trước.')).toEqual([])
    expect(dates('Trong những năm tới, tỉnh phát triển.')).toEqual([])
    expect(dates('Trong 3 ngày, đoàn làm việc.')).toEqual([])
  })
})
