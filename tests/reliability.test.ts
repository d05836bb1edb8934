/**
 * Regression tests for the failures listed in issue 8, each of which failed before its fix:
 * astral characters before names (a /u regex stepping into a surrogate pair looped forever), the
 * process time zone changing dates, entity names looked up on Object.prototype, options that throw
 * when read, an impossible time in the published option. The shapes that were quadratic are
 * families of tests/support/adversarial.ts, timed at n and 4n by tests/linear-time.test.ts.
 */
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extract, normalize } from '../src/index.ts'
import type { ArticleRecord } from '../src/index.ts'
import { IsolatedWorker } from './support/isolated.ts'
import { recordProblems } from './support/record-problems.ts'
import { ROOT } from './support/fixtures.ts'

const worker = new IsolatedWorker(new URL('./support/extract-worker.ts', import.meta.url).pathname)
afterAll(() => worker.close())
// The worker loads the sources and compiles the grammars first, which a loaded machine can stretch
// past the budget of one extraction: that start is given its own, longer budget.
beforeAll(async () => {
  await extractWithin('Chiều 12/7, đồng chí Nguyễn Văn An chủ trì hội nghị.', 120_000)
}, 130_000)

async function extractWithin(input: string, ms = 10_000): Promise<ArticleRecord> {
  const out = await worker.call<ArticleRecord>({ op: 'extract', input }, ms)
  if (!out.ok) throw new Error(`extract(${JSON.stringify(input.slice(0, 60))}) ${out.reason}: ${out.message}`)
  return out.value
}

describe('characters outside the BMP never make extract() hang', () => {
  it.each([
    '😀 Nguyễn An', '👍Nguyễn Văn An', '<p>&#x1F600; Nguyễn Văn An</p>', '📌 Đồng chí Nguyễn Văn An chủ trì hội nghị.',
    '👉Bí thư Tỉnh ủy Nguyễn Văn An', '⭐ 12 đảng viên', '𠀀Nguyễn Văn An, Phó Chủ tịch UBND tỉnh', '🇻🇳 Ông Trần Văn Nam',
  ])('%s', async (input) => {
    const record = await extractWithin(input)
    expect(recordProblems(input, record)).toEqual([])
  })
  it('still finds the name after the emoji', async () => {
    expect((await extractWithin('😀 Đồng chí Nguyễn Văn An phát biểu.')).people.map((p) => p.name)).toEqual(['Nguyễn Văn An'])
  })
})

describe('the process time zone never changes a record', () => {
  const zones = ['UTC', 'Pacific/Apia', 'Pacific/Kiritimati', 'America/Sao_Paulo', 'America/St_Johns', 'Asia/Ho_Chi_Minh', 'Australia/Lord_Howe']
  const runs = zones.map((tz) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'tests/support/tz-probe.ts'], {
    cwd: ROOT, env: { ...process.env, TZ: tz }, encoding: 'utf8',
  })) as { tz: string; offset: number; dates: string[]; hash: string })
  it('the zones really differ (the probe sees its TZ)', () => {
    expect(new Set(runs.map((r) => r.offset)).size).toBeGreaterThan(3)
  })
  it('30/12/2011 exists in Samoa too (it was skipped there: a local Date made it vanish)', () => {
    for (const r of runs) expect(r.dates[0], r.tz).toBe('Chiều 30/12/2011=2011-12-30')
  })
  it('every record is byte-identical in every zone', () => {
    for (const r of runs) expect(r.hash, r.tz).toBe(runs[0]!.hash)
    for (const r of runs) expect(r.dates, r.tz).toEqual(runs[0]!.dates)
  })
})

describe('entities and options', () => {
  it('entity-like names of Object.prototype members are kept as text, not deleted', () => {
    for (const e of ['&valueOf;', '&toString;', '&constructor;', '&__proto__;', '&hasOwnProperty;']) {
      expect(normalize(`<p>a ${e} b</p>`).text.trim(), e).toBe(`a ${e} b`)
    }
    expect(normalize('<p>a &amp; b&nbsp;c</p>').text.trim()).toBe('a & b c')
  })
  it('an option that throws when read loses that option, not the extraction', () => {
    const text = 'Chiều 12/7, hội nghị triển khai Kế hoạch số 29-KH/TU của Ban Thường vụ Tỉnh ủy.'
    const getter = { source: 'a.txt', get published(): string { throw new Error('boom') } }
    const r1 = extract(text, getter)
    expect(r1.documents.map((d) => d.id)).toEqual(['29-KH/TU'])
    expect(r1.source).toBe('a.txt')
    expect(r1.issues.map((i) => i.code)).toContain('invalid_option')
    const proxy = new Proxy({}, { get() { throw new Error('trap') }, has() { throw new Error('trap') } })
    const r2 = extract(text, proxy)
    expect(r2.documents.map((d) => d.id)).toEqual(['29-KH/TU'])
    expect(r2.issues.filter((i) => i.code === 'internal_error')).toEqual([])
  })
  it('an impossible time in the published option is dropped with a warning (the date is kept)', () => {
    const r = extract('Chiều 12/7, hội nghị.', { published: '2024-01-01 25:61' })
    expect(r.published).toBe('2024-01-01')
    expect(r.issues.map((i) => i.code)).toEqual(['invalid_published'])
    expect(extract('Chiều 12/7, hội nghị.', { published: '2024-01-01T23:59' }).published).toBe('2024-01-01T23:59')
  })
})
