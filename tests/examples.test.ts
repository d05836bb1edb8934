import { readdirSync } from 'node:fs'
import { join, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract, type ArticleRecord } from '../src/index.ts'
import type { Examples } from '../src/grammars/define-examples.ts'
import amountExamples from '../src/kinds/counts/amount.examples.ts'
import bodyExamples from '../src/kinds/bodies/grammar.examples.ts'
import meetingExamples from '../src/kinds/meetings/grammar.examples.ts'
import personExamples from '../src/kinds/people/grammar.examples.ts'
import countExamples from '../src/kinds/counts/grammar.examples.ts'
import dateExamples from '../src/kinds/dates/grammar.examples.ts'
import documentExamples from '../src/kinds/documents/grammar.examples.ts'
import metadataExamples from '../src/kinds/metadata/grammar.examples.ts'
import publicationExamples from '../src/kinds/dates/publication-stamp.examples.ts'
import { ROOT } from './support/fixtures.ts'

/** Every examples file, by its path under src/kinds: a guard below checks none is forgotten. */
const REGISTRY: Record<string, Examples> = {
  'bodies/grammar.examples.ts': bodyExamples,
  'counts/amount.examples.ts': amountExamples,
  'counts/grammar.examples.ts': countExamples,
  'dates/grammar.examples.ts': dateExamples,
  'dates/publication-stamp.examples.ts': publicationExamples,
  'documents/grammar.examples.ts': documentExamples,
  'meetings/grammar.examples.ts': meetingExamples,
  'metadata/grammar.examples.ts': metadataExamples,
  'people/grammar.examples.ts': personExamples,
}

function itemsOf(record: ArticleRecord, field: Examples['field']): Array<Record<string, unknown> & { text: string }> {
  const value = record[field]
  if (value === null) return []
  return (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown> & { text: string }>
}

describe('examples beside the grammars (src/kinds/<kind>/*.examples.ts)', () => {
  it('the registry lists every *.examples.ts file in src/kinds', () => {
    const kinds = join(ROOT, 'src', 'kinds')
    const files = readdirSync(kinds, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.examples.ts')).map((f) => f.split(sep).join('/')).sort()
    expect(Object.keys(REGISTRY).sort()).toEqual(files)
  })

  for (const [file, ex] of Object.entries(REGISTRY)) {
    describe(file, () => {
      const opts = ex.published ? { published: ex.published } : {}
      it.each(ex.examples.map((e) => [e.text, e] as const))('example: %s', (_t, e) => {
        const items = itemsOf(extract(e.text, opts), ex.field)
        expect(items, `items of ${ex.field}`).toHaveLength(1)
        if (!ex.partial) expect(items[0]!.text).toBe(e.text)
        expect(items[0]).toMatchObject(e.expect)
      })
      it.each((ex.surround ?? []).map((e) => [e.find, e] as const))('surround: %s', (_t, e) => {
        const items = itemsOf(extract(e.text, opts), ex.field)
        const hit = items.find((i) => i.text === e.find)
        expect(hit, `an item with text "${e.find}" among ${JSON.stringify(items.map((i) => i.text))}`).toBeDefined()
        if (e.expect) expect(hit).toMatchObject(e.expect)
      })
      it.each(ex.negative.map((t) => [t] as const))('negative: %s', (t) => {
        expect(itemsOf(extract(t, opts), ex.field)).toEqual([])
      })
    })
  }
})
