import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { expectRecordInvariants } from './support/invariants.ts'

const vietnameseish = fc.array(
  fc.constantFrom(
    'Kế hoạch số ', '29-KH/TU', ', ngày ', '14/01/2022', ' của ', 'Ban Thường vụ Tỉnh ủy', ' về ', 'Chiều 12/7', '.', ' ',
    '\n', '\r\n', 'Nghị quyết số 77', '35- NQ/TW', '30/2020/NĐ-CP', '49.820', '57,5%', 'Ảnh: ', 'LÊ PHI', '09:11, 10/11/2021',
    'nhiệm kỳ 2020-2025', '6 tháng đầu năm', '<p>', '</p>', '&nbsp;', '\u00a0', '\u200b', 'o\u0302\u0301', '\ud800', '\udc00',
    'TP. ', 'Hồ Chí Minh', '...', '----', '((((', '////', '9999999999999999', 'quý III/', 'thứ XIV', 'của', 'về về về ',
  ),
  { maxLength: 60 },
).map((parts) => parts.join(''))

describe('any string gives a schema-valid record, never a throw', () => {
  it('arbitrary unicode strings (lone surrogates, controls included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
      expectRecordInvariants(s, extract(s))
    }), { numRuns: 400 })
  })

  it('Vietnamese-like fragments in random order', () => {
    fc.assert(fc.property(vietnameseish, fc.option(fc.constantFrom('2024-07-20', '2023-01-01', 'garbage')), (s, published) => {
      const record = extract(s, published ? { published } : {})
      expectRecordInvariants(s, record)
    }), { numRuns: 400 })
  })

  it('is deterministic: same input, byte-identical JSON', () => {
    fc.assert(fc.property(vietnameseish, (s) => {
      expect(JSON.stringify(extract(s, { published: '2024-07-20' }))).toBe(JSON.stringify(extract(s, { published: '2024-07-20' })))
    }), { numRuns: 100 })
  })
})

describe('bad input gets a clear issue', () => {
  it('empty and whitespace', () => {
    expect(extract('').issues.map((i) => i.code)).toEqual(['input_empty'])
    expect(extract(' \n\t ').issues.map((i) => i.code)).toEqual(['input_empty'])
  })
  it('binary data', () => {
    const bin = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))
    const r = extract(bin)
    expect(r.issues.map((i) => i.code)).toContain('input_binary')
    expect(r.documents).toEqual([])
  })
  it('non-Vietnamese text', () => {
    const en = 'The committee met on Tuesday to review the plan. '.repeat(20)
    expect(extract(en).issues.map((i) => i.code)).toContain('not_vietnamese')
  })
  it('input over maxLength is cut, with spans still valid', () => {
    const s = 'Kế hoạch số 29-KH/TU ngày 14/01/2022. '.repeat(100)
    const r = extract(s, { maxLength: 500 })
    expect(r.issues.map((i) => i.code)).toContain('input_truncated')
    expectRecordInvariants(s, r)
    expect(r.documents).toHaveLength(1)
    expect(r.documents[0]!.mentions.length).toBeLessThan(100)
  })
  it('an invalid published option is reported and ignored', () => {
    const r = extract('Chiều 12/7, hội nghị.', { published: 'not a date' })
    expect(r.issues.map((i) => i.code)).toEqual(['invalid_published'])
    expect(r.dates[0]!.value).toBeNull()
  })
  it('inputs that made sentence-, name- and item-scoped code quadratic finish (review findings)', () => {
    // At these sizes quadratic code ran for minutes (20 s to 210 s measured); linear code takes about a second.
    const cases = [
      Array.from({ length: 15_000 }, (_, i) => `ông Nguyễn Văn X${i.toString(36)} `).join(''),
      Array.from({ length: 4_000 }, (_, i) => `ông Lê Văn Y${i.toString(36)}, Bí thư Chi bộ ${i}, có ${i} đảng viên; `).join(''),
      '5 đảng viên, '.repeat(30_000),
      'một đảng viên '.repeat(30_000),
      '"a 1 '.repeat(60_000),
      Array.from({ length: 20_000 }, (_, i) => `Nghị quyết số ${i} `).join(''),
      'Hội nghị ngày 5/10 '.repeat(20_000),
      '<script></script>x'.repeat(20_000),
    ]
    for (const s of cases) expect(extract(s, { published: '2024-01-01' }).issues.filter((i) => i.code === 'internal_error')).toEqual([])
  })
  it('a huge adversarial input finishes (no super-linear backtracking)', () => {
    const parts = ['0.00'.repeat(30_000) + '\x00', '1.000.000'.repeat(20_000) + 'a', '1'.repeat(100_000), '/'.repeat(50_000), 'của '.repeat(20_000), 'Ảnh: A '.repeat(20_000), '<p'.repeat(20_000), 'về '.repeat(30_000), '9-'.repeat(30_000)]
    for (const s of parts) expectRecordInvariants(s, extract(s))
  })
  it('non-string input and odd options from untyped callers', () => {
    expect(extract(undefined as unknown as string).issues[0]!.code).toBe('input_empty')
    expect(extract(42 as unknown as string).stats.inputLength).toBe(2)
    expect(() => extract('x', null as unknown as undefined)).not.toThrow()
    expect(() => extract(Object.create(null) as string)).not.toThrow()
    expect(extract(Object.create(null) as string).issues.map((i) => i.code)).toEqual(['invalid_input', 'input_empty'])
    expect(extract(42 as unknown as string).issues.map((i) => i.code)).toContain('invalid_input')
  })
  it('a run of hundreds of digits is no number (never Infinity)', () => {
    for (const s of ['Toàn tỉnh có ' + '9'.repeat(400) + ' đảng viên.', '9'.repeat(400) + '% xã']) expectRecordInvariants(s, extract(s))
  })
})

describe('words that name Object.prototype properties are plain words', () => {
  // A lexicon kept as a plain object answers `constructor` or `toString` with a function: every
  // look-up of text read from the article must ask for the object's own words only.
  const NAMES = Object.getOwnPropertyNames(Object.prototype)
  it.each(NAMES)('%s', (name) => {
    const text = `Có 7 đảng viên mới. Có 5 ${name}, abc tham gia; ${name} 12 ${name}. Lần thứ ${name}, ngày ${name} 3/4, ${name} tỉnh, 40 ${name} (${name.toUpperCase()}). `
      + `Sáng ${name} 12/7, Tỉnh ủy ${name} tổ chức hội nghị ${name}; ông ${name} Nguyễn Văn ${name[0]!.toUpperCase()}${name.slice(1)} chủ trì.`
    const record = extract(text, { published: '2024-07-16' })
    expect(record.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(record.counts.map((c) => c.value)).toContain(7)
  })
})
