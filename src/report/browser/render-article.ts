/**
 * Draws one article: its text with every highlight (the layout's tree, built in one pass over its
 * tokens), fragments of crossing spans and, below the text, each crossing span whole; and the side
 * list of its items by kind. Shared by the report and the playground.
 *
 * The contract the tests check: every element with `data-start` and `data-end` is a highlight whose
 * text content is exactly `input.slice(start, end)`, with `data-kind`, `data-item` and `data-part`;
 * fragments carry `data-frag` (`2/3`) and `data-frag-of` (`start-end` of the whole) instead. The
 * article element carries `data-id`.
 */
import type { ArticleEntry } from '../article-entry.ts'
import { collectHighlights, type Highlight } from '../highlights.ts'
import { itemSummary, itemOf } from '../item-fields.ts'
import { KINDS, KIND } from '../kinds.ts'
import { layoutHighlights, type Placed } from '../layout.ts'
import { markupRanges } from '../markup.ts'
import { el } from './dom.ts'

export interface ArticleView {
  /** `<article data-id>`: the text and the crossing spans. */
  article: HTMLElement
  /** The side list of items by kind. */
  side: HTMLElement
  /** Each item's main highlight drawn whole (in the text, or below it when it crosses another span). */
  mainOf: Map<string, HTMLElement>
  /** Highlights drawn in fragments. */
  crossing: Highlight[]
}

/** Characters of context shown on each side of a crossing span drawn whole. */
const CONTEXT = 40

/** Reads the kept input: the text of [a, b) when it lies in one kept part, by binary search. */
export function inputReader(parts: ArticleEntry['parts']): (a: number, b: number) => string {
  return (a, b) => {
    let lo = 0
    let hi = parts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (parts[mid]![0] <= a) lo = mid
      else hi = mid - 1
    }
    const p = parts[lo]
    if (!p || p[0] > a) return ''
    return p[1].slice(a - p[0], Math.max(a, b) - p[0])
  }
}

/** A highlight element (whole when `p` is null or a single piece). */
function mark(h: Highlight, p: Placed | null, focusable: boolean): HTMLElement {
  const whole = !p || p.pieces === 1
  const isPart = h.part !== 'main' && h.part !== 'mention'
  return el('mark', {
    class: `hl${isPart ? ' part' : ''}${whole ? '' : ' frag'}`,
    attrs: {
      'data-kind': h.kind, 'data-item': h.item, 'data-part': h.part, 'data-also': h.also.length ? h.also.join(' ') : null,
      'data-path': h.path || null,
      'data-start': whole ? h.start : null, 'data-end': whole ? h.end : null,
      'data-frag': whole ? null : `${p!.piece + 1}/${p!.pieces}`,
      'data-frag-of': whole ? null : `${h.start}-${h.end}`,
      tabindex: whole && h.part === 'main' ? (focusable ? 0 : -1) : null,
    },
  })
}

/** Renders the article of `entry`; `n` is its place in the batch. */
export function renderArticle(entry: ArticleEntry, n: number): ArticleView {
  const record = entry.record!
  const highlights = collectHighlights(record)
  const { tokens, crossing } = layoutHighlights(highlights, entry.length)
  const read = inputReader(entry.parts)
  const cut = record.issues.find((i) => i.code === 'input_truncated')?.span?.end ?? entry.length
  const markup: Array<[number, number]> = record.stats.html
    ? entry.parts.flatMap(([off, text]) => markupRanges(text).map(([s, e]): [number, number] => [s + off, e + off]))
    : []
  const mainOf = new Map<string, HTMLElement>()
  const text = el('div', { class: 'vne-text' })

  // Text of [a, b): kept parts as text nodes (markup dimmed), gaps as labelled folds. Pointers only move forward.
  let pi = 0
  let mi = 0
  const plain = (parent: Node, a: number, b: number) => {
    while (a < b) {
      while (mi < markup.length && markup[mi]![1] <= a) mi++
      const m = markup[mi]
      if (m && m[0] < b) {
        if (m[0] > a) parent.appendChild(document.createTextNode(read(a, m[0])))
        const end = Math.min(b, m[1])
        parent.appendChild(el('span', { class: 'markup', text: read(Math.max(a, m[0]), end) }))
        a = end
      } else {
        parent.appendChild(document.createTextNode(read(a, b)))
        a = b
      }
    }
  }
  const emit = (parent: Node, a: number, b: number) => {
    while (a < b) {
      while (pi < entry.parts.length && entry.parts[pi]![0] + entry.parts[pi]![1].length <= a) pi++
      const part = entry.parts[pi]
      if (!part || part[0] > a) {
        const end = Math.min(b, part ? part[0] : entry.length)
        const label = a >= cut
          ? `⋯ ${end - a} characters not read (the input was cut at ${cut})`
          : `⋯ ${end - a} characters of the page outside the article body (offsets ${a}–${end}), not included in this report`
        parent.appendChild(el('span', { class: 'gap', attrs: { 'data-gap-start': a, 'data-gap-end': end, 'data-label': label } }))
        a = end
      } else {
        const end = Math.min(b, part[0] + part[1].length)
        plain(parent, a, end)
        a = end
      }
    }
  }

  // One pass over the tokens; each element learns its height (nesting below it) for its underline's depth.
  const stack: Array<{ e: Node; height: number }> = [{ e: text, height: -1 }]
  for (const t of tokens) {
    const top = stack[stack.length - 1]!
    if (t.t === 'text') emit(top.e, t.start, t.end)
    else if (t.t === 'open') {
      const m = mark(t.p.h, t.p, true)
      if (t.p.pieces === 1 && t.p.h.part === 'main') mainOf.set(t.p.h.item, m)
      top.e.appendChild(m)
      stack.push({ e: m, height: -1 })
    } else {
      const done = stack.pop()!
      const h = Math.min(4, done.height + 1)
      if (h > 0) (done.e as HTMLElement).classList.add(`h${h}`)
      const parent = stack[stack.length - 1]!
      parent.height = Math.max(parent.height, h)
    }
  }

  const article = el('article', { class: 'vne-doc', attrs: { 'data-id': record.id ?? '', 'data-n': n } }, text)
  if (crossing.length > 0) {
    const list = el('div', { class: 'vne-crossing' }, el('h3', { text: `Spans that cross another span (${crossing.length}): hatched in the text, whole here` }))
    for (const h of crossing) {
      const whole = mark(h, null, true)
      whole.textContent = read(h.start, h.end)
      if (h.part === 'main') mainOf.set(h.item, whole)
      const from = Math.max(0, h.start - CONTEXT)
      const to = h.end + CONTEXT
      list.appendChild(el('div', { class: 'crossing-item', attrs: { 'data-kind': h.kind } },
        el('span', { class: 'ctx', text: `…${read(from, h.start)}` }), whole, el('span', { class: 'ctx', text: `${read(h.end, to)}…` })))
    }
    article.appendChild(list)
  }
  return { article, side: sideList(entry, highlights), mainOf, crossing }
}

/** The article's items by kind, in record order: a button each (its text and a summary). */
function sideList(entry: ArticleEntry, highlights: readonly Highlight[]): HTMLElement {
  const record = entry.record!
  const side = el('nav', { class: 'vne-items', attrs: { 'aria-label': 'Items of this article' } })
  const items = new Map<string, Highlight>()
  for (const h of highlights) if (h.part === 'main') items.set(h.item, h)
  for (const kind of KINDS) {
    const mine = [...items.values()].filter((h) => h.kind === kind.key)
    if (mine.length === 0) continue
    const list = el('ol')
    for (const h of mine) {
      const item = itemOf(record, h.kind, h.index)
      const text = typeof item?.text === 'string' ? item.text : ''
      const summary = itemSummary(record, h.kind, h.index)
      list.appendChild(el('li', {}, el('button', { attrs: { type: 'button', 'data-item': h.item, 'data-kind': h.kind } },
        el('span', { class: 's-n', text: `${h.index + 1}.` }), el('span', { class: 's-text', text }), summary ? el('span', { class: 's-sum', text: summary }) : null)))
    }
    side.appendChild(el('section', { class: 'side-kind', attrs: { 'data-kind': kind.key } }, el('h3', { text: `${KIND[kind.key].label} (${mine.length})` }), list))
  }
  if (items.size === 0) side.appendChild(el('p', { text: 'No items were extracted from this article.' }))
  return side
}
