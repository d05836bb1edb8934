import { checkSync } from 'recheck'
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { allGrammars } from '../src/grammars/index.ts'
import { ROOT } from './support/fixtures.ts'

const grammars = allGrammars()

describe('no grammar backtracks super-linearly (recheck)', () => {
  it('reflects over the grammar registry, which imports every grammar file', () => {
    expect(grammars.length).toBeGreaterThanOrEqual(15)
    const dir = join(ROOT, 'src', 'grammars')
    const index = readFileSync(join(dir, 'index.ts'), 'utf8')
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !/examples|index|build|define-examples/.test(f))
    for (const f of files) expect(index, f).toContain(`'./${f}'`)
  })
  it.each(grammars.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    const { regex } = g.get()
    const flags = regex.flags.replace(/[dgy]/g, '')
    const result = checkSync(regex.source, flags, { timeout: 20_000 })
    expect(result.status, `${g.name}: ${JSON.stringify(result).slice(0, 400)}`).toBe('safe')
  })
})
