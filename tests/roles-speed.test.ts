/**
 * What the roles and meetings stages do faster (issue 10) reads as before: each sentence is
 * lower-cased once per doc and shared by the two stages, and gives the text `toLowerCase` of the
 * sentence gives, whatever the characters (`İ` lower-cases to two units, `Σ` by its neighbours,
 * emoji and lone surrogates).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sentencesLowered } from '../src/engine/lower-sentences.ts'
import { STAGES } from '../src/pipeline/stages.ts'
import { runStages } from '../src/pipeline/run-stages.ts'

const SEGMENTED = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'segment') + 1)
const docOf = (input: string) => runStages(SEGMENTED, { input, html: false, regions: undefined, publishedOption: null }).doc!

const PIECES = ['Chủ trì', 'PHÁT BIỂU', 'Hội nghị', 'İstanbul', 'ΟΔΟΣ', 'Σ', '😀', '\ud800', '. ', '! ', '\n', ' ', 'x', 'Đ', 'ẞ', 'Ǆ']

describe('sentencesLowered', () => {
  it('gives each sentence lower-cased, the same string to every stage that asks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const doc = docOf(parts.join(''))
        const roles = sentencesLowered(doc)
        const meetings = sentencesLowered(doc)
        doc.sentences.forEach((r, s) => {
          const want = doc.key.slice(r.start, r.end).toLowerCase()
          expect(roles(s)).toBe(want)
          expect(meetings(s)).toBe(want)
        })
      }),
      { numRuns: 500 },
    )
  })

  it('keeps no sentence of one doc for another', () => {
    const a = docOf('Hội nghị A. Phát biểu B.')
    const b = docOf('Chủ trì C. Tham dự D.')
    expect(sentencesLowered(a)(0)).toBe(a.key.slice(a.sentences[0]!.start, a.sentences[0]!.end).toLowerCase())
    expect(sentencesLowered(b)(0)).toBe(b.key.slice(b.sentences[0]!.start, b.sentences[0]!.end).toLowerCase())
  })
})
