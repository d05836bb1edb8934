import * as z from 'zod'
import { SpanSchema, TextItemSchema } from './span.ts'

/** A Party or state body: "Ban Tổ chức Tỉnh ủy", "Bộ Chính trị", "Đảng ủy khối Cơ quan - Doanh nghiệp tỉnh". */
export const BodySchema = z.object({
  /** As written (a coordinated plural is expanded: `ban tổ chức các huyện ủy, thị ủy` → one body each). */
  name: z.string().describe(
    'The body\'s name as written (normalised: NFC, single spaces; case kept), its written locality included (`Ủy ban Kiểm tra Tỉnh ủy Quảng Bình`). '
    + 'A coordinated plural is expanded, one body each: `ban tổ chức các huyện ủy, thị ủy` → `ban tổ chức huyện ủy`, `ban tổ chức thị ủy`.',
  ),
  /** `party-committee`, `party-board`, `standing-committee`, `executive-committee`, `inspection-committee`, `state`, `front`, `team`, `other`. */
  kind: z.string().describe(
    'Kind key: `party-committee` (Tỉnh ủy, Huyện ủy, Đảng ủy…), `party-cell` (chi bộ), `party-board` (Ban Tổ chức, Ban Tuyên giáo…), `standing-committee`, `executive-committee`, '
    + '`inspection-committee`, `politburo`, `secretariat`, `party-group`, `office`, `department` (a Vụ of a central board), `state` (Quốc hội, Chính phủ, UBND, HĐND…), `front` (Mặt trận Tổ quốc, MTTQ), `team` (Đoàn kiểm tra, Đoàn giám sát, Đoàn công tác).',
  ),
  level: z.enum(['central', 'province', 'district', 'commune', 'bloc']).nullable().describe(
    'Administrative level: `central`, `province` (Tỉnh ủy, Thành ủy), `district` (Huyện ủy, Thị ủy, Quận ủy), `commune`, `bloc` (Đảng ủy khối); null when it cannot be told.',
  ),
  /** The province or place the body belongs to. */
  locality: z.string().nullable().describe(
    'The province or place the body belongs to: written after it (a province, a place after `tỉnh`/`huyện`/`xã`…, `quận 2`, a bloc\'s name), '
    + 'else the article\'s `province` for a province-level body (see `localityInferred`); null otherwise.',
  ),
  /** True when the locality is the article's province rather than written with the body. */
  localityInferred: z.boolean().describe('True when `locality` is the article\'s dominant province rather than written with the body.'),
  text: z.string().describe('The first mention exactly as in the original input (for an expanded plural, the whole coordinated phrase).'),
  span: SpanSchema.describe('Where the first mention is in the original input (UTF-16 offsets).'),
  rule: z.string().describe('The grammar that matched: `body/body`.'),
  mentions: z.array(TextItemSchema).describe('Every mention of the body (same name and locality), the first included, in text order.'),
}).describe('A Party or state body named in the article (`Ban Tổ chức Tỉnh ủy`, `Bộ Chính trị`, `Đảng ủy khối Cơ quan - Doanh nghiệp tỉnh`), merged across its mentions.')
export type Body = z.infer<typeof BodySchema>
