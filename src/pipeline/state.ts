import type { Doc, Range } from '../engine/doc.ts'
import type { CapitalisedRun } from '../kinds/people/people.ts'
import type { DateCandidate } from '../kinds/dates/candidates.ts'
import type { FoundStamp } from '../kinds/dates/publication-stamp.ts'
import type { PlacedDate } from '../kinds/counts/counts.ts'
import type { PersonLink } from '../kinds/people/roles.ts'
import type { NormalizedText } from '../normalize/normalize.ts'
import type { CalendarDate } from '../parse/calendar-date.ts'
import type { ArticleRecord } from '../records/article.ts'
import type { Body } from '../records/body.ts'
import type { Amount, Count } from '../records/count.ts'
import type { DateItem } from '../records/date-item.ts'
import type { DocumentRef } from '../records/document-ref.ts'
import type { Meeting } from '../records/meeting.ts'
import type { Person } from '../records/person.ts'
import type { TextItem } from '../records/span.ts'

/**
 * Everything extraction knows about one article, key by key. The caller provides the first
 * four ({@link INITIAL_KEYS}); every other key is written by exactly the stages that declare it
 * in `writes` (see `stages.ts`). Positions are normalised unless a type says otherwise.
 */
export interface State {
  // ── given ──
  /** The input after the size and encoding checks (what spans point into). */
  input: string
  /** `true`/`false` when the caller said HTML or text; undefined to recognise it. */
  html: boolean | undefined
  /** HTML regions of the input that hold the article (from `readPage()`), if given. */
  regions: ReadonlyArray<Range> | undefined
  /** The publication date from the caller's options, if any. */
  publishedOption: CalendarDate | null

  // ── text ──
  /** Normalised text with its map to the input. */
  normalized: NormalizedText
  /** Normalised text with paragraphs, sentences and duplicated blocks. */
  doc: Doc
  /** The publication stamp printed in the article, if any. */
  stamp: FoundStamp | null
  /** The date partial dates resolve against: the caller's, else the stamp's. */
  published: CalendarDate | null

  // ── dates ──
  dateCandidates: DateCandidate[]
  /** Resolved dates, one per candidate, in text order. */
  dates: DateItem[]
  /** Each resolved date with its normalised range. */
  placedDates: PlacedDate[]

  // ── documents ──
  documents: DocumentRef[]
  /** Normalised ranges of document references (their numbers are not counts). */
  documentRanges: Range[]

  // ── counts ──
  counts: Count[]
  amounts: Amount[]

  // ── article furniture ──
  photoCredits: TextItem[]
  captions: TextItem[]
  title: TextItem | null
  byline: TextItem | null
  /** Normalised ranges that hold names which are not people in the story (credits, byline). */
  notPeople: Range[]

  // ── people and bodies ──
  people: Person[]
  /** Each name mention and the person it names. */
  nameMentions: PersonLink[]
  /** Runs of capitalised words, for the article's province: every run of several words, and the one-word runs that are a province's name. */
  capitalisedRuns: CapitalisedRun[]
  /** Links of the people who chair. */
  chairLinks: PersonLink[]
  province: ArticleRecord['province']
  bodies: Body[]

  // ── meetings ──
  meetings: Meeting[]
}

/** The keys the caller provides. */
export const INITIAL_KEYS = ['input', 'html', 'regions', 'publishedOption'] as const satisfies ReadonlyArray<keyof State>

/** A {@link State} as it is made before the stages run: every key present, the given ones set. */
export type InitialState = { [K in keyof State]: State[K] | undefined }

/**
 * The state the stages run over: the given keys set and every other key present and undefined, so
 * that writing a stage's output changes no property list (an object that gains some twenty keys one
 * by one is turned by V8 into a slow dictionary, which every stage then reads from). Listing a key
 * of {@link State} is required by the type: a key added there must be added here.
 */
export function initialState(given: Pick<State, (typeof INITIAL_KEYS)[number]>): InitialState {
  return {
    input: given.input, html: given.html, regions: given.regions, publishedOption: given.publishedOption,
    normalized: undefined, doc: undefined, stamp: undefined, published: undefined,
    dateCandidates: undefined, dates: undefined, placedDates: undefined,
    documents: undefined, documentRanges: undefined,
    counts: undefined, amounts: undefined,
    photoCredits: undefined, captions: undefined, title: undefined, byline: undefined, notPeople: undefined,
    people: undefined, nameMentions: undefined, capitalisedRuns: undefined, chairLinks: undefined, province: undefined, bodies: undefined,
    meetings: undefined,
  }
}
