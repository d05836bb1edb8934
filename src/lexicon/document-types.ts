/**
 * Document types: the word written before the number, and the codes it takes.
 * Where do I add a new document type? Here: one line, then one example in
 * `src/kinds/documents/grammar.examples.ts`, and `npm run grammars` (the document grammars are built
 * from this list).
 *
 * `code` is the canonical type code (ANNOTATION.md); `codes` are the abbreviations accepted
 * inside a document id for this kind. `system`: party, state or both (Nghị định 30/2020/NĐ-CP,
 * Phụ lục III; Quy định 66-QĐ/TW and Hướng dẫn 36-HD/VPTW as summarised in DOMAIN.md).
 */
export interface DocumentTypeEntry {
  readonly key: string
  readonly name: string
  readonly code: string
  readonly codes: readonly string[]
  readonly system: 'party' | 'state' | 'both'
  /** Other spellings of the type word ("Chương trình hành động"). */
  readonly aliases?: readonly string[]
  /**
   * The word is only ever a noun: never the verb (`kết luận`, `quyết định`, `báo cáo`, `hướng dẫn` are
   * verbs too) nor a plan for a period (`kế hoạch 5 năm`). Written in lower case without `số`, its
   * number is a reference when a verb follows it too (`đề án 125 có …`), not only a tail word.
   */
  readonly nounOnly?: boolean
}

export const DOCUMENT_TYPES = [
  { key: 'nghi-quyet', name: 'Nghị quyết', code: 'NQ', codes: ['NQ', 'NQLT'], system: 'both', aliases: ['Nghị quyết liên tịch'], nounOnly: true },
  { key: 'chi-thi', name: 'Chỉ thị', code: 'CT', codes: ['CT'], system: 'both' },
  { key: 'ket-luan', name: 'Kết luận', code: 'KL', codes: ['KL'], system: 'party', aliases: ['Thông báo kết luận'] },
  { key: 'quyet-dinh', name: 'Quyết định', code: 'QĐ', codes: ['QĐ', 'QĐNS', 'QĐ-TW'], system: 'both' },
  // Quy định: QĐi in the older Party guide, QĐ in later practice, QyĐ for state documents.
  { key: 'quy-dinh', name: 'Quy định', code: 'QĐi', codes: ['QĐi', 'QĐ', 'QyĐ'], system: 'both' },
  { key: 'quy-che', name: 'Quy chế', code: 'QC', codes: ['QC'], system: 'both' },
  { key: 'huong-dan', name: 'Hướng dẫn', code: 'HD', codes: ['HD'], system: 'both' },
  { key: 'thong-bao', name: 'Thông báo', code: 'TB', codes: ['TB'], system: 'both' },
  { key: 'thong-tri', name: 'Thông tri', code: 'TT', codes: ['TT'], system: 'party' },
  { key: 'bao-cao', name: 'Báo cáo', code: 'BC', codes: ['BC'], system: 'both' },
  { key: 'ke-hoach', name: 'Kế hoạch', code: 'KH', codes: ['KH'], system: 'both' },
  { key: 'chuong-trinh', name: 'Chương trình', code: 'CTr', codes: ['CTr'], system: 'both', aliases: ['Chương trình hành động'] },
  { key: 'to-trinh', name: 'Tờ trình', code: 'TTr', codes: ['TTr'], system: 'both', nounOnly: true },
  { key: 'cong-van', name: 'Công văn', code: 'CV', codes: ['CV'], system: 'both', aliases: ['Văn bản'] },
  { key: 'de-an', name: 'Đề án', code: 'ĐA', codes: ['ĐA'], system: 'both', nounOnly: true },
  { key: 'phuong-an', name: 'Phương án', code: 'PA', codes: ['PA'], system: 'both' },
  { key: 'thong-cao', name: 'Thông cáo', code: 'TC', codes: ['TC'], system: 'both' },
  { key: 'bien-ban', name: 'Biên bản', code: 'BB', codes: ['BB'], system: 'both' },
  { key: 'quy-trinh', name: 'Quy trình', code: 'QTr', codes: ['QTr'], system: 'party' },
  { key: 'nghi-dinh', name: 'Nghị định', code: 'NĐ', codes: ['NĐ'], system: 'state', nounOnly: true },
  { key: 'thong-tu', name: 'Thông tư', code: 'TT', codes: ['TT', 'TTLT'], system: 'state', aliases: ['Thông tư liên tịch'], nounOnly: true },
  { key: 'luat', name: 'Luật', code: 'L', codes: [], system: 'state' },
  { key: 'phap-lenh', name: 'Pháp lệnh', code: 'PL', codes: [], system: 'state' },
  { key: 'cong-dien', name: 'Công điện', code: 'CĐ', codes: ['CĐ'], system: 'state', nounOnly: true },
] as const satisfies readonly DocumentTypeEntry[]

export type DocumentTypeKey = (typeof DOCUMENT_TYPES)[number]['key']
