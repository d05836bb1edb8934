import { findRange, inputSpan, type Doc } from '../../engine/doc.ts'
import { scan } from '../../engine/scan.ts'
import { PUBLICATION_STAMP } from './grammar.ts'
import { formatDate, makeDate, type CalendarDate } from '../../parse/calendar-date.ts'
import type { PublicationStamp } from '../../records/article.ts'
import { STAMP_LABEL_TAILS, STAMP_LABELS } from '../../lexicon/time-words.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'

/** What may stand before a stamp on its line: nothing, or a label ("Cập nhật lúc :"). */
const STAMP_LABEL = lexiconPattern(`^(?:${anyOf(STAMP_LABELS)}(?: ${anyOf(STAMP_LABEL_TAILS)})? ?:? ?)?$`, 'iu')
/** How many lines at the top (and bottom) may carry the stamp. */
const HEAD_LINES = 12
const TAIL_LINES = 3

export interface FoundStamp {
  stamp: PublicationStamp
  date: CalendarDate
  start: number
  end: number
}

/**
 * The publication stamp: a date with a time (`09:11, 10/11/2021`, `13/07/2023 12:27`) or a
 * bare full date standing alone, on a short line near the top or bottom of the article.
 */
export function findPublicationStamp(doc: Doc): FoundStamp | null {
  let found: FoundStamp | null = null
  const last = doc.paragraphs.length - 1
  if (last < 1) return null // a stamp stands on its own line above or below the article
  scan(doc, PUBLICATION_STAMP, (m) => {
    const p = findRange(doc.paragraphs, m.start)
    if (p < 0 || (p >= HEAD_LINES && p < last - TAIL_LINES + 1)) return false
    const para = doc.paragraphs[p]!
    if (para.end - para.start > 90) return false
    const before = doc.key.slice(para.start, m.start).trim()
    const hasTime = m.group('h1') !== undefined || m.group('h2') !== undefined
    if (!hasTime && (!STAMP_LABEL().test(before) || doc.key.slice(m.end, para.end).trim() !== '')) return false
    if (hasTime && before.length > 40) return false
    const date = makeDate(Number(m.group('y1') ?? m.group('y2')), Number(m.group('m1') ?? m.group('m2')), Number(m.group('d1') ?? m.group('d2')))
    if (!date) return false
    const h = m.group('h1') ?? m.group('h2')
    const mi = m.group('mi1') ?? m.group('mi2')
    if (h !== undefined && (Number(h) > 23 || Number(mi) > 59)) return false
    let end = m.end
    while (end > m.start && doc.key.charCodeAt(end - 1) === 0x20) end--
    const span = inputSpan(doc, m.start, end)
    const value = formatDate(date) + (h !== undefined ? `T${h.padStart(2, '0')}:${mi}` : '')
    found = { stamp: { text: doc.input.slice(span.start, span.end), span, value }, date, start: m.start, end }
    return 'stop'
  }, { includeDuplicates: true })
  return found
}
