import { DOCUMENT_TYPES } from '../../lexicon/document-types.ts'
import { defineGrammar } from '../../grammars/build.ts'
import { matchAny, WORD_CHAR } from '../../grammars/compose.ts'

/** Every type word and alias, both first-letter cases, longest first. */
const typeWord = () =>
  matchAny(DOCUMENT_TYPES.flatMap((t) => [t.name, ...('aliases' in t ? t.aliases : [])]), { capitalFirst: true })

/**
 * One abbreviation group of a code: `KH`, `QĐi`, `CTr`, `TW`, `ĐUK`, `BTCTU`, `TƯ`, `TH.U`, `BCĐCCTPTW`.
 * `Ð` (U+00D0, the Icelandic eth some sites type for `Đ`) is read as `Đ`: `58/2025/NÐ-CP`.
 */
const CODE_PART = `[A-ZĐƯ\u00d0] [A-Za-zĐđƯư\u00d0]{0,11} (?: \\. [A-ZĐƯ\u00d0][A-Za-zĐđƯư\u00d0]{0,3} )?`
/** A code's separators, with the space journalists sometimes leave after them: `845/UBND- KT`, `12- NQ/TU`, `12-NQ/ TU`. */
const DASH = `- \\x20?`
const SLASH = `/ \\x20?`

/** Party form: `29-KH/TU`, `08-QĐi/TW`, `97-KH/ĐUK`, `35- NQ/TW`. */
const PARTY_CODE = `(?<pnum> \\d{1,4} ) \\x20? ${DASH} (?<ptype> ${CODE_PART} ) ${SLASH} (?<pissuer> ${CODE_PART} (?: - ${CODE_PART} ){0,3} )`
/** Law form: `55/2014/QH13`, `12/2019/UBTVQH14`, `60/2018/QH 14` (a space before the term). */
const LAW_CODE = `(?<lnum> \\d{1,4} ) / (?<lyear> (?:19|20)\\d\\d ) / (?<lissuer> (?:UBTV)?QH ) \\x20? (?<lterm> \\d{1,2} )`
/** State form: `30/2020/NĐ-CP`, `339/QĐ-TTg`, `01/2024/TT-BNV`, `233/NQ-ĐU`, `45/UBND-NC`. */
const STATE_CODE = `(?<snum> \\d{1,5} ) ${SLASH} (?: (?<syear> (?:19|20)\\d\\d ) / )? (?<sparts> ${CODE_PART} (?: ${DASH} ${CODE_PART} ){1,4} )`
/**
 * One part after the number, no dash: `Công văn số 1611/BDN`, `Văn bản số 12/SNV`; all capitals, two
 * letters or more. Taken only after a type word (checked in code): `số 5/A` is an address.
 */
const SINGLE_CODE = `(?<onum> \\d{1,5} ) / (?<opart> [A-ZĐ\u00d0] [A-ZĐƯ\u00d0]{1,11} ) (?! [-/] )`

/** {@link CODE_TURN}'s pattern (also read by {@link DOCUMENT_ANCHOR}). */
const CODE_TURN_PATTERN = `
  [-/] (?: \\x20? | (?:19|20)\\d\\d / ) [A-ZĐƯ\u00d0]
  (?<= \\d \\x20? - \\x20? [A-ZĐƯ\u00d0] | \\d / \\x20? (?: (?:19|20)\\d\\d / )? [A-ZĐƯ\u00d0] )
`
/**
 * Where a code turns from its number to its letters (`29-K`, `30/2020/N`, `339/Q`, `55/2014/Q`,
 * `845/ U`): the anchor {@link CODED_DOCUMENT} starts from. Every code form holds it, its separator
 * at most six units after the number's first digit. Led by the separator (`-` or `/`, rarer than a
 * digit: V8 scans for it 1.5× faster), the number read backwards from there.
 */
export const CODE_TURN = defineGrammar('document-ref/code-turn', CODE_TURN_PATTERN)

/** The first units of every type word and alias and of `số`, in both cases. */
const LEAD_WORD_FIRST = new Set([...DOCUMENT_TYPES.flatMap((t) => [t.name, ...('aliases' in t ? t.aliases : [])]), 'số']
  .flatMap((w) => [w.charCodeAt(0), w[0]!.toLowerCase().charCodeAt(0), w[0]!.toUpperCase().charCodeAt(0)]))
/**
 * Whether a {@link CODED_DOCUMENT} or {@link BARE_DOCUMENT} match can start with unit `c`: a digit, or the
 * first unit of a type word or `số` (the probes before an anchor are skipped at every other unit).
 */
export const documentStartsAt = (c: number): boolean => (c >= 0x30 && c <= 0x39) || LEAD_WORD_FIRST.has(c)

/** The most units before a code's number: the longest type word, a space, `Số : `. */
const CODED_LEAD = Math.max(...DOCUMENT_TYPES.flatMap((t) => [t.name, ...('aliases' in t ? t.aliases : [])]).map((w) => w.length)) + ' Số : '.length
/** The most units from a code's number to its separator: five digits and a space. */
const CODE_NUMBER_MAX = 5 + 1

/**
 * A coded reference, with or without its type word: `Kế hoạch số 29-KH/TU`,
 * `Nghị định số 30/2020/NĐ-CP`, `Quyết định 339/QĐ-TTg`, `Luật số 55/2014/QH13`,
 * `Số: 12-HD/BTCTU`, or a bare `21-NQ/TW`.
 */
export const CODED_DOCUMENT = defineGrammar('document-ref/coded', `
  (?: (?<type> {{typeWord}} ) \\x20 (?: [Ss]ố \\x20? :? \\x20? )?    # Kế hoạch số ▸   Nghị định ▸
    | [Ss]ố \\x20? :? \\x20? )?                                      # Số: ▸12-HD/BTCTU
  (?<code> ${LAW_CODE} | ${PARTY_CODE} | ${STATE_CODE} | ${SINGLE_CODE} )   # law first: 55/2014/QH13 also fits the state form
  (?![${WORD_CHAR}])
`, () => ({ typeWord: typeWord() }), { anchor: { grammar: CODE_TURN, lead: CODED_LEAD + CODE_NUMBER_MAX }, indices: true }) // a match's `type` range is read

/** What may not follow a bare number: a letter or digit, a code separator, a decimal part, a percent sign. */
const BARE_NUMBER_END = `(?! [${WORD_CHAR}] | \\x20?[-/]\\x20?[\\p{L}\\d] | [.,]\\d | \\x20?% )`

/** {@link BARE_NUMBER}'s pattern (also read by {@link DOCUMENT_ANCHOR}). */
const BARE_NUMBER_PATTERN = `
  \\d (?<= {{typeWord}} \\x20 (?: [Ss]ố \\x20? :? \\x20? )? \\d )
  (?= \\d{0,4} (?!\\d) (?: (?: \\x20? , \\x20? | \\x20 và \\x20 ) \\d | ${BARE_NUMBER_END} ) )   # the number ends a reference or a list goes on: not 339/QĐ
`
/**
 * The first digit of a number written right after a type word (`Nghị quyết số ▸77`, `Chỉ thị ▸05`): the
 * anchor {@link BARE_DOCUMENT} starts from. Led by a digit, the type word read backwards from there
 * (a lookbehind after the digit costs only at digits), so a scan finds only the numbers of references.
 */
export const BARE_NUMBER = defineGrammar('document-ref/bare-number', BARE_NUMBER_PATTERN, () => ({ typeWord: typeWord() }))

/**
 * Where either anchor matches: {@link CODE_TURN} (led by `-` or `/`) or {@link BARE_NUMBER} (led by a
 * digit), in one scan instead of one each (the digits' scan costs the most, and V8 runs both first
 * units' checks in one pass). A match led by `-` or `/` is a code turn, one led by a digit a bare
 * number (see anchors.ts).
 */
export const DOCUMENT_ANCHOR = defineGrammar('document-ref/anchor', `
  (?: ${CODE_TURN_PATTERN} ) | (?: ${BARE_NUMBER_PATTERN} )
`, () => ({ typeWord: typeWord() }))

/**
 * A type word and a number with no code: `Nghị quyết số 77`, `Chỉ thị số 35`, `Chỉ thị 05`; or a
 * list of numbers after one type word (`more`): `các đề án 05, 07, 08`, `Nghị quyết số 18 và 19`,
 * each number a document of its own. A number followed by a code separator is left to the coded
 * grammar (`Nghị quyết số 18, 19-NQ/TW`: the list stops at 18, the code's number is read there).
 */
export const BARE_DOCUMENT = defineGrammar('document-ref/bare', `
  (?<type> {{typeWord}} ) \\x20 (?<so> [Ss]ố \\x20? :? \\x20? )? (?<number> \\d{1,5} )
  (?<more> (?: (?: \\x20? , \\x20? | \\x20 và \\x20 ) \\d{1,5} (?!\\d) ){1,9} )?
  ${BARE_NUMBER_END}
`, () => ({ typeWord: typeWord() }), { anchor: { grammar: BARE_NUMBER, lead: CODED_LEAD }, indices: true }) // a match's `type` range is read

/**
 * What follows a reference: `, ngày 14/01/2022`, ` ngày 14-6-2024`, ` ban hành ngày 5 tháng 3 năm 2020`,
 * ` ngày 4/7` (the year then comes from the date resolver, as for any day written without one).
 * Day, month and year are captured in each written form (`d1`/`m1`/`y1` … `d4`/`m4`/`y4`).
 */
export const DOCUMENT_DATE_TAIL = defineGrammar('document-ref/date-tail', `
  \\x20? ,? \\x20? (?: \\( \\x20? )? (?: ban \\x20 hành \\x20 )? (?<cue> [Nn]gày | ngày \\x20 ký ) \\x20
  (?<date> (?<d1> \\d{1,2} ) (?: / (?<m1> \\d{1,2} ) (?: / (?<y1> \\d{4} ) )? | - (?<m2> \\d{1,2} ) (?: - (?<y2> \\d{4} ) )? | \\. (?<m3> \\d{1,2} ) \\. (?<y3> \\d{4} ) )
         | (?<d4> \\d{1,2} ) \\x20 tháng \\x20 (?<m4> \\d{1,2} ) (?: \\x20 năm \\x20 (?<y4> \\d{4} ) )? )
  (?![${WORD_CHAR}]|[/.-]\\d)
`)

/** Words that end an issuing body's name ("của Bộ Chính trị về …", "… khóa XIII"). */
const BODY_STOP = `(?: về | khóa | khoá | ngày | nhằm | trong | đối | với | và | đã | được | để | theo | tại | từ | đến | có | là
  | cho | của | năm | giai | nhiệm | số | các | những | này | đó | việc | thì | mà | sẽ | đang | vừa | ban \\x20 hành | quy | về | do )`

/**
 * `của <body>` and an optional `khóa XIII` after a reference or its date: `của Ban Thường vụ
 * Tỉnh ủy`, `của Ban Chấp hành Trung ương Đảng khóa XIII`, `của Bộ Chính trị`. The body starts
 * with a capital and runs until a stop word or punctuation (at most ten words).
 */
export const DOCUMENT_BODY_TAIL = defineGrammar('document-ref/body-tail', `
  ,? \\x20 của \\x20
  (?<body> \\p{Lu} [${WORD_CHAR}]* (?: \\x20 (?! ${BODY_STOP} (?![${WORD_CHAR}]) ) [\\p{L}] [${WORD_CHAR}]* ){0,9} )
  (?: \\x20? \\(? \\x20? (?: khóa | khoá | Khóa | Khoá ) \\x20 (?<term> [IVXLC]{1,7} | \\d{1,2} ) \\)? )?
  (?![${WORD_CHAR}])
`)

/** `về <subject>` right after a reference or its tails; the subject runs to `;`, `(`, or the sentence end. */
export const DOCUMENT_SUBJECT_TAIL = defineGrammar('document-ref/subject-tail', `
  ,? \\x20 về \\x20 (?<subject> [^;.\\n(\\x20] (?: [^;.\\n(] | \\.(?=[\\p{L}\\p{N}]) ){0,600} )
`)

/** The words between "về" and the next reference that make it "implements": `về thực hiện`, `về việc triển khai thực hiện`. */
export const IMPLEMENTS_LEAD = defineGrammar('document-ref/implements-lead', `
  ^ (?: (?:việc|tiếp \\s tục|đẩy \\s mạnh|lãnh \\s đạo, \\s chỉ \\s đạo|lãnh \\s đạo|chỉ \\s đạo|tổ \\s chức) \\s+ ){0,3}
  (?: triển \\s khai \\s+ )? (?: thực \\s hiện | triển \\s khai | quán \\s triệt | cụ \\s thể \\s hóa | sơ \\s kết | tổng \\s kết )
  (?: \\s+ (?: việc \\s+ thực \\s hiện | có \\s hiệu \\s quả ) )? \\s* $
`)
