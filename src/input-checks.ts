import type { Issue } from './records/issue.ts'

const SAMPLE = 65_536
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/gu
const LETTER = /\p{L}/gu

/**
 * Screens raw input before extraction. Returns the text to read (cut to `maxLength`), or null
 * when there is nothing to read (empty or binary). Findings go to `issues`.
 */
export function screenInput(input: string, maxLength: number, issues: Issue[]): string | null {
  if (input.trim().length === 0) {
    issues.push({ code: 'input_empty', severity: 'info', message: 'input is empty or whitespace only' })
    return null
  }
  if (looksBinary(input)) {
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
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  const letters = sample.match(LETTER)?.length ?? 0
  const vietnamese = sample.normalize('NFC').match(VIETNAMESE_LETTER)?.length ?? 0
  if (letters >= 200 && vietnamese / letters < 0.02) {
    issues.push({ code: 'not_vietnamese', severity: 'warning', message: 'the text does not look Vietnamese; few items are expected' })
  }
  return text
}

function looksBinary(input: string): boolean {
  const sample = input.length > SAMPLE ? input.slice(0, SAMPLE) : input
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) return true
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) bad++
  }
  return bad > 8 && bad / sample.length > 0.05
}
