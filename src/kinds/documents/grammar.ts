import { DOCUMENT_TYPES } from '../../lexicon/document-types.ts'
import { defineGrammar } from '../../grammars/build.ts'
import { matchAny, WORD_CHAR } from '../../grammars/compose.ts'

/** Every type word and alias, both first-letter cases, longest first. */
const typeWord = () =>
  matchAny(DOCUMENT_TYPES.flatMap((t) => [t.name, ...('aliases' in t ? t.aliases : [])]), { capitalFirst: true })

/** One abbreviation group of a code: `KH`, `QĐi`, `CTr`, `TW`, `ĐUK`, `BTCTU`, `TƯ`, `TH.U`, `BCĐCCTPTW`. */
const CODE_PART = `[A-ZĐƯ] [A-Za-zĐđƯư]{0,11} (?: \\. [A-ZĐƯ][A-Za-zĐđƯư]{0,3} )?`

/** Party form: `29-KH/TU`, `08-QĐi/TW`, `97-KH/ĐUK`, `35- NQ/TW`. */
const PARTY_CODE = `(?<pnum> \\d{1,4} ) \\x20? - \\x20? (?<ptype> ${CODE_PART} ) / (?<pissuer> ${CODE_PART} (?: - ${CODE_PART} ){0,3} )`
/** Law form: `55/2014/QH13`, `12/2019/UBTVQH14`. */
const LAW_CODE = `(?<lnum> \\d{1,4} ) / (?<lyear> (?:19|20)\\d\\d ) / (?<lissuer> (?:UBTV)?QH ) (?<lterm> \\d{1,2} )`
/** State form: `30/2020/NĐ-CP`, `339/QĐ-TTg`, `01/2024/TT-BNV`, `233/NQ-ĐU`, `45/UBND-NC`. */
const STATE_CODE = `(?<snum> \\d{1,5} ) / (?: (?<syear> (?:19|20)\\d\\d ) / )? (?<sparts> ${CODE_PART} (?: - ${CODE_PART} ){1,4} )`

/**
 * A coded reference, with or without its type word: `Kế hoạch số 29-KH/TU`,
 * `Nghị định số 30/2020/NĐ-CP`, `Quyết định 339/QĐ-TTg`, `Luật số 55/2014/QH13`,
 * `Số: 12-HD/BTCTU`, or a bare `21-NQ/TW`.
 */
export const CODED_DOCUMENT = defineGrammar('document-ref/coded', `
  (?: (?<type> {{typeWord}} ) \\x20 (?: [Ss]ố \\x20? :? \\x20? )?    # Kế hoạch số ▸   Nghị định ▸
    | [Ss]ố \\x20? :? \\x20? )?                                      # Số: ▸12-HD/BTCTU
  (?<code> ${LAW_CODE} | ${PARTY_CODE} | ${STATE_CODE} )             # law first: 55/2014/QH13 also fits the state form
  (?![${WORD_CHAR}])
`, () => ({ typeWord: typeWord() }))

/**
 * A type word and a number with no code: `Nghị quyết số 77`, `Chỉ thị số 35`, `Chỉ thị 05`.
 * A number followed by a code separator is left to the coded grammar.
 */
export const BARE_DOCUMENT = defineGrammar('document-ref/bare', `
  (?<type> {{typeWord}} ) \\x20 (?<so> [Ss]ố \\x20? :? \\x20? )? (?<number> \\d{1,5} )
  (?! [${WORD_CHAR}] | \\x20?[-/]\\x20?[\\p{L}\\d] | [.,]\\d )
`, () => ({ typeWord: typeWord() }))

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
  | cho | của | năm | giai | nhiệm | số | các | những | này | đó | việc | thì | mà | sẽ | đang | vừa | ban \\x20 hành | quy | về )`

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
