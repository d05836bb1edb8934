import {
  CLOCK_WORDS, DAY_PREFIXES, PARTS_OF_DAY, PERIOD_ANCHORS, RELATIVE_DAY_CUES, RELATIVE_DAYS, RELATIVE_PERIOD_UNITS, RELATIVE_PERIOD_WORDS,
  DAY_LIST_JOINERS, RANGE_TO_WORDS, SPAN_TO_NOW_WORDS, SPAN_UNITS, WEEKDAYS,
} from '../../lexicon/time-words.ts'
import { defineGrammar } from '../../grammars/build.ts'
import { matchAny, WORD_CHAR } from '../../grammars/compose.ts'

const partOfDay = () => matchAny(Object.keys(PARTS_OF_DAY), { capitalFirst: true })
const END = `(?![${WORD_CHAR}]|[/.-]\\d)`
/** Every word of a phrase capitalised or not: `thứ hai`, `Thứ Hai`, `thứ Hai`, `Thứ hai`. */
const anyCase = (phrases: readonly string[]) => matchAny(phrases.flatMap((p) => {
  const words = p.split(' ')
  let out = ['']
  for (const w of words) out = out.flatMap((o) => [w, w[0]!.toUpperCase() + w.slice(1)].map((v) => (o ? `${o} ${v}` : v)))
  return out
}))
/** The first unit of each word, lower and upper case. */
const firstUnits = (words: readonly string[]) => new Set(words.flatMap((w) => [w.charCodeAt(0), w[0]!.toUpperCase().charCodeAt(0)]))
/** A day and month, maybe a year, with the group names suffixed: `12/7`, `14-6-2024`, `26.2`, `14.3.2024`. */
const dayMonth = (x: string) => `(?<d${x}> \\d{1,2} )
  (?: / (?<ms${x}> \\d{1,2} ) (?: / (?<ys${x}> \\d{4} ) )? | - (?<mh${x}> \\d{1,2} ) (?: - (?<yh${x}> \\d{4} ) )? | \\. (?<md${x}> \\d{1,2} ) (?: \\. (?<yd${x}> \\d{4} ) )? )`

/** What follows a day's last digit or its first of two in {@link DAY_MONTH_CORE}: its month, maybe a year, nothing glued after. */
const DAY_MONTH_REST = `\\d?
  (?: / \\d{1,2} (?: / \\d{4} )? | - \\d{1,2} (?: - \\d{4} )? | \\. \\d{1,2} (?: \\. \\d{4} )?
    | \\x20 tháng \\x20 \\d{1,2} (?: \\x20 năm \\x20 \\d{4} )? )
  ${END}`

/**
 * A day and its month as written, maybe a year, and nothing glued after (`12/7`, `10-11`, `26.2`,
 * `14 tháng 6 năm 2024`, not `1.000`): the anchor {@link DAY_DATE} starts from. Every day that
 * grammar reads ends with it, so a number such as `1.250` starts no probe there.
 */
export const DAY_MONTH_CORE = defineGrammar('date/day-month-core', `
  \\d (?= ${DAY_MONTH_REST} )   # (one digit and the rest looked ahead: V8 scans it 1.5× faster than \\d{1,2} and the rest matched)
`)

/** The longest part of day, in units. */
const POD_MAX = Math.max(...Object.keys(PARTS_OF_DAY).map((w) => w.length))
/** The most units {@link DAY_DATE} reads before its day: `Chiều hôm nay (ngày `, or `Ngày mồng `. */
const DAY_DATE_LEAD = Math.max(POD_MAX + ' hôm nay (Ngày '.length, 'Ngày '.length + Math.max(...DAY_PREFIXES.map((w) => w.length)) + 1)

/**
 * A day: `ngày 14/01/2022`, `16/6/2022`, `ngày 14-6-2024`, `Sáng 26.2`, `Chiều 12/7`,
 * `Chiều 10-11`, `Ngày 5/10`, `ngày 14 tháng 6 năm 2024`. Without a year, a cue (part of day
 * or `ngày`/`hôm`) is required; the extractor checks that.
 */
export const DAY_DATE = defineGrammar('date/day', `
  (?: (?<pod> {{partOfDay}} ) \\x20 (?: (?:hôm\\x20)? (?<today> nay ) \\x20 )? (?: \\(? [Nn]gày \\x20 )?   # Chiều ▸12/7   Sáng nay (ngày ▸…
    | (?<cue> [Nn]gày (?: \\x20 {{prefix}} )? | [Hh]ôm | {{prefix}} ) \\x20 )?          # ngày ▸14/01/2022   mồng ▸2/9
  (?: (?<d> \\d{1,2} )
      (?: / (?<m1> \\d{1,2} ) (?: / (?<y1> \\d{4} ) )?                           # 12/7   14/01/2022
        | - (?<m2> \\d{1,2} ) (?: - (?<y2> \\d{4} ) )?                           # 10-11  14-6-2024
        | \\. (?<m3> \\d{1,2} ) (?: \\. (?<y3> \\d{4} ) )? )                      # 26.2   (Lao Động style)
    | (?<dw> \\d{1,2} ) \\x20 tháng \\x20 (?<mw> \\d{1,2} ) (?: \\x20 năm \\x20 (?<yw> \\d{4} ) )? )   # 14 tháng 6 năm 2024
  ${END}
`, () => ({ partOfDay: partOfDay(), prefix: matchAny(DAY_PREFIXES, { capitalFirst: true }) }),
{ anchor: { grammar: DAY_MONTH_CORE, lead: DAY_DATE_LEAD } })

/** What follows a run's first day's last digit or its first of two in {@link DAY_RANGE_TURN}: the turn, then the last day and its month. */
const DAY_RANGE_REST = `
  (?: \\d? (?: / \\d{1,2} )? (?: \\x20? [-–] \\x20? | \\x20 {{to}} \\x20 (?: [Nn]gày \\x20 )? )
    | \\d? - \\d{1,2} \\x20 {{toOnly}} \\x20 (?: [Nn]gày \\x20 )? )
  \\d{1,2} [/.\\-] \\d   # the last day and its month: "10 - 15 người" starts no probe
`

/** The first units of the words {@link DAY_DATE} may start with, in both cases (a part of day, `ngày`, `hôm`, `mồng`). */
const DAY_DATE_FIRST = firstUnits([...Object.keys(PARTS_OF_DAY), 'ngày', 'hôm', ...DAY_PREFIXES])
/** Whether a {@link DAY_DATE} match can start with unit `c`: a digit or a first unit of its words. */
export const dayDateStartsAt = (c: number): boolean => (c >= 0x30 && c <= 0x39) || DAY_DATE_FIRST.has(c)

/**
 * Where a run of days turns: its first day and the dash, `đến`/`tới` or `và` after it, before a day and
 * month (`3 - 5/9`, `28/12 đến 3/1`, `5-5 đến 10-5`): the anchor {@link DAY_RANGE} is started from, rare and led by a digit.
 */
export const DAY_RANGE_TURN = defineGrammar('date/day-range-turn', `
  \\d (?= ${DAY_RANGE_REST} )   # (one digit and the rest looked ahead: V8 scans it 1.5× faster)
`, () => dayRangeTurnWords())

/** The words {@link DAY_RANGE_REST} reads. */
const dayRangeTurnWords = () => ({ to: matchAny([...RANGE_TO_WORDS, ...DAY_LIST_JOINERS]), toOnly: matchAny(RANGE_TO_WORDS) })

/** The first units of the words {@link DAY_RANGE} may start with, in both cases (`từ`, a part of day, `ngày`). */
const DAY_RANGE_FIRST = firstUnits(['từ', ...Object.keys(PARTS_OF_DAY), 'ngày'])
/** Whether a {@link DAY_RANGE} match can start with unit `c`: a digit or a first unit of its words. */
export const dayRangeStartsAt = (c: number): boolean => (c >= 0x30 && c <= 0x39) || DAY_RANGE_FIRST.has(c)

/** The most units {@link DAY_RANGE} reads before its first day: `Từ `, a part of day and a space, `Ngày `. */
const DAY_RANGE_LEAD = 'Từ '.length + Math.max(...Object.keys(PARTS_OF_DAY).map((w) => w.length)) + 1 + 'Ngày '.length

/**
 * A run of days as one item: `từ ngày 1 đến ngày 5/7`, `ngày 3 - 5/9/1945`, `14 -15/5`,
 * `từ ngày 5-5 đến 10-5-2017`, `từ 28/12 đến 3/1/2024`. The first day takes the month and year of
 * the last when it has none (a first day written with its own year stays two days). Without a
 * year, a cue (từ, ngày, a part of day) is required. Two days joined by `và` before one month
 * (`ngày 9 và 10-2`, `hai ngày 9 và ngày 10/2`) are one item too (group `join`; rule date/day-list).
 */
export const DAY_RANGE = defineGrammar('date/day-range', `
  (?: (?<from> [Tt]ừ ) \\x20 )? (?: (?<pod> {{partOfDay}} ) \\x20 )? (?: (?<cue> [Nn]gày ) \\x20 )?
  (?: (?<d1> \\d{1,2} ) (?: / (?<ms1> \\d{1,2} ) )? (?: \\x20? [-–] \\x20? | \\x20 (?<join> {{to}} ) \\x20 (?: [Nn]gày \\x20 )? )   # 3 - ▸5/9   28/12 đến ▸3/1   9 và ▸10-2
    | (?<dh1> \\d{1,2} ) - (?<mh1> \\d{1,2} ) \\x20 {{toOnly}} \\x20 (?: [Nn]gày \\x20 )? )                             # 5-5 đến ▸10-5-2017
  ${dayMonth('2')}
  ${END}
`, () => ({ partOfDay: partOfDay(), to: matchAny([...RANGE_TO_WORDS, ...DAY_LIST_JOINERS]), toOnly: matchAny(RANGE_TO_WORDS) }),
{ anchor: { grammar: DAY_RANGE_TURN, lead: DAY_RANGE_LEAD } })

/**
 * The word a relative day counts by (`nay`, `qua`, `mai`), a word of its own after a part of day, `hôm` or
 * the last word of a cue: the anchor {@link RELATIVE_DAY} starts from. Led by the word, the one before read backwards.
 */
export const RELATIVE_DAY_WORD = defineGrammar('date/relative-day-word', `
  {{rel}} (?![${WORD_CHAR}]) (?<= (?: {{before}} ) \\x20 {{rel}} )
`, () => ({
  rel: matchAny(Object.keys(RELATIVE_DAYS)),
  before: matchAny([...Object.keys(PARTS_OF_DAY), ...RELATIVE_DAY_CUES.map((w) => w.split(' ').at(-1)!)], { capitalFirst: true }),
}))

/** The most units {@link RELATIVE_DAY} reads before its word: a part of day and ` hôm `, or a cue (`ngày hôm`) and a space. */
const RELATIVE_DAY_LEAD = Math.max(POD_MAX + ' hôm '.length, ...RELATIVE_DAY_CUES.map((w) => w.length + 1))

/**
 * A day counted from the publication day: `hôm qua`, `hôm nay`, `sáng nay`, `chiều qua`, `tối qua`,
 * `ngày mai`, `ngày hôm qua`; with the day written beside it, in brackets or not, one item whose value
 * is that day: `Chiều qua (15/7)`, `Sáng nay (ngày 12/7)`, `hôm qua 12/3`, `Chiều nay, 27/11`,
 * `sáng qua 12/3` (group `open`/`close`: the brackets, which the extractor pairs).
 */
export const RELATIVE_DAY = defineGrammar('date/relative-day', `
  (?: (?<pod> {{partOfDay}} ) \\x20 (?: hôm \\x20 )? | (?<cue> {{cue}} ) \\x20 )
  (?<rel> {{rel}} )
  (?: (?<open> \\x20? \\( | ,? \\x20 ) (?: [Nn]gày \\x20 )? ${dayMonth('')} (?<close> \\) )? )?
  (?![${WORD_CHAR}]|[/.-]\\d)
`, () => ({ partOfDay: partOfDay(), cue: matchAny(RELATIVE_DAY_CUES, { capitalFirst: true }), rel: matchAny(Object.keys(RELATIVE_DAYS)) }),
{ anchor: { grammar: RELATIVE_DAY_WORD, lead: RELATIVE_DAY_LEAD } })

/** The most units {@link WEEKDAY_DATE} reads before its day: a part of day, a space, the longest weekday, ` , ` and `Ngày `. */
const WEEKDAY_DATE_LEAD = POD_MAX + 1 + Math.max(...Object.keys(WEEKDAYS).map((w) => w.length)) + ' , '.length + 'Ngày '.length

/**
 * A weekday written with its day: `Thứ Hai (15/7)`, `thứ 2 ngày 6/2`, `sáng Chủ nhật, 14/7/2024`.
 * The weekday picks the year when none is written.
 */
export const WEEKDAY_DATE = defineGrammar('date/weekday', `
  (?: (?<pod> {{partOfDay}} ) \\x20 )? (?<weekday> {{weekday}} )
  (?: \\x20? , \\x20 | \\x20? \\( | \\x20 ) (?: [Nn]gày \\x20 )? ${dayMonth('')} \\)?
  ${END}
`, () => ({ partOfDay: partOfDay(), weekday: anyCase(Object.keys(WEEKDAYS)) }),
// (Started from its day's first digit, which holds a day and month: at most a part of day, a weekday and `, Ngày ` after the match's start.)
{ anchor: { grammar: DAY_MONTH_CORE, lead: WEEKDAY_DATE_LEAD } })

/** The first units of the words {@link WEEKDAY_DATE} may start with, in both cases (a part of day, a weekday). */
const WEEKDAY_DATE_FIRST = firstUnits([...Object.keys(PARTS_OF_DAY), ...Object.keys(WEEKDAYS)])
/** Whether a {@link WEEKDAY_DATE} match can start with unit `c`. */
export const weekdayDateStartsAt = (c: number): boolean => WEEKDAY_DATE_FIRST.has(c)

/** What follows the last digit of a clock hour in {@link CLOCK_HOUR}. */
const CLOCK_REST = `h | \\x20 {{hour}}`
/** The words {@link CLOCK_REST} reads. */
const clockHourWords = () => ({ hour: matchAny(CLOCK_WORDS.hour.filter((w) => w.length > 1)) })

/**
 * The last digit of a clock hour (`14h`, `7 giờ`): the anchor {@link TIMED_DAY} starts from. (One digit
 * and a lookahead, not `\\d{1,2}`: V8 scans it about 1.4× faster.)
 */
export const CLOCK_HOUR = defineGrammar('date/clock-hour', `
  \\d (?= ${CLOCK_REST} )
`, () => clockHourWords())

/**
 * A day with its clock time written before it: `lúc 14h30 ngày 12/7`, `7 giờ 30 sáng 20/4/2017`,
 * `14 giờ, ngày 5/6/2024`, `9 giờ 15 phút ngày 3/2`. The time goes to `time`.
 */
export const TIMED_DAY = defineGrammar('date/timed-day', `
  (?: (?<at> {{at}} ) \\x20 )?
  (?<h> \\d{1,2} ) (?: h (?<mi> \\d{2} )? | \\x20 {{hour}} (?: \\x20 (?<mi2> \\d{1,2} ) (?: \\x20 {{minute}} )? )? )
  (?: \\x20? , \\x20 | \\x20 ) (?: (?<pod> {{partOfDay}} ) \\x20 (?: \\( )? )? (?: (?<cue> [Nn]gày ) \\x20 )? ${dayMonth('')}
  ${END}
`, () => ({
  partOfDay: partOfDay(), at: matchAny(CLOCK_WORDS.at, { capitalFirst: true }),
  hour: matchAny(CLOCK_WORDS.hour.filter((w) => w.length > 1)), minute: matchAny(CLOCK_WORDS.minute),
}),
// (Started from its hour's last digit: at most `vào lúc`, a space and the hour's first digit after the match's start.)
{ anchor: { grammar: CLOCK_HOUR, lead: Math.max(...CLOCK_WORDS.at.map((w) => w.length)) + ' 1'.length } })

/**
 * The word that places a relative period (`nay`, `ngoái`, `trước`, `tới`), a word of its own after a unit:
 * the anchor {@link RELATIVE_PERIOD} starts from. Led by the word, the unit read backwards from there.
 */
export const RELATIVE_PERIOD_WORD = defineGrammar('date/relative-period-word', `
  {{rel}} (?![${WORD_CHAR}]) (?<= {{unit}} \\x20 {{rel}} )
`, () => ({ unit: matchAny(Object.keys(RELATIVE_PERIOD_UNITS), { capitalFirst: true }), rel: matchAny(Object.keys(RELATIVE_PERIOD_WORDS)) }))

/**
 * A period counted from the publication date: `năm nay`, `năm ngoái`, `năm trước`, `tháng trước`,
 * `tuần trước`, `quý này`, `tháng tới` (the extractor rejects `cùng kỳ năm trước`, `những năm tới`).
 */
export const RELATIVE_PERIOD = defineGrammar('date/relative-period', `
  (?<unit> {{unit}} ) \\x20 (?<rel> {{rel}} )
  (?![${WORD_CHAR}])
`, () => ({ unit: matchAny(Object.keys(RELATIVE_PERIOD_UNITS), { capitalFirst: true }), rel: matchAny(Object.keys(RELATIVE_PERIOD_WORDS)) }),
// (Started from its placing word, a unit and a space after the match's start.)
{ anchor: { grammar: RELATIVE_PERIOD_WORD, lead: Math.max(...Object.keys(RELATIVE_PERIOD_UNITS).map((w) => w.length)) + 1 } })

/** What follows the last digit of {@link SPAN_TO_NOW}'s number: its unit and the word that runs it to now. */
const SPAN_REST = `\\x20 {{unit}} \\x20 (?: {{now}} ) (?![${WORD_CHAR}])`
/** The words {@link SPAN_REST} reads. */
const spanWords = () => ({ now: matchAny(SPAN_TO_NOW_WORDS), unit: matchAny(Object.keys(SPAN_UNITS)) })

/** The last digit of a span's number (`5 năm qua`): the anchor {@link SPAN_TO_NOW} starts from. */
export const SPAN_DIGIT = defineGrammar('date/span-digit', `
  \\d (?= ${SPAN_REST} )
`, () => spanWords())

/** The years or months up to the publication date: `5 năm qua`, `3 tháng vừa qua`. */
export const SPAN_TO_NOW = defineGrammar('date/span-to-now', `
  (?<n> \\d{1,2} ) \\x20 (?<unit> {{unit}} ) \\x20 (?: {{now}} )
  (?![${WORD_CHAR}])
`, () => spanWords(),
// (Started from its number's last digit, at most one digit after the match's start.)
{ anchor: { grammar: SPAN_DIGIT, lead: 1 } })

/** How a month's first digit is read backwards in {@link MONTH_DIGIT}, from after it: `tháng` and a space before it. */
const MONTH_BEHIND = `(?<= [Tt]háng \\x20 \\d )`

/** The first digit of a month after `tháng` (`tháng ▸7/2024`): the anchor {@link MONTH_DATE} starts from. */
export const MONTH_DIGIT = defineGrammar('date/month-digit', `
  \\d ${MONTH_BEHIND}
`)

/** A month: `tháng 7/2024`, `tháng 7 năm 2024`, `tháng 12`, `tháng 9 tới` (the coming September). */
export const MONTH_DATE = defineGrammar('date/month', `
  [Tt]háng \\x20 (?<m> \\d{1,2} ) (?: \\x20? / \\x20? (?<y> \\d{4} ) | \\x20 năm \\x20 (?<y2> \\d{4} ) | \\x20 (?<ahead> tới ) )?
  ${END}
`, () => ({}), { anchor: { grammar: MONTH_DIGIT, lead: 'tháng '.length } })

/** The four digits of a year after `năm`: the anchor {@link YEAR_DATE} starts from (led by digits, `năm` read backwards). */
export const YEAR_DIGITS = defineGrammar('date/year-digits', `
  \\d\\d\\d\\d (?<= [Nn]ăm \\x20 \\d\\d\\d\\d )
`)

/** A year: `năm 2023`, `năm 1890`. */
export const YEAR_DATE = defineGrammar('date/year', `
  [Nn]ăm \\x20 (?<y> (?:1\\d|20|21)\\d\\d ) (?![${WORD_CHAR}]|\\x20?-\\x20?\\d|[/.,]\\d)
`, () => ({}), { anchor: { grammar: YEAR_DIGITS, lead: 'năm '.length } })

/**
 * `ý` and a space, as in `quý `: the anchor {@link QUARTER_DATE} starts from. Led by `ý`, which V8's skip
 * table keeps apart from ASCII letters, the scan runs about 10× faster than one led by `[Qq]` (or with a
 * lookbehind for `qu`, which turns the skip off); the probes before each `ý ` (`ý kiến`) cost less than that.
 */
export const QUARTER_WORD = defineGrammar('date/quarter-word', `
  ý\\x20   # (written together: \`ý \\x20\` compiles to \`ý(?:)\\x20\`, and the empty group between them makes V8 scan 10× slower)
`)

/** A quarter: `quý III/2023`, `quý 2 năm 2024`, `quý IV`. */
export const QUARTER_DATE = defineGrammar('date/quarter', `
  [Qq]uý \\x20 (?<q> IV | I{1,3} | [1-4] ) (?: \\x20? / \\x20? (?<y> \\d{4} ) | \\x20 năm \\x20 (?<y2> \\d{4} ) )?
  ${END}
`, () => ({}), { anchor: { grammar: QUARTER_WORD, lead: 'qu'.length } })

/** `tháng` after a number of months (`6 tháng`, `sáu tháng`), which every {@link PERIOD_DATE} holds: the anchor it starts from. */
export const PERIOD_MONTHS = defineGrammar('date/period-months', `
  tháng (?<= (?: \\d | ba | sáu | chín ) \\x20 tháng )
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
`, () => ({ anchor: matchAny(Object.keys(PERIOD_ANCHORS)) }),
// (Started from its `tháng`, at most `Trong chín ` after the match's start.)
{ anchor: { grammar: PERIOD_MONTHS, lead: 'Trong chín '.length } })

/** What follows a first year's first digit in {@link YEAR_RANGE_TURN}: its other three, and the dash, `đến` or `tới`. */
const YEAR_RANGE_REST = `\\d\\d\\d (?: \\x20? - | \\x20 (?:đến|tới) )`

/** A first year and the dash, `đến` or `tới` after it (`2020-`, `2010 đến`): the anchor {@link YEAR_RANGE} starts from, led by a digit. */
export const YEAR_RANGE_TURN = defineGrammar('date/year-range-turn', `
  \\d\\d\\d\\d (?= \\x20? - | \\x20 (?:đến|tới) )   # (four \\d, not \\d{4}, the rest looked ahead: V8 scans it 2× faster)
`)

/** A term or a span of years: `nhiệm kỳ 2020-2025`, `giai đoạn 2024 - 2026`, `năm 2002-2017`, `từ năm 2010 đến nay`. */
export const YEAR_RANGE = defineGrammar('date/year-range', `
  (?: (?<term> [Nn]hiệm \\x20 kỳ ) \\x20 (?<a> \\d{4} ) \\x20? - \\x20? (?<b> \\d{4} )
    | (?<stage> [Gg]iai \\x20 đoạn | [Nn]ăm ) \\x20 (?<a2> \\d{4} ) \\x20? - \\x20? (?<b2> \\d{4} )
    | [Tt]ừ \\x20 (?:năm \\x20)? (?<from> \\d{4} ) \\x20 (?:đến|tới) \\x20 (?: (?<now> nay | hiện \\x20 nay ) | (?:năm \\x20)? (?<to> \\d{4} ) ) )
  (?![${WORD_CHAR}])
`, () => ({}),
// (Started from its first year, at most `Giai đoạn ` after the match's start.)
{ anchor: { grammar: YEAR_RANGE_TURN, lead: 'Giai đoạn '.length } })

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

/**
 * Every digit that one of the anchors led by a digit starts at, {@link DAY_MONTH_CORE} aside
 * ({@link DAY_RANGE_TURN}, {@link CLOCK_HOUR}, {@link YEAR_DIGITS}, {@link YEAR_RANGE_TURN},
 * {@link SPAN_DIGIT}, {@link MONTH_DIGIT}), found by one scan: each anchor is then tried at these
 * digits only (`digit-anchors.ts`), not scanned for over the whole text (a digit-led scan stops at
 * every `ư`). (With {@link DAY_MONTH_CORE} in it too, recheck's automaton gives the union up and its
 * fuzzer calls it polynomial: that anchor keeps its own scan.)
 */
export const DATE_DIGIT = defineGrammar('date/date-digit', `
  \\d (?= ${DAY_RANGE_REST} | ${CLOCK_REST} | (?<= [Nn]ăm \\x20 \\d ) \\d\\d\\d | ${YEAR_RANGE_REST} | ${SPAN_REST} | ${MONTH_BEHIND} )
`, () => ({ ...dayRangeTurnWords(), ...clockHourWords(), ...spanWords() }))
