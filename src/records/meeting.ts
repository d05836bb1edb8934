import * as z from 'zod'
import { CalendarDateStringSchema, SpanSchema, TextItemSchema } from './span.ts'
import { PartOfDaySchema } from './date-item.ts'

const PeriodSchema = TextItemSchema.extend({
  start: CalendarDateStringSchema.nullable().describe('First day of the period, `YYYY-MM-DD` (as in the matching `dates` item); null when its year is unknown.'),
  end: CalendarDateStringSchema.nullable().describe('Last day of the period, `YYYY-MM-DD` (as in the matching `dates` item); null when its year is unknown.'),
}).describe('A period (month, quarter, months of a year, or year) written after the meeting\'s kind in the same sentence, with the days it covers.')

/** A meeting or working session the article reports as held (or a ceremony: kind `ceremony`). */
export const MeetingSchema = z.object({
  /** Kind key: `review-midterm` (sơ kết), `review-final` (tổng kết), `briefing` (giao ban), `working-session`… */
  kind: z.string().describe(
    'Kind key: `review-midterm` (sơ kết), `review-final` (tổng kết), `briefing` (giao ban), `working-session` (buổi làm việc, làm việc với), `executive-committee` (hội nghị Ban Chấp hành), '
    + '`standing-committee`, `announcement`, `reporters`, `online-conference`, `session` (kỳ họp, phiên họp), `congress` (đại hội), `seminar`, `round-table`, `press-conference`, '
    + '`gathering`, `voter-meeting`, `conference` (hội nghị otherwise), `meeting`; `ceremony` for a ceremony held (lễ kỷ niệm, lễ trao …, lễ công bố, lễ phát động, mít tinh): '
    + 'an event of its own, kept in this list with its day, chairs and attendees, and left out when only meetings are wanted.',
  ),
  /** The kind as written: `Hội nghị sơ kết`, `Hội nghị Ban Chấp hành mở rộng lần thứ 16`. */
  kindText: z.string().describe('The kind as written in the original input at the first mention (`Hội nghị sơ kết`, `Hội nghị Ban Chấp hành mở rộng lần thứ 16`, `làm việc với`); the same as `text`.'),
  /** `lần thứ 16` → 16. */
  ordinal: z.number().int().nullable().describe('The ordinal written with the kind (`lần thứ 16` → 16, `kỳ họp thứ 17` → 17); null when none.'),
  date: CalendarDateStringSchema.nullable().describe(
    'The day it was held, `YYYY-MM-DD`: a day written in the sentence of a mention, else (first meeting only) the article\'s lede date. Null when none, or when that day\'s year is unknown.',
  ),
  partOfDay: PartOfDaySchema.nullable().describe('The part of the day written with its date (`Chiều 12/7` → `afternoon`); null when none.'),
  /** Where the date was written. */
  dateText: TextItemSchema.nullable().describe('The date expression it was taken from, as in the original input (`Chiều 12/7`); null when no date was found.'),
  /** The body that held it (`Ban Tổ chức Tỉnh ủy đã tổ chức Hội nghị…`). */
  organiser: TextItemSchema.nullable().describe(
    'Who held it: the capitalised phrase before `tổ chức`, `họp`, `triệu tập` or `có buổi` earlier in the sentence (`Ban Tổ chức Tỉnh ủy đã tổ chức Hội nghị…`), as written; null when none.',
  ),
  /** For a working session, the body worked with (`làm việc với Ban Thường vụ Tỉnh ủy`); one session per body when several are named. */
  host: TextItemSchema.nullable().describe(
    'For a working session written `làm việc với …`, the body worked with (a mention of an item of `bodies`); several bodies named give one session each. Null otherwise.',
  ),
  /** Names of the people said to chair it. */
  chairs: z.array(z.string()).describe('Names (as in `people[].name`) of the people said to chair it (`chủ trì`): a chair belongs to the meeting mentioned in their sentence, else to the latest one opened before it.'),
  /** Names of the people said to attend. */
  attendees: z.array(z.string()).describe('Names (as in `people[].name`) of the people with the `attendee` role (`cùng dự có …`), linked like `chairs`; chairs are not repeated here.'),
  /** The period it reviews (`sơ kết … 6 tháng đầu năm 2023`) and the one it plans (`triển khai nhiệm vụ 6 tháng cuối năm`). */
  periodReviewed: PeriodSchema.nullable().describe('The period it reviews: the first month, quarter, period or year written after the kind in the same sentence (`sơ kết … 6 tháng đầu năm 2023`); '
    + 'a meeting that only plans (`hội nghị triển khai nhiệm vụ năm 2024`) gets its planned period here too. Null when none.'),
  periodPlanned: PeriodSchema.nullable().describe(
    'The period it plans: the second month, quarter, period or year written after the kind in the same sentence (`sơ kết … 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm`); null when none.',
  ),
  /** `nhằm …`: what it was for. */
  purpose: TextItemSchema.nullable().describe('What it was for: the words after `nhằm` within 80 characters after the kind, up to `;` or `.` (at most 200 characters); null when none.'),
  text: z.string().describe('The first mention of the kind exactly as in the original input.'),
  span: SpanSchema.describe('Where the first mention is in the original input (UTF-16 offsets).'),
  rule: z.string().describe('The rule that found the first mention: `meeting/kind` (a noun such as `hội nghị`), `meeting/working-with` (`làm việc với`) or `meeting/organised` (`tổ chức sơ kết`), `meeting/verb` (a body that met: `Bộ Chính trị đã họp`, `chủ trì họp Thường trực Chính phủ`) or `meeting/visit-work` (`đến thăm và làm việc tại`). Rules and their examples: `src/kinds/meetings/rules.ts`.'),
  mentions: z.array(TextItemSchema).describe('Every mention referring to it, the first included, in text order (later `hội nghị`, `buổi làm việc`…).'),
}).describe(
  'A meeting or working session the article reports as held (a kind mention in a sentence with a day, a "held" verb or `nhằm`): kind, date, organiser, host, chairs, attendees, '
  + 'the periods reviewed and planned, and its purpose. A session with no date still counts.',
)
export type Meeting = z.infer<typeof MeetingSchema>
