import { execAt } from '../engine/step.ts'

/**
 * Named HTML entities seen in Vietnamese news pages (numeric ones are decoded generically). A Map,
 * not a plain object: `&valueOf;` or `&constructor;` must not find Object.prototype's members.
 */
const NAMED = new Map<string, string>(Object.entries({
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', bull: '•', copy: '©',
  reg: '®', deg: '°', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê', igrave: 'ì',
  iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Igrave: 'Ì',
  Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
}))
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));/y

/** Decodes the entity starting at `at`, or returns null when there is none. */
export function decodeEntity(input: string, at: number): { text: string; length: number } | null {
  const m = execAt(ENTITY, input, at)
  if (!m) return null
  if (m[3] !== undefined) {
    const t = NAMED.get(m[3])
    return t === undefined ? null : { text: t, length: m[0].length }
  }
  const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16)
  if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return { text: '\ufffd', length: m[0].length }
  return { text: String.fromCodePoint(code), length: m[0].length }
}
