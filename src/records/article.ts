import * as z from 'zod'
import { BodySchema } from './body.ts'
import { AmountSchema, CountSchema } from './count.ts'
import { MeetingSchema } from './meeting.ts'
import { PersonSchema } from './person.ts'
import { DateItemSchema } from './date-item.ts'
import { DocumentRefSchema } from './document-ref.ts'
import { IssueSchema } from './issue.ts'
import { SpanSchema, TextItemSchema } from './span.ts'

/** The publication stamp found in the text (`09:11, 10/11/2021`, `Cập nhật lúc : 13/07/2023 12:27`). */
export const PublicationStampSchema = TextItemSchema.extend({
  value: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/).describe('The stamp read: `YYYY-MM-DDTHH:mm` when it has a time (`13/07/2023 12:27` → `2023-07-13T12:27`), else `YYYY-MM-DD`.'),
}).describe(
  'The publication stamp found in the text, on a short line near the top or bottom: a date with a time (`09:11, 10/11/2021`, `13/07/2023 12:27`) or a bare full date on its own line; '
  + '`text` is the date and time only, without a label such as `Cập nhật lúc :`.',
)

/** One article, read. Every item carries `text` and `span` into the original input. */
export const ArticleRecordSchema = z.object({
  schemaVersion: z.literal(1).describe('Version of this record format: 1.'),
  /** The article's identifier: an archive row's id or URL, else `file:line`, else the file's path (the `id` option). */
  id: z.string().nullable().describe('The article\'s identifier (the `id` option; in the CLI an archive row\'s id or URL, else `file:line`, else the file\'s path); null when none was given.'),
  /** Where it came from: a path, `path:line` for a row of an archive, `-` for standard input (the `source` option). */
  source: z.string().nullable().describe('Where the article came from (the `source` option; in the CLI a path, `path:line` for a row of an archive, `-` for standard input); null when none was given.'),
  /** `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD`: the stamp in the text, else the `published` option; null when neither. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/).nullable().describe(
    'Publication date, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD`: the stamp in the text (`publication.value`), else the `published` option; null when neither. '
    + 'Dates without a year are resolved against the option when it is given, else against the stamp.',
  ),
  publishedFrom: z.enum(['text', 'option', 'page']).nullable().describe('Where `published` came from: `text` the stamp in the article, `option` the `published` option, `page` the page\'s own metadata (article:published_time, JSON-LD, <time>; `extractPage`); null when `published` is null.'),
  publication: PublicationStampSchema.nullable().describe('The publication stamp found in the text (`Cập nhật lúc : 13/07/2023 12:27` → text `13/07/2023 12:27`); null when none.'),
  title: TextItemSchema.nullable().describe(
    'The headline: the first line of five or more words among the first eight lines, captions and the stamp skipped; null when there is none, or that line has over 40 words or ends in `.`, `:`, `;` or `,`.',
  ),
  /** The author's short name at the end (`Tuấn Anh`, `X.T`, `PV`). */
  byline: TextItemSchema.nullable().describe('The author\'s short name at the end (`Tuấn Anh`, `X.T`, `PV`): the last line, or glued after the last sentence; null when none.'),
  /** Names after `Ảnh:`. */
  photoCredits: z.array(TextItemSchema).describe('Photo credits: the names after `Ảnh:`, each name once, in text order.'),
  /** Photo caption lines. */
  captions: z.array(TextItemSchema).describe('Photo caption lines, whole: the first copy of a line the article repeats (up to 300 characters), and lines carrying a photo credit (up to 400).'),
  documents: z.array(DocumentRefSchema).describe('Numbered Party and state documents referred to (`29-KH/TU`, `30/2020/NĐ-CP`, `Nghị quyết số 77`), one item per document, in order of first mention.'),
  dates: z.array(DateItemSchema).describe('Every date and period written in the article (days, months, years, quarters, periods, terms, ranges), in text order; the publication stamp is not included.'),
  people: z.array(PersonSchema).describe('People named in the article, one item per full name, in order of first mention.'),
  bodies: z.array(BodySchema).describe('Party and state bodies named in the article, one item per name and locality, in order of first mention.'),
  meetings: z.array(MeetingSchema).describe('Meetings and working sessions the article reports as held, in text order.'),
  /** The article's province: the one it names most (its post-2025 unit in `province2025`). */
  province: z.object({
    name: z.string().describe('The province\'s name as in the lexicon (`Quảng Bình`, `Huế` for `Thừa Thiên Huế`): one of the 63 pre-2025 provinces or of the 34 post-2025 units.'),
    province2025: z.string().nullable().describe('The post-2025 unit it belongs to (`Quảng Bình` → `Quảng Trị`; itself when it kept its name or is already a post-2025 unit); null when unknown.'),
    mentions: z.number().int().describe('How many times the article names it (a person\'s name such as `Hồ Chí Minh` does not count).'),
  }).describe('A province named in the article, with its post-2025 unit.').nullable().describe(
    'The article\'s province: the one it names most (ties: the first named), with its post-2025 unit; null when it names none.',
  ),
  counts: z.array(CountSchema).describe('Stated quantities and percentages (`49.820 đảng viên` → 49820), in text order; `partOf` and `of` are indexes into this array.'),
  amounts: z.array(AmountSchema).describe('Money and physical measures (`20 triệu đồng`, `35 ha`), in text order.'),
  stats: z.object({
    inputLength: z.number().int().describe('Length of the whole input in UTF-16 code units, before any cut to `maxLength`.'),
    textLength: z.number().int().describe('Length, in UTF-16 code units, of the normalised text that was read (HTML stripped, NFC, whitespace cleaned); 0 when nothing was read.'),
    paragraphs: z.number().int().describe('Number of non-empty lines (paragraphs) in the normalised text.'),
    sentences: z.number().int().describe('Number of sentences in the normalised text.'),
    duplicateParagraphs: z.number().int().describe('Number of paragraphs that repeat an earlier one (captions, duplicated blocks); items are not taken from the repeats.'),
    html: z.boolean().describe('True when the input was read as HTML (the `format` option, or recognised by its tags).'),
  }).describe('Figures about the input and how it was read.'),
  issues: z.array(IssueSchema).describe('Problems found while reading the input; empty when none. The record is valid either way.'),
  page: z.object({
    siteName: z.string().nullable().describe('The site\'s name from its metadata (og:site_name, JSON-LD publisher), or what was cut from the title.'),
    author: z.string().nullable().describe('The author from the page\'s metadata (meta author, article:author, JSON-LD author), as written.'),
    published: z.string().nullable().describe('The page\'s own publication date, YYYY-MM-DD or YYYY-MM-DDTHH:mm (Vietnam time), null when it gives none.'),
    contentRanges: z.array(SpanSchema).describe('The UTF-16 ranges of the input chosen as the article body (by Readability); only they were read. Empty when none was found and the whole page was read.'),
  }).nullable().describe('For an HTML page read by `extractPage` (and by the CLI for HTML): what the page reader found; null otherwise.'),
}).describe(
  'One article, read into a record. Every extracted item carries `text` and `span`, with `input.slice(span.start, span.end) === text` in UTF-16 offsets of the original input.',
)
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>
export type PublicationStamp = z.infer<typeof PublicationStampSchema>
