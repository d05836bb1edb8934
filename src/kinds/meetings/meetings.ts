import { findRange, inputItem, inputSpan, type Doc, type Range } from '../../engine/doc.ts'
import { afterLastUnit } from '../../engine/units.ts'
import { boundedMemo } from '../../engine/bounded-memo.ts'
import { because, traceReject } from '../../engine/trace.ts'
import { scan, scanMatches } from '../../engine/scan.ts'
import { MEETING_KIND, MEETING_VERB, ORGANISED_EVENT, ORGANISER, PURPOSE, VISIT_WORK, WORKING_WITH } from './grammar.ts'
import {
  CEREMONY_HELD_BEFORE, CEREMONY_HELD_OPENERS, CEREMONY_NOUN, CONGRESS_HELD_WHEN_DATED, CONGRESS_HELD_WORDS, HELD_WORDS, KINDS_BY_BODY, MEETING_KINDS, NOT_HELD_BEFORE, NOT_PLANNED_AFTER_WORDS, ORGANISED_KINDS,
  DAY_SPAN_JOINERS, DAY_WORDS, FUTURE_DAY_WORDS, NOT_MEETING_DAY_CUES, NUMBER_CUES, PAST_BEFORE_WORDS, PLANNED_CUES, PURPOSE_WORDS,
  AT_WORDS, MEETING_VERB_CUES, OPENING_VERBS, ORGANISER_VERBS, ORGANISE_PLANNED_BEFORE, MODIFIED_NOUNS_BEFORE, HOST_COUNT_NOUNS, SUCCESS_WORDS, MEETING_VERBS, NOUNS_BEFORE_MEETING_VERB, PAST_MARKERS, PLANNED_AFTER_WORDS, RESULT_WORDS, SAME_DAY_CUES, SOURCE_CUES, TRIP_NOUNS, VERB_MARKERS, WORKING_DAY_NOUNS, AFTER_DAYS_WORDS, CLOSING_WORDS, MARKED_ONLY_VERBS,
} from '../../lexicon/meeting-kinds.ts'
import { ORDINAL_MARKER } from '../../lexicon/number-words.ts'
import { addDays, formatDate, toCalendarDate } from '../../parse/calendar-date.ts'
import { BIRTH_DATE_CUES, WEEKDAYS, WEEKLY_CUES } from '../../lexicon/time-words.ts'
import { CAPITALISED_COMMON_NOUNS } from '../../lexicon/count-words.ts'
import { LIST_CONJUNCTIONS } from '../../lexicon/conjunctions.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { execAt, nextCodePoint } from '../../engine/step.ts'
import { parseVietnameseNumber } from '../../parse/number.ts'
import type { DateItem } from '../../records/date-item.ts'
import type { Meeting } from '../../records/meeting.ts'
import type { Body } from '../../records/body.ts'
import type { Person } from '../../records/person.ts'
import type { TextItem } from '../../records/span.ts'
import type { PlacedDate } from '../counts/counts.ts'
import type { PersonLink } from '../people/roles.ts'
import { cueShortlyBefore, cueWordAtEnd, cueWordAtStart, cueWordEndingText, wholeWordAt } from '../../engine/cue.ts'
import { letterClass, LOWER, SPACE, UPPER } from '../../normalize/letters.ts'
import { mentionsInOrder } from '../bodies/bodies.ts'
import { sentencesLowered } from '../../engine/lower-sentences.ts'
import { itself, lowerBound, upperBound } from '../../engine/search.ts'
import { phraseStarts } from './phrase-starts.ts'

interface KindMention extends Range {
  key: string
  text: string
  /**
   * Where the mention's words end in the record: `end`, or before a lone capitalised word the grammar
   * took at the end of the qualifiers (see {@link danglingCapitalEnd}); the rules read `end` and `text`.
   */
  shownEnd: number
  ordinal: number | null
  /** A verb form ("làm việc với", "họp") rather than a noun. */
  verbal: boolean
  /** Said held by a past marker before it ("Bộ Chính trị đã họp"). */
  past?: boolean
  /** The rule that found it. */
  rule: 'meeting/kind' | 'meeting/working-with' | 'meeting/organised' | 'meeting/visit-work' | 'meeting/verb'
}

const KIND_KEYS = new Map(MEETING_KINDS.map((k) => [k.phrase, k.key]))
/** The kinds' phrases and keys by their first unit, longest first (only a phrase with the text's first unit can start it). */
const KIND_KEYS_BY_FIRST = new Map<string, Array<{ phrase: string; key: string }>>()
for (const [phrase, key] of [...KIND_KEYS].sort((a, b) => b[0].length - a[0].length)) {
  const list = KIND_KEYS_BY_FIRST.get(phrase[0]!)
  if (list) list.push({ phrase, key })
  else KIND_KEYS_BY_FIRST.set(phrase[0]!, [{ phrase, key }])
}
/** Where a kind is written: the only positions {@link MEETING_KIND} is tried at (see phrase-starts.ts). */
const KIND_STARTS = phraseStarts(MEETING_KINDS.map((k) => k.phrase), { capitalFirst: true })
/** Where a meeting verb is written: the only positions {@link MEETING_VERB} is tried at. */
const VERB_STARTS = phraseStarts(Object.keys(MEETING_VERBS))
const GENERIC = new Set(['conference', 'working-session', 'session', 'meeting'])
/** A purpose word right after a kind ("Buổi làm việc nhằm …"): the meeting is held. */
const PURPOSE_NEXT = lexiconPattern(`^\\s*${anyOf(PURPOSE_WORDS)}\\s`, 'u')
/** A birth-date cue ending right before a day ("sinh ngày 12-8-1962"). */
const BIRTH_CUE_BEFORE = lexiconPattern(`${anyOf(BIRTH_DATE_CUES, { spaces: 'runs' })}\\s+$`, 'iu')
/** Only a dash between two days: "30.4.1975 - 30.4.2025". */
const DASH_GAP = /^\s*[-–]\s*$/u
/** An opening bracket right before a day. */
const OPEN_BRACKET = /\(\s*$/u
/** The first day of a span written before its last: "từ ngày 27 đến ", "ngày 15 - ", "ngày 9 và ". */
const RANGE_START = lexiconPattern(`${anyOf(DAY_WORDS)}\\s(\\d{1,2})\\s?(?:[-–]|${anyOf(DAY_SPAN_JOINERS)})\\s?$`, 'u')
/** A cue right before a day that makes it an effective date or a deadline ("kể từ ", "trước "). */
const NOT_DAY_BEFORE = cueWordAtEnd(NOT_MEETING_DAY_CUES, 'non-letter')
/** A document's number right before a day ("số 1611/BDN ngày …"): the document's date. */
const DOCUMENT_BEFORE = lexiconPattern(`(?:^|\\s)${anyOf(NUMBER_CUES)}\\s+[\\p{L}\\p{N}/.-]+\\s?,?\\s?$`, 'u')
/** A word right after a day that puts it in the future ("vào ngày 15.3 tới;"). */
const FUTURE_AFTER = cueWordAtStart(FUTURE_DAY_WORDS)
/** The paragraphs of the title and the lede (0-based, inclusive). */
const LEDE_PARAGRAPHS = 3
/** A verb that opens a meeting right before its kind ("đã tổ chức hội nghị"). */
const OPENER_BEFORE = cueWordAtEnd(OPENING_VERBS, 'space')
/** "chương trình " right before a kind: the meeting modifies a noun. */
const MODIFIED_BEFORE = cueWordAtEnd(MODIFIED_NOUNS_BEFORE, 'space')
/** After the bodies a session is with: "và 6 tổ chức đảng" (a count of bodies of one kind). */
const COUNTED_HOSTS = lexiconPattern(`^\\s?(?:,|${anyOf(LIST_CONJUNCTIONS)})\\s(\\d{1,2})\\s${anyOf(HOST_COUNT_NOUNS)}(?![\\p{L}\\p{M}])`, 'iu')
/** At most this many sessions from a count ("và 6 tổ chức đảng"). */
const MAX_COUNTED_HOSTS = 20
/** A plan word right before "tổ chức" ("cần tổ chức", "đang chỉ đạo tổ chức"). */
const ORGANISE_PLANNED = cueWordAtEnd(ORGANISE_PLANNED_BEFORE, 'space')
/** A plan word, then "tổ chức" (maybe "thành công"), right before a kind: "để tổ chức thành công Hội nghị …". */
const PLANNED_ORGANISING = lexiconPattern(
  `(?:^|\\s)${anyOf(ORGANISE_PLANNED_BEFORE)}\\s${anyOf(OPENING_VERBS)}\\s(?:${anyOf(SUCCESS_WORDS)}\\s)?$`, 'u')
/** A noun right before "họp" ("kỳ ", "phòng "): part of a noun, not the verb. */
const NOUN_BEFORE_VERB = cueWordAtEnd(NOUNS_BEFORE_MEETING_VERB, 'non-letter')
/** A past marker right before a verb ("đã họp"; glued to the word before it in some scraped text: "Lương Cườngđã gặp mặt"). */
const PAST_BEFORE_VERB = cueWordEndingText(PAST_MARKERS, 'space-or-letter')
/** "ngày làm việc thứ năm": the sentence's day is the meeting's fifth. */
const WORKING_DAY_ORDINAL = lexiconPattern(`${anyOf(WORKING_DAY_NOUNS)} ${ORDINAL_MARKER} (\\d{1,2}|\\p{L}+)(?![\\p{L}\\p{M}\\p{N}])`, 'u')
/** "sau hai ngày làm việc": with a closing word in the sentence, its day is the meeting's last of two. */
const AFTER_WORKING_DAYS = lexiconPattern(`(?:^|\\s)${anyOf(AFTER_DAYS_WORDS)} (\\d{1,2}|\\p{L}+) ${anyOf(WORKING_DAY_NOUNS)}(?![\\p{L}\\p{M}])`, 'u')
/** At most this many working days back from a day. */
const MAX_WORKING_DAYS = 15
/** How many meetings told inside a run of days make it their span (see extractMeetings). */
const ROUND = 2
/** A trip's noun, maybe one more word after it ("chuyến thăm", "chuyến đến thăm"), right before a visit. */
const TRIP_BEFORE = lexiconPattern(`(?:^|\\s)${anyOf(TRIP_NOUNS)}\\s(?:[\\p{L}\\p{M}]+\\s)?$`, 'u')
/** A past marker, maybe one more word after it ("đã đến"), right before a verb. */
const PAST_NEAR = lexiconPattern(`(?:^|\\s)${anyOf(PAST_MARKERS)}\\s(?:[\\p{L}\\p{M}]+\\s)?$`, 'u')
/** A verb right before "họp" that makes it a meeting held ("chủ trì họp …"). */
const VERB_CUE_BEFORE = cueWordAtEnd(MEETING_VERB_CUES, 'non-letter')
/** One or two capitalised words before a body ("Thường trực Chính phủ", "Ban Thường vụ Tỉnh ủy"). */
const CAPITALISED_GAP = /^(?:\p{Lu}[\p{L}\p{M}]*\s){1,2}$/u
/** "kết quả " right before a kind: the meeting is reported, its day not given. */
const RESULT_BEFORE = cueWordAtEnd(RESULT_WORDS, 'space')
/**
 * A plan word in the clause right after a kind ("Kỳ họp thứ 8 Quốc hội khoá XIV dự kiến khai mạc …"):
 * true when, within 40 code points of the start of `after` and before any `,` `;` `:` `.`, a space
 * is followed by a word of PLANNED_AFTER_WORDS that is not one of NOT_PLANNED_AFTER_WORDS: what
 * `/^[^,;:.]{0,40}?\s(?!NOT(?![\p{L}\p{M}]))PLANNED(?![\p{L}\p{M}])/u` answers, read forward once
 * (that pattern, a negated class in \`u\` mode, costs V8 over a millisecond to compile in a fresh
 * process; tests/cue-words.test.ts holds the two equal).
 */
export function plannedAfter(after: string): boolean {
  let i = 0
  for (let cps = 0; cps <= 40 && i < after.length; cps++) {
    const c = after.charCodeAt(i)
    if ((letterClass(c) & SPACE) !== 0 && !wholeWordAt(after, i + 1, NOT_PLANNED_AFTER_WORDS) && wholeWordAt(after, i + 1, PLANNED_AFTER_WORDS)) return true
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e) return false
    i = nextCodePoint(after, i)
  }
  return false
}
/** "tại " right before a kind. */
const AT_BEFORE = cueWordAtEnd(AT_WORDS, 'space')
/** A verb marker as a word ("đã", "được"): a clause of its own. */
const VERB_MARKER = lexiconPattern(`(?:^|\\s)${anyOf(VERB_MARKERS)}\\s`, 'u')
/** Units a dateline may stand from its sentence's start ("Trước đó, chiều 15/10, …"). */
const DATELINE_LEAD = 12
/** A sentence opening with "Cùng ngày": what follows it up to the kind. */
const SAME_DAY_LEAD = lexiconPattern(`^${anyOf(SAME_DAY_CUES)}(.*)$`, 'u')
/** Between a dateline and the kind it dates: a comma, maybe "tại". */
const DATELINE_GAP = lexiconPattern(`^,\\s(?:${anyOf(AT_WORDS)}\\s)?$`, 'iu')
/** "trước đó" and the like: past, not "before the meeting" (taken out before the planned-word check). */
const PAST_BEFORE = lexiconPattern(anyOf(PAST_BEFORE_WORDS), 'gu')
/** A word that makes a meeting a source or a plan, anywhere in the text before it (see {@link plannedBefore}). */
const NOT_HELD = lexiconPattern(anyOf(NOT_HELD_BEFORE), 'u')
/** What may stand between two bodies a session is held with: spaces, commas and the list conjunction. */
const HOST_GAP = lexiconPattern(`^(?: |,|${anyOf(LIST_CONJUNCTIONS)})*$`, 'u')

/** A kind's record key from its text as the grammar saw it: a body named in it first, else its longest phrase at its start. */
export function kindKey(text: string): string {
  const lower = text.toLowerCase()
  // (Loops by index, here and on the other paths run per article: a `for … of` in code not yet
  // optimised makes an iterator result per step.)
  for (let i = 0; i < KINDS_BY_BODY.length; i++) if (lower.includes(KINDS_BY_BODY[i]!.phrase)) return KINDS_BY_BODY[i]!.key
  // (Entries as objects, not pairs: a pair destructured in a loop makes an iterator per entry.)
  const byFirst = KIND_KEYS_BY_FIRST.get(lower[0] ?? '')
  if (byFirst) for (let i = 0; i < byFirst.length; i++) if (lower.startsWith(byFirst[i]!.phrase)) return byFirst[i]!.key
  return 'meeting'
}

function findKindMentions(doc: Doc, bodyMentions: readonly TextItem[]): KindMention[] {
  const out: KindMention[] = []
  // (Kinds and verbs read from the match arrays, groups by number: no view object per match.)
  const kindGroups = MEETING_KIND.get().groups
  const kindOrdinal = kindGroups.ordinal!, kindPlenum = kindGroups.plenum!, kindWords = kindGroups.kind!
  scanMatches(doc, MEETING_KIND, (m, start, end) => {
    if (plannedBefore(doc, start)) return because('named as a source or a plan (nghị quyết, chuẩn bị, sẽ … before it)')
    // "yêu cầu tổ chức thành công Hội nghị lần thứ 12", "để tổ chức Đại hội": to be organised.
    if (plannedOrganising(doc.key.slice(Math.max(0, start - 40), start).toLowerCase())) return because('to be organised (yêu cầu, để … tổ chức before it)')
    const ord = m[kindOrdinal]
    const plenum = m[kindPlenum]
    const ordinal = plenum !== undefined ? Number(plenum) : ord && !weekdayNamed(doc.key, ord, end) ? ordinalValue(ord) : null
    // (The rules read the whole match, as the grammar read it; only the words the record shows are trimmed.)
    const shownEnd = ord === undefined && plenum === undefined ? danglingCapitalEnd(doc.key, start + m[kindWords]!.length, end) : end
    out.push({ start, end, shownEnd, key: kindKey(m[0]), text: m[0], ordinal, verbal: false, rule: 'meeting/kind' })
  }, { boundary: true, anchors: KIND_STARTS(doc.key) })
  scan(doc, WORKING_WITH, (m) => {
    if (plannedBefore(doc, m.start)) return because('a session only planned (sẽ, chuẩn bị … before it)')
    out.push({ start: m.start, end: m.end, shownEnd: m.end, key: 'working-session', text: m.key, ordinal: null, verbal: true, rule: 'meeting/working-with' })
  }, { boundary: true })
  scan(doc, VISIT_WORK, (m) => {
    if (plannedBefore(doc, m.start)) return because('a visit only planned (sẽ, chuẩn bị … before it)')
    if (TRIP_BEFORE().test(doc.key.slice(Math.max(0, m.start - 16), m.start).toLowerCase())) return because('the trip named (chuyến thăm …), not a session told')
    const kind = m.group('kind')!
    const past = PAST_NEAR().test(doc.key.slice(Math.max(0, m.start - 16), m.start).toLowerCase())
    // The kind ends the match (its range from its length: no second run for group indices).
    out.push({ start: m.end - kind.length, end: m.end, shownEnd: m.end, key: 'working-session', text: kind, ordinal: null, verbal: true, past, rule: 'meeting/visit-work' })
  }, { boundary: true })
  const verbKind = MEETING_VERB.get().groups.kind!
  scanMatches(doc, MEETING_VERB, (m, start, end) => {
    const verb = m[verbKind]!
    const key = MEETING_VERBS[verb.toLowerCase()] ?? 'meeting'
    const before = doc.key.slice(Math.max(0, start - 40), start).toLowerCase()
    // (The word before is a body's last: "Quốc hội họp" is the Assembly meeting, not "hội họp".)
    if (NOUN_BEFORE_VERB(before) && !bodyEndsAt(doc, bodyMentions, start)) return because('part of a noun (kỳ họp, phòng họp)')
    if (plannedBefore(doc, start)) return because('a meeting only planned (sẽ, chuẩn bị … before it)')
    // "Ban Bí thư họp", "Bộ Chính trị đã họp", "chủ trì họp", "đã gặp mặt": what stands before, past markers set aside.
    const marker = PAST_BEFORE_VERB(before)
    const bare = marker !== null ? before.slice(0, before.length - marker.length - 1) : before
    const cue = VERB_CUE_BEFORE(bare)
    const body = bodyEndsAt(doc, bodyMentions, start - (before.length - bare.length))
    const bodyAfter = key === 'meeting' && bodyStartsAt(doc, bodyMentions, end)
    const ok = key === 'meeting' ? cue || body || bodyAfter : MARKED_ONLY_VERBS.includes(verb.toLowerCase()) ? !!marker : !!marker || body
    if (!ok) return because('a meeting verb with no body or cue by it')
    out.push({ start, end, shownEnd: end, key, text: verb, ordinal: null, verbal: true, past: !!marker, rule: 'meeting/verb' })
  }, { boundary: true, anchors: VERB_STARTS(doc.key) })
  scan(doc, ORGANISED_EVENT, (m) => {
    // "đang chỉ đạo tổ chức tổng kết …", "cần tổ chức sơ kết …": to be organised, not organised.
    if (plannedBefore(doc, m.start) || ORGANISE_PLANNED(doc.key.slice(Math.max(0, m.start - 20), m.start).toLowerCase())) {
      return because('to be organised (sẽ, cần, chỉ đạo … before tổ chức)')
    }
    const kind = m.group('kind')!
    // The kind ends the match (its range from its length: no second run for group indices).
    out.push({ start: m.end - kind.length, end: m.end, shownEnd: m.end, key: ORGANISED_KINDS[kind.toLowerCase()] ?? 'meeting', text: kind, ordinal: null, verbal: false, rule: 'meeting/organised' })
  }, { boundary: true })
  return out.sort((a, b) => a.start - b.start)
}

const item = inputItem

/**
 * Where a kind's qualifiers end once a lone capitalised word at their end is set aside, when a
 * lower-case word follows it: the first word of a name the grammar cut (`hội nghị Xúc| tiến đầu tư`,
 * `Đại hội Đại| biểu`, `phiên họp Ban| chỉ đạo`), which names nothing alone. Two or more capitalised
 * words (`Sơn La`, `Hồ Chí Minh`), an acronym or numeral (`HĐND`, `X`), a word before a comma and a
 * word that names something alone (`Đảng`: lexicon CAPITALISED_COMMON_NOUNS) stay.
 * `kindEnd` is where the kind's own words end (the qualifiers follow, each after a space).
 */
export function danglingCapitalEnd(text: string, kindEnd: number, end: number): number {
  if (text.charCodeAt(end) !== 0x20 || (letterClass(text.charCodeAt(end + 1)) & LOWER) === 0) return end
  const space = text.lastIndexOf(' ', end - 1)
  if (space < kindEnd) return end
  if (!capitalised(text, space + 1, end) || STANDALONE_NAMES.has(text.slice(space + 1, end))) return end
  // The word before it: a capitalised word of the qualifiers makes the two a name.
  const before = text.lastIndexOf(' ', space - 1) + 1
  if (before >= kindEnd && capitalised(text, before, space)) return end
  return space
}

/** Capitalised words that name something alone (`Đại hội Đảng các cấp`). */
const STANDALONE_NAMES = new Set(CAPITALISED_COMMON_NOUNS)

/** A word that opens with a capital and holds a lower-case letter (not an acronym or a numeral). */
function capitalised(text: string, start: number, end: number): boolean {
  if (start >= end || (letterClass(text.charCodeAt(start)) & UPPER) === 0) return false
  for (let i = start + 1; i < end; i++) if ((letterClass(text.charCodeAt(i)) & LOWER) !== 0) return true
  return false
}

/**
 * True when the ordinal written after a kind (`thứ năm`) is the day of the week of a weekly meeting
 * (`phiên họp Chính phủ thứ năm hằng tuần`): the words name a weekday, and a space and a weekly cue
 * (a whole word) or a bracketed date (`thứ sáu (9/5)`) follow the match at `end`. (`Kỳ họp thứ 7
 * ngày 10/12` keeps its ordinal.)
 */
function weekdayNamed(text: string, ord: string, end: number): boolean {
  if (WEEKDAYS[`${ORDINAL_MARKER} ${ord.toLowerCase()}`] === undefined || text.charCodeAt(end) !== 0x20) return false
  const d = text.charCodeAt(end + 2)
  return wholeWordAt(text, end + 1, WEEKLY_CUES) || (text.charCodeAt(end + 1) === 0x28 && d >= 0x30 && d <= 0x39)
}

/**
 * The value of a kind's ordinal as the grammar read it ("5", "IX", "năm"). Kept by its text across
 * articles: a few ordinals recur, and reading one goes through the whole number parser.
 */
const ordinalValue = boundedMemo(512, (ord): number | null => parseVietnameseNumber(`${ORDINAL_MARKER} ${ord}`)?.value ?? null)

/**
 * {@link PLANNED_ORGANISING} on the lower-case text before a kind. Its opening verb must be written
 * there: without one (most kinds), the pattern (tried from every position, for its `$`) is not run.
 */
function plannedOrganising(before: string): boolean {
  return OPENING_VERBS.some((w) => before.includes(w)) && PLANNED_ORGANISING().test(before)
}

/**
 * True when a word before `pos` in its sentence (within 28 units) makes the meeting there a source or a
 * plan ("Nghị quyết Hội nghị …", "chuẩn bị Đại hội"); "trước đó" (before that: a past event) is not "trước".
 */
function plannedBefore(doc: Doc, pos: number): boolean {
  const s = findRange(doc.sentences, pos)
  const from = Math.max(0, pos - 28, s >= 0 ? doc.sentences[s]!.start : 0)
  // Not across a `;`: "quán triệt Nghị quyết …; Lễ trao huy hiệu …" lists what was done.
  const before = doc.key.slice(afterLastUnit(doc.key, 0x3b, from, pos), pos).toLowerCase().replace(PAST_BEFORE(), ' ')
  return NOT_HELD().test(before) || MODIFIED_BEFORE(before)
}

/**
 * Meetings the article reports as held: a kind mention in a sentence with a day date, a
 * "held" verb or a purpose opens a meeting; later mentions of the same kind (or a bare
 * "hội nghị", "buổi làm việc") refer back to it. Chairs and attendees come from the people's roles.
 */
export function extractMeetings(
  doc: Doc, allDates: readonly PlacedDate[], people: readonly Person[], links: readonly PersonLink[], chairLinks: readonly PersonLink[],
  bodies: readonly Body[] = [],
): Meeting[] {
  const bodyMentions = mentionsInOrder(bodies)
  const kinds = findKindMentions(doc, bodyMentions)
  // No kind mentioned: no meeting (the dates are read for the mentions only).
  if (kinds.length === 0) return []
  const lowerSentence = sentencesLowered(doc)
  const familyOf = remembered(family)
  const dates = meetingDates(doc, allDates)
  const days = meetingDays(doc, dates, lowerSentence)
  // Days by sentence: one lookup per meeting mention, not a scan of every date.
  const daysBySentence = new Map<number, MeetingDay[]>()
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!
    const list = daysBySentence.get(d.sentence)
    if (list) list.push(d)
    else daysBySentence.set(d.sentence, [d])
  }
  const meetings: Opened[] = []
  const reading: Reading = { doc, dates, days, daysBySentence, lowerSentence, familyOf, bodyMentions, meetings }
  // (The steps in functions of their own: one function this long takes the optimising compiler long to
  // compile, and a deoptimisation in its last loop threw away the code of all of it.)
  for (let ki = 0; ki < kinds.length; ki++) readMention(reading, kinds[ki]!)
  dropRoundSpans(meetings)
  dateFromLede(doc, meetings, days, lowerSentence)
  addPeople(doc, meetings, people, links, chairLinks)
  return meetings.map(publicFields)
}

/**
 * A meeting as it is read: the record's fields and working ones: the sentence it opened in, those it is
 * mentioned in, its day, and whether it was only reported ("kết quả Hội nghị …": no day of its own).
 * (keyText: the first mention as the grammar saw it, canonical spaces and tones; kindText is the input's.)
 */
type Opened = Meeting & { sentence: number; mentionSentences: Set<number>; day: MeetingDay | null; reported: boolean; keyText: string; at: Range }

/**
 * Adds a kind mention to a meeting's mentions, unless it is the last one again: two rules may find
 * the same words (`tổ chức tọa đàm`: the noun, and the noun organised), and mentions come in text order.
 */
function addMention(mentions: TextItem[], doc: Doc, k: { start: number; shownEnd: number }): void {
  const mention = item(doc, k.start, k.shownEnd)
  const last = mentions.at(-1)
  if (last && last.span.start === mention.span.start && last.span.end === mention.span.end) return
  mentions.push(mention)
}

/** What reading the article's mentions needs, made once per article; `meetings` grows as they are read. */
interface Reading {
  readonly doc: Doc
  readonly dates: readonly PlacedDate[]
  readonly days: readonly MeetingDay[]
  readonly daysBySentence: ReadonlyMap<number, MeetingDay[]>
  readonly lowerSentence: (s: number) => string
  readonly familyOf: (kindText: string) => string
  readonly bodyMentions: readonly TextItem[]
  readonly meetings: Opened[]
}

/** Reads kind mention `k`: a mention of the meeting before it, another meeting's, or a meeting of its own (pushed to `meetings`). */
function readMention(reading: Reading, k: KindMention): void {
  const { doc, dates, days, daysBySentence, lowerSentence, familyOf, bodyMentions, meetings } = reading
  const s = findRange(doc.sentences, k.start)
  if (s < 0) return
  const sentence = doc.sentences[s]!
  // The lower-case text of the sentence, made once per sentence, not once per mention.
  const sText = lowerSentence(s)
  const current = meetings.at(-1)
  const head = sText.slice(0, k.start - sentence.start)
  // "Chiều cùng ngày, … tổ chức hội nghị …": another meeting, on the day of the one before.
  const sameDay = SAME_DAY_CUES.some((w) => head.includes(w))
  const ownDay = dayFor(doc.key, daysBySentence.get(s), k, AT_BEFORE(head))
  // The day "cùng ngày" refers to: the last one written before the sentence (not one long ago).
  let lastDay: MeetingDay | undefined
  if (sameDay) for (let i = lowerBound(days, sentence.start, (d) => d.start) - 1; i >= 0 && !lastDay; i--) if (!days[i]!.old) lastDay = days[i]
  // "công bố kết quả Hội nghị lần thứ nhất": the day is the announcement's, not the meeting's.
  const reported = RESULT_BEFORE(head)
  const dayDate = reported ? undefined : ownDay ?? lastDay
  // A bare generic noun ("Tại hội nghị", "cuộc họp") or verb refers back; "Hội nghị lần thứ năm" names one of its own.
  // A longer generic noun with no day or opening verb of its own still refers back ("trình … tại hội nghị thường kỳ tháng 9").
  const back = GENERIC.has(k.key) && (k.verbal || bareNoun(k.text) || (!ownDay && !OPENER_BEFORE(head)))
  // (Ceremonies share one key: `lễ trao` after a `mít tinh` is another ceremony, `lễ trao tặng` after `lễ trao` the same.)
  const sameKind = current && ((current.kind === k.key && (k.key !== CEREMONY || familyOf(current.keyText) === familyOf(k.text)))
    || back || (k.verbal && current.kind === 'working-session')
    // The title named it ("… chủ trì Hội nghị toàn quốc …"), the lede names it again, longer, with its day.
    || (!current.day && familyOf(current.keyText) === familyOf(k.text)))
  const differentDay = dayDate && current?.day && dayDate.key !== null && current.day.key !== null && dayDate.key !== current.day.key
  // A second meeting told in its own sentence on the same day: "Chiều cùng ngày, …", or one organised
  // ("Cũng trong sáng 30/9, Tỉnh uỷ … đã tổ chức hội nghị …" after an Đại hội).
  const another = current?.day && current.day.sentence !== s
    && ((!ownDay && lastDay === current.day) || (!!ownDay && OPENER_BEFORE(head) && familyOf(current.keyText) !== familyOf(k.text)))
  // "làm việc với", "thăm và làm việc tại" with a day of their own, in a later sentence: another session, even on the same day.
  const session = k.rule === 'meeting/working-with' || k.rule === 'meeting/visit-work'
  if (current && sameKind && !differentDay && !another && !(session && dayDate && current.day && current.day.sentence !== s)) {
    addMention(current.mentions, doc, k)
    current.mentionSentences.add(s)
    // The title named it; the lede dates it ("Ngày 8/6, … tổ chức Hội nghị …"). A day of unknown month ("Hôm nay") gives way to a written one.
    if (dayDate && (!current.day || (current.day.key === null && dayDate.key !== null))) {
      setDay(current, dayDate)
      current.organiser ??= organiserIn(doc, sentence, k.start)
      if (!current.periodReviewed) Object.assign(current, periodsIn(doc, dates, sentence, k.end))
      current.purpose ??= purposeIn(doc, sentence, k.end)
    }
    return
  }
  // "Ngày 15/5, … chủ trì họp Bộ Chính trị để cho ý kiến về … Kỳ họp thứ 7 …": the day is the meeting's told first; this one is its topic.
  // (A ceremony held at a meeting is an event of its own: "tổ chức hội nghị …; Lễ trao huy hiệu …".)
  if (current && dayDate && dayDate === current.day && current.day.sentence === s && (k.key !== CEREMONY || current.kind === CEREMONY)) {
    traceReject(k.rule, k.start, k.end, 'named in the sentence of the meeting held that day, as its topic')
    return
  }
  // A bare noun dated like an earlier meeting of its noun, with others told between ("… ra mắt tại phiên bế mạc chiều 13-11" in a caption).
  const earlier = back && !k.verbal && dayDate?.key && !another
    ? meetings.find((m) => m.day?.key === dayDate.key && familyOf(m.keyText) === familyOf(k.text)) : undefined
  if (earlier) {
    addMention(earlier.mentions, doc, k)
    earlier.mentionSentences.add(s)
    return
  }
  const after = sText.slice(k.end - sentence.start)
  // "Kỳ họp thứ 8 … dự kiến khai mạc …", "Đại hội Đảng sắp tới": only planned.
  if (plannedAfter(after)) {
    traceReject(k.rule, k.start, k.end, 'only planned: dự kiến, sẽ or sắp right after it')
    return
  }
  // "thực hiện chỉ đạo của đồng chí … tại Phiên họp … ngày 17/4": the source of a directive, not a meeting told.
  if (AT_BEFORE(head) && sourceBefore(head)) {
    traceReject(k.rule, k.start, k.end, 'named as where a directive or conclusion was given (chỉ đạo của … tại …)')
    return
  }
  // A verbal mention ("làm việc với") is not its own "held" word: the rest of the sentence must say so.
  const heldText = k.verbal ? head + after : sText
  const held = HELD_WORDS.some((w) => heldText.includes(w)) || !!ownDay || (sameDay && !!dayDate) || k.past === true
    || PURPOSE_NEXT().test(after) || k.start === sentence.start
    || (k.key === CEREMONY && (CEREMONY_HELD_BEFORE.some((w) => head.trimEnd().endsWith(w)) || CEREMONY_HELD_OPENERS.includes(head.trim())))
  // A congress is often only planned ("tiến tới Đại hội"): it needs a held verb, or a dated "tổ chức".
  if (!held) {
    traceReject(k.rule, k.start, k.end, 'nothing in its sentence says it was held (no held verb, day or purpose)')
    return
  }
  // "Sáng 25/9, Đại hội Đảng bộ tỉnh … đã bầu …", "Chiều ngày 23/9, tại Đại hội …": a congress right after its sentence's dateline.
  // "Cùng ngày, Đại hội … cũng công bố …" too.
  const datelined = (!!ownDay && ownDay.start - sentence.start <= DATELINE_LEAD && DATELINE_GAP().test(doc.key.slice(ownDay.end, k.start)))
    || (!!lastDay && DATELINE_GAP().test(SAME_DAY_LEAD().exec(head)?.[1] ?? '.'))
  if (k.key === 'congress' && !datelined && !CONGRESS_HELD_WORDS.some((w) => sText.includes(w))
    && !(dayDate && CONGRESS_HELD_WHEN_DATED.some((w) => sText.includes(w)))) {
    traceReject(k.rule, k.start, k.end, 'a congress only planned: no word says it opened or took place')
    return
  }
  const base = item(doc, k.start, k.shownEnd)
  const { hosts, counted } = k.rule === 'meeting/working-with' ? hostsAfter(doc, bodyMentions, k.end) : { hosts: [], counted: 0 }
  const first = meetings.length
  const organiser = organiserIn(doc, sentence, k.start)
  const periods = periodsIn(doc, dates, sentence, k.end)
  // (The periods' fields written out, in the record's key order: a spread in the literal builds it slowly.)
  const opened: (typeof meetings)[number] = {
    kind: k.key, kindText: base.text, ordinal: k.ordinal,
    date: null, partOfDay: null, dateText: null,
    organiser,
    chairs: [], attendees: [], host: hosts[0] ?? null,
    periodReviewed: periods.periodReviewed, periodPlanned: periods.periodPlanned,
    purpose: purposeIn(doc, sentence, k.end),
    text: base.text, span: base.span, rule: k.rule,
    mentions: [base], sentence: s, mentionSentences: new Set([s]), day: null, reported, keyText: k.text, at: { start: k.start, end: k.end },
  }
  if (dayDate) setDay(opened, dayDate)
  meetings.push(opened)
  // "làm việc với Quận ủy quận 2 và Quận ủy quận 9": one session per body.
  for (const h of hosts.slice(1)) meetings.push({ ...meetings[first]!, host: h, chairs: [], attendees: [], mentions: [base], mentionSentences: new Set([s]) })
  for (let c = 0; c < counted; c++) meetings.push({ ...meetings[first]!, host: null, chairs: [], attendees: [], mentions: [base], mentionSentences: new Set([s]) })
}

/**
 * A run of days with two or more meetings told later on days inside it ("Trong 2 ngày 6-7/7, Tổng Bí thư đã thăm, làm việc
 * tại tỉnh …", then "chiều 7/7, … làm việc với …" and "Sáng 7/7, … làm việc tại …"; "Đại hội … tổ chức vào các ngày 23-25/9",
 * then each congress) spans a trip or a round of meetings: it is none of its own, unless a later sentence refers back to it
 * ("Tại buổi làm việc, …"). With one meeting inside, the run's first day may be a session of its own.
 */
function dropRoundSpans(meetings: Opened[]): void {
  for (let i = meetings.length - 1; i >= 0; i--) {
    const run = meetings[i]!.day
    if (!run?.runEnd || !run.value) continue
    const m = meetings[i]!
    if ([...m.mentionSentences].some((s) => s > run.sentence)) continue
    let inside = 0
    for (let j = i + 1; j < meetings.length && inside < ROUND; j++) {
      const d = meetings[j]!.day
      if (d && d.sentence > run.sentence && d.value !== null && d.value >= run.value && d.value <= run.runEnd) inside++
    }
    if (inside < ROUND) continue
    traceReject(m.rule, m.at.start, m.at.end, 'dated by a run of days with meetings told inside it: a trip or a round of meetings, not one')
    meetings.splice(i, 1)
  }
}

/**
 * A meeting still without a date takes the lede's: the article's first day, written as a dateline
 * ("Ngày 20/6, …", "sáng 19-5, …") or in a sentence that reports something held.
 */
function dateFromLede(doc: Doc, meetings: Opened[], days: readonly MeetingDay[], lowerSentence: (s: number) => string): void {
  const first = meetings[0]
  if (first && !first.day && !first.reported) {
    // The lede's day is not this meeting's when its sentence tells of another one ("Trước đó, sáng 10/5, … diễn ra Hội nghị công bố …").
    const taken = new Set(meetings.flatMap((m) => (m.day ? [m.day.sentence] : [])))
    const lede = days.find((d) => d.value && findRange(doc.paragraphs, d.start) <= LEDE_PARAGRAPHS)
    // …and a meeting told by its verb further on ("…, Bộ Chính trị đã họp, thảo luận …") is one of its own, not the lede's.
    const introduced = first.rule !== 'meeting/verb' || (lede && first.sentence <= lede.sentence)
    const s = lede ? lede.sentence : -1
    const dateline = lede && doc.key[lede.end] === ','
    if (lede && s >= 0 && introduced && !taken.has(s)
      && (dateline || HELD_WORDS.some((w) => lowerSentence(s).includes(w)))) {
      setDay(first, lede)
    }
  }
}

/** People: a chair or attendee belongs to the meeting mentioned in their sentence, else the latest before it. */
function addPeople(doc: Doc, meetings: Opened[], people: readonly Person[], links: readonly PersonLink[], chairLinks: readonly PersonLink[]): void {
  const bySentence = new Map<number, (typeof meetings)[number]>()
  for (const m of meetings) for (const s of m.mentionSentences) if (!bySentence.has(s)) bySentence.set(s, m)
  const spanStarts = meetings.map((m) => m.span.start) // non-decreasing: meetings open in text order
  const meetingFor = (pos: number) => {
    const here = bySentence.get(findRange(doc.sentences, pos))
    if (here) return here
    const k = upperBound(spanStarts, inputSpan(doc, pos, pos + 1).start, itself) - 1
    return k >= 0 ? meetings[k] : meetings[0]
  }
  const chairSets = new Map<Meeting, Set<string>>()
  const setOf = (m: Meeting, list: string[]) => {
    let set = chairSets.get(m)
    if (!set) chairSets.set(m, (set = new Set(list)))
    return set
  }
  for (let i = 0; i < chairLinks.length; i++) {
    const l = chairLinks[i]!
    const m = meetingFor(l.start)
    const name = people[l.person]!.name
    if (m && !setOf(m, m.chairs).has(name)) {
      m.chairs.push(name)
      setOf(m, m.chairs).add(name)
    }
  }
  const attendeeSets = new Map<Meeting, Set<string>>()
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!
    const p = people[l.person]!
    if (!p.roles.includes('attendee')) continue
    const m = meetingFor(l.start)
    if (!m) continue
    let seen = attendeeSets.get(m)
    if (!seen) attendeeSets.set(m, (seen = new Set([...m.attendees, ...m.chairs])))
    if (!seen.has(p.name)) {
      m.attendees.push(p.name)
      seen.add(p.name)
    }
  }
}

/**
 * A meeting's record fields, without the working ones, in the order they were made (the record's key
 * order). Written out: a rest pattern (`{ sentence, …, ...m }`) costs more than the whole copy.
 */
function publicFields(m: Meeting): Meeting {
  return {
    kind: m.kind, kindText: m.kindText, ordinal: m.ordinal, date: m.date, partOfDay: m.partOfDay, dateText: m.dateText, organiser: m.organiser,
    chairs: m.chairs, attendees: m.attendees, host: m.host, periodReviewed: m.periodReviewed, periodPlanned: m.periodPlanned, purpose: m.purpose,
    text: m.text, span: m.span, rule: m.rule, mentions: m.mentions,
  }
}

/** `f` with its results kept by argument, for one call of the extractor. */
function remembered(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>()
  return (s) => {
    let v = seen.get(s)
    if (v === undefined) seen.set(s, (v = f(s)))
    return v
  }
}

/**
 * Dates that can be a meeting's day: not a birth date ("sinh ngày 12-8-1962"), and not a day
 * written with a year more than one year before the latest year of the article's days (a biography,
 * a history), unless it stands right by a kind (see {@link dayFor}).
 */
function meetingDates(doc: Doc, dates: readonly PlacedDate[]): Array<PlacedDate & { old: boolean }> {
  let latest: number | null = null
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!
    const year = d.item.kind === 'date' && d.item.value ? Number(d.item.value.slice(0, 4)) : null
    if (year !== null && (latest === null || year > latest)) latest = year
  }
  // (Every date is copied with `old` set, as one object shape: `{ ...d, old: true }` beside the dates
  // as they were gave the loops over them objects of many shapes, read through V8's slowest loads.)
  const out: Array<PlacedDate & { old: boolean }> = []
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!
    if (d.item.kind !== 'date') out.push({ start: d.start, end: d.end, item: d.item, old: false })
    else if (!BIRTH_CUE_BEFORE().test(doc.key.slice(Math.max(0, d.start - 12), d.start))) {
      out.push({ start: d.start, end: d.end, item: d.item, old: d.item.parts.year !== null && latest !== null && d.item.parts.year < latest - 1 })
    }
  }
  return out
}

/** A day a meeting may take: where it is written (maybe from a range's first day), its value and the key that compares days. */
interface MeetingDay extends Range {
  sentence: number
  value: string | null
  partOfDay: DateItem['partOfDay']
  text: TextItem
  /** The value, or `M-D` when the year is unknown, null when the day is too ("hôm nay" with no publication date): two days are the same when their keys are. */
  key: string | null
  /** Written with a year long before the article's days: only a day right by its kind. */
  old: boolean
  /** For a run of days ("Trong 2 ngày 6-7/7"), its last day (`YYYY-MM-DD`), when the year is known. */
  runEnd: string | null
}

/**
 * How many days before the day in sentence `s` the meeting there began: N - 1 for "ngày làm việc thứ N" ("Ngày 9/5,
 * Hội nghị … bước sang ngày làm việc thứ năm") and for "sau N ngày làm việc" with a closing word ("Sau hai ngày làm
 * việc, Hội nghị … bế mạc chiều 28/6"); 0 otherwise.
 */
function workingDaysBefore(text: string): number {
  if (!WORKING_DAY_NOUNS.some((w) => text.includes(w))) return 0
  const ordinal = WORKING_DAY_ORDINAL().exec(text)
  const after = ordinal ? null : AFTER_WORKING_DAYS().exec(text)
  const closing = after !== null && CLOSING_WORDS.some((w) => text.includes(w))
  const n = ordinal ? parseVietnameseNumber(`${ORDINAL_MARKER} ${ordinal[1]}`)?.value : closing ? parseVietnameseNumber(after[1]!)?.value : undefined
  return n !== undefined && Number.isInteger(n) && n >= 2 && n <= MAX_WORKING_DAYS ? n - 1 : 0
}

/**
 * The days that can date a meeting, in text order. Not: a day in a document reference the documents
 * stage did not read ("Công văn số 1611/BDN ngày 21/11/2023"), an effective date or a deadline
 * ("kể từ ngày 01/4/2025", "trước ngày 30-6", "làm việc đến ngày 25-3"), a day still to come
 * ("ngày 15.3 tới"), the pair of an anniversary ("(30.4.1975 - 30.4.2025)"). A span of days takes
 * its first ("Từ ngày 27 đến ngày 30-6-2017", "ngày 15 - 18/4/2017").
 */
function meetingDays(doc: Doc, dates: readonly (PlacedDate & { old?: boolean })[], lowerSentence: (s: number) => string): MeetingDay[] {
  const out: MeetingDay[] = []
  let previous: (PlacedDate & { old?: boolean }) | undefined
  // "ngày làm việc thứ N" read once per sentence.
  let workingSentence = -1
  let workingDays: number | undefined
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!
    if (d.item.kind !== 'date') continue
    const prev = previous
    previous = d
    const s = findRange(doc.sentences, d.start)
    if (s < 0) continue
    const before = doc.key.slice(Math.max(doc.sentences[s]!.start, d.start - 40), d.start).toLowerCase()
    // The second of two days joined by a dash: an anniversary in brackets, else a span (its first day is the meeting's).
    if (prev && prev.end <= d.start && DASH_GAP.test(doc.key.slice(prev.end, d.start))) {
      if (OPEN_BRACKET.test(doc.key.slice(Math.max(0, prev.start - 3), prev.start))) {
        if (out.at(-1)?.start === prev.start) out.pop()
      }
      continue
    }
    const range = RANGE_START().exec(before)
    const first = range ? Number(range[1]) : null
    if (first === null && (NOT_DAY_BEFORE(before) || DOCUMENT_BEFORE().test(before))) continue
    if (FUTURE_AFTER(doc.key.slice(d.end, d.end + 12))) continue
    const day = d.item.parts.day
    const spanned = first !== null && day !== null && first < day
    let value = spanned && d.item.value ? `${d.item.value.slice(0, 8)}${String(first).padStart(2, '0')}` : d.item.value
    // A run's last day: the span's last ("ngày 3 và 4/7"), or the day a "từ ngày 27 đến" before it runs to.
    const runEnd = spanned ? d.item.value : value && d.item.end && d.item.end > value ? d.item.end : null
    // "Ngày 9/5, Hội nghị … bước sang ngày làm việc thứ năm": the meeting began four days before.
    if (workingDays === undefined || workingSentence !== s) {
      workingSentence = s
      workingDays = workingDaysBefore(lowerSentence(s))
    }
    const at = runEnd === null && workingDays > 0 ? toCalendarDate(value) : null
    if (at) value = formatDate(addDays(at, -workingDays))
    const start = range ? d.start - before.length + range.index + range[0].length - range[0].trimStart().length : d.start
    const { month } = d.item.parts
    out.push({
      start, end: d.end, sentence: s, value, partOfDay: d.item.partOfDay,
      text: range ? item(doc, start, d.end) : { text: d.item.text, span: d.item.span },
      key: value ?? (month !== null && day !== null ? `${month}-${first ?? day}` : null), old: d.old === true, runEnd,
    })
  }
  return out
}

/**
 * The day of a meeting mentioned at `k`, among its sentence's days: the nearest before it, else the
 * first after it. A day written long before the article's days counts only right by the kind
 * ("tại Hội nghị lần thứ nhất …, ngày 27/1/2016"; "Tại phiên họp ngày 28/7/2017").
 */
function dayFor(text: string, list: readonly MeetingDay[] | undefined, k: Range, setting: boolean): MeetingDay | undefined {
  if (!list) return undefined
  let before: MeetingDay | undefined
  let after: MeetingDay | undefined
  for (let i = 0; i < list.length; i++) {
    const d = list[i]!
    const near = (d.end <= k.start ? k.start - d.end : d.start - k.end) <= NEAR_DAY
    if (d.old && !near) continue
    if (d.end <= k.start) before = d
    // "Tại buổi gặp mặt, các đại biểu … vào ngày 31/3/1975": after a setting, only a day in the kind's own phrase
    // ("Tại phiên họp ngày 28/7", "tại hội nghị trực tuyến thúc đẩy giải ngân … ngày 26-6"), no comma between.
    else if (!after && d.start >= k.end && (near || !setting || !CLAUSE_BREAK.test(text.slice(k.end, d.start)))) after = d
  }
  return before ?? after
}

/** A comma or semicolon: the end of a clause. */
const CLAUSE_BREAK = /[,;]/
/** Units a day may stand from its kind and still be by it (a day written long ago, a day after "Tại <kind>"). */
const NEAR_DAY = 40

function setDay(m: Meeting & { day: MeetingDay | null }, d: MeetingDay): void {
  m.day = d
  m.date = d.value
  m.partOfDay = d.partOfDay
  m.dateText = d.text
}

/**
 * True when `head` (a sentence up to "tại <kind>") has a source cue ("chỉ đạo của") in its last 150
 * units with no verb marker after it: "chỉ đạo của đồng chí Tổng Bí thư, … tại Phiên họp", not
 * "theo kết luận của …, Thường trực Thành uỷ đã giới thiệu … tại kỳ họp".
 */
function sourceBefore(head: string): boolean {
  const tail = head.slice(-150)
  for (const w of SOURCE_CUES) {
    const at = tail.lastIndexOf(w)
    if (at >= 0 && !VERB_MARKER().test(tail.slice(at + w.length))) return true
  }
  return false
}

/** A kind as its bare noun, no qualifier or ordinal ("hội nghị", "buổi làm việc"): a mention that refers back. */
function bareNoun(kindText: string): boolean {
  return KIND_KEYS.has(kindText.toLowerCase())
}

/** A kind's noun ("hội nghị", "buổi làm việc"): its first two words, lower case. */
/** The key of ceremonies in MEETING_KINDS (`lễ kỷ niệm`, `lễ trao`, `mít tinh`). */
const CEREMONY = 'ceremony'

function family(kindText: string): string {
  const words = kindText.toLowerCase().split(' ')
  // A ceremony by its first word after `lễ`: `mít tinh` and `lễ mít tinh` are one, `lễ trao` and `lễ kỷ niệm` two.
  const ceremony = [2, 3].some((n) => words.length >= n && KIND_KEYS.get(words.slice(0, n).join(' ')) === CEREMONY)
  if (ceremony) return (words[0] === CEREMONY_NOUN ? words[1] : words[0]) ?? ''
  return words.slice(0, 2).join(' ')
}

/** True when a body's mention ends at normalised `pos` (spaces between allowed): "Ban Bí thư| họp". */
function bodyEndsAt(doc: Doc, bodyMentions: readonly TextItem[], pos: number): boolean {
  let end = pos
  while (end > 0 && doc.key[end - 1] === ' ') end--
  const at = inputSpan(doc, Math.max(0, end - 1), end).end
  const k = upperBound(bodyMentions, at, (m) => m.span.end) - 1
  return k >= 0 && bodyMentions[k]!.span.end === at
}

/** True when a body's mention starts right after normalised `pos` and a space: "họp |Thường trực Chính phủ" (the body "Chính phủ" may follow a role word). */
function bodyStartsAt(doc: Doc, bodyMentions: readonly TextItem[], pos: number): boolean {
  if (doc.key[pos] !== ' ') return false
  const from = inputSpan(doc, pos + 1, pos + 2).start
  const k = lowerBound(bodyMentions, from, (m) => m.span.start)
  const m = bodyMentions[k]
  if (!m) return false
  if (m.span.start === from) return true
  // "họp Thường trực Chính phủ", "họp Ban Thường vụ Tỉnh ủy": a capitalised word or two before the body.
  const gap = doc.input.slice(from, m.span.start).normalize('NFC')
  return CAPITALISED_GAP.test(gap)
}

/** Bodies named right after "làm việc với", joined by commas or "và". */
function hostsAfter(doc: Doc, bodyMentions: readonly TextItem[], from: number): { hosts: TextItem[]; counted: number } {
  const out: TextItem[] = []
  let pos = inputSpan(doc, from, from + 1).start
  for (let k = lowerBound(bodyMentions, pos, (m) => m.span.start); k < bodyMentions.length; k++) {
    const m = bodyMentions[k]!
    // The gap is original input (maybe NFD, NBSP): compared in its composed, plain-spaced form.
    const gap = doc.input.slice(pos, m.span.start).normalize('NFC').replace(/[\u00a0\t]/g, ' ')
    if (!HOST_GAP().test(gap) || gap.length > 12) break // same line: commas, spaces and "và" only
    out.push(m)
    pos = m.span.end
  }
  // "… với Ban Thường vụ Tỉnh ủy và 6 tổ chức đảng của tỉnh": one session per body counted too.
  const counted = out.length ? COUNTED_HOSTS().exec(doc.input.slice(pos, pos + 60).normalize('NFC').replace(/[\u00a0\t]/g, ' ')) : null
  const n = counted ? Number(counted[1]) : 0
  return { hosts: out, counted: n <= MAX_COUNTED_HOSTS ? n : 0 }
}

/** The organiser's verbs as the grammar reads them: between spaces. */
const ORGANISER_VERB_WORDS = ORGANISER_VERBS.map((w) => ` ${w} `)

function organiserIn(doc: Doc, sentence: Range, kindStart: number): TextItem | null {
  const text = doc.key.slice(sentence.start, kindStart)
  // No verb of the grammar's written in the sentence before the kind: no organiser (the grammar not run).
  if (!ORGANISER_VERB_WORDS.some((w) => text.includes(w))) return null
  const g = ORGANISER.get()
  const m = execAt(g.regex, text, 0)
  const name = m?.[g.groups.organiser!]
  if (!m || name === undefined || name.length < 3 || name.length > 91) return null
  const start = sentence.start + m.index + m[0].indexOf(name)
  return item(doc, start, start + name.length)
}

function periodsIn(doc: Doc, dates: readonly PlacedDate[], sentence: Range, from: number): Pick<Meeting, 'periodReviewed' | 'periodPlanned'> {
  const periods: PlacedDate[] = []
  // Dates are in text order: start at the first one at or after `from`, stop past the sentence.
  for (let k = lowerBound(dates, from, (d) => d.start); k < dates.length && dates[k]!.start < sentence.end; k++) {
    const d = dates[k]!
    if (d.end <= sentence.end && isPeriod(d.item)) periods.push(d)
  }
  let reviewed: PlacedDate | undefined
  let planned: PlacedDate | undefined
  for (const d of periods) {
    const before = doc.key.slice(Math.max(from, d.start - 60), d.start).toLowerCase()
    if (cueShortlyBefore(before, PLANNED_CUES, 40) && reviewed) planned ??= d
    else if (!reviewed) reviewed = d
    else planned ??= d
  }
  const toItem = (d: PlacedDate | undefined) => (d ? { text: d.item.text, span: d.item.span, start: d.item.start, end: d.item.end } : null)
  return { periodReviewed: toItem(reviewed), periodPlanned: toItem(planned) }
}

const isPeriod = (d: DateItem) => d.kind === 'period' || d.kind === 'quarter' || d.kind === 'year' || d.kind === 'month'

/** Units from a kind's end within which its purpose word must start (PURPOSE: 80 units and a space), and its longest word. */
const PURPOSE_REACH = 81 + Math.max(...PURPOSE_WORDS.map((w) => w.length))

function purposeIn(doc: Doc, sentence: Range, from: number): TextItem | null {
  const text = doc.key.slice(from, sentence.end)
  // No purpose word within reach: no purpose (the grammar not run).
  const reach = text.length > PURPOSE_REACH ? text.slice(0, PURPOSE_REACH) : text
  if (!PURPOSE_WORDS.some((w) => reach.includes(w))) return null
  const g = PURPOSE.get()
  const m = execAt(g.regex, text, 0)
  const purpose = m?.[g.groups.purpose!]
  if (!m || purpose === undefined) return null
  const start = from + m.index + m[0].length - purpose.length
  return item(doc, start, start + purpose.trimEnd().length)
}

