import { checkSync } from 'recheck'
import { describe, expect, it } from 'vitest'
import { allGrammars } from '../src/grammars/build.ts'
import '../src/grammars/date.ts'
import '../src/grammars/document-ref.ts'
import '../src/grammars/metadata.ts'

const grammars = allGrammars()

describe('no grammar backtracks super-linearly (recheck)', () => {
  it('reflects over the grammar registry', () => {
    expect(grammars.length).toBeGreaterThanOrEqual(12)
  })
  it.each(grammars.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    const { regex } = g.get()
    const flags = regex.flags.replace(/[dgy]/g, '')
    const result = checkSync(regex.source, flags, { timeout: 20_000 })
    expect(result.status, `${g.name}: ${JSON.stringify(result).slice(0, 400)}`).toBe('safe')
  })
})
