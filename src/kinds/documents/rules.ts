import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.documents`. */
export const DOCUMENT_RULES = defineRules([
  {
    id: 'document-ref/coded', kind: 'documents',
    grammars: ['document-ref/coded', 'document-ref/code-turn', 'document-ref/anchor', 'document-ref/date-tail', 'document-ref/body-tail', 'document-ref/subject-tail', 'document-ref/implements-lead'],
    does: 'a reference with a code, with or without its type word: Kế hoạch số 29-KH/TU, Nghị định 30/2020/NĐ-CP, Luật số 55/2014/QH13, '
      + 'a bare 21-NQ/TW, a code with a space after a separator (845/UBND- KT, 12- NQ/TU, 60/2018/QH 14), one part after a type word '
      + '(Công văn số 1611/BDN); then its date (after it, or before it with an issuing verb between: Ngày 15/3/2018, Thành ủy có …), '
      + 'issuer, subject and what it implements',
    examples: [
      { text: 'Thực hiện Kế hoạch số 29-KH/TU, ngày 14/01/2022 của Ban Thường vụ Tỉnh ủy.', item: 'Kế hoạch số 29-KH/TU' },
      { text: 'Theo Nghị định 30/2020/NĐ-CP về công tác văn thư.', item: 'Nghị định 30/2020/NĐ-CP' },
      { text: 'Ngày 2/8/2015, tại Văn bản số 845/UBND- KT, UBND tỉnh đồng ý chủ trương.', item: 'Văn bản số 845/UBND- KT' },
      { text: 'Ngày 15/3/2018, Thành ủy có Nghị quyết số 12- NQ/TU về công tác cán bộ.', item: 'Nghị quyết số 12- NQ/TU' },
      { text: 'Ban Dân nguyện đã chuyển Công văn số 2207/BDN ngày 5/12/2023 tới các bộ.', item: 'Công văn số 2207/BDN' },
      { text: 'Quỹ được lập theo Nghị quyết số 45/2019/QH 14 của Quốc hội.', item: 'Nghị quyết số 45/2019/QH 14' },
      // Ð (U+00D0) typed for Đ: read as the same code.
      { text: 'Chính phủ vừa ban hành Nghị định số 12/2025/NÐ-CP ngày 4.2.2025 về điện lực.', item: 'Nghị định số 12/2025/NÐ-CP' },
    ],
    negatives: [
      { text: 'Gọi số 0912-345 để hỏi.', why: 'a phone number: no abbreviation after the number' },
      { text: 'Gia đình ông sống tại nhà số 15/KP đường Lê Lợi.', why: 'one part after a number but no type word: an address' },
      { text: 'Đường số 3/HN nối hai xã.', why: 'one part after số alone, no type word' },
    ],
  },
  {
    id: 'document-ref/bare', kind: 'documents', grammars: ['document-ref/bare', 'document-ref/bare-number', 'document-ref/date-tail', 'document-ref/body-tail', 'document-ref/subject-tail'],
    does: 'a type word and a number with no code: Nghị quyết số 77, Chỉ thị số 35, Chỉ thị 05; in lower case without số when a tail '
      + 'follows (nghị định 35 của Chính phủ), a verb follows a word that is only a noun (đề án 125 có …), a parenthesis names the type '
      + '(văn bản 181 (Quy định …) is Quy định 181), or the text names the same document in full elsewhere (chỉ thị 05 after Chỉ thị 05-CT/TW)',
    examples: [
      { text: 'Quán triệt Chỉ thị số 35 của Bộ Chính trị.', item: 'Chỉ thị số 35' },
      { text: 'Ông cho biết, đề án 06 đã giúp người dân làm thủ tục nhanh hơn.', item: 'đề án 06' },
      { text: 'Việc xử lý theo văn bản 102 (Quy định xử lý đảng viên vi phạm) đang được sửa đổi.', item: 'văn bản 102' },
      { text: 'Các chi bộ gắn chỉ thị 05 với sinh hoạt chuyên đề, như Chỉ thị 05-CT/TW của Bộ Chính trị yêu cầu.', item: 'chỉ thị 05' },
    ],
    negatives: [
      { text: 'Thực hiện Kế hoạch 2025 của tỉnh.', why: 'Kế hoạch 2025: a plan for a year, not plan number 2025' },
      { text: 'Đoàn kiểm tra kết luận 38 đảng viên có vi phạm.', why: 'kết luận in lower case without số: the verb' },
      { text: 'Dự thảo báo cáo 5 năm có nhiều điểm mới.', why: 'báo cáo is a verb too: a verb after the number is not enough' },
      { text: 'Các chi bộ gắn chỉ thị 12 với sinh hoạt chuyên đề.', why: 'lower case, no số, no tail, and no full reference to chỉ thị 12 in the text' },
      { text: 'Phương án 5,5% cũng có thể chấp nhận được.', why: 'a percentage, not a number' },
      { text: 'Đoàn đã quyết định 2, 3 đảng viên bị kỷ luật.', why: 'the verb, with a list of counts after it: the comma is no tail' },
      { text: 'Trong văn bản 12 (bản sao) có ghi rõ.', why: 'the parenthesis names no type' },
    ],
  },
  {
    id: 'document-ref/list', kind: 'documents', grammars: ['document-ref/bare', 'document-ref/coded', 'document-ref/date-tail', 'document-ref/body-tail'],
    does: 'a list of numbers after one type word, one document per number: các đề án 05, 07, 08 của Tỉnh ủy; Nghị quyết số 18, 19-NQ/TW '
      + '(18-NQ/TW and 19-NQ/TW: the code applies to every number); the list shares the date and issuer of its tail',
    examples: [
      { text: 'Triển khai thực hiện các đề án 03,04,09 của Tỉnh ủy; đổi mới công tác tuyên truyền.', item: '04' },
      { text: 'Triển khai Đề án 5, 7 và 8 của Huyện ủy về phát triển kinh tế.', item: 'Đề án 5' },
      { text: 'Quán triệt Nghị quyết số 26, 27-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương.', item: 'Nghị quyết số 26' },
      { text: 'UBND tỉnh ban hành Quyết định số 112 và 113/QĐ-UBND về kiện toàn ban chỉ đạo.', item: 'Quyết định số 112' },
    ],
    negatives: [
      { text: 'Chỉ thị 05, 10 đảng viên được khen thưởng.', not: '10', why: 'a count follows the last number: not a list of references' },
      { text: 'Hoàn thành Kế hoạch 2024, 2025 của tỉnh.', why: 'years: plans for years, not numbers' },
      { text: 'Thực hiện Nghị quyết 5,5 của Hội đồng.', not: '5', why: 'a decimal number' },
    ],
  },
])
