import type { Doc, Range } from '../../engine/doc.ts'
import { forEachMatch } from '../../engine/step.ts'
import { SOURCE_CREDIT_WORDS, SOURCE_LABELS } from '../../lexicon/credit-words.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'

/** The words that credit a source or author ("Theo"), as an alternation. */
const CREDIT = anyOf(SOURCE_CREDIT_WORDS)

/** One or more names (two to four capitalised syllables each), an outlet's initials maybe: `Võ Hải`, `Hoàng Thuỳ - Võ Hải`, `Vương Hợp- ĐTT.`, `(Theo Lê Thúy/NLĐO)`. */
const AUTHOR_LINE = lexiconPattern(`^\\(?(?:${CREDIT} )?\\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*){1,3}(?: ?[-–,&] ?\\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*){1,3}){0,3}(?: ?[-/] ?[\\p{Lu}.]{2,12})?\\.?\\)?$`, 'u')
/** A source credit inside a line: `(Theo Lê Thúy/NLĐO)`. */
const INLINE_CREDIT = lexiconPattern(`\\(${CREDIT} \\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{Lu}[\\p{Ll}\\p{M}]*){1,3} ?\\/ ?[\\p{Lu}.]{2,12}\\)`, 'gu')
/** What every {@link INLINE_CREDIT} starts with: `(Theo `. Most texts hold none, and the regex is not run over them. */
const INLINE_CREDIT_LEADS = SOURCE_CREDIT_WORDS.map((w) => `(${w} `)
/** A line that says where the article came from: `Theo Báo Đắk Nông điện tử`, `Nguồn: …`, a URL. */
const SOURCE_LINE = lexiconPattern(`^(?:${CREDIT} |${anyOf(SOURCE_LABELS)}|https?:)`, 'u')

/**
 * Author and source credits that are not the article's last line: a line of names alone before a
 * blank line (related articles often follow on the page) or before a source line, and
 * `(Theo Name/OUTLET)` credits. Their names are not people in the story.
 */
export function findAuthorLines(doc: Doc): Range[] {
  const out: Range[] = []
  const { key, paragraphs } = doc
  paragraphs.forEach((p, k) => {
    if (p.end - p.start > 60 || !AUTHOR_LINE.test(key.slice(p.start, p.end))) return
    const next = paragraphs[k + 1]
    const blankAfter = key.charCodeAt(p.end) === 0x0a && key.charCodeAt(p.end + 1) === 0x0a
    if (!next || blankAfter || SOURCE_LINE.test(key.slice(next.start, next.start + 8))) out.push({ start: p.start, end: p.end })
  })
  if (INLINE_CREDIT_LEADS.some((w) => key.includes(w))) {
    forEachMatch(INLINE_CREDIT, key, (m) => {
      out.push({ start: m.index, end: m.index + m[0].length })
    })
  }
  return out.sort((a, b) => a.start - b.start)
}
