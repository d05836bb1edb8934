import { enterStage } from '../engine/trace.ts'
import type { AnyStage } from './stages.ts'
import type { StateKey } from './stage.ts'
import type { State } from './state.ts'

/** Options for {@link runStages}; all for tests and benchmarks. */
export interface RunStagesOptions {
  /** Called after each stage with its name and the time it took (by `clock`). */
  onStage?: (name: string, elapsed: number) => void
  /** The clock for `onStage` (e.g. `performance.now`); the core never reads a clock itself. */
  clock?: () => number
  /**
   * Checks the declarations while running: each stage gets deep-frozen inputs (so changing
   * what it reads throws) and must return exactly the keys it declares. Slow; for tests.
   */
  check?: boolean
}

/**
 * Runs `stages` in order over `state`. Each stage is given the state and reads the keys it declares
 * from it (its `run` takes them by name); with `check`, it is given only those keys, deep-frozen, so a
 * stage that reads or changes anything else fails its tests. (Building an object of its keys for
 * every stage of every article cost about 1 % of the whole extraction: keys stored by name at run
 * time are slow property stores for V8.)
 */
export function runStages(stages: readonly AnyStage[], state: Partial<State>, options: RunStagesOptions = {}): Partial<State> {
  const s = state as Record<StateKey, unknown>
  for (const stage of stages) {
    enterStage(stage.name)
    let input: Partial<Record<StateKey, unknown>> = s
    if (options.check) {
      input = {}
      for (const key of stage.reads) input[key] = deepFreeze(s[key])
    }
    const t0 = options.onStage && options.clock ? options.clock() : 0
    const output = (stage.run as (input: unknown) => Partial<State>)(input)
    if (options.onStage && options.clock) options.onStage(stage.name, options.clock() - t0)
    if (options.check) checkOutput(stage, output)
    Object.assign(s, output)
  }
  enterStage('')
  return state
}

function checkOutput(stage: AnyStage, output: Partial<State>): void {
  const got = Object.keys(output).sort()
  const declared = [...stage.writes].sort()
  if (got.join() !== declared.join()) throw new Error(`stage ${stage.name} returned [${got.join(', ')}] but declares writes [${declared.join(', ')}]`)
}

/** Freezes plain objects and arrays, all the way down (typed arrays and strings are left as they are). */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || seen.has(value)) return value
  seen.add(value)
  for (const v of Object.values(value as object)) deepFreeze(v, seen)
  return Object.freeze(value)
}
