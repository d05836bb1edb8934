import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { afterBoundary, wordsBeforeName, wordsBeforeNameByRegex } from '../src/kinds/people/people.ts'
import { forEachMatch } from '../src/engine/step.ts'

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

describe('afterBoundary scans as a leading (?:^|[\\s,;(]) does', () => {
  const HONORIFIC = '(?:đồng chí|Đồng chí|ông|Ông|bà|Bà) (?=\\p{Lu})'
  const GIVEN = '(ông|bà|đồng chí|đ\\/c|anh|chị) (\\p{Lu}[\\p{Ll}\\p{M}]+)(?![\\p{L}\\p{M}]| \\p{Lu})'
  const WORDS = ['ông', 'Ông', 'bà', 'Bà', 'đồng chí', 'đ/c', 'anh', 'chị', 'bông', 'Lê', 'Hà', 'Văn', ' ', ',', ';', '(', '.', '\n', '\u00a0', 'x']
  /** Where each match of the word (without the class) is taken: by the old regex, and by afterBoundary. */
  const both = (source: string, text: string) => {
    const old: number[] = []
    forEachMatch(new RegExp(`(?:^|[\\s,;(])${source}`, 'gu'), text, (m) => {
      old.push(m.index + m[0].length)
    })
    const now: number[] = []
    forEachMatch(new RegExp(source, 'gu'), text, afterBoundary(text, (m) => {
      now.push(m.index + m[0].length)
    }))
    return { old, now }
  }
  for (const [name, source] of [['title mention', HONORIFIC], ['given name', GIVEN]] as const) {
    it(name, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 16 }), (parts) => {
          const { old, now } = both(source, parts.join(''))
          expect(now).toEqual(old)
        }),
        { numRuns: 1500 },
      )
      expect(both(source, 'ông Lê, bà Hà').now.length).toBe(2)
    })
  }
})
