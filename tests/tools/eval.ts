/**
 * npm run eval -- DIR... [--gold DIR] [--out FILE] [--readme] [--against FILE]
 *
 * Scores extract() against gold files: for each DIR/X.txt (or .html), the gold is DIR/X.gold.json,
 * or GOLD/X.gold.json with --gold (the dev corpus's gold lives in fixtures/corpus-gold/). With no
 * DIR, scores ../shared/corpus/dev against fixtures/corpus-gold. `# source:` / `# published:`
 * header lines are stripped before extraction; a `# published:` date is passed as the option.
 * Prints P/R/F1 per field, writes a JSON report with every miss and false hit, and always exits 0.
 * With --against FILE (a report kept from before a change: `cp .scratch/eval-report.json /tmp/before.json`),
 * also prints what changed: F1 per field before → after, the misses and false hits that appeared or
 * went, and the articles whose records changed in fields the gold does not score (a count's category,
 * a document's issuer, a meeting's kind text …), by field.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { extract } from '../../src/index.ts'
import { FIELDS, prf, scoreArticle, type Field, type FieldScore, type Gold } from './score.ts'
import { headerPublished, ROOT, stripSourceHeader } from '../support/fixtures.ts'
import { compareReports, type EvalReport } from './eval-compare.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gold: { type: 'string' }, out: { type: 'string' }, readme: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false },
    against: { type: 'string' },
  },
})
const DEV = resolve(ROOT, '..', 'shared', 'corpus', 'dev')
const DEV2 = resolve(ROOT, '..', 'shared', 'corpus', 'dev2')
const dirs = positionals.length ? positionals.map((d) => resolve(d)) : [DEV, DEV2]
const goldDirFor = (dir: string) => (values.gold ? resolve(values.gold)
  : dir === DEV ? join(ROOT, 'fixtures', 'corpus-gold') : dir === DEV2 ? join(ROOT, 'fixtures', 'corpus-gold', 'dev2') : dir)

/** An article's scores, and a digest of each of its record's fields (what `--against` compares beyond the scores). */
interface ArticleReport { dir: string; article: string; fields: Record<Field, FieldScore>; digest: Record<string, string> }
const digestOf = (record: object): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, createHash('sha1').update(JSON.stringify(v) ?? '').digest('hex').slice(0, 12)]))
const articles: ArticleReport[] = []
let skipped = 0
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`eval: ${dir} does not exist; skipped`)
    continue
  }
  for (const f of readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort()) {
    const goldPath = join(goldDirFor(dir), `${f.replace(/\.(txt|html)$/, '')}.gold.json`)
    if (!existsSync(goldPath)) {
      skipped++
      continue
    }
    const raw = readFileSync(join(dir, f), 'utf8')
    let gold: Gold & { publishedOption?: string | null }
    try {
      gold = JSON.parse(readFileSync(goldPath, 'utf8'))
    } catch (error) {
      console.error(`eval: ${goldPath} is not valid JSON (${(error as Error).message}); skipped`)
      skipped++
      continue
    }
    const published = headerPublished(raw) ?? gold.publishedOption ?? undefined
    const record = extract(stripSourceHeader(raw), { published, source: f })
    articles.push({ dir, article: `${basename(dir)}/${f}`, fields: scoreArticle(record, gold), digest: digestOf(record) })
  }
}

type Totals = Record<Field, { tp: number; fp: number; fn: number; precision: number | null; recall: number | null; f1: number | null }>
const totalsOf = (list: readonly ArticleReport[]): Totals => Object.fromEntries(FIELDS.map((field) => {
  const sum = { tp: 0, fp: 0, fn: 0 }
  for (const a of list) {
    sum.tp += a.fields[field].tp
    sum.fp += a.fields[field].fp
    sum.fn += a.fields[field].fn
  }
  return [field, { ...sum, ...prf(sum) }]
})) as Totals

const pct = (x: number | null) => (x === null ? '–' : (x * 100).toFixed(1))
const tableOf = (totals: Totals) => ['| field | gold | extracted | precision % | recall % | F1 % |', '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...FIELDS.map((f) => {
    const t = totals[f]
    return `| ${f} | ${t.tp + t.fn} | ${t.tp + t.fp} | ${pct(t.precision)} | ${pct(t.recall)} | ${pct(t.f1)} |`
  })].join('\n')
// One table per corpus (dev and dev2 are never mixed), and the totals of all for the report.
const perDir = dirs.map((dir) => ({ dir, list: articles.filter((a) => a.dir === dir) })).filter((d) => d.list.length > 0)
const totals = totalsOf(articles)
const table = perDir.map((d) => `${basename(d.dir)} (${d.list.length} articles)\n\n${tableOf(totalsOf(d.list))}`).join('\n\n')

if (!values.quiet) {
  for (const a of articles) {
    const lines = FIELDS.flatMap((f) => [
      ...a.fields[f].misses.map((m) => `    − ${f}: ${m}`),
      ...a.fields[f].falseHits.map((m) => `    + ${f}: ${m}`),
    ])
    if (lines.length) console.log(`${a.article}\n${lines.join('\n')}`)
  }
  console.log('')
}
console.log(`${articles.length} articles scored (${skipped} without gold skipped)\n`)
console.log(table)

if (values.against) {
  // Read before this run's report is written (it may be the same file).
  try {
    const before = JSON.parse(readFileSync(values.against, 'utf8')) as EvalReport
    const now: EvalReport = { perDir: perDir.map((d) => ({ dir: d.dir, articles: d.list.length, totals: totalsOf(d.list) })), perArticle: articles }
    console.log(`\nAgainst ${values.against} (commit ${before.commit ?? 'unknown'}):\n${compareReports(before, now).join('\n')}`)
  } catch (error) {
    console.error(`eval: could not compare with ${values.against}: ${(error as Error).message}`)
  }
}

const out = values.out ?? join(ROOT, '.scratch', 'eval-report.json')
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
const date = new Date().toISOString().slice(0, 10)
try {
  const dir = resolve(out, '..')
  if (!existsSync(dir)) execFileSync('mkdir', ['-p', dir])
  writeFileSync(out, `${JSON.stringify({ date, commit, dirs, articles: articles.length, totals, perDir: perDir.map((d) => ({ dir: d.dir, articles: d.list.length, totals: totalsOf(d.list) })), perArticle: articles }, null, 2)}\n`)
  console.log(`\nreport: ${out}`)
} catch (error) {
  console.error(`eval: could not write ${out}: ${(error as Error).message}`)
}

if (values.readme) {
  const readmePath = join(ROOT, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const block = `<!-- scores:start -->\nThe dev corpora (\`../shared/corpus/dev\`, gold in \`fixtures/corpus-gold/\`; \`../shared/corpus/dev2\`, gold in \`fixtures/corpus-gold/dev2/\`), ${date}, commit \`${commit}\`; regenerate with \`npm run eval -- --readme\`:\n\n${table}\n<!-- scores:end -->`
  const next = readme.replace(/<!-- scores:start -->[\s\S]*?<!-- scores:end -->/, block)
  writeFileSync(readmePath, next === readme && !readme.includes('<!-- scores:start -->') ? `${readme}\n${block}\n` : next)
  console.log('README scores updated')
}
process.exitCode = 0
