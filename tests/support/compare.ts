import type { ArticleRecord } from '../../src/index.ts'
import type { FixtureGold } from './fixtures.ts'
import { sameSubject } from '../tools/score.ts'

/** One field's comparison: what gold has that the record lacks, and the reverse. */
export interface FieldDiff {
  field: string
  missing: string[]
  extra: string[]
}

function multisetDiff(field: string, gold: string[], got: string[]): FieldDiff {
  const left = [...got]
  const missing: string[] = []
  for (const g of gold) {
    const i = left.indexOf(g)
    if (i >= 0) left.splice(i, 1)
    else missing.push(g)
  }
  return { field, missing, extra: left }
}

/** Keys for each record field the core (issue 2) produces, compared with the fixture gold. */
export function compareCore(record: ArticleRecord, gold: FixtureGold): FieldDiff[] {
  const diffs: FieldDiff[] = []
  const expectedPublished = gold.published ?? gold.publishedOption ?? null
  diffs.push(multisetDiff('published', [String(expectedPublished)], [String(record.published)]))
  if (gold.title !== undefined) diffs.push(multisetDiff('title', [String(gold.title)], [String(record.title?.text ?? null)]))
  if (gold.byline !== undefined) diffs.push(multisetDiff('byline', [String(gold.byline)], [String(record.byline?.text ?? null)]))
  if (gold.photoCredits) diffs.push(multisetDiff('photoCredits', gold.photoCredits, record.photoCredits.map((c) => c.text)))
  diffs.push(multisetDiff('documents',
    gold.documents.map((d) => `${d.id ?? `${d.type} ${d.number}`} | date=${d.date}`),
    record.documents.map((d) => `${d.id ?? `${d.type} ${d.number}`} | date=${d.date}`)))
  diffs.push(multisetDiff('documents.issuer',
    gold.documents.filter((d) => d.issuer !== undefined).map((d) => `${d.id ?? `${d.type} ${d.number}`} | issuer=${d.issuer} inferred=${d.issuerInferred ?? false}`),
    record.documents.filter((d) => gold.documents.some((g) => (g.id ?? `${g.type} ${g.number}`) === (d.id ?? `${d.type} ${d.number}`) && g.issuer !== undefined))
      .map((d) => `${d.id ?? `${d.type} ${d.number}`} | issuer=${d.issuer} inferred=${d.issuerInferred}`)))
  diffs.push(multisetDiff('documents.implements',
    gold.documents.flatMap((d) => (d.implements ?? []).map((k) => `${d.id ?? `${d.type} ${d.number}`} -> ${k}`)),
    record.documents.flatMap((d) => d.implements.map((k) => `${d.id ?? `${d.type} ${d.number}`} -> ${k}`))))
  if (gold.dates) {
    diffs.push(multisetDiff('dates',
      gold.dates.map((d) => `${d.kind} ${d.start}..${d.end}${d.partOfDay ? ` ${d.partOfDay}` : ''}`),
      record.dates.map((d) => `${d.kind} ${d.start}..${d.end}${d.partOfDay ? ` ${d.partOfDay}` : ''}`)))
  }
  if (gold.counts) diffs.push(compareCounts(record, gold.counts))
  if (gold.people) diffs.push(multisetDiff('people', gold.people, record.people.map((p) => p.name)))
  if (gold.meetings) {
    diffs.push(multisetDiff('meetings',
      gold.meetings.map((m) => `${m.date} chairs=${[...m.chairs].sort().join('+')}`),
      record.meetings.map((m) => `${m.date} chairs=${[...m.chairs].sort().join('+')}`)))
  }
  return diffs.filter((d) => d.missing.length || d.extra.length)
}

/** Counts: same value, same subject head (ANNOTATION.md: matched on the head phrase), same qualifier when gold gives one. */
function compareCounts(record: ArticleRecord, gold: NonNullable<FixtureGold['counts']>): FieldDiff {
  const left = [...record.counts]
  const missing: string[] = []
  for (const g of gold) {
    const qualifier = (g as { qualifier?: string }).qualifier
    const i = left.findIndex((c) => Math.abs(c.value - g.value) < 1e-9 && sameSubject(c.subject, g.subject) && (qualifier === undefined || c.qualifier === qualifier))
    if (i >= 0) left.splice(i, 1)
    else missing.push(`${g.value} ${g.subject}${qualifier ? ` (${qualifier})` : ''}`)
  }
  return { field: 'counts', missing, extra: left.map((c) => `${c.value} ${c.subject}${c.qualifier ? ` (${c.qualifier})` : ''}`) }
}

/** A readable report: one line per missing (−) or extra (+) value. */
export function formatDiffs(name: string, diffs: FieldDiff[]): string {
  return diffs.map((d) => [
    `${name} › ${d.field}`,
    ...d.missing.map((m) => `  − gold only: ${m}`),
    ...d.extra.map((e) => `  + extracted only: ${e}`),
  ].join('\n')).join('\n')
}
