import { composeMapped, identityMapped, type MappedText } from '../engine/mapped-text.ts'
import { cleanText } from './clean-text.ts'
import { findGluedSeams, gluedSeamsAround, splitGluedSeams } from './glued-seams.ts'
import { looksLikeHtml, stripHtml } from './strip-html.ts'
import { canonicalToneMarks } from './tone-marks.ts'

/** The input after normalisation, with the map back to it. */
export interface NormalizedText extends MappedText {
  /** The original input, untouched. */
  readonly input: string
  /** Same length as `text`; tone placement unified (hoà → hòa): what grammars match on. */
  readonly key: string
  /** True when the input was read as HTML. */
  readonly html: boolean
}

/**
 * Normalises an article for matching while keeping, for every unit of the result, the range
 * of the original input it came from. Steps: HTML → text (when the input looks like HTML),
 * then NFC, spaces, dashes, quotes, line ends ({@link cleanText}), then the space lost between
 * two words at a link's edge ({@link splitGluedSeams}), then tone placement.
 */
export function normalize(input: string, options: { html?: boolean; regions?: ReadonlyArray<{ start: number; end: number }> } = {}): NormalizedText {
  const html = options.regions && options.regions.length ? true : options.html ?? looksLikeHtml(input)
  let mapped: MappedText
  const stripped = html ? stripHtml(input, options.regions) : null
  const cleaned = cleanText(stripped ? stripped.text : input)
  mapped = stripped ? composeMapped(stripped, cleaned) : cleaned
  if (mapped.text.length === 0 && input.length === 0) mapped = identityMapped('')
  // The cleaning pass noted the upper-case letters: only words holding one can have a seam.
  const seams = cleaned.uppers ? gluedSeamsAround(mapped.text, cleaned.uppers) : findGluedSeams(mapped.text)
  mapped = splitGluedSeams(mapped, seams)
  return { text: mapped.text, map: mapped.map, input, key: canonicalToneMarks(mapped.text), html }
}
