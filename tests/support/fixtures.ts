import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
export const FIXTURES = join(ROOT, 'fixtures')
export const SHARED = join(ROOT, '..', 'shared')
export const SEEDS = join(SHARED, 'seeds')
export const DEV_CORPUS = join(SHARED, 'corpus', 'dev')

/** Gold for one of our own fixtures (ANNOTATION.md format plus the extra fields in fixtures/README.md). */
export interface FixtureGold {
  publishedOption?: string | null
  published: string | null
  title?: string | null
  byline?: string | null
  photoCredits?: string[]
  documents: Array<{
    id: string | null; type: string; number: string; date: string | null
    issuer?: string | null; issuerInferred?: boolean; body?: string | null; implements?: string[]
  }>
  dates?: Array<{ text: string; kind: string; start: string | null; end: string | null; partOfDay?: string }>
  counts?: Array<{ value: number; subject: string }>
  people?: string[]
  meetings?: Array<{ date: string | null; chairs: string[] }>
}

export interface Fixture {
  name: string
  path: string
  input: string
  gold: FixtureGold
}

/** Every fixtures/<slug>.(txt|html) that has a <slug>.gold.json beside it. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .flatMap((f) => {
      const slug = f.replace(/\.(txt|html)$/, '')
      const goldPath = join(FIXTURES, `${slug}.gold.json`)
      if (!existsSync(goldPath)) return []
      return [{ name: slug, path: join(FIXTURES, f), input: readFileSync(join(FIXTURES, f), 'utf8'), gold: JSON.parse(readFileSync(goldPath, 'utf8')) }]
    })
}

/** Real articles read at run time from ../shared (never copied into the project). */
export function loadShared(dir: string): Array<{ name: string; input: string }> {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, input: stripSourceHeader(readFileSync(join(dir, f), 'utf8')) }))
}

/** Corpus files begin with `# source:` (and `# published:`) header lines: metadata, not article text. */
export function stripSourceHeader(raw: string): string {
  return raw.replace(/^(?:#[^\n]*\n)+\n?/, '')
}

/** The `# published:` header value, if any. */
export function headerPublished(raw: string): string | undefined {
  return /^# published:\s*(\S+)/m.exec(raw)?.[1]
}
