import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { loadShared, SEEDS } from './support/fixtures.ts'

const seeds = loadShared(SEEDS)
const read = (p: string) => extract(seeds.find((s) => s.name.startsWith(p))!.input)
const meetings = (p: string) => read(p).meetings.map((m) => ({ kind: m.kind, date: m.date, partOfDay: m.partOfDay, chairs: m.chairs }))

describe('working sessions with several bodies', () => {
  it('one session per body named after "làm việc với", each with its host', () => {
    const r = extract('Ngày 7-2, Bí thư Thành ủy dẫn đầu đoàn công tác làm việc với Quận ủy quận 2 và Quận ủy quận 9 về tình hình kinh tế.', { published: '2017-02-10' })
    expect(r.meetings.map((m) => [m.date, m.host?.text])).toEqual([['2017-02-07', 'Quận ủy quận 2'], ['2017-02-07', 'Quận ủy quận 9']])
  })
})

/** People, chairs, meeting kind and date of each seed article, as a careful reader states them. */
describe.skipIf(seeds.length === 0)('people and meetings in the seed articles', () => {
  it('000: a working session with no date, chaired by the head of the organisation board', () => {
    const r = read('000_')
    expect(r.people.map((p) => p.name)).toEqual(['Phan Văn Phụng', 'Tống Văn Thanh'])
    expect(meetings('000_')).toEqual([{ kind: 'working-session', date: null, partOfDay: null, chairs: ['Phan Văn Phụng'] }])
    const thanh = r.people[1]!
    expect(thanh.titles[0]).toMatchObject({ position: 'Vụ trưởng', body: 'Vụ Báo chí - Xuất bản, Ban Tuyên giáo Trung ương' })
    expect(r.people[0]!.titles[0]).toMatchObject({ position: 'Trưởng Ban', body: 'Ban Tổ chức Tỉnh ủy', locality: 'Quảng Trị' })
    expect(r.people[0]!.mentions).toHaveLength(2)
    expect(r.province).toMatchObject({ name: 'Quảng Trị' })
    // Every way the article writes the organisation board is one body.
    const board = r.bodies.find((b) => b.mentions.some((m) => m.text === 'Ban Tổ chức Tỉnh ủy'))!
    expect(board).toMatchObject({ name: 'Ban Tổ chức Tỉnh ủy tỉnh Quảng Trị', locality: 'Quảng Trị', level: 'province', kind: 'party-board' })
    expect(board.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Ban Tổ chức Tỉnh ủy Quảng Trị', 'Ban Tổ chức Tỉnh ủy']))
    // "Ban Thường vụ Tỉnh ủy" is never written with its province: the article's, marked inferred.
    expect(r.bodies.find((b) => b.name === 'Ban Thường vụ Tỉnh ủy')).toMatchObject({ locality: 'Quảng Trị', localityInferred: true })
    expect(r.bodies.find((b) => b.name === 'Đoàn Kiểm tra 1350')).toMatchObject({ kind: 'team' })
  })
  it('001: a six-month review, its chair, attendee and the periods it reviews and plans', () => {
    const r = read('001_')
    expect(r.people.map((p) => p.name)).toEqual(['Phan Ngọc Thọ', 'Phan Xuân Toàn', 'Hồ Chí Minh'])
    expect(meetings('001_')).toEqual([{ kind: 'review-midterm', date: '2023-07-12', partOfDay: 'afternoon', chairs: ['Phan Ngọc Thọ'] }])
    const m = r.meetings[0]!
    expect(m.attendees).toEqual(['Phan Xuân Toàn'])
    expect(m.organiser?.text).toBe('Ban Tổ chức Tỉnh ủy')
    expect(m.periodReviewed).toMatchObject({ start: '2023-01-01', end: '2023-06-30' })
    expect(m.periodPlanned).toMatchObject({ text: '6 tháng cuối năm 2023', start: '2023-07-01', end: '2023-12-31' })
    expect(r.people[1]!.titles.map((t) => t.expanded)).toEqual(['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'])
    expect(r.bodies.map((b) => b.name)).toEqual(expect.arrayContaining(['ban tổ chức huyện ủy', 'ban tổ chức thị ủy', 'ban tổ chức thành ủy Huế']))
  })
  it('002: two chairs listed after "các ông:"', () => {
    expect(read('002_').people.map((p) => p.name)).toEqual(['Nguyễn Khắc Toàn', 'Nguyễn Khắc Hà'])
    expect(meetings('002_')).toEqual([{ kind: 'review-final', date: '2021-11-10', partOfDay: 'afternoon', chairs: ['Nguyễn Khắc Toàn', 'Nguyễn Khắc Hà'] }])
  })
  it('003: a briefing dated from the article\'s own year; the speaker is not a chair', () => {
    const r = read('003_')
    expect(r.people.map((p) => p.name)).toEqual(['Hoàng Văn Nghiệm'])
    expect(r.people[0]!.titles[0]).toMatchObject({ position: 'Phó Bí thư Thường trực', body: 'Tỉnh ủy', locality: 'Lạng Sơn' })
    expect(r.people[0]!.roles).toEqual(['speaker'])
    expect(meetings('003_')).toEqual([{ kind: 'briefing', date: '2024-07-15', partOfDay: null, chairs: [] }])
  })
  it('004: the extended executive committee meeting no. 16; a title-only mention joins its person', () => {
    const r = read('004_')
    expect(r.people.map((p) => p.name)).toEqual(['Lâm Đông', 'Hồ Chí Minh'])
    expect(meetings('004_')).toEqual([{ kind: 'executive-committee', date: '2023-10-05', partOfDay: null, chairs: [] }])
    expect(r.meetings[0]).toMatchObject({ ordinal: 16, kindText: 'Hội nghị Ban Chấp hành mở rộng lần thứ 16' })
    expect(r.people[0]!.mentions.map((m) => m.kind)).toEqual(['name', 'name', 'title'])
    expect(r.people[0]!.roles).toEqual(['attendee', 'speaker'])
    expect(r.photoCredits.map((c) => c.text)).toEqual(['Văn Nỷ', 'B.An'])
  })
})
