/**
 * The CLI's tables (`--format csv|parquet --table NAME`): one row per item of a kind, with the
 * article's `id`, the item's fields flattened, `span_start`, `span_end` and `text`; or one row per
 * input for `articles` (its scalar fields, item counts, and the error of an input that gave none).
 * Each table's columns and types are fixed here, whatever the batch holds, so a DuckDB or pandas
 * user gets the same columns every time. Lists become `; `-joined strings.
 */
import type { ArticleRecord } from '../records/article.ts'
import type { ErrorLine } from '../records/error-line.ts'

export type ColumnType = 'string' | 'int' | 'double' | 'boolean'
export interface Column { name: string; type: ColumnType; doc: string }
export type Cell = string | number | boolean | null
export type Row = Cell[]

export const TABLE_NAMES = ['articles', 'documents', 'counts', 'people', 'meetings', 'bodies', 'dates', 'amounts'] as const
export type TableName = (typeof TABLE_NAMES)[number]

type Item = { text: string; span: { start: number; end: number } }
const spanCells = (it: Item): Cell[] => [it.span.start, it.span.end, it.text]
const SPAN: Column[] = [
  { name: 'span_start', type: 'int', doc: 'UTF-16 offset of the item in the original input' },
  { name: 'span_end', type: 'int', doc: 'end offset (exclusive); input.slice(span_start, span_end) is text' },
  { name: 'text', type: 'string', doc: 'the item as written in the input' },
]
const ID: Column = { name: 'id', type: 'string', doc: "the article's id (row id, else file:line, else the path)" }
const join = (xs: readonly string[]) => (xs.length ? xs.join('; ') : null)

interface TableSpec { columns: Column[]; rows: (r: ArticleRecord) => Row[] }

const TABLES: Record<Exclude<TableName, 'articles'>, TableSpec> = {
  documents: {
    columns: [ID,
      { name: 'document_id', type: 'string', doc: 'the code as written without spaces (29-KH/TU), null for type + number only' },
      { name: 'number', type: 'string', doc: 'the number' }, { name: 'type', type: 'string', doc: 'type code (NQ, KH, QĐ, NĐ …)' },
      { name: 'kind', type: 'string', doc: 'type key (nghi-quyet, ke-hoach …)' }, { name: 'system', type: 'string', doc: 'party, state or unknown' },
      { name: 'issuer', type: 'string', doc: 'issuer code (TU, TW, CP …)' }, { name: 'issuer_inferred', type: 'boolean', doc: 'issuer read from the issuing body, not the code' },
      { name: 'year', type: 'int', doc: 'year in the code (state documents)' }, { name: 'term', type: 'string', doc: 'term (khóa XIII)' },
      { name: 'date', type: 'string', doc: 'issue date YYYY-MM-DD' }, { name: 'body', type: 'string', doc: 'issuing body as written' },
      { name: 'subject', type: 'string', doc: 'what it is about (after về)' }, { name: 'implements', type: 'string', doc: 'documents it implements, ; -joined' },
      { name: 'mentions', type: 'int', doc: 'times it is mentioned' }, ...SPAN],
    rows: (r) => r.documents.map((d) => [r.id, d.id, d.number, d.type, d.kind, d.system, d.issuer, d.issuerInferred, d.year, d.term, d.date,
      d.body?.text ?? null, d.subject?.text ?? null, join(d.implements), d.mentions.length, ...spanCells(d)]),
  },
  counts: {
    columns: [ID,
      { name: 'value', type: 'double', doc: 'the number (49.820 → 49820, 57,5% → 57.5)' }, { name: 'subject', type: 'string', doc: 'what is counted, abbreviations expanded' },
      { name: 'subject_text', type: 'string', doc: 'the subject as written' }, { name: 'category', type: 'string', doc: 'known Party statistic, if any' },
      { name: 'percent', type: 'boolean', doc: 'a percentage' }, { name: 'qualifier', type: 'string', doc: 'over, more_than, nearly, about …' },
      { name: 'up_to', type: 'double', doc: 'upper bound of a range' }, { name: 'change', type: 'string', doc: 'increase or decrease' },
      { name: 'compared_to', type: 'string', doc: 'what a change is compared with' }, { name: 'rate', type: 'string', doc: 'per-year or per-month' },
      { name: 'total', type: 'boolean', doc: 'a total (tổng số)' }, { name: 'part_of', type: 'int', doc: 'index in this article of the count it is part of' },
      { name: 'relation', type: 'string', doc: 'target or share' }, { name: 'of', type: 'int', doc: 'index of the count the target or share refers to' },
      { name: 'period_start', type: 'string', doc: 'period of the sentence, first day' }, { name: 'period_end', type: 'string', doc: 'period, last day' },
      { name: 'period_text', type: 'string', doc: 'the period as written' }, { name: 'scope', type: 'string', doc: 'scope (toàn tỉnh …)' },
      { name: 'body', type: 'string', doc: 'the body the count belongs to' }, ...SPAN],
    rows: (r) => r.counts.map((c) => [r.id, c.value, c.subject, c.subjectText, c.category, c.percent, c.qualifier, c.upTo, c.change, c.comparedTo,
      c.rate, c.total, c.partOf, c.relation, c.of, c.period?.start ?? null, c.period?.end ?? null, c.period?.text ?? null, c.scope?.text ?? null,
      c.body?.text ?? null, ...spanCells(c)]),
  },
  people: {
    columns: [ID, { name: 'name', type: 'string', doc: 'full name' }, { name: 'titles', type: 'string', doc: 'titles, expanded, ; -joined' },
      { name: 'roles', type: 'string', doc: 'chair, attendee, speaker, ; -joined' }, { name: 'mentions', type: 'int', doc: 'mentions merged' }, ...SPAN],
    rows: (r) => r.people.map((p) => [r.id, p.name, join(p.titles.map((t) => t.expanded)), join(p.roles), p.mentions.length, ...spanCells(p)]),
  },
  meetings: {
    columns: [ID, { name: 'kind', type: 'string', doc: 'meeting kind key' }, { name: 'kind_text', type: 'string', doc: 'the meeting noun as written' },
      { name: 'ordinal', type: 'int', doc: 'lần thứ N' }, { name: 'date', type: 'string', doc: 'YYYY-MM-DD' }, { name: 'part_of_day', type: 'string', doc: 'morning, afternoon …' },
      { name: 'organiser', type: 'string', doc: 'organising body as written' }, { name: 'host', type: 'string', doc: 'body a working session is with' },
      { name: 'chairs', type: 'string', doc: 'chairs, ; -joined' }, { name: 'attendees', type: 'string', doc: 'attendees, ; -joined' },
      { name: 'period_reviewed_start', type: 'string', doc: 'period reviewed, first day' }, { name: 'period_reviewed_end', type: 'string', doc: 'period reviewed, last day' },
      { name: 'period_planned_start', type: 'string', doc: 'period planned, first day' }, { name: 'period_planned_end', type: 'string', doc: 'period planned, last day' },
      { name: 'purpose', type: 'string', doc: 'purpose (nhằm …)' }, ...SPAN],
    rows: (r) => r.meetings.map((m) => [r.id, m.kind, m.kindText, m.ordinal, m.date, m.partOfDay, m.organiser?.text ?? null, m.host?.text ?? null,
      join(m.chairs), join(m.attendees), m.periodReviewed?.start ?? null, m.periodReviewed?.end ?? null, m.periodPlanned?.start ?? null,
      m.periodPlanned?.end ?? null, m.purpose?.text ?? null, ...spanCells(m)]),
  },
  bodies: {
    columns: [ID, { name: 'name', type: 'string', doc: 'body name' }, { name: 'kind', type: 'string', doc: 'body kind' },
      { name: 'level', type: 'string', doc: 'central, province, district, commune, bloc' }, { name: 'locality', type: 'string', doc: 'locality' },
      { name: 'locality_inferred', type: 'boolean', doc: "locality is the article's province, not written" }, { name: 'mentions', type: 'int', doc: 'mentions merged' }, ...SPAN],
    rows: (r) => r.bodies.map((b) => [r.id, b.name, b.kind, b.level, b.locality, b.localityInferred, b.mentions.length, ...spanCells(b)]),
  },
  dates: {
    columns: [ID, { name: 'kind', type: 'string', doc: 'date, month, year, quarter, period, term, range' }, { name: 'value', type: 'string', doc: 'a day, YYYY-MM-DD' },
      { name: 'start', type: 'string', doc: 'first day' }, { name: 'end', type: 'string', doc: 'last day' }, { name: 'part_of_day', type: 'string', doc: 'morning, afternoon …' },
      { name: 'time', type: 'string', doc: 'HH:mm' }, { name: 'year_from', type: 'string', doc: 'text, published or context' }, ...SPAN],
    rows: (r) => r.dates.map((d) => [r.id, d.kind, d.value, d.start, d.end, d.partOfDay, d.time, d.yearFrom, ...spanCells(d)]),
  },
  amounts: {
    columns: [ID, { name: 'value', type: 'double', doc: 'the number' }, { name: 'unit', type: 'string', doc: 'unit (đồng, ha, km …)' },
      { name: 'qualifier', type: 'string', doc: 'over, about …' }, ...SPAN],
    rows: (r) => r.amounts.map((a) => [r.id, a.value, a.unit, a.qualifier, ...spanCells(a)]),
  },
}

const ARTICLES: Column[] = [ID,
  { name: 'source', type: 'string', doc: 'path, path:line or -' }, { name: 'error_code', type: 'string', doc: 'why the input gave no record (null when it did)' },
  { name: 'error_message', type: 'string', doc: 'the error, readable' }, { name: 'published', type: 'string', doc: 'YYYY-MM-DD[THH:mm]' },
  { name: 'published_from', type: 'string', doc: 'text or option' }, { name: 'title', type: 'string', doc: 'headline' },
  { name: 'byline', type: 'string', doc: 'author' }, { name: 'province', type: 'string', doc: 'the province named most' },
  { name: 'province_2025', type: 'string', doc: 'its unit after the 2025 merger' }, { name: 'input_length', type: 'int', doc: 'UTF-16 units read' },
  ...(['documents', 'dates', 'people', 'bodies', 'meetings', 'counts', 'amounts'] as const).map((k): Column => ({ name: k, type: 'int', doc: `number of ${k}` })),
  { name: 'issues', type: 'string', doc: 'issue codes, ; -joined' },
]

/** The columns of a table, in order. */
export function columnsOf(table: TableName): Column[] {
  return table === 'articles' ? ARTICLES : TABLES[table].columns
}

/** A record's rows for `table`. */
export function rowsOf(table: TableName, r: ArticleRecord): Row[] {
  if (table !== 'articles') return TABLES[table].rows(r)
  return [[r.id, r.source, null, null, r.published, r.publishedFrom, r.title?.text ?? null, r.byline?.text ?? null, r.province?.name ?? null,
    r.province?.province2025 ?? null, r.stats.inputLength, r.documents.length, r.dates.length, r.people.length, r.bodies.length,
    r.meetings.length, r.counts.length, r.amounts.length, join(r.issues.map((i) => i.code))]]
}

/** An input that gave no record: one `articles` row (its error), no rows elsewhere. */
export function errorRows(table: TableName, e: ErrorLine): Row[] {
  if (table !== 'articles') return []
  const row: Row = ARTICLES.map(() => null)
  row[0] = e.id
  row[1] = e.source
  row[2] = e.error.code
  row[3] = e.error.message
  return [row]
}
