import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Doc } from '../src/engine/doc.ts'
import { scan } from '../src/engine/scan.ts'
import { CAPITALISED_RUN } from '../src/kinds/people/grammar.ts'
import { forEachCapitalisedRunAt } from '../src/kinds/people/capitalised-runs.ts'
import { runStages } from '../src/pipeline/run-stages.ts'
import { STAGES } from '../src/pipeline/stages.ts'

/** The doc extract() would build for `input` (normalise and segment). */
function docOf(input: string): Doc {
  const [normalize, segment] = STAGES
  return runStages([normalize!, segment!], { input, html: false, regions: undefined, publishedOption: null }).doc!
}

type Verdict = 'accept' | 'end' | 'start+2'
/** Both scanners, with the same visitor: every match they visit, and where the visitor sends them on. */
function visits(doc: Doc, verdict: (k: number) => Verdict, hand: boolean): string[] {
  const out: string[] = []
  const visit = (m: { start: number; end: number; key: string }) => {
    const v = verdict(out.length)
    out.push(`${m.start}-${m.end}:${m.key}`)
    return v === 'accept' ? undefined : v === 'end' ? m.end : m.start + 2
  }
  if (hand) forEachCapitalisedRunAt(doc, (start, end) => visit({ start, end, key: doc.key.slice(start, end) }))
  else scan(doc, CAPITALISED_RUN, visit, { boundary: true })
  return out
}

describe('forEachCapitalisedRunAt is the person/capitalised-run grammar, read by table', () => {
  it('finds names, places and abbreviations as the grammar does', () => {
    const doc = docOf('Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm và H\'Hen Niê, K’Điểu dự. xUBND, Nguyễn2.')
    expect(visits(doc, () => 'accept', true)).toEqual(visits(doc, () => 'accept', false))
    expect(visits(doc, () => 'accept', true).some((v) => v.endsWith(':Lạng Sơn Hoàng Văn Nghiệm'))).toBe(true)
  })

  it('agrees with the regex scan on random texts (letters of both cases, marks, digits, apostrophes, emoji, astral letters, repeated lines)', () => {
    const piece = fc.constantFrom('Nguyễn', 'Văn', 'An', 'UBND', 'TP', 'Đ', 'ư', 'tỉnh', 'x', 'H', "'", '’', ' ', ' ', '\n', '2', '5.', 'e\u0301', '\u0301', '😀', '𝐀', '𐐀', '𐐨', '\ud800', ',', '(', 'Ǆ', 'ǅ')
    const verdicts: Verdict[] = ['accept', 'end', 'start+2']
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), fc.array(fc.constantFrom(...verdicts), { minLength: 1, maxLength: 5 }), (parts, repeat, vs) => {
      const line = parts.join('')
      const doc = docOf(repeat ? `${line}\n${line}\nKết thúc.` : line)
      const verdict = (k: number) => vs[k % vs.length]!
      expect(visits(doc, verdict, true)).toEqual(visits(doc, verdict, false))
    }), { numRuns: 4000 })
  })

  it('stops a run at twelve syllables, as the grammar does', () => {
    const doc = docOf(Array.from({ length: 30 }, (_, i) => `Anh${String.fromCharCode(97 + (i % 26))}`).join(' '))
    expect(visits(doc, () => 'accept', true)).toEqual(visits(doc, () => 'accept', false))
    expect(visits(doc, () => 'accept', true)).toHaveLength(3)
  })
})
