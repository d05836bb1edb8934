import { findRange, type Doc } from '../../engine/doc.ts'
import {
  ATTENDEE_OPENERS, CHAIR_BREAK_WORDS, CHAIR_TASK_WORDS, CHAIR_VERB, CHAIR_WORDS, CHAIRED_BY_WORDS, CHAIRS_LISTED_BY, NAME_GAP_VERBS, NEW_SUBJECT_WORDS,
  PEOPLE_LIST_HONORIFICS, PEOPLE_LIST_JOINER, PEOPLE_LIST_PLURAL, SPEAKER_WORDS,
} from '../../lexicon/roles.ts'
import type { Person } from '../../records/person.ts'
import { isSpaceUnit } from '../../engine/units.ts'
import { LETTER, letterClass, SPACE } from '../../normalize/letters.ts'
import { letterOrMarkStartsAt, wholeWordAt } from '../../engine/cue.ts'
import { itself, lowerBound, upperBound } from '../../engine/search.ts'
import { forEachMatch, nextCodePoint, testAt } from '../../engine/step.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { sentencesLowered } from '../../engine/lower-sentences.ts'
import { ROLE_WORD } from '../meetings/grammar.ts'

export interface PersonLink {
  person: number
  start: number
  end: number
}

/** Where a phrase occurs in `text` (lower case), as whole words (the reference reading of {@link rolePhrases}). */
export function occurrences(text: string, phrase: string): number[] {
  const out: number[] = []
  let i = text.indexOf(phrase)
  while (i >= 0) {
    const before = i === 0 ? ' ' : text[i - 1]!
    const after = text[i + phrase.length] ?? ' '
    if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after)) out.push(i)
    i = text.indexOf(phrase, i + 1)
  }
  return out
}

/** The three lists of role words, as {@link rolePhrases} tells them apart. */
const CHAIR = 0
const ATTEND = 1
const SPEAK = 2
/** A role phrase, its second unit (-1 when it has one unit) and the list it is of. */
interface RolePhrase { phrase: string; second: number; list: number }
/**
 * Every role phrase with its list, grouped by its first UTF-16 unit: `ROLE_FIRST[unit]` is the
 * index in `ROLE_GROUPS` of the phrases that start with it, 0 for none (a typed array read per
 * unit: a plain array of 65 536 slots is read more slowly).
 */
const ROLE_FIRST = new Uint16Array(0x10000)
const ROLE_GROUPS: RolePhrase[][] = [[]]
;[CHAIR_WORDS, ATTENDEE_OPENERS, SPEAKER_WORDS].forEach((words, list) => {
  for (const phrase of words) {
    if (phrase === '') continue
    const first = phrase.charCodeAt(0)
    if (ROLE_FIRST[first] === 0) {
      ROLE_FIRST[first] = ROLE_GROUPS.length
      ROLE_GROUPS.push([])
    }
    ROLE_GROUPS[ROLE_FIRST[first]!]!.push({ phrase, second: phrase.length > 1 ? phrase.charCodeAt(1) : -1, list })
  }
})
/** True when unit `c` is a letter or a mark (as `/[\p{L}\p{M}]/u` says of the unit alone): the normaliser's table. */
const letterOrMark = (c: number) => (letterClass(c) & LETTER) !== 0

/** The lengths of the shortest and the longest role word. */
const ROLE_LENGTHS = ROLE_GROUPS.flat().map((e) => e.phrase.length)
const SHORTEST_ROLE = Math.min(...ROLE_LENGTHS)
const LONGEST_ROLE = Math.max(...ROLE_LENGTHS)

/**
 * Where the chair words, attendee openers and speaker words occur in `text` (lower case), as
 * whole words, each list in ascending order (a phrase found twice at one place, as two words of
 * a list, counts twice): what {@link occurrences} finds for each word of the lists, sorted.
 *
 * One native scan ({@link ROLE_WORD}, run with `test`: no match array is made) finds where the
 * next role word is written: it starts at the first position, from at most the longest word's
 * length before the match's end, where one starts; only those positions are read here, not every
 * unit of the sentence (a loop over every unit cost three times as much).
 */
export function rolePhrases(text: string): { chairAt: number[]; attendAt: number[]; speakAt: number[] } {
  const found: [number[], number[], number[]] = [[], [], []]
  const n = text.length
  const re = ROLE_WORD.get().regex
  let at = 0
  while (at < n && testAt(re, text, at)) {
    const end = re.lastIndex
    let p = Math.max(at, end - LONGEST_ROLE)
    for (; p <= end - SHORTEST_ROLE; p++) if (rolesAt(text, p, found)) break
    at = p + 1
  }
  return { chairAt: found[CHAIR], attendAt: found[ATTEND], speakAt: found[SPEAK] }
}

/**
 * Reads the role words written at `p` into `found` (those that stand as whole words), and tells
 * whether any role word is written there at all.
 */
function rolesAt(text: string, p: number, found: [number[], number[], number[]]): boolean {
  const group = ROLE_FIRST[text.charCodeAt(p)]!
  if (group === 0) return false
  const n = text.length
  const whole = p === 0 || !letterOrMark(text.charCodeAt(p - 1))
  const entries = ROLE_GROUPS[group]!
  let written = false
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!
    if (e.second >= 0 && text.charCodeAt(p + 1) !== e.second) continue
    if (!text.startsWith(e.phrase, p)) continue
    written = true
    const after = p + e.phrase.length
    if (whole && (after >= n || !letterOrMark(text.charCodeAt(after)))) found[e.list]!.push(p)
  }
  return written
}

/**
 * Chair, attendee and speaker roles, by the words in each person's sentence. Returns the people
 * with their roles (new objects; the input is not changed) and the chairs' links.
 * Per sentence the work is linear in its names and role words (plus a binary search each): the
 * facts about each name and each gap between names are computed once, not once per role word.
 */
export function assignRoles(doc: Doc, given: readonly Person[], links: readonly PersonLink[]): { people: Person[]; chairs: PersonLink[] } {
  const people = given.map((p) => ({ ...p, roles: [...p.roles] }))
  const chairs: PersonLink[] = []
  // The links by sentence, the sentences in the order their first link comes (read back by index:
  // a walk over the map's entries makes an array per entry).
  const bySentence = new Map<number, PersonLink[]>()
  const sentenceOrder: number[] = []
  // (Loops by index, here and below: a `for … of` in code not yet optimised makes an iterator result per step.)
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!
    const s = findRange(doc.sentences, l.start)
    if (s < 0) continue
    const list = bySentence.get(s)
    if (list) list.push(l)
    else {
      bySentence.set(s, [l])
      sentenceOrder.push(s)
    }
  }
  const add = (l: PersonLink, role: Person['roles'][number]) => {
    const p = people[l.person]!
    if (!p.roles.includes(role)) p.roles.push(role)
  }
  const lowerSentence = sentencesLowered(doc)
  for (let i = 0; i < sentenceOrder.length; i++) {
    const s = sentenceOrder[i]!
    const sentence = doc.sentences[s]!
    const text = lowerSentence(s)
    // (Speaker words are read in any order: each gives the same role.)
    const { chairAt, attendAt, speakAt } = rolePhrases(text)
    // No role word: nothing below gives anyone a role.
    if (chairAt.length === 0 && attendAt.length === 0 && speakAt.length === 0) continue
    // (The list is this function's own: sorted in place, and only when out of order.)
    const ls = bySentence.get(s)!
    if (!ascendingStarts(ls)) ls.sort((a, b) => a.start - b.start)
    const starts = ls.map((l) => l.start - sentence.start)
    const ends = ls.map((l) => l.end - sentence.start)
    // An attendee opener in the 200 units before a name (and after its end minus 200) keeps it from chairing.
    const attendeeBefore = ls.map((_, k) => {
      const i = lowerBound(attendAt, starts[k]!, itself) - 1
      return i >= 0 && attendAt[i]! > ends[k]! - 200
    })
    // lastVerbGap[k]: the largest j <= k whose gap to the next name holds a verb (they are not one list), or -1.
    const lastVerbGap: number[] = []
    for (let k = 0; k < ls.length; k++) {
      const verb = k + 1 < ls.length && starts[k + 1]! > ends[k]! && gapHasVerb(text, ends[k]!, starts[k + 1]!)
      lastVerbGap.push(verb ? k : k > 0 ? lastVerbGap[k - 1]! : -1)
    }
    const chaired = new Set<PersonLink>()
    const chair = (k: number) => {
      const l = ls[k]!
      add(l, 'chair')
      if (!chaired.has(l)) {
        chaired.add(l)
        chairs.push(l)
      }
    }
    let breaks: BreakIndex | undefined
    for (let ci = 0; ci < chairAt.length; ci++) {
      const c = chairAt[ci]!
      // "do Bộ … chủ trì soạn thảo", "chủ trì phối hợp với …": the lead of a task, not a meeting's chair.
      if (chairTaskAt(text.slice(c, c + 40))) continue
      // Chairs before the word: the names ending before it, after the last verb between names.
      const p = lowerBound(starts, c, itself) // names 0 … p-1 start before the word
      // Not further back than a title chain is long: a name that ends more than CHAIR_REACH units
      // before the word is not its subject (and each word reads a bounded stretch).
      let from = p >= 2 ? lastVerbGap[p - 2]! + 1 : 0
      while (from < p && c - ends[from]! > CHAIR_REACH) from++
      breaks ??= breakIndex(text, doc.key.slice(sentence.start, sentence.end))
      const broken = chairBreaks(text, breaks, ends, from, p, c)
      for (let k = from; k < p; k++) if (ends[k]! <= c && !attendeeBefore[k] && !broken[k - from]) chair(k)
      // "chủ trì của X", "tham gia chủ trì hội nghị còn có X": names starting within 60 units after it,
      // and the names listed after them ("…: X - titles; Y - titles; Z", "X, titles; đồng chí Y … và đồng chí Z").
      const after = text.slice(c + CHAIR_VERB.length, c + CHAIR_VERB.length + 40)
      if (CHAIRED_BY().test(after) || chairsListed(after)) {
        let k = lowerBound(starts, c + 1, itself)
        for (; k < ls.length && starts[k]! - c < 60; k++) chair(k)
        if (k > 0 && starts[k - 1]! > c) for (; k < ls.length && LIST_GAP().test(text.slice(ends[k - 1]!, starts[k]!)); k++) chair(k)
      }
    }
    // Attendees: every name after the first attendee opener that does not chair.
    if (attendAt.length) {
      for (let k = lowerBound(starts, attendAt[0]! + 1, itself); k < ls.length; k++) if (!chaired.has(ls[k]!)) add(ls[k]!, 'attendee')
    }
    for (let vi = 0; vi < speakAt.length; vi++) {
      const v = speakAt[vi]!
      // "X phát biểu": the nearest name before the verb in the clause; "Phát biểu chỉ đạo, X yêu cầu": the first name after the comma.
      const k = lowerBound(starts, v, itself) - 1
      const before = k >= 0 && ends[k]! <= v && v - ends[k]! < 80 && !/[;.]/.test(text.slice(ends[k]!, v)) ? ls[k] : undefined
      if (before) add(before, 'speaker')
      else if (v < 30) {
        const f = lowerBound(starts, v + 1, itself)
        if (f < ls.length && /,/.test(text.slice(v, starts[f]!))) add(ls[f]!, 'speaker')
      }
    }
  }
  return { people, chairs }
}

/** True when the links' starts never go down (a stable sort would leave them as they are). */
function ascendingStarts(ls: readonly PersonLink[]): boolean {
  for (let k = 1; k < ls.length; k++) if (ls[k]!.start < ls[k - 1]!.start) return false
  return true
}

/** How far before `chủ trì` a chair's name may end: the longest title chain read after a name (people.ts), and a little more. */
const CHAIR_REACH = 400

/** After "chủ trì": the chairs follow ("của", "bởi"). */
const CHAIRED_BY = lexiconPattern(`^\\s*${anyOf(CHAIRED_BY_WORDS)}\\s`, '')
/** {@link CHAIRS_LISTED_BY} as they stand in the text: a space before and after. */
const LISTED_BY = CHAIRS_LISTED_BY.map((w) => ` ${w} `)

/**
 * After "chủ trì": up to three words of one to twelve letters or marks, each after a space, then
 * " có " or " còn có " and the chairs ("Tham gia chủ trì Hội nghị còn có đồng chí …"). Read word
 * by word: the same answer as `/^(?: [\p{L}\p{M}]{1,12}){0,3} (?:còn )?có /u`, whose bounded
 * repeats of a Unicode class cost V8 ~4 ms to compile in a fresh process (tests/unit-classes.test.ts
 * holds the two equal).
 */
export function chairsListed(after: string): boolean {
  let p = 0
  for (let words = 0; ; words++) {
    for (const w of LISTED_BY) if (after.startsWith(w, p)) return true
    if (words === 3 || after.charCodeAt(p) !== 0x20) return false
    // A word: letters and marks (code points) up to a space; more than twelve, or none, ends the reading.
    let q = p + 1
    let n = 0
    while (n <= 12 && letterOrMarkStartsAt(after, q)) {
      q = nextCodePoint(after, q)
      n++
    }
    if (n === 0 || n > 12) return false
    p = q
  }
}
/** What separates two people of one list, after the first one's titles: "; ", ", ", " và ", then maybe "đồng chí". */
const LIST_GAP = lexiconPattern(`^ ?(?:[;,]|[;,]? ${anyOf([PEOPLE_LIST_JOINER])}) ?(?:(?:${anyOf([PEOPLE_LIST_PLURAL])} )?${anyOf(PEOPLE_LIST_HONORIFICS)} )?$`, '')

/** The break words of a sentence: every match, by its nearest end, with the largest start up to each. */
export interface BreakIndex {
  readonly ends: readonly number[]
  readonly maxStart: readonly number[]
}

/**
 * Where the words stand that say someone else chairs, in a sentence (`lower`: lower-cased,
 * `original`: as written; same offsets): a place ("…Hồ Chí Minh, tại Hà Nội, Ban Tổ chức … chủ
 * trì"), a task given ("ông X đã giao cho Ủy ban … chủ trì"), or a new subject glued on ("…
 * Trung ương Ông Nguyễn Văn Bình … chủ trì"). Every position such a word (after a space or comma)
 * or a new subject starts at, with the nearest end of a match there. Read once per sentence.
 */
export function breakIndex(lower: string, original: string): BreakIndex {
  const found: Array<[number, number]> = []
  forEachMatch(INNER_BREAK_ALL(), lower, (m) => {
    let end = Infinity
    for (let i = 0; i < CHAIR_BREAK_WORDS.length; i++) {
      const w = CHAIR_BREAK_WORDS[i]!
      const after = m.index + 1 + w.length
      if (after < lower.length && lower.startsWith(w, m.index + 1) && isSpaceUnit(lower.charCodeAt(after))) end = Math.min(end, after + 1)
    }
    found.push([m.index, end])
    return m.index + 1
  })
  forEachMatch(NEW_SUBJECT_ALL(), original, (m) => {
    found.push([m.index, m.index + m[0].length])
    return m.index + 1
  })
  found.sort((a, b) => a[1] - b[1])
  const maxStart: number[] = []
  for (let i = 0; i < found.length; i++) maxStart.push(Math.max(found[i]![0], maxStart[maxStart.length - 1] ?? -1))
  return { ends: found.map((f) => f[1]), maxStart }
}

/**
 * For each name k (from ≤ k < to, ending by `word`), as `[k - from]`: whether the gap from the
 * name to the word holds a break, from the sentence's {@link breakIndex}: a match lies wholly
 * inside it, or it opens with a break word. (Offsets are the sentence's.)
 */
export function chairBreaks(lower: string, index: BreakIndex, ends: readonly number[], from: number, to: number, word: number): boolean[] {
  const out: boolean[] = new Array(Math.max(0, to - from)).fill(false)
  const j = upperBound(index.ends, word, itself) - 1
  const latest = j >= 0 ? index.maxStart[j]! : -1 // the last start of a match that ends by the word
  for (let k = from; k < to; k++) {
    const start = ends[k]!
    if (start > word) continue
    out[k - from] = latest >= start || (start < word && BREAK_FIRST.has(lower[start]!) &&
      START_BREAK().test(lower.slice(start, Math.min(word, start + BREAK_REACH))))
  }
  return out
}


/** A break word at a gap's start, and after a space or comma anywhere in it. */
const START_BREAK = lexiconPattern(`^${anyOf(CHAIR_BREAK_WORDS)}\\s`, 'u')
const INNER_BREAK_ALL = lexiconPattern(`[\\s,]${anyOf(CHAIR_BREAK_WORDS)}\\s`, 'gu')
const NEW_SUBJECT_ALL = lexiconPattern(`\\s${anyOf(NEW_SUBJECT_WORDS)}\\s\\p{Lu}`, 'gu')
/** The first letters of the break words (a gap that opens with anything else has no break at its start). */
const BREAK_FIRST = new Set(CHAIR_BREAK_WORDS.map((w) => w[0]!))
/** Longer than any match of {@link START_BREAK} (the word and a space). */
const BREAK_REACH = Math.max(...CHAIR_BREAK_WORDS.map((w) => w.length)) + 4
/**
 * The text opens with a chair word, one white-space unit and a task word as a whole word ("chủ trì
 * soạn thảo"): what `/^(?:CHAIR_WORDS)\s(?:CHAIR_TASK_WORDS)(?![\p{L}\p{M}])/u` answers, without
 * compiling it (tests/cue-words.test.ts holds the two equal).
 */
export function chairTaskAt(text: string): boolean {
  for (const w of CHAIR_WORDS) {
    if (text.startsWith(w) && w.length < text.length && (letterClass(text.charCodeAt(w.length)) & SPACE) !== 0 && wholeWordAt(text, w.length + 1, CHAIR_TASK_WORDS)) return true
  }
  return false
}

/** True when the text between two names has a verb phrase (they are not one list). */
function gapHasVerb(text: string, from: number, to: number): boolean {
  return GAP_VERB().test(text.slice(from, to))
}
const GAP_VERB = lexiconPattern(`\\s${anyOf(NAME_GAP_VERBS)}\\s`, '')
