/**
 * npm run bench [-- --rounds N] [--readme] [--against FILE [--against-label TEXT]]
 *
 * Throughput of extract() in MB/s (UTF-8 bytes of input) and articles/s, beside a floor measured
 * in the same process on the same text: NFC-normalise + one Unicode regex scan. Each set is timed
 * at steady state, after a warm-up of at least WARM_ARTICLES articles or WARM_BYTES (V8 needs that
 * long to optimise the pipeline: two passes over the dev corpus left it ~1.5× slower than it runs
 * for the rest of an archive), then several rounds, medians; the dev corpus's first pass in the fresh
 * process is reported too (what a short run pays). Sets: the real dev corpus and seeds (read from ../shared at run time),
 * a larger set generated from our fixtures, and one 1 MB article (to see that cost stays linear).
 * Then, on the dev corpus: chrono-node's Vietnamese parser doing dates alone (a peer, same run),
 * the time and bytes each pipeline stage takes, and the bytes allocated per article
 * (tests/tools/bench-alloc.ts, in a child process with a large young generation).
 *
 * `--against FILE`: an ES module that exports `extract(text)`, e.g. an earlier commit's core bundled
 * with `npx esbuild <worktree>/src/extract.ts --bundle --format=esm --platform=neutral --outfile=FILE`;
 * its extract() and this one are timed in the same rounds on the dev corpus, and the ratio printed
 * (like for like: the two in one process, on one machine, at one moment).
 */
import { execFileSync } from 'node:child_process'
import * as chrono from 'chrono-node'
import { extractWith } from '../../src/extract.ts'
import { cpus, tmpdir } from 'node:os'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { extract } from '../../src/index.ts'
import { DEV_CORPUS, loadFixtures, loadShared, ROOT, SEEDS } from '../support/fixtures.ts'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' }, readme: { type: 'boolean', default: false },
    against: { type: 'string' }, 'against-label': { type: 'string' },
  },
})
const ROUNDS = Math.max(3, Number(values.rounds))
const WORD = /[\p{L}\p{N}]+/gu

/** The floor: what any reader of this text must at least do. */
function baseline(s: string): number {
  const t = s.normalize('NFC')
  let n = 0
  WORD.lastIndex = 0
  while (WORD.exec(t) !== null) n++
  return n
}

/** A deterministic larger set: fixture paragraphs shuffled into new articles (~5 MB). */
function generated(): string[] {
  const paras = loadFixtures().flatMap((f) => f.input.split(/\n+/).filter((p) => p.trim().length > 40))
  let seed = 42
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const out: string[] = []
  let bytes = 0
  while (bytes < 5_000_000 && paras.length) {
    const k = 6 + Math.floor(rand() * 10)
    const a = Array.from({ length: k }, () => paras[Math.floor(rand() * paras.length)]!).join('\n\n')
    out.push(a)
    bytes += Buffer.byteLength(a)
  }
  return out
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/**
 * Warm-up before timing, per set: passes until this many articles or this many UTF-8 bytes have
 * gone through (two passes at least). Measured here, a fresh process reads the dev corpus (113
 * articles) at ~800 ms, ~400 ms, ~250 ms, …, and settles only after 12–15 passes (1,400–1,700 articles).
 */
const WARM_ARTICLES = 3000
const WARM_BYTES = 15e6

/** The first pass over the dev corpus in this process (ms): the cold cost, compiling included. */
let coldPassMs: number | null = null

function time(texts: string[], fn: (s: string) => unknown): number {
  const t0 = performance.now()
  for (const s of texts) fn(s)
  return performance.now() - t0
}

interface Row { set: string; articles: number; mb: number; extractMBs: number; articlesPerS: number; baselineMBs: number; ratio: number }

/**
 * Median seconds of `a` and of `b` over the texts, and the median of the rounds' ratios b ÷ a: two
 * warm-up passes, then ROUNDS rounds, the two alternating. The ratio is taken round by round, each
 * from two runs a moment apart: this machine's speed drifts by up to 1.5× between seconds (the
 * floor alone read 21–36 MB/s in runs minutes apart), which a ratio of two medians would carry.
 */
function pairedMedians(texts: string[], a: (s: string) => unknown, b: (s: string) => unknown): [number, number, number] {
  const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0)
  for (let pass = 0, articles = 0, read = 0; pass < 2 || (articles < WARM_ARTICLES && read < WARM_BYTES); pass++, articles += texts.length, read += bytes) {
    time(texts, a)
    time(texts, b)
  }
  const ta: number[] = []
  const tb: number[] = []
  const ratios: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    ta.push(time(texts, a))
    tb.push(time(texts, b))
    ratios.push(tb[r]! / ta[r]!)
  }
  return [median(ta) / 1000, median(tb) / 1000, median(ratios)]
}

function measure(set: string, texts: string[]): Row | null {
  if (texts.length === 0) return null
  const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0)
  if (coldPassMs === null && set.startsWith('dev corpus')) coldPassMs = time(texts, extract)
  const [b, e, ratio] = pairedMedians(texts, baseline, extract)
  const mb = bytes / 1e6
  return { set, articles: texts.length, mb, extractMBs: mb / e, articlesPerS: texts.length / e, baselineMBs: mb / b, ratio }
}

const dev = loadShared(DEV_CORPUS).map((a) => a.input)
const seeds = loadShared(SEEDS).map((a) => a.input)
const gen = generated()
const big = [gen.join('\n\n').slice(0, 1_000_000)]
const rows = [
  measure('dev corpus (real)', dev),
  measure('seeds (real)', seeds),
  measure('generated from fixtures', gen),
  measure('one 1 MB article', big),
].filter((r): r is Row => r !== null)

/** chrono-node `vi` over the same texts: the dates-only peer the issue measures against. */
function chronoRow(texts: string[]): { mbs: number; ratio: number } | null {
  if (texts.length === 0) return null
  const ref = new Date(Date.UTC(2024, 6, 16))
  const parse = (s: string) => chrono.vi.parse(s, ref).length
  const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0)
  const [c, , ratio] = pairedMedians(texts, parse, extract)
  return { mbs: bytes / 1e6 / c, ratio }
}

/** Share of extract()'s time per stage, over the texts (the pipeline's stage hook). */
function stageShares(texts: string[]): Array<[string, number]> {
  const totals = new Map<string, number>()
  const opts = { clock: () => performance.now(), onStage: (n: string, ms: number) => totals.set(n, (totals.get(n) ?? 0) + ms) }
  for (const t of texts) extractWith(t, undefined, opts)
  totals.clear()
  for (let r = 0; r < ROUNDS; r++) for (const t of texts) extractWith(t, undefined, opts)
  const all = [...totals.values()].reduce((a, b) => a + b, 0)
  return [...totals].map(([n, ms]) => [n, ms / all])
}

/**
 * Wall time (ms, medians over 11 rounds) of the built CLI against bare `node -e 0`, when dist/ is
 * built: one article with the workers' code cache in a fresh directory (primed by one run first, as
 * every run after a user's first finds it) and with the cache off. Each round runs every command
 * once, one after another: process start-up here drifts by 1.5× between minutes (bare node has read
 * 81 and 195 ms on one day), so each figure is set against bare node timed in the same rounds.
 */
function startup(): { node: number; worker: number; version: number; one: number; oneAuto: number; oneNoCache: number; full: number; fullUnits: number } | null {
  const cli = join(ROOT, 'dist', 'cli.js')
  if (!existsSync(cli)) return null
  const cache = mkdtempSync(join(tmpdir(), 'vne-bench-cache-'))
  const article = 'Chiều 12/7, Ban Thường vụ Tỉnh ủy họp.\n'
  // A whole article (one of ours, in the style of the real ones): more of the grammars are compiled for it.
  const full = readFileSync(join(ROOT, 'fixtures', 'b-01-so-ket-to-chuc-xay-dung-dang-quang-tri.txt'), 'utf8')
  // The least a worker thread costs: bare node starting one that says hello, then exiting.
  const hello = "new (require('node:worker_threads').Worker)('require(\\'node:worker_threads\\').parentPort.postMessage(1)', { eval: true }).once('message', () => process.exit(0))"
  const commands: Record<string, { args: string[]; input?: string; codeCache?: string }> = {
    node: { args: ['-e', '0'] },
    worker: { args: ['-e', hello] },
    version: { args: [cli, '--version'] },
    one: { args: [cli, '--jobs', '1', '-'], input: article },
    oneAuto: { args: [cli, '-'], input: article },
    oneNoCache: { args: [cli, '--jobs', '1', '-'], input: article, codeCache: 'off' },
    full: { args: [cli, '--jobs', '1', '-'], input: full },
  }
  const run = (c: { args: string[]; input?: string; codeCache?: string }) => {
    const t0 = performance.now()
    execFileSync(process.execPath, c.args, { input: c.input ?? '', env: { ...process.env, VN_NEWS_EXTRACT_CODE_CACHE: c.codeCache ?? cache }, stdio: ['pipe', 'ignore', 'ignore'] })
    return performance.now() - t0
  }
  run(commands.one!)
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, [] as number[]]))
  for (let round = 0; round < 11; round++) for (const [k, c] of Object.entries(commands)) times[k]!.push(run(c))
  rmSync(cache, { recursive: true, force: true })
  const m = (k: string) => median(times[k]!)
  return { node: m('node'), worker: m('worker'), version: m('version'), one: m('one'), oneAuto: m('oneAuto'), oneNoCache: m('oneNoCache'), full: m('full'), fullUnits: full.length }
}

/**
 * extract() of another build (`--against`) and this one, same rounds on the dev corpus: MB/s of each
 * and the median of the rounds' ratios of its time to ours (how many times as fast this one is).
 * Run last: the other build's code and memory then weigh on nothing else measured (peak RSS is read before).
 */
async function againstRow(texts: string[]): Promise<{ label: string; theirs: number; ours: number; speed: number } | null> {
  if (!values.against || texts.length === 0) return null
  const other = (await import(pathToFileURL(resolve(values.against)).href)) as { extract?: (s: string) => unknown }
  if (typeof other.extract !== 'function') throw new Error(`${values.against} exports no extract()`)
  const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0) / 1e6
  const [ours, theirs, speed] = pairedMedians(texts, extract, other.extract)
  return { label: values['against-label'] ?? values.against, theirs: bytes / theirs, ours: bytes / ours, speed }
}

const peer = chronoRow(dev)
const boot = startup()
const shares = stageShares(dev)
const alloc = dev.length === 0 ? null : JSON.parse(execFileSync(process.execPath,
  ['--expose-gc', '--max-semi-space-size=256', '--import', 'tsx', join(ROOT, 'tests', 'tools', 'bench-alloc.ts')],
  { cwd: ROOT, encoding: 'utf8' })) as { articles: number; skipped: number; repeats: number; meanBytes: number; perStage: Record<string, number> }

const maxRssMB = process.resourceUsage().maxRSS / 1024
const against = await againstRow(dev)
const f = (x: number, d = 1) => x.toFixed(d)
const table = [
  '| set | articles | MB | extract MB/s | articles/s | floor MB/s | extract time ÷ floor time |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.set} | ${r.articles} | ${f(r.mb, 2)} | ${f(r.extractMBs)} | ${f(r.articlesPerS, 0)} | ${f(r.baselineMBs)} | ${f(r.ratio)}× |`),
].join('\n')
function chronoVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'chrono-node', 'package.json'), 'utf8')) as { version: string }).version
  } catch {
    return ''
  }
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`
const date = new Date().toISOString().slice(0, 10)
const devRow = rows.find((r) => r.set.startsWith('dev corpus'))
const extra = [
  against ? `Against ${against.label} (\`--against\`: its extract() timed with this one's in the same rounds on the dev corpus): ${f(against.theirs)} MB/s there, ${f(against.ours)} MB/s here; this one runs at ${f(against.speed, 2)}× its speed.` : '',
  peer && devRow ? `chrono-node ${chronoVersion()} \`vi\` parsing dates alone on the dev corpus: ${f(peer.mbs)} MB/s; extract() takes ${f(peer.ratio, 2)}× its time (and reads documents, counts, people, bodies and meetings besides).` : '',
  coldPassMs !== null && devRow ? `Cold: the first pass over the dev corpus in this fresh process (regexes and code compiled as they are first needed) took ${f(coldPassMs, 0)} ms, ${f(coldPassMs / 1000 / (devRow.mb / devRow.extractMBs))}× a steady pass; the figures above are at steady state, after the warm-up below, which is what an archive's run spends nearly all its time in.` : '',
  boot ? `CLI start-up (wall time, medians of 11 rounds that run every command once; bare \`node -e 0\` takes ${f(boot.node, 0)} ms here, and starting one empty worker thread ${f(boot.worker - boot.node, 0)} ms more): \`--version\` ${f(boot.version - boot.node, 0)} ms more than bare node, one article on standard input ${f(boot.one - boot.node, 0)} ms more with \`--jobs 1\` and ${f(boot.oneAuto - boot.node, 0)} ms with the default \`--jobs auto\` (workers start as the work needs them: none here, the main thread loads the core, from V8's code cache, compiles the grammars and does the article under the time budget), ${f(boot.oneNoCache - boot.node, 0)} ms with the code cache off (a user's first run); a whole article (fixture b-01, ${f(boot.fullUnits / 1000, 1)} K characters, with \`--jobs 1\`) ${f(boot.full - boot.node, 0)} ms more than bare node.` : '',
  alloc ? `Allocated per article by extract() (dev corpus, mean over ${alloc.articles} articles of the least of ${alloc.repeats} calls each, measured with no GC during the call: V8 heap and ArrayBuffer memory; the least, because what V8's compiler allocates during a call is not the article's): ${f(alloc.meanBytes / 1024, 0)} KiB.` : '',
  shares.length ? `Time per stage (dev corpus): ${shares.map(([n, p]) => `${n} ${f(100 * p, 0)} %`).join(', ')}.` : '',
  alloc ? `Bytes per stage (KiB per article): ${Object.entries(alloc.perStage).map(([n, b]) => `${n} ${f(b / 1024, 0)}`).join(', ')}.` : '',
].filter(Boolean).join('\n\n')
console.log(table)
if (extra) console.log(`\n${extra}`)
console.log(`\npeak RSS ${f(maxRssMB, 0)} MB; ${ROUNDS} rounds after a warm-up of ${WARM_ARTICLES} articles or ${WARM_BYTES / 1e6} MB per set, medians; ${machine}; ${date}; commit ${commit}`)

if (values.readme) {
  const path = join(ROOT, 'README.md')
  const readme = readFileSync(path, 'utf8')
  const block = `<!-- bench:start -->\n${date}, commit \`${commit}\`, ${machine}; \`npm run bench -- --readme${values.against ? ' --against FILE' : ''}\` regenerates this:\n\n${table}\n\n${extra}\n\nPeak RSS of the whole benchmark process: ${f(maxRssMB, 0)} MB. The floor is NFC normalisation plus one \`/[\\p{L}\\p{N}]+/gu\` scan of the same text in the same process. Each set is timed in ${ROUNDS} rounds (floor and extract() alternating, medians of the rounds' ratios) after a warm-up of ${WARM_ARTICLES} articles or ${WARM_BYTES / 1e6} MB.\n<!-- bench:end -->`
  writeFileSync(path, readme.includes('<!-- bench:start -->') ? readme.replace(/<!-- bench:start -->[\s\S]*?<!-- bench:end -->/, block) : `${readme}\n${block}\n`)
  console.log('README bench figures updated')
}
