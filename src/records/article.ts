import * as z from 'zod'
import { BodySchema } from './body.ts'
import { AmountSchema, CountSchema } from './count.ts'
import { MeetingSchema } from './meeting.ts'
import { PersonSchema } from './person.ts'
import { DateItemSchema } from './date-item.ts'
import { DocumentRefSchema } from './document-ref.ts'
import { IssueSchema } from './issue.ts'
import { TextItemSchema } from './span.ts'

/** The publication stamp found in the text (`09:11, 10/11/2021`, `Cập nhật lúc : 13/07/2023 12:27`). */
export const PublicationStampSchema = TextItemSchema.extend({
  value: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/),
})

/** One article, read. Every item carries `text` and `span` into the original input. */
export const ArticleRecordSchema = z.object({
  schemaVersion: z.literal(1),
  /** The article's identifier: an archive row's id or URL, else `file:line`, else the file's path (the `id` option). */
  id: z.string().nullable(),
  /** Where it came from: a path, `path:line` for a row of an archive, `-` for standard input (the `source` option). */
  source: z.string().nullable(),
  /** `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD`: the stamp in the text, else the `published` option; null when neither. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/).nullable(),
  publishedFrom: z.enum(['text', 'option']).nullable(),
  publication: PublicationStampSchema.nullable(),
  title: TextItemSchema.nullable(),
  /** The author's short name at the end (`Tuấn Anh`, `X.T`, `PV`). */
  byline: TextItemSchema.nullable(),
  /** Names after `Ảnh:`. */
  photoCredits: z.array(TextItemSchema),
  /** Photo caption lines. */
  captions: z.array(TextItemSchema),
  documents: z.array(DocumentRefSchema),
  dates: z.array(DateItemSchema),
  people: z.array(PersonSchema),
  bodies: z.array(BodySchema),
  meetings: z.array(MeetingSchema),
  /** The article's province: the one it names most (its post-2025 unit in `province2025`). */
  province: z.object({ name: z.string(), province2025: z.string().nullable(), mentions: z.number().int() }).nullable(),
  counts: z.array(CountSchema),
  amounts: z.array(AmountSchema),
  stats: z.object({
    inputLength: z.number().int(),
    textLength: z.number().int(),
    paragraphs: z.number().int(),
    sentences: z.number().int(),
    duplicateParagraphs: z.number().int(),
    html: z.boolean(),
  }),
  issues: z.array(IssueSchema),
})
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>
export type PublicationStamp = z.infer<typeof PublicationStampSchema>
