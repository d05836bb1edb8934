/**
 * Inputs for the report tests, written to a temporary directory: a generated batch (our fixtures as
 * JSONL rows, each with its own id and date, and lines that give error lines), and hostile inputs
 * (script tags, event handlers, `javascript:` links, `</script>` inside the text and the id, a file
 * whose name is markup) that must show as text and never run.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURES } from './fixtures.ts'

export const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix))

/** Our own articles (fixtures/*.txt), sorted. */
export function fixtureTexts(): string[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(FIXTURES, f), 'utf8'))
}

/** Our own news pages (fixtures/pages), and the HTML fixture, as paths. */
export function fixturePages(): string[] {
  return [...readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.html')).sort().map((f) => join(FIXTURES, 'pages', f)), join(FIXTURES, 'a-07-hoi-nghi-bao-cao-vien.html')]
}

/** Lines that give error lines: bad JSON, a row without text, a text that is not a string, an empty line. */
export const BAD_LINES = ['{"id": "broken", "text": ', '{"id": "no-text"}', '{"id": "not-a-string", "text": 42}', '']

/** A JSONL batch of `n` articles cycled from the fixtures, with the bad lines spread through it. */
export function writeBatch(dir: string, n: number): { path: string; rows: Array<{ id: string; text: string } | null> } {
  const texts = fixtureTexts()
  const lines: string[] = []
  const rows: Array<{ id: string; text: string } | null> = []
  for (let i = 0; i < n; i++) {
    if (i % 40 === 7 && i / 40 < BAD_LINES.length) {
      lines.push(BAD_LINES[Math.floor(i / 40)]!)
      rows.push(null)
    }
    const row = { id: `gen-${String(i).padStart(4, '0')}`, text: texts[i % texts.length]!, published: `2024-${String((i % 12) + 1).padStart(2, '0')}-15` }
    lines.push(JSON.stringify(row))
    rows.push(row)
  }
  const path = join(dir, 'batch.jsonl')
  writeFileSync(path, `${lines.join('\n')}\n`)
  return { path, rows }
}

/** What hostile inputs try to run; the tests check none of it ran. */
export const HOSTILE_MARK = 'vnePwned'

const ARTICLE = 'Chiều 12/7, Ban Tổ chức Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Đồng chí Nguyễn Văn An chủ trì hội nghị triển khai Kế hoạch số 29-KH/TU, ngày 24/02/2022 của Ban Thường vụ Tỉnh ủy; toàn tỉnh có 49.820 đảng viên.'

/** Hostile inputs, written into `dir`; returns the paths to give the CLI. */
export function writeHostile(dir: string): string[] {
  const page = `<!doctype html><html><head><title>Tin tức <script>window.${HOSTILE_MARK}=1;alert(1)</script></title>
<meta http-equiv="refresh" content="0;url=https://example.invalid/">
<base href="https://example.invalid/">
<link rel="stylesheet" href="https://example.invalid/x.css">
<style>body{display:none}</style>
<script>window.${HOSTILE_MARK}=2;alert(2)</script>
<script src="https://example.invalid/x.js"></script>
</head><body onload="window.${HOSTILE_MARK}=3;alert(3)">
<nav><a href="javascript:alert(4)">Trang chủ</a> <a href="https://example.invalid/">Thời sự</a></nav>
<article><h1>Ban Tổ chức Tỉnh ủy sơ kết công tác tổ chức xây dựng Đảng</h1>
<p><b onmouseover="window.${HOSTILE_MARK}=5;alert(5)">Chiều 12/7</b>, Ban Tổ chức Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.
<img src="https://example.invalid/x.png" onerror="window.${HOSTILE_MARK}=6;alert(6)"></p>
<p>Đồng chí <a href="javascript:window.${HOSTILE_MARK}=7">Nguyễn Văn An</a> chủ trì hội nghị triển khai Kế hoạch số 29-KH/TU, ngày 24/02/2022 của Ban Thường vụ Tỉnh ủy.</p>
<p>Toàn tỉnh có 49.820 đảng viên <svg onload="window.${HOSTILE_MARK}=8;alert(8)"></svg><iframe src="https://example.invalid/" srcdoc="<script>parent.${HOSTILE_MARK}=9</script>"></iframe>.</p>
<form action="https://example.invalid/"><button formaction="javascript:alert(10)">Gửi</button></form>
<p>Trích: &lt;script&gt;alert(11)&lt;/script&gt; và </script><script>alert(12)</script> <!-- <script>alert(13)</script> --></p>
</article></body></html>`
  const pagePath = join(dir, 'hostile-page.html')
  writeFileSync(pagePath, page)
  const named = join(dir, `<img src=x onerror="window.${HOSTILE_MARK}=14;alert(14)">.txt`)
  writeFileSync(named, `<script>window.${HOSTILE_MARK}=15;alert(15)</script>\n${ARTICLE}\n<a href="javascript:alert(16)">Xem thêm</a>`)
  const rows = [
    { id: `</script><script>window.${HOSTILE_MARK}=17;alert(17)</script>`, text: `${ARTICLE} </script><script>alert(18)</script> <!-- \u2028 \u2029 <img src=x onerror=alert(19)>` },
    { id: '<!--', html: `<div><p onclick="alert(20)">${ARTICLE}</p><script>alert(21)</script></div>` },
  ]
  const jsonl = join(dir, 'hostile.jsonl')
  writeFileSync(jsonl, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`)
  return [pagePath, named, jsonl]
}
