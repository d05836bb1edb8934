import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wordsBeforeName, wordsBeforeNameByRegex } from '../src/kinds/people/people.ts'

/** Pieces of the text before a name: honorifics, words with slashes, punctuation, digits, astral letters. */
const PIECES = ['ông', 'Ông', 'bà', 'đồng chí', 'đ/c', 'anh', 'chị', 'với', 'Sáng nay', ' ', '  ', ':', ', ', ';', '(', '.', '-', '5', 'x/y', '𝐀', '😀', '\n', 'Chủ tịch', 'quyết định']

describe('wordsBeforeName reads back as its regex does', () => {
  it('made-up examples', () => {
    for (const [text, pos, want] of [
      ['gặp ông Nguyễn', 8, 'gặp ông'],
      ['. ông Nguyễn', 6, 'ông'],
      ['đồng chí: Lê', 10, 'đồng chí'],
      ['đ/c Lê', 4, 'đ/c'],
      ['x đ/c Lê', 6, 'đ/c'],
      ['5ông Lê', 5, null],
      ['Lê', 0, null],
    ] as const) {
      expect(wordsBeforeName(text, pos)).toBe(want)
      expect(wordsBeforeNameByRegex(text, pos)).toBe(want)
    }
  })

  it('every position of random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        const text = `${parts.join('')} Lê`
        for (let pos = 0; pos <= text.length; pos++) expect(wordsBeforeName(text, pos)).toBe(wordsBeforeNameByRegex(text, pos))
      }),
      { numRuns: 800 },
    )
  })
})
