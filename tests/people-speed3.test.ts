import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Doc } from '../src/engine/doc.ts'
import { collectTrace } from '../src/engine/trace.ts'
import { dominantProvince } from '../src/kinds/bodies/bodies.ts'
import { forEachCapitalisedRunAt } from '../src/kinds/people/capitalised-runs.ts'
import {
  afterBoundary, findNameMentions, forEachMatchAfterWords, GIVEN_STICKY, honorificBeforeIn, honorificsAtCapitals,
  TITLE_MENTION_STICKY, wordsBeforeNameByRegex, wordsHaveHonorific, type CapitalisedRun,
} from '../src/kinds/people/people.ts'
import { GIVEN_NAME_HONORIFICS, TITLE_MENTION_HONORIFICS } from '../src/lexicon/titles.ts'
import { SyllableFlags } from '../src/kinds/people/syllable-flags.ts'
import { runStages } from '../src/pipeline/run-stages.ts'
import { STAGES } from '../src/pipeline/stages.ts'
import { DEV_CORPUS, loadShared } from './support/fixtures.ts'
import { honorificsBeforeCapitals } from './support/honorifics-reference.ts'

/** The doc extract() would build for `input` (normalise and segment). */
function docOf(input: string): Doc {
  const [normalize, segment] = STAGES
  return runStages([normalize!, segment!], { input, html: false, regions: undefined, publishedOption: null }).doc!
}

const CORPUS = loadShared(DEV_CORPUS).map((a) => docOf(a.input))

/** Pieces of texts with names, honorifics, places, surrogates and marks. */
const PIECES = [
  'ông', 'Ông', 'bà', 'Bà', 'đồng chí', 'Đồng chí', 'đ/c', 'anh', 'chị', 'bông', 'thanh', 'Nguyễn', 'Văn', 'An', 'Lê', 'Hà', 'Nội', 'Hồ Chí Minh', 'Quảng Trị',
  'huyện', 'đường', 'UBND', 'TP', 'Bí thư', 'Tỉnh ủy', 'tư tưởng', ' ', ' ', ' ', ',', ';', '(', '.', ':', '\n', '\u00a0', 'x', '5', "'", '𝐀', '😀', '\ud83d', 'e\u0301', 'Ǆ', '\u1c89',
]

describe('the capitalised-run scan tells every capital after a space, once, in order', () => {
  /** Every unit after a space that is a capital as the engine reads the unit alone, or a surrogate. */
  const capitalsAfterSpace = (text: string) => {
    const out: number[] = []
    for (let q = 1; q < text.length; q++) if (text.charCodeAt(q - 1) === 0x20 && /[\p{Lu}\ud800-\udfff]/u.test(text[q]!)) out.push(q)
    return out
  }
  type Verdict = 'accept' | 'end' | 'start+2'
  const told = (doc: Doc, verdicts: readonly Verdict[]) => {
    const out: number[] = []
    let k = 0
    forEachCapitalisedRunAt(doc, (start, end) => {
      const v = verdicts[k++ % verdicts.length]
      return v === 'accept' ? undefined : v === 'end' ? end : start + 2
    }, (q) => out.push(q))
    return out
  }
  it('random texts, whatever the visits answer (up to the space after their run)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.boolean(), fc.array(fc.constantFrom<Verdict>('accept', 'end', 'start+2'), { minLength: 1, maxLength: 4 }), (parts, repeat, verdicts) => {
      const line = parts.join('')
      const doc = docOf(repeat ? `${line}\n${line}\nKết thúc.` : line)
      const got = told(doc, verdicts)
      for (let i = 1; i < got.length; i++) expect(got[i]!).toBeGreaterThan(got[i - 1]!)
      const set = new Set(got)
      for (const q of capitalsAfterSpace(doc.key)) expect(set.has(q)).toBe(true)
    }), { numRuns: 3000 })
  })
  it('every article of the dev corpus', () => {
    for (const doc of CORPUS) {
      const set = new Set(told(doc, ['accept']))
      for (const q of capitalsAfterSpace(doc.key)) expect(set.has(q)).toBe(true)
    }
  })
})

describe('the honorifics gathered by the run scan are what the per-word searches found, after a boundary', () => {
  /** honorificsBeforeCapitals, keeping the starts at the text's start or after a unit afterBoundary takes. */
  const reference = (text: string) => {
    const out = new Map<string, number[]>()
    for (const [w, list] of honorificsBeforeCapitals(text)) {
      const kept = list.filter((i) => i === 0 || /[\s,;(]/u.test(text[i - 1]!))
      if (kept.length > 0) out.set(w, kept)
    }
    return out
  }
  const gathered = (doc: Doc) => {
    const out = new Map<string, number[]>()
    forEachCapitalisedRunAt(doc, () => undefined, honorificsAtCapitals(doc.key, out))
    return out
  }
  /** The matches of both scans over the honorifics found either way. */
  const matches = (text: string, found: ReadonlyMap<string, readonly number[]>) => {
    const out: string[] = []
    for (const [sticky, words] of [[GIVEN_STICKY(), GIVEN_NAME_HONORIFICS], [TITLE_MENTION_STICKY(), TITLE_MENTION_HONORIFICS]] as const) {
      forEachMatchAfterWords(sticky, words, text, found, afterBoundary(text, (m) => {
        out.push(`${m.index}:${m[0]}`)
      }))
    }
    return out
  }
  const check = (doc: Doc) => {
    const got = gathered(doc)
    expect(new Map([...got].sort())).toEqual(new Map([...reference(doc.key)].sort()))
    expect(matches(doc.key, got)).toEqual(matches(doc.key, honorificsBeforeCapitals(doc.key)))
  }
  it('random texts', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => check(docOf(parts.join('')))), { numRuns: 3000 })
  })
  it('every article of the dev corpus', () => {
    for (const doc of CORPUS) check(doc)
  })
})

describe('SyllableFlags reads the syllables in place as a split and a lookup do', () => {
  const ENTRIES: Array<[string, number]> = [['Nguyễn', 1], ['Lê', 1], ['Hà', 2], ['Hà', 1], ['Nội', 4], ['A', 8], ['Quảng', 2], ['Ǆ', 16]]
  const table = new SyllableFlags(ENTRIES)
  const byMap = new Map<string, number>()
  for (const [s, f] of ENTRIES) byMap.set(s, (byMap.get(s) ?? 0) | f)
  const reference = (text: string, start: number, end: number) => text.slice(start, end).split(' ').reduce((f, w) => f | (byMap.get(w) ?? 0), 0)
  it('random runs and every slice of them', () => {
    const pieces = ['Nguyễn', 'Lê', 'Hà', 'Nội', 'A', 'Quảng', 'Ǆ', 'Nguyễ', 'Hàx', 'ê', ' ', ' ', '😀', '']
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
      const text = parts.join('')
      for (let a = 0; a <= text.length; a++) for (let b = a; b <= text.length; b++) expect(table.ofWords(text, a, b)).toBe(reference(text, a, b))
    }), { numRuns: 500 })
  })
})

describe('honorificBefore (in place, a table by hash) answers as the words sliced and read did', () => {
  const reference = (text: string, pos: number) => {
    const w = wordsBeforeNameByRegex(text, pos)
    return w !== null && wordsHaveHonorific(w)
  }
  it('every position of random texts, twice (the second time from the table)', () => {
    const pieces = ['ông', 'Ông', 'bà', 'đồng chí', 'Đồng Chí', 'đ/c', 'anh', 'chị', 'cụ bà', 'thầy', 'với', 'theo', 'của', ' ', '  ', ':', ', ', ';', '(', '.', '5', 'x/y', '𝐀', '😀', '\n', 'İ', 'Lê']
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const text = `${parts.join('')} Lê`
      for (let round = 0; round < 2; round++) for (let pos = 0; pos <= text.length; pos++) expect(honorificBeforeIn(text, pos)).toBe(reference(text, pos))
    }), { numRuns: 1500 })
  })
  it('before every capital of the dev corpus', () => {
    for (const doc of CORPUS) {
      const text = doc.key
      for (let pos = 1; pos < text.length; pos++) if (text.charCodeAt(pos - 1) === 0x20 && /\p{Lu}/u.test(text[pos]!)) expect(honorificBeforeIn(text, pos)).toBe(reference(text, pos))
    }
  })
})

describe('findNameMentions skips runs with no surname as the full reading rejects them', () => {
  /** The mentions and the province, read with the shortcut (no trace) and in full (a trace collected). */
  const both = (doc: Doc) => {
    const fast: CapitalisedRun[] = []
    const full: CapitalisedRun[] = []
    const quick = findNameMentions(doc, [], fast)
    const slow = collectTrace([], () => findNameMentions(doc, [], full))
    const starts = new Set(quick.map((m) => m.start))
    return { quick, slow, fastProvince: dominantProvince(fast, starts), fullProvince: dominantProvince(full, starts) }
  }
  it('random texts', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
      const r = both(docOf(parts.join('')))
      expect(r.quick).toEqual(r.slow)
      expect(r.fastProvince).toEqual(r.fullProvince)
    }), { numRuns: 3000 })
  })
  it('every article of the dev corpus', () => {
    for (const doc of CORPUS) {
      const r = both(doc)
      expect(r.quick).toEqual(r.slow)
      expect(r.fastProvince).toEqual(r.fullProvince)
    }
  })
})
