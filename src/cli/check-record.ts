/**
 * Holds a record to the article record's JSON Schema (src/cli/record-schema.generated.ts, made from
 * the zod schema in src/records/ by `npm run grammars`): the CLI's check of every record before it is
 * written. It implements the keywords that schema uses (the generator fails on any other), so the
 * CLI's workers need not load zod (about 130 ms of start-up per worker). The generated module also
 * holds the schema as plain functions, one per distinct node, which test every record; only a
 * record that fails is walked again here, for the message. `tests/check-record.test.ts` holds both
 * to zod.
 */
import { isValidRecord, RECORD_SCHEMA } from './record-schema.generated.ts'

/** A JSON Schema node, restricted to the keywords the record's schema uses. */
export interface SchemaNode {
  readonly type?: string | readonly string[]
  readonly const?: unknown
  readonly enum?: readonly unknown[]
  readonly anyOf?: readonly SchemaNode[]
  readonly properties?: Readonly<Record<string, SchemaNode>>
  readonly required?: readonly string[]
  readonly additionalProperties?: false
  readonly items?: SchemaNode
  readonly minimum?: number
  readonly maximum?: number
  readonly pattern?: string
}

/**
 * Null when `value` is a valid article record; else where and why it is not, e.g.
 * `documents[0].span.start: expected integer, got "3"`. Stricter than zod in one way, as the
 * published schema says: a key the schema does not name is an error (zod would drop it, but the
 * CLI writes the record as it is).
 */
export function checkRecord(value: unknown): string | null {
  return isValidRecord(value) ? null : check(RECORD_SCHEMA, value, 'record')
}

/** Null when `value` fits `node`; else the first reason it does not. */
export function check(node: SchemaNode, value: unknown, path: string): string | null {
  if (node.anyOf) {
    let first: string | null = null
    for (const alternative of node.anyOf) {
      const why = check(alternative, value, path)
      if (why === null) return null
      first ??= why
    }
    return node.anyOf.length === 1 ? first : `${path}: fits none of ${node.anyOf.length} alternatives (first: ${first})`
  }
  if ('const' in node && value !== node.const) return `${path}: expected ${show(node.const)}, got ${show(value)}`
  if (node.enum && !node.enum.includes(value)) return `${path}: expected one of ${node.enum.map(show).join(', ')}, got ${show(value)}`
  if (node.type !== undefined) {
    const types = typeof node.type === 'string' ? [node.type] : node.type
    if (!types.some((t) => isType(t, value))) return `${path}: expected ${types.join(' or ')}, got ${show(value)}`
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) return `${path}: ${value} is below ${node.minimum}`
    if (node.maximum !== undefined && value > node.maximum) return `${path}: ${value} is above ${node.maximum}`
  }
  if (typeof value === 'string' && node.pattern !== undefined && !patternOf(node.pattern).test(value)) {
    return `${path}: ${show(value)} does not match /${node.pattern}/`
  }
  if (Array.isArray(value)) {
    if (node.items) {
      for (let i = 0; i < value.length; i++) {
        const why = check(node.items, value[i], `${path}[${i}]`)
        if (why !== null) return why
      }
    }
    return null
  }
  if (value !== null && typeof value === 'object' && node.properties) {
    const object = value as Record<string, unknown>
    for (const key of node.required ?? []) {
      if (!Object.hasOwn(object, key) || object[key] === undefined) return `${path}.${key}: missing`
    }
    for (const key of Object.keys(object)) {
      const property = Object.hasOwn(node.properties, key) ? node.properties[key] : undefined
      if (property === undefined) {
        if (node.additionalProperties === false) return `${path}.${key}: not in the schema`
        continue
      }
      if (object[key] === undefined) continue // an optional key left undefined is not written
      const why = check(property, object[key], `${path}.${key}`)
      if (why !== null) return why
    }
  }
  return null
}

/** JSON Schema's types, as JSON.stringify writes values (a number that is not finite is not a number). */
function isType(type: string, value: unknown): boolean {
  switch (type) {
    case 'null': return value === null
    case 'boolean': return typeof value === 'boolean'
    case 'string': return typeof value === 'string'
    case 'number': return typeof value === 'number' && Number.isFinite(value)
    case 'integer': return Number.isInteger(value)
    case 'array': return Array.isArray(value)
    case 'object': return value !== null && typeof value === 'object' && !Array.isArray(value)
    default: return false
  }
}

const patterns = new Map<string, RegExp>()
/** The schema's `pattern`, compiled once (JSON Schema patterns are unanchored ECMAScript regexes). */
function patternOf(source: string): RegExp {
  let re = patterns.get(source)
  if (!re) patterns.set(source, re = new RegExp(source, 'u'))
  return re
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
