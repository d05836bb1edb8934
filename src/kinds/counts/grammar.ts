import { DIGIT_WORDS, SCALE_WORDS } from '../../lexicon/number-words.ts'
import { defineGrammar } from '../../grammars/build.ts'
import { matchAny, WORD_CHAR } from '../../grammars/compose.ts'

/**
 * A number as counts write it: `608`, `2.191`, `49.820`, `57,5%`, `57,5 %`, `1,8 triệu`,
 * `35-40%`, `195/160`. The digit run is taken whole and never given back (the extractor checks
 * its separators and what follows), so no input makes this grammar backtrack. The extractor
 * decides from the words around it whether it is a count, an amount, or nothing.
 */
export const NUMBER_EXPRESSION = defineGrammar('count/number', `
  (?<num> \\d [\\d.,]* )
  (?: / (?<den> \\d{1,6} ) (?! [/.,]?\\d ) | \\x20? - \\x20? (?<to> \\d{1,3} (?: , \\d{1,2} )? ) (?= \\x20? % ) )?
  (?: \\x20 (?<scale> {{scale}} ) (?![${WORD_CHAR}]) )?
  (?<pct> \\x20? % )?
`, () => ({ scale: matchAny(Object.keys(SCALE_WORDS), { capitalFirst: true }) }))

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
