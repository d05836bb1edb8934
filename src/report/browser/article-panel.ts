/**
 * One article in the page: a heading with what the record says about the article (id, source,
 * publication, province, issues), the highlighted text, the record as JSON (drawn when opened), and
 * the side list; or, for an input that gave no record, its error.
 */
import type { ArticleEntry } from '../article-entry.ts'
import { el } from './dom.ts'
import { attachInteractions } from './interact.ts'
import { inputReader, renderArticle, type ArticleView } from './render-article.ts'

export interface Panels {
  /** The page's root (toggles set classes on it). */
  root: HTMLElement
  article: HTMLElement
  side: HTMLElement
}

/** Replaces the panels' content with article `n` of the batch; `nav` goes above it (previous / next). */
export function showArticle(panels: Panels, entry: ArticleEntry, n: number, nav: Node | null = null): ArticleView | null {
  panels.article.replaceChildren()
  panels.side.replaceChildren()
  if (nav) panels.article.appendChild(nav)
  if (!entry.record) {
    const e = entry.error
    panels.article.appendChild(el('article', { class: 'vne-doc', attrs: { 'data-id': e?.id ?? '', 'data-n': n } },
      el('h2', { text: e?.id ?? e?.source ?? `input ${n + 1}` }),
      el('div', { class: 'error-box', attrs: { role: 'alert' } },
        el('strong', { text: `No record: ${e?.error.code ?? 'unknown error'}` }), el('br'), e?.error.message ?? '',
        e?.source ? el('div', { class: 'meta', text: `source: ${e.source}` }) : null)))
    panels.side.appendChild(el('p', { text: 'This input gave an error line, not a record.' }))
    return null
  }
  const record = entry.record
  const view = renderArticle(entry, n)
  const meta = [
    record.id !== null ? `id ${record.id}` : null,
    record.source !== null && record.source !== record.id ? `source ${record.source}` : null,
    record.published ? `published ${record.published} (${record.publishedFrom})` : 'no publication date',
    record.province ? `province ${record.province.name}${record.province.province2025 && record.province.province2025 !== record.province.name ? ` (2025: ${record.province.province2025})` : ''}` : null,
    `${entry.length} characters${record.stats.html ? ', HTML' : ''}`,
  ].filter((x): x is string => x !== null)
  const head = el('header', {},
    el('h2', { text: record.title?.text ?? '(no title found)' }),
    el('p', { class: 'meta', text: meta.join(' · ') }),
    record.issues.length ? el('ul', { class: 'issues' }, ...record.issues.map((i) => el('li', { class: 'issue', text: `${i.code} (${i.severity}): ${i.message}` }))) : null)
  const json = el('details', { class: 'json' }, el('summary', { text: 'Record (JSON)' }))
  json.addEventListener('toggle', () => {
    if (json.open && !json.querySelector('pre')) json.appendChild(el('pre', { text: JSON.stringify(record, null, 2) }))
  })
  view.article.insertBefore(head, view.article.firstChild)
  view.article.appendChild(json)
  panels.article.appendChild(view.article)
  panels.side.appendChild(el('h3', { text: 'Items' }))
  panels.side.appendChild(view.side)
  attachInteractions(panels.root, view, record, inputReader(entry.parts))
  return view
}
