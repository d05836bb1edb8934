import { describe, expect, it } from 'vitest'
import { extract, type ArticleRecord } from '../src/index.ts'
import { loadShared, SEEDS } from './support/fixtures.ts'
import { expectRecordInvariants } from './support/invariants.ts'

const seeds = loadShared(SEEDS)
const byPrefix = (p: string) => seeds.find((s) => s.name.startsWith(p))
const docs = (r: ArticleRecord) => r.documents.map((d) => `${d.id ?? `${d.type} ${d.number}`} ${d.date}`)

describe.skipIf(seeds.length === 0)('seed articles (../shared/seeds, read at run time)', () => {
  it('finds every numbered document reference with its id or type+number and date', () => {
    expect(docs(extract(byPrefix('000_')!.input))).toEqual([])
    expect(docs(extract(byPrefix('001_')!.input))).toEqual([
      '29-KH/TU 2022-01-14', '21-KL/TW null', '05-CT/TW null', '17-CTr/TU 2022-11-22',
      '21-NQ/TW 2022-06-16', '110-KH/TU 2023-04-04', '28-NQ/TW null',
    ])
    expect(docs(extract(byPrefix('002_')!.input))).toEqual([])
    expect(docs(extract(byPrefix('003_')!.input))).toEqual(['NQ 77 2022-05-25', 'CT 35 2024-06-14', 'NQ 162 2024-05-22', 'KH 170 2024-05-22'])
    expect(docs(extract(byPrefix('004_')!.input))).toEqual([])
  })

  it('links what each document implements and infers issuers from the body', () => {
    const r1 = extract(byPrefix('001_')!.input)
    const impl = Object.fromEntries(r1.documents.map((d) => [d.key, d.implements]))
    expect(impl).toMatchObject({ '29-KH/TU': ['21-KL/TW'], '17-CTr/TU': ['21-NQ/TW'], '110-KH/TU': ['28-NQ/TW'], '21-KL/TW': [] })
    const r3 = extract(byPrefix('003_')!.input)
    const nq77 = r3.documents.find((d) => d.key === 'NQ 77')!
    expect(nq77).toMatchObject({ issuer: 'TU', issuerInferred: true, system: 'party' })
    expect(nq77.mentions).toHaveLength(3)
    expect(r3.documents.find((d) => d.key === 'CT 35')).toMatchObject({ issuer: 'TW', issuerInferred: true })
    expect(r3.documents.find((d) => d.key === 'KH 170')!.implements).toEqual(['NQ 162'])
  })

  it('reads both publication stamps', () => {
    expect(extract(byPrefix('001_')!.input).published).toBe('2023-07-13T12:27')
    expect(extract(byPrefix('002_')!.input).published).toBe('2021-11-10T09:11')
    expect(extract(byPrefix('000_')!.input).published).toBeNull()
  })

  it('resolves part-of-day dates against the stamp and the article year', () => {
    const first = (p: string) => extract(byPrefix(p)!.input).dates.find((d) => d.kind === 'date')
    expect(first('001_')).toMatchObject({ text: 'Chiều 12/7', value: '2023-07-12', partOfDay: 'afternoon', yearFrom: 'published' })
    expect(first('002_')).toMatchObject({ text: 'Chiều 10-11', value: '2021-11-10', partOfDay: 'afternoon' })
    expect(first('003_')).toMatchObject({ text: 'ngày 15/7', value: '2024-07-15', yearFrom: 'context' })
    expect(first('004_')).toMatchObject({ text: 'Ngày 5/10', value: '2023-10-05', yearFrom: 'context' })
  })

  it('reads title, byline, photo credits and repeated captions', () => {
    const r = Object.fromEntries(seeds.map((s) => [s.name.slice(0, 3), extract(s.input)]))
    expect(r['001']!.title?.text).toBe('Sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2023')
    expect(r['001']!.byline?.text).toBe('Tuấn Anh')
    expect(r['002']!.byline?.text).toBe('X.T')
    expect(r['003']!.byline?.text).toBe('PV')
    expect(r['004']!.photoCredits.map((c) => c.text)).toEqual(['Văn Nỷ', 'B.An'])
    expect(r['003']!.captions.map((c) => c.text)).toEqual([
      'Quang cảnh hội nghị',
      'Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm phát biểu chỉ đạo tại hội nghị',
    ])
    expect(r['002']!.stats.duplicateParagraphs).toBe(1)
  })

  it.each(seeds.map((s) => [s.name, s] as const))('%s: every span slices to its text', (_n, s) => {
    expect(expectRecordInvariants(s.input, extract(s.input))).toBeGreaterThan(0)
  })
})
