import { describe, expect, it } from 'vitest'
import { parseDigits, parseNumberWords, parseRoman, parseVietnameseNumber } from '../src/index.ts'
import { NUMBER_EXAMPLES } from '../src/parse/number.examples.ts'

describe('parseVietnameseNumber', () => {
  it.each(NUMBER_EXAMPLES.map(([s, v]) => [s, v] as const))('%j', (s, v) => {
    expect(parseVietnameseNumber(s)).toEqual(v)
  })
})

describe('parseDigits', () => {
  it('reads dots as thousands and commas as decimals', () => {
    expect(parseDigits('49.820')).toBe(49820)
    expect(parseDigits('57,5')).toBe(57.5)
    expect(parseDigits('608')).toBe(608)
    expect(parseDigits('1.2.3')).toBeNull()
  })
})

describe('parseNumberWords', () => {
  it('rejects words that are not a number', () => {
    expect(parseNumberWords('đảng viên')).toBeNull()
    expect(parseNumberWords('hai hai')).toBeNull()
  })
  it('reads hundreds without a leading digit', () => {
    expect(parseNumberWords('trăm')).toBe(100)
    expect(parseNumberWords('bốn trăm')).toBe(400)
  })
})

describe('parseRoman', () => {
  it('accepts canonical numerals only', () => {
    expect(parseRoman('XIII')).toBe(13)
    expect(parseRoman('MMXXIV')).toBe(2024)
    expect(parseRoman('VX')).toBeNull()
    expect(parseRoman('xiii')).toBeNull()
  })
})
