import { inputSpan, type Doc } from '../../engine/doc.ts'
import type { Body } from '../../records/body.ts'
import type { Count } from '../../records/count.ts'
import type { TextItem } from '../../records/span.ts'
import { mentionsInOrder } from '../bodies/bodies.ts'

/**
 * Each count's body: the last Party or state body named before it in the same sentence
 * ("Đảng bộ tỉnh có 15 đảng bộ trực thuộc" → Đảng bộ tỉnh). Works on input spans only; returns
 * a new list, the given counts unchanged: a count whose body changes is a copy, one whose body
 * stays what it was (null, as the counts stage leaves it, for most counts) is the count given.
 */
export function linkCountBodies(doc: Doc, given: readonly Count[], bodies: readonly Body[]): Count[] {
  const counts = given.slice()
  if (counts.length === 0 || bodies.length === 0) return counts
  const mentions = mentionsInOrder(bodies)
  // Counts and mentions are both in text order: three pointers move forward only (linear). A
  // sentence's input span is made when the pointer reaches it.
  let si = 0
  let s = si < doc.sentences.length ? inputSpan(doc, doc.sentences[si]!.start, doc.sentences[si]!.end) : undefined
  let mi = 0
  let k = 0
  let sentence = -1
  let best: TextItem | undefined
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!
    while (s && s.end <= c.span.start) s = ++si < doc.sentences.length ? inputSpan(doc, doc.sentences[si]!.start, doc.sentences[si]!.end) : undefined
    if (!s) break
    if (si !== sentence) {
      sentence = si
      while (mi < mentions.length && mentions[mi]!.span.start < s.start) mi++
      k = mi
      best = undefined
    }
    while (k < mentions.length && mentions[k]!.span.end <= c.span.start) best = mentions[k++]
    if (best) counts[i] = { ...c, body: { text: best.text, span: best.span } }
    else if (c.body !== null) counts[i] = { ...c, body: null }
  }
  return counts
}
