/**
 * The date grammars whose anchors are led by a digit, started from two scans of the text.
 *
 * `scan` finds each anchored grammar's anchors with a scan of its own over the whole text; a scan
 * led by a digit is slow in V8 (its skip-ahead reads the low 7 bits of a unit, and `ư` shares them
 * with `0`), and six date grammars ran one each (`date/span-to-now` and `date/month` a whole-text
 * scan, `date/weekday` a scan led by letters). Here {@link DAY_MONTH_CORE} is scanned for once (day
 * and weekday start from it) and {@link DATE_DIGIT} finds, in one more scan, every digit where one
 * of the other anchors may start; each is tried there only (a sticky test). Each grammar is then
 * scanned from those positions (`scan` with `anchors`), so every grammar finds the same matches in
 * the same order (tests/dates-speed-anchors.test.ts).
 */
import type { LazyGrammar } from '../../grammars/build.ts'
import { execAt, resumeAfter, testAt } from '../../engine/step.ts'
import { anchorPositions } from '../../engine/scan.ts'
import {
  CLOCK_HOUR, DATE_DIGIT, DAY_MONTH_CORE, DAY_RANGE_TURN, MONTH_DIGIT, SPAN_DIGIT, YEAR_DIGITS, YEAR_RANGE_TURN,
} from './grammar.ts'

/**
 * The anchor grammars led by a digit, in the order of {@link DigitAnchors}' lists: {@link DAY_MONTH_CORE},
 * scanned for on its own, then those {@link DATE_DIGIT} finds the digits of.
 */
export const DIGIT_ANCHORS: readonly LazyGrammar[] = [DAY_MONTH_CORE, DAY_RANGE_TURN, CLOCK_HOUR, YEAR_DIGITS, YEAR_RANGE_TURN, SPAN_DIGIT, MONTH_DIGIT]

/** For each of {@link DIGIT_ANCHORS}, the positions where it matches, ascending. */
export type DigitAnchors = number[][]

/** The sticky twins of {@link DIGIT_ANCHORS} after the first, made on first use. */
let unionStickies: RegExp[] | undefined

/** Where each of {@link DIGIT_ANCHORS} matches in `text`: the first by its own scan; the others by one scan for the digits any may start at, then a sticky test of each there. */
export function digitAnchors(text: string): DigitAnchors {
  const out: DigitAnchors = [anchorPositions(DAY_MONTH_CORE.get().regex, text)]
  const stickies = (unionStickies ??= DIGIT_ANCHORS.slice(1).map((g) => g.get().sticky))
  for (let k = 0; k < stickies.length; k++) out.push([])
  const re = DATE_DIGIT.get().regex
  let at = 0
  let m: RegExpExecArray | null
  while ((m = execAt(re, text, at)) !== null) {
    const p = m.index
    for (let k = 0; k < stickies.length; k++) if (testAt(stickies[k]!, text, p)) out[k + 1]!.push(p)
    at = resumeAfter(text, p, p)
  }
  return out
}
