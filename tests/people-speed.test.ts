import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { occurrences, rolePhrases } from '../src/kinds/people/roles.ts'
import { titlesBefore, titlesBeforeEager, titleStartInByRegex, titleStartInText } from '../src/kinds/people/titles.ts'
import type { Doc } from '../src/engine/doc.ts'
import {
  afterBoundary, forEachMatchAfterWords, isTitleCase, isTitleCaseByRegex, opensNextPhrase, opensNextPhraseBySlice, GIVEN_STICKY, TITLE_MENTION_STICKY,
} from '../src/kinds/people/people.ts'
import { GIVEN_NAME_HONORIFICS, TITLE_MENTION_HONORIFICS } from '../src/lexicon/titles.ts'
import { forEachMatch } from '../src/engine/step.ts'
import { ATTENDEE_OPENERS, CHAIR_WORDS, SPEAKER_WORDS } from '../src/lexicon/roles.ts'
import { DEV_CORPUS, loadShared } from './support/fixtures.ts'
import { honorificsBeforeCapitals } from './support/honorifics-reference.ts'

/** The role words of a sentence, as the per-word `indexOf` searches found them. */
function byIndexOf(text: string) {
  const sorted = (words: readonly string[]) => words.flatMap((w) => occurrences(text, w)).sort((a, b) => a - b)
  return { chairAt: sorted(CHAIR_WORDS), attendAt: sorted(ATTENDEE_OPENERS), speakAt: sorted(SPEAKER_WORDS) }
}

const ROLE_PIECES = [...CHAIR_WORDS, ...ATTENDEE_OPENERS, ...SPEAKER_WORDS, 'x', 'ông', ' ', ', ', '.', '5', 'đ', '𝐀', '😀', '\ud83d', 'a\u0301', '\n']

describe('rolePhrases reads the role words as one indexOf search per word did', () => {
  it('random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ROLE_PIECES), { maxLength: 20 }), (parts) => {
        const text = parts.join('')
        expect(rolePhrases(text)).toEqual(byIndexOf(text))
      }),
      { numRuns: 3000 },
    )
  })
  it('every sentence of the dev corpus', () => {
    for (const a of loadShared(DEV_CORPUS)) {
      for (const line of a.input.toLowerCase().split(/(?<=[.!?])\s+/)) expect(rolePhrases(line)).toEqual(byIndexOf(line))
    }
  })
})

describe('titleStartIn reads in place as its regex over the slice did', () => {
  const PIECES = ['Bí thư', 'Theo', 'Phó Chủ tịch', 'UBND', 'UVTV', 'Tỉnh ủy', 'chủ', 'và', 'dự', ' ', '  ', '\t', '\u00a0', 'x', '.', 'TP.', '𝐀', '😀', '\ud83d', 'Ủy viên']
  it('random segments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        const text = parts.join('')
        expect(titleStartInText(text)).toBe(titleStartInByRegex(text))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('the honorific scans start where their words stand before a capital, as the regex scans found them', () => {
  const WORDS = ['ông', 'Ông', 'bà', 'Bà', 'đồng chí', 'Đồng chí', 'đ/c', 'anh', 'chị', 'bông', 'Lê', 'Hà', 'Văn', 'Ánh', 'lan', ' ', ',', ';', '(', '.', '\n', '\u00a0', 'x', '𝐀', '😀', '\ud83d', 'e\u0301']
  const both = (global: RegExp, sticky: RegExp, words: readonly string[], text: string) => {
    const old: string[] = []
    forEachMatch(global, text, afterBoundary(text, (m) => {
      old.push(`${m.index}:${m[0]}`)
    }))
    const now: string[] = []
    forEachMatchAfterWords(sticky, words, text, honorificsBeforeCapitals(text), afterBoundary(text, (m) => {
      now.push(`${m.index}:${m[0]}`)
    }))
    return { old, now }
  }
  // The reference: the same patterns scanned globally over the whole text (the core makes only the sticky ones).
  const GIVEN = new RegExp(GIVEN_STICKY().source, 'gu')
  const TITLE_MENTION = new RegExp(TITLE_MENTION_STICKY().source, 'gu')
  for (const [name, global, sticky, words] of [
    ['given name', GIVEN, GIVEN_STICKY(), GIVEN_NAME_HONORIFICS],
    ['title mention', TITLE_MENTION, TITLE_MENTION_STICKY(), TITLE_MENTION_HONORIFICS],
  ] as const) {
    it(name, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 18 }), (parts) => {
          const { old, now } = both(global, sticky, words, parts.join(''))
          expect(now).toEqual(old)
        }),
        { numRuns: 4000 },
      )
      for (const a of loadShared(DEV_CORPUS)) {
        const { old, now } = both(global, sticky, words, a.input)
        expect(now).toEqual(old)
      }
    })
  }
})

describe('isTitleCase reads by table as its regex does', () => {
  const PIECES = ['N', 'g', 'u', 'y', 'ễ', 'Đ', 'đ', 'Ư', "'", '’', 'H', 'x', '\u0301', '5', '.', ' ', '𝐀', '𝐚', '😀', '\ud83d', 'ǅ', 'Ǆ', 'ʰ', 'ª']
  it('random words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => {
        const t = parts.join('')
        expect(isTitleCase(t)).toBe(isTitleCaseByRegex(t))
      }),
      { numRuns: 6000 },
    )
  })
  it('every word of the dev corpus', () => {
    for (const a of loadShared(DEV_CORPUS)) for (const t of a.input.split(/[\s,.;:()"]+/)) expect(isTitleCase(t)).toBe(isTitleCaseByRegex(t))
  })
})

describe('titlesBefore reads back only as far as the titles go, as the eager reading of every segment did', () => {
  const PIECES = ['Bí thư', 'Tỉnh ủy', 'Phó Chủ tịch', 'UBND', 'UVTV', 'Ban', 'Ban Tổ chức', 'Theo', 'đồng chí', 'ông', 'chủ', 'và', ' ', ', ', ',', ';', ':', '(', '\n', 'x', '.', '𝐀', '😀', 'Trưởng Ban', 'Ủy viên', 'Nguyễn Văn An']
  const doc = (key: string) => ({ key }) as Doc
  it('random clauses, every name start and clause start', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const key = parts.join('')
        for (let name = 0; name <= key.length; name++) {
          for (const clause of [0, Math.max(0, name - 7), Math.max(0, name - 20)]) expect(titlesBefore(doc(key), name, clause)).toEqual(titlesBeforeEager(doc(key), name, clause))
        }
      }),
      { numRuns: 600 },
    )
  })
  it('before every capital of the dev corpus', () => {
    for (const a of loadShared(DEV_CORPUS)) {
      const d = doc(a.input)
      for (let p = 1; p < a.input.length; p++) {
        if (a.input.charCodeAt(p - 1) !== 0x20 || !/\p{Lu}/u.test(a.input[p]!)) continue
        expect(titlesBefore(d, p, Math.max(0, p - 300))).toEqual(titlesBeforeEager(d, p, Math.max(0, p - 300)))
      }
    }
  })
})

describe('opensNextPhrase asks only whether a word starts, after a word that is not a part of day', () => {
  const PIECES = [' ', 'nay', 'Nay', '5', '٣', 'sáng', 'x', '𝐚', '𝐀', '😀', '\ud835', ',', '.', 'ủy', 'e\u0301']
  it('random texts after a run', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), fc.constantFrom('Chiều', 'Sáng', 'Ngày', 'Ủy', 'Tỉnh', 'Hôm'), (parts, token) => {
        const text = `Nguyễn Văn ${token}${parts.join('')}`
        const end = 11 + token.length
        expect(opensNextPhrase(text, end, token)).toBe(opensNextPhraseBySlice(text, end, token))
      }),
      { numRuns: 3000 },
    )
  })
})
