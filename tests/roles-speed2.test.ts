/**
 * rolePhrases (src/kinds/people/roles.ts) compares the role words only where one native scan for
 * them ({@link ROLE_WORD}) says one starts (issue 10): held to one `indexOf` search per word, on texts
 * of role words that overlap and nest ("phát biểu chỉ đạo", "tham dự hội nghị có"), cut short, glued.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { occurrences, rolePhrases } from '../src/kinds/people/roles.ts'
import { ATTENDEE_OPENERS, CHAIR_WORDS, SPEAKER_WORDS } from '../src/lexicon/roles.ts'

function byIndexOf(text: string) {
  const sorted = (words: readonly string[]) => words.flatMap((w) => occurrences(text, w)).sort((a, b) => a - b)
  return { chairAt: sorted(CHAIR_WORDS), attendAt: sorted(ATTENDEE_OPENERS), speakAt: sorted(SPEAKER_WORDS) }
}

const ALL = [...CHAIR_WORDS, ...ATTENDEE_OPENERS, ...SPEAKER_WORDS]
const PIECES = [...ALL, ...ALL.map((w) => w.slice(0, -1)), ...ALL.map((w) => w.slice(1)), ...ALL.map((w) => w.split(' ')[0]!), 'x', 'a', ' ', '  ', ', ', '.', 'đ', '😀', '\ud83d', '\udc00', 'e\u0301', '\n']

describe('rolePhrases, from one scan for the role words', () => {
  it('finds every role word one indexOf search per word finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), (parts) => {
        const text = parts.join('')
        expect(rolePhrases(text)).toEqual(byIndexOf(text))
      }),
      { numRuns: 4000 },
    )
  })
})
