import {
  BLOC_NAMES, BODY_HEADS, CENTRAL_BODIES, COMMITTEES, DEPARTMENT_NAME_STOPS, LEVEL_WORDS, LOCALITY_WORDS, STATE_BODIES,
} from '../../lexicon/bodies.ts'
import { LIST_CONJUNCTIONS } from '../../lexicon/conjunctions.ts'
import { defineGrammar } from '../../grammars/build.ts'
import { matchAny, WORD_CHAR } from '../../grammars/compose.ts'

const CAP_WORD = `\\p{Lu} [${WORD_CHAR}]*`

/** A name's first two words (its only word when it has one): `Ban Tổ`, `Tỉnh ủy`, `UBND`. */
const firstTwoWords = (names: readonly string[]) => names.map((n) => n.split(' ').slice(0, 2).join(' '))

/**
 * How every {@link BODY} starts: the first two words of a name it reads, in either case of their
 * first letter, `Đoàn` and the word of a team, `Vụ` and a capital. Rare next to the letters a body
 * may start with, it is the anchor the body grammar is started from (at the anchor itself: lead 0).
 * (`Đoàn\x20(?:…)` and `Vụ\x20\p{Lu}` are written without spaces between their tokens: in free spacing,
 * a space between two tokens compiles to an empty group, and those slow V8's whole-text scan by about 5 %.)
 */
export const BODY_START = defineGrammar('body/start', `
  {{names}} | Đoàn\\x20(?:[Kk]iểm|[Gg]iám|[Cc]ông) | Vụ\\x20\\p{Lu}
`, () => ({
  names: matchAny(firstTwoWords([
    ...CENTRAL_BODIES.map((b) => b.name),
    ...BODY_HEADS.flatMap((b) => [b.name, b.name.toLowerCase()]),
    ...COMMITTEES.flatMap((c) => [c.name, c.name.toLowerCase()]),
    ...STATE_BODIES.map((b) => b.name),
  ]), { capitalFirst: true }),
}))

/**
 * A Party or state body: `Ban Tổ chức Tỉnh ủy Quảng Trị`, `Bộ Chính trị`, `UBND tỉnh`,
 * `Đảng ủy khối Cơ quan - Doanh nghiệp tỉnh`, `Đoàn Kiểm tra 1350`, `Vụ Báo chí - Xuất bản`, and coordinated plurals
 * `ban tổ chức các huyện ủy, thị ủy, thành ủy Huế`. What follows (`where`) is checked by the
 * extractor: a place, or the name of a bloc, never a person.
 */
export const BODY = defineGrammar('body/body', `
  (?: (?<central> {{central}} )
    | (?<head> {{heads}} ) (?: \\x20 (?: (?<committee> {{committees}} ) | các \\x20 (?<list> {{committees}} (?: , \\x20 {{committees}} ){0,5} (?: \\x20 {{and}} \\x20 {{committees}} )? ) ) )?
    | (?<committee2> {{committees}} )
    | (?<state> {{state}} ) (?: \\x20 (?<level> {{levels}} ) )?
    | (?<team> Đoàn \\x20 (?: [Kk]iểm \\x20 tra | [Gg]iám \\x20 sát | [Cc]ông \\x20 tác ) (?: \\x20 (?<teamNo> \\d{1,5} ) )? )
    | (?<department> Vụ \\x20 ${CAP_WORD} (?: \\x20 (?: - \\x20 )? (?! {{stop}} (?![${WORD_CHAR}]) ) [\\p{L}] [${WORD_CHAR}]* ){0,6} ) )
  (?<where> \\x20 {{blocs}} (?: \\x20 {{provinceLevel}} )?
          | (?: \\x20 {{places}} )?
            \\x20 (?: ${CAP_WORD} (?: \\x20 - \\x20 ${CAP_WORD} | \\x20 ${CAP_WORD} ){0,4} (?: \\x20 tỉnh )? | \\d{1,3} (?![\\d.,]) ) )?
  (?![${WORD_CHAR}])
`, () => ({
  central: matchAny(CENTRAL_BODIES.map((b) => b.name)),
  // Written lower case in plurals too: "ban tổ chức các huyện ủy".
  heads: matchAny(BODY_HEADS.flatMap((b) => [b.name, b.name.toLowerCase()]), { capitalFirst: true }),
  committees: matchAny(COMMITTEES.flatMap((c) => [c.name, c.name.toLowerCase()]), { capitalFirst: true }),
  state: matchAny(STATE_BODIES.map((b) => b.name)),
  levels: matchAny(Object.keys(LEVEL_WORDS)),
  blocs: matchAny(BLOC_NAMES),
  provinceLevel: matchAny(Object.keys(LEVEL_WORDS).filter((w) => LEVEL_WORDS[w] === 'province')),
  places: matchAny([...Object.keys(LEVEL_WORDS), ...LOCALITY_WORDS]),
  and: matchAny(LIST_CONJUNCTIONS),
  stop: matchAny(DEPARTMENT_NAME_STOPS),
}), { anchor: { grammar: BODY_START, lead: 0 } }) // group ranges: read from the groups' lengths (see bodies.ts), no `d` needed
