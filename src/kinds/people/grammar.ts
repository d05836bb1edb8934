import { defineGrammar } from '../../grammars/build.ts'

/** One capitalised syllable: `Phan`, `Nghiệm`, `H'Hen`, `K’Điểu`, `UBND`, `TP`. */
const CAP_TOKEN = `\\p{Lu} [\\p{L}\\p{M}]* (?: ['’] [\\p{L}\\p{M}]+ )?`

/**
 * A run of capitalised syllables: `Lạng Sơn Hoàng Văn Nghiệm`, `Phan Văn Phụng`, `Y Khâm Mlô`.
 * The people extractor strips places and title words from its left and reads what remains; it
 * also checks the right edge (a digit glued to the run) so that this grammar cannot backtrack.
 */
export const CAPITALISED_RUN = defineGrammar('person/capitalised-run', `
  (?<run> ${CAP_TOKEN} (?: \\x20 ${CAP_TOKEN} ){0,11} )
`)
