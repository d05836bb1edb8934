/**
 * Where the phrases a grammar opens with (a meeting's kinds, its verbs) are written, found by a few
 * string searches instead of a whole-text scan of the grammar: `scan` then tries the grammar at
 * those positions only (its `anchors`).
 *
 * Why: a grammar led by common first letters (`[Hh]ội`, `[Bb]uổi`, `họp`) makes the regex engine
 * enter its matcher at nearly every position of the text. Every phrase holds, after its first
 * letter, a unit of {@link PHRASE_PROBES} (rare in the text: `ễ` in `lễ trao`, `ộ` in `hội nghị`),
 * and `indexOf` finds a unit like that at memory-search speed; only where it stands is the phrase
 * read in full.
 */
import { PHRASE_PROBES } from './grammar.ts'

/**
 * A phrase found from its probe: the probe's offset in it, the phrase after its first unit, and the
 * units its first may be written with (`a` and `b`, the same unit when there is one; `more` when
 * there are more than two, which no lexicon's phrase has: two numbers compare faster than a list).
 */
interface Entry {
  readonly offset: number
  readonly rest: string
  readonly a: number
  readonly b: number
  readonly more: readonly number[] | null
}

/** The probes in use, each with the phrases it finds. */
type Probes = ReadonlyArray<{ readonly probe: string; readonly entries: readonly Entry[] }>

/**
 * A function that lists, ascending, every position of a text where one of `phrases` is written
 * (its first letter in either case with `capitalFirst`, as `matchAny(phrases, { capitalFirst })`
 * reads it; every other unit as written). A phrase that another one starts (`hội nghị sơ kết`
 * after `hội nghị`) is not searched for: where it is written, the shorter one is too.
 */
export function phraseStarts(phrases: readonly string[], options: { capitalFirst?: boolean } = {}): (text: string) => number[] {
  const unique = [...new Set(phrases)].filter((p) => p.length > 0)
  const kept = unique.filter((p) => !unique.some((q) => q !== p && p.startsWith(q)))
  const byProbe = new Map<string, Entry[]>()
  for (const phrase of kept) {
    const first = phrase[0]!
    const lower = options.capitalFirst ? first.toLowerCase() : first
    const upper = options.capitalFirst ? lower.toUpperCase() : lower
    const firsts = [...new Set(`${upper}${lower}`)].map((c) => c.charCodeAt(0))
    // (A phrase of one unit, none in the lexicons: each unit it may be written with is its own probe.)
    if (phrase.length === 1) {
      for (const unit of firsts) add(byProbe, String.fromCharCode(unit), { offset: 0, rest: '', a: unit, b: unit, more: null })
      continue
    }
    // The first probe (rarest first) written after the first unit; else the phrase after its first unit.
    let probe = phrase.slice(1)
    let offset = 1
    for (let i = 0; i < PHRASE_PROBES.length; i++) {
      const at = phrase.indexOf(PHRASE_PROBES[i]!, 1)
      if (at >= 0) {
        probe = PHRASE_PROBES[i]!
        offset = at
        break
      }
    }
    add(byProbe, probe, { offset, rest: phrase.slice(1), a: firsts[0]!, b: firsts[1] ?? firsts[0]!, more: firsts.length > 2 ? firsts : null })
  }
  const probes: Probes = [...byProbe].map(([probe, entries]) => ({ probe, entries }))
  return (text) => startsOf(text, probes)
}

/** Adds `entry` to the phrases `probe` finds. */
function add(byProbe: Map<string, Entry[]>, probe: string, entry: Entry): void {
  const list = byProbe.get(probe)
  if (list) list.push(entry)
  else byProbe.set(probe, [entry])
}

/** {@link phraseStarts}' search: every probe's hits, each read for the phrases it finds. */
function startsOf(text: string, probes: Probes): number[] {
  const out: number[] = []
  for (let i = 0; i < probes.length; i++) {
    const { probe, entries } = probes[i]!
    for (let q = text.indexOf(probe); q >= 0; q = text.indexOf(probe, q + 1)) {
      for (let e = 0; e < entries.length; e++) {
        const x = entries[e]!
        const p = q - x.offset
        if (p < 0) continue
        const c = text.charCodeAt(p)
        if ((c === x.a || c === x.b || (x.more !== null && x.more.includes(c))) && text.startsWith(x.rest, p + 1)) out.push(p)
      }
    }
  }
  // Each probe's hits are ascending; together they are sorted once (a few per article).
  return out.length > 1 ? out.sort(ascending) : out
}

const ascending = (a: number, b: number) => a - b
