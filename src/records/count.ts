import * as z from 'zod'
import { CalendarDateStringSchema, SpanSchema, TextItemSchema } from './span.ts'

export const QualifierSchema = z.enum(['over', 'more_than', 'almost', 'nearly', 'about', 'up_to', 'reached', 'at_least', 'under']).describe(
  'The word before the number that qualifies it (the value is unchanged): trên → over, hơn → more_than, gần như → almost, gần → nearly, '
  + 'khoảng / xấp xỉ / ước → about, tới / lên tới → up_to, đạt → reached, ít nhất / tối thiểu / từ → at_least, dưới / chưa đến → under.',
)

/** A period a count refers to (`6 tháng đầu năm 2024`), from the same sentence. */
export const CountPeriodSchema = TextItemSchema.extend({
  start: CalendarDateStringSchema.nullable().describe('First day of the period, `YYYY-MM-DD` (as in the matching `dates` item); null when its year is unknown.'),
  end: CalendarDateStringSchema.nullable().describe('Last day of the period, `YYYY-MM-DD` (as in the matching `dates` item); null when its year is unknown.'),
}).describe('A period written in the same sentence as a count (`6 tháng đầu năm 2024`, `quý III/2023`, `năm 2023`), with the days it covers.')

/**
 * A stated quantity of countable things, or a percentage: "608 tổ chức cơ sở đảng",
 * "trên 6.800 văn bản", "88 ĐV, đạt 57,5% chỉ tiêu", "tăng 331 đảng viên so với cùng kỳ".
 */
export const CountSchema = z.object({
  value: z.number().describe(
    'The number, parsed from digits or words (`49.820 đảng viên` → 49820, `1,8 triệu` → 1800000, `mười lăm` → 15); for a percentage the percent (`57,5%` → 57.5); '
    + 'for a range its lower bound; for a fraction (`155/160 xã`) its numerator.',
  ),
  /** What is counted, as written; an abbreviation the article defines is expanded (`ĐV` → `đảng viên`). */
  subject: z.string().describe(
    'What is counted, normalised (NFC, single spaces), every abbreviation the article defines expanded (`88 ĐV` → `đảng viên`). A percentage with no words after it takes the phrase before it '
    + '(`tăng trưởng kinh tế đạt 7,5%`, `tỷ lệ …`) or the subject of the count before it in the sentence; empty string when none is found.',
  ),
  /** The subject exactly as written in this mention (`ĐV mới`); empty when a percentage takes the subject of the count before it. */
  subjectText: z.string().describe(
    'The subject as written at this count, abbreviations not expanded (`ĐV mới`); empty when a percentage takes the subject of the count before it, or has none.',
  ),
  /** Known Party statistic (`members`, `new-members`, `grassroots-organisations`…), else null. */
  category: z.string().nullable().describe(
    'Known Party statistic the subject names, partly decided by words in the sentence: `members` (đảng viên), `new-members` (đảng viên mới, kết nạp…), '
    + '`members-disciplined` (kỷ luật…), `members-inspected` (kiểm tra, giám sát), `grassroots-organisations` (tổ chức cơ sở đảng), '
    + '`grassroots-party-committees` (đảng bộ cơ sở), `grassroots-cells` (chi bộ cơ sở), `party-cells` (chi bộ), `affiliated-cells` (chi bộ trực thuộc), '
    + '`affiliated-committees` (đảng bộ trực thuộc), `sub-committees` (đảng bộ bộ phận), `party-organisations` (tổ chức đảng), `organisations-disciplined`, '
    + '`organisations-inspected`, `cases` (trường hợp), `cases-verified` (thẩm tra, xác minh), `documents-issued` (văn bản ban hành), `cadres` (cán bộ), '
    + '`cadres-trained` (lượt cán bộ đào tạo, bồi dưỡng), `petitions` (đơn thư), `candidates` (người ứng cử), `polling-areas` (khu vực bỏ phiếu); '
    + 'the list is `COUNT_CATEGORIES` in src/lexicon/count-words.ts; null otherwise.',
  ),
  /** True for a percentage; `value` is then the percent (57.5). */
  percent: z.boolean().describe('True for a percentage; `value` (and `upTo`) is then the percent, 57.5 for `57,5%`.'),
  /** trên → over, hơn → more_than, gần → nearly, khoảng → about…; the value is unchanged. */
  qualifier: QualifierSchema.nullable().describe('The qualifier written before the number (`trên 6.800 văn bản` → `over`), the value unchanged; null when none.'),
  /** A range (`35-40%`) keeps its upper bound here; `value` is the lower bound. */
  upTo: z.number().nullable().describe('Upper bound of a percentage range (`35-40%` → 40, `value` 35); null otherwise.'),
  /** `tăng 331 …` / `giảm …`: the count is a change. */
  change: z.enum(['increase', 'decrease']).nullable().describe('Set when the number is a change: `tăng 331 đảng viên` → `increase`, `giảm …` → `decrease`; null otherwise.'),
  /** What a change is measured against (`so với cùng kỳ năm trước` → `same-period-previous-year`). */
  comparedTo: z.string().nullable().describe(
    'For a change, what it is measured against (`so với …` after it): `same-period-previous-year` (cùng kỳ …), `previous-year` (năm trước, năm ngoái), '
    + 'else the words as written (`năm 2020`, `đầu nhiệm kỳ`, `tháng trước`, `quý trước`, `kỳ trước`); null when not a change or not said.',
  ),
  /** `mỗi năm … tăng thêm 1.800 đảng viên` → `per-year`. */
  rate: z.enum(['per-year', 'per-month']).nullable().describe(
    '`per-year` when `mỗi năm`, `hằng năm`, `bình quân mỗi năm` or `/năm` comes before the number in its sentence (`mỗi năm … tăng thêm 1.800 đảng viên`), `per-month` for `mỗi tháng`, `hằng tháng`; else null.',
  ),
  /** `với tổng số 49.820 đảng viên`: written as a total. */
  total: z.boolean().describe('True when written as a total: `tổng số`, `tổng cộng`, `tổng`, `toàn bộ` or `tất cả` right before the number (`với tổng số 49.820 đảng viên`).'),
  /** Index in `counts` of the total this count is a part of (parenthesised breakdowns, `trong đó`). */
  partOf: z.number().int().nullable().describe(
    '0-based index in `counts` of the total this count is a part of, when it is a breakdown in parentheses right after that total (`49.820 đảng viên (1.200 đảng viên mới)`) or follows `trong đó`; null otherwise.',
  ),
  /** For a percentage: `target` (đạt 57,5% chỉ tiêu), `share` (83% tổng số đảng viên); else null. */
  relation: z.enum(['target', 'share']).nullable().describe(
    'For a percentage: `target` when it measures attainment of a target (`đạt 57,5% chỉ tiêu`, `kế hoạch`), `share` when it is a share of a whole (`83% tổng số đảng viên`, `chiếm 83%`); else null.',
  ),
  /** Index in `counts` of the count a target or share percentage qualifies (`88 ĐV, đạt 57,5% chỉ tiêu`). */
  of: z.number().int().nullable().describe(
    'For a target or share percentage: 0-based index in `counts` of the count it qualifies, the last non-percentage count before it in the sentence (`88 ĐV, đạt 57,5% chỉ tiêu` → the index of 88); null when there is none or the percentage has no `relation`.',
  ),
  period: CountPeriodSchema.nullable().describe(
    'The period of the sentence: the last month, year, quarter, period, term or range written before the number, else the first after it; null when the sentence has none.',
  ),
  /** `toàn tỉnh Quảng Trị`, `Đảng bộ tỉnh`, `toàn Đảng bộ khối`, from the same sentence. */
  scope: TextItemSchema.nullable().describe('The last scope phrase before the number in its sentence (`toàn tỉnh Quảng Trị`, `Đảng bộ tỉnh`, `toàn Đảng bộ khối`); null when none.'),
  /** The body the count belongs to: the last Party or state body named before it in its sentence. */
  body: TextItemSchema.nullable().describe('The body the count belongs to: the last mention of an item of `bodies` before it in its sentence, as written; null when none.'),
  text: z.string().describe('The count exactly as in the original input, from its lead words (qualifier, `tăng`, `tổng số`) to the end of its subject (`trên 6.800 văn bản`, `đạt 57,5% chỉ tiêu`).'),
  span: SpanSchema.describe('Where `text` is in the original input (UTF-16 offsets).'),
  rule: z.string().describe('How the number was read: `count/number` (digits), `count/word-number` (words, `mười lăm đảng viên`), '
    + '`count/part-of-whole` (`6 trong 7 phương án`: the part, its subject the whole\'s) or `count/topic-percent` (a percentage whose subject is the topic of '
    + 'the sentences before it: `đề xuất mức tăng 8,18%` after a sentence on `lương tối thiểu vùng`). Rules and their examples: `src/kinds/counts/rules.ts`.'),
  valueSpan: SpanSchema.describe('Where the number itself is written (`49.820`, `57,5%`, `1,8 triệu`), UTF-16 offsets into the original input.'),
  subjectSpan: SpanSchema.describe(
    'Where the subject is written in the original input: after the number, or before it for a percentage that takes the phrase before it; an empty span at the end of the number when the subject is inherited or missing.',
  ),
}).describe(
  'A stated quantity of countable things, or a percentage (`608 tổ chức cơ sở đảng`, `trên 6.800 văn bản`, `88 ĐV, đạt 57,5% chỉ tiêu`, `tăng 331 đảng viên so với cùng kỳ`), '
  + 'with what it counts and how it relates to the other counts of its sentence. Money and measures are in `amounts` instead.',
)
export type Count = z.infer<typeof CountSchema>

/** Money and physical measures: `20 triệu đồng`, `35 ha`, `12 km`. */
export const AmountSchema = z.object({
  value: z.number().describe('The number with its scale word applied, in `unit`s (`20 triệu đồng` → 20000000, `35 ha` → 35).'),
  unit: z.string().describe('Unit key: `VND`, `USD`, `EUR`, `ha`, `km`, `km2`, `m`, `m2`, `m3`, `tonne`, `quintal`, `kg`, `litre`, `MW`, `kW` or `kWh`.'),
  qualifier: QualifierSchema.nullable().describe('The qualifier written before the number (`khoảng 20 triệu đồng` → `about`), the value unchanged; null when none.'),
  text: z.string().describe('The amount exactly as in the original input, qualifier and unit included (`20 triệu đồng`).'),
  span: SpanSchema.describe('Where `text` is in the original input (UTF-16 offsets).'),
  rule: z.string().describe('Always `count/amount`.'),
}).describe('An amount of money or a physical measure (`20 triệu đồng`, `35 ha`, `12 km`), kept out of `counts`.')
export type Amount = z.infer<typeof AmountSchema>
