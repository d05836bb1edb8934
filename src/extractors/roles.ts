import { findRange, type Doc } from '../engine/doc.ts'
import { ATTENDEE_OPENERS, CHAIR_WORDS, SPEAKER_WORDS } from '../lexicon/roles.ts'
import type { Person } from '../records/person.ts'

export interface PersonLink {
  person: number
  start: number
  end: number
}

/** Where a phrase occurs in `text` (lower case), as whole words. */
function occurrences(text: string, phrase: string): number[] {
  const out: number[] = []
  let i = text.indexOf(phrase)
  while (i >= 0) {
    const before = i === 0 ? ' ' : text[i - 1]!
    const after = text[i + phrase.length] ?? ' '
    if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after)) out.push(i)
    i = text.indexOf(phrase, i + 1)
  }
  return out
}

/** Chair, attendee and speaker roles, by the words in each person's sentence. Returns the chairs' links. */
export function assignRoles(doc: Doc, people: Person[], links: readonly PersonLink[]): PersonLink[] {
  const chairs: PersonLink[] = []
  const bySentence = new Map<number, PersonLink[]>()
  for (const l of links) {
    const s = findRange(doc.sentences, l.start)
    if (s < 0) continue
    bySentence.set(s, [...(bySentence.get(s) ?? []), l])
  }
  const add = (l: PersonLink, role: Person['roles'][number]) => {
    const p = people[l.person]!
    if (!p.roles.includes(role)) p.roles.push(role)
  }
  for (const [s, ls] of bySentence) {
    const sentence = doc.sentences[s]!
    const text = doc.key.slice(sentence.start, sentence.end).toLowerCase()
    const rel = (pos: number) => pos - sentence.start
    // Chairs: names before "chủ trì" (not after an attendee opener), or after "chủ trì của".
    const chairAt = CHAIR_WORDS.flatMap((w) => occurrences(text, w))
    const attendAt = ATTENDEE_OPENERS.flatMap((w) => occurrences(text, w))
    for (const c of chairAt) {
      const by = /^\s*(?:của|bởi)\s/.test(text.slice(c + 'chủ trì'.length))
      for (const l of ls) {
        const before = rel(l.end) <= c && !attendAt.some((a) => a < rel(l.start) && a > rel(l.end) - 200 && a < c)
        const after = by && rel(l.start) > c && rel(l.start) - c < 60
        if ((before && !ls.some((o) => o !== l && rel(o.start) > rel(l.end) && rel(o.end) <= c && gapHasVerb(text, rel(l.end), rel(o.start)))) || after) {
          add(l, 'chair')
          chairs.push(l)
        }
      }
    }
    for (const a of attendAt) {
      for (const l of ls) if (rel(l.start) > a && !chairs.includes(l)) add(l, 'attendee')
    }
    const speakAt = SPEAKER_WORDS.flatMap((w) => occurrences(text, w))
    for (const v of speakAt) {
      // "X phát biểu": the nearest name before the verb in the clause; "Phát biểu chỉ đạo, X yêu cầu": the first name after the comma.
      const before = ls.filter((l) => rel(l.end) <= v && !/[;.]/.test(text.slice(rel(l.end), v))).at(-1)
      if (before && v - rel(before.end) < 80) add(before, 'speaker')
      else if (v < 30) {
        const first = ls.find((l) => rel(l.start) > v)
        if (first && /,/.test(text.slice(v, rel(first.start)))) add(first, 'speaker')
      }
    }
  }
  return chairs
}

/** True when the text between two names has a verb phrase (they are not one list). */
function gapHasVerb(text: string, from: number, to: number): boolean {
  return /\s(?:phát biểu|cho biết|đề nghị|yêu cầu|đánh giá|và các|cùng)\s/.test(text.slice(from, to))
}
