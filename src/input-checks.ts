import type { Issue } from './records/issue.ts'

const SAMPLE = 16_384

/** Letters only Vietnamese uses among Latin scripts (and the combining tone marks of NFD text). */
const VIETNAMESE = new Uint8Array(0x1f00)
for (const c of 'ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\u0300\u0301\u0303\u0309\u0323') {
  VIETNAMESE[c.charCodeAt(0)] = 1
}

/**
 * Screens raw input before extraction. Returns the text to read (cut to `maxLength`), or null
 * when there is nothing to read (empty or binary). Findings go to `issues`.
 */
export function screenInput(input: string, maxLength: number, issues: Issue[]): string | null {
  const sample = profile(input)
  if (sample.visible === 0) {
    issues.push({ code: 'input_empty', severity: 'info', message: 'input is empty or whitespace only' })
    return null
  }
  if (sample.nul > 0 || (sample.control > 8 && sample.control / sample.length > 0.05)) {
    issues.push({ code: 'input_binary', severity: 'error', message: 'input looks like binary data (NUL or control bytes); nothing extracted' })
    return null
  }
  let text = input
  const limit = Math.max(1, Math.floor(maxLength))
  if (text.length > limit) {
    let cut = limit
    const c = text.charCodeAt(cut - 1)
    if (c >= 0xd800 && c <= 0xdbff) cut-- // do not split a surrogate pair
    text = text.slice(0, cut)
    issues.push({
      code: 'input_truncated', severity: 'warning',
      message: `input has ${input.length} UTF-16 units; only the first ${cut} were read`, span: { start: 0, end: cut },
    })
  }
  if (sample.letters >= 200 && sample.vietnamese / sample.letters < 0.02) {
    issues.push({ code: 'not_vietnamese', severity: 'warning', message: 'the text does not look Vietnamese; few items are expected' })
  }
  return text
}

/** One pass over the first {@link SAMPLE} units (the whole input when it has no visible unit there). */
function profile(input: string) {
  const length = Math.min(input.length, SAMPLE)
  let visible = 0
  let nul = 0
  let control = 0
  let letters = 0
  let vietnamese = 0
  for (let i = 0; i < length; i++) {
    const c = input.charCodeAt(i)
    if (c === 0) nul++
    else if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) control++
    } else if (c === 0xfffd) control++
    if (c > 0x20 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200f) && c !== 0xfeff && c !== 0x3000) visible++
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++
    else if (c >= 0xc0) {
      if (c < 0x1f00 && VIETNAMESE[c] === 1) {
        vietnamese++
        letters++
      } else if (!(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0x300 && c <= 0x36f)) letters++
    }
  }
  // Whitespace beyond the sample could hide text: look further only in that rare case.
  if (visible === 0 && input.length > SAMPLE && input.trim().length > 0) visible = 1
  return { length, visible, nul, control, letters, vietnamese }
}
