/**
 * The one place where a regex's `lastIndex` is moved by hand. A `/u` regex whose `lastIndex`
 * lands between the two halves of a surrogate pair moves back to the pair's start, so a loop
 * that steps "one unit further" before an emoji runs forever. Every hand-advanced scan steps by
 * code point through these helpers (a lint test keeps `lastIndex` writes in this file).
 */

/** The index one code point after `i`: two units past a surrogate pair, one otherwise. */
export function nextCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2
  }
  return i + 1
}

/** Where a scan resumes after a match at `start`: `wanted`, but always at least one code point further. */
export function resumeAfter(text: string, start: number, wanted: number): number {
  const min = nextCodePoint(text, start)
  return wanted > min ? wanted : min
}

/** Runs a global or sticky `re` on `text` from index `at` (restarted there, whatever ran before). */
export function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

/** True when the global or sticky `re` matches `text` from index `at` (no match array made). */
export function testAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at
  return re.test(text)
}

/**
 * Calls `visit` for each match of the global `re` in `text` from `from`. `visit` may return
 * where to resume (never before one code point past the match start), or `'stop'`. An empty match
 * resumes one code point further, so no input makes the loop stall.
 */
export function forEachMatch(
  re: RegExp, text: string, visit: (m: RegExpExecArray) => number | 'stop' | void, from = 0,
): void {
  let at = from
  for (;;) {
    re.lastIndex = at
    const m = re.exec(text)
    if (m === null) return
    const verdict = visit(m)
    if (verdict === 'stop') return
    const end = m.index + m[0].length
    at = resumeAfter(text, m.index, typeof verdict === 'number' ? verdict : end)
    if (at > text.length) return
  }
}

/** The last match of the global `re` in `text`, or null. */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null
  forEachMatch(re, text, (m) => {
    last = m
  })
  return last
}
