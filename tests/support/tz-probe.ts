/**
 * Run by the time-zone test in a child process with a given TZ: prints the value of a few
 * dates that depend on calendar arithmetic, and one hash of every record of a set of inputs.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extract } from '../../src/index.ts'
import { FIXTURES, SEEDS } from './fixtures.ts'

const probes = [
  'Chiều 30/12/2011, hội nghị.', 'Ngày 31/12/2011, Tỉnh ủy họp.', 'Sáng 29/2/2024, hội nghị.', 'Ngày 29/2/2023 không có.',
  'Ngày 10/3/2024, hội nghị.', 'Ngày 31/3/2024, hội nghị.', 'Ngày 27/10/2024, hội nghị.', 'Ngày 3/11/2024, hội nghị.',
  'Ngày 1/1/1970, hội nghị.', 'Chiều 12/7, hội nghị sơ kết 6 tháng đầu năm.', 'Trong tháng 2 năm 2024 và quý I/2024.',
]
const inputs = [
  ...probes,
  ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8')),
  ...readdirSync(FIXTURES).filter((f) => /\.(?:txt|html)$/.test(f)).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8')),
]
const hash = createHash('sha256')
for (const input of inputs) for (const published of [undefined, '2024-07-16', new Date(Date.UTC(2024, 0, 1, 23, 30))]) {
  hash.update(JSON.stringify(extract(input, { published })))
}
const dates = probes.map((p) => extract(p, { published: '2024-12-01' }).dates.map((d) => `${d.text}=${d.value ?? `${d.start}..${d.end}`}`).join(' '))
process.stdout.write(JSON.stringify({ tz: process.env.TZ, offset: new Date(2011, 11, 30).getTimezoneOffset(), dates, hash: hash.digest('hex') }))
