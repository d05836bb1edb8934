import { findRange, inputItem, inputSpan, type Doc, type Range } from '../../engine/doc.ts'
import { because, traceReject } from '../../engine/trace.ts'
import { scan } from '../../engine/scan.ts'
import { MEETING_KIND, ORGANISED_EVENT, ORGANISER, PURPOSE, WORKING_WITH } from './grammar.ts'
import {
  CONGRESS_HELD_WHEN_DATED, CONGRESS_HELD_WORDS, HELD_WORDS, KINDS_BY_BODY, MEETING_KINDS, NOT_HELD_BEFORE, ORGANISED_KINDS,
  PLANNED_CUES, PURPOSE_WORDS,
} from '../../lexicon/meeting-kinds.ts'
import { ORDINAL_MARKER } from '../../lexicon/number-words.ts'
import { BIRTH_DATE_CUES } from '../../lexicon/time-words.ts'
import { LIST_CONJUNCTIONS } from '../../lexicon/conjunctions.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { execAt } from '../../engine/step.ts'
import { parseVietnameseNumber } from '../../parse/number.ts'
import type { DateItem } from '../../records/date-item.ts'
import type { Meeting } from '../../records/meeting.ts'
import type { Body } from '../../records/body.ts'
import type { Person } from '../../records/person.ts'
import type { TextItem } from '../../records/span.ts'
import type { PlacedDate } from '../counts/counts.ts'
import type { PersonLink } from '../people/roles.ts'
import { cueShortlyBefore } from '../../engine/cue.ts'
import { itself, lowerBound, upperBound } from '../../engine/search.ts'

interface KindMention extends Range {
  key: string
  text: string
  ordinal: number | null
  /** A verb form ("làm việc với") rather than a noun. */
  verbal: boolean
  /** The rule that found it. */
  rule: 'meeting/kind' | 'meeting/working-with' | 'meeting/organised'
}

const KIND_KEYS = new Map(MEETING_KINDS.map((k) => [k.phrase, k.key]))
const KIND_KEYS_LONGEST_FIRST = [...KIND_KEYS].sort((a, b) => b[0].length - a[0].length)
const GENERIC = new Set(['conference', 'working-session', 'session', 'meeting'])
/** A purpose word right after a kind ("Buổi làm việc nhằm …"): the meeting is held. */
const PURPOSE_NEXT = lexiconPattern(`^\\s*${anyOf(PURPOSE_WORDS)}\\s`, 'u')
/** A birth-date cue ending right before a day ("sinh ngày 12-8-1962"). */
const BIRTH_CUE_BEFORE = lexiconPattern(`${anyOf(BIRTH_DATE_CUES, { spaces: 'runs' })}\\s+$`, 'iu')
/** What may stand between two bodies a session is held with: spaces, commas and the list conjunction. */
const HOST_GAP = lexiconPattern(`^(?: |,|${anyOf(LIST_CONJUNCTIONS)})*$`, 'u')

function kindKey(text: string): string {
  const lower = text.toLowerCase()
  for (const b of KINDS_BY_BODY) if (lower.includes(b.phrase)) return b.key
  for (const [phrase, key] of KIND_KEYS_LONGEST_FIRST) if (lower.startsWith(phrase)) return key
  return 'meeting'
}

function findKindMentions(doc: Doc): KindMention[] {
  const out: KindMention[] = []
  scan(doc, MEETING_KIND, (m) => {
    const before = doc.key.slice(Math.max(0, m.start - 28), m.start).toLowerCase()
    if (NOT_HELD_BEFORE.some((w) => before.includes(w))) return because('named as a source or a plan (nghị quyết, chuẩn bị, sẽ … before it)')
    const ord = m.group('ordinal')
    const ordinal = ord ? parseVietnameseNumber(`${ORDINAL_MARKER} ${ord}`)?.value ?? null : null
    out.push({ start: m.start, end: m.end, key: kindKey(m.key), text: m.key, ordinal, verbal: false, rule: 'meeting/kind' })
  }, { boundary: true })
  scan(doc, WORKING_WITH, (m) => {
    out.push({ start: m.start, end: m.end, key: 'working-session', text: m.key, ordinal: null, verbal: true, rule: 'meeting/working-with' })
  }, { boundary: true })
  scan(doc, ORGANISED_EVENT, (m) => {
    const r = m.range('kind')!
    out.push({ start: r.start, end: r.end, key: ORGANISED_KINDS[m.group('kind')!] ?? 'meeting', text: m.group('kind')!, ordinal: null, verbal: false, rule: 'meeting/organised' })
  }, { boundary: true })
  return out.sort((a, b) => a.start - b.start)
}

const item = inputItem

/**
 * Meetings the article reports as held: a kind mention in a sentence with a day date, a
 * "held" verb or a purpose opens a meeting; later mentions of the same kind (or a bare
 * "hội nghị", "buổi làm việc") refer back to it. Chairs and attendees come from the people's roles.
 */
export function extractMeetings(
  doc: Doc, allDates: readonly PlacedDate[], people: readonly Person[], links: readonly PersonLink[], chairLinks: readonly PersonLink[],
  bodies: readonly Body[] = [],
): Meeting[] {
  const bodyMentions = bodies.flatMap((b) => b.mentions).sort((a, b) => a.span.start - b.span.start)
  const dates = meetingDates(doc, allDates)
  // Day dates by sentence: one lookup per meeting mention, not a scan of every date.
  const daysBySentence = new Map<number, PlacedDate[]>()
  for (const d of dates) {
    if (d.item.kind !== 'date') continue
    const s = findRange(doc.sentences, d.start)
    const list = daysBySentence.get(s)
    if (list) list.push(d)
    else daysBySentence.set(s, [d])
  }
  const meetings: Array<Meeting & { sentence: number; mentionSentences: Set<number> }> = []
  // The lower-case text of the sentence in hand, made once per sentence, not once per mention.
  let lowerSentence = -1
  let sText = ''
  for (const k of findKindMentions(doc)) {
    const s = findRange(doc.sentences, k.start)
    if (s < 0) continue
    const sentence = doc.sentences[s]!
    if (s !== lowerSentence) {
      lowerSentence = s
      sText = doc.key.slice(sentence.start, sentence.end).toLowerCase()
    }
    const dayDate = daysBySentence.get(s)?.find((d) => d.end <= sentence.end && d.start < k.start + 200)
    const current = meetings.at(-1)
    const sameKind = current && (current.kind === k.key || GENERIC.has(k.key) || (k.verbal && current.kind === 'working-session'))
    const differentDay = dayDate && current?.date && dayDate.item.value !== current.date
    if (current && sameKind && !differentDay && !(k.verbal && dayDate && current.date && current.sentence !== s)) {
      current.mentions.push(item(doc, k.start, k.end))
      current.mentionSentences.add(s)
      // The title named it; the lede dates it ("Ngày 8/6, … tổ chức Hội nghị …").
      if (!current.date && dayDate) {
        current.date = dayDate.item.value
        current.partOfDay = dayDate.item.partOfDay
        current.dateText = { text: dayDate.item.text, span: dayDate.item.span }
        current.organiser ??= organiserIn(doc, sentence, k.start)
        if (!current.periodReviewed) Object.assign(current, periodsIn(doc, dates, sentence, k.end))
        current.purpose ??= purposeIn(doc, sentence, k.end)
      }
      continue
    }
    const after = sText.slice(k.end - sentence.start)
    // A verbal mention ("làm việc với") is not its own "held" word: the rest of the sentence must say so.
    const heldText = k.verbal ? sText.slice(0, k.start - sentence.start) + sText.slice(k.end - sentence.start) : sText
    const held = HELD_WORDS.some((w) => heldText.includes(w)) || !!dayDate || PURPOSE_NEXT.test(after) || k.start === sentence.start
    // A congress is often only planned ("tiến tới Đại hội"): it needs a held verb, or a dated "tổ chức".
    if (!held) {
      traceReject(k.rule, k.start, k.end, 'nothing in its sentence says it was held (no held verb, day or purpose)')
      continue
    }
    if (k.key === 'congress' && !CONGRESS_HELD_WORDS.some((w) => sText.includes(w)) && !(dayDate && CONGRESS_HELD_WHEN_DATED.some((w) => sText.includes(w)))) {
      traceReject(k.rule, k.start, k.end, 'a congress only planned: no word says it opened or took place')
      continue
    }
    const base = item(doc, k.start, k.end)
    const hosts = k.verbal ? hostsAfter(doc, bodyMentions, k.end) : []
    const first = meetings.length
    meetings.push({
      kind: k.key, kindText: base.text, ordinal: k.ordinal,
      date: dayDate?.item.value ?? null, partOfDay: dayDate?.item.partOfDay ?? null,
      dateText: dayDate ? { text: dayDate.item.text, span: dayDate.item.span } : null,
      organiser: organiserIn(doc, sentence, k.start),
      chairs: [], attendees: [], host: hosts[0] ?? null,
      ...periodsIn(doc, dates, sentence, k.end),
      purpose: purposeIn(doc, sentence, k.end),
      text: base.text, span: base.span, rule: k.rule,
      mentions: [base], sentence: s, mentionSentences: new Set([s]),
    })
    // "làm việc với Quận ủy quận 2 và Quận ủy quận 9": one session per body.
    for (const h of hosts.slice(1)) meetings.push({ ...meetings[first]!, host: h, chairs: [], attendees: [], mentions: [base], mentionSentences: new Set([s]) })
  }
  // A meeting still without a date takes the lede's: the article's first day, written as a dateline
  // ("Ngày 20/6, …", "sáng 19-5, …") or in a sentence that reports something held.
  const first = meetings[0]
  if (first && !first.date) {
    const lede = dates.find((d) => d.item.kind === 'date' && d.item.value && findRange(doc.paragraphs, d.start) <= 3)
    const s = lede ? findRange(doc.sentences, lede.start) : -1
    const dateline = lede && doc.key[lede.end] === ','
    if (lede && s >= 0 && (dateline || HELD_WORDS.some((w) => doc.key.slice(doc.sentences[s]!.start, doc.sentences[s]!.end).toLowerCase().includes(w)))) {
      first.date = lede.item.value
      first.partOfDay = lede.item.partOfDay
      first.dateText = { text: lede.item.text, span: lede.item.span }
    }
  }
  // People: a chair or attendee belongs to the meeting mentioned in their sentence, else the latest before it.
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
  for (const l of chairLinks) {
    const m = meetingFor(l.start)
    const name = people[l.person]!.name
    if (m && !setOf(m, m.chairs).has(name)) {
      m.chairs.push(name)
      setOf(m, m.chairs).add(name)
    }
  }
  const attendeeSets = new Map<Meeting, Set<string>>()
  for (const l of links) {
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
  return meetings.map(({ sentence: _s, mentionSentences: _m, ...m }) => m)
}

/**
 * Dates that can be a meeting's day: not a birth date ("sinh ngày 12-8-1962"), and not a day
 * written with a year more than one year before the article's latest year (a biography, a history).
 */
function meetingDates(doc: Doc, dates: readonly PlacedDate[]): PlacedDate[] {
  let latest: number | null = null
  for (const d of dates) if (d.item.parts.year !== null && (latest === null || d.item.parts.year > latest)) latest = d.item.parts.year
  return dates.filter((d) => {
    if (d.item.kind !== 'date') return true
    if (BIRTH_CUE_BEFORE.test(doc.key.slice(Math.max(0, d.start - 12), d.start))) return false
    return d.item.parts.year === null || latest === null || d.item.parts.year >= latest - 1
  })
}

/** Bodies named right after "làm việc với", joined by commas or "và". */
function hostsAfter(doc: Doc, bodyMentions: readonly TextItem[], from: number): TextItem[] {
  const out: TextItem[] = []
  let pos = inputSpan(doc, from, from + 1).start
  for (const m of bodyMentions) {
    if (m.span.start < pos) continue
    // The gap is original input (maybe NFD, NBSP): compared in its composed, plain-spaced form.
    const gap = doc.input.slice(pos, m.span.start).normalize('NFC').replace(/[\u00a0\t]/g, ' ')
    if (!HOST_GAP.test(gap) || gap.length > 12) break // same line: commas, spaces and "và" only
    out.push(m)
    pos = m.span.end
  }
  return out
}

function organiserIn(doc: Doc, sentence: Range, kindStart: number): TextItem | null {
  const text = doc.key.slice(sentence.start, kindStart)
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

function purposeIn(doc: Doc, sentence: Range, from: number): TextItem | null {
  const text = doc.key.slice(from, sentence.end)
  const g = PURPOSE.get()
  const m = execAt(g.regex, text, 0)
  const purpose = m?.[g.groups.purpose!]
  if (!m || purpose === undefined) return null
  const start = from + m.index + m[0].length - purpose.length
  return item(doc, start, start + purpose.trimEnd().length)
}

