import { inputItem, inputSpan, type Doc, type Range } from '../../engine/doc.ts'
import { matchAt, scan, testWhole, type MatchView } from '../../engine/scan.ts'
import {
  BARE_DOCUMENT, CODED_DOCUMENT, DOCUMENT_BODY_TAIL, DOCUMENT_DATE_TAIL, DOCUMENT_SUBJECT_TAIL, documentStartsAt, IMPLEMENTS_LEAD,
} from './grammar.ts'
import { findRange } from '../../engine/doc.ts'
import { documentAnchors } from './anchors.ts'
import { formatDate, makeDate } from '../../parse/calendar-date.ts'
import {
  canonicalCode, documentTypeOfCode, documentTypeOfWord, isNounOnlyType, isPartyIssuer, isTypeCode, issuerOfBody,
} from '../../parse/document-code.ts'
import { parseRoman } from '../../parse/roman.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import type { DocumentRef } from '../../records/document-ref.ts'
import { removeOverlaps, type Found } from '../../engine/candidate.ts'
import {
  GENERIC_TYPE_WORDS, ISSUED_WITH_DATE_BEFORE, ISSUED_WITH_YEARLESS_DATE_BEFORE, LIST_JOINERS, NOT_ISSUING_BEFORE_VERB, REFERENCE_FOLLOWING_VERBS, REFERENCE_TAIL_WORDS,
  SUBJECT_DANGLING_WORDS,
} from '../../lexicon/reference-words.ts'
import { lowerBound } from '../../engine/search.ts'
import type { PlacedDate } from '../counts/counts.ts'
import { anyOf, lexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { DOCUMENT_TYPES } from '../../lexicon/document-types.ts'

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
  /** A lower-case type word and number with nothing after it that reads as a reference: kept only as a later mention of a known document. */
  weak?: boolean
  /** The heads of one list of numbers after one type word share this (`các đề án 05, 07, 08`). */
  list?: number
}

const YEAR_LIKE = /^(?:19|20)\d\d$/
/** What may follow the number of a lower-case type word: the end, punctuation, or a tail word ("nghị định 35 của …"). */
const LOWERCASE_TAIL = lexiconPattern(`^(?:$|[,.;:)]| ${anyOf(REFERENCE_TAIL_WORDS)} )`, '')
/** What may follow the number of a lower-case noun-only type word: a verb ("đề án 125 có …"). */
const FOLLOWING_VERB = lexiconPattern(`^ ${anyOf(REFERENCE_FOLLOWING_VERBS)}(?:$|[^\\p{L}\\p{M}\\p{N}])`, 'u')
/** What separates the numbers of a list: a comma or a joining word, with their spaces. */
const LIST_SEPARATOR = lexiconPattern(`^(?: ?, ?| ${anyOf(LIST_JOINERS)} )$`, '')
/** Every type word and alias in both first-letter cases, longest first (for the parenthesis after a number). */
const TYPE_WORDS = DOCUMENT_TYPES.flatMap((t) => [t.name, ...('aliases' in t ? t.aliases : [])])
  .flatMap((w) => [w, w[0]!.toLowerCase() + w.slice(1)]).sort((a, b) => b.length - a.length)
/** A parenthesis right after a number that opens with a type word: "văn bản 181 (Quy định xử lý …)". */
const PAREN_TYPE = lexiconPattern(`^ ?\\( ?(${anyOf(TYPE_WORDS)})(?![\\p{L}\\p{M}\\p{N}])`, 'u')
/** A type word that says only "a document" ("văn bản"). */
const isGenericTypeWord = (w: string) => GENERIC_TYPE_WORDS.includes(w.toLowerCase())
/** A dangling word at the end of a subject ("… và"), with the space before it. */
const DANGLING_END = lexiconPattern(`(?:^|\\s)${anyOf(SUBJECT_DANGLING_WORDS)}$`, '')

function codedHead(m: MatchView): Head | null {
  const typeWord = m.display('type') ?? null
  const wordType = typeWord ? documentTypeOfWord(typeWord) : null
  const id = canonicalCode(m.display('code')!)
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
    head.type = canonicalCode(m.group('ptype')!)
    head.issuer = canonicalCode(m.group('pissuer')!)
    head.system = isPartyIssuer(head.issuer) ? 'party' : 'unknown'
    head.kind ??= documentTypeOfCode(head.type, 'party')?.key ?? null
  } else if (m.group('onum') !== undefined) {
    // One part, no type in the code (`Công văn số 1611/BDN`): only after a type word, which gives the type.
    if (!wordType) return null
    head.number = m.group('onum')!
    head.type = wordType.code
    const part = canonicalCode(m.group('opart')!)
    if (isTypeCode(part)) {
      // The part is a type's code, not an issuer (`Quyết định số 34/QĐ`; `Thông báo kết luận số 125/TB`, a
      // type word whose own codes lack it): no issuer in the code (one may be inferred from the body
      // named after it); the system is the type word's when it has one.
      head.system = wordType.system === 'both' ? 'unknown' : wordType.system
    } else {
      head.issuer = part
      head.system = isPartyIssuer(part) ? 'party' : 'state'
    }
  } else {
    head.number = m.group('snum')!
    head.year = m.group('syear') !== undefined ? Number(m.group('syear')) : null
    const parts = canonicalCode(m.group('sparts')!).split('-')
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

/**
 * The heads of a bare reference: one for `Nghị quyết số 77`, one per number for a list
 * (`các đề án 05, 07, 08 của Tỉnh ủy`). `after(pos)` is the text after a position.
 */
function bareHeads(m: MatchView, after: (pos: number, length?: number) => string, listId: number): Head[] {
  const typeWord = m.display('type')!
  const numberRange = m.range('number')!
  // A parenthesis naming the type right after the number: a reference, and for "văn bản" its type.
  const paren = m.group('more') === undefined ? PAREN_TYPE().exec(after(m.end, 40)) : null
  const entry = documentTypeOfWord(paren && isGenericTypeWord(typeWord) ? paren[1]! : typeWord)
  if (!entry) return []
  const items = [{ number: m.group('number')!, start: m.start, end: numberRange.end }]
  const more = m.range('more')
  let listRejected = false
  if (more) {
    const digits = /\d+/g
    for (let d = digits.exec(m.group('more')!); d; d = digits.exec(m.group('more')!)) {
      items.push({ number: d[0], start: more.start + d.index, end: more.start + d.index + d[0].length })
    }
    // A list ends where a reference may end; else only its first number is read ("Chỉ thị 05, 10 đảng viên").
    // Two numbers with a bare comma between are a decimal ("5,5"), not a list.
    if (!endsReference(after(m.end)) || (items.length === 2 && /^,\d/.test(m.group('more')!))) {
      if (/^[.,]\d/.test(after(numberRange.end))) return []
      items.length = 1
      listRejected = true
    }
  }
  const lower = typeWord[0] === typeWord[0]!.toLowerCase()
  const heads: Head[] = []
  for (const it of items) {
    // "Kế hoạch 2025" is a plan for a year, not plan number 2025.
    if (m.group('so') === undefined && YEAR_LIKE.test(it.number)) return []
    heads.push({
      start: it.start, end: it.end, rule: items.length > 1 ? 'document-ref/list' : 'document-ref/bare', typeWord, id: null,
      number: it.number, type: entry.code, kind: entry.key, system: entry.system === 'state' ? 'state' : 'unknown',
      issuer: null, year: null, term: null, list: items.length > 1 ? listId : undefined,
    })
  }
  // Lower case without "số" is usually the verb ("kết luận 38 đảng viên có vi phạm"), unless what
  // follows reads like a reference's tail ("nghị định 35 của Chính phủ", "chỉ thị 05, ngày …"), or
  // a verb follows a word that is only a noun ("đề án 125 có …"). Otherwise the heads are weak:
  // kept only as later mentions of a document the text names in full ("chỉ thị 05 học tập").
  if (m.group('so') === undefined && lower) {
    const rest = after(heads[heads.length - 1]!.end)
    // The comma of a list that is not one of references is no tail ("quyết định 2, 3 đảng viên").
    const strong = items.length > 1 || paren !== null || (!listRejected && LOWERCASE_TAIL().test(rest)) || (isNounOnlyType(typeWord) && FOLLOWING_VERB().test(rest))
    if (!strong) for (const h of heads) h.weak = true
  }
  return heads
}

/** Whether the text after a list's last number lets it end a reference: the end, punctuation, a tail word, a verb. */
function endsReference(rest: string): boolean {
  return LOWERCASE_TAIL().test(rest) || FOLLOWING_VERB().test(rest)
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
  // The probes before each anchor are skipped where no reference starts.
  // Both grammars' anchors from one scan (see anchors.ts).
  const { codeTurns, bareNumbers } = documentAnchors(doc.key)
  scan(doc, CODED_DOCUMENT, (m) => {
    const h = codedHead(m)
    if (!h) return false
    heads.push(h)
  }, { boundary: true, startsAt: documentStartsAt, anchors: codeTurns })
  const after = (pos: number, length = 12) => doc.key.slice(pos, pos + length)
  let lists = 0
  scan(doc, BARE_DOCUMENT, (m) => {
    const hs = bareHeads(m, after, ++lists)
    if (hs.length === 0) return false
    heads.push(...hs)
  }, { boundary: true, startsAt: documentStartsAt, anchors: bareNumbers })
  // Most texts cite no document: then no maps, lists or ranges are made.
  if (heads.length === 0) return { documents: [], ranges: [] }
  const ordered = keepWeakMentions(removeOverlaps(heads))
  codeLists(doc, ordered)
  const ranges = ordered.map((h) => ({ start: h.start, end: h.end }))

  const refs: DocumentRef[] = []
  const byKey = new Map<string, DocumentRef>()
  /** References by number, for joining a bare mention to a coded one (and back). */
  const byNumber = new Map<string, DocumentRef[]>()
  /** The reference each list head became, by list. */
  const listRefs = new Map<number, DocumentRef[]>()
  ordered.forEach((h, i) => {
    const next = ordered[i + 1]
    const sentence = doc.sentences[findRange(doc.sentences, h.start)]
    const limit = Math.min(next ? next.start : doc.key.length, sentence ? sentence.end : doc.key.length)
    const mention = textItem(doc, h.start, h.end)
    const existing = findExisting(byKey, byNumber, h)
    if (existing) {
      inList(listRefs, h, existing)
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
    inList(listRefs, h, ref)
    byKey.set(ref.id ? idKey(ref.id) : ref.key, ref)
    const n = numberKey(ref.number)
    const same = byNumber.get(n)
    if (same) same.push(ref)
    else byNumber.set(n, [ref])
  })
  for (const members of listRefs.values()) shareListTails(members)
  resolveImplements(refs)
  return { documents: refs, ranges }
}

/** Adds the reference a list head became to its list's members (nothing for a head outside a list). */
function inList(listRefs: Map<number, DocumentRef[]>, h: Head, r: DocumentRef): void {
  if (h.list === undefined) return
  const members = listRefs.get(h.list)
  if (members) members.push(r)
  else listRefs.set(h.list, [r])
}

/**
 * Weak heads (a lower-case type word and number with no tail) stay only when a full reference
 * elsewhere in the text has the same type and number: "Chỉ thị 05-CT/TW … chỉ thị 05 học tập".
 */
function keepWeakMentions(heads: Head[]): Head[] {
  if (!heads.some((h) => h.weak)) return heads
  const known = new Set<string>()
  for (const h of heads) {
    if (h.weak) continue
    known.add(`${h.type} ${h.number}`)
    if (h.kind) known.add(`${h.kind} ${h.number}`)
  }
  // The number as written ("05" joins 05-CT/TW): a small number after a verb is more often a count.
  return heads.filter((h) => !h.weak || known.has(`${h.type} ${h.number}`) || (h.kind !== null && known.has(`${h.kind} ${h.number}`)))
}

/**
 * A list of numbers ending in a code without a type word takes the code: "Nghị quyết số 18,
 * 19-NQ/TW" is 18-NQ/TW and 19-NQ/TW; "Quyết định số 12 và 13/QĐ-UBND" is 12/QĐ-UBND and
 * 13/QĐ-UBND. The coded number takes the list's type word.
 */
function codeLists(doc: Doc, heads: Head[]): void {
  for (let i = heads.length - 1; i > 0; i--) {
    const c = heads[i]!
    if (c.id === null || c.typeWord !== null) continue
    for (let j = i - 1; j >= 0; j--) {
      const b = heads[j]!
      const entry = b.typeWord ? documentTypeOfWord(b.typeWord) : null
      if (b.id !== null || !entry || !((entry.codes as readonly string[]).includes(c.type) || entry.code === c.type)) break
      if (!LIST_SEPARATOR().test(doc.key.slice(b.end, heads[j + 1]!.start))) break
      b.id = b.number + c.id.slice(c.id.indexOf(c.number) + c.number.length)
      Object.assign(b, { type: c.type, issuer: c.issuer, system: c.system, year: c.year, term: c.term, rule: 'document-ref/list', weak: false })
      b.list ??= -(i + 1)
      c.list = b.list
      c.typeWord = b.typeWord
      c.kind = b.kind
      // Further back only within the same list of numbers ("Nghị quyết số 18, 19, 20-NQ/TW").
      if (heads[j - 1]?.list === undefined || heads[j - 1]!.list !== b.list) break
    }
  }
}

/** The members of a list share what the list's tail gave one of them: date, body, issuer, term, subject. */
function shareListTails(members: DocumentRef[]): void {
  const from = [...members].reverse()
  const first = <K extends keyof DocumentRef>(k: K) => from.find((r) => r[k] !== null)
  const dated = first('date')
  const bodied = first('body')
  const termed = first('term')
  const subjected = first('subject')
  for (const r of members) {
    if (r.date === null && dated) {
      r.date = dated.date
      r.dateSpan = dated.dateSpan
    }
    if (r.body === null && bodied) {
      r.body = bodied.body
      if (r.issuer === null && bodied.issuer !== null) {
        r.issuer = bodied.issuer
        r.issuerInferred = bodied.issuerInferred
        if (r.system === 'unknown') r.system = bodied.system
      }
    }
    if (r.term === null && termed) r.term = termed.term
    if (r.subject === null && subjected) r.subject = subjected.subject
  }
}

const ISSUED_WITH = ISSUED_WITH_DATE_BEFORE.map((w) => ` ${w} `)
/** An issuing verb at the end of the gap before a reference, not negated nor "trong đó có" (gap lower case, spaced at both ends). */
const ISSUED_RIGHT_BEFORE = lexiconPattern(
  `(?<!${anyOf(NOT_ISSUING_BEFORE_VERB)}) ${anyOf(ISSUED_WITH_YEARLESS_DATE_BEFORE)} $`, 'u')
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
    if (d.item.kind === 'date' && h.start - d.end <= DATE_BEFORE_REACH) best = d
  }
  if (!best || best.item.value === null) return
  const gap = ` ${doc.key.slice(best.end, h.start).toLowerCase().trim()} `
  // With its year written, an issuing word anywhere between; without, an issuing verb right before the reference.
  if (best.item.yearFrom === 'text' ? !ISSUED_WITH.some((w) => gap.includes(w)) : !ISSUED_RIGHT_BEFORE().test(gap)) return
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
    const tail = DANGLING_END().exec(text.slice(Math.max(start, e - 10), e))
    if (tail) e -= tail[0].length
    if (e === before) return e
  }
}

/** Rewrites `implements` keys to the keys the referenced documents ended up with (after upgrades). */
function resolveImplements(refs: DocumentRef[]): void {
  // Most texts' references implement nothing: then there is nothing to rewrite.
  if (!refs.some((r) => r.implements.length > 0)) return
  const byMention = new Map<string, string>()
  for (const r of refs) {
    byMention.set(r.key, r.key)
    byMention.set(`${r.type} ${numberKey(r.number)}`, r.key)
  }
  for (const r of refs) if (r.implements.length > 0) r.implements = [...new Set(r.implements.map((k) => byMention.get(k) ?? k))]
}
