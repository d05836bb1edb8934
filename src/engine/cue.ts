/**
 * True when one of `cues` occurs in `text` with at most `maxGap` units after it to the end of
 * `text`, and no `.` or `;` in between: "a cue word shortly before this position, in the same
 * clause". Plain string search, linear in `text` (a regex `(?:cue…)[^.;]{0,40}$` is not).
 */
export function cueShortlyBefore(text: string, cues: readonly string[], maxGap: number): boolean {
  const clause = text.slice(Math.max(text.lastIndexOf('.'), text.lastIndexOf(';')) + 1)
  return cues.some((w) => {
    const at = clause.lastIndexOf(w)
    return at >= 0 && clause.length - at - w.length <= maxGap
  })
}
