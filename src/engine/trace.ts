/**
 * Why a candidate was dropped. While {@link collectTrace} runs, rules report the candidates they
 * reject (`because('no day cue')` in a scan visitor, {@link traceReject} elsewhere); otherwise
 * reporting costs one null check. Positions are normalised; the pipeline maps them to the input.
 *
 * The sink is module state because extraction is synchronous: it is set for one call and
 * restored in `finally`, so nested or later calls never see another call's trace.
 */

/** One rejected candidate, in normalised coordinates. */
export interface RawTraceEntry {
  /** The stage that was running. */
  stage: string
  /** The rule (grammar or check) whose candidate it was: `date/day`, `count/number`. */
  rule: string
  start: number
  end: number
  /** Why it was dropped, in a few words. */
  reason: string
}

let sink: RawTraceEntry[] | null = null
let stage = ''
let pendingReason: string | null = null

/** Runs `fn` with rejections collected into `entries`. */
export function collectTrace<T>(entries: RawTraceEntry[], fn: () => T): T {
  const outer = sink
  sink = entries
  try {
    return fn()
  } finally {
    sink = outer
  }
}

/** True while a trace is being collected (to skip work that only builds a reason). */
export function tracing(): boolean {
  return sink !== null
}

/** Names the stage that later rejections belong to. */
export function enterStage(name: string): void {
  stage = name
}

/** Records that `rule`'s candidate at normalised [start, end) was dropped, and why. */
export function traceReject(rule: string, start: number, end: number, reason: string): void {
  if (sink) sink.push({ stage, rule, start, end, reason })
}

/**
 * For scan visitors: `return because('no cue before a bare day')` rejects the match (returns
 * false) and gives the scan the reason to record; `because(reason, at)` rejects it and resumes
 * the scan at `at` (returns `at`; a bare number resumes there and keeps the match).
 */
export function because(reason: string): false
export function because(reason: string, resumeAt: number): number
export function because(reason: string, resumeAt?: number): false | number {
  if (sink) pendingReason = reason
  return resumeAt === undefined ? false : resumeAt
}

/** The reason given by the last {@link because}, cleared as it is read (used by `scan`). */
export function takeReason(): string | null {
  const r = pendingReason
  pendingReason = null
  return r
}
