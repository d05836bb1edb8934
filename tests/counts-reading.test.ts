/**
 * The count rules read text with hand loops where they once sliced, lower-cased or ran a regex per
 * candidate. Each loop is held here to the reading it replaced, on random texts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { capitalisedWordBefore, inShortQuote, quotePositions, wordAfterSpace } from '../src/kinds/counts/candidates.ts'
import { ratePhraseEnd } from '../src/kinds/counts/counts.ts'
import { expandWords } from '../src/kinds/counts/subject.ts'
import { isOrStartsWithWord, PairSet, startsWithAny, tokenBounds, Tokens } from '../src/kinds/counts/words.ts'
import { parseDigits } from '../src/parse/number.ts'
import { wordTokenEnd } from '../src/engine/word-token.ts'
import { anyOf } from '../src/grammars/lexicon-pattern.ts'
import { CAPITALISED_COMMON_NOUNS, RATE_PHRASES } from '../src/lexicon/count-words.ts'
import type { Range } from '../src/engine/doc.ts'

/** Pieces of count sentences: words in both cases, digits, punctuation, quotes, spaces, astral letters, marks. */
const PIECES = [
  'đảng', 'viên', 'Đảng', 'bộ', 'tỉnh', 'ĐV', 'GDP', 'người', 'mỗi', 'năm', 'hằng', 'tháng', 'chí', 'đồng', 'ha', 'm',
  'a', 'B', ' ', ' ', '  ', '\n', '\t', '\u00a0', ',', '.', ';', '(', ')', '"', '“', '”', '%', '-', '/', "'", ':',
  '5', '49.820', '7,5', '0', '𝐀', '😀', '\u0301', 'İ', 'Σ', 'x'.repeat(30), 'word-with-dash',
]
const text = () => fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''))

describe('wordAfterSpace reads as /^ ([\\p{L}\\p{M}]+)/u on the 24 units after the position', () => {
  const old = (t: string, pos: number) => /^ ([\p{L}\p{M}]+)/u.exec(t.slice(pos, pos + 24))?.[1]
  it('every position of random texts', () => {
    fc.assert(fc.property(text(), (t) => {
      for (let pos = 0; pos <= t.length + 1; pos++) expect(wordAfterSpace(t, pos)).toBe(old(t, pos))
    }), { numRuns: 1500 })
  })
  it('made-up examples', () => {
    expect(wordAfterSpace('năm đảng viên', 3)).toBe('đảng')
    expect(wordAfterSpace('năm  đảng', 3)).toBeUndefined()
    expect(wordAfterSpace(`ba ${'a'.repeat(40)}`, 2)).toBe('a'.repeat(23))
    expect(wordAfterSpace('ba 𝐀x', 2)).toBe('𝐀x')
  })
})

describe('capitalisedWordBefore reads the word before a number as the per-character loop did', () => {
  const LETTER = /[\p{L}\p{M}]/u
  const NOT_LABELS = new Set(CAPITALISED_COMMON_NOUNS)
  const old = (t: string, pos: number) => {
    if (t.charCodeAt(pos - 1) !== 0x20) return -1
    let wordStart = pos - 1
    while (wordStart > 0 && pos - wordStart < 30 && LETTER.test(t[wordStart - 1]!)) wordStart--
    const word = t.slice(wordStart, pos - 1)
    return !/^\p{Lu}/u.test(word) || NOT_LABELS.has(word) ? -1 : wordStart
  }
  it('every position of random texts', () => {
    fc.assert(fc.property(text(), (t) => {
      for (let pos = 0; pos <= t.length; pos++) expect(capitalisedWordBefore(t, pos)).toBe(old(t, pos))
    }), { numRuns: 1500 })
  })
})

describe('inShortQuote counts quotes by their positions as it did by splitting the sentence', () => {
  const old = (t: string, sentences: readonly Range[], pos: number) => {
    const s = sentences.find((r) => pos >= r.start && pos < r.end)
    if (!s) return false
    const before = t.slice(s.start, pos)
    if ((before.split('"').length - 1) % 2 === 0) return false
    const close = t.indexOf('"', pos)
    return close >= 0 && close <= s.end && close - before.lastIndexOf('"') - s.start < 60
  }
  it('every position of random texts cut into sentences', () => {
    fc.assert(fc.property(text(), fc.array(fc.nat(), { maxLength: 5 }), (t, cuts) => {
      const bounds = [...new Set([0, ...cuts.map((c) => c % (t.length + 1)), t.length])].sort((a, b) => a - b)
      const sentences: Range[] = []
      for (let k = 0; k + 1 < bounds.length; k++) if (k % 3 !== 2) sentences.push({ start: bounds[k]!, end: bounds[k + 1]! }) // some gaps
      const quotes = quotePositions(t)
      for (let pos = 0; pos <= t.length; pos++) expect(inShortQuote(sentences, quotes, pos)).toBe(old(t, sentences, pos))
    }), { numRuns: 1500 })
  })
})

describe('tokens read on demand are the tokens read at once', () => {
  /** The reading the rules had: tokens from `pos`, at most `limit`, filtered to those ending by `maxEnd`. */
  const tokensFrom = (t: string, pos: number, limit: number, maxEnd: number) => {
    const out: Array<{ text: string; start: number; end: number }> = []
    let i = pos
    while (out.length < limit && i < t.length) {
      while (t.charCodeAt(i) === 0x20) i++
      if (i >= t.length || t.charCodeAt(i) === 0x0a) break
      const end = wordTokenEnd(t, i)
      if (end < 0) break
      out.push({ text: t.slice(i, end), start: i, end })
      i = end
    }
    return out.filter((x) => x.end <= maxEnd)
  }
  it('Tokens.get, Tokens.all and tokenBounds, from every position', () => {
    fc.assert(fc.property(text(), fc.integer({ min: 1, max: 30 }), fc.nat(), (t, limit, cut) => {
      const starts = new Int32Array(limit)
      const ends = new Int32Array(limit)
      for (let pos = 0; pos <= t.length; pos++) {
        const maxEnd = cut % 3 === 0 ? Infinity : pos + (cut % (t.length + 2))
        const want = tokensFrom(t, pos, limit, maxEnd)
        const lazy = new Tokens(t, pos, limit, maxEnd)
        for (let k = 0; k <= want.length; k++) {
          const got = lazy.get(k)
          expect(got && { text: got.text, start: got.start, end: got.end }).toEqual(want[k])
          if (got) expect(got.lower).toBe(want[k]!.text.toLowerCase())
        }
        expect(new Tokens(t, pos, limit, maxEnd).all().map((x) => [x.text, x.start, x.end])).toEqual(want.map((x) => [x.text, x.start, x.end]))
        const n = tokenBounds(t, pos, limit, maxEnd, starts, ends)
        expect(Array.from({ length: n }, (_, k) => [starts[k], ends[k]])).toEqual(want.map((x) => [x.start, x.end]))
      }
    }), { numRuns: 400 })
  })
})

describe('word-list tests without strings made per word', () => {
  const WORDS = ['đảng', 'đảng viên', 'viên', 'tỉnh, thành', 'a', '', 'a b c']
  const word = fc.constantFrom('đảng', 'viên', 'Đảng', 'a', 'b', 'c', '', ' ', ',', 'tỉnh', 'thành', 'x')
  const phrase = fc.array(word, { maxLength: 5 }).map((p) => p.join(''))
  it('startsWithAny and isOrStartsWithWord', () => {
    fc.assert(fc.property(phrase, fc.subarray(WORDS), fc.nat(6), (s, words, at) => {
      const rest = s.slice(at)
      const old = words.some((w) => rest === w || rest.startsWith(`${w} `) || rest.startsWith(`${w},`))
      if (at <= s.length) expect(startsWithAny(s, words, at)).toBe(old)
      expect(isOrStartsWithWord(s, words)).toBe(words.some((w) => s === w || s.startsWith(`${w} `)))
    }), { numRuns: 3000 })
  })
  it('PairSet.has is a look-up of the two words joined by a space', () => {
    const token = fc.constantFrom('đảng', 'viên', 'a', 'b', 'c', 'tỉnh', 'thành', 'x')
    fc.assert(fc.property(fc.subarray(WORDS), token, fc.option(token, { nil: undefined }), (list, a, b) => {
      const set = new PairSet(list)
      expect(set.has(a, b)).toBe(list.includes(b === undefined ? '' : `${a} ${b}`))
      if (!set.mayStart(a)) expect(set.has(a, b)).toBe(false) // the word after need not be read
    }), { numRuns: 3000 })
  })
})

describe('abbreviations are expanded only where one is written', () => {
  const old = (s: string, abbreviations: ReadonlyMap<string, string>) => s.split(' ').map((w) => abbreviations.get(w.replace(/,$/, '')) ?? w).join(' ')
  it('random phrases and abbreviation tables', () => {
    const word = fc.constantFrom('ĐV', 'GDP', 'ĐVm', 'GDP,', 'đảng', 'viên', ',', '', 'CPI', 'xĐV')
    fc.assert(fc.property(fc.array(word, { maxLength: 6 }), fc.subarray(['ĐV', 'GDP', 'CPI', 'V']), (words, keys) => {
      const s = words.join(' ')
      const table = new Map(keys.map((k) => [k, `<${k}>`]))
      expect(expandWords(s, table, 0)).toBe(old(s, table))
    }), { numRuns: 3000 })
  })
})

describe('a sentence with no cue word of a rate phrase has no rate phrase', () => {
  for (const rate of ['per-year', 'per-month'] as const) {
    const re = new RegExp(anyOf(RATE_PHRASES[rate], { spaces: 'runs' }), 'u')
    const old = (t: string, start: number) => {
      const m = re.exec(t)
      return m ? start + m.index + m[0].length : Infinity
    }
    const words = [...RATE_PHRASES[rate].flatMap((p) => p.split(' ')), ' ', '  ', '\n', 'x', 'Năm', 'năm', 'tháng', '/', 'mỗi']
    it(rate, () => {
      fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.nat(50), (parts, start) => {
        const t = parts.join('')
        expect(ratePhraseEnd(t, start, rate)).toBe(old(t, start))
      }), { numRuns: 3000 })
    })
  }
})

describe('parseDigits reads digits-only numbers without its patterns', () => {
  const THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/
  const old = (s: string): number | null => {
    if (s.length > 24 || s.replace(/\D/g, '').length > 15) return null
    if (THOUSANDS.test(s)) {
      const [int, frac] = s.split(',')
      return Number(int!.replace(/\./g, '') + (frac ? `.${frac}` : ''))
    }
    if (/^\d+(?:,\d+)?$/.test(s)) return Number(s.replace(',', '.'))
    if (/^\d+\.\d{1,2}$/.test(s)) return Number(s)
    return null
  }
  it('random digit strings', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('0', '1', '2', '9', '.', ',', 'x', '٣', ' '), { maxLength: 26 }), (p) => {
      const s = p.join('')
      expect(parseDigits(s)).toBe(old(s))
    }), { numRuns: 5000 })
  })
})
