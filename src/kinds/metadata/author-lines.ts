import type { Doc, Range } from '../../engine/doc.ts'
import { forEachMatch, nextCodePoint } from '../../engine/step.ts'
import { SOURCE_CREDIT_WORDS, SOURCE_LABELS } from '../../lexicon/credit-words.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { letterClass, LOWER, MARK, UPPER } from '../../normalize/letters.ts'

/** The words that credit a source or author ("Theo"), as an alternation. */
const CREDIT = anyOf(SOURCE_CREDIT_WORDS)

/**
 * An author line's shape: one ASCII class per code point (see {@link lineShape}), so that the shape
 * of one or more names (two to four capitalised syllables each), an outlet's initials maybe —
 * `Võ Hải`, `Hoàng Thuỳ - Võ Hải`, `Vương Hợp- ĐTT.` — is a pattern over eight letters. The same
 * pattern over `\p{Lu}` and `[\p{Ll}\p{M}]` costs V8 ~15 ms to compile (each bounded repeat of a
 * Unicode class is copied out), a fifth of the first run of a short article when nothing is compiled yet.
 */
const AUTHOR_SHAPE = /^Ul*(?: Ul*){1,3}(?: ?[-d,&] ?Ul*(?: Ul*){1,3}){0,3}(?: ?[-/] ?[U.]{2,12})?\.?\)?$/

const UPPER_LETTER = /^\p{Lu}$/u
const LOWER_OR_MARK = /^[\p{Ll}\p{M}]$/u

/**
 * `line` as one character per code point: `U` an upper-case letter, `l` a lower-case letter or a
 * mark, `d` an en dash, the space and `( ) - , & / .` as themselves, `x` anything else (a lone
 * surrogate too).
 */
function lineShape(line: string): string {
  let shape = ''
  for (let i = 0, next = 0; i < line.length; i = next) {
    const c = line.charCodeAt(i)
    next = nextCodePoint(line, i)
    if (next === i + 2) {
      const pair = line.slice(i, next)
      shape += UPPER_LETTER.test(pair) ? 'U' : LOWER_OR_MARK.test(pair) ? 'l' : 'x'
    } else if (c === 0x20 || c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2c || c === 0x26 || c === 0x2f || c === 0x2e) {
      shape += line[i]
    } else if (c === 0x2013) {
      shape += 'd'
    } else {
      const k = letterClass(c)
      shape += k & UPPER ? 'U' : k & (LOWER | MARK) ? 'l' : 'x'
    }
  }
  return shape
}

/**
 * Whether `line` is a line of author names: `(`, a credit word (`Theo`) maybe, then the names
 * {@link AUTHOR_SHAPE} describes. A credit word is itself a capitalised syllable, so the line is
 * tried with it and, when it is there, without it.
 */
export function isAuthorLine(line: string): boolean {
  const open = line.charCodeAt(0) === 0x28 ? 1 : 0
  if (AUTHOR_SHAPE.test(lineShape(open ? line.slice(open) : line))) return true
  for (const w of SOURCE_CREDIT_WORDS) {
    if (line.startsWith(w, open) && line.charCodeAt(open + w.length) === 0x20 && AUTHOR_SHAPE.test(lineShape(line.slice(open + w.length + 1)))) return true
  }
  return false
}
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
    if (p.end - p.start > 60 || !isAuthorLine(key.slice(p.start, p.end))) return
    const next = paragraphs[k + 1]
    const blankAfter = key.charCodeAt(p.end) === 0x0a && key.charCodeAt(p.end + 1) === 0x0a
    if (!next || blankAfter || SOURCE_LINE().test(key.slice(next.start, next.start + 8))) out.push({ start: p.start, end: p.end })
  })
  if (INLINE_CREDIT_LEADS.some((w) => key.includes(w))) {
    forEachMatch(INLINE_CREDIT(), key, (m) => {
      out.push({ start: m.index, end: m.index + m[0].length })
    })
  }
  return out.sort((a, b) => a.start - b.start)
}
