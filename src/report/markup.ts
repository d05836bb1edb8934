/**
 * Where an HTML input's markup is (tags, comments, and the contents of script and style elements),
 * so the report can dim it: the text stays the original input, offsets unchanged. One pass.
 */

/** A `<` that opens markup: a letter, `/`, `!` or `?` after it. */
function opensMarkup(input: string, at: number): boolean {
  const c = input.charCodeAt(at + 1)
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2f || c === 0x21 || c === 0x3f
}

/** Elements whose contents are code or data, not text. */
const RAW_TEXT = ['script', 'style'] as const

/** Sorted, disjoint [start, end) ranges of markup in `input`. */
export function markupRanges(input: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let lower: string | null = null
  let i = input.indexOf('<')
  while (i >= 0) {
    if (!opensMarkup(input, i)) {
      i = input.indexOf('<', i + 1)
      continue
    }
    let end: number
    if (input.startsWith('<!--', i)) {
      const close = input.indexOf('-->', i + 4)
      end = close < 0 ? input.length : close + 3
    } else {
      const close = input.indexOf('>', i + 1)
      if (close < 0) break
      end = close + 1
      lower ??= input.toLowerCase()
      for (const name of RAW_TEXT) {
        if (lower.startsWith(name, i + 1) && !/[a-z0-9-]/.test(lower.charAt(i + 1 + name.length))) {
          const closing = lower.indexOf(`</${name}`, end)
          const closeEnd = closing < 0 ? -1 : input.indexOf('>', closing)
          end = closeEnd < 0 ? input.length : closeEnd + 1
        }
      }
    }
    out.push([i, end])
    i = input.indexOf('<', end)
  }
  return out
}
