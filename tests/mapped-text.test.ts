/**
 * The offset map is kept as runs (src/engine/mapped-text.ts) instead of two numbers per unit. Here
 * the builder, the identity map and the composition are held to the per-unit versions they
 * replaced (tests/normalize-speed-reference.ts), on random sequences of writes: the same text, and
 * for every unit the same source range, read one unit at a time and as whole arrays.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { composeMapped, identityMapped, MappedTextBuilder, type MappedText } from '../src/engine/mapped-text.ts'
import { splitGluedSeams } from '../src/normalize/glued-seams.ts'
import { OldMappedTextBuilder, oldComposeMapped, oldIdentityMapped, type MappedText as OldMapped } from './normalize-speed-reference.ts'

type Op =
  | { op: 'push'; s: string; start: number; len: number }
  | { op: 'verbatim'; from: number; len: number }
  | { op: 'extend'; by: number }
  | { op: 'trim'; unit: string }

const UNITS = ['a', ' ', '\n', 'ổ', '-']
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('push' as const), s: fc.stringMatching(/^[a \n-]{1,3}$/), start: fc.nat(6), len: fc.nat(3) }),
  fc.record({ op: fc.constant('verbatim' as const), from: fc.nat(4), len: fc.nat(8) }),
  fc.record({ op: fc.constant('extend' as const), by: fc.nat(3) }),
  fc.record({ op: fc.constant('trim' as const), unit: fc.constantFrom(...UNITS) }),
)

/**
 * Runs `ops` on both builders over a source read forward, as the cleaning passes read it: each
 * write starts at or after the end of the source read so far.
 */
function build(ops: Op[], source: string): { now: MappedText; old: OldMapped } {
  const now = new MappedTextBuilder()
  const old = new OldMappedTextBuilder(4)
  let at = 0
  for (const o of ops) {
    if (o.op === 'push') {
      const start = Math.min(source.length, at + o.start)
      const end = Math.min(source.length, start + o.len)
      now.push(o.s, start, end)
      old.push(o.s, start, end)
      at = end
    } else if (o.op === 'verbatim') {
      const from = Math.min(source.length, at + o.from)
      const to = Math.min(source.length, from + o.len)
      now.pushVerbatim(source, from, to)
      old.pushVerbatim(source, from, to)
      at = to
    } else if (o.op === 'extend') {
      at = Math.min(source.length, at + o.by)
      now.extendLast(at)
      old.extendLast(at)
    } else {
      now.trimTrailing(o.unit.charCodeAt(0))
      old.trimTrailing(o.unit)
    }
  }
  return { now: now.build(), old: old.build() }
}

function expectSameMap(now: MappedText, old: OldMapped) {
  expect(now.text).toBe(old.text)
  expect(now.map.length).toBe(old.text.length)
  const { starts, ends } = now.map.toArrays()
  expect(Array.from(starts)).toEqual(Array.from(old.starts))
  expect(Array.from(ends)).toEqual(Array.from(old.ends))
  for (let i = 0; i < old.text.length; i++) expect([now.map.start(i), now.map.endOf(i)]).toEqual([old.starts[i], old.ends[i]])
}

const SOURCE = 'Ban Tổ chức\nTỉnh ủy - họp  ngày 12/7 '.repeat(8)

describe('the offset map kept as runs', () => {
  it('gives every unit the range the per-unit builder gave, over random writes', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const { now, old } = build(ops, SOURCE)
      expectSameMap(now, old)
    }), { numRuns: 1500, seed: 7 })
  })

  it('composes two maps as the per-unit composition did', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 40 }), fc.array(op, { maxLength: 40 }), (innerOps, outerOps) => {
      const inner = build(innerOps, SOURCE)
      const outer = build(outerOps, inner.now.text)
      expectSameMap(composeMapped(inner.now, outer.now), oldComposeMapped(inner.old, outer.old))
    }), { numRuns: 1500, seed: 11 })
  })

  it('maps the identity, also of an empty text', () => {
    for (const t of ['', 'a', SOURCE]) expectSameMap(identityMapped(t), oldIdentityMapped(t))
  })

  it('puts back a space at a seam, mapped to the empty range where the parts meet', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 40 }), fc.array(fc.nat(200), { maxLength: 5 }), (ops, raw) => {
      const { now, old } = build(ops, SOURCE)
      const seams = [...new Set(raw.map((s) => 1 + (s % Math.max(1, now.text.length - 1))))].filter((s) => s < now.text.length).sort((a, b) => a - b)
      const split = splitGluedSeams(now, seams)
      // The per-unit version, written out: the units between seams as they were, a space at each seam.
      let text = ''
      const starts: number[] = []
      const ends: number[] = []
      let from = 0
      for (const at of [...seams, old.text.length]) {
        text += old.text.slice(from, at)
        for (let i = from; i < at; i++) starts.push(old.starts[i]!), ends.push(old.ends[i]!)
        if (at < old.text.length) text += ' ', starts.push(old.ends[at - 1]!), ends.push(old.ends[at - 1]!)
        from = at
      }
      expectSameMap(split, { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) })
    }), { numRuns: 800, seed: 13 })
  })

  it('keeps an article copied as it was in one run', () => {
    const b = new MappedTextBuilder()
    b.pushVerbatim(SOURCE, 0, 100)
    b.pushVerbatim(SOURCE, 100, SOURCE.length)
    expect(b.build().map.runs).toBe(1)
  })
})
