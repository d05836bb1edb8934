/**
 * The bodies stage reads as it did before it was made faster (issue 10): the
 * body grammar started at its anchor and scanned without group indices (ranges read from the groups'
 * lengths), merge keys kept by name, the cut of a run at a name by a pointer. The old code is kept
 * here as the reference; on random texts and every corpus article both give the same bodies.
 */
import fc from 'fast-check'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { inputItem, type Doc, type Range } from '../src/engine/doc.ts'
import { because } from '../src/engine/trace.ts'
import { scan, type MatchView } from '../src/engine/scan.ts'
import { BODY } from '../src/kinds/bodies/grammar.ts'
import { BODY_HEADS, CENTRAL_BODIES, COMMITTEES, LEVEL_WORDS, LOCALITY_WORDS, STATE_BODIES, type BodyLevel } from '../src/lexicon/bodies.ts'
import { LIST_CONJUNCTIONS } from '../src/lexicon/conjunctions.ts'
import { anyOf } from '../src/grammars/lexicon-pattern.ts'
import { canonicalToneMarks } from '../src/normalize/tone-marks.ts'
import type { Body } from '../src/records/body.ts'
import { provinceAt } from '../src/kinds/bodies/place-names.ts'
import { dominantProvince, extractBodies, mentionsInOrder } from '../src/kinds/bodies/bodies.ts'
import { PROVINCE_FORMS } from '../src/kinds/bodies/place-names.ts'
import { STAGES } from '../src/pipeline/stages.ts'
import { runStages } from '../src/pipeline/run-stages.ts'

// ---- the reference: src/kinds/bodies/bodies.ts as it was ----

const lower = (s: string) => canonicalToneMarks(s).toLowerCase()
const HEAD = new Map(BODY_HEADS.map((h) => [lower(h.name), h]))
const CENTRAL = new Map(CENTRAL_BODIES.map((b) => [b.name, b]))
const COMMITTEE = new Map(COMMITTEES.map((c) => [lower(c.name), c]))
const STATE = new Map(STATE_BODIES.map((b) => [b.name, b]))
/** A level or locality word opening what follows a body (" huyện Lệ Thủy", " TP. Huế"), captured. */
const WHERE_ADMIN = new RegExp(`^ (${anyOf([...Object.keys(LEVEL_WORDS), ...LOCALITY_WORDS])}) `, 'u')
/** The separators of a coordinated list of committees: a comma, or the conjunction before the last. */
const LIST_SEPARATOR = new RegExp(`, | ${anyOf(LIST_CONJUNCTIONS)} `, '')
/** Level words of a province ("tỉnh", "thành phố"): "Đảng bộ tỉnh" and "Đảng bộ" of one province are one body. */
const PROVINCE_LEVEL_WORDS = Object.keys(LEVEL_WORDS).filter((w) => LEVEL_WORDS[w] === 'province')
/** For heads that may qualify a title (`titlesBefore`): the pattern that finds such a title right before them. */
const TITLE_BEFORE_HEAD = new Map<string, RegExp>()
for (const h of BODY_HEADS) if (h.titlesBefore) TITLE_BEFORE_HEAD.set(lower(h.name), new RegExp(`${anyOf(h.titlesBefore)}\\s*$`, 'iu'))

/** `name` without a trailing province level word ("đảng bộ tỉnh" → "đảng bộ"). */
function withoutProvinceLevel(name: string): string {
  for (const w of PROVINCE_LEVEL_WORDS) if (name.endsWith(` ${w}`)) return name.slice(0, name.length - w.length - 1)
  return name
}

/** The groups that make a body's name (without what follows it). */
const CORE_GROUPS = ['central', 'head', 'committee', 'committee2', 'list', 'state', 'level', 'team', 'department'] as const

interface Where { locality: string | null; end: number; explicit: boolean }

/** Reads what follows a body: a province, a place after an admin word, or a bloc's name; never a person. */
function readWhere(doc: Doc, m: MatchView, blocName: boolean, personStarts: ReadonlySet<number>): Where | null {
  const r = m.range('where')
  if (!r) return null
  let text = doc.key.slice(r.start, r.end)
  // Cut before a person's name that follows the body directly ("Tỉnh ủy Phan Văn Phụng").
  for (let i = r.start; i < r.end; i++) {
    if (personStarts.has(i)) {
      text = doc.key.slice(r.start, i).trimEnd()
      break
    }
  }
  const admin = WHERE_ADMIN.exec(text)
  const rest = (admin ? text.slice(admin[0].length) : text.trimStart()).trim()
  const tokens = rest.split(' ').filter(Boolean)
  if (tokens.length === 0) return null
  const p = provinceAt(tokens, 0)
  if (p) return { locality: tokens.slice(0, p.tokens.length).join(' '), end: r.start + text.indexOf(tokens[0]!) + tokens.slice(0, p.tokens.length).join(' ').length, explicit: true }
  // "quận 2": a numbered district keeps its admin word.
  if (admin && /^\d+$/.test(rest)) return { locality: `${admin[1]} ${rest}`, end: r.start + text.length, explicit: true }
  if (admin || blocName) return { locality: rest, end: r.start + text.length, explicit: true }
  return null
}

/**
 * Party and state bodies, merged by name: level and kind from the lexicon, locality from what
 * is written after them or, for province-level bodies, the article's province (marked inferred).
 */
function oldExtractBodies(doc: Doc, province: string | null, personStarts: ReadonlySet<number>, exclude: readonly Range[]): Body[] {
  const bodies: Body[] = []
  const byName = new Map<string, Body>()
  const add = (name: string, kind: string, level: BodyLevel | null, where: Where | null, start: number, end: number, core = name) => {
    const mention = inputItem(doc, start, end)
    const span = mention.span
    const inferred = !where?.locality && level === 'province' && province !== null
    const locality = where?.locality ?? (inferred ? province : null)
    const key = `${withoutProvinceLevel(lower(core))}|${locality ?? ''}`
    const existing = byName.get(key)
    if (existing) {
      existing.mentions.push(mention)
      return
    }
    const body: Body = { name, kind, level, locality, localityInferred: inferred, text: mention.text, span, rule: 'body/body', mentions: [mention] }
    byName.set(key, body)
    bodies.push(body)
  }
  scan(doc, BODY, (m) => {
    if (exclude.some((r) => m.start >= r.start && m.start < r.end)) return because('in a photo credit or byline')
    const central = m.group('central')
    const head = m.group('head')
    const committee = m.group('committee') ?? m.group('committee2')
    const list = m.group('list')
    const state = m.group('state')
    const team = m.group('team')
    const department = m.group('department')
    const c = committee ? COMMITTEE.get(lower(committee)) : undefined
    const where = readWhere(doc, m, c?.level === 'bloc', personStarts)
    let coreEnd = 0
    for (const g of CORE_GROUPS) coreEnd = Math.max(coreEnd, m.groupEnd(g))
    const end = where ? Math.max(where.end, coreEnd) : coreEnd
    const display = (s: number, e: number) => doc.text.slice(s, e)
    if (central) {
      const b = CENTRAL.get(central)!
      add(central, b.kind, b.level, null, m.start, coreEnd)
    } else if (head && list) {
      // "ban tổ chức các huyện ủy, thị ủy, thành ủy Huế": one body per committee.
      const headText = display(m.range('head')!.start, m.range('head')!.end)
      const items = list.split(LIST_SEPARATOR)
      items.forEach((it, k) => {
        const cc = COMMITTEE.get(lower(it))
        const w = k === items.length - 1 ? where : null
        add(`${headText} ${it}${w?.locality ? ` ${w.locality}` : ''}`, HEAD.get(lower(head))!.kind, cc?.level ?? null, w, m.start, end)
      })
    } else if (head) {
      const h = HEAD.get(lower(head))!
      const level = c?.level ?? h.level ?? null
      // "Phó Bí thư Thường trực Tỉnh ủy": "Thường trực" is part of the position; the body is the Tỉnh ủy.
      if (TITLE_BEFORE_HEAD.get(lower(head))?.test(doc.key.slice(Math.max(0, m.start - 14), m.start))) {
        if (!committee) return because('part of a title (Phó Bí thư Thường trực …) with no committee after it')
        const cs = m.range('committee')!.start
        add(display(cs, end), 'party-committee', c?.level ?? null, where, cs, end, display(cs, coreEnd))
        return end
      }
      if (!c && !where) return because('a board with no committee or place: which one is unknown') // "Ban Tổ chức" alone: which one is unknown; it is read with its committee elsewhere
      add(display(m.start, end), h.kind, level, where, m.start, end, display(m.start, coreEnd))
    } else if (committee) {
      add(display(m.start, end), c?.kind ?? 'party-committee', c?.level ?? null, where, m.start, end, display(m.start, coreEnd))
    } else if (state) {
      const lv = m.group('level')
      add(display(m.start, end), STATE.get(state)!.kind, lv ? LEVEL_WORDS[lv]! : null, where, m.start, end, display(m.start, coreEnd))
    } else if (department) {
      // A department of a central board ("Vụ Báo chí - Xuất bản, Ban Tuyên giáo Trung ương"); its name stops before a person.
      let e = coreEnd
      for (let i = m.start; i < coreEnd; i++) if (personStarts.has(i)) e = Math.min(e, i)
      while (e > m.start && doc.key[e - 1] === ' ') e--
      add(display(m.start, e), 'department', 'central', null, m.start, e)
      return e
    } else if (team) {
      add(display(m.start, coreEnd), 'team', null, null, m.start, coreEnd)
    }
    return end > m.start ? end : false
  }, { boundary: true })
  return bodies
}

// ---- the checks ----

const BEFORE_BODIES = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'bodies'))
const prepare = (input: string) => runStages(BEFORE_BODIES, { input, html: false, regions: undefined, publishedOption: null })

/** Pieces of text about bodies: names in both cases, places, lists, titles, teams, departments, names of people, odd characters. */
const PIECES = [
  'Ban Tổ chức', 'ban tổ chức', 'Ban Thường vụ', 'Ban Tuyên giáo và Dân vận', 'Ủy ban Kiểm tra', 'Văn phòng', 'Thường trực', 'Phó Bí thư ',
  'Tỉnh ủy', 'tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Đảng ủy khối', 'Đảng bộ tỉnh', 'Đảng bộ', 'Chi bộ', 'Trung ương', 'các huyện ủy, thị ủy',
  'Bộ Chính trị', 'Ban Bí thư', 'Quốc hội', 'Chính phủ', 'UBND', 'HĐND', 'MTTQ Việt Nam', 'Đoàn Kiểm tra', ' 1350', 'Vụ Báo chí - Xuất bản',
  ' tỉnh', ' huyện', ' TP.', ' thôn', ' Quảng Trị', ' Lạng Sơn', ' Huế', ' Hà Nội', ' Cơ quan - Doanh nghiệp', ' quận', ' 2', ' Phan Văn Phụng',
  ' và ', ', ', ' ', '. ', '\n', 'x', 'Ảnh: ', '😀', 'các ',
]

/** Both extractors on one prepared text, with the given people's starts and excluded ranges. */
function both(input: string, pick: (n: number) => boolean, cut: boolean) {
  const s = prepare(input)
  const doc = s.doc!
  const starts = new Set<number>(s.nameMentions!.map((l) => l.start))
  // More name starts: some word starts of the text, as random names would give.
  for (let i = 0; i < doc.key.length; i++) if ((i === 0 || doc.key[i - 1] === ' ') && pick(i)) starts.add(i)
  const exclude: Range[] = [...s.notPeople!]
  if (cut && doc.key.length > 4) exclude.push({ start: doc.key.length >> 2, end: doc.key.length >> 1 })
  exclude.sort((a, b) => a.start - b.start)
  const province = s.province?.name ?? null
  return {
    old: oldExtractBodies(doc, province, starts, exclude),
    now: extractBodies(doc, province, starts, exclude),
  }
}

describe('the bodies stage reads as it did before it was made faster', () => {
  it('on random texts, with random names and excluded ranges', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), fc.integer({ min: 0, max: 5 }), fc.boolean(), (parts, every, cut) => {
        const r = both(parts.join(''), (i) => every > 0 && i % (every + 2) === 0, cut)
        expect(r.now).toEqual(r.old)
      }),
      { numRuns: 400 },
    )
  })

  it('on every corpus article', () => {
    for (const dir of ['../shared/seeds', '../shared/corpus/dev', '../shared/corpus/dev2']) {
      if (!existsSync(dir)) continue
      for (const f of readdirSync(dir)) {
        const r = both(readFileSync(`${dir}/${f}`, 'utf8'), (i) => i % 7 === 0, false)
        expect(r.now, f).toEqual(r.old)
      }
    }
  })
})

describe('mentionsInOrder', () => {
  it('is the bodies\' mentions flattened and stably sorted by start', () => {
    const item = (start: number, tag: number) => ({ text: `${tag}`, span: { start, end: start + 1 } })
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 5 }), { maxLength: 6 }), (lists) => {
        let tag = 0
        const bodies = lists.map((starts) => ({ mentions: starts.sort((a, b) => a - b).map((s) => item(s, tag++)) }) as unknown as Body)
        const want = bodies.flatMap((b) => b.mentions).sort((a, b) => a.span.start - b.span.start)
        expect(mentionsInOrder(bodies)).toEqual(want)
      }),
      { numRuns: 1000 },
    )
  })

  it('is made once per list of bodies (the meetings and count-bodies stages share it)', () => {
    const bodies = [{ mentions: [{ text: 'a', span: { start: 5, end: 6 } }] }, { mentions: [{ text: 'b', span: { start: 1, end: 2 } }] }] as unknown as Body[]
    const first = mentionsInOrder(bodies)
    expect(mentionsInOrder(bodies)).toBe(first)
    expect(first.map((m) => m.text)).toEqual(['b', 'a'])
  })
})

/** dominantProvince as it was: the counts in a map, read back by its entries. */
function oldDominantProvince(
  allRuns: ReadonlyArray<{ start: number; tokens: string[] }>, personStarts: ReadonlySet<number>,
): { name: string; province2025: string | null; mentions: number } | null {
  const counts = new Map<string, { n: number; first: number; p2025: string | null }>()
  for (const r of allRuns) {
    let length = 0
    for (let at = r.start; length < r.tokens.length && !personStarts.has(at); length++) at += r.tokens[length]!.length + 1
    for (let i = 0; i < length; i++) {
      const p = provinceAt(r.tokens, i, length)
      if (!p) continue
      const c = counts.get(p.name)
      if (c) c.n++
      else counts.set(p.name, { n: 1, first: r.start, p2025: p.province2025 })
      i += p.tokens.length - 1
    }
  }
  let best: [string, { n: number; first: number; p2025: string | null }] | null = null
  for (const e of counts) if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first)) best = e
  return best ? { name: best[0], province2025: best[1].p2025, mentions: best[1].n } : null
}

describe('dominantProvince', () => {
  const TOKENS = [...new Set(PROVINCE_FORMS.slice(0, 40).flatMap((f) => f.tokens)), 'Ban', 'Tỉnh', 'x', 'Hồ', 'Chí', 'Minh']
  it('counts and picks as the map-entries version did, on random runs and names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 6 }), { maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 6 }),
        (runs, names) => {
          let at = 0
          const allRuns = runs.map((tokens) => {
            const r = { start: at, tokens }
            at += tokens.join(' ').length + 3
            return r
          })
          const persons = new Set(names)
          expect(dominantProvince(allRuns, persons)).toEqual(oldDominantProvince(allRuns, persons))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('on every corpus article', () => {
    const beforeProvince = STAGES.slice(0, STAGES.findIndex((s) => s.name === 'province'))
    for (const dir of ['../shared/seeds', '../shared/corpus/dev', '../shared/corpus/dev2']) {
      if (!existsSync(dir)) continue
      for (const f of readdirSync(dir)) {
        const s = runStages(beforeProvince, { input: readFileSync(`${dir}/${f}`, 'utf8'), html: false, regions: undefined, publishedOption: null })
        const persons = new Set(s.nameMentions!.map((l) => l.start))
        expect(dominantProvince(s.capitalisedRuns!, persons), f).toEqual(oldDominantProvince(s.capitalisedRuns!, persons))
      }
    }
  })
})
