/**
 * The bodies stage keeps two caches across articles (speed work, issue 10): merge keys by a body's
 * name as written, and readings of what follows a body by its text. Their answers depend on those
 * texts only, so an article's bodies are the same whatever was read before it, the caches cold,
 * warm, or started again after they filled up. (tests/bodies-speed.test.ts holds the stage to the
 * code before it on random texts and every corpus article.)
 */
import { describe, expect, it } from 'vitest'
import { extractBodies } from '../src/kinds/bodies/bodies.ts'
import { STAGES } from '../src/pipeline/stages.ts'
import { runStages } from '../src/pipeline/run-stages.ts'
import { DEV_CORPUS, loadShared, SEEDS } from './support/fixtures.ts'

const BEFORE_BODIES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'bodies'))

/** The bodies of `input` as the stage makes them (the province and people of the stages before it). */
function bodiesOf(input: string) {
  const s = runStages(BEFORE_BODIES, { input, html: false, regions: undefined, publishedOption: null })
  const starts = new Set<number>(s.nameMentions!.map((l) => l.start))
  return extractBodies(s.doc!, s.province?.name ?? null, starts, s.notPeople!)
}

/** Many bodies, each with a place of its own (more names and places than the caches keep). */
const churn = (from: number) => Array.from({ length: 700 }, (_, i) => `Ban Tổ chức huyện Xa${from + i} họp với Ban Dân vận huyện Yb${from + i}.`).join('\n')

describe('the bodies caches', () => {
  it('give each article the same bodies, cold, warm, and after they start again', () => {
    const articles = [...loadShared(SEEDS), ...loadShared(DEV_CORPUS)].slice(0, 60).map((a) => a.input)
    const first = articles.map(bodiesOf)
    bodiesOf(churn(0))
    bodiesOf(churn(700))
    const again = [...articles].reverse().map(bodiesOf).reverse()
    expect(again).toEqual(first)
  })

  it('read the churn texts as fresh ones do', () => {
    const a = bodiesOf(churn(5000))
    bodiesOf(churn(9000))
    expect(bodiesOf(churn(5000))).toEqual(a)
    expect(a.length).toBeGreaterThan(1200)
  })
})
