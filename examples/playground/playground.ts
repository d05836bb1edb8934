/**
 * The playground (bundled with the core into one classic script, inlined in index.html by build.ts):
 * paste or drop an article, set the publication date, and see the highlights and the JSON record as
 * you type. Everything runs in the page; nothing is sent anywhere.
 */
import { extract } from '../../src/index.ts'
import { articleEntry } from '../../src/report/article-entry.ts'
import { showArticle, type Panels } from '../../src/report/browser/article-panel.ts'
import { el } from '../../src/report/browser/dom.ts'
import { legend } from '../../src/report/browser/legend.ts'

/** Milliseconds to wait after the last keystroke before extracting again. */
const DEBOUNCE_MS = 150

function start(): void {
  const root = document.getElementById('vne')!
  root.replaceChildren()
  root.classList.add('single')
  const sample = document.getElementById('vne-sample')?.textContent
  const sampleText = sample ? (JSON.parse(sample) as string) : ''

  const text = el('textarea', { attrs: { id: 'pg-text', 'aria-label': 'Article text or HTML', spellcheck: 'false', placeholder: 'Paste a Vietnamese news article (text or HTML) here, or drop a .txt or .html file.' } })
  const drop = el('div', { class: 'drop' }, text)
  const published = el('input', { attrs: { id: 'pg-published', type: 'text', placeholder: 'YYYY-MM-DD or YYYY-MM-DDTHH:mm', 'aria-label': 'Publication date', size: 22 } })
  const format = el('select', { attrs: { id: 'pg-format', 'aria-label': 'Input format' } },
    ...['auto', 'text', 'html'].map((f) => el('option', { text: f, attrs: { value: f } })))
  const file = el('input', { attrs: { type: 'file', accept: '.txt,.html,.htm,text/plain,text/html', 'aria-label': 'Open a file' } })
  const loadSample = el('button', { text: 'Load the sample article', attrs: { type: 'button', id: 'pg-sample' } })
  const status = el('p', { class: 'meta', attrs: { id: 'pg-status', 'aria-live': 'polite' } })
  const form = el('section', { class: 'pg-input', attrs: { 'aria-label': 'Input' } }, drop,
    el('div', { class: 'pg-opts' }, el('label', {}, 'Published ', published), el('label', {}, 'Format ', format), file, loadSample))
  const out = el('div', { class: 'pg-out' })
  const articlePanel = el('main', { class: 'vne-article' }, form, status, out)
  const sidePanel = el('aside', { class: 'vne-side', attrs: { 'aria-label': 'Items' } })
  root.append(
    el('header', { class: 'vne-top' }, el('h1', { text: 'vn-news-extract playground' }),
      el('span', { class: 'vne-summary', text: 'runs in this page: nothing is sent anywhere' }), legend(root)),
    el('div', { class: 'vne-main' }, el('section', { class: 'vne-index' }), articlePanel, sidePanel))
  const panels: Panels = { root, article: out, side: sidePanel }

  let timer: ReturnType<typeof setTimeout> | undefined
  const run = () => {
    const input = text.value
    const t0 = performance.now()
    const record = extract(input, { published: published.value.trim() || undefined, format: format.value as 'auto' | 'text' | 'html' })
    const ms = performance.now() - t0
    showArticle(panels, articleEntry(input, record), 0)
    const json = out.querySelector('details.json') as HTMLDetailsElement | null
    if (json) json.open = true
    const items = record.documents.length + record.dates.length + record.counts.length + record.amounts.length + record.people.length + record.bodies.length + record.meetings.length
    status.textContent = `${input.length} characters read in ${ms.toFixed(1)} ms: ${items} items`
    root.dataset.runs = String(Number(root.dataset.runs ?? 0) + 1)
  }
  const later = () => {
    clearTimeout(timer)
    timer = setTimeout(run, DEBOUNCE_MS)
  }
  const readFile = async (f: File | undefined) => {
    if (!f) return
    text.value = await f.text()
    if (/\.html?$/i.test(f.name)) format.value = 'html'
    run()
  }
  text.addEventListener('input', later)
  published.addEventListener('input', later)
  format.addEventListener('change', run)
  file.addEventListener('change', () => void readFile(file.files?.[0]))
  loadSample.addEventListener('click', () => {
    text.value = sampleText
    run()
  })
  // A file dropped anywhere is read here (the browser would otherwise open it in place of the page).
  window.addEventListener('dragover', (e) => {
    e.preventDefault()
    drop.classList.add('over')
  })
  window.addEventListener('dragleave', () => drop.classList.remove('over'))
  window.addEventListener('drop', (e) => {
    e.preventDefault()
    drop.classList.remove('over')
    void readFile(e.dataTransfer?.files[0])
  })
  run()
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()))
}

start()
