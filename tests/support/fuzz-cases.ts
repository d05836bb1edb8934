/**
 * The inputs the fuzz property generates: characters outside the BMP next to names and numbers,
 * runs of combining marks and punctuation, HTML fragments and broken markup, entity soup, arbitrary
 * UTF-16 (lone surrogates included), adversarial families at small sizes, and real articles mutated
 * by inserting, deleting, duplicating and re-encoding pieces of them.
 */
import fc from 'fast-check'
import { ADVERSARIAL } from './adversarial.ts'

const ASTRAL = ['😀', '👍', '📌', '👉', '⭐', '𠀀', '𝐀', '🇻🇳', '👨‍👩‍👧', '\u{10FFFF}', '\u{E0041}']
const MARKS = ['\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u031b', '\u0323', '\u0591', '\u05b0', '\u064b', '\u0e31', '\u20d0', '\ufe20', '\u034f']
const PUNCTUATION = ['.', '!', '?', '…', '"', "'", ')', ']', '(', ',', ';', ':', '-', '–', '—', '/', '|', '“', '”', '%']
const HTML = [
  '<p>', '</p>', '<p', '</p', '<br/>', '<div class="x">', '</div>', '<!', '<!--', '-->', '<!DOCTYPE html>', '<script>', '</script>',
  '<style>', '</style', '<a href="', '<a href="javascript:alert(1)">', '">', '<img onerror=alert(1) src=x>', '<', '>', '<<', '>>',
  '<h1>', '</h1>', '<li>', '<table><tr><td>', '<noscript>', '<template>', '<title>', '</title>', '<meta name="x" content="y">',
]
const ENTITIES = ['&', '&amp', '&amp;', '&#', '&#;', '&#x', '&#x1F600;', '&#xD800;', '&#0;', '&#1114112;', '&nbsp;', '&valueOf;', '&toString;',
  '&constructor;', '&__proto__;', '&hasOwnProperty;', '&agrave;', '&Ecirc;', '&quot;', '&#8211;', '&ldquo;']
const VIETNAMESE = [
  'Kế hoạch số ', '29-KH/TU', ', ngày ', '14/01/2022', ' của ', 'Ban Thường vụ Tỉnh ủy', ' về ', 'Chiều 12/7', 'Sáng 26.2', '.', ' ',
  '\n', '\r\n', 'Nghị quyết số 77', '35- NQ/TW', '30/2020/NĐ-CP', '55/2014/QH13', '49.820', '57,5%', '608 tổ chức cơ sở đảng',
  'đảng viên', 'tăng 331', 'Ảnh: ', 'LÊ PHI', '09:11, 10/11/2021', 'nhiệm kỳ 2020-2025', '6 tháng đầu năm', 'quý III/2023',
  'đồng chí ', 'ông ', 'Nguyễn Văn An', 'Phan Văn Phụng', 'Trần Thị Hà', 'Bí thư Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh', 'chủ trì',
  'Hội nghị', 'hội nghị sơ kết', 'làm việc với', 'Đảng ủy Khối', 'Hà Nội', 'TP. Hồ Chí Minh', 'TP.', 'Huyện ủy', 'xã, phường',
  'trong đó', '(', ')', 'mười lăm', 'một trăm linh năm', 'XIV', 'khóa XIII', 'đạt 100%', 'chỉ tiêu', '20 triệu đồng', '35 ha',
  'constructor', '__proto__', 'toString', 'Constructor',
]

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VIETNAMESE) },
  { weight: 2, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...HTML) },
  { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
)

/** Vietnamese-like fragments mixed with astral characters, marks, punctuation, markup and entities. */
export const fragments = fc.array(piece, { maxLength: 80 }).map((p) => p.join(''))

/** A base letter with a run of combining marks (Node's NFC is quadratic on a long one). */
export const markRuns = fc.tuple(fc.constantFrom('a', 'o', 'Ư', 'x', ' ', '\n', '1'), fc.array(fc.constantFrom(...MARKS), { maxLength: 400 }), fragments)
  .map(([base, marks, tail]) => base + marks.join('') + tail)

/** Runs of sentence punctuation around words. */
export const punctuationRuns = fc.array(fc.oneof(fc.constantFrom(...PUNCTUATION).chain((p) => fc.integer({ min: 1, max: 60 }).map((n) => p.repeat(n))), fc.constantFrom(...VIETNAMESE)), { maxLength: 30 })
  .map((p) => p.join(''))

/** HTML fragments and broken markup with text between. */
export const markup = fc.array(fc.oneof(fc.constantFrom(...HTML), fc.constantFrom(...ENTITIES), fc.constantFrom(...VIETNAMESE)), { maxLength: 60 })
  .map((p) => p.join(''))

/** Arbitrary UTF-16, lone surrogates and controls included. */
export const anyUnicode = fc.string({ unit: 'binary', maxLength: 400 })

/** An adversarial family at a small size. */
export const smallAdversarial = fc.tuple(fc.constantFrom(...Object.keys(ADVERSARIAL)), fc.integer({ min: 1, max: 600 }))
  .map(([family, n]) => ADVERSARIAL[family]!(n))

type Edit = { at: number; kind: 'insert' | 'delete' | 'duplicate' | 'nfd' | 'crlf' | 'cut' | 'html'; piece: string; length: number }
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'insert', 'insert', 'delete', 'duplicate', 'nfd', 'crlf', 'cut', 'html'),
  piece: fc.oneof(piece, fc.constantFrom(...ASTRAL)),
  length: fc.integer({ min: 1, max: 400 }),
})

function applyEdit(text: string, e: Edit): string {
  const at = text.length ? e.at % (text.length + 1) : 0
  const to = Math.min(text.length, at + e.length)
  switch (e.kind) {
    case 'insert': return text.slice(0, at) + e.piece + text.slice(at)
    case 'delete': return text.slice(0, at) + text.slice(to)
    case 'duplicate': return text.slice(0, to) + text.slice(at, to) + text.slice(to)
    case 'nfd': return text.slice(0, at) + text.slice(at, to).normalize('NFD') + text.slice(to)
    case 'crlf': return text.slice(0, at) + text.slice(at, to).replace(/\n/g, '\r\n').replace(/ /g, '\u00a0') + text.slice(to)
    case 'cut': return text.slice(0, at) // may cut a surrogate pair in two
    case 'html': return `<p>${text.slice(0, at)}</p>${e.piece}<div>${text.slice(at)}`
  }
}

/** Real articles (read by the caller), each mutated by a few edits. */
export function mutatedArticles(articles: readonly string[]): fc.Arbitrary<string> {
  if (articles.length === 0) return fragments
  return fc.tuple(fc.constantFrom(...articles), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([article, edits]) => edits.reduce(applyEdit, article))
}

/** Every kind of case, weighted so that a run of 10,000 takes seconds, not minutes. */
export function fuzzInputs(articles: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fragments },
    { weight: 2, arbitrary: markRuns },
    { weight: 2, arbitrary: punctuationRuns },
    { weight: 3, arbitrary: markup },
    { weight: 2, arbitrary: anyUnicode },
    { weight: 2, arbitrary: smallAdversarial },
    { weight: 1, arbitrary: mutatedArticles(articles) },
  )
}
