import { describe, expect, it } from 'vitest'
import { boundedMemo } from '../src/engine/bounded-memo.ts'

describe('boundedMemo', () => {
  it('makes a value once per key, remembers undefined and null, and gives what make gives', () => {
    const asked: string[] = []
    const f = boundedMemo(10, (k): string | null | undefined => {
      asked.push(k)
      return k === 'u' ? undefined : k === 'n' ? null : k.toUpperCase()
    })
    expect([f('a'), f('u'), f('n'), f('a'), f('u'), f('n')]).toEqual(['A', undefined, null, 'A', undefined, null])
    expect(asked).toEqual(['a', 'u', 'n'])
  })
  it('keeps at most limit keys, then starts again: the answers stay the same', () => {
    const made: string[] = []
    const f = boundedMemo(4, (k) => (made.push(k), k.length))
    for (const k of ['a', 'bb', 'ccc', 'dddd', 'a']) f(k)
    expect(made).toEqual(['a', 'bb', 'ccc', 'dddd']) // four kept: 'a' again is remembered
    expect(f('eeeee')).toBe(5) // a fifth: the memory starts again with it
    expect(f('a')).toBe(1)
    expect(made).toEqual(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'a'])
  })
  it('hands make a copy of the key, equal to it', () => {
    const text = 'Ban Thường vụ Tỉnh ủy họp. '.repeat(1000)
    const key = text.slice(4, 13)
    const f = boundedMemo(4, (k) => k)
    expect(f(key)).toBe('Thường vụ')
  })
})
