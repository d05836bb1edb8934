/**
 * What the meetings stage does faster (issue 10) reads as before: the kind's key found among the
 * phrases of its first letter only, the planned-word check as one pattern, the kind's range of an
 * organised or visit match read from its length, the record's fields copied out by name.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { kindKey } from '../src/kinds/meetings/meetings.ts'
import { ORGANISED_EVENT, VISIT_WORK } from '../src/kinds/meetings/grammar.ts'
import { KINDS_BY_BODY, MEETING_KINDS, NOT_HELD_BEFORE } from '../src/lexicon/meeting-kinds.ts'
import { anyOf } from '../src/grammars/lexicon-pattern.ts'
import { execAt } from '../src/engine/step.ts'
import { MeetingSchema } from '../src/records/meeting.ts'
import { extract } from '../src/index.ts'

/** kindKey as it was: every phrase, longest first. */
function oldKindKey(text: string): string {
  const lower = text.toLowerCase()
  for (const b of KINDS_BY_BODY) if (lower.includes(b.phrase)) return b.key
  const longestFirst = [...new Map(MEETING_KINDS.map((k) => [k.phrase, k.key]))].sort((a, b) => b[0].length - a[0].length)
  for (const [phrase, key] of longestFirst) if (lower.startsWith(phrase)) return key
  return 'meeting'
}

const KIND_PIECES = [...MEETING_KINDS.map((k) => k.phrase), 'Hội nghị', 'Lễ', 'lễ', ' ', 'Ban Chấp hành', ' ban thường vụ', ' lần thứ 5', 'x', 'Ǆ', 'İ', '😀', 'giao Bank', 'Đại']

describe('kindKey', () => {
  it('gives the key the whole list of phrases gave', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...KIND_PIECES), { maxLength: 6 }), (parts) => {
        const text = parts.join('')
        expect(kindKey(text)).toBe(oldKindKey(text))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('the planned-word check', () => {
  const pattern = new RegExp(anyOf(NOT_HELD_BEFORE), 'u')
  it('as one pattern, finds a word where one of the words is in the text', () => {
    const pieces = [...NOT_HELD_BEFORE, ...NOT_HELD_BEFORE.map((w) => w.slice(1)), ' ', 'x', 'ẞ', '😀', 'trước đó']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        expect(pattern.test(text)).toBe(NOT_HELD_BEFORE.some((w) => text.includes(w)))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('the kind of an organised or visit match ends the match', () => {
  const PIECES = ['tổ chức ', 'Tổ chức ', 'sơ kết', 'Sơ kết', 'gặp mặt', 'hội thảo', 'thăm', ', ', ' và ', 'làm việc tại', 'làm việc ', 'x', ' ', '😀', 'tại']
  it('so its range is read from its length', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        for (const lazy of [ORGANISED_EVENT, VISIT_WORK]) {
          const g = lazy.get()
          let at = 0
          let m: RegExpExecArray | null
          while ((m = execAt(g.regex, text, at)) !== null) {
            const withIndices = execAt(g.sticky, text, m.index)!
            expect(withIndices.indices![g.groups.kind!]![1]).toBe(m.index + m[0].length)
            at = m.index + 1
          }
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('a meeting record', () => {
  it('has the schema\'s fields, in the order they are made', () => {
    const r = extract('Sáng 12/7, Tỉnh ủy Quảng Trị tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023 nhằm đánh giá kết quả.', { published: '2023-07-13' })
    expect(r.meetings.length).toBeGreaterThan(0)
    for (const m of r.meetings) {
      expect(Object.keys(m)).toEqual(['kind', 'kindText', 'ordinal', 'date', 'partOfDay', 'dateText', 'organiser', 'chairs', 'attendees', 'host',
        'periodReviewed', 'periodPlanned', 'purpose', 'text', 'span', 'rule', 'mentions'])
      expect(new Set(Object.keys(m))).toEqual(new Set(Object.keys(MeetingSchema.shape)))
    }
  })
})
