/**
 * Families of adversarial inputs, each a function of the wanted length in UTF-16 units. They are
 * the shapes that made some extractor super-linear or slow (issue 8) and more of the same kind:
 * runs of one character class, chains of half-matches, candidates that each read far ahead, and
 * structures that make one rule revisit another's work. The linear-time test runs every family at
 * n and 4n; `npm run fuzz` mixes them into its cases.
 */

/** `unit` repeated until the result has at least `n` units (never cut inside a surrogate pair). */
export function repeat(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length)))
}

/** `unit(i)` for i = 0, 1, 2 … joined until the result has at least `n` units. */
export function series(unit: (i: number) => string, n: number): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < n; i++) {
    const s = unit(i)
    parts.push(s)
    length += s.length
  }
  return parts.join('')
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ']
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Công']
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm',
  'Thắng', 'Thảo', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Yến', 'Khánh', 'Lâm', 'Nghĩa', 'Phúc', 'Toàn', 'Thịnh', 'Hưng', 'Đạt']
/** Distinct full names: 3,000 before they repeat. */
const name = (i: number) => `${SURNAMES[i % 10]} ${MIDDLES[Math.floor(i / 10) % 10]} ${GIVEN[Math.floor(i / 100) % 30]}`

export const ADVERSARIAL: Record<string, (n: number) => string> = {
  // Characters outside the BMP next to names and numbers (a /u regex stepping into a pair went back forever).
  'emoji-before-name': (n) => repeat('😀 Nguyễn An ', n),
  'emoji-glued-name': (n) => repeat('👍Nguyễn Văn An', n),
  'emoji-entity-html': (n) => `<p>${repeat('&#x1F600; Nguyễn Văn An ', n)}</p>`,
  'astral-mix': (n) => repeat('📌👉⭐𠀀 Ủy ban 12 đảng viên 𝐀 ', n),
  'emoji-only': (n) => repeat('😀', n),
  // Runs of sentence punctuation (each position used to re-read the run).
  'dots': (n) => repeat('.', n),
  'bangs': (n) => repeat('!', n),
  'ellipses': (n) => repeat('…', n),
  'dots-quotes': (n) => repeat('."', n),
  'capital-dots': (n) => repeat('A. ', n),
  // HTML that never closes what it opens.
  'html-bang-no-gt': (n) => `<p>x</p>${repeat('<!x ', n)}`,
  'html-comment-no-end': (n) => `<p>x</p>${repeat('<!-- ', n)}`,
  'html-open-tags': (n) => `<p>x</p>${repeat('<p', n)}`,
  'html-attr-unclosed': (n) => `<p>x</p><a href="${repeat('a', n)}`,
  'html-script-unclosed': (n) => `<p>x</p>${repeat('<script>', n)}`,
  'html-lt-run': (n) => `<p>x</p>${repeat('<', n)}`,
  'entity-soup': (n) => `<p>${repeat('&amp&#x&#;&valueOf;&constructor;&nbsp;&#1234567;&', n)}</p>`,
  // Numbers that each read far ahead for a subject.
  'dash-numbers': (n) => repeat('5-', n),
  'dash-words': (n) => repeat('5-đảng-viên-', n),
  'slash-numbers': (n) => repeat('1/', n),
  'dotted-number': (n) => repeat('1.000', n),
  'digits': (n) => repeat('1', n),
  'numbers-spaced': (n) => repeat('1 ', n),
  'percent-chain': (n) => repeat('tỷ lệ 5% ', n),
  'quote-then-numbers': (n) => `"${repeat(' 1', n)}`,
  'paren-counts': (n) => repeat('(5 đảng viên ', n),
  'breakdown-chain': (n) => repeat('trong đó 5 đảng viên, ', n),
  'counts-one-sentence': (n) => repeat('có 5 đảng viên, 3 chi bộ, 12,5% xã, ', n),
  'word-numbers': (n) => repeat('một hai ba bốn năm ', n),
  'periods-and-counts': (n) => repeat('6 tháng đầu năm 2023 có 5 đảng viên. ', n),
  'bodies-and-counts': (n) => repeat('Đảng bộ tỉnh có 15 đảng bộ trực thuộc. ', n),
  'quoted-sentences': (n) => `${repeat('"Chi bộ 4 tốt 1 2 3 ', 2000)}.\n${repeat('Toàn tỉnh có 5 đảng viên. ', n)}`,
  'paren-then-numbers': (n) => repeat('Có 5 đảng viên (3 nữ 2 nam 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ', n),
  // Documents.
  'document-chain': (n) => `Nghị quyết số ${repeat('21-NQ/', n)}`,
  'document-issuer-chain': (n) => `Kế hoạch số 29-KH/${repeat('TU-', n)}`,
  'document-refs': (n) => series((i) => `Nghị quyết số ${i}-NQ/TU ngày 1/2/2020 của Ban Thường vụ Tỉnh ủy về `, n),
  'document-of-chain': (n) => `Kế hoạch số 29-KH/TU của ${repeat('Ban ', n)}`,
  'document-about': (n) => `Kế hoạch số 29-KH/TU về ${repeat('a ', n)}`,
  // Dates.
  'day-dates': (n) => repeat('Chiều 12/7 ', n),
  'date-digits': (n) => repeat('12/7/', n),
  'year-ranges': (n) => repeat('2020-', n),
  // Grapheme clusters and marks.
  'combining-run': (n) => `a${repeat('\u0301', n)}`,
  'mixed-marks': (n) => `o${repeat('\u0302\u0301\u0323', n)}`,
  'hebrew-marks': (n) => `\u05d0${repeat('\u0591\u05b0', n)}`,
  'lone-surrogates': (n) => repeat('\ud800a\udc00', n),
  // Names, titles, roles and bodies.
  'capitalised-run': (n) => repeat('Nguyễn ', n),
  'capital-letters': (n) => repeat('A ', n),
  'one-long-word': (n) => repeat('Đ', n),
  'many-names': (n) => series((i) => `ông ${name(i)}, `, n),
  'chairs': (n) => series((i) => `${name(i)} chủ trì `, n),
  'chair-words': (n) => repeat('chủ trì chủ trì của ', n),
  'title-chain': (n) => repeat('Bí thư Tỉnh ủy, ', n),
  'title-names': (n) => series((i) => `Phó Chủ tịch UBND tỉnh ${name(i)}, `, n),
  'given-names': (n) => series((i) => `ông ${name(i)} và ông ${name(i).split(' ').pop()}, `, n),
  'honorifics': (n) => repeat('đồng chí ', n),
  'bodies': (n) => repeat('Ban Tổ chức Tỉnh ủy Hà Nội ', n),
  'body-list': (n) => `ban tổ chức các ${repeat('huyện ủy, ', n)}`,
  'working-with': (n) => repeat('làm việc với Tỉnh ủy Hà Nội và ', n),
  'meetings': (n) => series((i) => `Hội nghị ngày ${(i % 28) + 1}/10 do ông ${name(i)} chủ trì. `, n),
  // Percentages after a verb and its object, no newline anywhere: a look-back for the line's start must stop at its reach.
  'percent-objects': (n) => series((i) => `tăng lương cơ sở ${(i % 90) + 1}% và `, n),
  // Meeting kinds with a ';' nowhere: a look-back for the clause's start must stop at its window.
  'kinds-without-semicolons': (n) => series((i) => `hội nghị ${i % 9} và lễ trao ${i % 7}, `, n),
  'photo-credits': (n) => repeat('Ảnh: A ', n),
  'abbreviation-defs': (n) => repeat('đảng viên (ĐV) ', n),
  'provinces': (n) => repeat('Hà Nội ', n),
  // Layout.
  'newlines': (n) => repeat('\n', n),
  'carriage-returns': (n) => repeat('\r', n),
  'spaces': (n) => repeat(' ', n),
  'one-line-article': (n) => repeat('Đảng bộ tỉnh có 608 tổ chức cơ sở đảng với 49.820 đảng viên, tăng 331 so với cùng kỳ; ', n),
  'short-lines': (n) => repeat('Hội nghị\n', n),
  'repeated-paragraph': (n) => repeat('Chiều 12/7, Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.\n', n),
}
