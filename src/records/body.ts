import * as z from 'zod'
import { SpanSchema, TextItemSchema } from './span.ts'

/** A Party or state body: "Ban Tổ chức Tỉnh ủy", "Bộ Chính trị", "Đảng ủy khối Cơ quan - Doanh nghiệp tỉnh". */
export const BodySchema = z.object({
  /** As written (a coordinated plural is expanded: `ban tổ chức các huyện ủy, thị ủy` → one body each). */
  name: z.string(),
  /** `party-committee`, `party-board`, `standing-committee`, `executive-committee`, `inspection-committee`, `state`, `front`, `team`, `other`. */
  kind: z.string(),
  level: z.enum(['central', 'province', 'district', 'commune', 'bloc']).nullable(),
  /** The province or place the body belongs to. */
  locality: z.string().nullable(),
  /** True when the locality is the article's province rather than written with the body. */
  localityInferred: z.boolean(),
  text: z.string(),
  span: SpanSchema,
  rule: z.string(),
  mentions: z.array(TextItemSchema),
})
export type Body = z.infer<typeof BodySchema>
