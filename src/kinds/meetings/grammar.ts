import { MEETING_KINDS } from '../../lexicon/meeting-kinds.ts'
import { defineGrammar } from '../../grammars/build.ts'
import { matchAny, WORD_CHAR } from '../../grammars/compose.ts'

/**
 * A meeting kind, with its qualifiers: `Hội nghị sơ kết`, `hội nghị giao ban`, `buổi làm việc`,
 * `Hội nghị Ban Chấp hành mở rộng lần thứ 16`, `kỳ họp thứ 17`, `làm việc với`.
 */
export const MEETING_KIND = defineGrammar('meeting/kind', `
  (?<kind> {{kinds}} )
  (?<extra> (?: \\x20 (?: [\\p{Lu}] [${WORD_CHAR}]* | chấp \\x20 hành | thường \\x20 vụ | mở \\x20 rộng | thường \\x20 kỳ | bất \\x20 thường
      | trực \\x20 tuyến | chuyên \\x20 đề | hành | vụ | ủy | khối | tỉnh | huyện | đảng \\x20 bộ | toàn \\x20 quốc
      | quan \\x20 - \\x20 Doanh \\x20 nghiệp | nghiệp | - ) ){0,12} )
  (?: \\x20 (?: lần \\x20 )? thứ \\x20 (?<ordinal> \\d{1,3} | [IVXLC]{1,7} | [\\p{Ll}]{2,5} ) )?
  (?![${WORD_CHAR}])
`, () => ({ kinds: matchAny(MEETING_KINDS.map((k) => k.phrase), { capitalFirst: true }) }))

/** A working session written as a verb: `làm việc với Ban Tổ chức Tỉnh ủy`. */
export const WORKING_WITH = defineGrammar('meeting/working-with', `
  (?: có \\x20 buổi \\x20 )? làm \\x20 việc \\x20 với
`)

/** A meeting written as what is organised: `tổ chức sơ kết 1 năm`, `tổ chức gặp mặt báo chí`. */
export const ORGANISED_EVENT = defineGrammar('meeting/organised', `
  tổ \\x20 chức \\x20 (?<kind> sơ \\x20 kết | tổng \\x20 kết | gặp \\x20 mặt | giao \\x20 ban | họp \\x20 báo | tọa \\x20 đàm | hội \\x20 thảo )
  (?![${WORD_CHAR}])
`)
