/**
 * Days written without a year in articles with no publication date: the year comes from what the
 * story says (issue 11). Sentences are written for the test in the style of provincial news.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'

/** The value of the first date item whose text is `text`. */
function valueOf(input: string, text: string, published?: string): string | null | undefined {
  return extract(input, published ? { published } : {}).dates.find((d) => d.text === text)?.value
}

describe('the year of a day in a story with no publication date', () => {
  it('a review of a year held after it ends is in the next year, one held before it ends in that year', () => {
    expect(valueOf('Ngày 12/1, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2020.', 'Ngày 12/1')).toBe('2021-01-12')
    expect(valueOf('Ngày 24/12, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2020.', 'Ngày 24/12')).toBe('2020-12-24')
  })

  it('a review of the first half of a year held in July is in that year', () => {
    expect(valueOf('Ngày 8/7, Ban Tổ chức Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2022.', 'Ngày 8/7')).toBe('2022-07-08')
  })

  it('a congress of a term is held in the term\'s first year, even when the story cites older years', () => {
    const text = 'Năm 2004, quận đạt nhiều kết quả. Sáng 27-9, Đại hội Đảng bộ quận nhiệm kỳ 2005-2010 khai mạc.'
    expect(valueOf(text, 'Sáng 27-9')).toBe('2005-09-27')
  })

  it('a congress prepared for is not the day\'s year', () => {
    const text = 'Năm 2019, thành phố phát triển. Chiều 3/7, Thành ủy bàn công tác chuẩn bị đại hội nhiệm kỳ 2020 - 2025.'
    expect(valueOf(text, 'Chiều 3/7')).toBe('2019-07-03')
  })

  it('a full day written near the day gives its year, not a later plan year', () => {
    const text = 'Sáng 10/6, Quốc hội họp phiên toàn thể. Trước đó, sáng ngày 3/6/2019, Quốc hội thảo luận. Kế hoạch năm 2020 được thông qua.'
    expect(valueOf(text, 'Sáng 10/6')).toBe('2019-06-10')
  })

  it('a document day long before the story does not date it', () => {
    const text = 'Ngày 7/7, đoàn làm việc với Tỉnh ủy về thực hiện Chỉ thị số 15 ngày 5/6/2012. Kết quả năm 2016 và năm 2017 được đánh giá.'
    expect(valueOf(text, 'Ngày 7/7')).toBe('2017-07-07')
  })

  it('a day far before the latest full day the story writes is in the next year', () => {
    const text = 'Ngày 2/3, Ban Chỉ đạo họp. Năm 2017, tỉnh ban hành Kế hoạch số 20 ngày 1/8/2017.'
    expect(valueOf(text, 'Ngày 2/3')).toBe('2018-03-02')
  })

  it('a deadline pulls the day to its year when the story\'s other years are older', () => {
    const text = 'Chiều 25-5, Ban Bí thư họp, áp dụng Quy định số 181 ngày 30-3-2013. Bộ Nội vụ báo cáo trước ngày 15-7-2017.'
    expect(valueOf(text, 'Chiều 25-5')).toBe('2017-05-25')
  })

  it('a story that plans its latest year puts a December day in the year before', () => {
    const text = 'Chiều 27/12, Bộ họp báo. Để đạt mục tiêu kế hoạch đề ra trong năm 2018, Bộ đề ra giải pháp.'
    expect(valueOf(text, 'Chiều 27/12')).toBe('2017-12-27')
  })

  it('a story that only reports what its latest year achieved puts a May day in the next year', () => {
    const text = 'Sáng 15/5, đoàn làm việc với tỉnh. Năm 2016, tăng trưởng kinh tế của tỉnh đạt 7,6%.'
    expect(valueOf(text, 'Sáng 15/5')).toBe('2017-05-15')
  })

  it('a story at the turn of two years puts a November day in the earlier one', () => {
    const text = 'Sáng 3/11, Chính phủ họp. Năm 2018 kinh tế tăng trưởng khá; năm 2019 còn nhiều thách thức.'
    expect(valueOf(text, 'Sáng 3/11')).toBe('2018-11-03')
  })

  it('birth years and history do not give the story\'s year; the term it names does', () => {
    const text = 'Ông sinh năm 1968. Sáng 30/9, Đại hội Đảng bộ tỉnh lần thứ 18, nhiệm kỳ 2015-2020 bầu Ban Chấp hành.'
    expect(valueOf(text, 'Sáng 30/9')).toBe('2015-09-30')
  })

  it('a review of N years of carrying out a document is N years after its day', () => {
    const text = 'Ngày 9/6, Ban Thường vụ Tỉnh ủy sơ kết 1 năm thực hiện Quy định số 01 ngày 3/3/2016 về trách nhiệm người đứng đầu.'
    expect(valueOf(text, 'Ngày 9/6')).toBe('2017-06-09')
  })

  it('a period counted to ("tính đến cuối quý I/2005") is the story\'s time, not a target', () => {
    const text = 'Tọa đàm tổ chức ngày 9-6. Tính đến cuối quý I/2005, Đảng bộ có 40 tổ chức cơ sở đảng; trong năm 2004 kết nạp 121 đảng viên.'
    expect(valueOf(text, 'ngày 9-6')).toBe('2005-06-09')
  })

  it('the last months of a year, named with no cue, are the months ahead', () => {
    const text = 'Hội nghị bế mạc chiều 28/6. Hội nghị thảo luận tình hình kinh tế - xã hội 6 tháng cuối năm 2017.'
    expect(valueOf(text, 'chiều 28/6')).toBe('2017-06-28')
  })

  it('a publication date, when given, still decides', () => {
    expect(valueOf('Ngày 12/1, Huyện ủy tổng kết công tác năm 2020.', 'Ngày 12/1', '2021-06-01')).toBe('2021-01-12')
    expect(valueOf('Ngày 24/12, Huyện ủy tổng kết công tác năm 2020.', 'Ngày 24/12', '2021-06-01')).toBe('2020-12-24')
  })

  it('with no year anywhere, the day stays without one', () => {
    expect(valueOf('Ngày 8/7, đoàn công tác làm việc với huyện.', 'Ngày 8/7')).toBeNull()
  })
})

describe('days counted from the story\'s today when there is no publication date', () => {
  it('"Hôm nay" beside "Chiều nay 25-5" is that day', () => {
    const r = extract('Hôm nay, Ban Bí thư họp. Chiều nay 25-5, Văn phòng Trung ương ra thông cáo về Quy định ngày 30-3-2017.')
    expect(r.dates.find((d) => d.text === 'Hôm nay')).toMatchObject({ value: '2017-05-25', yearFrom: 'context' })
  })

  it('without a today written, "hôm qua" has no value', () => {
    expect(valueOf('Hôm qua, Tỉnh ủy họp.', 'Hôm qua')).toBeNull()
  })
})

describe('a national anniversary gives the year when none is written', () => {
  it('"kỷ niệm N năm <a national day>": that day\'s year plus N', () => {
    expect(valueOf('Kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh, sáng 19-5, Huyện ủy tổ chức tọa đàm.', 'sáng 19-5')).toBe('2017-05-19')
    expect(valueOf('Chiều 3-2, Đảng ủy khối tổ chức kỷ niệm 90 năm ngày thành lập Đảng Cộng sản Việt Nam.', 'Chiều 3-2')).toBe('2020-02-03')
  })
  it('not a local anniversary, and not over a year written', () => {
    expect(valueOf('Kỷ niệm 60 năm ngày thành lập Đảng bộ tỉnh, sáng 19-5, Tỉnh ủy tổ chức gặp mặt.', 'sáng 19-5')).toBeNull()
    expect(valueOf('Kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh, sáng 19-5, Huyện ủy tổng kết công tác năm 2020.', 'sáng 19-5')).not.toBe('2017-05-19')
  })
})
