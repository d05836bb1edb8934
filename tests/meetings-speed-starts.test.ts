/**
 * What the meetings stage does faster (issue 10, second round) finds what it found before: the kinds
 * and verbs tried only where phraseStarts says one is written, the session anchors led by `ệc`, and
 * the checks that now run their pattern only when its words are there (the organiser's verb, the
 * purpose word, the opening verb of "để tổ chức …").
 */
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { phraseStarts } from '../src/kinds/meetings/phrase-starts.ts'
import { MEETING_KIND, MEETING_VERB, ORGANISER, PURPOSE, PHRASE_PROBES } from '../src/kinds/meetings/grammar.ts'
import {
  MEETING_KINDS, MEETING_VERBS, OPENING_VERBS, ORGANISE_PLANNED_BEFORE, ORGANISER_VERBS, PURPOSE_WORDS, SUCCESS_WORDS,
} from '../src/lexicon/meeting-kinds.ts'
import { anchoredMatcher } from '../src/engine/scan.ts'
import { execAt } from '../src/engine/step.ts'
import { anyOf, lexiconPattern } from '../src/grammars/lexicon-pattern.ts'
import { DEV_CORPUS } from './support/fixtures.ts'
import { matchesInScanOrder } from './support/scan-order.ts'

const KIND_PHRASES = MEETING_KINDS.map((k) => k.phrase)
const VERB_PHRASES = Object.keys(MEETING_VERBS)
const kindStarts = phraseStarts(KIND_PHRASES, { capitalFirst: true })
const verbStarts = phraseStarts(VERB_PHRASES)

/** Every position where one of `phrases` is written (the first letter in either case with `capitalFirst`), by brute force. */
function naiveStarts(text: string, phrases: readonly string[], capitalFirst: boolean): number[] {
  const out: number[] = []
  for (let p = 0; p < text.length; p++) {
    const written = phrases.some((ph) => {
      const first = capitalFirst ? [ph[0]!.toLowerCase(), ph[0]!.toUpperCase()] : [ph[0]!]
      return first.includes(text[p]!) && text.startsWith(ph.slice(1), p + 1)
    })
    if (written) out.push(p)
  }
  return out
}

const matches = matchesInScanOrder

/** The kind and verb grammars' matches by a whole-text scan and tried at their starts only. */
function bothWays(text: string, keep: (k: number) => boolean) {
  return [
    { g: MEETING_KIND.get(), starts: kindStarts(text) },
    { g: MEETING_VERB.get(), starts: verbStarts(text) },
  ].map(({ g, starts }) => ({
    name: g.name,
    whole: matches(text, (from) => execAt(g.regex, text, from), keep),
    fromStarts: matches(text, anchoredMatcher(text, { lead: 0, probe: g.probe }, starts), keep),
  }))
}

/** Pieces of text with kinds and verbs, their parts, other case, probes alone, neighbours that are no kind, emoji and lone surrogates. */
const PIECES = [
  ...KIND_PHRASES, ...VERB_PHRASES, ...KIND_PHRASES.map((p) => p[0]!.toUpperCase() + p.slice(1)), ...KIND_PHRASES.map((p) => p.slice(1)),
  ...KIND_PHRASES.map((p) => p.toUpperCase()), ...PHRASE_PROBES, 'Hội', 'hội', 'Đại', 'đại biểu', 'xã hội', 'tiếp tục', 'giao', 'Giao ban', 'ban',
  ' lần thứ 5', ' thứ IX', ' Ban Chấp hành', ' mở rộng', ' ', ', ', '.', 'x', 'Ǆ', 'İ', 'ß', '😀', '\ud83d', '\ude00', '\n',
]

describe('phraseStarts', () => {
  it('lists every position where a kind or a verb is written, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        expect(kindStarts(text)).toEqual(naiveStarts(text, KIND_PHRASES, true))
        expect(verbStarts(text)).toEqual(naiveStarts(text, VERB_PHRASES, false))
      }),
      { numRuns: 3000 },
    )
  })

  it('finds a phrase of one unit, in either case, and one with no probe in it', () => {
    const starts = phraseStarts(['x', 'abc', 'abcd', 'q'], { capitalFirst: true })
    expect(starts('x X abc Abcd aBc Q')).toEqual([0, 2, 4, 8, 17])
  })
})

describe('the kinds and verbs tried at their starts only', () => {
  it('are the matches of a whole-text scan, keeping or rejecting each, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), fc.array(fc.boolean(), { maxLength: 8 }), (parts, keeps) => {
        const text = parts.join('')
        for (const r of bothWays(text, (k) => keeps[k % Math.max(1, keeps.length)] ?? true)) expect(r.fromStarts, r.name).toEqual(r.whole)
      }),
      { numRuns: 3000 },
    )
  })

  it('are the matches of a whole-text scan on the dev corpus', () => {
    const files = readdirSync(DEV_CORPUS).filter((f) => f.endsWith('.txt')).sort()
    let found = 0
    for (const f of files) {
      const text = readFileSync(join(DEV_CORPUS, f), 'utf8').normalize('NFC')
      for (const keep of [() => true, (k: number) => k % 2 === 0]) {
        for (const r of bothWays(text, keep)) {
          expect(r.fromStarts, `${f}: ${r.name}`).toEqual(r.whole)
          found += r.whole.length
        }
      }
    }
    expect(found).toBeGreaterThan(100)
  })
})

describe('a check that needs its words first', () => {
  // As meetings.ts writes them.
  const PLANNED_ORGANISING = lexiconPattern(
    `(?:^|\\s)${anyOf(ORGANISE_PLANNED_BEFORE)}\\s${anyOf(OPENING_VERBS)}\\s(?:${anyOf(SUCCESS_WORDS)}\\s)?$`, 'u')
  const PURPOSE_REACH = 81 + Math.max(...PURPOSE_WORDS.map((w) => w.length))
  const pieces = [...ORGANISE_PLANNED_BEFORE, ...OPENING_VERBS, ...SUCCESS_WORDS, ...ORGANISER_VERBS, ...PURPOSE_WORDS, 'đã', 'vừa',
    'Ban Tổ chức', 'Tỉnh ủy', 'Hội nghị', 'đánh giá kết quả', ' ', ' ', ' ', ', ', ': ', ';', '.', 'x', 'X', '\n', '😀', 'a'.repeat(30)]
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''))

  it('"để tổ chức …" before a kind: the pattern matches only where an opening verb is written', () => {
    fc.assert(fc.property(texts, (t) => {
      if (PLANNED_ORGANISING().test(t)) expect(OPENING_VERBS.some((w) => t.includes(w))).toBe(true)
    }), { numRuns: 3000 })
  })

  it('the organiser: the grammar matches only where one of its verbs stands between spaces', () => {
    const re = ORGANISER.get().regex
    fc.assert(fc.property(texts, (t) => {
      if (execAt(re, t, 0) !== null) expect(ORGANISER_VERBS.some((w) => t.includes(` ${w} `))).toBe(true)
    }), { numRuns: 3000 })
  })

  it('the purpose: the grammar matches only where a purpose word starts within reach', () => {
    const re = PURPOSE.get().regex
    fc.assert(fc.property(texts, (t) => {
      if (execAt(re, t, 0) !== null) expect(PURPOSE_WORDS.some((w) => t.slice(0, PURPOSE_REACH).includes(w))).toBe(true)
    }), { numRuns: 3000 })
  })
})
