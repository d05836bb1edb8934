/**
 * The report's pure parts, in Node: the layout of spans into one tree (nesting, crossing spans in
 * fragments, empty spans; a property over random spans), the highlights of real records against a
 * walk of the record, the kept ranges of pages and truncated inputs, markup ranges, and the escaping
 * of data and scripts for the page.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import { articleEntry, keptRanges } from '../src/report/article-entry.ts'
import { collectHighlights, type Highlight } from '../src/report/highlights.ts'
import { KINDS, WHOLE_PRIORITY } from '../src/report/kinds.ts'
import { layoutHighlights, type Token } from '../src/report/layout.ts'
import { markupRanges } from '../src/report/markup.ts'
import { contentSecurityPolicy, dataBlock, inlineScript, jsonForScript } from '../src/report/page.ts'
import { DEV_CORPUS, loadFixtures, loadShared, ROOT, SEEDS } from './support/fixtures.ts'
import { spannedThings } from './support/report-probe.ts'

const hl = (item: string, start: number, end: number, part = 'main'): Highlight => {
  const [kind, index] = item.split(':') as [Highlight['kind'], string]
  return { item, kind, index: Number(index), part, also: [], path: '', start, end }
}

/** Replays the tokens: each placed span's range, checked against the text it encloses; throws on a bad tree. */
function replay(tokens: Token[], length: number): Array<{ item: string; part: string; start: number; end: number; piece: number; pieces: number }> {
  const out: Array<{ item: string; part: string; start: number; end: number; piece: number; pieces: number }> = []
  const open: Array<{ p: Extract<Token, { t: 'open' }>['p']; at: number }> = []
  let pos = 0
  for (const t of tokens) {
    if (t.t === 'text') {
      if (t.start !== pos || t.end <= t.start) throw new Error(`text ${t.start}-${t.end} at ${pos}`)
      pos = t.end
    } else if (t.t === 'open') {
      if (t.p.start !== pos) throw new Error(`open at ${t.p.start}, text at ${pos}`)
      open.push({ p: t.p, at: pos })
    } else {
      const o = open.pop()
      if (!o) throw new Error('close without open')
      if (o.p.end !== pos) throw new Error(`${o.p.h.item} closes at ${pos}, ends at ${o.p.end}`)
      out.push({ item: o.p.h.item, part: o.p.h.part, start: o.p.start, end: o.p.end, piece: o.p.piece, pieces: o.p.pieces })
    }
  }
  if (open.length > 0 || pos !== length) throw new Error(`unclosed ${open.length}, text ends at ${pos} of ${length}`)
  return out
}

describe('layout: one tree over the text, by a sorted boundary sweep', () => {
  it('nests nested spans, and keeps every text unit once, in order', () => {
    const hs = [hl('document:0', 10, 40), hl('date:0', 25, 35), hl('document:0', 30, 35, 'date'), hl('body:0', 0, 5)]
    const placed = replay(layoutHighlights(hs, 50).tokens, 50)
    expect(placed.every((p) => p.pieces === 1)).toBe(true)
    expect(placed.map((p) => `${p.item}.${p.part}`).sort()).toEqual(['body:0.main', 'date:0.main', 'document:0.date', 'document:0.main'])
  })
  it('draws the lower-ranked of two crossing spans in fragments that cover it exactly, the other whole', () => {
    // A count (ranked below dates) crossing a date; a mention crossing a main span.
    const { tokens, crossing } = layoutHighlights([hl('count:0', 5, 20), hl('date:0', 15, 30), hl('person:0', 40, 50), hl('person:1', 45, 60, 'mention')], 70)
    const placed = replay(tokens, 70)
    expect(crossing.map((h) => `${h.item}.${h.part}`)).toEqual(['count:0.main', 'person:1.mention'])
    expect(placed.filter((p) => p.item === 'date:0')).toMatchObject([{ start: 15, end: 30, pieces: 1 }])
    expect(placed.filter((p) => p.item === 'count:0').map((p) => [p.start, p.end])).toEqual([[5, 15], [15, 20]])
    expect(placed.filter((p) => p.item === 'person:1').map((p) => [p.start, p.end])).toEqual([[45, 50], [50, 60]])
  })
  it('a higher-ranked span that comes later takes the place of the lower-ranked ones it crosses', () => {
    const { tokens, crossing } = layoutHighlights([hl('count:0', 0, 20), hl('amount:0', 2, 12), hl('document:0', 10, 30)], 30)
    replay(tokens, 30)
    expect(crossing.map((h) => h.item).sort()).toEqual(['amount:0', 'count:0'])
  })
  it('keeps empty spans (a count with no subject) as empty elements in place', () => {
    const placed = replay(layoutHighlights([hl('count:0', 0, 10), hl('count:0', 10, 10, 'subject'), hl('date:0', 10, 14)], 20).tokens, 20)
    expect(placed.find((p) => p.part === 'subject')).toMatchObject({ start: 10, end: 10, pieces: 1 })
  })
  it('any spans: a well-formed tree; whole spans never cross; fragments tile their span', () => {
    const kinds = KINDS.map((k) => k.key)
    const span = fc.record({ kind: fc.constantFrom(...kinds), start: fc.nat(60), len: fc.nat(25), part: fc.constantFrom('main', 'mention', 'date', 'subject') })
    fc.assert(fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
      const hs = spans.map((s, i) => hl(`${s.kind}:${i}`, s.start, s.start + s.len, s.part))
      const { tokens, crossing } = layoutHighlights(hs, 100)
      const placed = replay(tokens, 100)
      const wholes = placed.filter((p) => p.pieces === 1 && !crossing.some((c) => c.item === p.item))
      for (const a of wholes) for (const b of wholes) expect(a.start < b.start && b.start < a.end && a.end < b.end).toBe(false)
      for (const h of hs) {
        const mine = placed.filter((p) => p.item === h.item)
        if (crossing.includes(h)) {
          expect(mine.map((p) => p.start)[0]).toBe(h.start)
          for (let k = 1; k < mine.length; k++) expect(mine[k]!.start).toBe(mine[k - 1]!.end)
          expect(mine[mine.length - 1]!.end).toBe(h.end)
        } else expect(mine).toMatchObject([{ start: h.start, end: h.end, pieces: 1 }])
      }
    }), { numRuns: 500 })
  })
  it('ranks every kind for wholeness', () => {
    expect([...WHOLE_PRIORITY].sort()).toEqual(KINDS.map((k) => k.key).sort())
  })
})

describe('highlights: every span of a record, by item', () => {
  const records = [
    ...loadFixtures().map((f) => ({ name: f.name, input: f.input, record: extract(f.input, { published: f.gold.publishedOption ?? undefined }) })),
    ...[...loadShared(SEEDS), ...loadShared(DEV_CORPUS)].map((a) => ({ name: a.name, input: a.input, record: extract(a.input) })),
  ]
  it.each(records.map((r) => [r.name, r] as const))('%s', (_name, { record }) => {
    const { things, unknown } = spannedThings(record)
    expect(unknown).toEqual([])
    const hs = collectHighlights(record)
    const at = new Set(hs.map((h) => `${h.item}@${h.start}:${h.end}`))
    for (const t of things) expect(at, t.path).toContain(`${t.item}@${t.start}:${t.end}`)
    expect(hs.length).toBeLessThanOrEqual(things.length)
  })
})

describe('what the report keeps of an input', () => {
  it('a text input whole; a truncated one up to its cut', () => {
    const input = 'Chiều 12/7, hội nghị sơ kết 6 tháng đầu năm 2024. '.repeat(40)
    expect(keptRanges(input.length, extract(input))).toEqual([[0, input.length]])
    const cut = extract(input, { maxLength: 900 })
    expect(keptRanges(input.length, cut)).toEqual([[0, 900]])
    const entry = articleEntry(input, cut)
    expect(entry.parts).toEqual([[0, input.slice(0, 900)]])
  })
  it('a page: its body and every span, the rest (long stretches) left out with their length', () => {
    const nav = `<nav>${'<a href="/x">Thời sự</a> '.repeat(60)}</nav>`
    const html = `<html><head><title>Tin</title></head><body>${nav}<article><p>Chiều 12/7, Ban Tổ chức Tỉnh ủy Quảng Trị tổ chức hội nghị.</p></article>${nav}</body></html>`
    const record = extract(html, { format: 'html', regions: [{ start: html.indexOf('<article>'), end: html.indexOf('</article>') + 10 }] })
    record.page = { siteName: null, author: null, published: null, contentRanges: [{ start: html.indexOf('<article>'), end: html.indexOf('</article>') + 10 }] }
    const kept = keptRanges(html.length, record)
    expect(kept.length).toBeGreaterThanOrEqual(1)
    expect(kept.some(([s, e]) => s <= html.indexOf('<article>') && html.indexOf('</article>') <= e)).toBe(true)
    expect(kept.reduce((n, [s, e]) => n + e - s, 0)).toBeLessThan(html.length - 1000)
    for (const h of collectHighlights(record)) expect(kept.some(([s, e]) => s <= h.start && h.end <= e)).toBe(true)
  })
})

describe('markup ranges of HTML input', () => {
  it('tags, comments, and script and style contents; text and stray < left alone', () => {
    const html = 'a <b onclick="x()">b</b> 3 < 4 <!-- c <p> --> <script>if (a < b) "</p>"</script> <style>p{}</style> <Scripted>d'
    const ranges = markupRanges(html).map(([s, e]) => html.slice(s, e))
    expect(ranges).toEqual(['<b onclick="x()">', '</b>', '<!-- c <p> -->', '<script>if (a < b) "</p>"</script>', '<style>p{}</style>', '<Scripted>'])
  })
  it('an unclosed tag or comment ends the markup', () => {
    expect(markupRanges('x <!-- open')).toEqual([[2, 11]])
    expect(markupRanges('x <b never')).toEqual([])
  })
})

describe('page escaping', () => {
  it('data blocks: no `<` survives, and the value reads back unchanged', () => {
    const value = { id: '</script><script>alert(1)</script>', text: '<!-- \u2028 \u2029 </SCRIPT > <\u0000' }
    const json = jsonForScript(value)
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(value)
    expect(dataBlock('vne-a-0', json)).toBe(`<script type="application/json" id="vne-a-0">${json}</script>\n`)
  })
  it('an inlined script cannot close its element or open a comment', () => {
    const s = inlineScript('const a = "</script>"; const b = /<\\/SCRIPT/i; // <!-- x')
    expect(s).not.toMatch(/<\/script/i)
    expect(s).not.toContain('<!--')
  })
  it('the policy allows the one script and style sheet by hash, and nothing from the network', () => {
    const csp = contentSecurityPolicy({ scriptHash: 'sha256-A', styleHash: 'sha256-B' })
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'sha256-A'")
    expect(csp).toContain("style-src 'sha256-B'")
    expect(csp).not.toMatch(/unsafe|https?:|\*/)
  })
})

describe('the page code builds no markup from text and loads nothing', () => {
  const files = [...readdirSync(join(ROOT, 'src', 'report', 'browser')).map((f) => join(ROOT, 'src', 'report', 'browser', f)), join(ROOT, 'examples', 'playground', 'playground.ts')]
  it.each(files.map((f) => [relative(ROOT, f), f] as const))('%s', (_name, f) => {
    const text = readFileSync(f, 'utf8')
    expect(text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|srcdoc|\beval\(|new Function|\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|\.src\s*=|\.href\s*=|location\s*[.=]|window\.open|import\(/)
    expect(text).not.toMatch(/setAttribute\(\s*['"`](?:on|href|src|style)/)
  })
  it('the page scripts are classic scripts (no module syntax), without zod', () => {
    for (const f of ['report.global.js', 'playground.global.js']) {
      const bundle = readFileSync(join(ROOT, 'dist', f), 'utf8')
      expect(bundle, f).not.toMatch(/^\s*(?:import|export)\s[^(]/m)
      expect(bundle, f).not.toMatch(/\bzod\b|ZodError|import\.meta/)
    }
  })
})
