import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { meetingDateKey, scoreArticle, type Gold } from './tools/score.ts'

/** A made-up working session with a day and month and no year anywhere, and no publication date. */
const TEXT = 'Ngày 8/7, Ban Thường vụ Tỉnh ủy Cà Mau làm việc với Đoàn kiểm tra của Ban Chỉ đạo về công tác cán bộ.'
const gold = (date: string | null): Gold => ({ published: null, documents: [], meetings: [{ date, chairs: [] }] })

describe('meeting dates with no knowable year', () => {
  const record = extract(TEXT)

  it('the record gives no year but points at the day and month', () => {
    expect(record.meetings).toHaveLength(1)
    expect(record.meetings[0]!.date).toBeNull()
    expect(meetingDateKey(record.meetings[0]!, record.dates)).toBe('XXXX-07-08')
  })

  it('a partial day matches partial gold only', () => {
    expect(scoreArticle(record, gold('XXXX-07-08')).meetingDates).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(scoreArticle(record, gold('XXXX-07-09')).meetingDates).toMatchObject({ tp: 0, fp: 1, fn: 1 })
    expect(scoreArticle(record, gold('2021-07-08')).meetingDates).toMatchObject({ tp: 0, fp: 1, fn: 1 })
  })

  it('a resolved day is used as it is', () => {
    const dated = extract(TEXT, { published: '2021-07-09' })
    expect(meetingDateKey(dated.meetings[0]!, dated.dates)).toBe('2021-07-08')
    expect(scoreArticle(dated, gold('2021-07-08')).meetingDates).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(scoreArticle(dated, gold('XXXX-07-08')).meetingDates).toMatchObject({ tp: 1, fp: 0, fn: 0 })
  })

  it('a meeting with no day has no key', () => {
    expect(meetingDateKey({ date: null, dateText: null }, [])).toBeNull()
  })
})
