import * as z from 'zod'
import { SpanSchema, TextItemSchema } from './span.ts'

/** A title as written, with its parts: "Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn". */
export const TitleSchema = TextItemSchema.extend({
  /** Abbreviations expanded (`UVTV Tỉnh ủy` → `Ủy viên Ban Thường vụ Tỉnh ủy`). */
  expanded: z.string(),
  /** The position (`Phó Bí thư Thường trực`, `Trưởng Ban`, `Vụ trưởng`), or null. */
  position: z.string().nullable(),
  /** The body the position is in (`Tỉnh ủy`, `Ban Tổ chức Tỉnh ủy`), or null. */
  body: z.string().nullable(),
  /** A province or place named in the title (`Lạng Sơn`), or null. */
  locality: z.string().nullable(),
})
export type Title = z.infer<typeof TitleSchema>

export const RoleSchema = z.enum(['chair', 'speaker', 'attendee'])

/** One person, every mention merged. */
export const PersonSchema = z.object({
  /** As written (NFC), without honorific or title: `Phan Văn Phụng`. */
  name: z.string(),
  text: z.string(),
  span: SpanSchema,
  rule: z.string(),
  /** Every mention: full name, given name (`ông Thanh`), or title alone (`đồng chí Trưởng Ban Tổ chức Tỉnh ủy`). */
  mentions: z.array(TextItemSchema.extend({ kind: z.enum(['name', 'given-name', 'title']) })),
  titles: z.array(TitleSchema),
  roles: z.array(RoleSchema),
})
export type Person = z.infer<typeof PersonSchema>
