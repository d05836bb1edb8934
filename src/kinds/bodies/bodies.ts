import { inputItem, type Doc, type Range } from '../../engine/doc.ts'
import { itself, lowerBound } from '../../engine/search.ts'
import { boundedMemo } from '../../engine/bounded-memo.ts'
import { because } from '../../engine/trace.ts'
import { scanMatches } from '../../engine/scan.ts'
import { BODY } from './grammar.ts'
import { BODY_HEADS, CENTRAL_BODIES, COMMITTEES, LEVEL_WORDS, LOCALITY_WORDS, STATE_BODIES, type BodyLevel } from '../../lexicon/bodies.ts'
import { LIST_CONJUNCTIONS } from '../../lexicon/conjunctions.ts'
import { anyOf, lexiconPattern, type LexiconPattern } from '../../grammars/lexicon-pattern.ts'
import { canonicalToneMarks } from '../../normalize/tone-marks.ts'
import type { Body } from '../../records/body.ts'
import type { TextItem } from '../../records/span.ts'
import { provinceAt } from './place-names.ts'

const lower = (s: string) => canonicalToneMarks(s).toLowerCase()
const HEAD = new Map(BODY_HEADS.map((h) => [lower(h.name), h]))
const CENTRAL = new Map(CENTRAL_BODIES.map((b) => [b.name, b]))
const COMMITTEE = new Map(COMMITTEES.map((c) => [lower(c.name), c]))
const STATE = new Map(STATE_BODIES.map((b) => [b.name, b]))
/** A level or locality word opening what follows a body (" huyện Lệ Thủy", " TP. Huế"), captured. */
const WHERE_ADMIN = lexiconPattern(`^ (${anyOf([...Object.keys(LEVEL_WORDS), ...LOCALITY_WORDS])}) `, 'u')
/** The separators of a coordinated list of committees: a comma, or the conjunction before the last. */
const LIST_SEPARATOR = lexiconPattern(`, | ${anyOf(LIST_CONJUNCTIONS)} `, '')
/** Level words of a province ("tỉnh", "thành phố"): "Đảng bộ tỉnh" and "Đảng bộ" of one province are one body. */
const PROVINCE_LEVEL_WORDS = Object.keys(LEVEL_WORDS).filter((w) => LEVEL_WORDS[w] === 'province')
/** For heads that may qualify a title (`titlesBefore`): the pattern that finds such a title right before them. */
const TITLE_BEFORE_HEAD = new Map<string, LexiconPattern>()
for (const h of BODY_HEADS) if (h.titlesBefore) TITLE_BEFORE_HEAD.set(lower(h.name), lexiconPattern(`${anyOf(h.titlesBefore)}\\s*$`, 'iu'))

/** Each of {@link PROVINCE_LEVEL_WORDS} after a space (" tỉnh"): made once, not per name. */
const PROVINCE_LEVEL_SUFFIXES = PROVINCE_LEVEL_WORDS.map((w) => ` ${w}`)

/** `name` without a trailing province level word ("đảng bộ tỉnh" → "đảng bộ"). */
function withoutProvinceLevel(name: string): string {
  for (const w of PROVINCE_LEVEL_SUFFIXES) if (name.endsWith(w)) return name.slice(0, name.length - w.length)
  return name
}

/** How many texts {@link mergeKeyOf} and {@link readWhere} remember (across articles) before they start again. */
const CACHE_LIMIT = 1024

/** A body's merge key, by its name as written: the name lower case and tone-canonical, without a province level word (most names recur). */
const mergeKeyOf = boundedMemo(CACHE_LIMIT, (core) => withoutProvinceLevel(lower(core)))

/**
 * A lexicon entry by a group's text, lower-cased and tone-canonical, kept by the text as written: the
 * grammar reads these groups from finite lists, so the cache stays as small as those lists.
 */
function byWritten<T>(table: ReadonlyMap<string, T>): (written: string) => T | undefined {
  const seen = new Map<string, T | null>()
  return (written) => {
    let v = seen.get(written)
    if (v === undefined) seen.set(written, (v = table.get(lower(written)) ?? null))
    return v ?? undefined
  }
}
/** A head and the title it may qualify (see {@link TITLE_BEFORE_HEAD}), found with one lookup. */
interface HeadEntry { head: (typeof BODY_HEADS)[number]; titleBefore: LexiconPattern | undefined }
const HEAD_ENTRIES = new Map<string, HeadEntry>()
for (const [k, head] of HEAD) HEAD_ENTRIES.set(k, { head, titleBefore: TITLE_BEFORE_HEAD.get(k) })
const headOf = byWritten(HEAD_ENTRIES)
const committeeOf = byWritten(COMMITTEE)

/** `s` split at single spaces, empty pieces left out: `s.split(' ').filter(Boolean)` without the filter's closure. */
function words(s: string): string[] {
  const out: string[] = []
  let from = 0
  for (let sp = s.indexOf(' '); from <= s.length; sp = s.indexOf(' ', from)) {
    const to = sp < 0 ? s.length : sp
    if (to > from) out.push(s.slice(from, to))
    from = to + 1
  }
  return out
}

interface Where { locality: string | null; end: number; explicit: boolean }

/**
 * Reads what follows a body (the `where` group: its text and normalised start): a province, a place
 * after an admin word, or a bloc's name; never a person (`persons`: where names start, ascending).
 */
function readWhere(whereText: string, whereStart: number, blocName: boolean, persons: readonly number[]): Where | null {
  let text = whereText
  // Cut before a person's name that follows the body directly ("Tỉnh ủy Phan Văn Phụng").
  const k = lowerBound(persons, whereStart, itself)
  if (k < persons.length && persons[k]! < whereStart + whereText.length) text = whereText.slice(0, persons[k]! - whereStart).trimEnd()
  // The reading depends on the text and `blocName` only: read once per text (places recur within and across articles).
  const read = (blocName ? whereOfBloc : whereOfPlain)(text)
  return read === null ? null : { locality: read.locality, end: whereStart + read.end, explicit: read.explicit }
}

/** {@link readWhere}'s readings by text (one for bloc names, one for the rest); `end` relative to the text's start. */
const whereOfBloc = boundedMemo(CACHE_LIMIT, (text) => readWhereText(text, true))
const whereOfPlain = boundedMemo(CACHE_LIMIT, (text) => readWhereText(text, false))

/** {@link readWhere} of `text` (what follows the body, a person's name cut off), `end` counted from the text's start. */
function readWhereText(text: string, blocName: boolean): Where | null {
  const admin = WHERE_ADMIN().exec(text)
  const rest = (admin ? text.slice(admin[0].length) : text.trimStart()).trim()
  const tokens = words(rest)
  if (tokens.length === 0) return null
  const p = provinceAt(tokens, 0)
  if (p) {
    const locality = tokens.slice(0, p.tokens.length).join(' ')
    return { locality, end: text.indexOf(tokens[0]!) + locality.length, explicit: true }
  }
  // "quận 2": a numbered district keeps its admin word.
  if (admin && /^\d+$/.test(rest)) return { locality: `${admin[1]} ${rest}`, end: text.length, explicit: true }
  if (admin || blocName) return { locality: rest, end: text.length, explicit: true }
  return null
}

/** `starts` ascending, made the first time they are asked for (most texts never ask). */
function lazySortedStarts(starts: ReadonlySet<number>): () => readonly number[] {
  let sorted: number[] | undefined
  return () => {
    if (sorted) return sorted
    sorted = [...starts]
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]! < sorted[i - 1]!) return sorted.sort((a, b) => a - b)
    }
    return sorted
  }
}

/**
 * True for a position inside one of `ranges`, asked at positions that only move forward: the
 * ranges are read once, in order of their starts (a copy is sorted when they come unsorted).
 */
function coveredBy(ranges: readonly Range[]): (pos: number) => boolean {
  let sorted = ranges
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]!.start < ranges[i - 1]!.start) {
      sorted = [...ranges].sort((a, b) => a.start - b.start)
      break
    }
  }
  let next = 0
  let reach = -1 // the furthest end of the ranges that start at or before the last position asked
  return (pos) => {
    while (next < sorted.length && sorted[next]!.start <= pos) reach = Math.max(reach, sorted[next++]!.end)
    return pos < reach
  }
}

/**
 * Party and state bodies, merged by name: level and kind from the lexicon, locality from what
 * is written after them or, for province-level bodies, the article's province (marked inferred).
 */
export function extractBodies(doc: Doc, province: string | null, personStarts: ReadonlySet<number>, exclude: readonly Range[]): Body[] {
  const bodies: Body[] = []
  // Bodies by their merge key: the name lower case and tone-canonical, without a province level word; those of one
  // name told apart by their locality (one or two each: a list, not a map).
  const byName = new Map<string, Body[]>()
  const persons = lazySortedStarts(personStarts)
  const excluded = coveredBy(exclude)
  /**
   * Adds a mention at [start, end) of the body named `core` (display text), made with `name` (by
   * default the display text of [start, end)) when it is new.
   */
  const add = (kind: string, level: BodyLevel | null, where: Where | null, start: number, end: number, core: string, name?: string) => {
    const mention = inputItem(doc, start, end)
    const inferred = !where?.locality && level === 'province' && province !== null
    const locality = where?.locality ?? (inferred ? province : null)
    const coreKey = mergeKeyOf(core)
    let named = byName.get(coreKey)
    if (!named) byName.set(coreKey, (named = []))
    for (let i = 0; i < named.length; i++) {
      const existing = named[i]!
      if ((existing.locality ?? '') === (locality ?? '')) {
        existing.mentions.push(mention)
        return
      }
    }
    const body: Body = {
      name: name ?? doc.text.slice(start, end), kind, level, locality, localityInferred: inferred, text: mention.text, span: mention.span, rule: 'body/body', mentions: [mention],
    }
    named.push(body)
    bodies.push(body)
  }
  // The grammar's groups by number, read from the match array (no match view: most of a match's groups are read once).
  const g = BODY.get().groups
  const CENTRAL_G = g.central!, HEAD_G = g.head!, COMMITTEE_G = g.committee!, COMMITTEE2_G = g.committee2!, LIST_G = g.list!
  const STATE_G = g.state!, LEVEL_G = g.level!, DEPARTMENT_G = g.department!, TEAM_G = g.team!, WHERE_G = g.where!
  scanMatches(doc, BODY, (m, mStart, mEnd) => {
    if (excluded(mStart)) return because('in a photo credit or byline')
    const central = m[CENTRAL_G]
    const head = m[HEAD_G]
    const committee = m[COMMITTEE_G] ?? m[COMMITTEE2_G]
    const c = committee ? committeeOf(committee) : undefined
    // The groups' ranges, from their lengths (the grammar is scanned without indices): the name's
    // groups run from the match's start to where `where` starts, and `where` ends the match.
    const whereText = m[WHERE_G]
    const coreEnd = whereText === undefined ? mEnd : mEnd - whereText.length
    const where = whereText === undefined ? null : readWhere(whereText, coreEnd, c?.level === 'bloc', persons())
    const end = where ? Math.max(where.end, coreEnd) : coreEnd
    if (central) {
      const b = CENTRAL.get(central)!
      add(b.kind, b.level, null, mStart, coreEnd, central, central)
    } else if (head) {
      const list = m[LIST_G]
      const entry = headOf(head)!
      const h = entry.head
      if (list) {
        // "ban tổ chức các huyện ủy, thị ủy, thành ủy Huế": one body per committee.
        const headText = doc.text.slice(mStart, mStart + head.length)
        const items = list.split(LIST_SEPARATOR())
        for (let k = 0; k < items.length; k++) {
          const it = items[k]!
          const w = k === items.length - 1 ? where : null
          const name = `${headText} ${it}${w?.locality ? ` ${w.locality}` : ''}`
          add(h.kind, committeeOf(it)?.level ?? null, w, mStart, end, name, name)
        }
        return end > mStart ? end : false
      }
      const level = c?.level ?? h.level ?? null
      // "Phó Bí thư Thường trực Tỉnh ủy": "Thường trực" is part of the position; the body is the Tỉnh ủy.
      if (entry.titleBefore?.().test(doc.key.slice(Math.max(0, mStart - 14), mStart))) {
        if (!committee) return because('part of a title (Phó Bí thư Thường trực …) with no committee after it')
        const cs = mStart + head.length + 1
        add('party-committee', c?.level ?? null, where, cs, end, doc.text.slice(cs, coreEnd))
        return end
      }
      if (!c && !where) return because('a board with no committee or place: which one is unknown') // "Ban Tổ chức" alone: which one is unknown; it is read with its committee elsewhere
      add(h.kind, level, where, mStart, end, doc.text.slice(mStart, coreEnd))
    } else if (committee) {
      add(c?.kind ?? 'party-committee', c?.level ?? null, where, mStart, end, doc.text.slice(mStart, coreEnd))
    } else {
      const state = m[STATE_G]
      if (state) {
        const lv = m[LEVEL_G]
        add(STATE.get(state)!.kind, lv ? LEVEL_WORDS[lv]! : null, where, mStart, end, doc.text.slice(mStart, coreEnd))
      } else if (m[DEPARTMENT_G]) {
        // A department of a central board ("Vụ Báo chí - Xuất bản, Ban Tuyên giáo Trung ương"); its name stops before a person.
        let e = coreEnd
        const starts = persons()
        const k = lowerBound(starts, mStart, itself)
        if (k < starts.length && starts[k]! < coreEnd) e = starts[k]!
        while (e > mStart && doc.key[e - 1] === ' ') e--
        add('department', 'central', null, mStart, e, doc.text.slice(mStart, e))
        return e
      } else if (m[TEAM_G]) {
        add('team', null, null, mStart, coreEnd, doc.text.slice(mStart, coreEnd))
      }
    }
    return end > mStart ? end : false
  }, { boundary: true })
  return bodies
}

/** The lists {@link mentionsInOrder} made, by the bodies they were made of. */
const MENTIONS_IN_ORDER = new WeakMap<readonly Body[], readonly TextItem[]>()

/**
 * Every mention of `bodies`, in text order (by start; mentions with one start keep the bodies' order, as
 * a stable sort leaves them). A plain loop: `flatMap` and a sort of a list already in order cost more.
 * Made once per list of bodies (the meetings and the count-bodies stages both read it; neither the
 * bodies nor the list are changed after the bodies stage).
 */
export function mentionsInOrder(bodies: readonly Body[]): readonly TextItem[] {
  let list = MENTIONS_IN_ORDER.get(bodies)
  if (list === undefined) MENTIONS_IN_ORDER.set(bodies, (list = orderMentions(bodies)))
  return list
}

/** {@link mentionsInOrder}, made. */
function orderMentions(bodies: readonly Body[]): TextItem[] {
  const out: TextItem[] = []
  let ordered = true
  // (Loops by index: a `for … of` in code not yet optimised makes an iterator result per step.)
  for (let i = 0; i < bodies.length; i++) {
    const mentions = bodies[i]!.mentions
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j]!
      if (out.length > 0 && m.span.start < out[out.length - 1]!.span.start) ordered = false
      out.push(m)
    }
  }
  return ordered ? out : out.sort((a, b) => a.span.start - b.span.start)
}

/** The province the article names most (ties: the first named), with its post-2025 unit. */
export function dominantProvince(
  allRuns: ReadonlyArray<{ start: number; tokens: string[] }>, personStarts: ReadonlySet<number>,
): { name: string; province2025: string | null; mentions: number } | null {
  // A person's name is not a place ("phong cách Hồ Chí Minh"): a run is cut where a name starts
  // (read in place: no copy of the runs).
  // The provinces named, in the order first named, and by name (a list read by index: a walk over a
  // map's entries makes an array per entry).
  const named: Array<{ name: string; n: number; first: number; p2025: string | null }> = []
  const counts = new Map<string, (typeof named)[number]>()
  for (let k = 0; k < allRuns.length; k++) {
    const r = allRuns[k]!
    let length = 0
    for (let at = r.start; length < r.tokens.length && !personStarts.has(at); length++) at += r.tokens[length]!.length + 1
    for (let i = 0; i < length; i++) {
      const p = provinceAt(r.tokens, i, length)
      if (!p) continue
      const c = counts.get(p.name)
      if (c) c.n++
      else {
        const entry = { name: p.name, n: 1, first: r.start, p2025: p.province2025 }
        counts.set(p.name, entry)
        named.push(entry)
      }
      i += p.tokens.length - 1
    }
  }
  let best: (typeof named)[number] | null = null
  for (let k = 0; k < named.length; k++) {
    const e = named[k]!
    if (!best || e.n > best.n || (e.n === best.n && e.first < best.first)) best = e
  }
  return best ? { name: best.name, province2025: best.p2025, mentions: best.n } : null
}
