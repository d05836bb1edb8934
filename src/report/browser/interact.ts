/**
 * What a reader does with an article: hover or focus a highlight to see its item's fields (a
 * tooltip), click it or press Enter to select the item (every span of it is marked, its entry in the
 * side list too), or choose the item in the side list (its span is scrolled to, marked and focused).
 */
import type { ArticleRecord } from '../../records/article.ts'
import { itemFields, itemOf, partFields } from '../item-fields.ts'
import type { KindKey } from '../kinds.ts'
import { el } from './dom.ts'
import type { ArticleView } from './render-article.ts'

/** The one tooltip of the page. */
function tooltip(): HTMLElement {
  let tip = document.getElementById('vne-tip')
  if (!tip) {
    tip = el('div', { class: 'tip', attrs: { id: 'vne-tip', role: 'tooltip', hidden: true } })
    document.body.appendChild(tip)
  }
  return tip
}

/** Fills and places the tooltip for highlight `h`. */
function showTip(record: ArticleRecord, h: HTMLElement, input: (a: number, b: number) => string): void {
  const tip = tooltip()
  const kind = h.dataset.kind as KindKey
  const [, index] = (h.dataset.item ?? ':0').split(':')
  const i = Number(index)
  const part = h.dataset.part ?? 'main'
  const item = itemOf(record, kind, i)
  const start = Number(h.dataset.start ?? NaN)
  const end = Number(h.dataset.end ?? NaN)
  const spanText = Number.isFinite(start) ? input(start, end) : (typeof item?.text === 'string' ? item.text : '')
  const lines = [...(part === 'main' ? [] : partFields(record, kind, i, h.dataset.path ?? '')), ...itemFields(record, kind, i)]
  const where = Number.isFinite(start) ? `span ${start}–${end}` : `fragment ${h.dataset.frag ?? ''}`
  const also = h.dataset.also ? ` (also ${h.dataset.also})` : ''
  tip.replaceChildren(
    el('div', { class: 't-head', text: `${kind} #${i + 1} · ${part}${also} · ${where}` }),
    el('div', { class: 't-text', text: `“${spanText}”` }),
    el('dl', {}, ...lines.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
  )
  tip.hidden = false
  const r = h.getBoundingClientRect()
  const w = tip.offsetWidth
  const ht = tip.offsetHeight
  const left = Math.max(4, Math.min(r.left, window.innerWidth - w - 4))
  const top = r.bottom + 6 + ht < window.innerHeight ? r.bottom + 6 : Math.max(4, r.top - ht - 6)
  tip.style.left = `${left}px`
  tip.style.top = `${top}px`
  h.setAttribute('aria-describedby', 'vne-tip')
}

function hideTip(): void {
  const tip = document.getElementById('vne-tip')
  if (tip) tip.hidden = true
}

/** Marks every element of `item` (highlights, fragments, its side-list entry), scrolls to its main span and focuses it. */
export function selectItem(root: HTMLElement, view: ArticleView, item: string, focus = true): void {
  for (const e of root.querySelectorAll('.marked, .on')) e.classList.remove('marked', 'on')
  for (const e of root.querySelectorAll(`[data-item="${CSS.escape(item)}"]`)) {
    e.classList.add('marked')
    if (e.classList.contains('part')) e.classList.add('on')
  }
  const main = view.mainOf.get(item)
  if (main) {
    main.scrollIntoView({ block: 'center' })
    if (focus) main.focus({ preventScroll: true })
  }
  root.querySelector(`button[data-item="${CSS.escape(item)}"]`)?.scrollIntoView({ block: 'nearest' })
}

/** Wires hover, focus, click, Enter and the side list for one rendered article inside `root`. */
export function attachInteractions(root: HTMLElement, view: ArticleView, record: ArticleRecord, input: (a: number, b: number) => string): void {
  const target = (e: Event) => (e.target instanceof Element ? e.target.closest<HTMLElement>('mark.hl') : null)
  const show = (e: Event) => {
    const h = target(e)
    if (h && root.contains(h)) showTip(record, h, input)
  }
  view.article.addEventListener('mouseover', show)
  view.article.addEventListener('focusin', show)
  view.article.addEventListener('mouseout', hideTip)
  view.article.addEventListener('focusout', hideTip)
  view.article.addEventListener('click', (e) => {
    const h = target(e)
    if (h?.dataset.item) selectItem(root, view, h.dataset.item, false)
  })
  view.article.addEventListener('keydown', (e) => {
    const h = target(e)
    if (e.key === 'Escape') hideTip()
    if (h?.dataset.item && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault()
      selectItem(root, view, h.dataset.item)
      showTip(record, h, input)
    }
  })
  view.side.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest<HTMLElement>('button[data-item]') : null
    if (b?.dataset.item) selectItem(root, view, b.dataset.item)
  })
}
