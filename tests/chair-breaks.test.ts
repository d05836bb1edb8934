import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chairBreak, chairBreaks } from '../src/kinds/people/roles.ts'

/** The gaps are read once, from the nearest name back: the answer must be the one read gap by gap. */
describe('chairBreaks answers as chairBreak on each gap', () => {
  const piece = fc.constantFrom('Nguyễn Văn An', ' ', ', ', 'tại', 'Tại', 'giao', ' cho ', 'đề nghị', 'Yêu cầu', 'phân công', 'do', 'Ông', 'Bà',
    ' Ông Lê', ' bà Hoa', 'X', 'chủ trì', 'và', '.', 'DO', 'ĐỀ NGHỊ', '😀', 'İ')
  it('on random sentences and name ends', () => {
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 16 }), fc.array(fc.nat(), { maxLength: 6 }), fc.nat(), (pieces, cuts, w) => {
      const prefix = 'Hôm qua, '
      const sentence = pieces.join('')
      const key = prefix + sentence
      const word = w % (sentence.length + 1)
      const ends = [...new Set(cuts.map((c) => c % (sentence.length + 1)))].sort((a, b) => a - b)
      const got = chairBreaks(key, prefix.length, ends, 0, ends.length, word)
      ends.forEach((e, k) => {
        if (e <= word) expect([k, got[k]]).toEqual([k, chairBreak(key.slice(prefix.length + e, prefix.length + word))])
      })
    }), { numRuns: 2000 })
  })
})
