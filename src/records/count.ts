import * as z from 'zod'
import { CalendarDateStringSchema, SpanSchema, TextItemSchema } from './span.ts'

export const QualifierSchema = z.enum(['over', 'more_than', 'almost', 'nearly', 'about', 'up_to', 'reached', 'at_least', 'under'])

/** A period a count refers to (`6 tháng đầu năm 2024`), from the same sentence. */
export const CountPeriodSchema = TextItemSchema.extend({
  start: CalendarDateStringSchema.nullable(),
  end: CalendarDateStringSchema.nullable(),
})

/**
 * A stated quantity of countable things, or a percentage: "608 tổ chức cơ sở đảng",
 * "trên 6.800 văn bản", "88 ĐV, đạt 57,5% chỉ tiêu", "tăng 331 đảng viên so với cùng kỳ".
 */
export const CountSchema = z.object({
  value: z.number(),
  /** What is counted, as written; an abbreviation the article defines is expanded (`ĐV` → `đảng viên`). */
  subject: z.string(),
  /** The subject exactly as written in this mention (`ĐV mới`); empty when a percentage takes the subject of the count before it. */
  subjectText: z.string(),
  /** Known Party statistic (`members`, `new-members`, `grassroots-organisations`…), else null. */
  category: z.string().nullable(),
  /** True for a percentage; `value` is then the percent (57.5). */
  percent: z.boolean(),
  /** trên → over, hơn → more_than, gần → nearly, khoảng → about…; the value is unchanged. */
  qualifier: QualifierSchema.nullable(),
  /** A range (`35-40%`) keeps its upper bound here; `value` is the lower bound. */
  upTo: z.number().nullable(),
  /** `tăng 331 …` / `giảm …`: the count is a change. */
  change: z.enum(['increase', 'decrease']).nullable(),
  /** What a change is measured against (`so với cùng kỳ năm trước` → `same-period-previous-year`). */
  comparedTo: z.string().nullable(),
  /** `mỗi năm … tăng thêm 1.800 đảng viên` → `per-year`. */
  rate: z.enum(['per-year', 'per-month']).nullable(),
  /** `với tổng số 49.820 đảng viên`: written as a total. */
  total: z.boolean(),
  /** Index in `counts` of the total this count is a part of (parenthesised breakdowns, `trong đó`). */
  partOf: z.number().int().nullable(),
  /** For a percentage: `target` (đạt 57,5% chỉ tiêu), `share` (83% tổng số đảng viên); else null. */
  relation: z.enum(['target', 'share']).nullable(),
  /** Index in `counts` of the count a target or share percentage qualifies (`88 ĐV, đạt 57,5% chỉ tiêu`). */
  of: z.number().int().nullable(),
  period: CountPeriodSchema.nullable(),
  /** `toàn tỉnh Quảng Trị`, `Đảng bộ tỉnh`, `toàn Đảng bộ khối`, from the same sentence. */
  scope: TextItemSchema.nullable(),
  /** The body the count belongs to: the last Party or state body named before it in its sentence. */
  body: TextItemSchema.nullable(),
  text: z.string(),
  span: SpanSchema,
  rule: z.string(),
  valueSpan: SpanSchema,
  subjectSpan: SpanSchema,
})
export type Count = z.infer<typeof CountSchema>

/** Money and physical measures: `20 triệu đồng`, `35 ha`, `12 km`. */
export const AmountSchema = z.object({
  value: z.number(),
  unit: z.string(),
  qualifier: QualifierSchema.nullable(),
  text: z.string(),
  span: SpanSchema,
  rule: z.string(),
})
export type Amount = z.infer<typeof AmountSchema>
