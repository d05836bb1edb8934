import * as z from 'zod'
import { SpanSchema, TextItemSchema } from './span.ts'

/** A title as written, with its parts: "Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn". */
export const TitleSchema = TextItemSchema.extend({
  /** Abbreviations expanded (`UVTV Tỉnh ủy` → `Ủy viên Ban Thường vụ Tỉnh ủy`). */
  expanded: z.string().describe('The title with abbreviations expanded (`UVTV Tỉnh ủy` → `Ủy viên Ban Thường vụ Tỉnh ủy`), in normalised form (NFC, unified tone placement, single spaces).'),
  /** The position (`Phó Bí thư Thường trực`, `Trưởng Ban`, `Vụ trưởng`), or null. */
  position: z.string().nullable().describe('The position the title opens with (`Phó Bí thư Thường trực`, `Trưởng Ban`, `Vụ trưởng`), abbreviation expanded; null when none is recognised.'),
  /** The body the position is in (`Tỉnh ủy`, `Ban Tổ chức Tỉnh ủy`), or null. */
  body: z.string().nullable().describe(
    'The body the position is in: what follows the position, up to a province name (`Tỉnh ủy`, `Ban Tổ chức Tỉnh ủy`; `Trưởng Ban Tổ chức Tỉnh ủy` → `Ban Tổ chức Tỉnh ủy`); null when nothing follows.',
  ),
  /** A province or place named in the title (`Lạng Sơn`), or null. */
  locality: z.string().nullable().describe('A province named in the title (`Bí thư Tỉnh ủy Lạng Sơn` → `Lạng Sơn`), in normalised form; null when none.'),
}).describe('A title written next to a person\'s name (`Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn`), as written in the original input, with its parts.')
export type Title = z.infer<typeof TitleSchema>

export const RoleSchema = z.enum(['chair', 'speaker', 'attendee']).describe(
  'A person\'s role, from the words of their sentence: `chair` (chủ trì, đồng chủ trì, điều hành hội nghị), `attendee` (named after `cùng dự có`, `tham dự`, `với sự tham dự của`…), '
  + '`speaker` (phát biểu, cho biết, nhấn mạnh, đề nghị…).',
)

/** One person, every mention merged. */
export const PersonSchema = z.object({
  /** As written (NFC), without honorific or title: `Phan Văn Phụng`. */
  name: z.string().describe('The full name as written (NFC, single spaces), without honorific or title: `Phan Văn Phụng`. Mentions of the same name are merged into one person.'),
  text: z.string().describe('The first full-name mention exactly as in the original input.'),
  span: SpanSchema.describe('Where the first full-name mention is in the original input (UTF-16 offsets).'),
  rule: z.string().describe('The rule that found the person: `person/name`.'),
  /** Every mention: full name, given name (`ông Thanh`), or title alone (`đồng chí Trưởng Ban Tổ chức Tỉnh ủy`). */
  mentions: z.array(TextItemSchema.extend({
    kind: z.enum(['name', 'given-name', 'title']).describe(
      '`name` a full-name mention; `given-name` the given name after ông/bà/đồng chí/anh/chị (`ông Thanh` → `Thanh`) when only one person has it; '
      + '`title` a title alone after đồng chí/ông/bà (`đồng chí Trưởng Ban Tổ chức Tỉnh ủy`) when only one person holds it.',
    ),
  }).describe('One mention of the person: its text as in the original input (the name or title only, without honorific), its span, and its kind.')).describe(
    'Every mention of the person: full-name mentions first, in text order, then given-name and title-only mentions.',
  ),
  titles: z.array(TitleSchema).describe('Distinct titles written right before or after any full-name mention (`ông Nguyễn Văn A, Bí thư Tỉnh ủy`), in the order found; empty when none.'),
  roles: z.array(RoleSchema).describe('Roles read from the words of the sentences the person is named in (chairs also become `chairs` of a meeting), each once, in the order found; empty when none.'),
}).describe('One person named in the article, every mention merged: full name, titles and roles.')
export type Person = z.infer<typeof PersonSchema>
