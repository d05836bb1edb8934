/**
 * Session 7 speed work on the count rules: each reading that replaced a slice, a `toLowerCase` or a
 * regex per candidate is held here to the code it replaced (copied below as it was), on random
 * texts and on the dev corpus.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { amountUnitAt, pointUnitAt, timeUnitAt } from '../src/kinds/counts/candidates.ts'
import { isCapitalised, isWord, titledWords } from '../src/kinds/counts/subject.ts'
import { lowerCase, startsWithAny, WordsByFirstUnit } from '../src/kinds/counts/words.ts'
import { AMOUNT_UNITS, COORDINATED_NOUNS, COUNT_NOUNS, NOT_A_UNIT_BEFORE, PERCENT_POINT_UNITS, TIME_UNITS, TOPIC_ACTORS } from '../src/lexicon/count-words.ts'
import { DEV_CORPUS, loadShared } from './support/fixtures.ts'
import { findAbbreviations, forEachDefinition } from '../src/kinds/counts/abbreviations.ts'
import { ABBREVIATION_DEFINITION } from '../src/kinds/counts/grammar.ts'
import { scan } from '../src/engine/scan.ts'
import type { Doc } from '../src/engine/doc.ts'
import { STAGES } from '../src/pipeline/stages.ts'
import { runStages } from '../src/pipeline/run-stages.ts'

/** Pieces of text round a number: units, time words, words that follow "đồng", both cases, surrogates, marks. */
const PIECES = [
  ...Object.keys(AMOUNT_UNITS), ...TIME_UNITS, ...NOT_A_UNIT_BEFORE['đồng']!, ...PERCENT_POINT_UNITS,
  'Đồng', 'HA', 'KM', 'NĂM', 'Năm', 'đ', 'n', 'ă', 'điểm', 'phần', 'x', 'a', 'B', '1', '9', '٣', '²',
  ' ', ' ', '\n', '\u00a0', ',', '.', ':', '/', '-', '(', ')', '%',
  '𝐀', '😀', '\ud835', '\udc00', '\u0301', '\u0323', 'İ', 'Σ', 'ǅ', 'Ⅻ', 'ß', 'Ⓐ', 'ΣΑΣ', 'Đảng', 'ĐV', 'Uỷ',
]
const text = () => fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join(''))
const corpus = loadShared(DEV_CORPUS).map((a) => a.input)

// The code replaced, as it was (it read a slice of the text).
const WORD_FIRST = /^[\p{L}\p{M}\p{N}]/u
const LETTER_FIRST = /^[\p{L}\p{M}]/u
const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const AMOUNT_KEYS = Object.keys(AMOUNT_UNITS).sort((a, b) => b.length - a.length)
function oldAmountUnitAt(after: string): { unit: string; length: number } | null {
  for (const u of AMOUNT_KEYS) {
    if (!after.startsWith(u) || WORD_FIRST.test(after.slice(u.length))) continue
    if (oldWordAfterUnit(after, u)) return null
    return { unit: AMOUNT_UNITS[u]!, length: u.length }
  }
  return null
}
function oldWordAfterUnit(after: string, u: string): boolean {
  const words = NOT_A_UNIT_BEFORE[u]
  if (words === undefined || after.charCodeAt(u.length) !== 0x20) return false
  for (const w of words) if (after.startsWith(w, u.length + 1) && !LETTER_FIRST.test(after.slice(u.length + 1 + w.length))) return true
  return false
}
function oldStartsWithTimeUnit(after: string): boolean {
  for (const u of TIME_UNITS) if (after.startsWith(u) && !LETTER_FIRST.test(after.slice(u.length))) return true
  return false
}
const oldPoints = (after: string) => PERCENT_POINT_UNITS.find((u) => after.startsWith(u) && !LETTER_OR_MARK.test(after.charAt(u.length)))
const oldGlued = (glued: string) => WORD_FIRST.test(glued)

/** Every window the count rules read after a number: 2, 8, 12 and 160 units, and one cut at the text's end. */
function checkAt(t: string, pos: number): void {
  for (const reach of [0, 1, 2, 5, 8, 12, 160]) {
    const end = Math.min(t.length, pos + reach)
    const after = t.slice(pos, pos + reach)
    expect(amountUnitAt(t, pos, end)).toEqual(oldAmountUnitAt(after))
    expect(timeUnitAt(t, pos, end)).toBe(oldStartsWithTimeUnit(after))
    expect(pointUnitAt(t, pos, end)).toBe(oldPoints(after))
  }
}

describe('amount, time and point units are read in place as they were read on a slice', () => {
  it('every position of random texts, every window', () => {
    fc.assert(fc.property(text(), (t) => {
      for (let pos = 0; pos <= t.length + 1; pos++) checkAt(t, pos)
    }), { numRuns: 400 })
  })
  it('after every digit run of the dev corpus', () => {
    const isDigit = (c: number) => c >= 0x30 && c <= 0x39
    for (const t of corpus) {
      for (let i = 0; i < t.length; i++) {
        if (!isDigit(t.charCodeAt(i)) || isDigit(t.charCodeAt(i + 1))) continue
        checkAt(t, i + 1)
        checkAt(t, i + 2)
      }
    }
  })
  it('made-up examples', () => {
    const at = (s: string) => amountUnitAt(s, 0, s.length)
    expect(at('đồng chí')).toBeNull()
    expect(at('đồng chính')?.unit).toBe(AMOUNT_UNITS['đồng'])
    expect(at('ha.')?.length).toBe(2)
    expect(at('hai')).toBeNull()
    expect(amountUnitAt('đồng nghiệp', 0, 8)?.unit).toBe(AMOUNT_UNITS['đồng']) // "nghiệp" is cut by the window
    expect(timeUnitAt('ngày,', 0, 5)).toBe(true)
    expect(timeUnitAt('ngàyx', 0, 5)).toBe(false)
    expect(pointUnitAt('điểm phần trăm', 0, 14)).toBe('điểm phần trăm')
  })
  it('the glued-letter test reads the first code point of two units', () => {
    fc.assert(fc.property(text(), (t) => {
      for (let pos = 0; pos <= t.length; pos++) {
        const glued = t.slice(pos, pos + 2)
        // amountUnitAt is only asked when a letter, mark or digit is glued: its answer is what matters with it.
        expect(oldGlued(glued) && !oldAmountUnitAt(t.slice(pos, pos + 8))).toBe(oldGlued(glued) && !amountUnitAt(t, pos, Math.min(t.length, pos + 8)))
      }
    }), { numRuns: 500 })
  })
})

describe('lowerCase is toLowerCase', () => {
  it('random strings of any units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(lowerCase(s)).toBe(s.toLowerCase())
    }), { numRuns: 1000 })
    fc.assert(fc.property(text(), (s) => {
      expect(lowerCase(s)).toBe(s.toLowerCase())
    }), { numRuns: 1000 })
  })
  it('every BMP unit alone and in a word', () => {
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c)
      if (lowerCase(u) !== u.toLowerCase()) expect(lowerCase(u)).toBe(u.toLowerCase())
      if (lowerCase(`ab${u}`) !== `ab${u}`.toLowerCase()) expect(lowerCase(`ab${u}`)).toBe(`ab${u}`.toLowerCase())
    }
  })
  it('final sigma, dotted I and a supplementary capital', () => {
    for (const s of ['ΟΔΟΣ', 'ΣΑ', 'İstanbul', '𐐀', 'a𐐀b', 'đảng viên', 'Đảng Viên']) expect(lowerCase(s)).toBe(s.toLowerCase())
  })
  it('the words of the dev corpus', () => {
    for (const t of corpus) for (const w of t.split(/\s+/)) if (lowerCase(w) !== w.toLowerCase()) expect(lowerCase(w)).toBe(w.toLowerCase())
  })
})

describe('isWord and isCapitalised read a table as the regexes read the first code point', () => {
  const oldWord = (t: string) => /^[\p{L}]/u.test(t)
  const oldCapital = (t: string) => /^\p{Lu}/u.test(t)
  it('every BMP unit, alone and before a letter, and surrogate pairs', () => {
    for (let c = 0; c < 0x10000; c++) {
      for (const t of [String.fromCharCode(c), `${String.fromCharCode(c)}a`]) {
        if (isWord(t) !== oldWord(t)) expect(isWord(t)).toBe(oldWord(t))
        if (isCapitalised(t) !== oldCapital(t)) expect(isCapitalised(t)).toBe(oldCapital(t))
      }
    }
    for (const t of ['', '𝐀x', '𐐀', '𐐨', '😀', '\ud835', '\udc00a']) {
      expect(isWord(t)).toBe(oldWord(t))
      expect(isCapitalised(t)).toBe(oldCapital(t))
    }
  })
})

describe('WordsByFirstUnit answers as startsWithAny over the whole list', () => {
  const lists = [COUNT_NOUNS, COORDINATED_NOUNS, TOPIC_ACTORS, ['', 'a'], ['đảng viên', 'đảng']]
  it('every position of random texts', () => {
    const indexed = lists.map((l) => new WordsByFirstUnit(l))
    const piece = fc.constantFrom(...COUNT_NOUNS.slice(0, 12), ...COORDINATED_NOUNS.slice(0, 8), ...TOPIC_ACTORS, ' ', ',', 'x', 'Đ', '𝐀', '')
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (t) => {
      for (let at = 0; at <= t.length + 1; at++) {
        for (let k = 0; k < lists.length; k++) expect(indexed[k]!.startOf(t, at)).toBe(startsWithAny(t, lists[k]!, at))
      }
    }), { numRuns: 500 })
  })
})

describe('findAbbreviations tries its grammar at each "(" as the whole-text scan found its matches', () => {
  // The scan as it was.
  function oldDefinitions(doc: Doc): Array<[string, number, number, string]> {
    const out: Array<[string, number, number, string]> = []
    scan(doc, ABBREVIATION_DEFINITION, (m) => {
      out.push([m.group('abbr')!, m.start, m.end, m.key])
    }, { includeDuplicates: true })
    return out
  }
  const upTo = STAGES.findIndex((s) => s.name === 'counts')
  const docOf = (input: string) => (runStages(STAGES.slice(0, upTo), { input, html: false, regions: undefined, publishedOption: null }) as { doc: Doc }).doc
  const pieces = ['(', ')', 'ĐV', 'GDP', 'CPI', 'đảng viên', 'Tổng sản phẩm trong nước', ' ', '\n', '.', 'A1', '((', '𝐀', 'ĐVĐ)', 'x']
  it('every definition of random texts and of the dev corpus: the same matches, the same abbreviations', () => {
    const check = (input: string) => {
      const doc = docOf(input)
      const seen: Array<[string, number, number, string]> = []
      forEachDefinition(doc, (m) => {
        seen.push([m.group('abbr')!, m.start, m.end, m.key])
      })
      expect(seen).toEqual(oldDefinitions(doc))
      return findAbbreviations(doc)
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join('')), (t) => {
      check(t)
    }), { numRuns: 200 })
    let defined = 0
    for (const t of corpus) defined += check(t).size
    expect(defined).toBeGreaterThan(10)
  })
})

describe('titledWords counts as the split words tested one by one did', () => {
  const TITLED = /^\p{Lu}\p{Ll}/u
  const old = (s: string, enough: number) => Math.min(enough, s.split(' ').filter((w) => TITLED.test(w)).length)
  const piece = fc.constantFrom('Hội', 'đồng', 'Tiền', 'LƯƠNG', 'Quốc', 'gia', ' ', '  ', 'A', 'Ab', 'aB', '𝐀b', 'A𝐚', '𐐀𐐨', 'Đ', 'đ', '\u0301', 'ǅa', '')
  it('random phrases', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (s) => {
      for (const enough of [1, 2, 3, 100]) expect(titledWords(s, enough)).toBe(old(s, enough))
    }), { numRuns: 2000 })
  })
  it('every pair of BMP units', () => {
    for (let c = 0; c < 0x10000; c += 7) {
      const u = String.fromCharCode(c)
      for (const s of [`A${u}`, `${u}a`, `${u}${u}`]) if (titledWords(s, 2) !== old(s, 2)) expect(titledWords(s, 2)).toBe(old(s, 2))
    }
  })
})
