import { inputSpan, type Doc } from '../../engine/doc.ts'
import type { Body } from '../../records/body.ts'
import type { Count } from '../../records/count.ts'

/**
 * Each count's body: the last Party or state body named before it in the same sentence
 * ("Đảng bộ tỉnh có 15 đảng bộ trực thuộc" → Đảng bộ tỉnh). Works on input spans only; returns
 * new counts (the given ones are not changed).
 */
export function linkCountBodies(doc: Doc, given: readonly Count[], bodies: readonly Body[]): Count[] {
  const counts = given.map((c) => ({ ...c }))
  if (counts.length === 0 || bodies.length === 0) return counts
  const sentences = doc.sentences.map((s) => inputSpan(doc, s.start, s.end))
  const mentions = bodies.flatMap((b) => b.mentions.map((m) => ({ name: b.name, span: m.span, text: m.text })))
    .sort((a, b) => a.span.start - b.span.start)
  // Counts and mentions are both in text order: three pointers move forward only (linear).
  let si = 0
  let mi = 0
  let k = 0
  let sentence = -1
  let best: (typeof mentions)[number] | undefined
  for (const c of counts) {
    while (si < sentences.length && sentences[si]!.end <= c.span.start) si++
    const s = sentences[si]
    if (!s) break
    if (si !== sentence) {
      sentence = si
      while (mi < mentions.length && mentions[mi]!.span.start < s.start) mi++
      k = mi
      best = undefined
    }
    while (k < mentions.length && mentions[k]!.span.end <= c.span.start) best = mentions[k++]
    c.body = best ? { text: best.text, span: best.span } : null
  }
  return counts
}
