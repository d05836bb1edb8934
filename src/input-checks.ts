import { forEachMatch } from './engine/step.ts'
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
  // Read from the first {@link SAMPLE} units, each only as far as its question needs.
  const length = Math.min(input.length, SAMPLE)
  const sample = input.length > SAMPLE ? input.slice(0, SAMPLE) : input
  if (!hasVisible(input, length)) {
    issues.push({ code: 'input_empty', severity: 'info', message: 'input is empty or whitespace only' })
    return null
  }
  const control = controlCount(sample)
  if (control < 0 || (control > 8 && control / length > 0.05)) {
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
  if (looksForeign(input, length)) {
    issues.push({ code: 'not_vietnamese', severity: 'warning', message: 'the text does not look Vietnamese; few items are expected' })
  }
  return text
}

/** True when a unit among the first `length` is visible (not a space, control or zero-width unit); whitespace beyond them is looked past only then. */
function hasVisible(input: string, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const c = input.charCodeAt(i)
    if (c > 0x20 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200f) && c !== 0xfeff && c !== 0x3000) return true
  }
  return input.length > SAMPLE && input.trim().length > 0
}

/** Control units (below U+0020 but tab and line ends; NUL among them) and U+FFFD, found by a regex scan: a few at most in real text. */
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffd]/g

/** How many units of `sample` are control units or U+FFFD, or −1 when one is NUL (the scan stops there). */
function controlCount(sample: string): number {
  let count = 0
  forEachMatch(CONTROL, sample, (m) => {
    if (m[0] !== '\0') count++
    else {
      count = -1
      return 'stop'
    }
  })
  return count
}

/**
 * True when among the first `length` units there are 200 letters or more and fewer than 2 % of
 * them are letters only Vietnamese uses. The counting stops as soon as the Vietnamese letters are
 * 2 % of `length` (an upper bound on the letters): in Vietnamese text, after a few hundred units.
 */
function looksForeign(input: string, length: number): boolean {
  let letters = 0
  let vietnamese = 0
  for (let i = 0; i < length; i++) {
    const c = input.charCodeAt(i)
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++
    else if (c >= 0xc0) {
      if (c < 0x1f00 && VIETNAMESE[c] === 1) {
        vietnamese++
        letters++
        if (vietnamese * 50 >= length) return false
      } else if (!(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0x300 && c <= 0x36f)) letters++
    }
  }
  return letters >= 200 && vietnamese / letters < 0.02
}
