import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runTokens } from '../src/kinds/people/capitalised-runs.ts'
import { positionAtIn, titleEnd, titleEndByRegex } from '../src/kinds/people/titles.ts'
import { POSITIONS, RANKS, TITLE_ABBREVIATIONS } from '../src/lexicon/titles.ts'
import { canonicalToneMarks } from '../src/normalize/tone-marks.ts'
import { DEV_CORPUS, loadShared } from './support/fixtures.ts'

/**
 * `positionAtIn` as it was before the trie: the text's first word sliced and looked up, its
 * positions tried with `startsWith`, longest first, then an abbreviation read by the regex.
 */
const byFirstWord = (() => {
  const keys = [...new Set([...POSITIONS, ...RANKS].map(canonicalToneMarks))].sort((a, b) => b.length - a.length)
  const map = new Map<string, string[]>()
  for (const p of keys) {
    const w = p.split(/[\s.]/)[0]!
    map.set(w, [...(map.get(w) ?? []), p])
  }
  const abbreviations = new Map(Object.entries(TITLE_ABBREVIATIONS).map(([k, v]) => [k, canonicalToneMarks(v)]))
  const isWordEnd = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x2e
  const letterOrMarkAt = (text: string, i: number, limit: number) => {
    if (i >= limit) return false
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 >= limit) return false
    return /^[\p{L}\p{M}]/u.test(text.slice(i))
  }
  return (text: string, start: number, limit: number): { position: string; length: number } | null => {
    let firstEnd = start
    while (firstEnd < limit && !isWordEnd(text.charCodeAt(firstEnd))) firstEnd++
    for (const p of start < limit ? map.get(text.slice(start, firstEnd)) ?? [] : []) {
      if (start + p.length <= limit && text.startsWith(p, start) && !letterOrMarkAt(text, start + p.length, limit)) return { position: p, length: p.length }
    }
    const first = text.charCodeAt(start)
    if (!(start < limit && (first >= 0x80 || (first >= 0x41 && first <= 0x5a)))) return null
    const re = /[\p{Lu}Đ]{2,8}/uy
    re.lastIndex = start
    const m = re.exec(text)
    if (m === null) return null
    let end = start + m[0].length
    if (end > limit) {
      end = limit
      const c = text.charCodeAt(end - 1)
      if (c >= 0xd800 && c <= 0xdbff) end--
    } else if (letterOrMarkAt(text, end, limit)) return null
    if (end - start < 2) return null
    const abbr = text.slice(start, end)
    const expanded = abbreviations.get(abbr)
    if (expanded !== undefined && /^(?:UV|Ủy viên|Bí thư|Phó|Chủ|Trưởng)/u.test(expanded)) return { position: expanded, length: abbr.length }
    return null
  }
})()

const plain = (r: { position: string; length: number } | null) => (r === null ? null : { position: r.position, length: r.length })

describe('positionAtIn walks a trie as the lookup by first word read the positions', () => {
  const PIECES = [
    'Phó', 'Chủ tịch', 'Phó Chủ tịch', 'Thường trực', 'Bí thư', 'Trưởng', 'Ban', 'Tổ chức', 'Ủy viên', 'Trung ương', 'Đảng', 'Đại tá', 'Thượng',
    'GS.TS', 'PGS. TS', 'Th.S', 'UBND', 'UVTV', 'UV', 'BTV', 'TP', 'Chánh', 'phòng', 'tỉnh', ' ', ' ', '.', ',', '\n', '\t', '\u00a0', 'x', 'ư', '5',
    '\u0301', '𝐀', '😀', '\ud83d', 'Ǆ',
  ]
  it('random texts, every start and limit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        for (let start = 0; start <= text.length; start++) {
          for (let limit = start; limit <= text.length; limit++) expect(plain(positionAtIn(text, start, limit))).toEqual(byFirstWord(text, start, limit))
        }
      }),
      { numRuns: 500 },
    )
  })
  it('every position and rank, cut at every length, and after every capital of the dev corpus', () => {
    for (const p of [...POSITIONS, ...RANKS].map(canonicalToneMarks)) {
      for (const text of [p, `${p} tỉnh`, `${p}x`, `${p}.`, `${p}5`]) {
        for (let limit = 0; limit <= text.length; limit++) expect(plain(positionAtIn(text, 0, limit))).toEqual(byFirstWord(text, 0, limit))
      }
    }
    for (const a of loadShared(DEV_CORPUS)) {
      const t = canonicalToneMarks(a.input)
      for (let p = 0; p < t.length; p++) {
        if (!/\p{Lu}/u.test(t[p]!)) continue
        const limit = Math.min(t.length, p + 60)
        expect(plain(positionAtIn(t, p, limit))).toEqual(byFirstWord(t, p, limit))
      }
    }
  })
  it('returns the same frozen result for a position every time', () => {
    const a = positionAtIn('Bí thư Tỉnh ủy', 0, 14)
    expect(a).not.toBeNull()
    expect(positionAtIn('Bí thư Thành ủy', 0, 15)).toBe(a)
    expect(Object.isFrozen(a)).toBe(true)
  })
})

describe('titleEnd reads its tokens by table as TITLE_TOKEN read them', () => {
  const PIECES = [
    'Phó', 'Chủ tịch', 'UBND', 'tỉnh', 'Tỉnh ủy.', 'TP.', 'TP', 'ThS.', ' - ', '-', ' ', '  ', ',', '.', "'", '’', '/', 'và', 'chủ', 'đã', 'khẳng', 'Khẳng',
    '5', '\n', '\t', '\u00a0', '\u0301', '(', 'x', '𝐀', '𝐚', '😀', '\ud83d', '\udc00', 'a'.repeat(70), 'Ư'.repeat(63),
  ]
  it('random texts, every start and limit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (parts) => {
        const text = parts.join('')
        for (let start = 0; start <= text.length; start++) {
          for (const limit of [text.length, Math.min(text.length, start + 3), Math.min(text.length, start + 12)]) expect(titleEnd(text, start, limit)).toBe(titleEndByRegex(text, start, limit))
        }
      }),
      { numRuns: 1500 },
    )
  })
  it('after every capital of the dev corpus', () => {
    for (const a of loadShared(DEV_CORPUS)) {
      const t = canonicalToneMarks(a.input)
      for (let p = 0; p < t.length; p++) if (/\p{Lu}/u.test(t[p]!)) expect(titleEnd(t, p, Math.min(t.length, p + 300))).toBe(titleEndByRegex(t, p, Math.min(t.length, p + 300)))
    }
  })
})

describe('runTokens slices what split gives', () => {
  it('random runs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Nguyễn', 'Văn', 'A', ' ', '𝐀', 'H\'Hen', ''), { maxLength: 12 }), fc.nat(5), fc.nat(5), (parts, pre, post) => {
        const run = parts.join('')
        const text = `${'x'.repeat(pre)}${run}${' y'.repeat(post)}`
        expect(runTokens(text, pre, pre + run.length)).toEqual(run.split(' '))
      }),
      { numRuns: 3000 },
    )
  })
})
