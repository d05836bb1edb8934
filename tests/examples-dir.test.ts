import { describe, expect, it } from 'vitest'
import { countRows, toTsv } from '../examples/counts-table.ts'
import { extract } from '../src/index.ts'

describe('examples/counts-table.ts', () => {
  it('flattens counts into rows that point back into the article', () => {
    const input = '09:11, 10/11/2021\nTiêu đề về công tác xây dựng tổ chức cơ sở đảng\nToàn tỉnh Quảng Trị có 608 tổ chức cơ sở đảng với tổng số 49.820 đảng viên trong 6 tháng đầu năm 2021.'
    const rows = countRows(extract(input, { source: 'a.txt' }))
    expect(rows.map((r) => [r.category, r.value, r.province, r.published, r.periodStart])).toEqual([
      ['grassroots-organisations', 608, 'Quảng Trị', '2021-11-10T09:11', '2021-01-01'],
      ['members', 49820, 'Quảng Trị', '2021-11-10T09:11', '2021-01-01'],
    ])
    for (const r of rows) expect(input.slice(r.start, r.end)).toBe(r.text)
    const tsv = toTsv(rows).split('\n')
    expect(tsv).toHaveLength(3)
    expect(tsv[0]!.split('\t')).toContain('category')
  })
})
