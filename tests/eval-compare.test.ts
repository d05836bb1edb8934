import { describe, expect, it } from 'vitest'
import { compareReports, type EvalReport } from './tools/eval-compare.ts'

const report = (tp: number, fp: number, misses: string[], falseHits: string[]): EvalReport => ({
  commit: 'abc',
  perDir: [{ dir: '/x/corpus/dev', articles: 1, totals: { counts: { tp, fp, fn: misses.length, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + misses.length) } } }],
  perArticle: [{ article: 'dev/001.txt', fields: { counts: { misses, falseHits } } }],
})

describe('eval --against: what changed between two reports', () => {
  it('says F1 per field before → after and each miss or false hit that appeared or went', () => {
    const lines = compareReports(report(3, 1, ['12 chi bộ'], ['5 năm']), report(4, 0, [], ['7 ngày']))
    expect(lines[0]).toBe('dev counts: F1 75.0 → 100.0 (+25.0); tp 3 → 4, fp 1 → 0, fn 1 → 0')
    expect(lines.slice(1)).toEqual([
      '  dev/001.txt counts: found now 12 chi bộ',
      '  dev/001.txt counts: new false hit + 7 ngày',
      '  dev/001.txt counts: false hit gone 5 năm',
    ])
  })

  it('names the articles whose records changed in fields the gold does not score', () => {
    const a = report(3, 1, ['a'], [])
    const b = report(3, 1, ['a'], [])
    a.perArticle[0]!.digest = { counts: '111', documents: '222', meetings: '333' }
    b.perArticle[0]!.digest = { counts: '999', documents: '222', meetings: '444' }
    expect(compareReports(a, b)).toEqual(['records changed (scored or not; compare the records to see how), by field:', '  dev/001.txt: counts, meetings'])
  })

  it('says so when nothing changed', () => {
    expect(compareReports(report(3, 1, ['a'], []), report(3, 1, ['a'], []))).toEqual(['no change against abc'])
  })
})
