/**
 * vn-news-extract: typed, span-audited records from Vietnamese news articles about Party and
 * state organisation work. The core is pure: no I/O, no Node APIs, deterministic, never throws.
 */
export { extract, explain, describePipeline, type ExtractOptions, type Explanation, type RejectedCandidate } from './extract.ts'
export { parseVietnameseNumber, parseDigits, type ParsedNumber } from './parse/number.ts'
export { parseNumberWords } from './parse/number-words.ts'
export { parseRoman } from './parse/roman.ts'
export { normalize, type NormalizedText } from './normalize/normalize.ts'
export type { ArticleRecord, PublicationStamp } from './records/article.ts'
export type { DocumentRef } from './records/document-ref.ts'
export type { DateItem, PartOfDay } from './records/date-item.ts'
export type { Person, Title } from './records/person.ts'
export type { Body } from './records/body.ts'
export type { Meeting } from './records/meeting.ts'
export type { Count, Amount } from './records/count.ts'
export type { Issue, IssueCode } from './records/issue.ts'
export type { Span, TextItem } from './records/span.ts'
export type { ErrorLine } from './records/error-line.ts'
export { normalizePublished } from './parse/published.ts'
