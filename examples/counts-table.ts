/**
 * From records to a dataset: one row per count, with the article's province and publication date.
 * Run over CLI output:  vn-news-extract --jobs auto archive/ > records.jsonl
 *                       npx tsx examples/counts-table.ts records.jsonl > counts.tsv
 */
import { readFileSync } from 'node:fs'
import type { ArticleRecord } from '../src/index.ts'

/** One row per count: what a notebook needs for "party members by province by year". */
export interface CountRow {
  source: string | null
  published: string | null
  province: string | null
  category: string | null
  subject: string
  value: number
  percent: boolean
  qualifier: string | null
  periodStart: string | null
  periodEnd: string | null
  /** Where in the article: for checking any row against its text. */
  start: number
  end: number
  text: string
}

/** Flattens a record's counts into rows. */
export function countRows(record: ArticleRecord): CountRow[] {
  return record.counts.map((c) => ({
    source: record.source,
    published: record.published,
    province: record.province?.province2025 ?? record.province?.name ?? null,
    category: c.category,
    subject: c.subject,
    value: c.value,
    percent: c.percent,
    qualifier: c.qualifier,
    periodStart: c.period?.start ?? null,
    periodEnd: c.period?.end ?? null,
    start: c.span.start,
    end: c.span.end,
    text: c.text,
  }))
}

const COLUMNS: Array<keyof CountRow> = ['source', 'published', 'province', 'category', 'subject', 'value', 'percent', 'qualifier', 'periodStart', 'periodEnd', 'start', 'end', 'text']

/** Tab-separated lines (tabs and newlines inside values become spaces). */
export function toTsv(rows: readonly CountRow[]): string {
  const cell = (v: unknown) => (v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '))
  return [COLUMNS.join('\t'), ...rows.map((r) => COLUMNS.map((k) => cell(r[k])).join('\t'))].join('\n')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const lines = readFileSync(process.argv[2] ?? 0, 'utf8').split('\n').filter(Boolean)
  process.stdout.write(`${toTsv(lines.flatMap((l) => countRows(JSON.parse(l) as ArticleRecord)))}\n`)
}
