/**
 * The meetings stage's cue checks before a position ("a word, then one space, at the end of the
 * window") are read by cueWordAtEnd (src/engine/cue.ts) instead of a regex per list. Each use is
 * held here to the pattern it replaced, on random windows built from its own words, pieces of them,
 * and what may stand around them (other white space, letters, marks, astral letters and emoji, lone
 * surrogates).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectAgreement } from './support/agreement.ts'
import { cueWordAtEnd, cueWordAtStart, cueWordEndingText, type CueLead } from '../src/engine/cue.ts'
import { chairTaskAt } from '../src/kinds/people/roles.ts'
import { CHAIR_TASK_WORDS, CHAIR_WORDS } from '../src/lexicon/roles.ts'
import { anyOf } from '../src/grammars/lexicon-pattern.ts'
import {
  AT_WORDS, FUTURE_DAY_WORDS, MEETING_VERB_CUES, MODIFIED_NOUNS_BEFORE, NOT_MEETING_DAY_CUES, NOT_PLANNED_AFTER_WORDS, NOUNS_BEFORE_MEETING_VERB, OPENING_VERBS, ORGANISE_PLANNED_BEFORE,
  PAST_MARKERS, PLANNED_AFTER_WORDS, RESULT_WORDS,
} from '../src/lexicon/meeting-kinds.ts'
import { plannedAfter } from '../src/kinds/meetings/meetings.ts'

/** The pattern each use replaced. */
function reference(words: readonly string[], lead: CueLead): RegExp {
  return new RegExp(`${lead === 'space' ? '(?:^|\\s)' : '(?:^|[^\\p{L}\\p{M}])'}${anyOf(words)}\\s$`, 'u')
}

const USES: Array<[string, readonly string[], CueLead]> = [
  ['NOT_DAY_BEFORE', NOT_MEETING_DAY_CUES, 'non-letter'], ['OPENER_BEFORE', OPENING_VERBS, 'space'], ['MODIFIED_BEFORE', MODIFIED_NOUNS_BEFORE, 'space'],
  ['ORGANISE_PLANNED', ORGANISE_PLANNED_BEFORE, 'space'], ['NOUN_BEFORE_VERB', NOUNS_BEFORE_MEETING_VERB, 'non-letter'], ['VERB_CUE_BEFORE', MEETING_VERB_CUES, 'non-letter'],
  ['RESULT_BEFORE', RESULT_WORDS, 'space'], ['AT_BEFORE', AT_WORDS, 'space'],
]

const AROUND = [' ', ' ', '\n', '\u00a0', '\t', 'a', 'Đ', 'ọ', '\u0301', ',', '(', '1', '\u{1D400}', '\u{1F600}', '\ud800', '\udc00', '.']

describe('cueWordAtEnd answers as the pattern it replaced', () => {
  for (const [name, words, lead] of USES) {
    it(`${name} (${lead})`, () => {
      const re = reference(words, lead)
      const test = cueWordAtEnd(words, lead)
      // Words whole and cut (their first or last unit dropped), and what stands around them.
      const pieces = [...words, ...words.map((w) => w.slice(1)), ...words.map((w) => w.slice(0, -1)), ...AROUND]
      // Some pieces, then (most often) a word or a cut one and an ending: the end is where the answer is made.
      const window = fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 4 }), fc.constantFrom(...pieces, ...words, ...words), fc.constantFrom(' ', ' ', '\n', '\u00a0', '', '  ', 'x', '\ud800'))
        .map(([p, w, end]) => p.join('') + w + end)
      expectAgreement(window, (text) => re.test(text), test, 4000, 30)
    })
  }
  it('examples', () => {
    const test = cueWordAtEnd(['tổ chức', 'họp'], 'non-letter')
    expect(['tổ chức ', 'đã tổ chức ', '(tổ chức ', 'xtổ chức ', '\u{1D400}họp ', '😀họp ', 'họp', 'họp  '].map(test)).toEqual([true, true, true, false, false, true, false, false])
    const spaced = cueWordAtEnd(['tại'], 'space')
    expect(['tại ', ' tại\n', ',tại ', 'tại\u00a0', 'tạ '].map(spaced)).toEqual([true, true, false, true, false])
  })
})

describe('plannedAfter answers as the pattern it replaced', () => {
  const PLANNED_AFTER = new RegExp(`^[^,;:.]{0,40}?\\s(?!${anyOf(NOT_PLANNED_AFTER_WORDS)}(?![\\p{L}\\p{M}]))${anyOf(PLANNED_AFTER_WORDS)}(?![\\p{L}\\p{M}])`, 'u')
  const pieces = [...PLANNED_AFTER_WORDS, ...NOT_PLANNED_AFTER_WORDS, ...PLANNED_AFTER_WORDS.map((w) => w.slice(0, -1)), ' ', ' ', ' ', 'khai mạc', 'x'.repeat(9), 'x'.repeat(20), ...AROUND, ';', ':', 'a\u0301']
  it('random clauses after a kind', () => {
    expectAgreement(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join('')), (after) => PLANNED_AFTER.test(after), plannedAfter, 20000, 500)
  })
  it('examples', () => {
    expect([' dự kiến khai mạc', ' sắp xếp', ' sắp tới', ', sẽ', ` ${'x'.repeat(39)} sẽ`, ` ${'x'.repeat(40)} sẽ`, ' sẽa', ' sẽ\u0301', ' \u{1D400} sẽ'].map(plannedAfter))
      .toEqual([true, false, true, false, true, false, false, false, true])
  })
})

describe('cueWordAtStart answers as the pattern it replaced', () => {
  it('FUTURE_AFTER', () => {
    const re = new RegExp(`^\\s${anyOf(FUTURE_DAY_WORDS)}(?![\\p{L}\\p{M}])`, 'u')
    const test = cueWordAtStart(FUTURE_DAY_WORDS)
    const pieces = [...FUTURE_DAY_WORDS, ...FUTURE_DAY_WORDS.map((w) => w.slice(0, -1)), ...AROUND]
    const text = fc.tuple(fc.constantFrom(' ', '\n', '\u00a0', '', 'x', '  '), fc.array(fc.constantFrom(...pieces), { maxLength: 4 })).map(([lead, p]) => lead + p.join(''))
    expectAgreement(text, (t) => re.test(t), test, 10000, 100)
    expect([' tới;', ' tớia', ' sắp tới', ' sắp', 'tới ', ' tới\u0301', ' tới\u{1D400}', ' tới😀'].map(test)).toEqual([true, false, true, false, false, false, false, true])
  })
})

describe('cueWordEndingText gives the word the pattern\'s match took', () => {
  it('PAST_BEFORE_VERB (space or letter before it)', () => {
    const re = new RegExp(`(?:^|\\s|\\p{L})(${anyOf(PAST_MARKERS)})\\s$`, 'u')
    const which = cueWordEndingText(PAST_MARKERS, 'space-or-letter')
    const pieces = [...PAST_MARKERS, ...PAST_MARKERS.map((w) => w.slice(1)), ...AROUND]
    const window = fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 4 }), fc.constantFrom(...pieces, ...PAST_MARKERS, ...PAST_MARKERS), fc.constantFrom(' ', '\n', '', '  ', 'x'))
      .map(([p, w, end]) => p.join('') + w + end)
    expectAgreement(window, (text) => re.exec(text)?.[1] ?? null, which, 10000, 100)
    // A letter before it counts (text glued in scraping: "Cườngđã "), a mark does not.
    expect(['Cườngđã ', 'a\u0301đã ', '\u{1D400}vừa ', '1đã ', 'đã '].map(which)).toEqual(['đã', null, 'vừa', null, 'đã'])
  })
  it('the longest word that fits, as the leftmost match', () => {
    const which = cueWordEndingText(['ab', 'b', 'cab'], 'space')
    expect(['x ab ', 'xab ', ' cab ', 'ab ', 'b '].map(which)).toEqual(['ab', null, 'cab', 'ab', 'b'])
  })
})

describe('chairTaskAt answers as the pattern it replaced', () => {
  it('random texts after a chair word', () => {
    const re = new RegExp(`^${anyOf(CHAIR_WORDS)}\\s${anyOf(CHAIR_TASK_WORDS)}(?![\\p{L}\\p{M}])`, 'u')
    const pieces = [...CHAIR_TASK_WORDS, ...CHAIR_TASK_WORDS.map((w) => w.slice(0, -1)), ...AROUND]
    const text = fc.tuple(fc.constantFrom(...CHAIR_WORDS, ...CHAIR_WORDS.map((w) => w.slice(1)), 'x'), fc.constantFrom(' ', '\n', '', '  ', ','), fc.array(fc.constantFrom(...pieces), { maxLength: 3 }))
      .map(([w, gap, p]) => w + gap + p.join(''))
    expectAgreement(text, (t) => re.test(t), chairTaskAt, 10000, 100)
  })
})
