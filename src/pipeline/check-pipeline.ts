import type { StateKey } from './stage.ts'

/** What {@link checkPipeline} needs of a stage. */
interface Declared {
  readonly name: string
  readonly reads: readonly StateKey[]
  readonly writes: readonly StateKey[]
}

/**
 * Problems with a pipeline's declarations, as sentences (empty when it is sound):
 * a stage reads a key that no earlier stage writes (nor the caller gives); a key is written
 * twice by stages that do not read it (only a refiner, which reads its key, may rewrite it);
 * a key is written and never read by a later stage nor by the record (`used`).
 */
export function checkPipeline(stages: readonly Declared[], given: readonly StateKey[], used: readonly StateKey[]): string[] {
  const problems: string[] = []
  const available = new Set<StateKey>(given)
  const writer = new Map<StateKey, string>()
  stages.forEach((stage, i) => {
    for (const key of stage.reads) if (!available.has(key)) problems.push(`${stage.name} reads ${key}, which no earlier stage writes`)
    for (const key of stage.writes) {
      const earlier = writer.get(key)
      if (earlier && !stage.reads.includes(key)) problems.push(`${stage.name} rewrites ${key} (written by ${earlier}) without reading it`)
      writer.set(key, stage.name)
      available.add(key)
      const readLater = stages.slice(i + 1).some((s) => s.reads.includes(key))
      const rewrittenLater = stages.slice(i + 1).some((s) => s.writes.includes(key))
      if (!readLater && !rewrittenLater && !used.includes(key)) problems.push(`${stage.name} writes ${key}, which nothing reads`)
    }
  })
  return problems
}
