/**
 * Session 8 speed work on the count rules (issue 10): each reading that replaced a slice, a general
 * parser or a grammar run per candidate is held here to what it replaced (copied below as it was,
 * or the engine's own `scan`), on random texts and on the seeds and dev corpus.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countNounAfter, findCountCandidates, pastTaken, wordAfterSpace } from '../src/kinds/counts/candidates.ts'
import { Abbreviations, findAbbreviations } from '../src/kinds/counts/abbreviations.ts'
import { numberWordsValue, scaledValue } from '../src/kinds/counts/number-values.ts'
import { scanMatches } from '../src/engine/scan.ts'
import { Before, forgetPhrasesBefore, phraseBefore, type BeforeList } from '../src/kinds/counts/before.ts'
import { PhraseSet } from '../src/engine/phrase-set.ts'
import { COUNT_SCOPE, COUNT_SCOPE_CUES, NUMBER_EXPRESSION, WORD_NUMBER } from '../src/kinds/counts/grammar.ts'
import { forEachMatch } from '../src/engine/step.ts'
import { lowerCase } from '../src/kinds/counts/words.ts'
import {
  CHANGE_WORDS, COMPARISON_LEADS, COUNT_NOUNS, FACTOR_LEADS, FIGURE_WORDS, IDENTIFIER_WORDS, NUMBERED_LABEL_WORDS, PERCENT_RATE_LEADS,
  PARTY_SCOPE_UNITS, QUALIFIERS, QUANTITY_BEFORE_IDENTIFIER_WORD, SHARE_CONTINUING_VERBS, TOTAL_WORDS, WHOLE_PARTY_SCOPE_UNITS, WHOLE_SCOPE_WORDS,
} from '../src/lexicon/count-words.ts'
import { COMPOUND_SCALE_TAILS, DIGIT_WORDS, SCALE_WORDS } from '../src/lexicon/number-words.ts'
import { parseDigits, parseVietnameseNumber } from '../src/parse/number.ts'
import { parseNumberWords } from '../src/parse/number-words.ts'
import { scan, type MatchView } from '../src/engine/scan.ts'
import { collectTrace, type RawTraceEntry } from '../src/engine/trace.ts'
import { findRange, type Doc, type Range } from '../src/engine/doc.ts'
import type { LazyGrammar } from '../src/grammars/build.ts'
import { docBefore, texts } from './support/scan-agreement.ts'
import { DEV_CORPUS, loadShared, SEEDS } from './support/fixtures.ts'

const corpus = [...loadShared(SEEDS), ...loadShared(DEV_CORPUS)].map((a) => a.input)
const docOf = (input: string) => docBefore('counts', input)
const NOUN_FIRST = [...new Set(COUNT_NOUNS.map((n) => n.split(' ')[0]!))]

/** Pieces of counted text: number words, count nouns in every case, abbreviations, digits, dates, separators, odd units. */
const PIECES = [
  ...Object.keys(DIGIT_WORDS), 'Hai', 'Ba', 'Một', 'mười', 'mươi', 'trăm', 'linh', ...Object.keys(SCALE_WORDS), 'Triệu',
  ...NOUN_FIRST.slice(0, 12), 'Người', 'NGƯỜI', 'Đảng', 'ĐẢNG', 'đảng viên', 'ĐV', 'GDP', 'đảng viên (ĐV)', 'Tổng sản phẩm (GDP)',
  '1', '12', '2024', '49.820', '1.000.', '57,5', '%', ' %', '/', ' / ', '-', ' – ', 'ngày 12/3/2024', 'năm 2020', 'thứ ', 'số ', 'khoảng ', 'tăng ',
  ' ', ' ', ' ', '\n', '.', ',', ';', '(', ')', '"', 'x', 'a', 'b', 'İ', 'Σ', 'ΣΑΣ', '𝐀', '😀', '\ud835', '\u0301', 'ß',
]

describe('countNounAfter reads the word after a number word as the slice and the set read it', () => {
  const old = (text: string, pos: number, abbreviations: ReadonlyMap<string, string>) => {
    const word = wordAfterSpace(text, pos)
    const next = word === undefined ? undefined : lowerCase(word)
    return !(!next || (!NOUN_FIRST.includes(next) && (abbreviations.size === 0 || !abbreviations.has(next.toUpperCase()))))
  }
  const none = new Abbreviations()
  const some = new Abbreviations([['ĐV', 'đảng viên'], ['HAI', 'x'], ['NGƯỜI', 'y']])
  it('every position of random texts, with and without abbreviations', () => {
    fc.assert(fc.property(texts(PIECES), (t) => {
      for (let pos = 0; pos <= t.length; pos++) {
        expect(countNounAfter(t, pos, none), `${JSON.stringify(t)} at ${pos}`).toBe(old(t, pos, none))
        expect(countNounAfter(t, pos, some), `${JSON.stringify(t)} at ${pos}`).toBe(old(t, pos, some))
      }
    }), { numRuns: 1500 })
  })
  it('every count noun in every case, cut and glued, and every space of the corpus', () => {
    for (const w of NOUN_FIRST) {
      for (const v of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.slice(0, -1), `${w}x`, `${w}😀`, `${w}\u0301`, `${w}${'a'.repeat(24)}`]) {
        const t = ` ${v} `
        expect(countNounAfter(t, 0, none), v).toBe(old(t, 0, none))
      }
    }
    for (const t of corpus) {
      for (let pos = t.indexOf(' '); pos >= 0; pos = t.indexOf(' ', pos + 1)) expect(countNounAfter(t, pos, none)).toBe(old(t, pos, none))
    }
  })
})

describe('a scaled number and a number in words have the values the general parsers give', () => {
  const scales = [...Object.keys(SCALE_WORDS), ...Object.keys(SCALE_WORDS).map((w) => w[0]!.toUpperCase() + w.slice(1))]
  const phrases = [...scales, ...scales.flatMap((s) => COMPOUND_SCALE_TAILS.map((b) => `${s} ${b}`))]
  it('digits of every form before every scale phrase', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,4}(?:[.,]\d{1,4}){0,3}$/), fc.constantFrom(...phrases), (num, scale) => {
      const base = parseDigits(num)
      if (base === null) return
      expect(scaledValue(base, scale)).toBe(parseVietnameseNumber(`${num} ${scale}`)?.value ?? null)
    }), { numRuns: 3000 })
  })
  it('number words, as found and repeated', () => {
    const words = [...Object.keys(DIGIT_WORDS), 'Hai', 'mười', 'mươi', 'trăm', 'linh', 'lẻ', 'nửa', ...Object.keys(SCALE_WORDS)]
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 }).map((w) => w.join(' ')), (w) => {
      expect(numberWordsValue(w)).toBe(parseNumberWords(w))
      expect(numberWordsValue(w)).toBe(parseNumberWords(w))
    }), { numRuns: 2000 })
  })
})

/** The matches a way of scanning visits (start, end and every group), the verdicts `keep` gives, and the rejections traced. */
function record(how: (visit: (at: [number, number, readonly (string | undefined)[]]) => boolean) => void, keep: (k: number) => boolean) {
  const seen: string[] = []
  const trace: RawTraceEntry[] = []
  collectTrace(trace, () => how(([start, end, groups]) => {
    seen.push(`${start}-${end}:${groups.join('|')}`)
    return keep(seen.length - 1)
  }))
  return { seen, trace }
}

function groupsOf(g: LazyGrammar, m: MatchView): (string | undefined)[] {
  return Object.keys(g.get().groups).map((name) => m.group(name))
}

describe('scanMatches (the raw match arrays) visits, resumes and reads groups as scan (match views) does', () => {
  const check = (doc: Doc, keep: (k: number) => boolean) => {
    for (const g of [NUMBER_EXPRESSION, WORD_NUMBER]) {
      const names = Object.entries(g.get().groups)
      const old = record((visit) => scan(doc, g, (m) => visit([m.start, m.end, groupsOf(g, m)]), { boundary: true }), keep)
      const now = record((visit) => scanMatches(doc, g, (m, start, end) => visit([start, end, names.map(([, n]) => m[n])]), { boundary: true }), keep)
      expect(now, g.name).toEqual(old)
    }
  }
  it('random texts, keeping or rejecting each match', () => {
    fc.assert(fc.property(texts(PIECES), fc.array(fc.boolean(), { maxLength: 8 }), (t, keeps) => {
      check(docOf(t), (k) => keeps[k % Math.max(1, keeps.length)] ?? true)
    }), { numRuns: 800 })
  })
  it('every corpus article, keeping every match or none', () => {
    for (const input of corpus) {
      const doc = docOf(input)
      check(doc, () => true)
      check(doc, () => false)
    }
  })
})

describe('the number scan passes over a taken range as the scan through it did', () => {
  // Without a trace, the digits after a rejected run inside a taken range are passed over at once; with one, each is tried.
  const candidates = (doc: Doc, taken: readonly Range[], traced: boolean) => {
    const run = () => JSON.stringify(findCountCandidates(doc, taken, findAbbreviations(doc)))
    return traced ? collectTrace([], run) : run()
  }
  /** Sorted, disjoint ranges over a text of `n` units, from random cut points. */
  const rangesOf = (n: number, cuts: readonly number[]): Range[] => {
    const points = [...new Set(cuts.map((c) => c % (n + 1)))].sort((a, b) => a - b)
    const out: Range[] = []
    for (let k = 0; k + 1 < points.length; k += 2) if (points[k]! < points[k + 1]!) out.push({ start: points[k]!, end: points[k + 1]! })
    return out
  }
  const DATED = [...PIECES, '12/3/2024', '2020-2025', '1.2.3', '4,5,6', 'a1', '1a', '12:30', ' 3 ', '7 người', '30% ']
  /** The matches of the number grammar the scan visits outside the taken ranges, a run inside one rejected as the rule rejects it: resuming after the run, or past the range. */
  const visited = (doc: Doc, taken: readonly Range[], skip: boolean, keep: (k: number) => boolean) => {
    const seen: number[] = []
    const num = NUMBER_EXPRESSION.get().groups.num!
    scanMatches(doc, NUMBER_EXPRESSION, (m, start) => {
      const k = findRange(taken, start)
      if (k >= 0) return skip ? pastTaken(doc, start, taken[k]!.end) : start + m[num]!.length
      seen.push(start)
      return keep(seen.length - 1)
    }, { boundary: true })
    return seen
  }
  it('random texts and taken ranges: the same matches visited', () => {
    fc.assert(fc.property(texts(DATED), fc.array(fc.nat(), { maxLength: 10 }), fc.array(fc.boolean(), { maxLength: 8 }), (t, cuts, keeps) => {
      const doc = docOf(t)
      const taken = rangesOf(doc.key.length, cuts)
      const keep = (k: number) => keeps[k % Math.max(1, keeps.length)] ?? true
      expect(visited(doc, taken, true, keep)).toEqual(visited(doc, taken, false, keep))
    }), { numRuns: 3000 })
  })
  it('random texts and taken ranges: the same candidates', () => {
    fc.assert(fc.property(texts(DATED), fc.array(fc.nat(), { maxLength: 10 }), (t, cuts) => {
      const doc = docOf(t)
      const taken = rangesOf(doc.key.length, cuts)
      expect(candidates(doc, taken, false)).toBe(candidates(doc, taken, true))
    }), { numRuns: 1500 })
  })
  it('every corpus article, with its dates and with made-up ranges', () => {
    for (const input of corpus) {
      const doc = docOf(input)
      const digits: Range[] = []
      // A range round every third digit run, cut inside runs as well.
      let k = 0
      for (const m of doc.key.matchAll(/\d[\d.,/]*/g)) if (k++ % 3 === 0) digits.push({ start: m.index + (k % 2), end: m.index + m[0].length - (k % 4 === 0 ? 1 : 0) })
      const taken = digits.filter((r) => r.start < r.end)
      expect(candidates(doc, taken, false)).toBe(candidates(doc, taken, true))
    }
  })
})

describe('phraseBefore finds, for every list at once, what each list\'s own PhraseSet found', () => {
  const lists: Array<[BeforeList, readonly string[]]> = [
    [Before.Label, NUMBERED_LABEL_WORDS], [Before.Identifier, IDENTIFIER_WORDS], [Before.Quantity, QUANTITY_BEFORE_IDENTIFIER_WORD],
    [Before.Qualifier, Object.keys(QUALIFIERS)], [Before.Change, Object.keys(CHANGE_WORDS)], [Before.Total, TOTAL_WORDS],
    [Before.ShareVerb, SHARE_CONTINUING_VERBS], [Before.FactorLead, FACTOR_LEADS], [Before.RateLead, PERCENT_RATE_LEADS],
    [Before.Comparison, COMPARISON_LEADS], [Before.Figure, FIGURE_WORDS],
  ]
  const sets = lists.map(([k, words]) => [k, new PhraseSet(words, true)] as const)
  const words = lists.flatMap(([, w]) => w)
  const pieces = [...new Set(words)].flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)])
  const check = (t: string) => {
    // A doc of its own per text: the walk kept for the last position is never another text's.
    const doc = { key: t } as Doc
    for (let pos = 0; pos <= t.length; pos++) {
      for (const [k, set] of sets) expect(phraseBefore(doc, pos, k), `${JSON.stringify(t)} at ${pos}`).toEqual(set.endingBefore(t, pos, set.maxWords, 24))
    }
    forgetPhrasesBefore()
  }
  it('every position of random texts', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces, ' ', ' ', '\n', '(', '1', ',', 'x', 'İ', '😀', '  '), { maxLength: 12 }).map((p) => p.join('')), (t) => {
      check(t)
    }), { numRuns: 400 })
  })
  it('every position before a digit in the corpus', () => {
    for (const input of corpus.slice(0, 60)) {
      const doc = { key: input } as Doc
      for (let pos = 1; pos < input.length; pos++) {
        const c = input.charCodeAt(pos)
        if (c < 0x30 || c > 0x39) continue
        for (const [k, set] of sets) expect(phraseBefore(doc, pos, k)).toEqual(set.endingBefore(input, pos, set.maxWords, 24))
      }
    }
    forgetPhrasesBefore()
  })
})

describe('a sentence is scanned for a scope only when it holds one of COUNT_SCOPE_CUES', () => {
  // The cues are written by hand from the scope grammar's two openings (`[Tt]oàn …`, `Đảng bộ …`):
  // every scope the grammar finds must hold one, or a sentence without a cue would lose its scope.
  const SCOPE_PIECES = [
    'Toàn', 'toàn', 'TOÀN', 'Đảng', 'đảng', 'ĐẢNG', 'bộ', 'Bộ', ...WHOLE_SCOPE_WORDS, ...WHOLE_PARTY_SCOPE_UNITS, ...PARTY_SCOPE_UNITS,
    'Quảng Trị', 'Lệ Thủy', 'Ninh', ' ', '  ', '\n', ', ', '.', 'có', '12', 'đảng viên',
  ]
  const scopesHoldACue = (text: string) => {
    forEachMatch(COUNT_SCOPE.get().regex, text, (m) => {
      expect(COUNT_SCOPE_CUES.some((c) => m[0].includes(c)), m[0]).toBe(true)
    })
  }
  it('random texts of scope words', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...SCOPE_PIECES), { maxLength: 20 }), (parts) => {
      scopesHoldACue(parts.join(' '))
      scopesHoldACue(parts.join(''))
    }), { numRuns: 3000 })
  })
  it('every seed and dev article', () => {
    for (const input of corpus) scopesHoldACue(docBefore('counts', input).key)
  })
})
