import type { State } from './state.ts'

/** A key of the extraction state. */
export type StateKey = keyof State

/**
 * One step of extraction: it reads some keys of the state and writes others. `run` sees only
 * what it declares in `reads` (typed, and picked at run time), and returns exactly `writes`.
 * A stage that writes a key it also reads is a refiner of that key (it returns a new value).
 */
export interface Stage<R extends StateKey = StateKey, W extends StateKey = StateKey> {
  readonly name: string
  /** What it does, in one line (listed by `describePipeline()`). */
  readonly does: string
  readonly reads: readonly R[]
  readonly writes: readonly W[]
  readonly run: (input: Readonly<Pick<State, R>>) => Pick<State, W>
}

/** Declares a stage (the generic parameters are inferred from `reads` and `writes`). */
export function defineStage<R extends StateKey, W extends StateKey>(stage: Stage<R, W>): Stage<R, W> {
  return stage
}
