import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.documents`. */
export const DOCUMENT_RULES = defineRules([
  {
    id: 'document-ref/coded', kind: 'documents',
    grammars: ['document-ref/coded', 'document-ref/date-tail', 'document-ref/body-tail', 'document-ref/subject-tail', 'document-ref/implements-lead'],
    does: 'a reference with a code, with or without its type word: Kế hoạch số 29-KH/TU, Nghị định 30/2020/NĐ-CP, Luật số 55/2014/QH13, a bare 21-NQ/TW; then its date, issuer, subject and what it implements',
    examples: [
      { text: 'Thực hiện Kế hoạch số 29-KH/TU, ngày 14/01/2022 của Ban Thường vụ Tỉnh ủy.', item: 'Kế hoạch số 29-KH/TU' },
      { text: 'Theo Nghị định 30/2020/NĐ-CP về công tác văn thư.', item: 'Nghị định 30/2020/NĐ-CP' },
    ],
    negatives: [{ text: 'Gọi số 0912-345 để hỏi.', why: 'a phone number: no abbreviation after the number' }],
  },
  {
    id: 'document-ref/bare', kind: 'documents', grammars: ['document-ref/bare', 'document-ref/date-tail', 'document-ref/body-tail', 'document-ref/subject-tail'],
    does: 'a type word and a number with no code: Nghị quyết số 77, Chỉ thị số 35, Chỉ thị 05',
    examples: [{ text: 'Quán triệt Chỉ thị số 35 của Bộ Chính trị.', item: 'Chỉ thị số 35' }],
    negatives: [
      { text: 'Thực hiện Kế hoạch 2025 của tỉnh.', why: 'Kế hoạch 2025: a plan for a year, not plan number 2025' },
      { text: 'Đoàn kiểm tra kết luận 38 đảng viên có vi phạm.', why: 'kết luận in lower case without số: the verb' },
    ],
  },
])
