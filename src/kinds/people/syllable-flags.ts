/**
 * What a capitalised run's syllables can be, read in place: whole syllables, each with a set of
 * flags, in a hash table looked up by the units of the text, so that a run is told to name no one
 * (and no province) without slicing its tokens.
 */

/** Slots of the table (a power of two): a few hundred syllables leave most of them empty, and probes short. */
const SLOTS = 1 << 12

/** The hash of a syllable, a unit at a time from 0 (a 32-bit polynomial hash). */
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0

/** Whole syllables (no space) with their flags, looked up in the text without a slice. */
export class SyllableFlags {
  /** Open addressing, linear probing: the syllable in each slot (or none) and its flags. */
  private readonly keys: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined)
  private readonly flags = new Uint8Array(SLOTS)

  /** `entries`: a syllable (no space, not empty) and its flags (below 256; flags of a syllable given twice are joined). */
  constructor(entries: Iterable<readonly [string, number]>) {
    for (const [syllable, flags] of entries) {
      let h = 0
      for (let i = 0; i < syllable.length; i++) h = hashStep(h, syllable.charCodeAt(i))
      let slot = h & (SLOTS - 1)
      while (this.keys[slot] !== undefined && this.keys[slot] !== syllable) slot = (slot + 1) & (SLOTS - 1)
      this.keys[slot] = syllable
      this.flags[slot]! |= flags
    }
  }

  /**
   * The flags of the syllables of `text.slice(start, end).split(' ')` joined (a bitwise or), read
   * unit by unit: 0 when no syllable is in the set.
   */
  ofWords(text: string, start: number, end: number): number {
    let flags = 0
    let from = start
    let h = 0
    for (let i = start; i <= end; i++) {
      const c = i < end ? text.charCodeAt(i) : 0x20
      if (c !== 0x20) {
        h = hashStep(h, c)
        continue
      }
      flags |= this.flagsOf(text, from, i, h)
      from = i + 1
      h = 0
    }
    return flags
  }

  /** The flags of the syllable `text.slice(start, end)`, whose hash is `h` (0 when it is none). */
  private flagsOf(text: string, start: number, end: number, h: number): number {
    for (let slot = h & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const key = this.keys[slot]
      if (key === undefined) return 0
      if (key.length === end - start && sameUnits(key, text, start)) return this.flags[slot]!
    }
  }
}

/** True when `text` has the units of `key` from `start` (compared unit by unit: a syllable is a few units, and a loop costs less than a call of `startsWith`). */
function sameUnits(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false
  return true
}
