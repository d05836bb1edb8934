/** Data modules: every list the grammars are built from, for reuse and review. */
export { DOCUMENT_TYPES, type DocumentTypeEntry, type DocumentTypeKey } from './document-types.ts'
export { ISSUERS, type IssuerEntry } from './issuers.ts'
export { DOTTED_ABBREVIATIONS } from './abbreviations.ts'
export { PARTS_OF_DAY, DURATION_FOLLOWERS, QUARTERS } from './time-words.ts'
export * from './number-words.ts'
