import { findRange, inputItem, type Doc, type Range } from '../../engine/doc.ts'
import { classAt, DIGIT } from '../../engine/char-class.ts'
import { forEachCapitalisedRun } from './capitalised-runs.ts'
import { ADMIN_WORDS, CAPITALISED_COMPOUNDS, COUNTRIES, LOCALITY_HOLDERS, NOT_NAME_ENDINGS, THING_WORDS } from '../../lexicon/places.ts'
import { COMPOUND_SURNAMES, SURNAMES } from '../../lexicon/surnames.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import type { Person } from '../../records/person.ts'
import { provinceAt } from '../bodies/place-names.ts'
import { honorificLength, parseTitle, positionAt, readTitleAt, titlesAfter, titlesBefore } from './titles.ts'
import { forEachMatch } from '../../engine/step.ts'
import { cueShortlyBefore } from '../../engine/cue.ts'
import { PhraseSet } from '../../engine/phrase-set.ts'
import { itself, lowerBound } from '../../engine/search.ts'

/** A run of capitalised words: where it starts and its tokens (reused to find the article's province). */
export interface CapitalisedRun {
  start: number
  tokens: string[]
}

/** A full-name mention found in the text. */
export interface NameMention extends Range {
  name: string
  /** Normalised ranges of the titles written with this mention. */
  titles: Array<[number, number]>
  /** Where the mention's title chain after the name ends. */
  after: number
}

/** Longest title chain read before or after a name, in units ("Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, …"). */
const MAX_TITLE_CHAIN = 300
const SURNAME_SET = new Set(SURNAMES.map((s) => canonicalToneMarks(s)))
const COMPOUND = COMPOUND_SURNAMES
const COMPOUNDS = new Set(CAPITALISED_COMPOUNDS.map((s) => canonicalToneMarks(s)))
const NOT_LAST = new Set(NOT_NAME_ENDINGS.map(canonicalToneMarks))
/** Token sequences by their first token, longest first: one map lookup per token. */
function byFirstToken(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>()
  for (const c of phrases.map((p) => canonicalToneMarks(p).split(' ')).sort((a, b) => b.length - a.length)) {
    const list = map.get(c[0]!)
    if (list) list.push(c)
    else map.set(c[0]!, [c])
  }
  return map
}
/** How many tokens of `tokens` from `i` one of the sequences covers (the longest), or 0. */
function sequenceAt(map: ReadonlyMap<string, string[][]>, tokens: readonly string[], i: number): number {
  const candidates = map.get(tokens[i]!)
  if (candidates) for (const c of candidates) if (c.every((t, k) => tokens[i + k] === t)) return c.length
  return 0
}
const COUNTRY_TOKENS = byFirstToken(COUNTRIES)

/** Tokens of a country name starting at `i`, or 0. */
function countryAt(tokens: readonly string[], i: number): number {
  return sequenceAt(COUNTRY_TOKENS, tokens, i)
}
const THINGS = new Set(THING_WORDS.map(canonicalToneMarks))
/** Thing words (`Trường`, `Tết`) and administrative words (`huyện`, `Huyện ủy`) as they stand before a capitalised run. */
const THINGS_BEFORE = new PhraseSet(THINGS)
const ADMIN_BEFORE = new PhraseSet([...ADMIN_WORDS, ...LOCALITY_HOLDERS].map(canonicalToneMarks))
const isTitleCase = (t: string) => /^\p{Lu}[\p{Ll}\p{M}]*(?:['’][\p{L}\p{M}]+)?$/u.test(t)
const HCM_PERSON_CUES = ['tư tưởng', 'chủ tịch', 'phong cách', 'đạo đức', 'gương', 'bác', 'lời dạy của', 'di chúc của', 'người']
/** "tư tưởng, đạo đức, phong cách Hồ Chí Minh": a cue word in the 40 units before, with no `.` or `;` after it. */
function hcmPersonCue(doc: Doc, pos: number): boolean {
  return cueShortlyBefore(doc.key.slice(Math.max(0, pos - 60), pos).toLowerCase(), HCM_PERSON_CUES, 40)
}

/** Surname tokens starting at `i`: 1, 2 for a compound surname, 0 when none. */
function surnameAt(tokens: readonly string[], i: number): number {
  return sequenceAt(COMPOUND_TOKENS, tokens, i) || (SURNAME_SET.has(tokens[i]!) ? 1 : 0)
}
const COMPOUND_TOKENS = byFirstToken(COMPOUND)

/**
 * Full-name mentions: a surname and one to three more capitalised syllables, after the places
 * and title words that precede it in the same capitalised run are taken away.
 */
export function findNameMentions(doc: Doc, exclude: readonly Range[], runs: CapitalisedRun[] = []): NameMention[] {
  const out: NameMention[] = []
  forEachCapitalisedRun(doc, (m) => {
    if (digitOrApostropheAt(doc.key, m.end)) return m.end
    const tokens = m.key.split(' ')
    runs.push({ start: m.start, tokens })
    if (tokens.length < 2 || findRange(exclude, m.start) >= 0) return m.end // one word is never a full name
    const offsets: number[] = []
    let at = m.start
    for (const t of tokens) {
      offsets.push(at)
      at += t.length + 1
    }
    if (THINGS_BEFORE.endingBefore(doc.key, m.start, 4, 30)) return
    let honorific: boolean | undefined
    const afterHonorific = () => (honorific ??= honorificBefore(doc, m.start))
    let i = 0
    // "tư tưởng, phong cách Hồ Chí Minh": the person, not the city.
    const hcmPerson = m.key.startsWith('Hồ Chí Minh') && hcmPersonCue(doc, m.start)
    for (;;) {
      if (hcmPerson) break
      if (i >= tokens.length) return
      const p = provinceAt(tokens, i)
      if (p) {
        i += p.tokens.length
        continue
      }
      const country = countryAt(tokens, i)
      if (country) {
        i += country
        continue
      }
      const titleWord = i === 0 && positionAt(doc.key.slice(offsets[0]!, m.end)) !== null
      if (!isTitleCase(tokens[i]!) || titleWord || (!surnameAt(tokens, i) && !(i === 0 && afterHonorific()))) {
        i++
        continue
      }
      break
    }
    let j = Math.min(tokens.length, i + 4)
    if (tokens.length - i > 4) return // too long to be one name: a list of titles or places
    while (j > i && !isTitleCase(tokens[j - 1]!)) j--
    // "Đoàn Kiểm tra", "Văn Tổ chức": the last syllable begins a compound with the next word.
    const next = /^ ([\p{Ll}][\p{L}\p{M}]*)/u.exec(doc.key.slice(m.end, m.end + 12))?.[1]
    if (next && COMPOUNDS.has(`${tokens[j - 1]} ${next}`)) j--
    // A scraped text may run a name into the next phrase: "Nguyễn Văn Thiện Chiều nay", "Phạm Minh Chính Ủy viên".
    while (j - i > 2 && NOT_LAST.has(tokens[j - 1]!)) j--
    if (j - i === 2 && NOT_LAST.has(tokens[j - 1]!)) return
    if (countryAt(tokens, j - 2) === 2 || countryAt(tokens, i) > 0) return
    // A thing word inside the run, before or at the surname ("Tết Đinh Dậu", "Tỉnh Đoàn Tiền Giang"): not a person.
    // ("UBND TP Nguyễn Đức Chung" is fine: TP there stands for the city of the body, not for a thing named after a person.)
    if (i > 0 && !hcmPerson && !/^T[Pp]\.?$/.test(tokens[i - 1]!) && (THINGS.has(tokens[i - 1]!) || THINGS.has(`${tokens[i - 1]} ${tokens[i]}`))) return
    if (j - i < 2) return
    const name = tokens.slice(i, j).join(' ')
    if (name === 'Hồ Chí Minh' && !hcmPersonCue(doc, m.start)) return
    if (i === 0 && ADMIN_BEFORE.endingBefore(doc.key, m.start, 4, 30) && j - i < 3) return // "huyện Hà Quảng", "Huyện ủy Sơn Hà": a place
    const start = offsets[i]!
    const end = offsets[j - 1]! + tokens[j - 1]!.length
    out.push({ start, end, name: doc.text.slice(start, end), titles: [], after: end })
  })
  return out
}

/** A digit or an apostrophe in the unit at `i` (a run glued to it is not a name: `Nguyễn2`, `O'Neil's`). */
function digitOrApostropheAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c === 0x27 || c === 0x2019) return true
  return (c < 0xd800 || c > 0xdfff) && i < text.length && (classAt(text, i) & DIGIT) !== 0
}

function honorificBefore(doc: Doc, pos: number): boolean {
  const before = doc.key.slice(Math.max(0, pos - 16), pos)
  const m = /(?:^|[\s,;:(])([\p{L}/]+(?: [\p{L}]+)?):? $/u.exec(before)
  if (!m) return false
  const w = m[1]!
  return honorificLength(`${w} `) > 0 || honorificLength(`${w.split(' ').pop()} `) > 0
}

/**
 * People: full-name mentions merged by name, with their titles; given-name mentions (`ông
 * Thanh`) and title-only mentions (`đồng chí Trưởng Ban Tổ chức Tỉnh ủy`) linked when unambiguous.
 */
export function extractPeople(doc: Doc, exclude: readonly Range[]): { people: Person[]; mentions: Array<{ person: number; start: number; end: number }>; runs: CapitalisedRun[] } {
  const runs: CapitalisedRun[] = []
  const mentions = findNameMentions(doc, exclude, runs)
  const people: Person[] = []
  const byName = new Map<string, number>()
  const links: Array<{ person: number; start: number; end: number }> = []
  const titlesSeen = new Map<number, Set<string>>()
  mentions.forEach((m, k) => {
    const sentence = doc.sentences[findRange(doc.sentences, m.start)] ?? { start: 0, end: doc.key.length }
    // A title chain never crosses another name, nor runs further than a title can be long.
    const prev = mentions[k - 1]
    const next = mentions[k + 1]
    const from = Math.max(sentence.start, prev ? prev.end : 0, m.start - MAX_TITLE_CHAIN)
    const to = Math.min(sentence.end, next ? next.start : doc.key.length, m.end + MAX_TITLE_CHAIN)
    const after = titlesAfter(doc, m.end, to)
    m.titles = [...titlesBefore(doc, m.start, from), ...after.titles]
    m.after = after.end
    const mention = { ...inputItem(doc, m.start, m.end), kind: 'name' as const }
    let index = byName.get(m.name)
    if (index === undefined) {
      index = people.length
      byName.set(m.name, index)
      people.push({ name: m.name, text: mention.text, span: mention.span, rule: 'person/name', mentions: [], titles: [], roles: [] })
    }
    const person = people[index]!
    person.mentions.push(mention)
    for (const [a, b] of m.titles) {
      const t = parseTitle(doc, a, b)
      // One set of lower-cased titles per person: a person named often with a title is not re-compared to all of them.
      let seen = titlesSeen.get(index)
      if (!seen) titlesSeen.set(index, (seen = new Set()))
      const key = t.expanded.toLowerCase()
      if (!seen.has(key)) {
        seen.add(key)
        person.titles.push(t)
      }
    }
    links.push({ person: index, start: m.start, end: m.after })
  })
  linkGivenNames(doc, people, links, exclude)
  linkTitleMentions(doc, people, links)
  return { people, mentions: links.sort((a, b) => a.start - b.start), runs }
}

const GIVEN = /(?:^|[\s,;(])(ông|bà|đồng chí|đ\/c|anh|chị) (\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}]| \p{Lu})/gu

function linkGivenNames(doc: Doc, people: Person[], links: Array<{ person: number; start: number; end: number }>, exclude: readonly Range[]): void {
  const byGivenName = new Map<string, number[]>()
  people.forEach((p, i) => {
    const given = p.name.split(' ').at(-1)!
    byGivenName.set(given, [...(byGivenName.get(given) ?? []), i])
  })
  forEachMatch(GIVEN, doc.key, (m) => {
    const start = m.index + m[0].length - m[2]!.length
    if (findRange(exclude, start) >= 0 || findRange(doc.duplicates, start) >= 0) return
    const owners = byGivenName.get(m[2]!) ?? []
    if (owners.length !== 1) return
    const index = owners[0]!
    const person = people[index]!
    person.mentions.push({ ...inputItem(doc, start, start + m[2]!.length), kind: 'given-name' })
    links.push({ person: index, start, end: start + m[2]!.length })
  })
}

const TITLE_MENTION = /(?:^|[\s,;(])(?:đồng chí|Đồng chí|ông|Ông|bà|Bà) (?=\p{Lu})/gu

function linkTitleMentions(doc: Doc, people: Person[], links: Array<{ person: number; start: number; end: number }>): void {
  // Who holds each title, by its canonical lower-case text (a title held by two people links to neither).
  const holders = new Map<string, Set<number>>()
  people.forEach((p, i) => {
    for (const t of p.titles) {
      const key = canonicalToneMarks(t.text).toLowerCase().replace(/\s+/g, ' ')
      holders.set(key, (holders.get(key) ?? new Set()).add(i))
    }
  })
  const starts = links.map((l) => l.start).sort((a, b) => a - b)
  const nameWithin = (from: number, to: number) => {
    const k = lowerBound(starts, from, itself)
    return k < starts.length && starts[k]! <= to
  }
  forEachMatch(TITLE_MENTION, doc.key, (m) => {
    const start = m.index + m[0].length
    if (findRange(doc.duplicates, start) >= 0 || !positionAt(doc.key.slice(start, start + 40))) return
    const sentence = doc.sentences[findRange(doc.sentences, start)] ?? { start: 0, end: doc.key.length }
    const end = readTitleAt(doc, start, sentence.end)
    const firstEnd = end > start ? end : undefined
    const title = firstEnd ? doc.key.slice(start, firstEnd) : ''
    if (!title || nameWithin(start, (firstEnd ?? start) + 1)) return // a name follows: not title-only
    const owners = [...(holders.get(title.toLowerCase().replace(/\s+/g, ' ')) ?? [])]
    if (owners.length !== 1) return
    const index = owners[0]!
    const person = people[index]!
    person.mentions.push({ ...inputItem(doc, start, firstEnd!), kind: 'title' })
    links.push({ person: index, start, end: firstEnd! })
  })
}
