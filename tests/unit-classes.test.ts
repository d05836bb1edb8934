/**
 * The per-unit class tables of the stages are filled from the shared letters table
 * (src/normalize/letters.ts) instead of regexes of their own (each `\p{…}` regex costs V8 up to a
 * millisecond to compile in a fresh process). Each is held here, for every UTF-16 unit, to the
 * regex it replaced, and the shared table to the Unicode categories it stands for; so is a word-by-word
 * reading that replaced a pattern of bounded repeats of such a class.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectAgreement } from './support/agreement.ts'
import { chairsListed } from '../src/kinds/people/roles.ts'
import { classOf } from '../src/engine/word-token.ts'
import { unitClass as segmentClass } from '../src/engine/segment.ts'
import { unitClass as countClass } from '../src/kinds/counts/candidates.ts'
import { beforeClass, digitOrApostrophe, mayOpenUpper, wordClass } from '../src/kinds/people/people.ts'
import { letterOrMarkAt, letterUnit, titleUnit, upperUnit } from '../src/kinds/people/titles.ts'
import { wordCharBefore } from '../src/engine/scan.ts'
import { isLetterClass, LETTER, letterClass, LOWER, MARK, NUMBER, SPACE, UPPER } from '../src/normalize/letters.ts'

/** Every UTF-16 unit, as the tables see it: alone (a surrogate half alone too). */
const UNITS = Array.from({ length: 0x10000 }, (_, c) => c)

/** The units where `table` and `reference` differ (none expected), at most a few, in hex. */
function differences(table: (c: number) => number, reference: (u: string) => number): string[] {
  const out: string[] = []
  for (const c of UNITS) {
    const want = reference(String.fromCharCode(c))
    const got = table(c)
    if (got !== want && out.length < 5) out.push(`U+${c.toString(16).padStart(4, '0')}: ${got} for ${want}`)
  }
  return out
}

describe('the shared letters table', () => {
  it('says, for every unit, letter, upper, lower, mark, number, white space as the Unicode classes do', () => {
    const bits = (u: string) => (/^[\p{L}\p{M}]$/u.test(u) ? LETTER : 0) | (/^\p{Lu}$/u.test(u) ? UPPER : 0) | (/^\p{Ll}$/u.test(u) ? LOWER : 0)
      | (/^\p{M}$/u.test(u) ? MARK : 0) | (/^\p{N}$/u.test(u) ? NUMBER : 0) | (/^\s$/u.test(u) ? SPACE : 0)
    const mask = LETTER | UPPER | LOWER | MARK | NUMBER | SPACE
    expect(differences((c) => letterClass(c) & mask, bits)).toEqual([])
    expect(differences((c) => (isLetterClass(letterClass(c)) ? 1 : 0), (u) => (/^\p{L}$/u.test(u) ? 1 : 0))).toEqual([])
  })
})

describe('each stage table reads as the regex it replaced, for every unit', () => {
  it('engine: word tokens, sentence segments', () => {
    expect(differences(classOf, (u) => (/^[\p{L}\p{M}\p{N}/'-]$/u.test(u) ? 1 : /^\s$/u.test(u) ? 2 : 3))).toEqual([])
    expect(differences(segmentClass, (u) => (/[\p{L}\p{N}./]/u.test(u) ? 1 : 0) | (/[\p{Lu}\p{N}]/u.test(u) ? 2 : 0) | (/\p{Lu}/u.test(u) ? 4 : 0))).toEqual([])
  })
  it('engine: a word character before a position (units alone; pairs are read by the regex still)', () => {
    expect(differences((c) => (wordCharBefore(String.fromCharCode(c), 1) ? 1 : 0), (u) => (/^[\p{L}\p{M}\p{N}]$/u.test(u) ? 1 : 0))).toEqual([])
    expect(wordCharBefore('a\u{1D400}', 3)).toBe(true)
    expect(wordCharBefore('a\u{1F600}', 3)).toBe(false)
  })
  it('counts', () => {
    expect(differences(countClass, (u) => (/[\p{L}\p{M}]/u.test(u) ? 1 : 0) | (/^\p{Lu}/u.test(u) ? 2 : 0) | (/^[\p{L}\p{M}\p{N}]/u.test(u) ? 4 : 0))).toEqual([])
  })
  it('people and titles', () => {
    expect(differences(wordClass, (u) => (/\p{Lu}/u.test(u) ? 1 : 0) | (/[\p{Ll}\p{M}]/u.test(u) ? 2 : 0) | (/[\p{L}\p{M}]/u.test(u) ? 4 : 0))).toEqual([])
    expect(differences(digitOrApostrophe, (u) => (/[\p{N}'’]/u.test(u) ? 1 : 0))).toEqual([])
    expect(differences(beforeClass, (u) => (/\p{L}/u.test(u) ? 1 : u === '/' ? 2 : /[\s,;:(]/u.test(u) ? 4 : 0))).toEqual([])
    expect(differences(mayOpenUpper, (u) => (/\p{Lu}/u.test(u) || /[\ud800-\udfff]/.test(u) ? 1 : 0))).toEqual([])
    expect(differences(upperUnit, (u) => (/[\p{Lu}Đ]/u.test(u) ? 1 : 0))).toEqual([])
    expect(differences(letterUnit, (u) => (/\p{L}/u.test(u) ? 1 : 0))).toEqual([])
    expect(differences((c) => (letterOrMarkAt(String.fromCharCode(c), 0, 1) ? 1 : 0), (u) => (/^[\p{L}\p{M}]$/u.test(u) ? 1 : 0))).toEqual([])
    expect(letterOrMarkAt('\u{1D400}', 0, 2)).toBe(true)
    expect(letterOrMarkAt('\u{1D400}', 0, 1)).toBe(false)
    expect(differences(titleUnit, (u) => (/[\p{L}\p{M}\p{N}./']/u.test(u) ? 1 : /\s/u.test(u) ? 2 : 0))).toEqual([])
  })
})

describe('chairsListed reads as the pattern it replaced', () => {
  const CHAIRS_LISTED = /^(?: [\p{L}\p{M}]{1,12}){0,3} (?:còn )?có /u
  const PIECES = [' ', ' ', ' có ', ' còn có ', 'có', 'còn', 'Hội', 'nghị', 'x'.repeat(11), 'x'.repeat(12), 'x'.repeat(13), ',', '.', '\u0301', '\u{1D400}', '\u{1F600}', '\ud800', 'đồng chí', '1']
  it('random texts after "chủ trì" (up to 40 units, as read there)', () => {
    expectAgreement(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join('').slice(0, 40)), (after) => CHAIRS_LISTED.test(after), chairsListed, 20000, 500)
  })
  it('examples', () => {
    for (const [after, expected] of [[' Hội nghị còn có đồng chí', true], [' có đồng chí', true], [' hội nghị là', false], [` ${'x'.repeat(13)} có `, false], [` ${'x'.repeat(12)} có `, true], [' a b c có ', true], [' a b c d có ', false]] as const) {
      expect([after, chairsListed(after), CHAIRS_LISTED.test(after)]).toEqual([after, expected, expected])
    }
  })
})
