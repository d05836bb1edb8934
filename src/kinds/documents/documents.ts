import { inputItem, inputSpan, type Doc, type Range } from '../../engine/doc.ts'
import { matchAt, scan, testWhole, type MatchView } from '../../engine/scan.ts'
import {
  BARE_DOCUMENT, CODED_DOCUMENT, DOCUMENT_BODY_TAIL, DOCUMENT_DATE_TAIL, DOCUMENT_SUBJECT_TAIL, IMPLEMENTS_LEAD,
} from './grammar.ts'
import { findRange } from '../../engine/doc.ts'
import { formatDate, makeDate } from '../../parse/calendar-date.ts'
import {
  documentTypeOfCode, documentTypeOfWord, isPartyIssuer, isTypeCode, issuerOfBody,
} from '../../parse/document-code.ts'
import { parseRoman } from '../../parse/roman.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import type { DocumentRef } from '../../records/document-ref.ts'
import { removeOverlaps, type Found } from '../../engine/candidate.ts'
import { ISSUED_WITH_DATE_BEFORE, REFERENCE_TAIL_WORDS, SUBJECT_DANGLING_WORDS } from '../../lexicon/reference-words.ts'
import { lowerBound } from '../../engine/search.ts'
import type { PlacedDate } from '../counts/counts.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'

/** A reference head before tails and merging. */
interface Head extends Found {
  typeWord: string | null
  id: string | null
  number: string
  type: string
  kind: string | null
  system: DocumentRef['system']
  issuer: string | null
  year: number | null
  term: string | null
}

const YEAR_LIKE = /^(?:19|20)\d\d$/
/** What may follow the number of a lower-case type word: the end, punctuation, or a tail word ("nghị định 35 của …"). */
const LOWERCASE_TAIL = lexiconPattern(`^(?:$|[,.;:)]| ${anyOf(REFERENCE_TAIL_WORDS)} )`, '')
/** A dangling word at the end of a subject ("… và"), with the space before it. */
const DANGLING_END = lexiconPattern(`(?:^|\\s)${anyOf(SUBJECT_DANGLING_WORDS)}$`, '')

function codedHead(m: MatchView): Head | null {
  const typeWord = m.display('type') ?? null
  const wordType = typeWord ? documentTypeOfWord(typeWord) : null
  const id = m.display('code')!.replace(/\s+/g, '')
  const head: Head = {
    start: m.start, end: m.end, rule: 'document-ref/coded', typeWord, id, number: '', type: '', kind: wordType?.key ?? null,
    system: 'unknown', issuer: null, year: null, term: null,
  }
  if (m.group('lnum') !== undefined) {
    head.number = m.group('lnum')!
    head.year = Number(m.group('lyear'))
    head.issuer = m.group('lissuer')!
    head.term = m.group('lterm')!
    head.system = 'state'
    head.type = wordType?.code ?? 'L'
    head.kind ??= 'luat'
  } else if (m.group('pnum') !== undefined) {
    head.number = m.group('pnum')!
    head.type = m.group('ptype')!
    head.issuer = m.group('pissuer')!
    head.system = isPartyIssuer(head.issuer) ? 'party' : 'unknown'
    head.kind ??= documentTypeOfCode(head.type, 'party')?.key ?? null
  } else {
    head.number = m.group('snum')!
    head.year = m.group('syear') !== undefined ? Number(m.group('syear')) : null
    const parts = m.group('sparts')!.split('-')
    const first = parts[0]!
    if (isTypeCode(first)) {
      head.type = first
      head.issuer = parts.slice(1).join('-')
    } else {
      // Công văn form `45/UBND-NC`: issuer and drafting unit, no type part.
      head.type = wordType?.code ?? 'CV'
      head.issuer = parts.join('-')
    }
    head.system = isPartyIssuer(parts[parts.length - 1]!) || isPartyIssuer(head.issuer) ? 'party' : 'state'
    head.kind ??= documentTypeOfCode(head.type, head.system === 'party' ? 'party' : 'state')?.key ?? null
  }
  if (!head.type) return null
  return head
}

function bareHead(m: MatchView, after: string): Head | null {
  const typeWord = m.display('type')!
  const entry = documentTypeOfWord(typeWord)
  const number = m.group('number')!
  if (!entry) return null
  // "Kế hoạch 2025" is a plan for a year, not plan number 2025.
  if (m.group('so') === undefined && YEAR_LIKE.test(number)) return null
  // Lower case without "số" is usually the verb ("kết luận 38 đảng viên có vi phạm"), unless what
  // follows reads like a reference's tail ("nghị định 35 của Chính phủ", "chỉ thị 05, ngày …").
  if (m.group('so') === undefined && typeWord[0] === typeWord[0]!.toLowerCase() && !LOWERCASE_TAIL.test(after)) return null
  return {
    start: m.start, end: m.end, rule: 'document-ref/bare', typeWord, id: null, number, type: entry.code, kind: entry.key,
    system: entry.system === 'state' ? 'state' : 'unknown', issuer: null, year: null, term: null,
  }
}

/** The date of a date tail written with its year ("14/01/2022", "14-6-2024", "5 tháng 3 năm 2020") as `YYYY-MM-DD`; null without a year. */
function documentDate(tail: MatchView): string | null {
  const year = tail.group('y1') ?? tail.group('y2') ?? tail.group('y3') ?? tail.group('y4')
  if (year === undefined) return null
  const month = tail.group('m1') ?? tail.group('m2') ?? tail.group('m3') ?? tail.group('m4')
  const d = makeDate(Number(year), Number(month), Number(tail.group('d1') ?? tail.group('d4')))
  return d ? formatDate(d) : null
}

const textItem = inputItem

const numberKey = (n: string) => n.replace(/^0+(?=\d)/, '')
/** What `implements` points at: the id, else `TYPE NUMBER`. */
const keyOf = (h: Head) => h.id ?? `${h.type} ${numberKey(h.number)}`
/** `04-KH/TW` and `4-KH/TW` are one document: ids compared without leading zeros. */
const idKey = (id: string) => id.replace(/^0+(?=\d)/, '')

/**
 * Document references, Party and state, merged across mentions, with the date, issuing body,
 * term, subject and implemented documents that follow each first full mention; with the
 * normalised ranges of the references (their numbers are not counts).
 */
export function extractDocuments(
  doc: Doc, resolvedDayAt: (start: number) => string | null, dates: readonly PlacedDate[] = [],
): { documents: DocumentRef[]; ranges: Range[] } {
  const heads: Head[] = []
  scan(doc, CODED_DOCUMENT, (m) => {
    const h = codedHead(m)
    if (!h) return false
    heads.push(h)
  }, { boundary: true })
  scan(doc, BARE_DOCUMENT, (m) => {
    const h = bareHead(m, doc.key.slice(m.end, m.end + 6))
    if (!h) return false
    heads.push(h)
  }, { boundary: true })
  const ordered = removeOverlaps(heads)
  const ranges = ordered.map((h) => ({ start: h.start, end: h.end }))

  const refs: DocumentRef[] = []
  const byKey = new Map<string, DocumentRef>()
  /** References by number, for joining a bare mention to a coded one (and back). */
  const byNumber = new Map<string, DocumentRef[]>()
  ordered.forEach((h, i) => {
    const next = ordered[i + 1]
    const sentence = doc.sentences[findRange(doc.sentences, h.start)]
    const limit = Math.min(next ? next.start : doc.key.length, sentence ? sentence.end : doc.key.length)
    const mention = textItem(doc, h.start, h.end)
    const existing = findExisting(byKey, byNumber, h)
    if (existing) {
      existing.mentions.push(mention)
      if (!existing.id && h.id) {
        upgrade(existing, h)
        byKey.set(idKey(h.id), existing) // later mentions of the id find it
      }
      // A later mention may bring what the first lacked (a date, a body); it never replaces what was read.
      if (existing.date === null || existing.body === null) attachTails(doc, existing, h, limit, next, resolvedDayAt, true)
      return
    }
    const ref: DocumentRef = {
      id: h.id, number: h.number, type: h.type, kind: h.kind, typeName: h.typeWord, system: h.system,
      issuer: h.issuer, issuerInferred: false, year: h.year, term: h.term, date: null, body: null, subject: null,
      implements: [], key: keyOf(h), text: mention.text, span: mention.span, rule: h.rule, mentions: [mention], dateSpan: null,
    }
    attachTails(doc, ref, h, limit, next, resolvedDayAt)
    if (ref.date === null) dateWrittenBefore(doc, ref, h, Math.max(sentence ? sentence.start : 0, ordered[i - 1]?.end ?? 0), dates)
    refs.push(ref)
    byKey.set(ref.id ? idKey(ref.id) : ref.key, ref)
    const n = numberKey(ref.number)
    byNumber.set(n, [...(byNumber.get(n) ?? []), ref])
  })
  resolveImplements(refs)
  return { documents: refs, ranges }
}

const ISSUED_WITH = ISSUED_WITH_DATE_BEFORE.map((w) => ` ${w} `)
/** How far before a reference its date may be written (a date, a body, a verb: about a line). */
const DATE_BEFORE_REACH = 160

/**
 * The date written before the reference, in its sentence and after the reference before it:
 * "Ngày 15/3/2018, Thành ủy có Nghị quyết số 12-NQ/TU", with a day, month and year written, and
 * an issuing verb or preposition between them (`ban hành`, `có`, `tại` …).
 */
function dateWrittenBefore(doc: Doc, ref: DocumentRef, h: Head, from: number, dates: readonly PlacedDate[]): void {
  let best: PlacedDate | undefined
  for (let k = lowerBound(dates, from, (d) => d.start); k < dates.length && dates[k]!.end <= h.start; k++) {
    const d = dates[k]!
    if (d.item.kind === 'date' && d.item.yearFrom === 'text' && h.start - d.end <= DATE_BEFORE_REACH) best = d
  }
  if (!best || best.item.value === null) return
  const gap = ` ${doc.key.slice(best.end, h.start).toLowerCase()} `
  if (!ISSUED_WITH.some((w) => gap.includes(w))) return
  ref.date = best.item.value
  // The date itself, as a date tail's span is: "Ngày 17.2.2025" → "17.2.2025".
  const lead = Math.max(0, best.item.text.search(/\d/))
  ref.dateSpan = { start: best.item.span.start + lead, end: best.item.span.end }
}

/** A bare mention joins an earlier reference of the same kind and number; a coded one joins the same id. */
function findExisting(byKey: Map<string, DocumentRef>, byNumber: Map<string, DocumentRef[]>, h: Head): DocumentRef | undefined {
  if (h.id) {
    const same = byKey.get(idKey(h.id))
    if (same) return same
  }
  return (byNumber.get(numberKey(h.number)) ?? []).find((r) => (r.id === null || h.id === null) &&
    (r.type === h.type || (r.kind !== null && r.kind === h.kind)))
}

function upgrade(ref: DocumentRef, h: Head): void {
  ref.id = h.id
  ref.type = h.type
  ref.key = h.id!
  ref.issuer = h.issuer
  ref.issuerInferred = false
  ref.system = h.system
  ref.year = h.year
  ref.term ??= h.term
}

function attachTails(
  doc: Doc, ref: DocumentRef, h: Head, limit: number, next: Head | undefined, resolvedDayAt: (start: number) => string | null,
  fillOnly = false,
): void {
  let pos = h.end
  const tryDate = () => {
    if (ref.date !== null) return
    const d = matchAt(doc, DOCUMENT_DATE_TAIL, pos)
    if (!d || d.end > limit) return
    const r = d.range('date')!
    const value = documentDate(d) ?? resolvedDayAt(d.range('cue')!.start)
    if (!value) return
    ref.date = value
    ref.dateSpan = inputSpan(doc, r.start, r.end)
    pos = d.end
  }
  tryDate()
  const body = matchAt(doc, DOCUMENT_BODY_TAIL, pos)
  if (body && body.end <= limit && fillOnly && ref.body !== null) {
    // Another body named here: perhaps another document with the same number; take nothing from it.
    if (body.group('body')!.toLowerCase() !== canonicalToneMarks(ref.body.text).toLowerCase()) return
    pos = body.end // already known from the first mention: skipped, not replaced
  } else if (body && body.end <= limit) {
    const r = body.range('body')!
    ref.body = textItem(doc, r.start, r.end)
    const term = body.group('term')
    if (term !== undefined) ref.term = parseRoman(term) !== null || /^\d+$/.test(term) ? term : ref.term
    if (!ref.issuer) {
      const issuer = issuerOfBody(body.group('body')!)
      if (issuer) {
        ref.issuer = issuer.code
        ref.issuerInferred = true
        if (ref.system === 'unknown') ref.system = isPartyIssuer(issuer.code) ? 'party' : 'state'
      }
    }
    pos = body.end
    if (ref.date === null) tryDate()
  }
  if (fillOnly && ref.subject !== null) return
  const subject = matchAt(doc, DOCUMENT_SUBJECT_TAIL, pos)
  if (!subject) return
  const r = subject.range('subject')!
  let end = r.end
  // The subject stops where the next reference begins ("về thực hiện Kết luận số 21-KL/TW …").
  if (next && next.start >= r.start && next.start < end) {
    const lead = doc.key.slice(r.start, next.start).trim()
    if (testWhole(IMPLEMENTS_LEAD, lead)) {
      ref.implements.push(keyOf(next))
      end = next.end
    } else end = next.start
  }
  end = trimSubjectEnd(doc.key, r.start, end)
  if (end > r.start) ref.subject = textItem(doc, r.start, end)
}

/** Drops trailing spaces, commas and a dangling "và"/"cùng"/"gắn với". */
function trimSubjectEnd(text: string, start: number, end: number): number {
  let e = end
  for (;;) {
    const before = e
    while (e > start && /[\s,;:-]/.test(text[e - 1]!)) e--
    const tail = DANGLING_END.exec(text.slice(Math.max(start, e - 10), e))
    if (tail) e -= tail[0].length
    if (e === before) return e
  }
}

/** Rewrites `implements` keys to the keys the referenced documents ended up with (after upgrades). */
function resolveImplements(refs: DocumentRef[]): void {
  const byMention = new Map<string, string>()
  for (const r of refs) {
    byMention.set(r.key, r.key)
    byMention.set(`${r.type} ${numberKey(r.number)}`, r.key)
  }
  for (const r of refs) r.implements = [...new Set(r.implements.map((k) => byMention.get(k) ?? k))]
}
