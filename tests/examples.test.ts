import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract, type ArticleRecord } from '../src/index.ts'
import type { Examples } from '../src/grammars/define-examples.ts'
import amountExamples from '../src/grammars/amount.examples.ts'
import bodyExamples from '../src/grammars/body.examples.ts'
import meetingExamples from '../src/grammars/meeting.examples.ts'
import personExamples from '../src/grammars/person.examples.ts'
import countExamples from '../src/grammars/count.examples.ts'
import dateExamples from '../src/grammars/date.examples.ts'
import documentExamples from '../src/grammars/document-ref.examples.ts'
import metadataExamples from '../src/grammars/metadata.examples.ts'
import publicationExamples from '../src/grammars/publication.examples.ts'
import { ROOT } from './support/fixtures.ts'

/** Every examples file, by name: a guard below checks none is forgotten. */
const REGISTRY: Record<string, Examples> = {
  'amount.examples.ts': amountExamples,
  'body.examples.ts': bodyExamples,
  'meeting.examples.ts': meetingExamples,
  'person.examples.ts': personExamples,
  'count.examples.ts': countExamples,
  'date.examples.ts': dateExamples,
  'document-ref.examples.ts': documentExamples,
  'metadata.examples.ts': metadataExamples,
  'publication.examples.ts': publicationExamples,
}

function itemsOf(record: ArticleRecord, field: Examples['field']): Array<Record<string, unknown> & { text: string }> {
  const value = record[field]
  if (value === null) return []
  return (Array.isArray(value) ? value : [value]) as Array<Record<string, unknown> & { text: string }>
}

describe('examples beside the grammars', () => {
  it('the registry lists every *.examples.ts file in src/grammars', () => {
    const files = readdirSync(join(ROOT, 'src', 'grammars')).filter((f) => f.endsWith('.examples.ts')).sort()
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
