/**
 * The normalize and segment steps were rewritten for speed (one table-driven pass that cleans the
 * text and notes its capitals, seams looked for only in words holding a capital, NFC asked only of
 * input with a unit that may not be NFC, sentence ends found by indexOf, duplicates compared only
 * at repeated lengths). Each is held here to the code it replaced (tests/normalize-speed-reference.ts),
 * unit for unit and offset for offset, on the shared corpora, our fixtures and random text. So is
 * the input screen, which now reads each of its questions only as far as it needs.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDuplicateParagraphs, findDuplicateSentences, splitParagraphs, splitSentences } from '../src/engine/segment.ts'
import { cleanText } from '../src/normalize/clean-text.ts'
import { findGluedSeams, gluedSeamsAround } from '../src/normalize/glued-seams.ts'
import { normalize } from '../src/normalize/normalize.ts'
import { screenInput } from '../src/input-checks.ts'
import type { Issue } from '../src/records/issue.ts'
import { join } from 'node:path'
import { DEV_CORPUS, loadFixtures, loadShared, SEEDS, SHARED } from './support/fixtures.ts'
import {
  oldFindDuplicateParagraphs, oldFindDuplicateSentences, oldFindGluedSeams, oldNormalize, oldScreenInput,
  oldSplitSentences,
} from './normalize-speed-reference.ts'

const corpus = [
  ...loadShared(SEEDS), ...loadShared(DEV_CORPUS), ...loadShared(join(SHARED, 'corpus', 'dev2')), ...loadShared(join(SHARED, 'corpus', 'en-dev')),
  ...loadFixtures(),
].map((a) => a.input)

/** Old and new normalize and segment agree on `input` (read as text, or as HTML when it looks like it). */
function expectSame(input: string, html?: boolean) {
  const options = html === undefined ? {} : { html }
  const a = oldNormalize(input, options)
  const b = normalize(input, options)
  expect(b.text).toBe(a.text)
  expect(b.key).toBe(a.key)
  expect(b.html).toBe(a.html)
  const map = b.map.toArrays() // (the map is runs now: the same range for every unit as the old arrays held)
  expect(Array.from(map.starts)).toEqual(Array.from(a.starts))
  expect(Array.from(map.ends)).toEqual(Array.from(a.ends))
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).filter((k) => k !== 'starts' && k !== 'ends').concat('map').sort())
  const paragraphs = splitParagraphs(b.key) // unchanged by the speed work: the keys being equal, so are the paragraphs
  const sentences = splitSentences(b.key, paragraphs)
  expect(sentences).toEqual(oldSplitSentences(a.key, paragraphs))
  const duplicates = findDuplicateParagraphs(b.key, paragraphs)
  expect(duplicates).toEqual(oldFindDuplicateParagraphs(a.key, paragraphs))
  expect(findDuplicateSentences(b.key, sentences, duplicates)).toEqual(oldFindDuplicateSentences(a.key, sentences, duplicates))
}

/** The same article in the forms scrapers produce: NFD, CRLF, doubled spaces, NBSP and spaces at line ends, a long run of marks. */
const variants = (t: string) => [
  t, t.normalize('NFD'), t.replace(/ /g, '  '), t.replace(/\n/g, '\r\n'), t.replace(/\n/g, ' \u00a0\n '),
  `${t.slice(0, 300)}${'\u0301'.repeat(40)}${t.slice(300)}`, ` ${t}\u200b `,
]

describe('normalize and segment give what they gave before the speed work', () => {
  it('on every shared article and fixture, and their variants', () => {
    for (const input of corpus) for (const v of variants(input)) expectSame(v)
  })

  it('on random text of words, spaces, line ends, quotes, dashes, marks, surrogates and sentence ends', () => {
    const PIECES = [
      'a', 'B', 'ủy', 'Nguyễn', 'hoà', 'Hoá', 'Uỷ', 'quý', 'qua', 'goà', 'UBND', 'tỉnh', 'ĐBQH', 'Khóa', 'Lâm', 'đã', 'Namchủ',
      'trìnhXuân', 'VnExpress', 'x'.repeat(30), '1', '2024', ' ', ' ', ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u200b',
      '\u00ad', '–', '—', '“', '”', '‘', '’', '«', '\u2028', '\u2000', '\u212b', '\ud835\udc00', '\ud800', '\udc00', '😀',
      '\u0301', '\u0323', 'o\u0300', 'U\u0309', '\u1ab0', '\ud834\udd65', '\u0300'.repeat(31), '\u1100\u1161\u11a8', 'Σ', 'İ',
      '.', '!', '?', '…', 'TP.', 'PGS.TS.', 'V.', '(', ')', '"', "'", ';', ',', '<p>', '&amp;', '&nbsp;', 'o', 'U', 'à', 'ỷ', 'Ẻ', 'Q',
    ]
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''))
    fc.assert(fc.property(text, (t) => {
      expectSame(t, false)
      expectSame(t)
    }), { numRuns: 4000 })
  })
})

describe('the cleaning pass notes every upper-case unit, and seams found around them are all the seams', () => {
  /** Indices of the BMP units that are `\p{Lu}`. */
  const uppersOf = (text: string) => Array.from(text.matchAll(/\p{Lu}/gu)).filter((m) => m[0].length === 1).map((m) => m.index)
  it('on every shared article and fixture', () => {
    for (const input of corpus) {
      const cleaned = cleanText(input)
      if (cleaned.uppers === null) continue
      expect(cleaned.uppers).toEqual(uppersOf(cleaned.text))
      expect(gluedSeamsAround(cleaned.text, cleaned.uppers)).toEqual(oldFindGluedSeams(cleaned.text))
      expect(findGluedSeams(cleaned.text)).toEqual(oldFindGluedSeams(cleaned.text))
    }
  })
  it('on random words glued in every way', () => {
    const PIECES = ['Tỉnh ủy', 'Nguyễn', 'Văn', 'Hùng', 'Đồng chí', 'Lê', 'UBND', 'tỉnh', 'ĐBQH', 'Khóa', 'Namchủ', 'Lâmđã', 'MoIT', 'ThS', 'VnExpress', 'đang', 'và', ' ', '.', 'Σ', 'ǅ', '\u0301', '😀', '𝐀', 'x']
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join('')), (t) => {
      const cleaned = cleanText(t)
      const uppers = cleaned.uppers ?? uppersOf(cleaned.text)
      expect(uppers).toEqual(uppersOf(cleaned.text))
      expect(gluedSeamsAround(cleaned.text, uppers)).toEqual(oldFindGluedSeams(cleaned.text))
      expect(findGluedSeams(cleaned.text)).toEqual(oldFindGluedSeams(cleaned.text))
    }), { numRuns: 3000 })
  })
})

describe('what the cleaning pass takes as NFC without asking is NFC', () => {
  // clean-text.ts: a BMP unit below U+0300, or no mark, no Hangul vowel or final jamo and its own NFC.
  const MARK = /\p{M}/u
  const ruleSaysInert = (c: number) => c < 0x300 || (!(c >= 0x1161 && c <= 0x1175) && !(c >= 0x11a8 && c <= 0x11c2) &&
    !MARK.test(String.fromCharCode(c)) && String.fromCharCode(c).normalize('NFC') === String.fromCharCode(c))

  it('every unit that composes with what precedes it (in any decomposition Unicode has) is a mark or a Hangul vowel or final jamo', () => {
    const composesAfter = new Set<number>()
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const d = String.fromCodePoint(cp).normalize('NFD')
      const first = d.codePointAt(0)!
      for (const ch of d.slice(first > 0xffff ? 2 : 1)) composesAfter.add(ch.codePointAt(0)!)
    }
    const notMarks = [...composesAfter].filter((cp) => cp <= 0xffff && ruleSaysInert(cp))
    expect(notMarks).toEqual([])
  })

  it('every unit the rule takes is its own NFC and a starter (canonical combining class 0)', () => {
    const wrong: number[] = []
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      if (!ruleSaysInert(c)) continue
      const u = String.fromCharCode(c)
      // A non-starter after U+0345 (class 240) would be put before it by NFD.
      if (u.normalize('NFC') !== u || `\u0345${u}`.normalize('NFD') !== `\u0345${u.normalize('NFD')}`) wrong.push(c)
    }
    expect(wrong).toEqual([])
  })

  it('the units the pass edits are taken as NFC except U+2000 and U+2001', () => {
    for (const c of [0x09, 0x0a, 0x0d, 0x20, 0xa0, 0xab, 0xad, 0xbb, 0x1680, 0x2002, 0x200a, 0x200b, 0x200d, 0x2010, 0x2015, 0x2018, 0x201f, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x2212, 0x3000, 0xfe58, 0xfe63, 0xfeff, 0xff0d]) {
      expect(ruleSaysInert(c), c.toString(16)).toBe(true)
    }
    expect(ruleSaysInert(0x2000)).toBe(false)
    expect(ruleSaysInert(0x2001)).toBe(false)
  })
})

describe('screenInput finds what it found when it counted every unit of its sample', () => {
  const same = (input: string, maxLength = 2_000_000) => {
    const a: Issue[] = []
    const b: Issue[] = []
    expect(screenInput(input, maxLength, b)).toBe(oldScreenInput(input, maxLength, a))
    expect(b).toEqual(a)
  }
  it('on every shared article and fixture, whole and cut', () => {
    for (const input of corpus) {
      same(input)
      same(input, 500)
    }
  })
  it('on random text: letters of both scripts, spaces, controls, NUL, U+FFFD, surrogates, past the sample', () => {
    const PIECES = ['a', 'word ', 'đã ', 'Nguyễn ', 'ă', ' ', '\n', '\t', '\u00a0', '\u200b', '\u3000', '\u0000', '\u0001', '\u001f', '\ufffd', '\ud800', '😀', '\u0301', 'ж', '中', '\u2026']
    const piece = fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(' '.repeat(17_000), 'the quick brown fox '.repeat(20), 'x\u0001'.repeat(30)))
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.integer({ min: 1, max: 40_000 }), (t, max) => {
      same(t)
      same(t, max)
    }), { numRuns: 1500 })
  })
})
