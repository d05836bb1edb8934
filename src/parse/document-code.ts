import { DOCUMENT_TYPES } from '../lexicon/document-types.ts'
import { ISSUERS } from '../lexicon/issuers.ts'
import { canonicalToneMarks } from '../normalize/tone-marks.ts'

type TypeEntry = (typeof DOCUMENT_TYPES)[number]

const BY_WORD = new Map<string, TypeEntry>()
for (const t of DOCUMENT_TYPES) {
  for (const w of [t.name, ...('aliases' in t ? t.aliases : [])]) BY_WORD.set(w.toLowerCase(), t)
}

/** The lexicon entry for a type word as written (`Kế hoạch`, `chương trình hành động`). */
export function documentTypeOfWord(word: string): TypeEntry | null {
  return BY_WORD.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? null
}

/** The lexicon entry for a type code found in an id (`KH`, `QĐi`); party or state reading by `system`. */
export function documentTypeOfCode(code: string, system: 'party' | 'state'): TypeEntry | null {
  const matches = DOCUMENT_TYPES.filter((t) => (t.codes as readonly string[]).includes(code))
  if (matches.length === 0) return null
  const preferred = matches.find((t) => t.code === code && (t.system === system || t.system === 'both'))
  return preferred ?? matches.find((t) => t.system === system || t.system === 'both') ?? matches[0]!
}

/** True when `code` is a type abbreviation of some document type. */
export function isTypeCode(code: string): boolean {
  return DOCUMENT_TYPES.some((t) => (t.codes as readonly string[]).includes(code))
}

const ISSUER_NAMES = ISSUERS.flatMap((i) => i.names.map((name) => ({ name: name.toLowerCase(), issuer: i })))
  .sort((a, b) => b.name.length - a.name.length)

/** Issuer code and level for a body written after "của" (`Bộ Chính trị` → TW), or null. */
export function issuerOfBody(body: string): (typeof ISSUERS)[number] | null {
  const b = canonicalToneMarks(body).toLowerCase()
  for (const { name, issuer } of ISSUER_NAMES) {
    if (b === name || b.startsWith(`${name} `)) return issuer
  }
  return null
}

/** Issuer codes of Party bodies (anything else read as a state issuer). */
const PARTY_ISSUERS = new Set<string>(ISSUERS.filter((i) => i.system === 'party').map((i) => i.code))

/** Whether an issuer code belongs to the Party system. */
export function isPartyIssuer(code: string): boolean {
  return PARTY_ISSUERS.has(code) || /^(?:[A-ZĐ]*(?:TU|TW|HU|ĐU|ĐUK|TƯ)|ĐU[A-Z]*|ĐĐ|CB|ĐH)$/.test(code)
}

/**
 * A code as the id holds it: spaces removed, `Ð` (U+00D0, the Icelandic eth some sites type for
 * `Đ`) read as `Đ`: `58/2025/NÐ-CP` → `58/2025/NĐ-CP`, `845/UBND- KT` → `845/UBND-KT`.
 */
export function canonicalCode(code: string): string {
  return code.replace(/\s+/g, '').replace(/\u00d0/g, '\u0110')
}

/** True when the type word is only ever a noun (`đề án`, `nghị định`), never a verb or a plan for a period. */
export function isNounOnlyType(word: string): boolean {
  const t = documentTypeOfWord(word)
  return t !== null && 'nounOnly' in t && t.nounOnly === true
}
