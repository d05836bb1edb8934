/**
 * The page's own metadata: title (site name removed, with a span into the html), publication
 * date-time, author and site name, from meta tags, JSON-LD and a few elements the source scan
 * collected.
 */
import { normalizePublished } from '../parse/published.ts'
import type { Range, SourceAttribute, SourceTree } from './source-tree.ts'

export interface PageTitle { text: string; span: Range | null }

export interface PageMetadata {
  title: PageTitle | null
  published: string | null
  author: string | null
  siteName: string | null
}

interface Meta { key: string; content: string; raw: Range | null }

function metas(tree: SourceTree): Meta[] {
  const out: Meta[] = []
  for (const m of tree.metas) {
    const key = m.attrs.find((a) => a.name === 'property' || a.name === 'name' || a.name === 'itemprop')
    const content = m.attrs.find((a) => a.name === 'content')
    if (key && content) out.push({ key: key.value.trim().toLowerCase(), content: content.value, raw: content.raw })
  }
  return out
}

const firstMeta = (list: Meta[], ...keys: string[]): Meta | undefined => {
  for (const k of keys) {
    const m = list.find((x) => x.key === k && x.content.trim())
    if (m) return m
  }
  return undefined
}

// ---------------------------------------------------------------- JSON-LD

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type JsonObject = { [k: string]: Json }
const MAX_JSON_NODES = 5000
const ARTICLE_TYPE = /Article|Posting|Report/

function jsonObjects(html: string, tree: SourceTree): JsonObject[] {
  const out: JsonObject[] = []
  for (const r of tree.jsonLd) {
    let text = html.slice(r.start, r.end).trim()
    if (text.startsWith('<!--')) text = text.slice(4)
    if (text.endsWith('-->')) text = text.slice(0, -3)
    let value: Json
    try { value = JSON.parse(text) as Json } catch { continue }
    // Breadth-first over arrays and @graph, bounded.
    const queue: Json[] = [value]
    for (let i = 0; i < queue.length && i < MAX_JSON_NODES; i++) {
      const v = queue[i]
      if (Array.isArray(v)) queue.push(...v)
      else if (v && typeof v === 'object') {
        out.push(v)
        if (Array.isArray(v['@graph'])) queue.push(...v['@graph'])
      }
    }
  }
  return out
}

const typeOf = (o: JsonObject): string => {
  const t = o['@type']
  return Array.isArray(t) ? t.filter((x) => typeof x === 'string').join(' ') : typeof t === 'string' ? t : ''
}

/** The first string value of `field`, articles first, then any object that has it. */
function jsonField(objects: JsonObject[], field: string): Json | undefined {
  const articles = objects.filter((o) => ARTICLE_TYPE.test(typeOf(o)))
  for (const o of [...articles, ...objects]) if (o[field] !== undefined && o[field] !== null) return o[field]
  return undefined
}

function jsonNames(value: Json | undefined, objects: JsonObject[]): string[] {
  const out: string[] = []
  const visit = (v: Json | undefined, depth: number) => {
    if (depth > 3 || v === undefined || v === null) return
    if (typeof v === 'string') { if (v.trim()) out.push(v.trim()); return }
    if (Array.isArray(v)) { for (const x of v.slice(0, 20)) visit(x, depth + 1); return }
    if (typeof v === 'object') {
      if (typeof v.name === 'string') visit(v.name, depth + 1)
      else if (typeof v['@id'] === 'string') {
        const ref = objects.find((o) => o !== v && o['@id'] === v['@id'] && typeof o.name === 'string')
        if (ref) visit(ref.name, depth + 1)
      }
    }
  }
  visit(value, 0)
  return out
}

// ---------------------------------------------------------------- title

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ']
/**
 * A site's own name: "Báo Quảng Bình", "Báo điện tử …", "Tạp chí Xây dựng Đảng", "Cổng TTĐT …",
 * "Trang tin điện tử …", "Đài Phát thanh và Truyền hình …" (not "Báo cáo …", not "Đài Loan …").
 */
const SITE_WORDS = /^(?:Báo\s+(?:\p{Lu}|điện tử)|Tạp chí\s|Cổng\s+(?:\p{Lu}|thông tin)|Trang\s+(?:tin|thông tin|TTĐT|điện tử)|Đài\s+(?:Phát thanh|PT|Truyền hình|TH|Tiếng nói)|Truyền hình\s+\p{Lu}|Thông tấn xã\s)/u
const SITE_MAX_WORDS = 8
const DOMAIN = /\.(?:vn|com|net|org|info)(?:\/|$)/i
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
const fold = (s: string) => squash(s).normalize('NFC').toLowerCase()

function isSiteName(segment: string, separator: string, siteName: string | null): boolean {
  const s = fold(segment)
  if (!s) return false
  if (siteName) {
    const n = fold(siteName)
    // The segment is the name, holds it ("Báo X điện tử" for "Báo X"), or is most of it ("Báo X" for "Báo X điện tử").
    if (n && (s === n || (n.length >= 3 && s.includes(n)) || (n.includes(s) && s.length * 2 >= n.length))) return true
  }
  if ((SITE_WORDS.test(squash(segment)) && s.split(' ').length <= SITE_MAX_WORDS) || DOMAIN.test(s)) return true
  // " | " rarely sits inside a Vietnamese headline: a short last part after it is the site.
  return separator === ' | ' && s.split(' ').length <= 6
}

/** The title without the site's name at its end (or start), and the name that was removed. */
export function removeSiteName(title: string, siteName: string | null): { text: string; site: string | null } {
  let text = squash(title)
  let site: string | null = null
  let best = -1
  let sep = ''
  for (const s of SEPARATORS) {
    const i = text.lastIndexOf(s)
    if (i > best) { best = i; sep = s }
  }
  if (best > 0) {
    const head = text.slice(0, best).trim()
    const tail = text.slice(best + sep.length).trim()
    if (head.split(' ').length >= 2 && isSiteName(tail, sep, siteName)) { text = head; site = tail }
  }
  if (site === null) {
    let first = -1
    for (const s of SEPARATORS) {
      const i = text.indexOf(s)
      if (i > 0 && (first < 0 || i < first)) { first = i; sep = s }
    }
    if (first > 0) {
      const head = text.slice(0, first).trim()
      const rest = text.slice(first + sep.length).trim()
      if (rest.split(' ').length >= 2 && sep !== ' | ' && isSiteName(head, sep, siteName)) { text = rest; site = head }
      else if (rest.split(' ').length >= 2 && sep === ' | ' && siteName && isSiteName(head, ' - ', siteName)) { text = rest; site = head }
    }
  }
  return { text, site }
}

interface TitleSource { text: string; region: Range | null }

// ---------------------------------------------------------------- dates

function elementText(c: { text: string }): string {
  return squash(c.text)
}

const attr = (attrs: SourceAttribute[], name: string) => attrs.find((a) => a.name === name)

export function readMetadata(html: string, tree: SourceTree, inContent: (offset: number) => boolean): PageMetadata {
  const list = metas(tree)
  let objects: JsonObject[] = []
  try { objects = jsonObjects(html, tree) } catch { objects = [] }

  // Site name.
  const publisher = jsonField(objects, 'publisher')
  let siteName: string | null = firstMeta(list, 'og:site_name')?.content.trim()
    || jsonNames(publisher, objects)[0]
    || firstMeta(list, 'application-name')?.content.trim()
    || null

  // Title candidates, in order of preference; each with the raw region of the html it came from.
  const sources: TitleSource[] = []
  for (const key of ['og:title', 'twitter:title']) {
    const m = firstMeta(list, key)
    if (m) sources.push({ text: m.content, region: m.raw })
  }
  const headline = jsonField(objects, 'headline')
  if (typeof headline === 'string' && headline.trim()) {
    // The JSON text is raw in the script; its span is found only when written without escapes.
    const script = tree.jsonLd.find((r) => html.slice(r.start, r.end).includes(headline)) ?? null
    sources.push({ text: headline, region: script })
  }
  const region = (k: number): Range | null => (tree.end[k]! >= 0 ? { start: tree.openEnd[k]!, end: tree.closeStart[k]! } : null)
  const h1s = tree.collected.filter((c) => c.tag === 'h1' && elementText(c))
  // The article's h1: one inside the content if any, else the longest (a logo h1 is short).
  const h1 = h1s.find((c) => inContent(tree.start[c.index]!))
    ?? [...h1s].sort((a, b) => elementText(b).length - elementText(a).length)[0]
  const titleEl = tree.collected.find((c) => c.tag === 'title')
  if (titleEl && !siteName) {
    // The <title> may name the site when no meta does.
    const { site } = removeSiteName(titleEl.text, null)
    if (site) siteName = site
  }
  if (h1) {
    const t = elementText(h1)
    if (!siteName || fold(siteName) !== fold(t)) sources.push({ text: h1.text, region: region(h1.index) })
  }
  if (titleEl && elementText(titleEl)) sources.push({ text: titleEl.text, region: region(titleEl.index) })

  let title: PageTitle | null = null
  // A source that is only the site's name (some sites put it in og:title on every page) is skipped.
  const clean = (s: TitleSource) => removeSiteName(s.text, siteName).text
  const chosen = sources.find((s) => {
    const text = clean(s)
    return text && !(siteName && fold(text) === fold(siteName))
  })
  if (chosen) {
    const text = clean(chosen)
    if (text) {
      let span: Range | null = null
      for (const s of sources) {
        if (!s.region) continue
        const i = html.slice(s.region.start, s.region.end).indexOf(text)
        if (i >= 0) { span = { start: s.region.start + i, end: s.region.start + i + text.length }; break }
      }
      title = { text, span }
    }
  }

  // Publication date.
  let published: string | null = null
  const tryDate = (v: unknown) => {
    if (published === null && typeof v === 'string' && v.trim()) published = normalizePublished(v.trim())
  }
  tryDate(firstMeta(list, 'article:published_time', 'og:article:published_time')?.content)
  if (published === null) tryDate(jsonField(objects, 'datePublished'))
  const times = tree.collected.filter((c) => c.tag === 'time' && attr(c.attrs, 'datetime'))
  const dated = (c: (typeof times)[number]) => attr(c.attrs, 'itemprop')?.value === 'datePublished' || attr(c.attrs, 'pubdate') !== undefined
  // <time datetime> of the article (marked as the publication date, or inside the content) first;
  // a <time> elsewhere on the page (a header clock) only after itemprop=datePublished.
  for (const c of times) if (dated(c) || inContent(tree.start[c.index]!)) tryDate(attr(c.attrs, 'datetime')?.value)
  if (published === null) {
    tryDate(firstMeta(list, 'datepublished')?.content)
    for (const c of tree.collected) {
      if (attr(c.attrs, 'itemprop')?.value !== 'datePublished') continue
      tryDate(attr(c.attrs, 'datetime')?.value ?? attr(c.attrs, 'content')?.value ?? squash(c.text))
    }
  }
  for (const c of times) tryDate(attr(c.attrs, 'datetime')?.value)

  // Author, as written.
  let author: string | null = firstMeta(list, 'author')?.content.trim()
    || firstMeta(list, 'article:author')?.content.trim()
    || null
  if (!author) {
    const names = jsonNames(jsonField(objects, 'author'), objects)
    if (names.length) author = names.join(', ')
  }

  return { title, published, author, siteName }
}
