import { PROVINCES_2008, PROVINCES_2025 } from '../../lexicon/provinces.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import { TokenSequences } from '../../engine/token-sequences.ts'

/** A province as found in text: the written form's tokens and the unit it names. */
export interface ProvinceForm {
  tokens: string[]
  name: string
  province2025: string | null
}

/** Every written form of every province (names and aliases, both eras), longest first, tone-canonical. */
export const PROVINCE_FORMS: readonly ProvinceForm[] = (() => {
  const forms: ProvinceForm[] = []
  const add = (written: string, name: string, p2025: string | null) => {
    const key = canonicalToneMarks(written).replace(/\s+/g, ' ')
    forms.push({ tokens: key.split(' '), name, province2025: p2025 })
  }
  for (const p of PROVINCES_2008) for (const w of [p.name, ...p.aliases]) add(w, p.name, p.mergedInto)
  for (const p of PROVINCES_2025) for (const w of [p.name, ...p.aliases]) add(w, p.name, p.name)
  return forms.sort((a, b) => b.tokens.length - a.tokens.length)
})()

/** Forms by their first token, longest first. */
const FORMS = new TokenSequences(PROVINCE_FORMS.map((f) => ({ tokens: f.tokens, value: f })))

/** The province form whose tokens start `tokens` at `i` (and end by `end`), or null. */
export function provinceAt(tokens: readonly string[], i: number, end = tokens.length): ProvinceForm | null {
  return FORMS.at(tokens, i, end)?.value ?? null
}
