/**
 * npm run compromise-check — measures, on this project's text, the behaviours that keep
 * compromise out of the Vietnamese pipeline (README, design notes). Prints what it finds.
 */
import nlp from 'compromise'
import { extract } from '../../src/index.ts'
import { DEV_CORPUS, loadShared } from '../support/fixtures.ts'

const rows: Array<[string, string, string]> = []
const show = (v: unknown) => JSON.stringify(v)

rows.push(['`năm` (year/five) matches the pattern `nam` (south/male)', show(nlp('Kết quả công tác năm 2023').has('nam')), 'false'])
rows.push(['`Thành ủy` matches `thanh uy`', show(nlp('Ban Thường vụ Thành ủy').has('thanh uy')), 'false'])
rows.push(['`49.820 đảng viên` → numbers()', show(nlp('49.820 đảng viên').numbers().get()), '[49820]'])
rows.push(['`57,5% chỉ tiêu` → numbers()', show(nlp('đạt 57,5% chỉ tiêu').numbers().get()), '[57.5]'])
rows.push(['sentences in `Tại TP. Hồ Chí Minh, hội nghị diễn ra. Câu hai.`', show(nlp('Tại TP. Hồ Chí Minh, hội nghị diễn ra. Câu hai.').sentences().length), '2'])
rows.push(['`21-NQ/TW` as terms', show(nlp('Nghị quyết 21-NQ/TW').terms().out('array')), '["Nghị","quyết","21-NQ/TW"]'])

const texts = loadShared(DEV_CORPUS).map((a) => a.input)
const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0) / 1e6
const time = (fn: (s: string) => unknown) => {
  for (const t of texts.slice(0, 10)) fn(t)
  const t0 = performance.now()
  for (const t of texts) fn(t)
  return (performance.now() - t0) / 1000
}
const word = /[\p{L}\p{N}]+/gu
const floor = time((s) => s.normalize('NFC').match(word)?.length)
const ours = time((s) => extract(s))
const comp = texts.length ? time((s) => nlp(s).json({ offset: true })) : 0

console.log('| behaviour | compromise 14 gives | Vietnamese needs |\n| --- | --- | --- |')
for (const [what, got, want] of rows) console.log(`| ${what} | \`${got}\` | \`${want}\` |`)
if (texts.length) {
  console.log(`\nDev corpus (${bytes.toFixed(2)} MB): NFC + one regex scan ${(bytes / floor).toFixed(1)} MB/s; extract() ${(bytes / ours).toFixed(1)} MB/s; compromise parse + json(offset) ${(bytes / comp).toFixed(2)} MB/s (${(comp / floor).toFixed(0)}× the regex floor, ${(comp / ours).toFixed(1)}× our whole pipeline).`)
}
