import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { articleRecordJsonSchema } from './json-schema.ts'

/** Writes the record's JSON Schema to the path given (the build ships it in dist/). */
const out = process.argv[2] ?? 'dist/article-record.schema.json'
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(articleRecordJsonSchema(), null, 2)}\n`)
console.log(`wrote ${out}`)
