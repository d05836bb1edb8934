import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PhraseSet } from '../src/engine/phrase-set.ts'

/** The slicing reference (the algorithm PhraseSet replaced): phrases of 1…maxWords words before pos. */
function reference(text: string, pos: number, words: ReadonlySet<string>, maxWords: number, window: number, lower: boolean) {
  const OPENERS = ' \n('
  const out: Array<{ phrase: string; start: number }> = []
  const end = pos - 1
  if (end < 0 || text.charCodeAt(end) !== 0x20) return null
  const limit = Math.max(0, pos - window)
  let start = end
  for (let k = 1; k <= maxWords; k++) {
    while (start > limit && !OPENERS.includes(text[start - 1]!)) start--
    if (start === end) break
    if (start > 0 && !OPENERS.includes(text[start - 1]!)) break
    const phrase = text.slice(start, end).replace(/\n/g, ' ')
    out.push({ phrase: lower ? phrase.toLowerCase() : phrase, start })
    if (start <= limit || text[start - 1] === '(') break
    start--
  }
  for (let k = out.length - 1; k >= 0; k--) if (words.has(out[k]!.phrase)) return out[k]!
  return null
}

describe('PhraseSet.endingBefore', () => {
  const set = new PhraseSet(['tổng số', 'số', 'trong số', 'khóa', 'đạt'], true)

  it('finds the longest phrase right before a position, lower-cased, and where it starts', () => {
    const text = 'Tổng số 49.820 đảng viên'
    expect(set.endingBefore(text, 8)).toEqual({ phrase: 'tổng số', start: 0 })
    expect(set.endingBefore('trong số 5', 9)).toEqual({ phrase: 'trong số', start: 0 })
    expect(set.endingBefore('(số 5', 4)).toEqual({ phrase: 'số', start: 1 })
  })

  it('needs a space right before the position, whole words, and stays within the window', () => {
    expect(set.endingBefore('số5', 2)).toBeNull()
    expect(set.endingBefore('lsố 5', 4)).toBeNull()
    expect(set.endingBefore('tổng số 5', 8, 1)).toEqual({ phrase: 'số', start: 5 })
    expect(set.endingBefore('tổng số 5', 8, 4, 4)).toEqual({ phrase: 'số', start: 5 })
    expect(set.endingBefore('tổng  số 5', 9)).toEqual({ phrase: 'số', start: 6 })
  })

  it('leaves out phrases that could never stand before a position', () => {
    expect(new PhraseSet(['', ' a', 'a ', 'a  b', '(a', 'a\nb', 'ok']).size).toBe(1)
    expect(new PhraseSet(['Số', 'số'], true).size).toBe(1)
  })

  it('answers as the slicing reference does, on random texts (case-sensitive and caseless)', () => {
    const words = ['số', 'Số', 'tổng', 'Tổng', 'trong', 'khóa', 'đạt', 'x', 'İ']
    const phrases = ['số', 'tổng số', 'trong số', 'Tổng số', 'khóa', 'đạt x', 'x x x x', 'i̇']
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', '\n', '(', '  ', '5'))
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), fc.nat(), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 30 }), fc.boolean(),
      (parts, at, maxWords, window, lower) => {
        const text = parts.join('')
        const pos = text.length === 0 ? 0 : at % (text.length + 1)
        const ps = new PhraseSet(phrases, lower)
        const expected = reference(text, pos, new Set(phrases), maxWords, window, lower)
        expect(ps.endingBefore(text, pos, maxWords, window)).toEqual(expected)
      }), { numRuns: 5000 })
  })
})
