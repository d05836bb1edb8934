/**
 * Writes src/cli/record-schema.generated.ts: the record's JSON Schema (generated from the zod schema
 * in src/records/, as dist/article-record.schema.json is) without its descriptions, for the CLI's
 * check of every record (src/cli/check-record.ts), so that the CLI's workers never load zod.
 * `--check` fails when the file is stale (the build runs it; tests/check-record.test.ts too).
 * Fails when the schema uses a keyword the checker does not implement.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { articleRecordJsonSchema } from './json-schema.ts'

const OUT = fileURLToPath(new URL('../../src/cli/record-schema.generated.ts', import.meta.url))

/** The keywords src/cli/check-record.ts implements; `description` and `$schema` are dropped. */
const KEYWORDS = new Set(['type', 'const', 'enum', 'anyOf', 'properties', 'required', 'additionalProperties', 'items', 'minimum', 'maximum', 'pattern'])

function strip(node: unknown, path: string): unknown {
  if (Array.isArray(node)) return node.map((n, i) => strip(n, `${path}/${i}`))
  if (node === null || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) {
    if (k === 'description' || k === '$schema') continue
    if (!KEYWORDS.has(k)) throw new Error(`${path}: JSON Schema keyword "${k}" is not implemented by src/cli/check-record.ts`)
    if (k === 'additionalProperties' && v !== false) throw new Error(`${path}: only additionalProperties: false is implemented`)
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, strip(s, `${path}/properties/${p}`)]))
    else if (k === 'anyOf' || k === 'items') out[k] = strip(v, `${path}/${k}`)
    else out[k] = v
  }
  return out
}

/** The generated module's text. */
export function recordSchemaModule(): string {
  const schema = strip(articleRecordJsonSchema(), '')
  return `/**
 * GENERATED FILE: do not edit. Regenerate with \`npm run grammars\` (tests/tools/compile-record-schema.ts).
 *
 * The article record's JSON Schema (draft 2020-12, from the zod schema in src/records/) without its
 * descriptions: what src/cli/check-record.ts holds every record to.
 */

import type { SchemaNode } from './check-record.ts'

export const RECORD_SCHEMA: SchemaNode = ${JSON.stringify(schema)}
`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = recordSchemaModule()
  if (process.argv.includes('--check')) {
    let old = ''
    try {
      old = readFileSync(OUT, 'utf8')
    } catch {
      // missing: stale
    }
    if (old !== text) {
      console.error('src/cli/record-schema.generated.ts is stale: run `npm run grammars`')
      process.exit(1)
    }
  } else {
    writeFileSync(OUT, text)
    console.log(`wrote ${OUT}`)
  }
}
