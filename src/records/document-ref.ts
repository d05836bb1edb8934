import * as z from 'zod'
import { CalendarDateStringSchema, SpanSchema, TextItemSchema } from './span.ts'

/** A numbered Party or state document the article refers to, merged across its mentions. */
export const DocumentRefSchema = z.object({
  /** Canonical code as written without spaces (`21-NQ/TW`, `30/2020/NĐ-CP`); null when only type + number. */
  id: z.string().nullable(),
  /** The number as written (`29`, `05`, `30`). */
  number: z.string(),
  /** Type code: the id's type part when there is one, else the code of the type word (`NQ`, `QĐi`, `L`). */
  type: z.string(),
  /** Lexicon key of the kind, taken from the word before the number (`quy-dinh`), else from the code. */
  kind: z.string().nullable(),
  /** The type word as written (`Chương trình hành động`), or null. */
  typeName: z.string().nullable(),
  system: z.enum(['party', 'state', 'unknown']),
  /** Issuer code (`TW`, `TU`, `CP`), from the id or inferred from "của <body>". */
  issuer: z.string().nullable(),
  issuerInferred: z.boolean(),
  /** Year in a state id (`30/2020/NĐ-CP` → 2020). */
  year: z.number().int().nullable(),
  /** Term of the issuing body (`khóa XIII` → `XIII`; `QH13` → `13`). */
  term: z.string().nullable(),
  /** Issue date written with the reference. */
  date: CalendarDateStringSchema.nullable(),
  /** The issuing body as written after "của". */
  body: TextItemSchema.nullable(),
  /** What it is about, after "về". */
  subject: TextItemSchema.nullable(),
  /** Keys of documents this one implements ("Kế hoạch … về thực hiện Kết luận số 21-KL/TW"). */
  implements: z.array(z.string()),
  /** `id`, or `TYPE NUMBER` when there is no id: what `implements` refers to. */
  key: z.string(),
  /** The first full mention. */
  text: z.string(),
  span: SpanSchema,
  rule: z.string(),
  /** Every mention, the first included. */
  mentions: z.array(TextItemSchema),
  /** Where the date was written, when there is one. */
  dateSpan: SpanSchema.nullable(),
})
export type DocumentRef = z.infer<typeof DocumentRefSchema>
