import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { breakIndex, chairBreaks } from '../src/kinds/people/roles.ts'
import { anyOf } from '../src/grammars/lexicon-pattern.ts'
import { CHAIR_BREAK_WORDS, NEW_SUBJECT_WORDS } from '../src/lexicon/roles.ts'

/** The reading gap by gap, as the rule was first written: a break word after the gap's start or a space or comma, or a new subject. */
const CHAIR_BREAK = new RegExp(`(?:^|[\\s,])${anyOf(CHAIR_BREAK_WORDS)}\\s`, 'u')
const NEW_SUBJECT = new RegExp(`\\s${anyOf(NEW_SUBJECT_WORDS)}\\s\\p{Lu}`, 'u')
const chairBreak = (gap: string) => CHAIR_BREAK.test(gap.toLowerCase()) || NEW_SUBJECT.test(gap)

/** A sentence's break words are found once: the answer must be the one read gap by gap. */
describe('chairBreaks answers as chairBreak on each gap', () => {
  const piece = fc.constantFrom('Nguyễn Văn An', ' ', ', ', 'tại', 'Tại', 'giao', ' cho ', 'đề nghị', 'Yêu cầu', 'phân công', 'do', 'Ông', 'Bà',
    ' Ông Lê', ' bà Hoa', 'X', 'chủ trì', 'và', '.', 'DO', 'ĐỀ NGHỊ', '😀', 'İ')
  it('on random sentences and name ends', () => {
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 16 }), fc.array(fc.nat(), { maxLength: 6 }), fc.nat(), (pieces, cuts, w) => {
      const sentence = pieces.join('')
      const lower = sentence.toLowerCase()
      fc.pre(lower.length === sentence.length) // (the roles stage reads a sentence's offsets in its lower case)
      const word = w % (sentence.length + 1)
      const ends = [...new Set(cuts.map((c) => c % (sentence.length + 1)))].sort((a, b) => a - b)
      const got = chairBreaks(lower, breakIndex(lower, sentence), ends, 0, ends.length, word)
      ends.forEach((e, k) => {
        if (e <= word) expect([k, got[k]]).toEqual([k, chairBreak(sentence.slice(e, word))])
      })
    }), { numRuns: 2000 })
  })
})
