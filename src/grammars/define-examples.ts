/**
 * The shape of a `*.examples.ts` file beside a grammar (Duckling's corpus, chrono's negative
 * cases). Examples are not imported by the library, so they never reach `dist/`.
 *
 * - `examples`: the whole text is exactly one item of `field`, whose properties include `expect`.
 * - `surround`: inside a longer text, an item with text `find` has the properties in `expect`.
 * - `negative`: texts that must yield no item of `field` after the full pipeline.
 */
export interface Examples {
  /** Record field the items land in. */
  field: 'documents' | 'dates' | 'photoCredits' | 'publication' | 'byline' | 'title' | 'counts' | 'amounts' | 'people' | 'bodies' | 'meetings'
  /** When true, an example's item may cover only part of the text (credits inside a caption). */
  partial?: boolean
  /** Publication date passed to `extract` (resolves "Chiều 12/7"). */
  published?: string
  examples: Array<{ text: string; expect: Record<string, unknown> }>
  surround?: Array<{ text: string; find: string; expect?: Record<string, unknown> }>
  negative: string[]
}

/** Identity helper that types an examples file. */
export function defineExamples(e: Examples): Examples {
  return e
}
