import * as z from 'zod'
import { CalendarDateStringSchema, SpanSchema, TextItemSchema } from './span.ts'

/** A numbered Party or state document the article refers to, merged across its mentions. */
export const DocumentRefSchema = z.object({
  /** Canonical code as written without spaces (`21-NQ/TW`, `30/2020/NĐ-CP`); null when only type + number. */
  id: z.string().nullable().describe(
    'The document code as written, spaces removed (`29-KH/TU`, `35- NQ/TW` → `35-NQ/TW`, `30/2020/NĐ-CP`, `55/2014/QH13`); null when the article gives only a type and a number (`Nghị quyết số 77`).',
  ),
  /** The number as written (`29`, `05`, `30`). */
  number: z.string().describe('The document number as written, leading zeros kept (`29`, `05`, `30`).'),
  /** Type code: the id's type part when there is one, else the code of the type word (`NQ`, `QĐi`, `L`). */
  type: z.string().describe(
    'Type code: the type part of the id (`KH` in `29-KH/TU`, `NĐ` in `30/2020/NĐ-CP`), else the code of the type word (`Nghị quyết` → `NQ`, `Luật` → `L`, `Công văn` → `CV`).',
  ),
  /** Lexicon key of the kind, taken from the word before the number (`quy-dinh`), else from the code. */
  kind: z.string().nullable().describe(
    'Document kind key from the lexicon (`nghi-quyet`, `ke-hoach`, `quy-dinh`, `ket-luan`, `nghi-dinh`, `luat`…), from the type word written before the number, else from the type code; null when neither is known.',
  ),
  /** The type word as written (`Chương trình hành động`), or null. */
  typeName: z.string().nullable().describe('The type word as written before the number (`Kế hoạch`, `Chương trình hành động`); null for a bare code (`21-NQ/TW`).'),
  system: z.enum(['party', 'state', 'unknown']).describe(
    '`party` for a Party document (Party issuer code such as `TW`, `TU`, `ĐUK`, or a Party issuing body), `state` for a state document (state code, law, state-only type such as `Nghị định`), `unknown` when neither can be told.',
  ),
  /** Issuer code (`TW`, `TU`, `CP`), from the id or inferred from "của <body>". */
  issuer: z.string().nullable().describe(
    'Issuer code: from the id (`TU` in `29-KH/TU`, `CP` in `30/2020/NĐ-CP`, `QH` in `55/2014/QH13`), else inferred from the body after `của` (`Bộ Chính trị` → `TW`); null when neither gives one.',
  ),
  issuerInferred: z.boolean().describe('True when `issuer` was inferred from the issuing body after `của`, not read from a code.'),
  /** Year in a state id (`30/2020/NĐ-CP` → 2020). */
  year: z.number().int().nullable().describe('The year in a state or law code (`30/2020/NĐ-CP` → 2020, `55/2014/QH13` → 2014); null for Party codes, state codes without a year (`339/QĐ-TTg`) and references without a code.'),
  /** Term of the issuing body (`khóa XIII` → `XIII`; `QH13` → `13`). */
  term: z.string().nullable().describe('Term of the issuing body, as written: `khóa XIII` after the body → `XIII`, a law code\'s National Assembly number `QH13` → `13`; null when none.'),
  /** Issue date written with the reference. */
  date: CalendarDateStringSchema.nullable().describe(
    'Issue date written right after the reference or its body (`Kế hoạch số 29-KH/TU, ngày 24/02/2022` → `2022-02-24`), `YYYY-MM-DD`; a day written without a year takes the year the date resolver gives it. Null when none.',
  ),
  /** The issuing body as written after "của". */
  body: TextItemSchema.nullable().describe('The issuing body as written after `của` (`Ban Thường vụ Tỉnh ủy`), `khóa …` not included; null when none.'),
  /** What it is about, after "về". */
  subject: TextItemSchema.nullable().describe('What the document is about: the words after `về`, up to `;`, `(`, the sentence end or the next reference (an implemented reference, `về thực hiện Kết luận số 21-KL/TW`, is kept in); null when none.'),
  /** Keys of documents this one implements ("Kế hoạch … về thực hiện Kết luận số 21-KL/TW"). */
  implements: z.array(z.string()).describe(
    '`key`s of the documents this one implements (`Kế hoạch số 29-KH/TU … về thực hiện Kết luận số 21-KL/TW` → `["21-KL/TW"]`); normally the `key` of another item of `documents`. Empty when none.',
  ),
  /** `id`, or `TYPE NUMBER` when there is no id: what `implements` refers to. */
  key: z.string().describe('Identifier within the record: `id`, or `TYPE NUMBER` without leading zeros when there is no id (`Chỉ thị số 05` → `CT 5`). `implements` refers to it.'),
  /** The first full mention. */
  text: z.string().describe('The first mention exactly as in the original input, type word included (`Kế hoạch số 29-KH/TU`).'),
  span: SpanSchema.describe('Where the first mention is in the original input (UTF-16 offsets).'),
  rule: z.string().describe('The rule that made the first mention: `document-ref/coded` (with a code), `document-ref/bare` (type word and number only), or `document-ref/list` (one number of a list after one type word: `các đề án 05, 07, 08`).'),
  /** Every mention, the first included. */
  mentions: z.array(TextItemSchema).describe('Every mention of the document, the first included, in text order (later short mentions such as `Nghị quyết 77` merged in).'),
  /** Where the date was written, when there is one. */
  dateSpan: SpanSchema.nullable().describe('Where the date itself is written in the original input (`24/02/2022`, `5 tháng 3 năm 2020`; `ngày` not included); null when `date` is null.'),
}).describe(
  'A numbered Party or state document the article refers to (`Kế hoạch số 29-KH/TU`, `Nghị định số 30/2020/NĐ-CP`, `Nghị quyết số 77`), merged across its mentions, '
  + 'with the date, issuing body, subject and implemented documents written after its first full mention.',
)
export type DocumentRef = z.infer<typeof DocumentRefSchema>
