import { describe, expect, it } from 'vitest'
import { extract, type ArticleRecord } from '../src/index.ts'
import { allGrammars } from '../src/grammars/index.ts'
import { RULES } from '../src/kinds/rules.ts'
import type { RuleKind } from '../src/engine/rule.ts'
import { loadFixtures, loadShared, SEEDS } from './support/fixtures.ts'
import { KINDS_BY_BODY, MEETING_KINDS, MEETING_VERBS, ORGANISED_KINDS } from '../src/lexicon/meeting-kinds.ts'
import { MeetingSchema } from '../src/records/meeting.ts'
import { CountSchema } from '../src/records/count.ts'
import { COUNT_CATEGORIES } from '../src/lexicon/count-words.ts'

const itemsOf = (record: ArticleRecord, kind: RuleKind): Array<{ rule: string; text: string }> => record[kind]

describe('every rule reads its examples and leaves its negatives alone', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has examples and negatives', () => {
        expect(rule.examples.length).toBeGreaterThan(0)
        expect(rule.negatives.length).toBeGreaterThan(0)
      })
      for (const ex of rule.examples) {
        it(`reads "${ex.item}" in "${ex.text}"`, () => {
          const items = itemsOf(extract(ex.text, { published: ex.published ?? '2024-07-16' }), rule.kind)
          expect(items.filter((i) => i.rule === rule.id).map((i) => i.text)).toContain(ex.item)
        })
      }
      for (const neg of rule.negatives) {
        // A known false positive is expected to fail until the rule is fixed (then the mark must go).
        ;(neg.knownMiss ? it.fails : it)(`makes nothing${neg.not ? ` of "${neg.not}"` : ''} in "${neg.text}" (${neg.why})${neg.knownMiss ? ` — known miss: ${neg.knownMiss}` : ''}`, () => {
          const items = itemsOf(extract(neg.text, { published: '2024-07-16' }), rule.kind).filter((i) => i.rule === rule.id)
          expect(neg.not === undefined ? items : items.filter((i) => i.text.includes(neg.not!))).toEqual([])
        })
      }
    })
  }
})

describe('the rule registry', () => {
  it('has unique ids, named kind/name', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z-]+\/[a-z-]+$/)
  })

  it('names only grammars that exist, and every grammar belongs to a rule', () => {
    const grammars = new Set(allGrammars().map((g) => g.name))
    const used = new Set(RULES.flatMap((r) => r.grammars))
    for (const g of used) expect(grammars, g).toContain(g)
    // The publication stamp and the article furniture are not list items: their grammars serve the record's fields.
    const furniture = ['date/publication-stamp', 'metadata/photo-credit', 'metadata/byline']
    expect([...grammars].filter((g) => !used.has(g) && !furniture.includes(g))).toEqual([])
  })

  it('every item on the fixtures and seeds carries a registered rule id of its own kind', () => {
    const byId = new Map(RULES.map((r) => [r.id, r.kind]))
    const kinds: RuleKind[] = ['dates', 'documents', 'counts', 'amounts', 'people', 'bodies', 'meetings']
    const seen = new Set<string>()
    for (const a of [...loadFixtures(), ...loadShared(SEEDS)]) {
      const record = extract(a.input, { published: '2024-07-16' })
      for (const kind of kinds) {
        for (const item of itemsOf(record, kind)) {
          expect(byId.get(item.rule), `${a.name}: ${item.rule}`).toBe(kind)
          seen.add(item.rule)
        }
      }
    }
    expect(seen.size).toBeGreaterThan(10)
  })
})

describe('the meeting kinds the lexicon gives are named in the record\'s schema', () => {
  it('every kind key of src/lexicon/meeting-kinds.ts is in the description of MeetingSchema.kind', () => {
    const keys = new Set([...MEETING_KINDS.map((k) => k.key), ...KINDS_BY_BODY.map((k) => k.key), ...Object.values(ORGANISED_KINDS), ...Object.values(MEETING_VERBS)])
    expect(keys.size).toBeGreaterThan(10)
    const described = MeetingSchema.shape.kind.description ?? ''
    const missing = [...keys].filter((k) => !described.includes(`\`${k}\``))
    // A new key: name it, with the words it stands for, in the kind list of src/records/meeting.ts (the JSON Schema users read).
    expect(missing, 'kind keys missing from the kind list in src/records/meeting.ts').toEqual([])
  })
})

describe('the count categories the lexicon gives are named in the record\'s schema', () => {
  it('every category of COUNT_CATEGORIES is in the description of CountSchema.category', () => {
    const categories = new Set(COUNT_CATEGORIES.map((c) => c.category))
    expect(categories.size).toBeGreaterThan(10)
    const described = CountSchema.shape.category.description ?? ''
    const missing = [...categories].filter((c) => !described.includes(`\`${c}\``))
    // A new category: name it, with the words it stands for, in the category list of src/records/count.ts.
    expect(missing, 'categories missing from the category list in src/records/count.ts').toEqual([])
  })
})
