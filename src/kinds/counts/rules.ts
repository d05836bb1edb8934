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
      // …also a number with a scale word and nothing counted after it, after a count with one.
      { text: 'Năm ngoái cả nước đón 18 triệu lượt khách quốc tế, còn Thái Lan đón 40 triệu.', item: '40 triệu' },
      // Paired nouns across a comma: a short partner noun only after its partner; longer coordinated nouns after any noun.
      { text: 'Dự án trọng điểm được triển khai tại 46 tỉnh, thành.', item: '46 tỉnh, thành' },
      { text: 'Ban thường vụ Thành đoàn khóa mới gồm 19 anh, chị.', item: '19 anh, chị' },
      { text: 'Quốc hội đã sửa đổi 37 luật, pháp lệnh có liên quan.', item: '37 luật, pháp lệnh' },
      { text: 'Phiên chất vấn dành cho 12 Bộ trưởng, trưởng ngành.', item: '12 Bộ trưởng, trưởng ngành' },
      // A document type written with capitals is counted like a position ("8 Phó Giám đốc sở").
      { text: 'Ủy ban triển khai xây dựng 7 Đề án của Đảng ủy.', item: '7 Đề án' },
      // A counted noun in quotation marks.
      { text: 'Tỉnh kiến nghị tháo gỡ 4 “điểm nghẽn” về hạ tầng.', item: '4 “điểm nghẽn' },
      // A range before a word counts at its lower bound; an en dash as well as a hyphen.
      { text: 'Lần này chỉ một phiên, thay vì 3-4 phiên như trước.', item: '3-4 phiên' },
      { text: 'Chỉ tiêu tăng trưởng đề ra từ 7,3 – 7,5%.', item: 'từ 7,3 – 7,5%' },
      // A part of a whole written with spaces round the slash.
      { text: 'Huyện đã hoàn thành 26 /30 chỉ tiêu của nghị quyết.', item: '26 /30 chỉ tiêu' },
      // A short parenthesis with a figure between the number and its noun.
      { text: 'Có 44/48 (tỷ lệ 96,7%) đại biểu đã tán thành.', item: '44/48 (tỷ lệ 96,7%) đại biểu' },
      // "dân số" before a number is a quantity, not an identifier.
      { text: 'Thị xã có diện tích 284 km2 và dân số 85.100 người.', item: '85.100 người' },
      // A plural marker kept after a percentage.
      { text: 'Đúng một năm trước, 100% các đại biểu đã tán thành.', item: '100% các đại biểu' },
      // A change names what it changes after it.
      { text: 'Hệ thống mới sẽ giảm 30% thời gian họp của Chính phủ.', item: 'giảm 30% thời gian họp' },
      // What a verb right before a percentage raises (the subject is `lương cơ sở`; the item is the number).
      { text: 'Ngân sách vẫn bảo đảm nguồn tăng lương cơ sở 7% mỗi năm.', item: '7%' },
      // A clause opened by thì: its topic is `chi phí`.
      { text: 'Chỉ cần tăng lương 1% thì chi phí của doanh nghiệp tăng khoảng 10%.', item: 'tăng khoảng 10%' },
      // A change in a parenthesis after a statistic named "số …" is the statistic's (`số vụ tai nạn`).
      { text: 'Số vụ tai nạn giảm 644 vụ (giảm 13,7%) so với cùng kỳ.', item: 'giảm 13,7%' },
      // A percentage right after a count, joined by đạt: of what the count counts.
      { text: 'Tổng số được đánh giá là 2.384 đảng viên đạt 90,2%.', item: 'đạt 90,2%' },
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
      { text: 'Làm kinh tế thì 5 người hay 10 người, chẳng lẽ 1 tỉ thì được?', not: '1 tỉ', why: 'a bare number with a scale word refers only to a count written with one (here: money)' },
      { text: 'Tỉnh sáp nhập 2 tỉnh, thành lập tỉnh mới.', not: 'thành', why: 'thành after a comma is the partner of tỉnh only when it ends there (thành lập is a verb)' },
      { text: 'Giá mua điện bình quân là 6,95 cent/kWh.', why: 'a price per unit: an amount, not a count' },
      { text: 'Đường dây 500 kV mạch 3 đã hoàn thành.', why: 'a rating in kV: a measure' },
      { text: 'Cảng đón tàu trọng tải 100.000 DWT.', why: 'a ship tonnage in DWT: a measure' },
      { text: 'Hội nghị Trung ương 6 (khóa XII) sắp tới sẽ bàn về tổ chức bộ máy.', why: 'a parenthesis with no figure after a numbered meeting: a label, not a count' },
      { text: 'Mỗi đợt khách ở lại 8-12 ngày.', why: 'a range before a time unit: a duration' },
      { text: 'Chỉ số phá sản đứng thứ 133/190 quốc gia, nộp thuế 121/190 quốc gia.', why: 'fractions continuing a list of ranks after thứ: ranks, not counts' },
    ],
  },
  {
    id: 'count/part-of-whole', kind: 'counts', grammars: ['count/number'],
    does: 'a part of a whole counts what the whole counts, and takes its scale word: 6 trong 7 phương án, 63,3 trong tổng số 69 triệu cử tri',
    examples: [
      { text: 'Có 6 trong 7 phương án được chọn làm cầu.', item: '6 trong 7 phương án' },
      { text: 'Đến 17 giờ, 63,3 trong tổng số hơn 69 triệu cử tri đã đi bầu.', item: '63,3 trong tổng số hơn 69 triệu cử tri' },
    ],
    negatives: [
      { text: 'Đại biểu được chọn 1 trong 2 chuyên đề giám sát.', why: '"1 trong 2" is "one of the two": a choice, not a count' },
      { text: 'Có 3 trong số các đơn vị chưa nộp báo cáo.', why: 'no number of the whole after trong số' },
    ],
  },
  {
    id: 'count/topic-percent', kind: 'counts', grammars: ['count/number'],
    does: 'a percentage whose clause names who proposes it or only the figure (đề xuất mức tăng 8%, chúng tôi đồng ý với mức tăng 5,5%, Mức 5,5% …) is about the rate of change the article spoke of before it',
    examples: [
      { text: 'Lương tối thiểu vùng năm tới dự kiến tăng 5,5%. Tổng Liên đoàn Lao động Việt Nam đề xuất mức tăng 8%.', item: 'tăng 8%' },
      { text: 'Lương tối thiểu vùng năm tới dự kiến tăng 5,5%. Cuối phiên, các bên đã thống nhất mức tăng 5,5%.', item: 'tăng 5,5%' },
    ],
    negatives: [
      { text: 'Chỉ tiêu tăng trưởng cả năm là 9%. Hà Nội phải phấn đấu mức tăng trên 9,5%.', why: 'a place that grows is the topic itself (no verb of proposing)' },
      { text: 'Mức 5,5% được nêu trong dự thảo.', why: 'no rate of change before it in the article to refer to' },
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
      { text: 'Giá mua điện bình quân là 6,95 cent/kWh.', item: '6,95 cent' },
      { text: 'Đường dây 500 kV mạch 3 đã hoàn thành.', item: '500 kV' },
    ],
    negatives: [{ text: 'Ủng hộ hai triệu đồng.', why: 'an amount written in words is not read' }],
  },
])
