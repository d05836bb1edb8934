import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wordTokenEnd } from '../src/engine/word-token.ts'

/** The definition the loop must follow. */
const TOKEN = /[\p{L}\p{M}\p{N}/'-]{1,48}|[^\s]/uy
const byPattern = (text: string, i: number) => {
  TOKEN.lastIndex = i
  const m = TOKEN.exec(text)
  return m === null ? -1 : m.index + m[0].length
}

describe('wordTokenEnd reads the token the pattern reads', () => {
  const piece = fc.constantFrom('Nguyễn', 'đảng viên', '49.820', '57,5%', '1/2', "O'Neil", 'cán-bộ', ' ', '\n', '\t', '\u00a0',
    '😀', '𝐀', '\ud800', '\udc00', 'e\u0301', '(', ',', '.', 'x'.repeat(60), '1'.repeat(50), 'ǅ', '\u200b', '\u3000')
  it('at every position of random texts', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('')
      for (let i = 0; i < text.length; i++) {
        // (A position inside a surrogate pair is never asked: tokens end at code point boundaries.)
        if (i > 0 && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) continue
        expect([i, wordTokenEnd(text, i)]).toEqual([i, byPattern(text, i)])
      }
    }), { numRuns: 300 })
  })
  it('stops at 48 code points and past the end', () => {
    expect(wordTokenEnd('a'.repeat(60), 0)).toBe(48)
    expect(wordTokenEnd('😀'.repeat(3), 0)).toBe(2)
    expect(wordTokenEnd('ab', 2)).toBe(-1)
    expect(wordTokenEnd(' x', 0)).toBe(-1)
  })
})
