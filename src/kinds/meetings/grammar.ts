import {
  AT_WORDS, MEETING_KINDS, MEETING_VERBS, NOT_MEETING_VERB_AFTER, ORGANISED_KINDS, ORGANISER_VERB_MARKERS, ORGANISER_VERBS, PURPOSE_WORDS, VISIT_WORDS,
} from '../../lexicon/meeting-kinds.ts'
import { BODY_HEADS, CENTRAL_BODIES, COMMITTEES, LEVEL_WORDS, STATE_BODIES } from '../../lexicon/bodies.ts'
import { LIST_CONJUNCTIONS } from '../../lexicon/conjunctions.ts'
import { ATTENDEE_OPENERS, CHAIR_WORDS, SPEAKER_WORDS } from '../../lexicon/roles.ts'
import { defineGrammar } from '../../grammars/build.ts'
import { escapeLiteral, matchAny, WORD_CHAR } from '../../grammars/compose.ts'

/** The length of the longest of `words`. */
const longest = (words: readonly string[]) => Math.max(...words.map((w) => w.length))

/**
 * A meeting kind, with its qualifiers: `Hội nghị sơ kết`, `hội nghị giao ban`, `buổi làm việc`,
 * `Hội nghị Ban Chấp hành mở rộng lần thứ 16`, `kỳ họp thứ 17`, `làm việc với`, and the number of a
 * plenum written bare after `Trung ương` (`Hội nghị Trung ương 8`: `plenum`).
 */
export const MEETING_KIND = defineGrammar('meeting/kind', `
  (?<kind> {{kinds}} )
  (?<extra> (?: \\x20 (?: {{names}} | [\\p{Lu}] [${WORD_CHAR}]* | chấp \\x20 hành | thường \\x20 vụ | mở \\x20 rộng | thường \\x20 kỳ | bất \\x20 thường
      | trực \\x20 tuyến | chuyên \\x20 đề | hành | vụ | ủy | khối | tỉnh | huyện | đảng \\x20 bộ | toàn \\x20 quốc
      | quan \\x20 - \\x20 Doanh \\x20 nghiệp | nghiệp | khóa \\x20 (?: [IVXLC]{1,7} | \\d{1,3} ) (?![${WORD_CHAR}]) | - ) ){0,12} )
  (?: \\x20 (?: lần \\x20 )? thứ \\x20 (?<ordinal> \\d{1,3} | [IVXLC]{1,7} | [\\p{Ll}]{2,5} )
    | (?<= [Tt]rung \\x20 ương ) \\x20 (?<plenum> \\d{1,2} ) (?! [\\d/.,:-] ) )?
  (?![${WORD_CHAR}])
`, () => ({
  kinds: matchAny(MEETING_KINDS.map((k) => k.phrase), { capitalFirst: true }),
  // Names whose later words are lower case (`Quốc hội`, `Chính phủ`, `Trung ương`, `Thành phố`), read
  // whole, capitalised as written: a capital word alone would stop the qualifiers at `Quốc` and lose
  // the ordinal after them (`Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 16`).
  names: matchAny([...CENTRAL_BODIES, ...BODY_HEADS, ...COMMITTEES, ...STATE_BODIES].map((b) => b.name).concat(capitalised(Object.keys(LEVEL_WORDS)))
    .filter((n) => n.includes(' '))),
}))

/** Words with their first letter upper-cased (`thành phố` → `Thành phố`). */
function capitalised(words: readonly string[]): string[] {
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1))
}

/**
 * `ệc với`: "làm việc với" from its `ệ` (a string search for `à`, or for `l`, stops at every `và`, `là`, `l`…;
 * `ệ` is rarer), the anchor {@link WORKING_WITH} is started from. Written with no space between
 * tokens, it compiles to a bare literal, which the regex engine finds like a string search.
 */
export const WORK_WITH_TURN = defineGrammar('meeting/work-with-turn', `ệc\\x20với`)

/** `ệc tại`: the same for {@link VISIT_WORK}, with its at-words (one: a bare literal again). */
export const WORK_AT_TURN = defineGrammar('meeting/work-at-turn', AT_WORDS.map((w) => `ệc\\x20${escapeLiteral(w)}`).join('|'))

/** A working session written as a verb: `làm việc với Ban Tổ chức Tỉnh ủy`, `Làm việc với cán bộ chủ chốt …` (a sentence may open with it). */
export const WORKING_WITH = defineGrammar('meeting/working-with', `
  (?: có \\x20 buổi \\x20 )? [Ll]àm \\x20 việc \\x20 với
`, undefined, { anchor: { grammar: WORK_WITH_TURN, lead: 'có buổi Làm vi'.length } })

/** A visit with a working session: `thăm và làm việc tại xã Sĩ Bình`, `đến thăm, làm việc tại tỉnh …`. */
export const VISIT_WORK = defineGrammar('meeting/visit-work', `
  {{visit}} (?: , | \\x20 {{and}} ) \\x20 (?<kind> làm \\x20 việc \\x20 {{at}} )
  (?![${WORD_CHAR}])
`, () => ({ visit: matchAny(VISIT_WORDS), and: matchAny(LIST_CONJUNCTIONS), at: matchAny(AT_WORDS) }), {
  // The visit, a comma or a conjunction, a space and the `làm vi` of `làm việc` before the anchor.
  anchor: { grammar: WORK_AT_TURN, lead: longest(VISIT_WORDS) + Math.max(1, 1 + longest(LIST_CONJUNCTIONS)) + 1 + 'làm vi'.length },
})

/**
 * A meeting written as its verb: `Ban Bí thư họp …`, `Bộ Chính trị đã họp dưới sự chủ trì …`, `chủ trì họp Thường trực
 * Chính phủ`, `tổ chức họp`, `đã gặp mặt`. The code checks what stands around it (a body before or after, a cue).
 */
export const MEETING_VERB = defineGrammar('meeting/verb', `
  (?<kind> {{verbs}} )
  (?![${WORD_CHAR}])
  (?! \\x20 {{nouns}} (?![${WORD_CHAR}]) )
`, () => ({ verbs: matchAny(Object.keys(MEETING_VERBS)), nouns: matchAny(NOT_MEETING_VERB_AFTER) }))

/**
 * `ổ chức `: "tổ chức" after its first letter (rarer than `t`, and a bare literal: see {@link WORK_WITH_TURN}),
 * the anchor {@link ORGANISED_EVENT} is started from.
 */
export const ORGANISE_TURN = defineGrammar('meeting/organise-turn', `ổ\\x20chức\\x20`)

/** A meeting written as what is organised: `tổ chức sơ kết 1 năm`, `tổ chức gặp mặt báo chí`. */
export const ORGANISED_EVENT = defineGrammar('meeting/organised', `
  tổ \\x20 chức \\x20 (?<kind> {{organised}} )
  (?![${WORD_CHAR}])
`, () => ({ organised: matchAny(Object.keys(ORGANISED_KINDS), { capitalFirst: true }) }), { anchor: { grammar: ORGANISE_TURN, lead: 1 } })

/**
 * The organiser before a meeting's kind, read from the start of its sentence: a capitalised phrase
 * of at most fifteen words (single spaces) at the start or after `,` or `:`, right before a held
 * verb: `Ban Tổ chức Tỉnh ủy đã tổ chức …`. The shortest such phrase wins.
 */
export const ORGANISER = defineGrammar('meeting/organiser', `
  (?: ^ | [,:] \\x20? )
  (?<organiser> \\p{Lu} [^,;:\\x20]* (?: \\x20 [^,;:\\x20]+ ){0,14}? )
  \\x20 (?: {{marker}} \\x20 )? {{verb}} \\x20
`, () => ({ marker: matchAny(ORGANISER_VERB_MARKERS), verb: matchAny(ORGANISER_VERBS) }))

/** A meeting's purpose after its kind, within 80 units, in the same clause: `… nhằm <purpose>` (3 to 200 units, to `;` or `.`). */
export const PURPOSE = defineGrammar('meeting/purpose', `
  ^ [^;.]{0,80}? \\s {{purpose}} \\s (?<purpose> [^;.]{3,200} )
`, () => ({ purpose: matchAny(PURPOSE_WORDS) }))

/**
 * A role word (a chair word, an attendee opener or a speaker word, src/lexicon/roles.ts), as the
 * lexicon writes it, with nothing around it: where the roles stage (people/roles.ts) reads which
 * role words start, in the lower-case text of a sentence. One native scan instead of a loop over
 * every unit of the sentence. (With the meeting grammars: the roles are the meetings' chairs,
 * attendees and speakers.)
 */
export const ROLE_WORD = defineGrammar('meeting/role-word', `
  {{words}}
`, () => ({ words: matchAny([...CHAIR_WORDS, ...ATTENDEE_OPENERS, ...SPEAKER_WORDS].filter((w) => w !== '')) }))

/**
 * Units that the meeting kinds and verbs hold after their first letter and that are rare in the
 * text, rarest first (counted on the dev corpora), and `ban` for `giao ban`, which holds none: where
 * {@link phraseStarts} (phrase-starts.ts) searches for them. A string search for a unit stops only
 * where its highest byte stands (V8's indexOf looks for it with memchr): for `ễ` (U+1EC5), at `ễ` and
 * at the few other units ending in C5.
 */
export const PHRASE_PROBES: readonly string[] = ['ễ', 'ọ', 'ú', 'ổ', 'ặ', 'ê', 'í', 'ộ', 'ế', 'ban']
