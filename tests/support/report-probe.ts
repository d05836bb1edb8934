/**
 * Checks one article shown in the report (or the playground) against its record and input, in the
 * terms of the report's contract: every element with `data-start`/`data-end` shows exactly
 * `input.slice(start, end)`; every span of the record, found by walking the record (not by the
 * report's own code), has such an element for its item; the article carries `data-id`; and the text
 * shown is the input, in order, with only labelled gaps left out.
 */
import type { Page } from 'playwright-core'
import type { ArticleRecord } from '../../src/records/article.ts'

/** Record fields that hold items with spans, and the kind the report gives them. */
const FIELD_KIND: Record<string, string> = {
  documents: 'document', dates: 'date', counts: 'count', amounts: 'amount', people: 'person', bodies: 'body', meetings: 'meeting',
  publication: 'publication', title: 'title', byline: 'byline', captions: 'caption', photoCredits: 'credit',
}
/** Record fields whose spans are not items: the truncation point, the page reader's body ranges. */
const NOT_ITEMS = new Set(['issues', 'page'])

export interface SpannedThing {
  item: string
  path: string
  start: number
  end: number
  text: string | null
}

const isSpan = (v: unknown): v is { start: number; end: number } =>
  typeof v === 'object' && v !== null && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { end?: unknown }).end === 'number'

/** Every span in the record, wherever it is (`span`, `dateSpan`, `valueSpan`…), with the item it belongs to. */
export function spannedThings(record: ArticleRecord): { things: SpannedThing[]; unknown: string[] } {
  const things: SpannedThing[] = []
  const unknown: string[] = []
  const walk = (v: unknown, path: string[], top: string, index: number) => {
    if (Array.isArray(v)) return v.forEach((x, k) => walk(x, [...path, String(k)], top, index))
    if (typeof v !== 'object' || v === null) return
    for (const [key, x] of Object.entries(v as Record<string, unknown>)) {
      if ((key === 'span' || key.endsWith('Span')) && isSpan(x)) {
        const kind = FIELD_KIND[top]
        if (!kind) unknown.push([...path, key].join('.'))
        else things.push({ item: `${kind}:${index}`, path: [...path, key].join('.'), start: x.start, end: x.end, text: key === 'span' && typeof (v as { text?: unknown }).text === 'string' ? (v as { text: string }).text : null })
      } else walk(x, [...path, key], top, index)
    }
  }
  for (const [top, value] of Object.entries(record)) {
    if (NOT_ITEMS.has(top)) continue
    if (Array.isArray(value)) value.forEach((x, i) => walk(x, [top, String(i)], top, i))
    else walk(value, [top], top, 0)
  }
  return { things, unknown }
}

/** The little of the DOM the probes use (the project's type-check has no DOM library). */
interface DomNode {
  nodeType: number
  nodeValue: string | null
  childNodes: { forEach(f: (n: DomNode) => void): void }
  classList?: { contains(c: string): boolean }
  dataset?: Record<string, string | undefined>
}

interface Shown {
  item: string | undefined
  kind: string | undefined
  part: string | undefined
  start: number
  end: number
  text: string
}

/** Problems with the article on the page (empty when it keeps the contract). */
export async function checkShownArticle(page: Page, record: ArticleRecord, input: string): Promise<string[]> {
  const problems: string[] = []
  const article = page.locator('article.vne-doc')
  const id = await article.getAttribute('data-id')
  if (id !== (record.id ?? '')) problems.push(`data-id ${JSON.stringify(id)} is not the record's id ${JSON.stringify(record.id)}`)
  const shown: Shown[] = await article.locator('[data-start][data-end]').evaluateAll((els) => els.map((e) => ({
    item: e.dataset.item, kind: e.dataset.kind, part: e.dataset.part, start: Number(e.dataset.start), end: Number(e.dataset.end), text: e.textContent,
  })))
  const byPlace = new Map<string, Shown[]>()
  for (const s of shown) {
    if (s.text !== input.slice(s.start, s.end)) problems.push(`${s.item} ${s.part} ${s.start}-${s.end}: shows ${JSON.stringify(s.text)}, the input has ${JSON.stringify(input.slice(s.start, s.end))}`)
    if (!s.kind || !s.item?.startsWith(`${s.kind}:`) || !s.part) problems.push(`${s.start}-${s.end}: data-kind/data-item/data-part missing or inconsistent`)
    const key = `${s.item}@${s.start}:${s.end}`
    byPlace.set(key, [...(byPlace.get(key) ?? []), s])
  }
  const { things, unknown } = spannedThings(record)
  for (const u of unknown) problems.push(`a span the report does not know how to show: ${u}`)
  for (const t of things) {
    if (t.text !== null && input.slice(t.start, t.end) !== t.text) problems.push(`record: ${t.path} text is not input.slice(span)`)
    if (!byPlace.has(`${t.item}@${t.start}:${t.end}`)) problems.push(`no highlight for ${t.path} (${t.item} ${t.start}-${t.end} ${JSON.stringify(input.slice(t.start, t.end))})`)
  }

  // The text shown is the input: text runs in order, and labelled gaps with their offsets.
  const segments: Array<{ text?: string; gap?: [number, number] }> = await page.locator('article.vne-doc .vne-text').evaluate((root) => {
    const out: Array<{ text?: string; gap?: [number, number] }> = []
    const visit = (n: DomNode) => {
      if (n.nodeType === 3) out.push({ text: n.nodeValue ?? '' })
      else if (n.classList?.contains('gap')) out.push({ gap: [Number(n.dataset?.gapStart), Number(n.dataset?.gapEnd)] })
      else n.childNodes.forEach(visit)
    }
    visit(root as unknown as DomNode)
    return out
  })
  let pos = 0
  for (const s of segments) {
    if (s.gap) {
      if (s.gap[0] !== pos) problems.push(`a gap starts at ${s.gap[0]}, the text shown so far ends at ${pos}`)
      pos = s.gap[1]
    } else if (s.text !== undefined) {
      if (input.slice(pos, pos + s.text.length) !== s.text) {
        problems.push(`the text shown at ${pos} is not the input's`)
        break
      }
      pos += s.text.length
    }
  }
  if (pos !== input.length) problems.push(`the text shown ends at ${pos}, the input at ${input.length}`)
  return problems
}
