import { expect } from 'vitest'
import { ArticleRecordSchema } from '../../src/records/index.ts'
import type { ArticleRecord } from '../../src/index.ts'
import { collectSpans } from './record-problems.ts'

export { collectSpans }

/** Schema-valid, and every item's text is exactly `input.slice(start, end)`. */
export function expectRecordInvariants(input: string, record: ArticleRecord): number {
  const parsed = ArticleRecordSchema.safeParse(record)
  if (!parsed.success) throw new Error(`schema: ${parsed.error.message.slice(0, 500)}`)
  const spans = collectSpans(record)
  for (const s of spans) {
    expect(s.span.start, s.path).toBeGreaterThanOrEqual(0)
    expect(s.span.end, s.path).toBeLessThanOrEqual(input.length)
    expect(s.span.start, s.path).toBeLessThanOrEqual(s.span.end)
    expect(input.slice(s.span.start, s.span.end), s.path).toBe(s.text)
  }
  for (const d of record.documents) {
    for (const m of d.mentions) expect(input.slice(m.span.start, m.span.end)).toBe(m.text)
    if (d.dateSpan) {
      expect(d.dateSpan.end).toBeLessThanOrEqual(input.length)
      // The date itself, without its cue ("14/01/2022", "5 tháng 3 năm 2020"), whether written after the reference or before it.
      expect(input.slice(d.dateSpan.start, d.dateSpan.end), d.text).toMatch(/^\d[\s\S]*\d$/)
    }
  }
  return spans.length
}
