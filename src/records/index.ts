/** The record contract as zod schemas (types are inferred from them). */
export { ArticleRecordSchema, PublicationStampSchema, type ArticleRecord, type PublicationStamp } from './article.ts'
export { DocumentRefSchema, type DocumentRef } from './document-ref.ts'
export { DateItemSchema, PartOfDaySchema, type DateItem, type PartOfDay } from './date-item.ts'
export { IssueSchema, IssueCodeSchema, type Issue, type IssueCode } from './issue.ts'
export { SpanSchema, TextItemSchema, CalendarDateStringSchema, type Span, type TextItem } from './span.ts'
export { CountSchema, AmountSchema, QualifierSchema, CountPeriodSchema, type Count, type Amount } from './count.ts'
