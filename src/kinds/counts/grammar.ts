import { COMPOUND_SCALE_TAILS, DIGIT_WORDS, SCALE_WORDS } from '../../lexicon/number-words.ts'
import { PARTY_SCOPE_UNITS, WHOLE_PARTY_SCOPE_UNITS, WHOLE_SCOPE_WORDS } from '../../lexicon/count-words.ts'
import { defineGrammar } from '../../grammars/build.ts'
import { matchAny, WORD_CHAR } from '../../grammars/compose.ts'

/**
 * A number as counts write it: `608`, `2.191`, `49.820`, `57,5%`, `57,5 %`, `1,8 triệu`,
 * `35-40%`, `7,3 – 7,5%`, `3-4 phiên` (a range before a word or `%`), `195/160`, `26 /30`, `714,5 nghìn tỷ` (a scale word before `tỷ` multiplies it). The digit run is taken whole and never given back (the extractor checks
 * its separators and what follows), so no input makes this grammar backtrack. The extractor
 * decides from the words around it whether it is a count, an amount, or nothing.
 */
export const NUMBER_EXPRESSION = defineGrammar('count/number', `
  (?<num> \\d [\\d.,]* )
  (?: \\x20? / \\x20? (?<den> \\d{1,6} ) (?! [/.,]?\\d ) | \\x20? [-–] \\x20? (?<to> \\d{1,3} (?: , \\d{1,2} )? ) (?= \\x20? % | \\x20 [${WORD_CHAR}] ) )?
  (?: \\x20 (?<scale> {{scale}} (?: \\x20 {{billion}} )? ) (?![${WORD_CHAR}]) )?
  (?<pct> \\x20? % )?
`, () => ({ scale: matchAny(Object.keys(SCALE_WORDS), { capitalFirst: true }), billion: matchAny(COMPOUND_SCALE_TAILS) })) // scanned without group indices: the extractor reads only `num`'s range, which opens the match

/** A number in words: `chín`, `mười lăm`, `hai nghìn`, `một trăm linh năm`, `ba mươi mốt`. */
export const WORD_NUMBER = defineGrammar('count/word-number', `
  (?<words> {{digit}} (?: \\x20 {{more}} ){0,8} )
  (?![${WORD_CHAR}])
`, () => ({
  digit: matchAny([...Object.keys(DIGIT_WORDS), 'mười', 'nửa'], { capitalFirst: true }),
  more: matchAny([...Object.keys(DIGIT_WORDS), 'mười', 'mươi', 'trăm', 'linh', 'lẻ', ...Object.keys(SCALE_WORDS)]),
}))

/** An abbreviation the article defines: `đảng viên (ĐV)`, `tổ chức xây dựng Đảng (TCXDĐ)`. */
export const ABBREVIATION_DEFINITION = defineGrammar('count/abbreviation-definition', `
  \\( (?<abbr> [A-ZĐ] [A-ZĐ0-9]{1,9} ) \\)
`)

/** {@link matchAny} with every space of the phrases matching a run of white space, as the scope phrase reads them. */
const anySpaced = (phrases: readonly string[]) => matchAny(phrases).split('\\x20').join('\\s+')

/**
 * A count's scope: `Toàn tỉnh Quảng Trị`, `toàn ngành`, `toàn Đảng bộ tỉnh`, `Đảng bộ huyện Lệ Thủy`,
 * with up to four capitalised words of a name after it. The count rules keep the last one before a
 * number in its sentence.
 */
export const COUNT_SCOPE = defineGrammar('count/scope', `
  (?: [Tt]oàn \\s+ (?: Đảng \\s+ bộ (?: \\s+ {{wholePartyUnits}} )? | {{wholeWords}} )
    | Đảng \\s+ bộ \\s+ {{partyUnits}} )
  (?: \\s+ \\p{Lu} [\\p{L}\\p{M}]* ){0,4}
`, () => ({
  wholeWords: anySpaced(WHOLE_SCOPE_WORDS),
  wholePartyUnits: anySpaced(WHOLE_PARTY_SCOPE_UNITS),
  partyUnits: anySpaced(PARTY_SCOPE_UNITS),
}))

/** Words every match of {@link COUNT_SCOPE} holds (its two openings): a sentence with neither has no scope phrase. */
export const COUNT_SCOPE_CUES: readonly string[] = ['oàn', 'Đảng']

/**
 * What a change is compared with, within 60 units after the count and in its clause: `so với cùng
 * kỳ năm trước` (`samePeriod`), `so với năm ngoái` (`previousYear`), `so với năm 2020`, `so với
 * đầu nhiệm kỳ`, `so với tháng trước` (`base`: the words after "so với").
 */
export const COMPARED_TO = defineGrammar('count/compared-to', `
  ^ [^;.]{0,60}? so \\s+ với \\s+
  (?<base> (?<samePeriod> cùng \\s+ kỳ (?: \\s+ năm \\s+ (?: trước | ngoái | \\d{4} ) )? )
         | (?<previousYear> năm \\s+ (?: trước | ngoái ) ) | năm \\s+ \\d{4}
         | đầu \\s+ nhiệm \\s+ kỳ | tháng \\s+ trước | quý \\s+ trước | kỳ \\s+ trước )
`)
