/**
 * Bytes to text for the CLI: UTF-8 (a BOM dropped), UTF-16 by its BOM or by its shape (zero bytes
 * in every other position), Windows-1258 when the bytes are not UTF-8 but read as Vietnamese in
 * that code page. Anything else is named for what it looks like, not called "binary".
 */

export type Decoded =
  | { ok: true; text: string; encoding: string; note: string | null }
  | { ok: false; code: 'binary' | 'encoding'; message: string }

const UTF8 = new TextDecoder('utf-8', { fatal: true })
const UTF8_LOSSY = new TextDecoder('utf-8')

/** Letters of Vietnamese written in Windows-1258 (after decoding), with its combining tone marks. */
const VIETNAMESE_1258 = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]/gu

/** Decodes a file's or a stream's bytes; `truncated` says the bytes are a prefix (a cut sequence at the end is not an error). */
export function decodeBytes(bytes: Uint8Array, truncated = false): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), truncated, 'utf-8 (BOM)')
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le', 'UTF-16LE (BOM)')
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be', 'UTF-16BE (BOM)')
  const shape = utf16Shape(bytes)
  if (shape) return utf16(bytes, shape, `${shape.toUpperCase()} (no BOM)`)
  const zeros = countZeros(bytes, 0, Math.min(bytes.length, 65_536))
  if (zeros > 0) return { ok: false, code: 'binary', message: `${zeros} NUL bytes in the first ${Math.min(bytes.length, 65_536)}: binary data, not text` }
  return utf8(bytes, truncated, 'utf-8')
}

function utf8(bytes: Uint8Array, truncated: boolean, encoding: string): Decoded {
  const body = truncated ? withoutCutSequence(bytes) : bytes
  try {
    return { ok: true, text: UTF8.decode(body), encoding, note: null }
  } catch {
    return notUtf8(body)
  }
}

/** Bytes that are not valid UTF-8: a few bad sequences in UTF-8 text, Windows-1258 Vietnamese, or another single-byte code page. */
function notUtf8(bytes: Uint8Array): Decoded {
  const lossy = UTF8_LOSSY.decode(bytes)
  let bad = 0
  let nonAscii = 0
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i)
    if (c === 0xfffd) bad++
    else if (c >= 0x80) nonAscii++
  }
  // Mostly valid UTF-8 with a few broken sequences (a scraper's cut): keep it, say so.
  if (bad <= Math.max(2, nonAscii / 50)) {
    return { ok: true, text: lossy, encoding: 'utf-8', note: `${bad} invalid UTF-8 sequence${bad === 1 ? '' : 's'} replaced by U+FFFD` }
  }
  const cp1258 = new TextDecoder('windows-1258').decode(bytes)
  const vietnamese = cp1258.match(VIETNAMESE_1258)?.length ?? 0
  const high = bytes.reduce((n, b) => n + (b >= 0x80 ? 1 : 0), 0)
  if (vietnamese >= 3 && vietnamese >= high / 3) {
    return { ok: true, text: cp1258, encoding: 'windows-1258', note: 'not UTF-8: decoded as Windows-1258 (Vietnamese)' }
  }
  return {
    ok: false, code: 'encoding',
    message: `not UTF-8 (${bad} invalid sequences): looks like a single-byte code page such as ISO-8859-1 / Windows-1252; convert it to UTF-8`,
  }
}

function utf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', encoding: string): Decoded {
  const even = bytes.length - (bytes.length % 2)
  return { ok: true, text: new TextDecoder(label).decode(bytes.subarray(0, even)), encoding, note: `decoded as ${encoding}` }
}

/** UTF-16 without a BOM: ASCII and Vietnamese text has a zero byte in most odd (LE) or even (BE) positions. */
function utf16Shape(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 8) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

function countZeros(bytes: Uint8Array, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (bytes[i] === 0) n++
  return n
}

/** A prefix of UTF-8 bytes without a multi-byte sequence cut at its end. */
function withoutCutSequence(bytes: Uint8Array): Uint8Array {
  let i = bytes.length
  let back = 0
  while (i > 0 && back < 4 && (bytes[i - 1]! & 0xc0) === 0x80) {
    i--
    back++
  }
  if (i === 0) return bytes
  const lead = bytes[i - 1]!
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return need > back + 1 ? bytes.subarray(0, i - 1) : bytes
}
