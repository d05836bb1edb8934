import { findRange, inputItem, inputSpan, type Doc, type Range } from '../../engine/doc.ts'
import { matchAt, scan } from '../../engine/scan.ts'
import { BYLINE, PHOTO_CREDIT, PHOTO_CREDIT_FIRST } from './grammar.ts'
import { trimCaptionEnd } from '../../engine/segment.ts'
import type { TextItem } from '../../records/span.ts'

const item = inputItem
/** How many words `s` holds: runs of units other than a space (what `s.split(' ').filter(Boolean).length` counts, without the arrays). */
export function words(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 0x20 && (i === 0 || s.charCodeAt(i - 1) === 0x20)) n++
  return n
}

/** Every position of `unit` in `text`, ascending (indexOf scans, each from one past the last). */
function unitPositions(text: string, unit: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(unit); i >= 0; i = text.indexOf(unit, i + 1)) out.push(i)
  return out
}

/**
 * Names after `Ảnh:`, once each. A trailing capitalised word glued to the next sentence is dropped.
 * With the normalised ranges of every credit (credits are not people).
 */
export function findPhotoCredits(doc: Doc): { credits: TextItem[]; ranges: Range[] } {
  const out: TextItem[] = []
  const ranges: Range[] = []
  const seen = new Set<string>()
  // Tried only where a credit can start (a whole-text scan of it was most of this stage).
  scan(doc, PHOTO_CREDIT, (m) => {
    const r = m.range('name')!
    let end = r.end
    const name = doc.key.slice(r.start, end)
    // "Ảnh: Viết Thành Đề cao…": a scraped caption running into the text.
    if (/^ \p{Ll}/u.test(doc.key.slice(end, end + 2)) && words(name) >= 2) end = r.start + name.lastIndexOf(' ')
    const text = doc.key.slice(r.start, end)
    ranges.push({ start: r.start, end })
    if (seen.has(text)) return
    seen.add(text)
    out.push(item(doc, r.start, end))
  }, { boundary: true, anchors: unitPositions(doc.key, PHOTO_CREDIT_FIRST) })
  return { credits: out, ranges }
}

/** The longest caption line, once trimmed: a repeated line, and one carrying a photo credit. */
const REPEATED_CAPTION_MAX = 300
const CREDITED_CAPTION_MAX = 400

/** Caption lines: the first copy of a repeated line, and lines carrying a photo credit. */
export function findCaptions(doc: Doc, credits: readonly TextItem[]): TextItem[] {
  const repeated = new Set(doc.duplicates.map((r) => doc.key.slice(r.start, trimCaptionEnd(doc.key, r.start, r.end))))
  const out: TextItem[] = []
  for (const p of doc.paragraphs) {
    if (findRange(doc.duplicates, p.start) >= 0) continue
    // A line too long for either kind is passed over before its text is sliced, hashed or spanned.
    const end = trimCaptionEnd(doc.key, p.start, p.end)
    const length = end - p.start
    if (length > CREDITED_CAPTION_MAX) continue
    const isRepeated = length <= REPEATED_CAPTION_MAX && repeated.size > 0 && repeated.has(doc.key.slice(p.start, end))
    if (isRepeated || (credits.length > 0 && holdsCredit(doc, credits, p))) out.push(item(doc, p.start, p.end))
  }
  return out
}

/** Whether a photo credit lies inside paragraph `p` (in input coordinates). */
function holdsCredit(doc: Doc, credits: readonly TextItem[], p: Range): boolean {
  const s = inputSpan(doc, p.start, p.end)
  for (const c of credits) if (c.span.start >= s.start && c.span.end <= s.end) return true
  return false
}

/**
 * The title: the first line near the top that reads like a headline (five or more words,
 * not ending in `.`, `:` or `;`, not a caption or stamp), before the body text starts.
 */
export function findTitle(doc: Doc, skip: Range | null, captions: readonly TextItem[]): TextItem | null {
  const limit = Math.min(doc.paragraphs.length - 1, 8)
  for (let i = 0; i < limit; i++) {
    const p = doc.paragraphs[i]!
    if (skip && p.start <= skip.start && skip.end <= p.end) continue
    const text = doc.key.slice(p.start, p.end)
    const isCaption = captions.some((c) => c.span.start === inputSpan(doc, p.start, p.end).start)
    const n = words(text)
    if (isCaption || n < 5) continue
    if (n > 40 || /[.:;,]$/.test(text)) return null
    return item(doc, p.start, p.end)
  }
  return null
}

/** The byline: a short name on the last line (`Tuấn Anh`, `X.T`, `PV`), or glued after the last sentence, with its normalised range. */
export function findByline(doc: Doc): { byline: TextItem; range: Range } | null {
  const lastPara = doc.paragraphs[doc.paragraphs.length - 1]
  if (!lastPara || doc.paragraphs.length < 2) return null
  const lastSentence = doc.sentences[doc.sentences.length - 1]
  for (const r of [lastPara, lastSentence]) {
    if (!r || r.end - r.start > 40) continue
    if (r === lastSentence && r.start === lastPara.start) continue
    const m = matchAt(doc, BYLINE, r.start)
    if (m && m.end === r.end) {
      const n = m.range('name')!
      return { byline: item(doc, n.start, n.end), range: { start: n.start, end: n.end } }
    }
  }
  return null
}
