import { MappedTextBuilder, type MappedText } from '../engine/mapped-text.ts'
import { decodeEntity } from './html-entities.ts'
import { execAt } from '../engine/step.ts'

const LOOKS_LIKE_HTML =
  /<(?:p|br|div|span|a|strong|em|b|i|u|h[1-6]|li|ul|ol|table|tbody|tr|td|th|img|figure|figcaption|section|article|header|footer|main|nav|script|style|html|body|head|meta|link|!--|!doctype)(?=[\s/>])/i
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]{0,20})(?=[\s/>])[^<>]{0,4000}>/y
const BLOCK_TAGS = new Set([
  'p', 'br', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section',
  'article', 'header', 'footer', 'figure', 'figcaption', 'blockquote', 'hr', 'main', 'nav', 'aside', 'title', 'td', 'th',
])
const RAW_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template'])
const RAW_TEXT_CLOSERS: Record<string, RegExp> = {
  script: /<\/script/gi, style: /<\/style/gi, noscript: /<\/noscript/gi, template: /<\/template/gi,
}

/** How far into the input {@link looksLikeHtml} looks for a tag. */
const HTML_SNIFF_UNITS = 200_000

/** True when the input looks like an HTML page or fragment rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  // (Most text has no `<` at all: `indexOf` says so some twenty times faster than the case-insensitive
  // pattern, which V8 tries along the whole text.)
  const lt = input.indexOf('<')
  if (lt < 0 || lt >= HTML_SNIFF_UNITS) return false
  return LOOKS_LIKE_HTML.test(input.length > HTML_SNIFF_UNITS ? input.slice(0, HTML_SNIFF_UNITS) : input)
}

/**
 * Removes tags, comments, scripts and styles; decodes entities; block-level tags become
 * newlines. Every output unit maps back to the HTML it came from. With `regions` (sorted,
 * not overlapping: the article body a page reader chose), only the HTML inside them is read, and
 * each region ends with a line break.
 */
export function stripHtml(input: string, regions?: ReadonlyArray<{ start: number; end: number }>): MappedText {
  const out = new MappedTextBuilder()
  let n = input.length
  let i = 0
  let verbatimFrom = 0
  let noCommentEnd = false
  // The next '>' at or after a position, remembered: a page full of "<!" with no '>' after them
  // would otherwise search to the end once per "<!".
  let nextGt = -1
  const gtFrom = (from: number) => {
    if (nextGt !== Infinity && nextGt < from) {
      const k = input.indexOf('>', from)
      nextGt = k < 0 ? Infinity : k
    }
    return nextGt
  }
  // The next '<' and '&' at or after a position, remembered the same way: the units between them are
  // passed over at once.
  let nextLt = -1
  let nextAmp = -1
  const flush = (to: number) => {
    out.pushVerbatim(input, verbatimFrom, to)
  }
  const segments = regions && regions.length ? regions : [{ start: 0, end: input.length }]
  for (const segment of segments) {
    i = Math.max(0, segment.start)
    verbatimFrom = i
    n = Math.min(input.length, segment.end)
    readSegment()
    flush(Math.max(verbatimFrom, n))
    if (regions && regions.length && n > 0) out.push('\n', n - 1, n)
  }
  return out.build()

  /** Reads input[i, n): the whole input, or one region. */
  function readSegment(): void {
    while (i < n) {
      const c = input.charCodeAt(i)
      if (c !== 0x3c && c !== 0x26) {
        // Text: on to the next '<' or '&' (or the end).
        if (nextLt !== Infinity && nextLt < i) {
          const k = input.indexOf('<', i)
          nextLt = k < 0 ? Infinity : k
        }
        if (nextAmp !== Infinity && nextAmp < i) {
          const k = input.indexOf('&', i)
          nextAmp = k < 0 ? Infinity : k
        }
        i = Math.min(nextLt, nextAmp, n)
        continue
      }
      if (c === 0x3c /* < */) {
        if (input.startsWith('<!--', i) && !noCommentEnd) {
          const close = input.indexOf('-->', i + 4)
          if (close < 0) noCommentEnd = true
          else {
            flush(i)
            i = close + 3
            verbatimFrom = i
            continue
          }
        }
        if (input.startsWith('<!', i)) {
          const close = gtFrom(i)
          if (close - i < 4000) {
            flush(i)
            i = close + 1
            verbatimFrom = i
            continue
          }
        }
        const m = execAt(TAG, input, i)
        if (m) {
          flush(i)
          const name = m[2]!.toLowerCase()
          const end = i + m[0].length
          if (BLOCK_TAGS.has(name)) out.push('\n', i, end)
          if (m[1] === '' && RAW_TEXT_TAGS.has(name)) {
            // Searched in the input itself (lower-casing may change lengths: "İ"), case-insensitively.
            const closer = RAW_TEXT_CLOSERS[name]!
            const close = execAt(closer, input, end)
            i = close ? close.index : n
          } else i = end
          verbatimFrom = i
          continue
        }
      } else if (c === 0x26 /* & */) {
        const decoded = decodeEntity(input, i)
        if (decoded) {
          flush(i)
          out.push(decoded.text, i, i + decoded.length)
          i += decoded.length
          verbatimFrom = i
          continue
        }
      }
      i++
    }
  }
}
