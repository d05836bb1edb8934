/**
 * Which parts of the ORIGINAL html are the article body, as decided by @mozilla/readability.
 *
 * How the offsets are kept. linkedom records no source positions, so the html is read twice:
 * source-tree.ts runs htmlparser2 over the original string and records, for element k in open-tag
 * order, its start tag '<' and the end of its end tag; linkedom parses the same string (with the same
 * htmlparser2, same options) into the document Readability needs. Both see the same open-tag events,
 * so element k of `document.all` (document order = creation order in linkedom) is element k of the
 * scan; the tag names are compared one by one and any disagreement gives up (no ranges rather than
 * wrong ones). Each element is then tagged `data-vne-i="k"`. Readability copies attributes when it
 * renames an element (DIV→P, `_setNodeTag`) and re-parses the body from its own serialisation when it
 * retries (`innerHTML`), and it strips only `class` and presentational attributes, so the index
 * survives on every element it keeps. Its result is asked for as a DOM node (`serializer: el => el`)
 * and the surviving indices are read off it.
 *
 * Measured alternative: building the linkedom document by hand from the one htmlparser2 pass
 * (createElement / appendChild / setAttribute) saves the second parse, but the second parse is the
 * cheap part (35 ms of 275 ms on a 670 KB page with 9 000 elements; linkedom building its tree is
 * the rest, and the hand-built tree cost the same, 280 ms). Parsing twice keeps linkedom's tree
 * exactly what linkedom builds (svg namespaces, CDATA, doctype) and avoids linkedom's public
 * setAttribute, which looks names up linearly.
 *
 * From kept elements to ranges. An element Readability kept may still have lost descendants (a
 * share bar, a "383 lượt xem" line, an inline "Tin liên quan" box, a script). A kept element whose
 * kept-ness covers every descendant with text gives its whole source range; otherwise its range is
 * cut around each such descendant (which is itself searched for kept parts). Elements with no text
 * (img, br, empty divs) never cut. Pieces holding only tags and whitespace are dropped, and pieces
 * separated only by whitespace are joined.
 *
 * Before Readability runs, elements that are page furniture by the conventions of Vietnamese news
 * sites are removed from the linkedom document (never from the html): view counters
 * ("383 lượt xem", "Lượt xem: 383"), share / print / font-size bars, "Tin liên quan", "Tin cùng
 * chuyên mục", "Các tin khác", "Bình luận" boxes, breadcrumbs. See furniture.ts.
 */
import { Readability } from '@mozilla/readability'
import { DOMParser } from 'linkedom'
import { descendants, removeFurniture, type DomElement, type DomNode } from './furniture.ts'
import type { Range, SourceTree } from './source-tree.ts'

const INDEX_ATTRIBUTE = 'data-vne-i'

interface DomDocument {
  readonly all: ArrayLike<DomElement>
  readonly body: DomElement | null
  readonly documentElement: DomElement | null
}

/** Indices (into the source tree) of the elements Readability kept, or null when it found no article. */
export function readabilityKept(html: string, tree: SourceTree): Set<number> | null {
  if (!tree.tag.includes('body')) return null // a fragment: linkedom would invent head and body inside it
  const doc = new DOMParser().parseFromString(withoutRawText(html, tree), 'text/html') as unknown as DomDocument
  const all = doc.all
  if (all.length !== tree.tag.length) return null
  for (let k = 0; k < all.length; k++) {
    const el = all[k]!
    if (el.localName !== tree.tag[k]) return null
    el.setAttribute(INDEX_ATTRIBUTE, String(k))
  }
  if (!doc.documentElement || !doc.body) return null
  removeFurniture(doc.body)
  phrasingDivsToParagraphs(doc.body)
  const reader = new Readability<DomElement>(doc as never, {
    keepClasses: true,
    disableJSONLD: true,
    serializer: (node) => node as unknown as DomElement,
  })
  const article = reader.parse()
  const root = article?.content
  if (!root || typeof root.getAttribute !== 'function') return null
  const kept = new Set<number>()
  const mark = (el: DomElement) => {
    const v = el.getAttribute(INDEX_ATTRIBUTE)
    if (v === null) return
    const k = Number(v)
    if (Number.isInteger(k) && k >= 0 && k < tree.tag.length) kept.add(k)
  }
  mark(root)
  for (const el of descendants(root)) mark(el)
  return kept.size ? kept : null
}

const RAW_TEXT = new Set(['script', 'style'])

/**
 * The html with the bodies of <script> and <style> left out (Readability removes both; the JSON-LD
 * is read by metadata.ts from the original). Their content is raw text to the parser, so leaving it
 * out changes no element and no element order, and linkedom does not tokenise a 500 KB inline
 * state object.
 */
function withoutRawText(html: string, tree: SourceTree): string {
  const parts: string[] = []
  let at = 0
  for (let k = 0; k < tree.tag.length; k++) {
    if (!RAW_TEXT.has(tree.tag[k]!)) continue
    const from = tree.openEnd[k]!
    const to = tree.closeStart[k]!
    if (to - from < 256 || from < at) continue
    parts.push(html.slice(at, from))
    at = to
  }
  if (!parts.length) return html
  parts.push(html.slice(at))
  return parts.join('')
}

/** Readability's PHRASING_ELEMS (0.6.0). */
const PHRASING = new Set([
  'ABBR', 'AUDIO', 'B', 'BDO', 'BR', 'BUTTON', 'CITE', 'CODE', 'DATA', 'DATALIST', 'DFN', 'EM', 'EMBED', 'I', 'IMG',
  'INPUT', 'KBD', 'LABEL', 'MARK', 'MATH', 'METER', 'NOSCRIPT', 'OBJECT', 'OUTPUT', 'PROGRESS', 'Q', 'RUBY', 'SAMP',
  'SCRIPT', 'SELECT', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TEXTAREA', 'TIME', 'VAR', 'WBR',
])
const TEXT_NODE = 3
const COMMENT_NODE = 8

function isPhrasing(node: DomNode, depth = 0): boolean {
  if (node.nodeType === TEXT_NODE || node.nodeType === COMMENT_NODE) return true
  if (node.nodeType !== 1) return false
  const el = node as DomElement
  if (PHRASING.has(el.tagName)) return true
  if ((el.tagName === 'A' || el.tagName === 'DEL' || el.tagName === 'INS') && depth < 32) {
    const kids = el.childNodes
    for (let i = 0; i < kids.length; i++) if (!isPhrasing(kids[i]!, depth + 1)) return false
    return true
  }
  return false
}

/**
 * A DIV holding only text and inline elements is turned into a P by Readability by wrapping its
 * content in a NEW <p> and putting that p in the div's place, which loses the div's data-vne-i (a
 * sapo `<div class="sapo">…</div>` would vanish from the ranges). Doing the same replacement first,
 * keeping the attributes (as Readability's own _setNodeTag does), keeps the index. Same condition
 * as Readability's: some text, only phrasing content, link density under 0.25.
 */
function phrasingDivsToParagraphs(body: DomElement): void {
  for (const div of descendants(body)) {
    if (div.tagName !== 'DIV') continue
    const kids = div.childNodes
    let text = false
    let phrasing = true
    for (let i = 0; i < kids.length && phrasing; i++) {
      const node = kids[i]!
      if (!isPhrasing(node)) phrasing = false
      else if (node.nodeType === TEXT_NODE && /\S/.test(node.textContent ?? '')) text = true
    }
    if (!phrasing) continue
    const all = (div.textContent ?? '').trim().length
    if (!all || (!text && !kids.length)) continue
    let links = 0
    const anchors = div.getElementsByTagName('a')
    for (let i = 0; i < anchors.length; i++) links += (anchors[i]!.textContent ?? '').trim().length
    if (links / all >= 0.25) continue
    const p = div.ownerDocument.createElement('p')
    const attributes = Array.from(div.attributes)
    for (const a of attributes) p.setAttribute(a.name, a.value)
    while (div.firstChild) p.appendChild(div.firstChild)
    div.replaceWith(p)
  }
}

const ONLY_TAGS_AND_SPACE = /^(?:\s|<[^<>]*>)*$/
const ONLY_SPACE = /^\s*$/

/** The source ranges of the kept elements, cut around descendants with text that were not kept. */
export function keptRanges(html: string, tree: SourceTree, kept: Set<number>): Range[] {
  const n = tree.tag.length
  // Bottom-up (children have larger indices than their parent): whole[k] = k and every descendant
  // with text was kept; anyKept[k] = something in k's subtree was kept.
  const whole = new Array<boolean>(n).fill(false)
  const anyKept = new Array<boolean>(n).fill(false)
  const broken = new Array<boolean>(n).fill(false)
  for (let k = n - 1; k >= 0; k--) {
    const isKept = kept.has(k)
    whole[k] = isKept && !broken[k]
    if (isKept) anyKept[k] = true
    const p = tree.parent[k]!
    if (p < 0) continue
    if (!whole[k] && tree.hasText[k]) broken[p] = true
    if (anyKept[k]) anyKept[p] = true
  }
  const out: Range[] = []
  const push = (start: number, end: number) => {
    if (end > start) out.push({ start, end })
  }
  // Iterative pre-order walk: frames are [element, next child position, cursor].
  const roots: number[] = []
  for (let k = 0; k < n; k++) if (tree.parent[k] === -1 && anyKept[k]) roots.push(k)
  const stack: Array<{ k: number; i: number; cursor: number }> = []
  const enter = (k: number) => {
    if (tree.end[k]! < 0) return
    if (whole[k]) push(tree.start[k]!, tree.end[k]!)
    else if (anyKept[k]) stack.push({ k, i: 0, cursor: tree.start[k]! })
  }
  for (const r of roots) {
    enter(r)
    while (stack.length) {
      const f = stack[stack.length - 1]!
      const kids = tree.children.get(f.k) ?? []
      const isKept = kept.has(f.k)
      if (f.i >= kids.length) {
        if (isKept) push(f.cursor, tree.end[f.k]!)
        stack.pop()
        continue
      }
      const c = kids[f.i++]!
      if (isKept) {
        if (whole[c] || !tree.hasText[c]) continue
        push(f.cursor, tree.start[c]!)
        f.cursor = Math.max(f.cursor, tree.end[c]!)
        enter(c)
      } else if (anyKept[c]) {
        enter(c)
      }
    }
  }
  // Sort (pre-order already is), drop pieces without text, join pieces with only whitespace between.
  out.sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Range[] = []
  for (const r of out) {
    if (ONLY_TAGS_AND_SPACE.test(html.slice(r.start, r.end))) continue
    const last = merged[merged.length - 1]
    if (last && (r.start <= last.end || ONLY_SPACE.test(html.slice(last.end, r.start)))) {
      last.end = Math.max(last.end, r.end)
    } else {
      merged.push({ start: r.start, end: r.end })
    }
  }
  return merged
}
