/**
 * What a capitalised run's syllables can be, read in place: whole syllables, each with a set of
 * flags, in a hash table looked up by the units of the text, so that a run is told to name no one
 * (and no province) without slicing its tokens.
 */
import { hashUnit, sameUnitsAt } from '../../engine/units.ts'

/** Whole syllables (no space) with their flags, looked up in the text without a slice. */
export class SyllableFlags {
  /**
   * Open addressing, linear probing: the syllable in each slot (or none) and its flags. The slots
   * are a power of two at least eight times the entries (4,096 for the few hundred syllables of a
   * run's lexicons): most stay empty, so probes are short and always reach an empty slot.
   */
  private readonly keys: Array<string | undefined>
  private readonly flags: Uint8Array
  private readonly mask: number

  /** `entries`: a syllable (no space, not empty) and its flags (below 256; flags of a syllable given twice are joined). */
  constructor(entries: Iterable<readonly [string, number]>) {
    const list = [...entries]
    let slots = 1 << 12
    while (slots < 8 * list.length) slots *= 2
    this.keys = new Array<string | undefined>(slots).fill(undefined)
    this.flags = new Uint8Array(slots)
    this.mask = slots - 1
    for (const [syllable, flags] of list) {
      let h = 0
      for (let i = 0; i < syllable.length; i++) h = hashUnit(h, syllable.charCodeAt(i))
      let slot = h & this.mask
      while (this.keys[slot] !== undefined && this.keys[slot] !== syllable) slot = (slot + 1) & this.mask
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
        h = hashUnit(h, c)
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
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot]
      if (key === undefined) return 0
      if (key.length === end - start && sameUnitsAt(key, text, start)) return this.flags[slot]!
    }
  }
}
