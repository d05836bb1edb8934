import type { Doc } from '../../engine/doc.ts'
import { scan } from '../../engine/scan.ts'
import { ABBREVIATION_DEFINITION } from './grammar.ts'

/**
 * Abbreviations the article defines in parentheses, keyed by the abbreviation: the phrase right
 * before `(ĐV)` whose syllables' initials spell it (`đảng viên (ĐV)`, `tổ chức xây dựng Đảng (TCXDĐ)`).
 */
export function findAbbreviations(doc: Doc): Map<string, string> {
  const out = new Map<string, string>()
  scan(doc, ABBREVIATION_DEFINITION, (m) => {
    const abbr = m.group('abbr')!
    if (out.has(abbr) || /\d/.test(abbr)) return
    const before = doc.text.slice(Math.max(0, m.start - 80), m.start).trimEnd()
    const words = before.split(' ')
    const n = [...abbr].length
    if (words.length < n) return
    const phrase = words.slice(-n)
    const initials = phrase.map((w) => (w[0] ?? '').toUpperCase()).join('')
    if (initials === abbr && phrase.every((w) => /^[\p{L}]/u.test(w))) out.set(abbr, phrase.join(' '))
  }, { includeDuplicates: true })
  return out
}
