import { ORDINAL_WORDS, SCALE_WORDS } from '../lexicon/number-words.ts'
import { parseNumberWords } from './number-words.ts'
import { parseRoman } from './roman.ts'

/** What {@link parseVietnameseNumber} reads. */
export type ParsedNumber =
  | { kind: 'number'; value: number }
  | { kind: 'percent'; value: number }
  | { kind: 'ordinal'; value: number }
  | { kind: 'roman'; value: number }
  | { kind: 'range'; value: number; to: number }

const THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/
const DECIMAL_COMMA = /^\d+(?:,\d+)?$/
const DECIMAL_DOT = /^\d+\.\d{1,2}$/
const DASHES = /[-\u2010-\u2015\u2212]/g
const SPACES = /[\s\u00a0]+/g

/**
 * Reads a number as Vietnamese text writes it: `.` groups thousands, `,` marks decimals.
 * @example parseDigits('49.820') //=> 49820
 * @example parseDigits('57,5') //=> 57.5
 */
export function parseDigits(s: string): number | null {
  // Beyond 15 significant digits a double cannot hold the value: not a quantity anyone wrote.
  if (s.length > 24) return null
  const digits = digitCount(s)
  if (digits > 15) return null
  // Digits only ("2191"): what DECIMAL_COMMA reads below, without its runs.
  if (digits === s.length && digits > 0) return Number(s)
  if (THOUSANDS.test(s)) {
    // Dots group thousands; a comma (at most one, digits after it) marks the decimals. (No list, and no regex made per number.)
    const comma = s.indexOf(',')
    const int = (comma < 0 ? s : s.slice(0, comma)).replaceAll('.', '')
    return Number(comma < 0 ? int : `${int}.${s.slice(comma + 1)}`)
  }
  if (DECIMAL_COMMA.test(s)) return Number(s.replace(',', '.'))
  // "1.5" cannot be Vietnamese thousands; read it as a decimal point (English style).
  if (DECIMAL_DOT.test(s)) return Number(s)
  return null
}

/** How many ASCII digits `s` has (what `s.replace(/\D/g, '').length` counts, without the string). */
function digitCount(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) n++
  }
  return n
}

/**
 * Parses one Vietnamese numeric expression: digits with Vietnamese separators (`49.820`,
 * `57,5`), digits with a scale word (`1,8 triệu`), words (`hai nghìn`, `một trăm linh năm`,
 * `ba mươi mốt`, `mười lăm`), percentages (`57,5%`), Roman numerals (`XIII`), ordinals
 * (`lần thứ 16`, `thứ XIV`, `thứ tư`) and ranges (`2024 - 2026`). Returns null for anything else.
 *
 * @example parseVietnameseNumber('2.191') //=> { kind: 'number', value: 2191 }
 * @example parseVietnameseNumber('đạt 57,5%') //=> null (only the expression itself)
 * @example parseVietnameseNumber('lần thứ 16') //=> { kind: 'ordinal', value: 16 }
 */
export function parseVietnameseNumber(input: string): ParsedNumber | null {
  const s = input.normalize('NFC').replace(SPACES, ' ').trim()
  if (s.length === 0 || s.length > 200) return null

  const ordinal = /^(?:lần )?thứ (.+)$/i.exec(s)
  if (ordinal) {
    const body = ordinal[1]!
    const v = ORDINAL_WORDS[body.toLowerCase()] ?? parseRoman(body) ?? parseCardinal(body)
    return v === null || v === undefined || !Number.isInteger(v) ? null : { kind: 'ordinal', value: v }
  }

  if (s.endsWith('%')) {
    const v = parseCardinal(s.slice(0, -1).trim())
    return v === null ? null : { kind: 'percent', value: v }
  }

  const range = /^(\d[\d.,]*) ?- ?(\d[\d.,]*)$/.exec(s.replace(DASHES, '-'))
  if (range) {
    const a = parseDigits(range[1]!)
    const b = parseDigits(range[2]!)
    return a === null || b === null || b < a ? null : { kind: 'range', value: a, to: b }
  }

  const roman = parseRoman(s)
  if (roman !== null) return { kind: 'roman', value: roman }

  const v = parseCardinal(s)
  return v === null ? null : { kind: 'number', value: v }
}

/** Digits, digits + scale word, or words. */
function parseCardinal(s: string): number | null {
  if (/^\d/.test(s)) {
    const m = /^(\d[\d.,]*)(?: (.+))?$/.exec(s)
    if (!m) return null
    const base = parseDigits(m[1]!)
    if (base === null) return null
    if (m[2] === undefined) return base
    // "1,8 triệu", "714,5 nghìn tỷ": every scale word multiplies.
    let scale: number | undefined = 1
    for (const w of m[2].toLowerCase().split(' ')) scale = scale === undefined ? undefined : SCALE_WORDS[w] === undefined ? undefined : scale * SCALE_WORDS[w]!
    const value = scale === undefined ? null : Math.round(base * scale * 1e6) / 1e6
    return value !== null && Number.isFinite(value) ? value : null
  }
  return parseNumberWords(s)
}
