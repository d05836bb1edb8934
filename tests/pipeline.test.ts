import { describe, expect, it } from 'vitest'
import { describePipeline, explain, extract } from '../src/index.ts'
import { extractWith } from '../src/extract.ts'
import { checkPipeline } from '../src/pipeline/check-pipeline.ts'
import { runStages } from '../src/pipeline/run-stages.ts'
import { INITIAL_KEYS } from '../src/pipeline/state.ts'
import { RECORD_KEYS, STAGES } from '../src/pipeline/stages.ts'
import { DEV_CORPUS, loadFixtures, loadShared, SEEDS } from './support/fixtures.ts'

describe('the declared pipeline', () => {
  it('reads only what earlier stages write, and every write is used', () => {
    expect(checkPipeline(STAGES, INITIAL_KEYS, RECORD_KEYS)).toEqual([])
  })

  it('the check finds a stage moved before what it reads, a blind rewrite, and an unused write', () => {
    const [normalize, segment, stamp] = STAGES
    expect(checkPipeline([segment!, normalize!], INITIAL_KEYS, ['doc'])).toContain('segment reads normalized, which no earlier stage writes')
    expect(checkPipeline([normalize!, { name: 'again', reads: [], writes: ['normalized'] }, segment!], INITIAL_KEYS, ['doc']))
      .toEqual(['again rewrites normalized (written by normalize) without reading it'])
    expect(checkPipeline([normalize!, segment!, stamp!], INITIAL_KEYS, ['doc'])).toEqual([
      'publication-stamp writes stamp, which nothing reads',
      'publication-stamp writes published, which nothing reads',
    ])
  })

  it('every stage leaves what it reads unchanged and returns exactly what it declares (fixtures and seeds)', () => {
    const articles = [...loadFixtures(), ...loadShared(SEEDS)]
    expect(articles.length).toBeGreaterThanOrEqual(15)
    for (const a of articles) {
      const checked = extractWith(a.input, { published: '2024-07-16' }, { check: true })
      const plain = extractWith(a.input, { published: '2024-07-16' }, {})
      expect(checked.issues.filter((i) => i.code === 'internal_error'), a.name).toEqual([])
      expect(JSON.stringify(checked), a.name).toBe(JSON.stringify(plain))
    }
  })

  it('the check catches a stage that changes what it reads', () => {
    const people = STAGES.find((s) => s.name === 'people')!
    const mutating = { ...people, run: (input: never) => {
      ;(input as { notPeople: unknown[] }).notPeople.push({ start: 0, end: 1 })
      return (people.run as (i: never) => object)(input)
    } }
    const stages = STAGES.map((s) => (s === people ? mutating : s))
    expect(() => runChecked(stages)).toThrow(TypeError)
  })

  it('describePipeline lists the stages in order with their reads and writes', () => {
    const stages = describePipeline()
    expect(stages.map((s) => s.name)).toEqual(STAGES.map((s) => s.name))
    expect(stages.find((s) => s.name === 'counts')).toMatchObject({ reads: expect.arrayContaining(['documentRanges']), writes: ['counts', 'amounts'] })
  })
})

describe('explain(): why a candidate was dropped', () => {
  it('names the rule and the reason for a dropped date and a dropped count', () => {
    const text = 'Đảng bộ có 15 chi bộ. Kết quả đạt 21/22 chỉ tiêu trong 3 ngày.'
    const { record, rejected } = explain(text, { published: '2024-07-16' })
    expect(record).toEqual(extract(text, { published: '2024-07-16' }))
    const day = rejected.find((r) => r.rule === 'date/day' && r.text === '21/22')
    expect(day).toMatchObject({ stage: 'date-candidates', reason: expect.stringContaining('cue') })
    const three = rejected.find((r) => r.rule === 'count/number' && r.text.startsWith('3'))
    expect(three).toMatchObject({ stage: 'counts', reason: expect.stringContaining('duration') })
    for (const r of rejected) expect(text.slice(r.span.start, r.span.end)).toBe(r.text)
    expect(record.counts.map((c) => c.value)).toContain(15)
    expect(rejected.some((r) => r.text === '15' && r.rule === 'count/number')).toBe(false)
  })

  it('reports a lone "một" as the article, not a count', () => {
    const { rejected } = explain('Đây là một đảng viên gương mẫu.')
    expect(rejected).toContainEqual(expect.objectContaining({ rule: 'count/word-number', text: 'một đảng viên gương mẫu', reason: expect.stringContaining('"a"') }))
  })

  it('collects nothing outside explain(), and explain() does not leak into the next extract()', () => {
    explain('Chiều 12/7, có 15 đảng viên.')
    const a = extract('Chiều 12/7, có 15 đảng viên.', { published: '2024-07-16' })
    expect(JSON.stringify(a)).not.toContain('rejected')
  })
})

/** The stages run as extract() runs them, with the declaration checks on. */
function runChecked(stages: typeof STAGES) {
  return runStages(stages, { input: 'Ảnh: Minh Anh\nĐồng chí Nguyễn Văn An phát biểu.', html: false, regions: undefined, publishedOption: null }, { check: true })
}

describe('explain(): people', () => {
  it('says why a capitalised run names no one', () => {
    const { rejected, record } = explain('Nâng cấp các tuyến đường chính như Phạm Văn Đồng, Lê Duẩn. Tại huyện Hà Quảng, ông Lê Văn Tám phát biểu.')
    const why = (text: string) => rejected.find((r) => r.rule === 'person/name' && r.text === text)?.reason
    expect(why('Phạm Văn Đồng')).toContain('place noun')
    expect(why('Lê Duẩn')).toContain('list of places')
    expect(why('Hà Quảng')).toContain('administrative word')
    expect(record.people.map((p) => p.name)).toEqual(['Lê Văn Tám'])
  })
})

/**
 * Every kept item of a record as `rule start-end`: each object with a rule and a span of its own,
 * and every mention of a body (all made by body/body; a meeting's or a person's mentions may come
 * from other rules than the item's, and carry none of their own).
 */
function keptSpans(record: ReturnType<typeof extract>): Set<string> {
  const out = new Set<string>()
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk)
    if (v === null || typeof v !== 'object') return
    const o = v as { rule?: unknown; span?: { start: number; end: number } }
    if (typeof o.rule === 'string' && o.span) out.add(`${o.rule} ${o.span.start}-${o.span.end}`)
    Object.values(v).forEach(walk)
  }
  walk(record)
  for (const b of record.bodies) for (const m of b.mentions) out.add(`${b.rule} ${m.span.start}-${m.span.end}`)
  return out
}

describe('explain(): nothing kept is listed as dropped', () => {
  it('no dropped candidate has the rule and the span of an item the record keeps (seeds, fixtures, dev corpus)', () => {
    const articles = [...loadShared(SEEDS), ...loadFixtures().map((f) => ({ name: f.name, input: f.input })), ...loadShared(DEV_CORPUS)]
    expect(articles.length).toBeGreaterThan(100)
    const wrong: string[] = []
    let dropped = 0
    for (const a of articles) {
      const { record, rejected } = explain(a.input, { published: '2024-07-16' })
      const kept = keptSpans(record)
      dropped += rejected.length
      for (const r of rejected) if (kept.has(`${r.rule} ${r.span.start}-${r.span.end}`)) wrong.push(`${a.name}: ${r.rule} "${r.text}" (${r.reason})`)
    }
    expect(dropped).toBeGreaterThan(1000) // the check has something to look at
    expect(wrong.slice(0, 10)).toEqual([])
  })

  it('a body read with what follows it (a place, a list) is not listed as dropped', () => {
    const text = 'Ban Thường vụ Tỉnh ủy Quảng Trị và Quốc hội đã thống nhất; ban tổ chức các huyện ủy, thị ủy đã họp.'
    const { record, rejected } = explain(text)
    expect(record.bodies.map((b) => b.text)).toEqual(expect.arrayContaining(['Ban Thường vụ Tỉnh ủy Quảng Trị', 'Quốc hội']))
    expect(rejected.filter((r) => r.rule === 'body/body')).toEqual([])
  })
})

describe('explain(): meetings and bodies', () => {
  it('says why a meeting or a body was not made', () => {
    const { rejected } = explain('Tỉnh ủy chuẩn bị tiến tới Đại hội đảng bộ tỉnh. Cán bộ cần làm việc với tinh thần trách nhiệm. Ban Tổ chức đã họp.')
    const why = (rule: string, text: string) => rejected.find((r) => r.rule === rule && r.text === text)?.reason
    expect(why('meeting/kind', 'Đại hội đảng bộ tỉnh')).toContain('plan')
    expect(why('meeting/working-with', 'làm việc với')).toContain('held')
    expect(why('body/body', 'Ban Tổ chức')).toContain('unknown')
  })
})
