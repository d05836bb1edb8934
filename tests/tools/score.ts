/**
 * Scoring of extracted records against gold files: precision, recall and F1 per field,
 * with the misses and false hits kept for the report. Pure functions; eval.ts does the I/O.
 */
import type { ArticleRecord } from '../../src/index.ts'

/** Gold as ANNOTATION.md defines it (fixture gold adds fields this scorer ignores). */
export interface Gold {
  published: string | null
  documents: Array<{ id: string | null; type: string; number: string; date: string | null }>
  counts?: Array<{ value: number; subject: string }>
  people?: string[]
  /** `ceremony: true` marks a lễ / mít tinh (dev2 gold): not scored as a meeting (fixtures/README.md). */
  meetings?: Array<{ date: string | null; chairs: string[]; ceremony?: boolean }>
}

export const FIELDS = ['documents', 'documentDates', 'counts', 'people', 'meetingChairs', 'meetingDates', 'ceremonies', 'published'] as const
export type Field = (typeof FIELDS)[number]

export interface FieldScore {
  tp: number
  fp: number
  fn: number
  misses: string[]
  falseHits: string[]
}

/** What a record may carry for fields later issues add (absent fields score as empty). */
interface LaterFields {
  counts?: Array<{ value: number; subject: string }>
  people?: Array<{ name: string }>
  meetings?: Array<{ kind?: string; date: string | null; chairs: string[]; dateText?: { span: { start: number; end: number } } | null }>
}

/** The record's meeting kind for a ceremony (`lễ kỷ niệm`, `lễ trao …`): scored as `ceremonies`, not as a meeting. */
const CEREMONY = 'ceremony'

/**
 * A meeting's date as the scorer compares it: the resolved day, or, when the year cannot be known
 * (`date` null), `XXXX-MM-DD` from the day and month of the dates[] item its `dateText` points at.
 * Such a partial day matches only gold that is partial too (`XXXX-07-08`), never a full gold day.
 */
export function meetingDateKey(
  meeting: { date: string | null; dateText?: { span: { start: number; end: number } } | null },
  dates: ReadonlyArray<{ span: { start: number; end: number }; parts?: { year: number | null; month: number | null; day: number | null } }>,
): string | null {
  if (meeting.date) return meeting.date
  const at = meeting.dateText?.span
  if (!at) return null
  const item = dates.find((d) => d.span.start === at.start && d.span.end === at.end)
  const parts = item?.parts
  if (!parts || parts.year !== null || parts.month === null || parts.day === null) return null
  return `XXXX-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`
}

const nfc = (s: string) => s.normalize('NFC').trim()
const numberKey = (n: string) => n.replace(/^0+(?=\d)/, '')
const docKey = (d: { id: string | null; type: string; number: string }) => (d.id ? d.id.replace(/\s+/g, '') : `${d.type} ${numberKey(d.number)}`)

/** Subject head: lower case, tone-canonical, first two syllables ("đảng viên mới" → "đảng viên"). */
export function subjectHead(subject: string): string {
  return nfc(subject).toLowerCase().replace(/uỷ/g, 'ủy').replace(/[()"'“”]/g, '').split(/\s+/).slice(0, 2).join(' ')
}

/** Same head (first two syllables), or one subject's words begin the other's ("giải" / "giải Đặc biệt"). */
export function sameSubject(a: string, b: string): boolean {
  if (subjectHead(a) === subjectHead(b)) return true
  const words = (s: string) => nfc(s).toLowerCase().replace(/uỷ/g, 'ủy').split(/\s+/).filter(Boolean)
  const wa = words(a)
  const wb = words(b)
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  return short.length > 0 && short.every((w, i) => w === long[i])
}

/** Greedy multiset matching with an equality predicate. */
function match<T>(gold: T[], got: T[], same: (g: T, x: T) => boolean, show: (t: T) => string): FieldScore {
  const left = [...got]
  const misses: string[] = []
  let tp = 0
  for (const g of gold) {
    const i = left.findIndex((x) => same(g, x))
    if (i >= 0) {
      left.splice(i, 1)
      tp++
    } else misses.push(show(g))
  }
  return { tp, fp: left.length, fn: misses.length, misses, falseHits: left.map(show) }
}

const eq = (a: string, b: string) => a === b
/** Equal days; a gold day with no knowable year (`XXXX-MM-DD`) matches any year with that day and month. */
const sameDate = (gold: string, got: string) =>
  gold === got || (gold.startsWith('XXXX-') && got.slice(4) === gold.slice(4))

/** Scores one article, field by field. */
export function scoreArticle(record: ArticleRecord, gold: Gold): Record<Field, FieldScore> {
  const later = record as ArticleRecord & LaterFields
  const goldDocs = gold.documents.map(docKey)
  const gotDocs = [...new Set(record.documents.map(docKey))]
  const goldMeetings = (gold.meetings ?? []).filter((m) => !m.ceremony)
  const gotMeetings = (later.meetings ?? []).filter((m) => m.kind !== CEREMONY)
  // Ceremonies: one per ceremony held, compared by day (`none` when no day is given).
  const goldCeremonies = (gold.meetings ?? []).filter((m) => m.ceremony).map((m) => m.date ?? 'none')
  const gotCeremonies = (later.meetings ?? []).filter((m) => m.kind === CEREMONY).map((m) => meetingDateKey(m, record.dates) ?? 'none')
  return {
    documents: match(goldDocs, gotDocs, eq, (s) => s),
    documentDates: match(
      gold.documents.filter((d) => d.date).map((d) => `${docKey(d)} ${d.date}`),
      record.documents.filter((d) => d.date).map((d) => `${docKey(d)} ${d.date}`),
      (g, x) => g.split(' ').slice(0, -1).join(' ') === x.split(' ').slice(0, -1).join(' ') && sameDate(g.split(' ').at(-1)!, x.split(' ').at(-1)!),
      (s) => s),
    counts: match(
      (gold.counts ?? []).map((c) => ({ value: c.value, subject: c.subject })),
      (later.counts ?? []).map((c) => ({ value: c.value, subject: c.subject })),
      (g, x) => Math.abs(g.value - x.value) < 1e-9 && sameSubject(g.subject, x.subject),
      (c) => `${c.value} ${c.subject}`),
    people: match((gold.people ?? []).map(nfc), [...new Set((later.people ?? []).map((p) => nfc(p.name)))], eq, (s) => s),
    meetingChairs: match(goldMeetings.flatMap((m) => m.chairs.map(nfc)), gotMeetings.flatMap((m) => m.chairs.map(nfc)), eq, (s) => s),
    meetingDates: match(
      goldMeetings.flatMap((m) => (m.date ? [m.date] : [])),
      gotMeetings.flatMap((m) => {
        const key = meetingDateKey(m, record.dates)
        return key ? [key] : []
      }),
      sameDate, (s) => s),
    ceremonies: match(goldCeremonies, gotCeremonies, (g, x) => (g === 'none' ? x === 'none' : x !== 'none' && sameDate(g, x)), (s) => s),
    published: match(gold.published ? [gold.published] : [], record.publishedFrom === 'text' && record.published ? [record.published] : [], eq, (s) => s),
  }
}

/** Precision, recall and F1 from summed counts (null when undefined: nothing gold and nothing found). */
export function prf(s: { tp: number; fp: number; fn: number }) {
  const p = s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp)
  const r = s.tp + s.fn === 0 ? null : s.tp / (s.tp + s.fn)
  const f1 = p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return { precision: p, recall: r, f1 }
}
