/**
 * One pass of htmlparser2 over the ORIGINAL html string, recording where every element sits in
 * it (UTF-16 offsets) and the few things the page reader needs from the markup (meta tags, JSON-LD
 * scripts, <title>, <h1>, <time>, itemprop=datePublished).
 *
 * The parser is run with the options linkedom uses for `text/html` (html mode, entities decoded,
 * attribute names as written), so its open-tag events come in the same order as linkedom creates
 * elements: element k here is element k of the linkedom document in document order. read-page.ts
 * checks that the tag names agree before it trusts the pairing.
 *
 * Bounds (measured, see read-page.ts): htmlparser2 keeps its open-element stack with `unshift` and
 * looks closing tags up with `indexOf`, so each tag costs O(depth) and 200 000 unclosed <div>s are
 * quadratic (1.5 s for 40 000). Readability then computes textContent / querySelectorAll of every
 * div, list and table it cleans, so its work grows with the sum over elements of their depth and
 * the sum over text of its depth (a page of 15 000 paragraphs under 190 nested divs: 6 s; 1 MB of
 * text under 390 divs: 5.6 s), and linkedom's setAttribute/attribute copies go quadratic in the
 * attributes of one element (100 000 attributes: minutes). The scan stops (parser paused) as soon
 * as any budget below is passed; the caller then skips Readability. Article pages stay far below
 * (depth 20-40, 1 000-10 000 elements); at the budgets the worst inputs measured take about 3 s
 * (24 000 elements of list markup) and 1 s (1 300 paragraphs under 250 nested divs, each with text).
 */
import { Parser } from 'htmlparser2'

export const MAX_DEPTH = 256
export const MAX_ELEMENTS = 30_000
/** Sum over elements of their depth (= number of ancestor links). */
export const MAX_DEPTH_SUM = 400_000
/** Sum over text (script and style bodies included) of length × depth. */
export const MAX_TEXT_DEPTH = 20_000_000
export const MAX_ATTRIBUTES_PER_ELEMENT = 64
export const MAX_ATTRIBUTES = 60_000
/** Decoded text kept per collected element (title, h1, time, itemprop). */
const MAX_COLLECTED_TEXT = 4000
/** How many h1 / time / itemprop elements have their text collected. */
const MAX_COLLECTED_ELEMENTS = 256

export interface Range { start: number; end: number }

/** An attribute with the range of its raw value in the html (entities not decoded there). */
export interface SourceAttribute { name: string; value: string; raw: Range | null }

export interface SourceTree {
  /** Element k: tag name (lower case) and offsets; -1 while not closed (scan aborted). */
  tag: string[]
  /** '<' of the start tag. */
  start: number[]
  /** One past the '>' of the start tag. */
  openEnd: number[]
  /** Where the content ends: the '<' of the end tag, or `end` when the end tag is implied. */
  closeStart: number[]
  /** One past the '>' of the end tag, or where the element was implicitly closed. */
  end: number[]
  parent: number[]
  /** Some non-whitespace text (script and style bodies included) inside the element. */
  hasText: boolean[]
  /** Children in order, for elements that have any. */
  children: Map<number, number[]>
  metas: Array<{ index: number; attrs: SourceAttribute[] }>
  jsonLd: Range[]
  /** Elements whose decoded text was collected: the first <title> outside svg/math, every <h1>, <time>, [itemprop]. */
  collected: Array<{ index: number; tag: string; attrs: SourceAttribute[]; text: string }>
  /** The scan stopped early (too deep, too many elements, or the parser threw). */
  aborted: boolean
  /** The tag stack got out of step with the parser (never seen; then the pairing is not trusted). */
  inconsistent: boolean
}

const COLLECT = new Set(['h1', 'time', 'title'])

export function scanSource(html: string): SourceTree {
  const t: SourceTree = {
    tag: [], start: [], openEnd: [], closeStart: [], end: [], parent: [], hasText: [], children: new Map(),
    metas: [], jsonLd: [], collected: [], aborted: false, inconsistent: false,
  }
  const stack: number[] = []
  let attrs: SourceAttribute[] = []
  let ending = false
  let foreign = 0 // open svg / math elements
  let titleSeen = false
  let scriptJsonLd = -1
  let depthSum = 0
  let textDepth = 0
  let attributes = 0
  let ownAttributes = 0
  const stop = () => {
    if (!t.aborted) {
      t.aborted = true
      parser.pause()
    }
  }
  /** Open elements whose decoded text is being collected: [element index, collected slot]. */
  const collecting: Array<[number, number]> = []

  const parser: Parser = new Parser({
    onattribute(name, value, quote) {
      // startIndex is the attribute name, endIndex one past the attribute (after its closing quote).
      const from = parser.startIndex
      const to = parser.endIndex
      let raw: Range | null = null
      if (quote !== undefined) {
        const eq = html.indexOf('=', from + name.length)
        if (eq >= 0 && eq < to) {
          let s = eq + 1
          while (s < to && (html[s] === ' ' || html[s] === '\t' || html[s] === '\n' || html[s] === '\r' || html[s] === '\f')) s++
          if (quote && html[s] === quote && html[to - 1] === quote && to - 1 > s) raw = { start: s + 1, end: to - 1 }
          else if (quote && html[s] === quote && to - 1 === s + 1) raw = { start: s + 1, end: s + 1 }
          else if (quote === null) {
            let e = s
            while (e < to && html[e] !== '>' && !/\s/.test(html[e] ?? ' ')) e++
            raw = { start: s, end: e }
          }
        }
      }
      if (attrs.length < 64) attrs.push({ name: name.toLowerCase(), value, raw })
      if (++ownAttributes > MAX_ATTRIBUTES_PER_ELEMENT || ++attributes > MAX_ATTRIBUTES) stop()
    },
    onopentag(name) {
      const k = t.tag.length
      const parent = stack.length ? stack[stack.length - 1]! : -1
      t.tag.push(name)
      t.start.push(parser.startIndex)
      t.openEnd.push(parser.endIndex + 1)
      t.closeStart.push(-1)
      t.end.push(-1)
      t.parent.push(parent)
      t.hasText.push(false)
      if (parent >= 0) {
        const list = t.children.get(parent)
        if (list) list.push(k)
        else t.children.set(parent, [k])
      }
      stack.push(k)
      if (name === 'svg' || name === 'math') foreign++
      const own = attrs
      attrs = []
      ownAttributes = 0
      if (name === 'meta') t.metas.push({ index: k, attrs: own })
      else if (name === 'script') {
        const type = own.find((a) => a.name === 'type')?.value.toLowerCase() ?? ''
        if (type.includes('ld+json')) scriptJsonLd = k
      }
      const itemprop = own.some((a) => a.name === 'itemprop')
      const collect = name === 'title' ? !titleSeen && foreign === 0 : COLLECT.has(name) || itemprop
      if (collect && t.collected.length < MAX_COLLECTED_ELEMENTS) {
        if (name === 'title') titleSeen = true
        t.collected.push({ index: k, tag: name, attrs: own, text: '' })
        collecting.push([k, t.collected.length - 1])
      }
      depthSum += stack.length
      if (stack.length > MAX_DEPTH || t.tag.length > MAX_ELEMENTS || depthSum > MAX_DEPTH_SUM) stop()
    },
    ontext(data) {
      textDepth += data.length * stack.length
      if (textDepth > MAX_TEXT_DEPTH) stop()
      const top = stack.length ? stack[stack.length - 1]! : -1
      if (top >= 0 && !t.hasText[top] && /\S/.test(data)) t.hasText[top] = true
      for (const [, slot] of collecting) {
        const c = t.collected[slot]!
        if (c.text.length < MAX_COLLECTED_TEXT) c.text += data
      }
    },
    onclosetag(name, isImplied) {
      const k = stack.pop()
      if (k === undefined) { t.inconsistent = true; return }
      if (t.tag[k] !== name) t.inconsistent = true
      let closeStart: number
      let end: number
      if (ending) {
        closeStart = end = html.length
      } else if (!isImplied) {
        closeStart = parser.startIndex
        end = parser.endIndex + 1
      } else if (parser.startIndex <= t.start[k]!) {
        // A void or self-closed element, closed at its own start tag.
        closeStart = end = t.openEnd[k]!
      } else {
        // Closed by the start of the next tag (or by its parent's end tag).
        closeStart = end = parser.startIndex
      }
      t.closeStart[k] = Math.max(closeStart, t.openEnd[k]!)
      t.end[k] = Math.max(end, t.openEnd[k]!)
      if (name === 'svg' || name === 'math') foreign = Math.max(0, foreign - 1)
      if (k === scriptJsonLd) {
        t.jsonLd.push({ start: t.openEnd[k]!, end: t.closeStart[k]! })
        scriptJsonLd = -1
      }
      if (collecting.length && collecting[collecting.length - 1]![0] === k) collecting.pop()
      if (t.hasText[k]) {
        const p = t.parent[k]!
        if (p >= 0) t.hasText[p] = true
      }
    },
  }, { lowerCaseAttributeNames: false, decodeEntities: true })

  try {
    parser.write(html)
    if (!t.aborted) {
      ending = true
      parser.end()
    }
  } catch {
    t.aborted = true
  }
  return t
}
