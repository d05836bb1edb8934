import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { DEV_CORPUS, loadFixtures, loadShared, SEEDS } from './support/fixtures.ts'
import { expectRecordInvariants } from './support/invariants.ts'

const articles = [
  ...loadShared(SEEDS).map((a) => ({ ...a, name: `seeds/${a.name}` })),
  ...loadShared(DEV_CORPUS).map((a) => ({ ...a, name: `dev/${a.name}` })),
  ...loadFixtures().map((f) => ({ name: `fixtures/${f.name}`, input: f.input })),
]
const variants: Array<[string, (s: string) => string]> = [
  ['as given', (s) => s],
  ['NFD', (s) => s.normalize('NFD')],
  ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
  ['NFD + CRLF + NBSP', (s) => s.normalize('NFD').replace(/\n/g, '\r\n').replace(/ /g, '\u00a0')],
]

describe('every span of every record slices to its text', () => {
  if (loadShared(DEV_CORPUS).length === 0) it.skip('../shared/corpus/dev is absent: corpus spans not checked', () => {})
  for (const [label, variant] of variants) {
    it(`${label}: ${articles.length} articles`, () => {
      let items = 0
      for (const a of articles) {
        const input = variant(a.input)
        const record = extract(input)
        expect(record.issues.filter((i) => i.code === 'internal_error'), a.name).toEqual([])
        items += expectRecordInvariants(input, record)
      }
      expect(items).toBeGreaterThan(articles.length)
    })
  }

  it('slices the same text for every item whatever the Unicode form and line ends (offsets, not just slices, are right)', () => {
    // Item texts are built by slicing, so "text === slice" alone cannot catch a wrong offset; the same
    // article in another form must give items whose slices read the same once normalised.
    const canon = (s: string) => s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ')
    const texts = (input: string) => {
      const r = extract(input, { published: '2024-12-31' })
      return [...r.documents, ...r.dates, ...r.counts, ...r.people, ...r.bodies, ...r.meetings].map((i) => canon(input.slice(i.span.start, i.span.end)))
    }
    for (const a of articles) {
      const plain = texts(a.input)
      expect(texts(a.input.normalize('NFD').replace(/\n/g, '\r\n')), a.name).toEqual(plain)
      expect(texts(a.input.replace(/ /g, '\u00a0')), a.name).toEqual(plain)
    }
  })

  it("a document's date span slices to the date itself, written after the reference or before it", () => {
    const cases: Array<[string, string]> = [
      ['Ngày 15/3/2018, Thành ủy có Nghị quyết số 12-NQ/TU về công tác cán bộ.', '15/3/2018'],
      ['Thực hiện Kế hoạch số 29-KH/TU, ngày 14/01/2022 của Ban Thường vụ Tỉnh ủy.', '14/01/2022'],
    ]
    for (const [input, date] of cases) {
      const d = extract(input).documents[0]!
      expect(input.slice(d.dateSpan!.start, d.dateSpan!.end)).toBe(date)
      expectRecordInvariants(input, extract(input))
    }
  })

  it('finds the same documents and dates whatever the Unicode form and line ends', () => {
    for (const a of articles) {
      const key = (s: string) => {
        const r = extract(s, { published: '2024-12-31' })
        return JSON.stringify([r.documents.map((d) => [d.key, d.date, d.issuer]), r.dates.map((d) => [d.kind, d.start, d.end])])
      }
      expect(key(a.input.normalize('NFD').replace(/\n/g, '\r\n')), a.name).toBe(key(a.input))
    }
  })
})
