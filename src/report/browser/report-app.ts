/**
 * The report page (bundled as a classic script, inlined in the report): reads the index block,
 * shows the legend, the index (filterable, paged) and the first article. An article's block is
 * parsed only when it is shown, so a report of thousands of articles opens as fast as its index.
 */
import type { ArticleEntry } from '../article-entry.ts'
import type { IndexRow } from '../index-row.ts'
import { KINDS } from '../kinds.ts'
import { showArticle, type Panels } from './article-panel.ts'
import { el } from './dom.ts'
import { legend } from './legend.ts'

/** What the CLI writes in the `vne-index` block. */
export interface ReportIndex {
  generator: string
  rows: IndexRow[]
}

/** Rows per page of the index. */
const PAGE = 50

function readBlock<T>(id: string): T | null {
  const text = document.getElementById(id)?.textContent
  return text ? (JSON.parse(text) as T) : null
}

function rowLabel(r: IndexRow, n: number): string {
  return r.title ?? r.id ?? r.source ?? `input ${n + 1}`
}

function start(): void {
  const root = document.getElementById('vne')!
  const index = readBlock<ReportIndex>('vne-index') ?? { generator: '', rows: [] }
  const rows = index.rows
  const errors = rows.filter((r) => r.error).length
  const withIssues = rows.filter((r) => r.issues.length > 0).length
  document.title = `vn-news-extract report: ${rows.length} article${rows.length === 1 ? '' : 's'}`
  root.replaceChildren()
  root.classList.toggle('single', rows.length <= 1)

  const summary = `${rows.length} input${rows.length === 1 ? '' : 's'} · ${rows.length - errors} record${rows.length - errors === 1 ? '' : 's'} · ${errors} error${errors === 1 ? '' : 's'} · ${withIssues} with issues`
  const top = el('header', { class: 'vne-top' }, el('h1', { text: 'vn-news-extract report' }), el('span', { class: 'vne-summary', text: summary }), legend(root))
  const indexPanel = el('section', { class: 'vne-index', attrs: { 'aria-label': 'Articles' } })
  const articlePanel = el('main', { class: 'vne-article' })
  const sidePanel = el('aside', { class: 'vne-side', attrs: { 'aria-label': 'Items' } })
  root.append(top, el('div', { class: 'vne-main' }, indexPanel, articlePanel, sidePanel))
  const panels: Panels = { root, article: articlePanel, side: sidePanel }

  // The index: a lower-case search text per row, computed once; filtering is one pass over them.
  const haystack = rows.map((r) => [r.id, r.source, r.title, r.published, ...r.issues, r.error?.code, r.error?.message].filter(Boolean).join(' ').toLowerCase())
  const filter = el('input', { attrs: { type: 'search', placeholder: 'filter: id, title, source, issue or error code', 'aria-label': 'Filter the articles' } })
  const onlyIssues = el('input', { attrs: { type: 'checkbox' } })
  const list = el('ol', { class: 'rows' })
  const status = el('span', { attrs: { 'aria-live': 'polite' } })
  const prev = el('button', { text: '◀', attrs: { type: 'button', 'aria-label': 'Previous page' } })
  const next = el('button', { text: '▶', attrs: { type: 'button', 'aria-label': 'Next page' } })
  indexPanel.append(
    el('div', { class: 'filters' }, filter, el('label', {}, onlyIssues, ' only articles with issues or errors')),
    list, el('div', { class: 'pager' }, prev, status, next))

  let matching: number[] = rows.map((_, n) => n)
  let page = 0
  let current = -1

  const renderPage = () => {
    const pages = Math.max(1, Math.ceil(matching.length / PAGE))
    page = Math.min(page, pages - 1)
    list.replaceChildren(...matching.slice(page * PAGE, (page + 1) * PAGE).map((n) => {
      const r = rows[n]!
      const counts = KINDS.map((k, i) => [k, r.counts[i] ?? 0] as const).filter(([, c]) => c > 0)
      return el('li', {}, el('button', { attrs: { type: 'button', 'data-n': n, 'aria-current': n === current ? 'true' : null } },
        el('span', { class: 'r-title', text: rowLabel(r, n) }),
        el('span', { class: 'r-meta' }, `${n + 1}. ${r.published ?? 'no date'}${r.id && r.title ? ` · ${r.id}` : ''}`),
        r.error ? el('span', { class: 'r-meta r-err', text: `error: ${r.error.code}` }) : el('span', { class: 'r-meta' },
          ...counts.map(([k, c]) => el('span', { class: 'badge', attrs: { 'data-kind': k.key, title: k.label }, text: `${k.tag} ${c}` })),
          ...r.issues.map((code) => el('span', { class: 'badge issue', text: code })))))
    }))
    status.textContent = `page ${page + 1} of ${pages} (${matching.length} of ${rows.length})`
    prev.disabled = page === 0
    next.disabled = page >= pages - 1
  }
  const applyFilter = () => {
    const q = filter.value.trim().toLowerCase()
    const only = onlyIssues.checked
    matching = []
    for (let n = 0; n < rows.length; n++) {
      if (only && !rows[n]!.error && rows[n]!.issues.length === 0) continue
      if (q && !haystack[n]!.includes(q)) continue
      matching.push(n)
    }
    page = 0
    renderPage()
  }

  const show = (n: number) => {
    const entry = readBlock<ArticleEntry>(`vne-a-${n}`)
    if (!entry) return
    current = n
    const at = matching.indexOf(n)
    const go = (to: number | undefined, label: string) => {
      const b = el('button', { text: label, attrs: { type: 'button', disabled: to === undefined } })
      if (to !== undefined) b.addEventListener('click', () => show(to))
      return b
    }
    const nav = el('div', { class: 'nav' }, go(at > 0 ? matching[at - 1] : undefined, '◀ previous'),
      el('span', { text: `article ${n + 1} of ${rows.length}` }), go(at >= 0 && at + 1 < matching.length ? matching[at + 1] : undefined, 'next ▶'))
    showArticle(panels, entry, n, nav)
    articlePanel.scrollTop = 0
    for (const b of list.querySelectorAll('button[data-n]')) b.setAttribute('aria-current', String(Number((b as HTMLElement).dataset.n) === n))
  }

  filter.addEventListener('input', applyFilter)
  onlyIssues.addEventListener('change', applyFilter)
  prev.addEventListener('click', () => { page--; renderPage() })
  next.addEventListener('click', () => { page++; renderPage() })
  list.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest<HTMLElement>('button[data-n]') : null
    if (b) show(Number(b.dataset.n))
  })

  renderPage()
  if (rows.length > 0) show(0)
  else articlePanel.appendChild(el('p', { text: 'This report has no inputs.' }))
  // When the page became usable, for the tests and the README's measurement.
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()))
}

start()
