import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { DEV_CORPUS, loadFixtures, loadShared, SEEDS } from './support/fixtures.ts'
import { join } from 'node:path'

/** The spans a meeting lists more than once among its mentions. */
const repeated = (mentions: ReadonlyArray<{ span: { start: number; end: number } }>) => {
  const seen = new Set<string>()
  return mentions.map((m) => `${m.span.start}-${m.span.end}`).filter((k) => seen.has(k) || !seen.add(k))
}

describe('a meeting lists each mention once', () => {
  it('a kind found by two rules (the noun, and the noun organised: tổ chức tọa đàm) is one mention', () => {
    for (const text of [
      'Sáng 12/7, Ban Tuyên giáo Tỉnh ủy tổ chức tọa đàm về công tác báo chí.',
      'Chiều 3/5, Huyện ủy tổ chức hội thảo khoa học. Hội thảo đã nghe 12 tham luận.',
    ]) {
      const [m] = extract(text, { published: '2024-07-20' }).meetings
      expect(m, text).toBeDefined()
      expect(repeated(m!.mentions), text).toEqual([])
      expect(m!.mentions.length).toBeGreaterThan(0)
    }
  })

  it('over the seeds, fixtures and dev corpora', () => {
    const articles = [...loadShared(SEEDS), ...loadFixtures(), ...loadShared(DEV_CORPUS), ...loadShared(join(DEV_CORPUS, '..', 'dev2'))]
    let meetings = 0
    const wrong: string[] = []
    for (const a of articles) {
      for (const m of extract(a.input, { published: '2024-07-20' }).meetings) {
        meetings++
        if (repeated(m.mentions).length > 0) wrong.push(`${a.name}: ${m.kind} ${repeated(m.mentions).join(', ')}`)
      }
    }
    expect(meetings).toBeGreaterThan(100)
    expect(wrong).toEqual([])
  })
})
