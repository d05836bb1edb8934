import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { loadShared, SEEDS } from './support/fixtures.ts'

const seeds = loadShared(SEEDS)
const seed = (p: string) => seeds.find((s) => s.name.startsWith(p))!.input
const listed = (p: string) => extract(seed(p)).counts.map((c) => `${c.value}${c.percent ? '%' : ''} ${c.subject}`)

/** Every count of the five seed articles, as a careful reader lists them, and the numbers that are not counts. */
describe.skipIf(seeds.length === 0)('counts in the seed articles', () => {
  it('000: the organisation totals and the new members', () => {
    expect(listed('000_')).toEqual([
      '608 tổ chức cơ sở đảng', '9 đảng bộ bộ phận', '2191 chi bộ trực thuộc', '49820 đảng viên', '812 đảng viên mới', '331 đảng viên',
    ])
    const c = extract(seed('000_')).counts
    expect(c[3]).toMatchObject({ total: true, category: 'members', scope: { text: 'toàn tỉnh Quảng Trị' } })
    expect(c[5]).toMatchObject({ change: 'increase', comparedTo: 'same-period-previous-year', period: { start: '2024-01-01', end: '2024-06-30' } })
  })
  it('001: no counts (durations, documents and years only)', () => {
    expect(listed('001_')).toEqual([])
  })
  it('002: the breakdown in parentheses links parts to their total', () => {
    expect(listed('002_')).toEqual([
      '15 đảng bộ trực thuộc', '2 đảng bộ cơ sở trực thuộc', '686 tổ chức cơ sở đảng', '259 đảng bộ cơ sở', '427 chi bộ cơ sở',
      '13 đảng bộ bộ phận', '2538 chi bộ trực thuộc', '45239 đảng viên', '1800 đảng viên', '100% xã, phường, thị trấn',
      '100% thôn, tổ dân phố',
    ])
    const c = extract(seed('002_')).counts
    expect(c.map((x) => x.partOf)).toEqual([null, 0, null, 2, 2, null, null, null, null, null, null])
    expect(c[8]).toMatchObject({ rate: 'per-year', change: 'increase' })
    // The body a count belongs to: "Đảng bộ tỉnh có 15 đảng bộ trực thuộc…".
    expect(c[0]!.body?.text).toBe('Đảng bộ tỉnh')
  })
  it('003: qualifiers and a share', () => {
    expect(listed('003_')).toEqual([
      '6800 văn bản', '827 đảng viên mới', '100% chi bộ đảng', '58700 đảng viên', '83% tổng số đảng viên', '841 trường hợp',
      '300 lượt cán bộ, công chức, viên chức', '2644 trường hợp',
    ])
    const c = extract(seed('003_')).counts
    expect(c.map((x) => x.qualifier)).toEqual(['over', null, null, 'over', 'more_than', null, 'over', null])
    expect(c[4]).toMatchObject({ relation: 'share', of: 3 })
  })
  it('004: an abbreviation the article defines, and target attainment', () => {
    expect(listed('004_')).toEqual(['142 trường hợp', '305 trường hợp', '88 đảng viên', '57.5% chỉ tiêu tỉnh giao'])
    const c = extract(seed('004_')).counts
    expect(c[2]).toMatchObject({ subjectText: 'ĐV', category: 'new-members' })
    expect(c[3]).toMatchObject({ relation: 'target', of: 2, qualifier: 'reached' })
  })
  it('numbers that are not counts never appear', () => {
    const all = seeds.flatMap((s) => extract(s.input).counts)
    for (const v of [1350, 2024, 2023, 2022, 2020, 2025, 2026, 2030, 16, 77, 162, 170, 35, 29, 21, 110, 28, 17, 5, 4]) {
      expect(all.filter((c) => c.value === v && !c.percent).map((c) => c.text), `value ${v}`).toEqual([])
    }
  })
})
