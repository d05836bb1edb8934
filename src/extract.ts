import { inputSpan, type Doc } from './engine/doc.ts'
import { collectTrace, tracing, type RawTraceEntry } from './engine/trace.ts'
import { screenInput } from './input-checks.ts'
import { formatDate, toCalendarDate } from './parse/calendar-date.ts'
import { runStages, type RunStagesOptions } from './pipeline/run-stages.ts'
import { STAGES } from './pipeline/stages.ts'
import { initialState, type State } from './pipeline/state.ts'
import type { ArticleRecord } from './records/article.ts'
import type { Issue } from './records/issue.ts'

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** Publication date (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or a Date, read in UTC): resolves "Chiều 12/7". */
  published?: string | Date
  /** Where the article came from (a path, `path:line`, a URL); copied to the record. */
  source?: string
  /** The article's identifier in its collection (an archive row's id or URL); copied to the record. */
  id?: string
  /** `html` or `text` to say what the input is; by default (`auto`) HTML is recognised by its tags. */
  format?: 'auto' | 'text' | 'html'
  /**
   * For an HTML page: the `[start, end)` ranges of the input that hold the article (sorted, not
   * overlapping), as `readPage()` of `vn-news-extract/page` finds them. Only they are read; spans
   * still point into the whole input.
   */
  regions?: ReadonlyArray<{ start: number; end: number }>
  /** Inputs longer than this many UTF-16 units are cut (an `input_truncated` issue says so). Default 2,000,000. */
  maxLength?: number
}

const DEFAULT_MAX_LENGTH = 2_000_000

/**
 * Reads one Vietnamese news article (plain text or HTML) into a typed record: publication
 * stamp, title, byline, photo credits, captions, dates and periods, document references.
 * Every item carries `span` offsets into `input` and `text === input.slice(span.start, span.end)`.
 * Never throws: problems are listed in `record.issues`.
 *
 * @example
 * extract('Chiều 12/7, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị…', { published: '2023-07-13' }).dates[0]
 * //=> { kind: 'date', text: 'Chiều 12/7', value: '2023-07-12', partOfDay: 'afternoon', … }
 */
export function extract(input: string, options?: ExtractOptions): ArticleRecord {
  let text = ''
  let source: string | null = null
  let id: string | null = null
  try {
    const issues: Issue[] = []
    text = typeof input === 'string' ? input : input === null || input === undefined ? '' : safeString(input, issues)
    const opts = readOptions(options, issues)
    source = opts.source ?? null
    id = opts.id ?? null
    const record = run(text, opts, source, id)
    record.issues.unshift(...issues)
    return record
  } catch (error) {
    const record = emptyRecord(text, source, id)
    record.issues.push({ code: 'internal_error', severity: 'error', message: `extraction failed: ${describe(error)}` })
    return record
  }
}

function run(input: string, options: ExtractOptions, source: string | null, id: string | null, runOptions: RunStagesOptions = {}): ArticleRecord {
  const issues: Issue[] = []
  const screened = screenInput(input, options.maxLength ?? DEFAULT_MAX_LENGTH, issues)
  const record = emptyRecord(input, source, id)
  record.issues = issues
  const option = parsePublishedOption(options.published, issues)
  if (option) {
    record.published = option.value
    record.publishedFrom = 'option'
  }
  if (screened === null) return record

  const state = runStages(STAGES, initialState({
    input: screened,
    html: options.format === 'html' ? true : options.format === 'text' ? false : undefined,
    regions: options.regions?.filter((r) => r.start < screened.length).map((r) => ({ start: r.start, end: Math.min(r.end, screened.length) })),
    publishedOption: option?.date ?? null,
  }) as Partial<State>, runOptions) as State
  if (state.stamp) {
    record.publication = state.stamp.stamp
    record.published = state.stamp.stamp.value
    record.publishedFrom = 'text'
  }
  const { doc } = state
  record.dates = state.dates
  record.documents = state.documents
  record.counts = state.counts
  record.amounts = state.amounts
  record.photoCredits = state.photoCredits
  record.captions = state.captions
  record.title = state.title
  record.byline = state.byline
  record.people = state.people
  record.province = state.province
  record.bodies = state.bodies
  record.meetings = state.meetings
  record.stats = {
    inputLength: input.length, textLength: doc.text.length, paragraphs: doc.paragraphs.length,
    sentences: doc.sentences.length, duplicateParagraphs: doc.duplicateParagraphs.length, html: doc.html,
  }
  if (tracing()) lastDoc = doc
  return record
}

/** The doc of the last run (read by {@link explain} to map trace positions to the input). */
let lastDoc: Doc | null = null

/** A candidate a rule found and then dropped, with the reason. */
export interface RejectedCandidate {
  /** The stage that was running: `date-candidates`, `counts`, `people`, … */
  stage: string
  /** The rule whose candidate it was (a grammar such as `date/day`, or a check such as `count/number`). */
  rule: string
  /** The candidate's text in the input, and its span. */
  text: string
  span: { start: number; end: number }
  /** Why it was dropped. */
  reason: string
}

/** What {@link explain} returns: the record, the stages that made it, and every dropped candidate. */
export interface Explanation {
  record: ArticleRecord
  /** The pipeline's stages in order, with what each reads and writes. */
  stages: Array<{ name: string; does: string; reads: string[]; writes: string[] }>
  /** Candidates rules found and dropped, in text order. */
  rejected: RejectedCandidate[]
}

/**
 * Extracts as {@link extract} does and says why candidates were dropped: "why is this count
 * missing?" is answered by the entries whose span covers it. Slower than `extract`; for debugging.
 *
 * @example
 * explain('Có 15 người tham dự.').rejected
 * //=> [{ stage: 'counts', rule: 'count/number', text: '15', reason: '…', … }]
 */
export function explain(input: string, options?: ExtractOptions): Explanation {
  const raw: RawTraceEntry[] = []
  lastDoc = null
  const record = collectTrace(raw, () => extract(input, options))
  const doc = lastDoc as Doc | null
  lastDoc = null
  const rejected = doc
    ? raw.map((e) => {
      const span = inputSpan(doc, e.start, e.end)
      return { stage: e.stage, rule: e.rule, text: doc.input.slice(span.start, span.end), span, reason: e.reason }
    }).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    : []
  return { record, stages: describePipeline(), rejected }
}

/** The pipeline's stages in order, with what each reads and writes. */
export function describePipeline(): Explanation['stages'] {
  return STAGES.map((s) => ({ name: s.name, does: s.does, reads: [...s.reads], writes: [...s.writes] }))
}

/**
 * For benchmarks and tests: extracts with the pipeline's run options (per-stage timing,
 * declaration checks). Not part of the public API.
 * @internal
 */
export function extractWith(input: string, options: ExtractOptions | undefined, runOptions: RunStagesOptions): ArticleRecord {
  return run(input, readOptions(options, []), null, null, runOptions)
}

/**
 * Copies the options it knows, each read on its own: a getter or Proxy that throws loses that
 * option (with an `invalid_option` issue), never the extraction.
 */
function readOptions(options: unknown, issues: Issue[]): ExtractOptions {
  const out: ExtractOptions = {}
  if (options === null || typeof options !== 'object') return out
  const read = (key: keyof ExtractOptions): unknown => {
    try {
      return (options as Record<string, unknown>)[key]
    } catch (error) {
      issues.push({ code: 'invalid_option', severity: 'warning', message: `option ${key} could not be read: ${describe(error)}` })
      return undefined
    }
  }
  const source = read('source')
  if (typeof source === 'string') out.source = source
  const id = read('id')
  if (typeof id === 'string') out.id = id
  const regions = read('regions')
  if (Array.isArray(regions)) out.regions = validRegions(regions, issues)
  const format = read('format')
  if (format === 'text' || format === 'html' || format === 'auto') out.format = format
  else if (format !== undefined && format !== null) issues.push({ code: 'invalid_option', severity: 'warning', message: `format must be auto, text or html; got ${String(format).slice(0, 20)}` })
  const published = read('published')
  if (typeof published === 'string' || published instanceof Date) out.published = published
  else if (published !== undefined && published !== null) issues.push({ code: 'invalid_published', severity: 'warning', message: `published option is not a string or Date: ${typeof published}` })
  const maxLength = read('maxLength')
  if (typeof maxLength === 'number' && Number.isFinite(maxLength) && maxLength >= 1) out.maxLength = maxLength
  return out
}

/** Regions kept when they are sorted, in range and not overlapping; otherwise all are dropped (with an issue). */
function validRegions(regions: unknown[], issues: Issue[]): Array<{ start: number; end: number }> | undefined {
  const out: Array<{ start: number; end: number }> = []
  let last = 0
  for (const r of regions) {
    const start = (r as { start?: unknown } | null)?.start
    const end = (r as { end?: unknown } | null)?.end
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < last || (end as number) < (start as number)) {
      issues.push({ code: 'invalid_option', severity: 'warning', message: 'regions must be sorted, non-overlapping integer ranges; the whole input is read' })
      return undefined
    }
    out.push({ start: start as number, end: end as number })
    last = end as number
  }
  return out
}

/** String(x) for an input that is not a string (said in an issue); an object whose conversion throws reads as empty. */
function safeString(x: unknown, issues: Issue[]): string {
  try {
    const s = String(x)
    issues.push({ code: 'invalid_input', severity: 'warning', message: `input is a ${typeof x}, not a string; read as its string form` })
    return s
  } catch (error) {
    issues.push({ code: 'invalid_input', severity: 'error', message: `input is a ${typeof x} that cannot be read as a string: ${describe(error)}` })
    return ''
  }
}

function parsePublishedOption(value: ExtractOptions['published'], issues: Issue[]) {
  if (value === undefined || value === null || value === '') return null
  const date = toCalendarDate(value as string | Date)
  if (!date) {
    issues.push({ code: 'invalid_published', severity: 'warning', message: `published option is not a date: ${String(value).slice(0, 40)}` })
    return null
  }
  const clock = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/.exec(value) : null
  let time = ''
  if (clock && Number(clock[1]) <= 23 && Number(clock[2]) <= 59) time = `T${clock[1]}:${clock[2]}`
  else if (clock) issues.push({ code: 'invalid_published', severity: 'warning', message: `published option has an impossible time: ${String(value).slice(0, 40)}; the date is kept` })
  return { date, value: formatDate(date) + time }
}

function emptyRecord(input: string, source: string | null, id: string | null): ArticleRecord {
  return {
    schemaVersion: 1, id, source, published: null, publishedFrom: null, publication: null, title: null, byline: null,
    photoCredits: [], captions: [], documents: [], dates: [], people: [], bodies: [], meetings: [], province: null, counts: [], amounts: [],
    stats: { inputLength: input.length, textLength: 0, paragraphs: 0, sentences: 0, duplicateParagraphs: 0, html: false },
    issues: [],
    page: null,
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200)
}
