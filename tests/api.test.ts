import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.ts'
import { ArticleRecordSchema } from '../src/records/index.ts'
import { articleRecordJsonSchema } from './tools/json-schema.ts'
import { ROOT } from './support/fixtures.ts'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['describePipeline', 'explain', 'extract', 'normalize', 'normalizePublished', 'parseDigits', 'parseNumberWords', 'parseRoman', 'parseVietnameseNumber'])
  })
  it('every record type is exported from the root (checked by the type-checker)', () => {
    const r = api.extract('Đồng chí Nguyễn Văn An chủ trì hội nghị. Có 5 đảng viên, 20 triệu đồng.', { published: '2024-07-16' })
    const people: api.Person[] = r.people
    const meetings: api.Meeting[] = r.meetings
    const counts: api.Count[] = r.counts
    const amounts: api.Amount[] = r.amounts
    const bodies: api.Body[] = r.bodies
    const titles: api.Title[] = people.flatMap((p) => p.titles)
    const error: api.ErrorLine = { id: 'a', source: 'a', error: { code: 'timeout', message: 'm' } }
    expect([people.length, meetings.length, counts.length, amounts.length, bodies.length, titles.length, error.id]).toEqual([1, 1, 1, 1, 0, 0, 'a'])
  })
  it('the contract fields exist with the documented shapes', () => {
    const r = api.extract('09:11, 10/11/2021\nTiêu đề bài báo về công tác xây dựng Đảng\nThực hiện Nghị định số 30/2020/NĐ-CP, ngày 05/3/2020 và Nghị quyết số 77.', {})
    expect(r.published).toBe('2021-11-10T09:11')
    expect(r.documents.map((d) => [d.id, d.number, d.type, d.date])).toEqual([['30/2020/NĐ-CP', '30', 'NĐ', '2020-03-05'], [null, '77', 'NQ', null]])
    expect(ArticleRecordSchema.parse(r)).toEqual(r)
  })
  it('the JSON Schema is generated from the zod schema and shipped in dist after a build', () => {
    const schema = articleRecordJsonSchema() as { properties: Record<string, unknown>; required: string[] }
    expect(Object.keys(schema.properties)).toEqual(Object.keys(ArticleRecordSchema.shape))
    expect(schema.required).toContain('documents')
    const built = join(ROOT, 'dist', 'article-record.schema.json')
    if (existsSync(built)) expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(schema)
  })
})
