const CANONICAL_ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/**
 * Value of a canonical upper-case Roman numeral (`XIII` → 13, `XVIII` → 18), or null for
 * anything else (`IIII`, `IC`, empty, lower case).
 * @example parseRoman('XIV') //=> 14
 */
export function parseRoman(s: string): number | null {
  if (s.length === 0 || s.length > 15 || !CANONICAL_ROMAN.test(s)) return null
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i]!]!
    const next = i + 1 < s.length ? VALUES[s[i + 1]!]! : 0
    total += v < next ? -v : v
  }
  return total
}
