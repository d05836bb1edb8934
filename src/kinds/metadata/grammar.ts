import { defineGrammar } from '../../grammars/build.ts'
import { WORD_CHAR } from '../../grammars/compose.ts'

/** One capitalised name token: `Văn`, `LÊ`, `B.An`, `T.Trang`, `TTXVN`. */
const NAME_TOKEN = `\\p{Lu} [${WORD_CHAR}]* (?: \\. \\x20? \\p{Lu} [${WORD_CHAR}]* ){0,2}`

/**
 * The unit every {@link PHOTO_CREDIT} starts with: the credit is tried only where it stands (found by
 * `indexOf`), not scanned for over the whole text. `Ả` is rare, and V8 reads the credit's alternation
 * after it at many more places than it finds the one letter: about 8× slower.
 */
export const PHOTO_CREDIT_FIRST = 'Ả'

/** A photo credit: `Ảnh: Văn Nỷ`, `(Ảnh: B.An)`, `Ảnh: LÊ PHI`, `Ảnh : TTXVN`. */
export const PHOTO_CREDIT = defineGrammar('metadata/photo-credit', `
  (?: Ảnh | ẢNH | Ảnh \\x20 minh \\x20 họa ) \\x20? : \\x20?
  (?<name> ${NAME_TOKEN} (?: \\x20 ${NAME_TOKEN} ){0,3} )
  (?![${WORD_CHAR}])
`, undefined, { indices: true }) // every match's `name` range is read

/** A byline line (the extractor checks that it fills the line): `Tuấn Anh`, `X.T`, `PV`, `NGỌC ANH`, `Theo VOV`, `T.H (tổng hợp)`. */
export const BYLINE = defineGrammar('metadata/byline', `
  (?: (?:Theo|Bài \\x20 và \\x20 ảnh|Bài, \\x20 ảnh|Nhóm \\x20 PV) :? \\x20 )?
  (?<name> ${NAME_TOKEN} (?: \\x20 (?: - \\x20 )? ${NAME_TOKEN} ){0,3} )
  \\.? (?: \\x20 \\( [\\p{Ll}\\x20]{1,20} \\) )?
`)
