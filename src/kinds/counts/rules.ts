import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.counts` and `record.amounts`. */
export const COUNT_RULES = defineRules([
  {
    id: 'count/number', kind: 'counts', grammars: ['count/number', 'count/abbreviation-definition', 'count/scope', 'count/compared-to'],
    does: 'a number in digits with what it counts: 608 tổ chức cơ sở đảng, 49.820 đảng viên, tăng 331, 57,5%',
    examples: [
      { text: 'Đảng bộ tỉnh có 608 tổ chức cơ sở đảng.', item: '608 tổ chức cơ sở đảng' },
      { text: 'Toàn tỉnh kết nạp 1.250 đảng viên mới.', item: '1.250 đảng viên mới' },
    ],
    negatives: [
      { text: 'Hội nghị kéo dài trong 3 ngày.', why: 'a duration: a time unit follows' },
      { text: 'Dự án PMU 18 được triển khai.', why: 'a capitalised label before it (PMU 18): a name, not a count' },
      { text: 'Sinh hoạt chi bộ thứ 4 hằng tháng.', why: 'an ordinal after thứ' },
      { text: 'Chi bộ 4 họp định kỳ.', why: 'a numbered unit (Chi bộ 4), not four of something', knownMiss: 'read as 4 of "họp định kỳ": a verb phrase taken as the subject' },
      { text: 'Liên hệ số 0912345678.', why: 'a leading zero: a phone number' },
    ],
  },
  {
    id: 'count/word-number', kind: 'counts', grammars: ['count/word-number', 'count/scope', 'count/compared-to'],
    does: 'a number in words before a known count noun: mười lăm đảng viên, hai chi bộ',
    examples: [{ text: 'Chi bộ có mười lăm đảng viên.', item: 'mười lăm đảng viên' }],
    negatives: [
      { text: 'Đây là một đảng viên gương mẫu.', why: 'a lone một: the article "a"' },
      { text: 'Năm nay trời mưa nhiều.', why: 'năm as a year word: no count noun follows' },
    ],
  },
  {
    id: 'count/amount', kind: 'amounts', grammars: ['count/number'],
    does: 'money and measures, kept apart from counts: 20 triệu đồng, 35 ha, 1,2 tỷ đồng',
    examples: [{ text: 'Hỗ trợ 20 triệu đồng cho mỗi hộ.', item: '20 triệu đồng' }],
    negatives: [{ text: 'Ủng hộ hai triệu đồng.', why: 'an amount written in words is not read' }],
  },
])
