/**
 * What changed between two `npm run eval` reports (the JSON it writes): per corpus and field, F1
 * before → after, and per article the misses and false hits that appeared or went away. Used by
 * `npm run eval -- --against FILE` (FILE: a report kept from before a change).
 */
import { basename } from 'node:path'

interface Totals { [field: string]: { tp: number; fp: number; fn: number; f1: number | null } }
interface FieldScore { misses: string[]; falseHits: string[] }
/** The parts of an eval report this reads. */
export interface EvalReport {
  commit?: string
  perDir: Array<{ dir: string; articles: number; totals: Totals }>
  /** Per article: its scores, and (reports since 2026-12-01) a digest of each field of its record. */
  perArticle: Array<{ article: string; fields: Record<string, FieldScore>; digest?: Record<string, string> }>
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : (x * 100).toFixed(1))

/** The lines that say what changed from `before` to `after`; a last line says so when nothing did. */
export function compareReports(before: EvalReport, after: EvalReport): string[] {
  const lines: string[] = []
  for (const d of after.perDir) {
    const b = before.perDir.find((x) => basename(x.dir) === basename(d.dir))
    if (!b) {
      lines.push(`${basename(d.dir)}: not in the earlier report`)
      continue
    }
    for (const [field, t] of Object.entries(d.totals)) {
      const o = b.totals[field]
      if (!o || (o.tp === t.tp && o.fp === t.fp && o.fn === t.fn)) continue
      const delta = t.f1 !== null && o.f1 !== null ? ` (${t.f1 >= o.f1 ? '+' : ''}${((t.f1 - o.f1) * 100).toFixed(1)})` : ''
      lines.push(`${basename(d.dir)} ${field}: F1 ${pct(o.f1)} → ${pct(t.f1)}${delta}; tp ${o.tp} → ${t.tp}, fp ${o.fp} → ${t.fp}, fn ${o.fn} → ${t.fn}`)
    }
  }
  for (const a of after.perArticle) {
    const b = before.perArticle.find((x) => x.article === a.article)
    if (!b) continue
    for (const [field, s] of Object.entries(a.fields)) {
      const o = b.fields[field] ?? { misses: [], falseHits: [] }
      const gone = (was: string[], now: string[]) => was.filter((x) => !now.includes(x))
      for (const m of gone(s.misses, o.misses)) lines.push(`  ${a.article} ${field}: new miss − ${m}`)
      for (const m of gone(o.misses, s.misses)) lines.push(`  ${a.article} ${field}: found now ${m}`)
      for (const m of gone(s.falseHits, o.falseHits)) lines.push(`  ${a.article} ${field}: new false hit + ${m}`)
      for (const m of gone(o.falseHits, s.falseHits)) lines.push(`  ${a.article} ${field}: false hit gone ${m}`)
    }
  }
  // What the scores cannot see: the fields of each record that changed at all.
  const changed: string[] = []
  for (const a of after.perArticle) {
    const b = before.perArticle.find((x) => x.article === a.article)
    if (!a.digest || !b?.digest) continue
    const fields = Object.keys({ ...b.digest, ...a.digest }).filter((k) => a.digest![k] !== b.digest![k])
    if (fields.length > 0) changed.push(`  ${a.article}: ${fields.join(', ')}`)
  }
  if (changed.length > 0) lines.push(`records changed (scored or not; compare the records to see how), by field:`, ...changed)
  if (lines.length === 0) lines.push(`no change against ${before.commit ?? 'the earlier report'}`)
  return lines
}
