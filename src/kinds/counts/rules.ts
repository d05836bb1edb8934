import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.counts` and `record.amounts`. */
export const COUNT_RULES = defineRules([
  {
    id: 'count/number', kind: 'counts', grammars: ['count/number', 'count/abbreviation-definition', 'count/scope', 'count/compared-to'],
    does: 'a number in digits with what it counts: 608 tổ chức cơ sở đảng, 49.820 đảng viên, tăng 331, 57,5%',
    examples: [
      { text: 'Đảng bộ tỉnh có 608 tổ chức cơ sở đảng.', item: '608 tổ chức cơ sở đảng' },
      { text: 'Toàn tỉnh kết nạp 1.250 đảng viên mới.', item: '1.250 đảng viên mới' },
      // A percentage whose subject comes before it (the clause's topic): the item is the number with its lead.
      { text: 'Giá trị xuất khẩu của tỉnh tăng 9,3% so với cùng kỳ.', item: 'tăng 9,3%' },
      // A share of what follows it, an acronym the article defined.
      { text: 'Tổng sản phẩm trong nước (GDP) quý I tăng 5,7%; khu vực dịch vụ chiếm 42,1% GDP.', item: '42,1% GDP' },
      // Percentage points, read like a percentage, with what they add to after "vào".
      { text: 'Ngành chế biến đóng góp 2,6 điểm phần trăm vào mức tăng chung.', item: '2,6 điểm phần trăm vào mức' },
      // A number whose noun is left out counts what the count before it counts.
      { text: 'Đảng bộ tỉnh có 41.200 đảng viên. Năm nay đã kết nạp khoảng 1.350.', item: 'khoảng 1.350' },
    ],
    negatives: [
      { text: 'Hội nghị kéo dài trong 3 ngày.', why: 'a duration: a time unit follows' },
      { text: 'Dự án PMU 18 được triển khai.', why: 'a capitalised label before it (PMU 18): a name, not a count' },
      { text: 'Sinh hoạt chi bộ thứ 4 hằng tháng.', why: 'an ordinal after thứ' },
      { text: 'Chi bộ 4 họp định kỳ.', why: 'a numbered unit (Chi bộ 4), not four of something', knownMiss: 'read as 4 of "họp định kỳ": a verb phrase taken as the subject' },
      { text: 'Liên hệ số 0912345678.', why: 'a leading zero: a phone number' },
      { text: 'Kim ngạch xuất khẩu năm nay tăng gấp 2,5 lần.', why: 'a change factor (gấp 2,5 lần), not a count of times' },
      { text: 'Thực hiện mô hình chính quyền địa phương 2 cấp.', why: 'a structure (2 cấp), not a count' },
      { text: 'Tổng thu ngân sách ước đạt 714,5 nghìn tỷ đồng.', why: 'money with a compound scale (nghìn tỷ): an amount' },
      { text: 'Dự án khởi công năm 2024, đạt 1.200.', why: 'a bare number with no count noun before it to refer to' },
    ],
  },
  {
    id: 'count/word-number', kind: 'counts', grammars: ['count/word-number', 'count/scope', 'count/compared-to'],
    does: 'a number in words before a known count noun: mười lăm đảng viên, hai chi bộ',
    examples: [
      { text: 'Chi bộ có mười lăm đảng viên.', item: 'mười lăm đảng viên' },
      { text: 'Chi bộ có hai mươi tư đảng viên.', item: 'hai mươi tư đảng viên' },
      { text: 'Đại hội bầu hai Phó bí thư Tỉnh ủy.', item: 'hai Phó bí thư' },
    ],
    negatives: [
      { text: 'Đây là một đảng viên gương mẫu.', why: 'a lone một: the article "a"' },
      { text: 'Tỉnh kêu gọi đầu tư dự án mới.', why: 'tư alone is not four (đầu tư): only after tens (hai mươi tư) or a digit (năm tư)' },
      { text: 'Hoàn thành sắp xếp chính quyền hai cấp.', why: 'a structure (hai cấp), not a count' },
      { text: 'Năm nay trời mưa nhiều.', why: 'năm as a year word: no count noun follows' },
    ],
  },
  {
    id: 'count/amount', kind: 'amounts', grammars: ['count/number'],
    does: 'money and measures, kept apart from counts: 20 triệu đồng, 35 ha, 1,2 tỷ đồng',
    examples: [
      { text: 'Hỗ trợ 20 triệu đồng cho mỗi hộ.', item: '20 triệu đồng' },
      { text: 'Tổng vốn đăng ký là 1,2 nghìn tỷ đồng.', item: '1,2 nghìn tỷ đồng' },
    ],
    negatives: [{ text: 'Ủng hộ hai triệu đồng.', why: 'an amount written in words is not read' }],
  },
])
