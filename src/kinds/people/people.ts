import { findRange, inputSpan, type Doc, type Range } from '../../engine/doc.ts'
import { boundedMemo } from '../../engine/bounded-memo.ts'
import { forEachCapitalisedRunAt, runTokens, type CapitalAfterSpace } from './capitalised-runs.ts'
import { ADMIN_WORDS, CAPITALISED_COMPOUNDS, COUNTRIES, LOCALITY_HOLDERS, NOT_NAME_ENDINGS, THING_WORDS } from '../../lexicon/places.ts'
import { COMPOUND_SURNAMES, SURNAMES } from '../../lexicon/surnames.ts'
import {
  DAY_PHRASE_CONTINUATIONS, DAY_PHRASE_OPENERS, HO_CHI_MINH, HO_CHI_MINH_PERSON_CUES, NOT_PLACE_LIST_HEADS, PLACE_LIST_SEPARATORS, PLACE_NOUN_FILLERS,
} from '../../lexicon/place-context.ts'
import { GIVEN_NAME_HONORIFICS, TITLE_MENTION_HONORIFICS } from '../../lexicon/titles.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { PARTS_OF_DAY } from '../../lexicon/time-words.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import type { Person } from '../../records/person.ts'
import { PROVINCE_FORMS, provinceAt } from '../bodies/place-names.ts'
import { honorificLength, opensHonorific, parsedTitleAt, positionAtIn, readTitleAt, titleOf, titlesAfter, titlesBefore } from './titles.ts'
import { execAt, resumeAfter, testAt } from '../../engine/step.ts'
import { hashUnit, isSpaceUnit, sameUnitsAt, unitClasses } from '../../engine/units.ts'
import { isLetterClass, LETTER, letterClass, LOWER, MARK, NUMBER, SPACE, UPPER } from '../../normalize/letters.ts'
import { cueShortlyBefore } from '../../engine/cue.ts'
import { PhraseSet } from '../../engine/phrase-set.ts'
import { TokenSequences } from '../../engine/token-sequences.ts'
import { traceReject, tracing } from '../../engine/trace.ts'
import { SyllableFlags } from './syllable-flags.ts'
import { itself, lowerBound } from '../../engine/search.ts'

/**
 * A run of capitalised words: where it starts and its tokens (reused to find the article's
 * province). One-word runs are kept only when the word is a province's whole written form
 * (`Huế`): no other one-word run can count for a province. A longer run that is read no further
 * for a name (no surname in it, no honorific before it) is kept only when a province's first word
 * is one of its syllables: no other can count for a province either.
 */
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
/**
 * Phrases of two words and more, looked up as a first word and the rest: `has(a, b)` is
 * `phrases.has(\`${a} ${b}\`)` for a word `a` with no space, without building the joined string.
 */
class WordPairs {
  private readonly byFirst = new Map<string, Set<string>>()
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const space = p.indexOf(' ')
      if (space < 0) continue
      const first = p.slice(0, space)
      const rest = this.byFirst.get(first)
      if (rest) rest.add(p.slice(space + 1))
      else this.byFirst.set(first, new Set([p.slice(space + 1)]))
    }
  }

  /** True when some phrase starts with the word `a` and a space. */
  opens(a: string): boolean {
    return this.byFirst.has(a)
  }

  /** True when `${a} ${b}` is a phrase (`a` has no space). */
  has(a: string, b: string): boolean {
    return this.byFirst.get(a)?.has(b) ?? false
  }
}
const COMPOUNDS = new WordPairs(CAPITALISED_COMPOUNDS.map((s) => canonicalToneMarks(s)))
const NOT_LAST = new Set(NOT_NAME_ENDINGS.map(canonicalToneMarks))
/** Phrases as token sequences (tone-canonical), for {@link TokenSequences.at}. */
const sequences = (phrases: readonly string[]) => new TokenSequences(phrases.map((p) => ({ tokens: canonicalToneMarks(p).split(' '), value: null })))
const COUNTRY_TOKENS = sequences(COUNTRIES)

/** Tokens of a country name starting at `i`, or 0. */
function countryAt(tokens: readonly string[], i: number): number {
  return COUNTRY_TOKENS.at(tokens, i)?.tokens.length ?? 0
}
const THINGS = new Set(THING_WORDS.map(canonicalToneMarks))
/** Thing words (`Trường`, `Tết`) and administrative words (`huyện`, `Huyện ủy`) as they stand before a capitalised run. */
const THINGS_BEFORE = new PhraseSet(THINGS)
const THING_PAIRS = new WordPairs(THINGS)
/** Administrative nouns that open a list of places ("huyện Hoài Đức, Thanh Oai"); not `tại`, after which a comma ends an adverbial. */
const LIST_HEAD_BEFORE = new PhraseSet([...ADMIN_WORDS, ...LOCALITY_HOLDERS].filter((w) => !NOT_PLACE_LIST_HEADS.includes(w)).map(canonicalToneMarks))
const FILLERS_BEFORE = new PhraseSet(PLACE_NOUN_FILLERS.map(canonicalToneMarks), true)
const LIST_SEPARATORS = new Set(PLACE_LIST_SEPARATORS)
const DAY_WORDS = new Set([...Object.keys(PARTS_OF_DAY), ...DAY_PHRASE_OPENERS].map((w) => canonicalToneMarks(w[0]!.toUpperCase() + w.slice(1))))
const DAY_CONTINUATIONS = new Set(DAY_PHRASE_CONTINUATIONS.map(canonicalToneMarks))

/**
 * A place noun right before `pos` ("đường", "Quảng trường", "huyện"), looking through a few
 * filler words ("các tuyến đường chính như ▸Phạm Văn Đồng"). `admin` also takes administrative
 * words and the bodies that hold a locality ("huyện", "Huyện ủy").
 */
function placeNounBefore(text: string, pos: number, admin: boolean): boolean {
  let at = pos
  for (let k = 0; k < 4; k++) {
    if (THINGS_BEFORE.endingBefore(text, at, 4, 30) || (admin && ADMIN_BEFORE.endingBefore(text, at, 4, 30))) return true
    const filler = FILLERS_BEFORE.endingBefore(text, at, 1, 12)
    if (!filler) return false
    at = filler.start
  }
  return false
}

/**
 * True when the run's last syllable `token`, a word that may also open the next phrase ("Chiều",
 * "Ủy", "Tỉnh"), does open it: the text goes on with a word after the run (for a part of day, a
 * word of the day phrase or a number). Before punctuation or a line end it is the name's last
 * syllable ("Ông Bùi Văn Tỉnh, Bí thư …").
 */
export function opensNextPhrase(text: string, runEnd: number, token: string): boolean {
  if (text.charCodeAt(runEnd) !== 0x20) return false
  // Any word or number will do after a word that is not a part of day: whether one starts is enough
  // (the first character after the space lies well inside the 16 units read below).
  if (!DAY_WORDS.has(token)) return testAt(WORD_OR_NUMBER_AFTER_SPACE, text, runEnd)
  const next = /^ (\p{N}|[\p{Ll}][\p{L}\p{M}]*)/u.exec(text.slice(runEnd, runEnd + 16))?.[1]
  if (next === undefined) return false
  return /^\p{N}/u.test(next) || DAY_CONTINUATIONS.has(next)
}
/** {@link opensNextPhrase} as it read every word from a slice (the reference reading, for tests). */
export function opensNextPhraseBySlice(text: string, runEnd: number, token: string): boolean {
  if (text.charCodeAt(runEnd) !== 0x20) return false
  const next = /^ (\p{N}|[\p{Ll}][\p{L}\p{M}]*)/u.exec(text.slice(runEnd, runEnd + 16))?.[1]
  if (next === undefined) return false
  return !DAY_WORDS.has(token) || /^\p{N}/u.test(next) || DAY_CONTINUATIONS.has(next)
}
/** A space, then a number or a lower-case word: what starts a match of the reading in {@link opensNextPhrase}. */
const WORD_OR_NUMBER_AFTER_SPACE = / (?:\p{N}|\p{Ll})/uy
const ADMIN_BEFORE = new PhraseSet([...ADMIN_WORDS, ...LOCALITY_HOLDERS].map(canonicalToneMarks))
/** A title-case word: the reference reading of {@link isTitleCase}. */
export const isTitleCaseByRegex = (t: string) => /^\p{Lu}[\p{Ll}\p{M}]*(?:['’][\p{L}\p{M}]+)?$/u.test(t)
const LU = 1
const LL_OR_MARK = 2
const LETTER_OR_MARK = 4
/** Per UTF-16 unit (not a surrogate): `\p{Lu}`, `[\p{Ll}\p{M}]`, `[\p{L}\p{M}]`. */
export const wordClass = unitClasses((u) => {
  const k = letterClass(u.charCodeAt(0))
  return (k & UPPER ? LU : 0) | (k & (LOWER | MARK) ? LL_OR_MARK : 0) | (k & LETTER ? LETTER_OR_MARK : 0)
})
const isSurrogate = (c: number) => (c & 0xf800) === 0xd800

/**
 * `/^\p{Lu}[\p{Ll}\p{M}]*(?:['’][\p{L}\p{M}]+)?$/u` ("Nguyễn", "H'Hen"), read unit by unit from
 * tables (a word with a surrogate is read by the regex).
 */
export function isTitleCase(t: string): boolean {
  const n = t.length
  if (n === 0) return false
  let c = t.charCodeAt(0)
  if (isSurrogate(c)) return isTitleCaseByRegex(t)
  if ((wordClass(c) & LU) === 0) return false
  let i = 1
  for (; i < n; i++) {
    c = t.charCodeAt(i)
    if (isSurrogate(c)) return isTitleCaseByRegex(t)
    if ((wordClass(c) & LL_OR_MARK) === 0) break
  }
  if (i === n) return true
  if (c !== 0x27 && c !== 0x2019) return false
  if (++i === n) return false
  for (; i < n; i++) {
    c = t.charCodeAt(i)
    if (isSurrogate(c)) return isTitleCaseByRegex(t)
    if ((wordClass(c) & LETTER_OR_MARK) === 0) return false
  }
  return true
}
/** "tư tưởng, đạo đức, phong cách Hồ Chí Minh": a cue word in the 40 units before, with no `.` or `;` after it. */
function hcmPersonCue(doc: Doc, pos: number): boolean {
  return cueShortlyBefore(doc.key.slice(Math.max(0, pos - 60), pos).toLowerCase(), HO_CHI_MINH_PERSON_CUES, 40)
}

/** Surname tokens starting at `i`: 1, 2 for a compound surname, 0 when none. */
function surnameAt(tokens: readonly string[], i: number): number {
  return COMPOUND_TOKENS.at(tokens, i)?.tokens.length ?? (SURNAME_SET.has(tokens[i]!) ? 1 : 0)
}
const COMPOUND_TOKENS = sequences(COMPOUND_SURNAMES)

/** A surname, or the first syllable of a compound one: what {@link surnameAt} can find at a syllable. */
const SURNAME_START = 1
/** The first syllable of a province's written form: where `provinceAt` can find one. */
const PROVINCE_START = 2
const RUN_SYLLABLES = new SyllableFlags([
  ...[...SURNAME_SET].map((s) => [s, SURNAME_START] as const),
  ...COMPOUND_SURNAMES.map((s) => [canonicalToneMarks(s).split(' ')[0]!, SURNAME_START] as const),
  ...PROVINCE_FORMS.map((f) => [f.tokens[0]!, PROVINCE_START] as const),
])

/**
 * Full-name mentions: a surname and one to three more capitalised syllables, after the places
 * and title words that precede it in the same capitalised run are taken away.
 */
export function findNameMentions(doc: Doc, exclude: readonly Range[], runs: CapitalisedRun[] = [], honorifics?: Map<string, number[]>): NameMention[] {
  const out: NameMention[] = []
  /** Where the last run read as a place ends: the next list item after it is a place too. */
  let placeEnd = -1
  /**
   * Runs that named no one, in text order, whose effect on `placeEnd` is not worked out yet (a
   * run after a place noun, or next in a list of places, sets it to its end): it is, when a later
   * run asks {@link continuesPlaceList} within a few units of them. Most runs stand far from the
   * next one, and then what they would set is never asked for (`placeEnd` further back than
   * {@link PLACE_LIST_GAP} answers no, whatever it is).
   */
  // (Three numbers a run in one array for the whole text, of which the first `pendingLength` count,
  // so that emptying it frees nothing and filling it again allocates nothing: no object per run.
  // The third is 1 or 0 when a place noun was looked up before the run, -1 when not.)
  const pending: number[] = []
  let pendingLength = 0
  const settle = () => {
    for (let k = 0; k < pendingLength; k += 3) {
      const start = pending[k]!
      const thing = pending[k + 2]!
      if (LIST_HEAD_BEFORE.endingBefore(doc.key, start, 4, 30) || (thing < 0 ? placeNounBefore(doc.key, start, false) : thing === 1) || listContinues(start)) placeEnd = pending[k + 1]!
    }
    pendingLength = 0
  }
  const listContinues = (start: number) => placeEnd >= 0 && start - placeEnd <= PLACE_LIST_GAP && LIST_SEPARATORS.has(doc.key.slice(placeEnd, start))
  const continuesPlaceList = (start: number) => {
    if (pendingLength > 0) settle()
    return listContinues(start)
  }
  /** A place noun before the run (looked up at most once per run, for its reading and for the list bookkeeping). */
  let thingBefore: boolean | undefined
  const readRun = (m: Range, syllables: number): number | void => {
    if (digitOrApostropheAt(doc.key, m.end)) return reject(m, 'glued to a digit or apostrophe', m.end)
    if (syllables < 2) {
      // One word is never a full name; it is kept for the province only when it is one.
      if (isOneWordProvince(doc.key, m.start, m.end)) runs.push({ start: m.start, tokens: [doc.key.slice(m.start, m.end)] })
      return m.end
    }
    // A run with no syllable a surname can start with, after no honorific, names no one (the loop
    // below finds no surname in it): it is read no further, and kept for the province only when a
    // province's name can start in it. (When tracing, it is read in full, for the reason it gives.)
    const flags = RUN_SYLLABLES.ofWords(doc.key, m.start, m.end)
    if ((flags & SURNAME_START) === 0 && !tracing() && !honorificBefore(doc, m.start)) {
      if ((flags & PROVINCE_START) !== 0) runs.push({ start: m.start, tokens: runTokens(doc.key, m.start, m.end) })
      return
    }
    const tokens = runTokens(doc.key, m.start, m.end)
    runs.push({ start: m.start, tokens })
    if (findRange(exclude, m.start) >= 0) return reject(m, 'a photo credit or byline', m.end)
    if ((thingBefore = placeNounBefore(doc.key, m.start, false))) return reject(m, 'a place noun before it (đường, quảng trường, sông…): a place named after a person')
    // "huyện Hoài Đức, Thanh Oai, Thạch Thất": an item of a list that began with a place is a place.
    if (continuesPlaceList(m.start)) return reject(m, 'next in a list of places')
    let i = 0
    // "tư tưởng, phong cách Hồ Chí Minh": the person, not the city.
    const hcmPerson = m.end - m.start >= HO_CHI_MINH.length && doc.key.startsWith(HO_CHI_MINH, m.start) && hcmPersonCue(doc, m.start)
    for (;;) {
      if (hcmPerson) break
      if (i >= tokens.length) return reject(m, 'no surname after the places and titles')
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
      // (Cheapest test first: a title word at the run's start is looked up only for a possible surname.)
      if (
        !isTitleCase(tokens[i]!) ||
        (!surnameAt(tokens, i) && !(i === 0 && honorificBefore(doc, m.start))) ||
        (i === 0 && positionAtIn(doc.key, m.start, m.end) !== null)
      ) {
        i++
        continue
      }
      break
    }
    let j = Math.min(tokens.length, i + 4)
    if (tokens.length - i > 4) return reject(m, 'more than four syllables from the surname: a list of titles or places') // too long to be one name: a list of titles or places
    while (j > i && !isTitleCase(tokens[j - 1]!)) j--
    // "Đoàn Kiểm tra", "Văn Tổ chức": the last syllable begins a compound with the next word.
    // (The word after the run is read only when the syllable opens a compound.)
    if (COMPOUNDS.opens(tokens[j - 1]!)) {
      const next = lowerWordAfter(doc.key, m.end)
      if (next && COMPOUNDS.has(tokens[j - 1]!, next)) j--
    }
    // A scraped text may run a name into the next phrase: "Nguyễn Văn Thiện Chiều nay", "Phạm Minh Chính Ủy viên";
    // the word is the name's own when the phrase does not go on after it ("Ông Bùi Văn Tỉnh, Bí thư…").
    while (j - i > 2 && gluedAt(doc.key, m.end, tokens, j)) j--
    if (j - i === 2 && gluedAt(doc.key, m.end, tokens, j)) return reject(m, 'its last word opens the next phrase')
    if (countryAt(tokens, j - 2) === 2 || countryAt(tokens, i) > 0) return reject(m, 'a country name')
    // A thing word inside the run, before or at the surname ("Tết Đinh Dậu", "Tỉnh Đoàn Tiền Giang"): not a person.
    // ("UBND TP Nguyễn Đức Chung" is fine: TP there stands for the city of the body, not for a thing named after a person.)
    if (i > 0 && !hcmPerson && !isCityAbbreviation(tokens[i - 1]!) && (THINGS.has(tokens[i - 1]!) || THING_PAIRS.has(tokens[i - 1]!, tokens[i]!))) return reject(m, 'a thing word before the surname (Tết, Tỉnh Đoàn…)')
    if (j - i < 2) return reject(m, 'one syllable left after the places and titles')
    // "Trần Văn H.", "Nguyễn Thị M": an initial for the given name hides who it is.
    if (tokens[j - 1]!.length === 1) return reject(m, 'ends with an initial: an anonymised name')
    const start = offsetOf(m.start, tokens, i)
    // ("Tô Lâmđã chủ trì": normalisation has put the lost space back, see normalize/glued-seams.ts.)
    const end = offsetOf(m.start, tokens, j - 1) + tokens[j - 1]!.length
    // (The name's tokens joined by spaces are the key's text from `start` to `end`: compared in place.)
    if (end - start === HO_CHI_MINH.length && doc.key.startsWith(HO_CHI_MINH, start) && !hcmPersonCue(doc, m.start)) return reject(m, 'the city: no word before it names the person')
    if (i === 0 && j - i < 3 && placeNounBefore(doc.key, m.start, true)) return reject(m, 'a place after an administrative word') // "huyện Hà Quảng", "Huyện ủy Sơn Hà": a place
    out.push({ start, end, name: doc.text.slice(start, end), titles: NO_TITLES, after: end })
  }
  // (One range object reused for every run: what `readRun` and `reject` read of it.)
  const m = { start: 0, end: 0 }
  forEachCapitalisedRunAt(doc, (runStart, runEnd, syllables) => {
    m.start = runStart
    m.end = runEnd
    const found = out.length
    // Runs that named no one and end further back than a list gap can set no place list going on here, nor later.
    if (pendingLength > 0 && m.start - pending[pendingLength - 2]! > PLACE_LIST_GAP) {
      pendingLength = 0
      placeEnd = -1
    }
    thingBefore = undefined
    const after = readRun(m, syllables)
    // A run after a place noun, or next in a list of places, that named no one: the list goes on from it.
    if (out.length === found) {
      pending[pendingLength++] = m.start
      pending[pendingLength++] = m.end
      pending[pendingLength++] = thingBefore === undefined ? -1 : thingBefore ? 1 : 0
    }
    return after
  }, honorifics && honorificsAtCapitals(doc.key, honorifics))
  return out
}

/** The titles of a mention before {@link extractPeople} reads them (never added to: replaced). */
const NO_TITLES: Array<[number, number]> = []

/** How far a run may start after the last place to be read as the next item of a list of places. */
const PLACE_LIST_GAP = 6

/** Provinces written as one word (`Huế`, `TPHCM`): what `provinceAt([word], 0)` finds. */
const ONE_WORD_PROVINCES = new Set(PROVINCE_FORMS.filter((f) => f.tokens.length === 1).map((f) => f.tokens[0]!))
/** Their first units and lengths, as tables: most one-word runs are told apart from them without a slice. */
const ONE_WORD_PROVINCE_FIRST = new Uint8Array(0x10000)
const ONE_WORD_PROVINCE_LENGTH = new Uint8Array(Math.max(0, ...[...ONE_WORD_PROVINCES].map((w) => w.length)) + 1)
for (const w of ONE_WORD_PROVINCES) {
  ONE_WORD_PROVINCE_FIRST[w.charCodeAt(0)] = 1
  ONE_WORD_PROVINCE_LENGTH[w.length] = 1
}

/** True when `text.slice(start, end)` is a province written as one word. */
function isOneWordProvince(text: string, start: number, end: number): boolean {
  return ONE_WORD_PROVINCE_LENGTH[end - start] === 1 && ONE_WORD_PROVINCE_FIRST[text.charCodeAt(start)] === 1 && ONE_WORD_PROVINCES.has(text.slice(start, end))
}

/** Where token `k` of a run starting at `start` starts (tokens are one space apart). */
function offsetOf(start: number, tokens: readonly string[], k: number): number {
  let at = start
  for (let t = 0; t < k; t++) at += tokens[t]!.length + 1
  return at
}

/**
 * The run's syllable before token `k` (the last one kept) opens the next phrase rather than ends
 * the name ("Nguyễn Văn Thiện Chiều nay", "Phạm Minh Chính Ủy viên").
 */
function gluedAt(text: string, runEnd: number, tokens: readonly string[], k: number): boolean {
  return NOT_LAST.has(tokens[k - 1]!) && (k < tokens.length || opensNextPhrase(text, runEnd, tokens[k - 1]!))
}

const LOWER_WORD = /\p{Ll}[\p{L}\p{M}]*/uy

/** The lower-case word after a space at `pos`, read no further than 12 units from `pos` (`/^ (\p{Ll}[\p{L}\p{M}]*)/` on that much), or undefined. */
function lowerWordAfter(text: string, pos: number): string | undefined {
  if (text.charCodeAt(pos) !== 0x20) return undefined
  const m = execAt(LOWER_WORD, text, pos + 1)
  if (m === null) return undefined
  let end = Math.min(pos + 1 + m[0].length, pos + 12)
  const c = text.charCodeAt(end - 1)
  if (end < pos + 1 + m[0].length && c >= 0xd800 && c <= 0xdbff) end--
  return end > pos + 1 ? text.slice(pos + 1, end) : undefined
}

/** Records why a run names no one (for `explain()`), and says where the scan goes on. */
function reject(m: Range, reason: string, resume?: number): number | undefined {
  traceReject('person/name', m.start, m.end, reason)
  return resume
}

/** `/^T[Pp]\.?$/.test(token)`: "TP", "Tp", with or without a full stop. */
function isCityAbbreviation(token: string): boolean {
  return token === 'TP' || token === 'Tp' || token === 'TP.' || token === 'Tp.'
}

/** A digit or an apostrophe in the unit at `i` (a run glued to it is not a name: `Nguyễn2`, `O'Neil's`). */
function digitOrApostropheAt(text: string, i: number): boolean {
  return i < text.length && digitOrApostrophe(text.charCodeAt(i)) === 1
}
/** Per UTF-16 unit: 1 for `/[\p{N}'’]/u` (of the unit alone). */
export const digitOrApostrophe = unitClasses((u) => (letterClass(u.charCodeAt(0)) & NUMBER || u === "'" || u === '’' ? 1 : 0))

/** How far back {@link honorificBefore} reads. */
const HONORIFIC_WINDOW = 16
/** Per UTF-16 unit: 1 a letter (`\p{L}`), 2 a slash, 4 what may stand before the words (`[\s,;:(]`). */
export const beforeClass = unitClasses((u) => {
  const k = letterClass(u.charCodeAt(0))
  return isLetterClass(k) ? 1 : u === '/' ? 2 : k & SPACE || u === ',' || u === ';' || u === ':' || u === '(' ? 4 : 0
})

/**
 * The one or two words right before `pos` (then an optional `:` and one space), read back no
 * further than {@link HONORIFIC_WINDOW} units, as `/(?:^|[\s,;:(])([\p{L}/]+(?: [\p{L}]+)?):? $/u`
 * reads them in that window; null when there are none.
 */
export function wordsBeforeName(text: string, pos: number): string | null {
  const start = wordsBeforeNameStart(text, pos)
  if (start === SURROGATE_IN_WINDOW) return wordsBeforeNameByRegex(text, pos)
  return start < 0 ? null : text.slice(start, wordsBeforeNameEnd(text, pos))
}

/** {@link wordsBeforeNameStart}'s answer when a surrogate stands in the words: they are read by the regex. */
const SURROGATE_IN_WINDOW = -2

/** Where the words of {@link wordsBeforeName} end (when there are any): before the space, and before a `:` there. */
function wordsBeforeNameEnd(text: string, pos: number): number {
  const end = pos - 1
  return end - 1 >= Math.max(0, pos - HONORIFIC_WINDOW) && text.charCodeAt(end - 1) === 0x3a ? end - 1 : end
}

/**
 * Where the words of {@link wordsBeforeName} start, read in place: -1 when there are none,
 * {@link SURROGATE_IN_WINDOW} when a surrogate is met (the regex reads them then).
 */
function wordsBeforeNameStart(text: string, pos: number): number {
  const from = Math.max(0, pos - HONORIFIC_WINDOW)
  let end = pos - 1
  if (end < from || text.charCodeAt(end) !== 0x20) return -1
  if (end - 1 >= from && text.charCodeAt(end - 1) === 0x3a) end--
  // The last word: letters and slashes back from `end` (a surrogate anywhere: read by the regex).
  let i = end
  let slash = false
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1)
    if (c >= 0xd800 && c <= 0xdfff) return SURROGATE_IN_WINDOW
    const k = beforeClass(c)
    if (k === 2) slash = true
    else if (k !== 1) break
  }
  if (i === end) return -1
  const lastStart = i
  // A word before it, one space apart, when the last word has no slash: both, when that word starts well.
  if (!slash && lastStart - 1 > from && text.charCodeAt(lastStart - 1) === 0x20) {
    let j = lastStart - 1
    for (; j > from; j--) {
      const c = text.charCodeAt(j - 1)
      if (c >= 0xd800 && c <= 0xdfff) return SURROGATE_IN_WINDOW
      if ((beforeClass(c) & 3) === 0) break
    }
    if (j < lastStart - 1 && boundaryBefore(text, j, from)) return j
  }
  return boundaryBefore(text, lastStart, from) ? lastStart : -1
}

/**
 * True when the words read back from `at` start well: at the window's start `from`, or after a
 * unit of `[\s,;:(]`. (A function, not a closure made per call: {@link wordsBeforeNameStart} runs for most runs.)
 */
function boundaryBefore(text: string, at: number, from: number): boolean {
  return at === from || (beforeClass(text.charCodeAt(at - 1)) & 4) !== 0
}

/** {@link wordsBeforeName} by its regex (the reference reading, and texts with surrogates). */
export function wordsBeforeNameByRegex(text: string, pos: number): string | null {
  const before = text.slice(Math.max(0, pos - HONORIFIC_WINDOW), pos)
  return /(?:^|[\s,;:(])([\p{L}/]+(?: [\p{L}]+)?):? $/u.exec(before)?.[1] ?? null
}

/** An honorific (`ông`, `đồng chí`, `đ/c`) in the words right before a name at `pos`. */
function honorificBefore(doc: Doc, pos: number): boolean {
  const text = doc.key
  const start = wordsBeforeNameStart(text, pos)
  if (start === -1) return false
  if (start === SURROGATE_IN_WINDOW) {
    const w = wordsBeforeNameByRegex(text, pos)
    return w !== null && wordsHaveHonorific(w)
  }
  const end = wordsBeforeNameEnd(text, pos)
  // An honorific opens the words or their last word: when neither starts with a unit an honorific
  // can start with, there is none, and the words are not sliced (most capitalised runs stand so).
  let last = start
  for (let i = end - 1; i > start; i--) {
    if (text.charCodeAt(i) === 0x20) {
      last = i + 1
      break
    }
  }
  if (opensHonorific(text.charCodeAt(start)) === 0 && opensHonorific(text.charCodeAt(last)) === 0) return false
  // The answer depends on the words only, and the same few words stand before many names: it is
  // kept in a small table by a hash of the words, and read back when the words in that slot are
  // these (compared in place: no slice, no map lookup, for a word seen before).
  let h = 0
  for (let i = start; i < end; i++) h = hashUnit(h, text.charCodeAt(i))
  const slot = h & (HONORIFIC_SLOTS - 1)
  const seen = HONORIFIC_WORDS[slot]
  if (seen !== undefined && seen.length === end - start && sameUnitsAt(seen, text, start)) return HONORIFIC_FOUND[slot] === 1
  const w = text.slice(start, end)
  const found = wordsHaveHonorific(w)
  HONORIFIC_WORDS[slot] = w
  HONORIFIC_FOUND[slot] = found ? 1 : 0
  return found
}
/** Slots of the table of words read before names (a power of two). */
const HONORIFIC_SLOTS = 8192
const HONORIFIC_WORDS: Array<string | undefined> = new Array<string | undefined>(HONORIFIC_SLOTS).fill(undefined)
const HONORIFIC_FOUND = new Uint8Array(HONORIFIC_SLOTS)

/** {@link honorificBefore} of a text (for tests). */
export function honorificBeforeIn(text: string, pos: number): boolean {
  return honorificBefore({ key: text } as Doc, pos)
}

/** True when the words before a name (from {@link wordsBeforeName}), or their last word, open with an honorific. */
export function wordsHaveHonorific(w: string): boolean {
  const space = w.lastIndexOf(' ')
  return honorificLength(`${w} `) > 0 || (space >= 0 && honorificLength(`${w.slice(space + 1)} `) > 0)
}

/**
 * People: full-name mentions merged by name, with their titles; given-name mentions (`ông
 * Thanh`) and title-only mentions (`đồng chí Trưởng Ban Tổ chức Tỉnh ủy`) linked when unambiguous.
 */
export function extractPeople(doc: Doc, exclude: readonly Range[]): { people: Person[]; mentions: Array<{ person: number; start: number; end: number }>; runs: CapitalisedRun[] } {
  const runs: CapitalisedRun[] = []
  // (The honorifics before capitals, for the given-name and title-only scans, are found by the same pass.)
  const honorifics = new Map<string, number[]>()
  const mentions = findNameMentions(doc, exclude, runs, honorifics)
  const people: Person[] = []
  const byName = new Map<string, number>()
  const links: Array<{ person: number; start: number; end: number }> = []
  // The lower-cased titles of each person, by person: the one title most people have, or a set of them
  // (a person named often with a title is not re-compared to all of them; no set for one title).
  const titlesSeen: Array<string | Set<string> | undefined> = []
  const fullNames = partialNameOwners(mentions)
  mentions.forEach((m, k) => {
    const sentence = doc.sentences[findRange(doc.sentences, m.start)] ?? { start: 0, end: doc.key.length }
    // A title chain never crosses another name, nor runs further than a title can be long.
    const prev = mentions[k - 1]
    const next = mentions[k + 1]
    const from = Math.max(sentence.start, prev ? prev.end : 0, m.start - MAX_TITLE_CHAIN)
    const to = Math.min(sentence.end, next ? next.start : doc.key.length, m.end + MAX_TITLE_CHAIN)
    const after = titlesAfter(doc, m.end, to)
    // (The titles before, then those after, in the array `titlesBefore` made: no spread into a third.)
    const titles = titlesBefore(doc, m.start, from)
    for (const t of after.titles) titles.push(t)
    m.titles = titles
    m.after = after.end
    const mention: Person['mentions'][number] = mentionAt(doc, m.start, m.end, 'name')
    // "ông Hồ Hải" after "ông Nguyễn Hồ Hải": the same person, named without the surname.
    const owner = fullNames.get(m.name)
    if (owner !== undefined) mention.kind = 'given-name'
    const name = owner ?? m.name
    let index = byName.get(name)
    if (index === undefined && owner !== undefined) {
      // Named in full later in the article: the person is opened under the full name.
      index = people.length
      byName.set(name, index)
      people.push({ name, text: mention.text, span: mention.span, rule: 'person/name', mentions: [], titles: [], roles: [] })
    }
    if (index === undefined) {
      index = people.length
      byName.set(m.name, index)
      people.push({ name: m.name, text: mention.text, span: mention.span, rule: 'person/name', mentions: [], titles: [], roles: [] })
    }
    const person = people[index]!
    person.mentions.push(mention)
    // (An indexed loop: no iterator, and no destructuring of each range by iteration.)
    for (let r = 0; r < titles.length; r++) {
      const a = titles[r]![0]
      const b = titles[r]![1]
      // (The title's own text and span are made only for a title the person has not had yet.)
      const parsed = parsedTitleAt(doc, a, b)
      const key = lowerTitle(parsed.expanded)
      while (titlesSeen.length <= index) titlesSeen.push(undefined) // (kept dense: no holes)
      const seen = titlesSeen[index]
      if (seen === undefined) titlesSeen[index] = key
      else if (typeof seen === 'string') {
        if (seen === key) continue
        titlesSeen[index] = new Set([seen, key])
      } else if (seen.has(key)) continue
      else seen.add(key)
      person.titles.push(titleOf(doc, a, b, parsed))
    }
    links.push({ person: index, start: m.start, end: m.after })
  })
  // (Both scans start where their honorifics stand before a capital, found once.)
  linkGivenNames(doc, people, links, exclude, honorifics)
  linkTitleMentions(doc, people, links, honorifics)
  return { people, mentions: links.sort((a, b) => a.start - b.start), runs }
}

/** `expanded.toLowerCase()`, kept: an article repeats its titles, and their parses share one `expanded` string. */
const lowerTitle = boundedMemo(10_000, (expanded) => expanded.toLowerCase())

/** A mention of normalised range [s, e): `{ ...inputItem(doc, s, e), kind }`, without the spread. */
function mentionAt(doc: Doc, s: number, e: number, kind: Person['mentions'][number]['kind']): Person['mentions'][number] {
  const span = inputSpan(doc, s, e)
  return { text: doc.input.slice(span.start, span.end), span, kind }
}

/**
 * Two-syllable names that are the last two syllables of exactly one longer name in the article
 * ("Hồ Hải" of "Nguyễn Hồ Hải"), with that name.
 */
function partialNameOwners(mentions: readonly NameMention[]): Map<string, string> {
  // The one longer name each tail is the end of, or null when it ends two or more (no set of names per tail).
  const owners = new Map<string, string | null>()
  for (const m of mentions) {
    // (Words are what `split(' ')` gives: three or more when there are two spaces; the tail is after the last but one.)
    const last = m.name.lastIndexOf(' ')
    const lastButOne = last > 0 ? m.name.lastIndexOf(' ', last - 1) : -1
    if (lastButOne < 0) continue
    const tail = m.name.slice(lastButOne + 1)
    const owner = owners.get(tail)
    if (owner === undefined) owners.set(tail, m.name)
    else if (owner !== null && owner !== m.name) owners.set(tail, null)
  }
  const out = new Map<string, string>()
  if (owners.size === 0) return out
  for (const m of mentions) {
    const full = owners.get(m.name)
    if (typeof full === 'string' && isTwoWords(m.name)) out.set(m.name, full)
  }
  return out
}

/** True when `split(' ')` gives two words: one space. */
function isTwoWords(name: string): boolean {
  const space = name.indexOf(' ')
  return space >= 0 && name.indexOf(' ', space + 1) < 0
}

/**
 * An honorific and a given name, tried where one of the words its match starts with (`GIVEN_NAME_HONORIFICS`,
 * what its first group takes) stands; the unit before the honorific is checked by {@link afterBoundary}.
 * (No global twin is made here: tests/people-speed.test.ts scans with one, as the reference.)
 */
export const GIVEN_STICKY = lexiconPattern(`(${anyOf(GIVEN_NAME_HONORIFICS)}) (\\p{Lu}[\\p{Ll}\\p{M}]+)(?![\\p{L}\\p{M}]| \\p{Lu})`, 'uy')

/**
 * A visitor for a scan whose regex starts at a word that must stand at the text's start or after
 * a space, `,`, `;` or `(` not inside the previous kept match: what a leading `(?:^|[\s,;(])`
 * says, without trying that class at every space of the text. `visit` gets the matches whose
 * word stands so; at any other the scan goes on one unit further.
 */
export function afterBoundary(text: string, visit: (m: RegExpExecArray) => void): (m: RegExpExecArray) => number | undefined {
  let keptEnd = 0
  return (m) => {
    const q = m.index
    const ok = q === 0 ? keptEnd === 0 : q - 1 >= keptEnd && isBoundaryUnit(text.charCodeAt(q - 1))
    if (!ok) return q + 1
    keptEnd = q + m[0].length
    visit(m)
    return undefined
  }
}
const isBoundaryUnit = (c: number) => c === 0x2c || c === 0x3b || c === 0x28 || isSpaceUnit(c)

function linkGivenNames(doc: Doc, people: Person[], links: Array<{ person: number; start: number; end: number }>, exclude: readonly Range[], honorifics: ReadonlyMap<string, readonly number[]>): void {
  const byGivenName = new Map<string, number[]>()
  people.forEach((p, i) => {
    const given = p.name.slice(p.name.lastIndexOf(' ') + 1) // the last of its words
    const owners = byGivenName.get(given)
    if (owners) owners.push(i)
    else byGivenName.set(given, [i])
  })
  forEachMatchAfterWords(GIVEN_STICKY(), GIVEN_NAME_HONORIFICS, doc.key, honorifics, afterBoundary(doc.key, (m) => {
    const start = m.index + m[0].length - m[2]!.length
    if (findRange(exclude, start) >= 0 || findRange(doc.duplicates, start) >= 0) return
    const owners = byGivenName.get(m[2]!) ?? []
    if (owners.length !== 1) return
    const index = owners[0]!
    const person = people[index]!
    person.mentions.push(mentionAt(doc, start, start + m[2]!.length, 'given-name'))
    links.push({ person: index, start, end: start + m[2]!.length })
  }))
}

/** An honorific (`TITLE_MENTION_HONORIFICS`, the words its match starts with) before a capital, sticky; the unit before it is checked by {@link afterBoundary}. */
export const TITLE_MENTION_STICKY = lexiconPattern(`${anyOf(TITLE_MENTION_HONORIFICS)} (?=\\p{Lu})`, 'uy')

/** Per UTF-16 unit: 1 when it may open a `\p{Lu}` letter (one is, alone, or it is a surrogate). */
export const mayOpenUpper = unitClasses((u) => {
  const c = u.charCodeAt(0)
  return letterClass(c) & UPPER || (c & 0xf800) === 0xd800 ? 1 : 0
})

/** The honorifics of {@link GIVEN_STICKY} and {@link TITLE_MENTION_STICKY}. */
const SCAN_WORDS = [...new Set([...GIVEN_NAME_HONORIFICS, ...TITLE_MENTION_HONORIFICS])]

/**
 * {@link SCAN_WORDS} by their last unit: `SCAN_WORDS_BY_LAST[SCAN_WORD_LAST_UNIT[u] - 1]` are the
 * words that end with unit `u` (a table read, no map lookup, for every capital after a space).
 */
const SCAN_WORD_LAST_UNIT = new Uint8Array(0x10000)
const SCAN_WORDS_BY_LAST: string[][] = []
for (const word of SCAN_WORDS) {
  const last = word.charCodeAt(word.length - 1)
  if (SCAN_WORD_LAST_UNIT[last] === 0) SCAN_WORD_LAST_UNIT[last] = SCAN_WORDS_BY_LAST.push([])
  SCAN_WORDS_BY_LAST[SCAN_WORD_LAST_UNIT[last]! - 1]!.push(word)
}

/**
 * Where each honorific of {@link GIVEN_STICKY} and {@link TITLE_MENTION_STICKY} is written with a space and what
 * may be a capital letter after it, gathered from the capitalised-run scan's look at each capital
 * after a space (`forEachCapitalisedRunAt`'s `capitalAfterSpace`) instead of one `indexOf` search
 * of the text per word (tests/people-speed3.test.ts keeps that search as the reference): into
 * `out`, by honorific, in text order; only the honorifics at the
 * text's start or after a unit {@link afterBoundary} takes, the only ones whose matches the scans
 * over them keep (at any other, they go on one unit further, which no later start is before).
 */
export function honorificsAtCapitals(text: string, out: Map<string, number[]>): CapitalAfterSpace {
  return (q) => {
    // `q` is the capital: the honorific ends with the unit before its space.
    if (q < 2) return
    const slot = SCAN_WORD_LAST_UNIT[text.charCodeAt(q - 2)]!
    if (slot === 0 || mayOpenUpper(text.charCodeAt(q)) !== 1) return
    const words = SCAN_WORDS_BY_LAST[slot - 1]!
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!
      const i = q - 1 - word.length
      if (i < 0 || !text.startsWith(word, i) || (i > 0 && !isBoundaryUnit(text.charCodeAt(i - 1)))) continue
      const list = out.get(word)
      if (list) list.push(i)
      else out.set(word, [i])
    }
  }
}

/**
 * `forEachMatch(global, text, visit)` for a regex whose every match starts with one of `words`,
 * a space and a capital letter, tried only where {@link honorificsAtCapitals} (`found`) saw
 * such a word, with the regex made sticky (`sticky`), in text order, resuming as `forEachMatch`
 * would, instead of trying the regex at every unit of the text.
 */
export function forEachMatchAfterWords(
  sticky: RegExp, words: readonly string[], text: string, found: ReadonlyMap<string, readonly number[]>, visit: (m: RegExpExecArray) => number | undefined,
): void {
  // Each word's starts are in text order: they are merged (the smallest head next) rather than sorted together.
  const lists: Array<readonly number[]> = []
  for (const w of words) {
    const at = found.get(w)
    if (at && at.length > 0) lists.push(at)
  }
  if (lists.length === 0) return
  const heads = lists.map(() => 0)
  let at = 0
  for (;;) {
    let next = -1
    let q = Infinity
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k]!
      if (heads[k]! < list.length && list[heads[k]!]! < q) {
        q = list[heads[k]!]!
        next = k
      }
    }
    if (next < 0) return
    heads[next] = heads[next]! + 1
    if (q < at) continue // also a start found twice
    const m = execAt(sticky, text, q)
    if (m === null || m.index !== q) continue
    const verdict = visit(m)
    at = resumeAfter(text, q, typeof verdict === 'number' ? verdict : q + m[0].length)
  }
}

function linkTitleMentions(doc: Doc, people: Person[], links: Array<{ person: number; start: number; end: number }>, honorifics: ReadonlyMap<string, readonly number[]>): void {
  // Who holds each title, by its canonical lower-case text (a title held by two people links to neither):
  // made when the first title-only mention is read (most articles have none).
  let holders: Map<string, Set<number>> | undefined
  const holdersOf = () => {
    if (holders) return holders
    holders = new Map()
    for (let i = 0; i < people.length; i++) {
      for (const t of people[i]!.titles) {
        const key = canonicalToneMarks(t.text).toLowerCase().replace(/\s+/g, ' ')
        const set = holders.get(key)
        if (set) set.add(i)
        else holders.set(key, new Set([i]))
      }
    }
    return holders
  }
  // The names' starts, from the links made before this scan (not the ones it adds), sorted when first needed.
  const named = links.length
  let starts: number[] | undefined
  const nameWithin = (from: number, to: number) => {
    if (starts === undefined) {
      starts = []
      for (let k = 0; k < named; k++) starts.push(links[k]!.start)
      starts.sort((a, b) => a - b)
    }
    const k = lowerBound(starts, from, itself)
    return k < starts.length && starts[k]! <= to
  }
  forEachMatchAfterWords(TITLE_MENTION_STICKY(), TITLE_MENTION_HONORIFICS, doc.key, honorifics, afterBoundary(doc.key, (m) => {
    const start = m.index + m[0].length
    if (findRange(doc.duplicates, start) >= 0 || !positionAtIn(doc.key, start, Math.min(doc.key.length, start + 40))) return
    const sentence = doc.sentences[findRange(doc.sentences, start)] ?? { start: 0, end: doc.key.length }
    const end = readTitleAt(doc, start, sentence.end)
    const firstEnd = end > start ? end : undefined
    const title = firstEnd ? doc.key.slice(start, firstEnd) : ''
    if (!title || nameWithin(start, (firstEnd ?? start) + 1)) return // a name follows: not title-only
    const owners = holdersOf().get(title.toLowerCase().replace(/\s+/g, ' '))
    if (owners === undefined || owners.size !== 1) return
    const index = owners.values().next().value!
    const person = people[index]!
    person.mentions.push(mentionAt(doc, start, firstEnd!, 'title'))
    links.push({ person: index, start, end: firstEnd! })
  }))
}
