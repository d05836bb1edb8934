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

type Node = {
  type?: string | string[]; const?: unknown; enum?: unknown[]; anyOf?: Node[]; properties?: Record<string, Node>
  required?: string[]; additionalProperties?: false; items?: Node; minimum?: number; maximum?: number; pattern?: string
}

/** JavaScript that is true when `v` is of JSON Schema type `type` (as src/cli/check-record.ts's isType). */
function typeTest(type: string, v: string): string {
  switch (type) {
    case 'null': return `${v} === null`
    case 'boolean': return `typeof ${v} === 'boolean'`
    case 'string': return `typeof ${v} === 'string'`
    case 'number': return `(typeof ${v} === 'number' && Number.isFinite(${v}))`
    case 'integer': return `Number.isInteger(${v})`
    case 'array': return `Array.isArray(${v})`
    case 'object': return `(${v} !== null && typeof ${v} === 'object' && !Array.isArray(${v}))`
    default: throw new Error(`type ${type} is not implemented`)
  }
}

/**
 * The schema as one plain function per distinct node, each reading its properties by name: the
 * fast test of every record (a closure-per-node interpreter was three times slower in the CLI's
 * workers, its property reads going megamorphic across the record's many shapes).
 */
function emitTests(schema: Node): string {
  const names = new Map<string, string>()
  const functions: string[] = []
  const patterns: string[] = []
  const emit = (node: Node): string => {
    const key = JSON.stringify(node)
    const known = names.get(key)
    if (known) return known
    const name = `t${names.size}`
    names.set(key, name)
    const body: string[] = []
    if (node.anyOf) {
      const alternatives = node.anyOf.map(emit)
      body.push(`return ${alternatives.map((a) => `${a}(v)`).join(' || ')}`)
    } else {
      if ('const' in node) body.push(`if (v !== ${JSON.stringify(node.const)}) return false`)
      if (node.enum) body.push(`if (${node.enum.map((e) => `v !== ${JSON.stringify(e)}`).join(' && ')}) return false`)
      if (node.type !== undefined) {
        const types = typeof node.type === 'string' ? [node.type] : node.type
        body.push(`if (!(${types.map((t) => typeTest(t, 'v')).join(' || ')})) return false`)
      }
      if (node.minimum !== undefined) body.push(`if (typeof v === 'number' && v < ${node.minimum}) return false`)
      if (node.maximum !== undefined) body.push(`if (typeof v === 'number' && v > ${node.maximum}) return false`)
      if (node.pattern !== undefined) {
        let k = patterns.indexOf(node.pattern)
        if (k < 0) k = patterns.push(node.pattern) - 1
        body.push(`if (typeof v === 'string' && !P${k}.test(v)) return false`)
      }
      if (node.items) {
        const item = emit(node.items)
        body.push(`if (Array.isArray(v)) for (let i = 0; i < v.length; i++) if (!${item}(v[i])) return false`)
      }
      if (node.properties) {
        const lines = [`if (v !== null && typeof v === 'object' && !Array.isArray(v)) {`, `  let n = 0`, `  let x`]
        const required = new Set(node.required ?? [])
        for (const [p, sub] of Object.entries(node.properties)) {
          const test = emit(sub)
          lines.push(`  x = v[${JSON.stringify(p)}]`)
          lines.push(`  if (x !== undefined) { if (!${test}(x)) return false; n++ }${required.has(p) ? ' else return false' : ''}`)
        }
        // A key the schema does not name (or one set to undefined): the slow check says which.
        if (node.additionalProperties === false) lines.push(`  let keys = 0`, `  for (const _ in v) keys++`, `  if (keys !== n) return false`)
        lines.push('}')
        body.push(...lines)
      }
      body.push('return true')
    }
    functions.push(`function ${name}(v: any): boolean {\n  ${body.join('\n  ')}\n}`)
    return name
  }
  const root = emit(schema)
  return [
    ...patterns.map((p, k) => `const P${k} = new RegExp(${JSON.stringify(p)}, 'u')`),
    ...functions,
    `/** True when \`value\` is a valid article record (false may be a key set to undefined: checkRecord then asks the schema). */`,
    `export const isValidRecord: (value: unknown) => boolean = ${root}`,
  ].join('\n\n')
}

/** The generated module's text. */
export function recordSchemaModule(): string {
  const schema = strip(articleRecordJsonSchema(), '') as Node
  return `/**
 * GENERATED FILE: do not edit. Regenerate with \`npm run grammars\` (tests/tools/compile-record-schema.ts).
 *
 * The article record's JSON Schema (draft 2020-12, from the zod schema in src/records/) without its
 * descriptions, which src/cli/check-record.ts holds every record to, and the same schema as plain
 * functions (the fast test; the schema itself gives the message when a record fails).
 */
/* eslint-disable */

import type { SchemaNode } from './check-record.ts'

export const RECORD_SCHEMA: SchemaNode = ${JSON.stringify(schema)}

${emitTests(schema)}
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
