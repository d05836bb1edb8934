/**
 * The date, document and furniture stages read text with cheaper tests where they once ran a regex
 * or split a string per sentence or line (speed work, issue 10). Each is held here to the reading it
 * replaced, on random texts and on every corpus article. (The anchors the date and document grammars
 * start from are held to their whole-text scans in tests/anchored-scan.test.ts.)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectAgreement } from './support/agreement.ts'
import { YEARS_OF, yearsOfIn } from '../src/kinds/dates/resolve.ts'
import { findCaptions, findPhotoCredits, words } from '../src/kinds/metadata/metadata.ts'
import { findAuthorLines, isAuthorLine } from '../src/kinds/metadata/author-lines.ts'
import { trimCaptionEnd } from '../src/engine/segment.ts'
import { findRange, inputItem, inputSpan, type Doc, type Range } from '../src/engine/doc.ts'
import { forEachMatch } from '../src/engine/step.ts'
import { anyOf, lexiconPattern } from '../src/grammars/lexicon-pattern.ts'
import { SOURCE_CREDIT_WORDS } from '../src/lexicon/credit-words.ts'
import type { TextItem } from '../src/records/span.ts'
import { STAGES } from '../src/pipeline/stages.ts'
import { runStages } from '../src/pipeline/run-stages.ts'
import type { State } from '../src/pipeline/state.ts'
import { join } from 'node:path'
import { DEV_CORPUS, loadShared, SEEDS, SHARED } from './support/fixtures.ts'

/** Pieces of dated and credited text: the words the cheaper tests look for, cut and whole, and what surrounds them. */
const PIECES = [
  'năm', ' năm ', 'thực hiện', 'triển khai', 'thi hành', ' thực', 'hiện ', '1 năm thực hiện ', '5 năm triển khai thực hiện ', 'hai năm thi hành\n',
  'Ảnh: ', 'Ảnh: Văn Nỷ', '(Ảnh: B.An)', '(Theo ', '(Theo Lê Thúy/NLĐO)', 'Theo', 'Lê Thúy', '/', 'NLĐO', ')',
  'Chiều 12/7, hội nghị diễn ra.', 'Đại hội', ' ', '  ', '\n', '\n\n', '|', '.', ',', 'a', 'Bb', '😀', '\u0301', 'x'.repeat(40), 'Tuấn Anh',
]
const text = (maxLength = 30) => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((p) => p.join(''))

const corpus = [...loadShared(SEEDS), ...loadShared(DEV_CORPUS)].map((a) => a.input)

/** The state after the stages before `name`. */
function stateBefore(name: string, input: string): Partial<State> {
  const k = STAGES.findIndex((s) => s.name === name)
  return runStages(STAGES.slice(0, k), { input, html: false, regions: undefined, publishedOption: null })
}

describe('yearsOfIn reads as YEARS_OF.exec', () => {
  it('random sentences', () => {
    fc.assert(fc.property(text(), (t) => {
      const s = t.toLowerCase()
      expect(yearsOfIn(s)).toEqual(YEARS_OF().exec(s))
    }), { numRuns: 3000 })
  })
  it('every corpus sentence', () => {
    for (const input of corpus) {
      const doc = stateBefore('resolve-dates', input).doc!
      for (const r of doc.sentences) {
        const s = doc.key.slice(r.start, r.end).toLowerCase()
        expect(yearsOfIn(s)).toEqual(YEARS_OF().exec(s))
      }
    }
  })
})

describe('words counts as split(" ").filter(Boolean).length', () => {
  it('random texts', () => {
    fc.assert(fc.property(text(), (t) => {
      expect(words(t)).toBe(t.split(' ').filter(Boolean).length)
    }), { numRuns: 3000 })
  })
})

/** findCaptions as it was: every paragraph sliced, spanned and looked up. */
function oldCaptions(doc: Doc, credits: readonly TextItem[]): TextItem[] {
  const repeated = new Set(doc.duplicates.map((r) => doc.key.slice(r.start, trimCaptionEnd(doc.key, r.start, r.end))))
  const out: TextItem[] = []
  for (const p of doc.paragraphs) {
    if (findRange(doc.duplicates, p.start) >= 0) continue
    const body = doc.key.slice(p.start, trimCaptionEnd(doc.key, p.start, p.end))
    const s = inputSpan(doc, p.start, p.end)
    const hasCredit = credits.some((c) => c.span.start >= s.start && c.span.end <= s.end)
    if ((repeated.has(body) && body.length <= 300) || (hasCredit && body.length <= 400)) out.push(inputItem(doc, p.start, p.end))
  }
  return out
}

/** Lines: a caption with a credit, repeated lines (short and long), long lines. */
const LINES = [
  'Ảnh: Văn Nỷ', 'Bí thư Tỉnh ủy phát biểu. (Ảnh: B.An)', 'Hội nghị diễn ra sáng nay.', 'Hội nghị diễn ra sáng nay. |', 'Đại biểu dự hội nghị.',
  `${'Đoàn công tác làm việc tại huyện. '.repeat(9)}(Ảnh: LÊ PHI)`, 'Đoàn công tác làm việc tại huyện. '.repeat(12), 'Tuấn Anh', '(Theo Lê Thúy/NLĐO)',
]
const article = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }).chain((lines) =>
  fc.array(fc.constantFrom('\n', '\n\n', ' \n'), { minLength: lines.length, maxLength: lines.length }).map((seps) => lines.map((l, i) => l + seps[i]).join('')))

describe('findCaptions finds what it found when it sliced every paragraph', () => {
  const check = (input: string) => {
    const doc = stateBefore('article-furniture', input).doc!
    const { credits } = findPhotoCredits(doc)
    expect(findCaptions(doc, credits)).toEqual(oldCaptions(doc, credits))
  }
  it('random articles of captions, credits and repeated lines', () => {
    fc.assert(fc.property(article, check), { numRuns: 400 })
  })
  it('every corpus article', () => {
    for (const input of corpus) check(input)
  })
})

describe('findAuthorLines finds the inline credits it found when it scanned every text', () => {
  const INLINE_CREDIT = lexiconPattern(`\\(${anyOf(SOURCE_CREDIT_WORDS)} \\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*){1,3} ?\\/ ?[\\p{Lu}.]{2,12}\\)`, 'gu')
  const inline = (key: string) => {
    const out: Range[] = []
    forEachMatch(INLINE_CREDIT(), key, (m) => {
      out.push({ start: m.index, end: m.index + m[0].length })
    })
    return out
  }
  const check = (input: string) => {
    const doc = stateBefore('article-furniture', input).doc!
    const found = findAuthorLines(doc)
    for (const r of inline(doc.key)) expect(found).toContainEqual(r)
    // Nothing else starts with "(": the line credits are whole lines.
    expect(found.filter((r) => doc.key[r.start] === '(' && !inline(doc.key).some((x) => x.start === r.start))
      .every((r) => doc.paragraphs.some((p) => p.start === r.start && p.end === r.end))).toBe(true)
  }
  it('random texts', () => {
    fc.assert(fc.property(text(), check), { numRuns: 1500 })
  })
  it('every corpus article', () => {
    for (const input of corpus) check(input)
  })
})

describe('isAuthorLine reads a line as the Unicode-class pattern it replaced', () => {
  const CREDIT = anyOf(SOURCE_CREDIT_WORDS)
  const AUTHOR_LINE = new RegExp(`^\\(?(?:${CREDIT} )?\\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*){1,3}(?: ?[-–,&] ?\\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*){1,3}){0,3}(?: ?[-/] ?[\\p{Lu}.]{2,12})?\\.?\\)?$`, 'u')
  /** Syllables and separators of author lines, and what breaks them: astral letters (upper, lower), a mark, other letters, a lone surrogate. */
  const LINE_PIECES = [
    'Võ', 'Hải', 'Hoàng', 'Thuỳ', 'Lê', 'Thúy', 'Theo', 'Nguồn', 'Ảnh', 'ĐTT', 'NLĐO', 'B', 'An', 'an', 'V', 'Ư', 'Đ', 'e\u0301', '\u0301',
    ' ', ' ', ' ', '-', '–', '—', ',', '&', '/', '.', '(', ')', ':', '\n', '1', 'x', '\u{1D400}', '\u{1D41A}', '\u{1D400}\u{1D41A}', '中', 'ǅ', '\ud800', '😀',
  ]
  // Pieces joined with nothing, or with spaces (which makes names of the syllables: more lines that match).
  const line = fc.tuple(fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 16 }), fc.constantFrom('', ' ')).map(([p, sep]) => p.join(sep))
  it('random lines', () => {
    expectAgreement(line, (l) => AUTHOR_LINE.test(l), isAuthorLine, 20000, 200)
  })
  it('lines that are author lines, and near misses', () => {
    const yes = ['Võ Hải', 'Hoàng Thuỳ - Võ Hải', 'Vương Hợp- ĐTT.', '(Theo Lê Thúy/NLĐO)', 'Theo Lê Thúy', 'Theo Văn', '\u{1D400}a Bc', 'Lê Thúy, Võ Hải & Minh An', 'Võ Hải – Lê An', '(Theo Lê Thúy/NLĐO', '(Theo Lê Thúy)']
    const no = ['Võ', 'Theo', 'võ Hải', 'Võ Hải:', 'Võ Hải – Lê', 'Võ Hải/N', '(Lê)', 'Theo Lê/', 'Một Hai Ba Bốn Năm', 'Võ\u00a0Hải', 'Võ Hải\n']
    for (const l of yes) expect([l, isAuthorLine(l), AUTHOR_LINE.test(l)]).toEqual([l, true, true])
    for (const l of no) expect([l, isAuthorLine(l), AUTHOR_LINE.test(l)]).toEqual([l, false, false])
  })
  it('every short paragraph of the corpus', () => {
    let n = 0
    for (const input of [...corpus, ...loadShared(join(SHARED, 'corpus', 'dev2')).map((a) => a.input)]) {
      const { key, paragraphs } = stateBefore('article-furniture', input).doc!
      for (const p of paragraphs) {
        if (p.end - p.start > 60) continue
        const l = key.slice(p.start, p.end)
        n++
        expect([l, isAuthorLine(l)]).toEqual([l, AUTHOR_LINE.test(l)])
      }
    }
    expect(n).toBeGreaterThan(150)
  })
})
