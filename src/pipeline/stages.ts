/**
 * The extraction pipeline, in order: the one place that says which stage runs when, what it
 * reads and what it writes. To add a stage, declare it here; `tests/pipeline.test.ts` fails when
 * a stage reads a key no earlier stage writes, or returns keys it did not declare.
 */
import { type Doc, type Range } from '../engine/doc.ts'
import { findDuplicateParagraphs, findDuplicateSentences, splitParagraphs, splitSentences } from '../engine/segment.ts'
import { dominantProvince, extractBodies } from '../kinds/bodies/bodies.ts'
import { removeOverlaps } from '../engine/candidate.ts'
import { extractCounts } from '../kinds/counts/counts.ts'
import { findDateCandidates } from '../kinds/dates/candidates.ts'
import { extractDocuments } from '../kinds/documents/documents.ts'
import { extractMeetings } from '../kinds/meetings/meetings.ts'
import { findByline, findCaptions, findPhotoCredits, findTitle } from '../kinds/metadata/metadata.ts'
import { findAuthorLines } from '../kinds/metadata/author-lines.ts'
import { extractPeople } from '../kinds/people/people.ts'
import { findPublicationStamp } from '../kinds/dates/publication-stamp.ts'
import { resolveDates } from '../kinds/dates/resolve.ts'
import { assignRoles } from '../kinds/people/roles.ts'
import { normalize } from '../normalize/normalize.ts'
import { linkCountBodies } from '../kinds/counts/link-bodies.ts'
import { defineStage, type StateKey } from './stage.ts'
import type { State } from './state.ts'

const normalizeStage = defineStage({
  name: 'normalize',
  does: 'HTML to text, NFC, spaces, dashes, quotes, tone placement; with the map back to the input',
  reads: ['input', 'html', 'regions'],
  writes: ['normalized'],
  run: ({ input, html, regions }) => ({ normalized: normalize(input, { html, regions }) }),
})

const segmentStage = defineStage({
  name: 'segment',
  does: 'paragraphs, sentences, and repeated blocks (captions, duplicated paragraphs)',
  reads: ['normalized'],
  writes: ['doc'],
  run: ({ normalized }) => {
    const paragraphs = splitParagraphs(normalized.key)
    const sentences = splitSentences(normalized.key, paragraphs)
    const duplicateParagraphs = findDuplicateParagraphs(normalized.key, paragraphs)
    const duplicates = [...duplicateParagraphs, ...findDuplicateSentences(normalized.key, sentences, duplicateParagraphs)]
    // (Written out rather than `{ ...normalized, paragraphs, … }`: in V8 11, properties added after a
    // spread are stored one by one through the runtime, about 2 µs each, per article.)
    const { text, map, input, key, html } = normalized
    const doc: Doc = { text, map, input, key, html, paragraphs, sentences, duplicateParagraphs, duplicates: duplicates.sort((a, b) => a.start - b.start) }
    return { doc }
  },
})

const stampStage = defineStage({
  name: 'publication-stamp',
  does: 'the publication date and time printed near the top or bottom; the reference date',
  reads: ['doc', 'publishedOption'],
  writes: ['stamp', 'published'],
  run: ({ doc, publishedOption }) => {
    const stamp = findPublicationStamp(doc)
    return { stamp, published: publishedOption ?? stamp?.date ?? null }
  },
})

const dateCandidatesStage = defineStage({
  name: 'date-candidates',
  does: 'days, months, quarters, years and periods, outside the stamp',
  reads: ['doc', 'stamp'],
  writes: ['dateCandidates'],
  run: ({ doc, stamp }) => ({
    dateCandidates: removeOverlaps(findDateCandidates(doc)).filter((c) => !stamp || c.end <= stamp.start || c.start >= stamp.end),
  }),
})

const resolveDatesStage = defineStage({
  name: 'resolve-dates',
  does: 'each date resolved against the reference date and the story\'s years',
  reads: ['doc', 'dateCandidates', 'published'],
  writes: ['dates', 'placedDates'],
  run: ({ doc, dateCandidates, published }) => {
    const dates = resolveDates(doc, dateCandidates, published)
    return { dates, placedDates: dateCandidates.map((c, i) => ({ start: c.start, end: c.end, item: dates[i]! })) }
  },
})

const documentsStage = defineStage({
  name: 'documents',
  does: 'document references merged across mentions, with date, issuer, term, subject, implements',
  reads: ['doc', 'placedDates'],
  writes: ['documents', 'documentRanges'],
  run: ({ doc, placedDates }) => {
    const dayAt = new Map(placedDates.map((p) => [p.start, p.item.value]))
    const { documents, ranges } = extractDocuments(doc, (start) => dayAt.get(start) ?? null, placedDates)
    return { documents, documentRanges: ranges }
  },
})

const countsStage = defineStage({
  name: 'counts',
  does: 'counts and amounts, outside dates, the stamp and document references',
  reads: ['doc', 'placedDates', 'stamp', 'documentRanges'],
  writes: ['counts', 'amounts'],
  run: ({ doc, placedDates, stamp, documentRanges }) => {
    const taken: Range[] = [...placedDates.map((p) => ({ start: p.start, end: p.end })), ...documentRanges]
    if (stamp) taken.push({ start: stamp.start, end: stamp.end })
    return extractCounts(doc, mergeRanges(taken.sort((a, b) => a.start - b.start)), placedDates)
  },
})

const furnitureStage = defineStage({
  name: 'article-furniture',
  does: 'photo credits, captions, title, byline and other author credits (their names are not people in the story)',
  reads: ['doc', 'stamp'],
  writes: ['photoCredits', 'captions', 'title', 'byline', 'notPeople'],
  run: ({ doc, stamp }) => {
    const { credits, ranges } = findPhotoCredits(doc)
    const captions = findCaptions(doc, credits)
    const byline = findByline(doc)
    const notPeople = [...ranges, ...findAuthorLines(doc), ...(byline ? [byline.range] : [])]
    return {
      photoCredits: credits, captions, title: findTitle(doc, stamp, captions), byline: byline?.byline ?? null,
      notPeople: notPeople.sort((a, b) => a.start - b.start),
    }
  },
})

const peopleStage = defineStage({
  name: 'people',
  does: 'full names with their titles, merged across mentions; given-name and title-only mentions linked',
  reads: ['doc', 'notPeople'],
  writes: ['people', 'nameMentions', 'capitalisedRuns'],
  run: ({ doc, notPeople }) => {
    const { people, mentions, runs } = extractPeople(doc, notPeople)
    return { people, nameMentions: mentions, capitalisedRuns: runs }
  },
})

const rolesStage = defineStage({
  name: 'roles',
  does: 'chair, attendee and speaker roles from the words around each name',
  reads: ['doc', 'people', 'nameMentions'],
  writes: ['people', 'chairLinks'],
  run: ({ doc, people, nameMentions }) => {
    const { people: withRoles, chairs } = assignRoles(doc, people, nameMentions)
    return { people: withRoles, chairLinks: chairs }
  },
})

const provinceStage = defineStage({
  name: 'province',
  does: 'the province the article names most (names of people are not places)',
  reads: ['capitalisedRuns', 'nameMentions'],
  writes: ['province'],
  run: ({ capitalisedRuns, nameMentions }) => ({ province: dominantProvince(capitalisedRuns, new Set(nameMentions.map((l) => l.start))) }),
})

const bodiesStage = defineStage({
  name: 'bodies',
  does: 'Party and state bodies with level and locality (the article\'s province by default)',
  reads: ['doc', 'province', 'nameMentions', 'notPeople'],
  writes: ['bodies'],
  run: ({ doc, province, nameMentions, notPeople }) => ({
    bodies: extractBodies(doc, province?.name ?? null, new Set(nameMentions.map((l) => l.start)), notPeople),
  }),
})

const meetingsStage = defineStage({
  name: 'meetings',
  does: 'meetings with kind, day and part of day, organiser, chairs, attendees, period reviewed',
  reads: ['doc', 'placedDates', 'documents', 'people', 'nameMentions', 'chairLinks', 'bodies'],
  writes: ['meetings'],
  run: ({ doc, placedDates, documents, people, nameMentions, chairLinks, bodies }) => {
    // A document's own date ("Chỉ thị số 35 ngày 14/6/2024") is not the day of a meeting.
    const documentDates = new Set(documents.flatMap((d) => (d.dateSpan ? [d.dateSpan.end] : [])))
    const dates = placedDates.filter((p) => !documentDates.has(p.item.span.end))
    return { meetings: extractMeetings(doc, dates, people, nameMentions, chairLinks, bodies) }
  },
})

const countBodiesStage = defineStage({
  name: 'count-bodies',
  does: 'each count\'s body: the last body named before it in its sentence',
  reads: ['doc', 'counts', 'bodies'],
  writes: ['counts'],
  run: ({ doc, counts, bodies }) => ({ counts: linkCountBodies(doc, counts, bodies) }),
})

/** A stage of any keys, as the pipeline holds it. */
export interface AnyStage {
  readonly name: string
  readonly does: string
  readonly reads: readonly StateKey[]
  readonly writes: readonly StateKey[]
  readonly run: (input: never) => Partial<State>
}

/** The stages, in the order they run. */
export const STAGES: readonly AnyStage[] = [
  normalizeStage,
  segmentStage,
  stampStage,
  dateCandidatesStage,
  resolveDatesStage,
  documentsStage,
  countsStage,
  furnitureStage,
  peopleStage,
  rolesStage,
  provinceStage,
  bodiesStage,
  meetingsStage,
  countBodiesStage,
]

/** The keys the article record is made from (after the last stage). */
export const RECORD_KEYS = [
  'doc', 'stamp', 'dates', 'documents', 'counts', 'amounts', 'photoCredits', 'captions', 'title', 'byline',
  'people', 'province', 'bodies', 'meetings',
] as const satisfies readonly StateKey[]

/** Sorted ranges with overlaps merged, so a binary search finds any covered position. */
function mergeRanges(sorted: readonly Range[]): Range[] {
  const out: Range[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ ...r })
  }
  return out
}
