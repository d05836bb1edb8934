import { PARTS_OF_DAY, PERIOD_ANCHORS } from '../../lexicon/time-words.ts'
import { defineGrammar } from '../../grammars/build.ts'
import { matchAny, WORD_CHAR } from '../../grammars/compose.ts'

const partOfDay = () => matchAny(Object.keys(PARTS_OF_DAY), { capitalFirst: true })
const END = `(?![${WORD_CHAR}]|[/.-]\\d)`

/**
 * A day: `ngày 14/01/2022`, `16/6/2022`, `ngày 14-6-2024`, `Sáng 26.2`, `Chiều 12/7`,
 * `Chiều 10-11`, `Ngày 5/10`, `ngày 14 tháng 6 năm 2024`. Without a year, a cue (part of day
 * or `ngày`/`hôm`) is required; the extractor checks that.
 */
export const DAY_DATE = defineGrammar('date/day', `
  (?: (?<pod> {{partOfDay}} ) \\x20 (?: (?:hôm\\x20)? nay \\x20 )? (?: \\(? [Nn]gày \\x20 )?   # Chiều ▸12/7   Sáng nay (ngày ▸…
    | (?<cue> [Nn]gày | [Hh]ôm ) \\x20 )?                                          # ngày ▸14/01/2022
  (?: (?<d> \\d{1,2} )
      (?: / (?<m1> \\d{1,2} ) (?: / (?<y1> \\d{4} ) )?                           # 12/7   14/01/2022
        | - (?<m2> \\d{1,2} ) (?: - (?<y2> \\d{4} ) )?                           # 10-11  14-6-2024
        | \\. (?<m3> \\d{1,2} ) (?: \\. (?<y3> \\d{4} ) )? )                      # 26.2   (Lao Động style)
    | (?<dw> \\d{1,2} ) \\x20 tháng \\x20 (?<mw> \\d{1,2} ) (?: \\x20 năm \\x20 (?<yw> \\d{4} ) )? )   # 14 tháng 6 năm 2024
  ${END}
`, () => ({ partOfDay: partOfDay() }))

/** A month: `tháng 7/2024`, `tháng 7 năm 2024`, `tháng 12`. */
export const MONTH_DATE = defineGrammar('date/month', `
  [Tt]háng \\x20 (?<m> \\d{1,2} ) (?: \\x20? / \\x20? (?<y> \\d{4} ) | \\x20 năm \\x20 (?<y2> \\d{4} ) )?
  ${END}
`)

/** A year: `năm 2023`. */
export const YEAR_DATE = defineGrammar('date/year', `
  [Nn]ăm \\x20 (?<y> (?:19|20|21)\\d\\d ) (?![${WORD_CHAR}]|\\x20?-\\x20?\\d|[/.,]\\d)
`)

/** A quarter: `quý III/2023`, `quý 2 năm 2024`, `quý IV`. */
export const QUARTER_DATE = defineGrammar('date/quarter', `
  [Qq]uý \\x20 (?<q> IV | I{1,3} | [1-4] ) (?: \\x20? / \\x20? (?<y> \\d{4} ) | \\x20 năm \\x20 (?<y2> \\d{4} ) )?
  ${END}
`)

/**
 * Months of a year: `6 tháng đầu năm 2024`, `6 tháng cuối năm`, `9 tháng năm 2023`,
 * `3 tháng cuối năm`, and a bare `Trong 9 tháng` or `quý III/2023 và 9 tháng` (not `trong 6 tháng
 * qua`: the extractor checks).
 */
export const PERIOD_DATE = defineGrammar('date/period', `
  (?: (?<n> \\d{1,2} | ba | sáu | chín ) \\x20 tháng \\x20 (?: (?<which> {{anchor}} ) \\x20 )? năm
      (?: \\x20 (?<y> (?:19|20|21)\\d\\d ) (?![${WORD_CHAR}]) )?
    | (?: [Tt]rong | và ) \\x20 (?<bare> 3 | 6 | 9 | ba | sáu | chín ) \\x20 tháng (?! \\x20 (?: {{anchor}} | năm ) ) )
  (?![${WORD_CHAR}])
`, () => ({ anchor: matchAny(Object.keys(PERIOD_ANCHORS)) }))

/** A term or a span of years: `nhiệm kỳ 2020-2025`, `giai đoạn 2024 - 2026`, `năm 2002-2017`, `từ năm 2010 đến nay`. */
export const YEAR_RANGE = defineGrammar('date/year-range', `
  (?: (?<term> [Nn]hiệm \\x20 kỳ ) \\x20 (?<a> \\d{4} ) \\x20? - \\x20? (?<b> \\d{4} )
    | (?<stage> [Gg]iai \\x20 đoạn | [Nn]ăm ) \\x20 (?<a2> \\d{4} ) \\x20? - \\x20? (?<b2> \\d{4} )
    | [Tt]ừ \\x20 (?:năm \\x20)? (?<from> \\d{4} ) \\x20 (?:đến|tới) \\x20 (?: (?<now> nay | hiện \\x20 nay ) | (?:năm \\x20)? (?<to> \\d{4} ) ) )
  (?![${WORD_CHAR}])
`)

/**
 * A publication stamp: `09:11, 10/11/2021`, `13/07/2023 12:27`, `Cập nhật lúc : 13/07/2023 12:27`,
 * `Thứ Tư, 10/11/2021 - 09:11`. Only a stamp near the top or bottom, on a short line, counts.
 */
export const PUBLICATION_STAMP = defineGrammar('date/publication-stamp', `
  (?: (?<h1> \\d{1,2} ) : (?<mi1> \\d{2} ) (?: : \\d{2} )? (?: \\x20? ,? \\x20? \\(? GMT\\+7 \\)? )? \\x20? ,? \\x20?
      (?: [Tt]hứ \\x20 [\\p{L}]{2,4} \\x20? , \\x20? | [Cc]hủ \\x20 nhật \\x20? , \\x20? )?
      (?<d1> \\d{1,2} ) / (?<m1> \\d{1,2} ) / (?<y1> \\d{4} )
    | (?<d2> \\d{1,2} ) / (?<m2> \\d{1,2} ) / (?<y2> \\d{4} )
      (?: \\x20? [,|-]? \\x20? (?<h2> \\d{1,2} ) : (?<mi2> \\d{2} ) (?: : \\d{2} )? )? )
  (?![${WORD_CHAR}]|[/.:]\\d)
`)
