import { describe, expect, it } from 'vitest'
import { check, checkRecord, type SchemaNode } from '../src/cli/check-record.ts'
import { isValidRecord } from '../src/cli/record-schema.generated.ts'
import { extract } from '../src/index.ts'
import { ArticleRecordSchema } from '../src/records/index.ts'
import { DEV_CORPUS, SEEDS, loadShared } from './support/fixtures.ts'
import { recordSchemaModule } from './tools/compile-record-schema.ts'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** A small seeded PRNG (mulberry32): the same mutations on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number }

/** Every place in a JSON value where a value sits (object keys and array elements). */
function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push({ parent: value, key: i }), slots(v, out)))
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value as Record<string, unknown>, key: k })
      slots(v, out)
    }
  }
  return out
}

const REPLACEMENTS: unknown[] = [null, 'x', '', -1, 0, 1.5, 2 ** 60, Number.NaN, true, [], {}, '2024-13-01', '2024-07-16', 'morning', 12]

const records = [...loadShared(SEEDS), ...loadShared(DEV_CORPUS).slice(0, 30)].map((a) => JSON.parse(JSON.stringify(extract(a.input, { published: '2024-07-16' }))) as unknown)

describe('checkRecord: the CLI\'s record check, without zod', () => {
  it('is generated from the current zod schema (run `npm run grammars` after changing src/records/)', () => {
    const file = fileURLToPath(new URL('../src/cli/record-schema.generated.ts', import.meta.url))
    expect(readFileSync(file, 'utf8')).toBe(recordSchemaModule())
  })

  it('passes every record the core makes', () => {
    for (const r of records) expect(checkRecord(r)).toBeNull()
  })

  it('agrees with zod on 4,000 records with one value replaced or removed', () => {
    const random = rng(20261130)
    let rejected = 0
    for (let n = 0; n < 4000; n++) {
      const record = structuredClone(records[Math.floor(random() * records.length)]) as Record<string, unknown>
      const all = slots(record)
      const slot = all[Math.floor(random() * all.length)]!
      if (random() < 0.15 && !Array.isArray(slot.parent)) delete (slot.parent as Record<string, unknown>)[slot.key as string]
      else (slot.parent as Record<string | number, unknown>)[slot.key] = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)]
      const ours = checkRecord(record)
      const zod = ArticleRecordSchema.safeParse(record).success
      expect({ path: ours, valid: ours === null }).toEqual({ path: ours, valid: zod })
      expect(isValidRecord(record), ours ?? 'valid').toBe(zod) // the generated test agrees with the messages
      if (!zod) rejected++
    }
    expect(rejected).toBeGreaterThan(1500) // the mutations do break records
  })

  it('says where and why', () => {
    const record = structuredClone(records[0]) as { documents: Array<{ span: { start: unknown } }>; schemaVersion: unknown }
    const withDocument = records.find((r) => (r as { documents: unknown[] }).documents.length > 0) as typeof record
    const broken = structuredClone(withDocument)
    broken.documents[0]!.span.start = '3'
    expect(checkRecord(broken)).toBe('record.documents[0].span.start: expected integer, got "3"')
    record.schemaVersion = 2
    expect(checkRecord(record)).toBe('record.schemaVersion: expected 1, got 2')
    const { people: _, ...missing } = records[0] as Record<string, unknown>
    expect(checkRecord(missing)).toBe('record.people: missing')
  })

  it('rejects a key the schema does not name (the published schema forbids it; zod would only drop it)', () => {
    const record = { ...(records[0] as object), extra: 1 }
    expect(checkRecord(record)).toBe('record.extra: not in the schema')
    expect(ArticleRecordSchema.safeParse(record).success).toBe(true)
  })

  it('implements each keyword', () => {
    const node: SchemaNode = { type: 'object', properties: { n: { type: 'integer', minimum: 0, maximum: 9 }, s: { anyOf: [{ type: 'string', pattern: '^\\d{2}$' }, { type: 'null' }] }, e: { enum: ['a', 'b'] } }, required: ['n'], additionalProperties: false }
    expect(check(node, { n: 3, s: '12', e: 'a' }, 'v')).toBeNull()
    expect(check(node, { n: 3, s: null }, 'v')).toBeNull()
    expect(check(node, { n: 10 }, 'v')).toBe('v.n: 10 is above 9')
    expect(check(node, { n: -1 }, 'v')).toBe('v.n: -1 is below 0')
    expect(check(node, { n: 1.5 }, 'v')).toBe('v.n: expected integer, got 1.5')
    expect(check(node, { n: 1, s: '123' }, 'v')).toMatch(/^v\.s: fits none of 2 alternatives \(first: v\.s: "123" does not match/)
    expect(check(node, { n: 1, e: 'c' }, 'v')).toBe('v.e: expected one of "a", "b", got "c"')
    expect(check({ type: 'number' }, Number.POSITIVE_INFINITY, 'v')).toBe('v: expected number, got null')
    expect(check({ type: 'array', items: { type: 'string' } }, ['a', 1], 'v')).toBe('v[1]: expected string, got 1')
    expect(check({ type: 'object', properties: {}, additionalProperties: false }, { constructor: 1 }, 'v')).toBe('v.constructor: not in the schema')
  })
})
