/**
 * Speed work on the dates stages (issue 10), held to what it replaced, on random texts and every corpus article:
 * - `holds` (rare-search.ts) says what `includes` says;
 * - `byLowerCase` (written-words.ts) reads what a lookup of the lower-cased word reads;
 * - `lunarAfter` says what the lunar-marker regex says of the twelve units after a day;
 * - `monthCount` reads what `parseVietnameseNumber` reads, first time and after.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { holds, searchFor } from '../src/kinds/dates/rare-search.ts'
import { byLowerCase } from '../src/kinds/dates/written-words.ts'
import { LUNAR_AFTER, lunarAfter, monthCount } from '../src/kinds/dates/candidates.ts'
import { parseVietnameseNumber } from '../src/parse/number.ts'
import { ANNIVERSARY_CUES, IMPLEMENTATION_WORDS, PARTS_OF_DAY, RELATIVE_PERIOD_UNITS, WEEKDAYS, YEAR_UNITS } from '../src/lexicon/time-words.ts'
import { texts } from './support/scan-agreement.ts'
import { DEV_CORPUS, loadShared, SEEDS } from './support/fixtures.ts'

const corpus = () => [...loadShared(SEEDS), ...loadShared(DEV_CORPUS)].map((a) => a.input)

/** Words looked for by `holds` in resolve.ts, and some with no non-ASCII unit or one at the start. */
const WORDS = [
  ...YEAR_UNITS.flatMap((u) => IMPLEMENTATION_WORDS.map((w) => `${u} ${w}`)), 'niệm', 'Niệm', 'NIỆM', ...ANNIVERSARY_CUES,
  'abc', 'ăm', 'ệ', 'x', '😀', 'a😀',
]
const PIECES = [...WORDS, 'n', 'ăm ', 'ăm thực', 'iệm', 'ệm', 'ỆM', ' ', 'thực hiện', 'tăm thực hiện', 'khái niệm', '\ud83d', '\ude00', 'a', 'N']

describe('holds', () => {
  it('is includes, on random texts', () => {
    fc.assert(fc.property(texts(PIECES), fc.constantFrom(...WORDS), (t, w) => {
      expect(holds(t, searchFor(w))).toBe(t.includes(w))
    }), { numRuns: 3000 })
  })
  it('is includes, on every corpus article', () => {
    for (const t of corpus()) for (const w of WORDS) expect(holds(t, searchFor(w))).toBe(t.includes(w))
  })
})

describe('byLowerCase', () => {
  const tables: Array<Readonly<Record<string, unknown>>> = [PARTS_OF_DAY, WEEKDAYS, RELATIVE_PERIOD_UNITS]
  const forms = tables.flatMap((t) => Object.keys(t).flatMap((k) => [k, k.toUpperCase(), k[0]!.toUpperCase() + k.slice(1), k.replace(/ (.)/gu, (_, c: string) => ` ${c.toUpperCase()}`)]))
  const reference = (table: Readonly<Record<string, unknown>>, w: string) => {
    const lower = w.toLowerCase()
    return Object.hasOwn(table, lower) ? table[lower] : undefined
  }
  it('reads the table at the lower-cased word, for every form and random words', () => {
    for (const table of tables) {
      const read = byLowerCase(table)
      for (const w of [...forms, 'constructor', '__proto__', 'toString', 'İ', 'SÁNG', 'ThỨ hAi', '']) expect(read(w), w).toBe(reference(table, w))
      fc.assert(fc.property(fc.string(), texts(forms), (a, b) => {
        expect(read(a)).toBe(reference(table, a))
        expect(read(b)).toBe(reference(table, b))
      }), { numRuns: 500 })
    }
  })
})

describe('lunarAfter', () => {
  const LUNAR_PIECES = ['âm lịch', 'Âm lịch', 'ÂM LỊCH', '(âm lịch)', '(AL)', 'al', 'AL', 'Al', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', ',', '.', ')', '(', 'x', 'a', 'l',
    'ngày', '15/7', 'âm', 'alo', '😀', '\ud83d', 'ă', 'À']
  it('is the regex on the twelve units after each position, on random texts', () => {
    fc.assert(fc.property(texts(LUNAR_PIECES), (t) => {
      for (let p = 0; p <= t.length; p++) expect(lunarAfter(t, p), `${p} of ${JSON.stringify(t)}`).toBe(LUNAR_AFTER().test(t.slice(p, p + 12)))
    }), { numRuns: 1500 })
  })
  it('is the regex after every digit of every corpus article', () => {
    for (const t of corpus()) {
      for (let p = 1; p <= t.length; p++) {
        const c = t.charCodeAt(p - 1)
        if (c >= 0x30 && c <= 0x39) expect(lunarAfter(t, p)).toBe(LUNAR_AFTER().test(t.slice(p, p + 12)))
      }
    }
  })
})

describe('monthCount', () => {
  it('is parseVietnameseNumber, for every spelling a period is written with and others', () => {
    const spellings = [...Array.from({ length: 100 }, (_, i) => String(i)), ...Array.from({ length: 10 }, (_, i) => `0${i}`), 'ba', 'sáu', 'chín', 'Ba', 'mười', '', ' ', '١', 'x']
    for (let round = 0; round < 2; round++) for (const w of spellings) expect(monthCount(w), w).toBe(parseVietnameseNumber(w)?.value)
  })
})
