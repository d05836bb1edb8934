/**
 * Library use in a few lines: read an article, print its documents and dates.
 * Run: npx tsx examples/basic.ts examples/sample-article.txt
 */
import { readFileSync } from 'node:fs'
import { extract } from '../src/index.ts'

const path = process.argv[2] ?? new URL('./sample-article.txt', import.meta.url).pathname
const input = readFileSync(path, 'utf8')
const record = extract(input, { source: path })

console.log(`published: ${record.published} (${record.publishedFrom})`)
for (const d of record.documents) {
  console.log(`${d.id ?? `${d.type} ${d.number}`}\t${d.date ?? ''}\t${d.body?.text ?? ''}\t→ ${d.implements.join(', ')}`)
}
for (const d of record.dates) console.log(`${d.kind}\t${d.text}\t${d.start} … ${d.end}`)
// Every item points back into the input:
const first = record.documents[0]
if (first) console.log(input.slice(first.span.start, first.span.end) === first.text)
