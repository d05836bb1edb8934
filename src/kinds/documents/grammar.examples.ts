import { defineExamples } from '../../grammars/define-examples.ts'

export default defineExamples({
  field: 'documents',
  published: '2024-07-20',
  examples: [
    { text: 'Kế hoạch số 29-KH/TU', expect: { id: '29-KH/TU', type: 'KH', number: '29', issuer: 'TU', system: 'party', kind: 'ke-hoach' } },
    { text: 'Nghị quyết 21-NQ/TW', expect: { id: '21-NQ/TW', type: 'NQ', issuer: 'TW' } },
    { text: 'Chương trình hành động số 17-CTr/TU', expect: { id: '17-CTr/TU', type: 'CTr', typeName: 'Chương trình hành động' } },
    { text: 'Chỉ thị 05-CT/TW', expect: { id: '05-CT/TW', type: 'CT', number: '05' } },
    { text: 'Kết luận số 21-KL/TW', expect: { id: '21-KL/TW', type: 'KL' } },
    { text: 'Quy định số 08-QĐi/TW', expect: { id: '08-QĐi/TW', type: 'QĐi', kind: 'quy-dinh' } },
    // Quy định written with QĐ: the type is the code's part, the kind comes from the word.
    { text: 'Quy định 205-QĐ/TW', expect: { id: '205-QĐ/TW', type: 'QĐ', kind: 'quy-dinh' } },
    { text: 'Quyết định số 366-QĐ/TW', expect: { id: '366-QĐ/TW', type: 'QĐ', kind: 'quyet-dinh' } },
    { text: 'Kế hoạch số 97-KH/ĐUK', expect: { id: '97-KH/ĐUK', issuer: 'ĐUK' } },
    { text: 'Nghị quyết 35- NQ/TW', expect: { id: '35-NQ/TW', number: '35' } },
    { text: 'Số: 12-HD/BTCTU', expect: { id: '12-HD/BTCTU', type: 'HD', issuer: 'BTCTU' } },
    { text: '21-NQ/TW', expect: { id: '21-NQ/TW', type: 'NQ', typeName: null, kind: 'nghi-quyet' } },
    { text: 'Nghị định số 30/2020/NĐ-CP', expect: { id: '30/2020/NĐ-CP', type: 'NĐ', issuer: 'CP', year: 2020, system: 'state' } },
    { text: 'Nghị định 30/2020/NĐ-CP', expect: { id: '30/2020/NĐ-CP', number: '30' } },
    { text: 'Quyết định 339/QĐ-TTg', expect: { id: '339/QĐ-TTg', type: 'QĐ', issuer: 'TTg', year: null } },
    { text: 'Luật số 55/2014/QH13', expect: { id: '55/2014/QH13', type: 'L', issuer: 'QH', term: '13', year: 2014 } },
    { text: 'Thông tư 01/2024/TT-BNV', expect: { id: '01/2024/TT-BNV', type: 'TT', kind: 'thong-tu', issuer: 'BNV' } },
    { text: 'Nghị quyết số 12/2023/NQ-HĐND', expect: { id: '12/2023/NQ-HĐND', type: 'NQ', issuer: 'HĐND' } },
    { text: 'Công văn số 45/UBND-NC', expect: { id: '45/UBND-NC', type: 'CV', issuer: 'UBND-NC' } },
    { text: 'Nghị quyết số 77', expect: { id: null, type: 'NQ', number: '77', key: 'NQ 77' } },
    { text: 'Chỉ thị 05', expect: { id: null, type: 'CT', number: '05' } },
    { text: 'nghị quyết số 162', expect: { id: null, type: 'NQ', number: '162' } },
    { text: 'Kế hoạch số 2025', expect: { id: null, type: 'KH', number: '2025' } },
    // A long compositional issuer code (dev corpus).
    { text: 'Chương trình số 04-CTr/BCĐCCTPTW', expect: { id: '04-CTr/BCĐCCTPTW', issuer: 'BCĐCCTPTW' } },
    // A space after a dash or a slash (issue 11 class; made up): spaces are not part of the id.
    { text: 'Văn bản số 845/UBND- KT', expect: { id: '845/UBND-KT', type: 'CV', issuer: 'UBND-KT', system: 'state' } },
    { text: 'Kế hoạch số 45-KH/ TU', expect: { id: '45-KH/TU', issuer: 'TU' } },
    { text: 'Nghị quyết số 60/2018/QH 14', expect: { id: '60/2018/QH14', type: 'NQ', issuer: 'QH', term: '14', year: 2018 } },
    // One part after the number, after a type word: the type comes from the word.
    { text: 'Công văn số 1611/BDN', expect: { id: '1611/BDN', type: 'CV', issuer: 'BDN', kind: 'cong-van' } },
    // One part that is the type's own code: no issuer in the code.
    { text: 'Thông báo số 12/TB', expect: { id: '12/TB', type: 'TB', issuer: null, system: 'unknown' } },
    { text: 'Quyết định số 34/QĐ', expect: { id: '34/QĐ', type: 'QĐ', issuer: null, system: 'unknown' } },
    { text: 'Công điện số 12/CĐ', expect: { id: '12/CĐ', type: 'CĐ', issuer: null, system: 'state' } },
    { text: 'Thông báo kết luận số 125/TB', expect: { id: '125/TB', type: 'KL', issuer: null, system: 'party' } },
    { text: 'Tờ trình số 52/STC', expect: { id: '52/STC', type: 'TTr', kind: 'to-trinh' } },
    // Ð (U+00D0) typed for Đ is read as Đ: one id with the correctly typed mentions.
    { text: 'Nghị định số 58/2025/N\u00d0-CP', expect: { id: '58/2025/NĐ-CP', type: 'NĐ', issuer: 'CP' } },
  ],
  surround: [
    // The date written before the reference, with an issuing verb between (issue 11 class; made up).
    { text: 'Ngày 15/3/2018, Thành ủy có Nghị quyết số 12-NQ/TU về công tác cán bộ.', find: 'Nghị quyết số 12-NQ/TU', expect: { date: '2018-03-15' } },
    { text: 'Đến ngày 9.1.2019, Ban Thường vụ Tỉnh ủy có Thông báo số 310-TB/TU.', find: 'Thông báo số 310-TB/TU', expect: { date: '2019-01-09' } },
    { text: 'Ngày 2/8/2015, tại Văn bản số 845/UBND-KT, UBND tỉnh đồng ý chủ trương.', find: 'Văn bản số 845/UBND-KT', expect: { date: '2015-08-02' } },
    // A date with no year before it, and an issuing verb right before the reference: the year from the resolver.
    { text: 'Ngày 20/6, Văn phòng Trung ương Đảng đã có văn bản số 4171-CV/VPTW gửi các tỉnh ủy.', find: 'văn bản số 4171-CV/VPTW', expect: { date: '2024-06-20' } },
    { text: 'Ngày 6-2, UBND thành phố ban hành Kế hoạch số 23/KH-UBND về tiếp công dân.', find: 'Kế hoạch số 23/KH-UBND', expect: { date: '2024-02-06' } },
    // …but a day with no year is an event's when the verb is not right before the reference.
    { text: 'Sáng 20/6, Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 21-NQ/TW.', find: 'Nghị quyết số 21-NQ/TW', expect: { date: null } },
    { text: 'Sáng 20/6, hội nghị triển khai theo Kế hoạch số 45-KH/TU của Tỉnh ủy.', find: 'Kế hoạch số 45-KH/TU', expect: { date: null } },
    { text: 'Ngày 12/7, Tỉnh ủy quán triệt các văn bản mới, trong đó có Nghị quyết số 21-NQ/TW.', find: 'Nghị quyết số 21-NQ/TW', expect: { date: null } },
    { text: 'Đến ngày 30/6, UBND huyện vẫn chưa ban hành Quyết định số 77/QĐ-UBND.', find: 'Quyết định số 77/QĐ-UBND', expect: { date: null } },
    // Lists: one document per number, sharing the list's tail.
    { text: 'Triển khai thực hiện các đề án 05,07,08 của Tỉnh ủy; đổi mới công tác tuyên truyền.', find: '07', expect: { type: 'ĐA', number: '07', issuer: 'TU', issuerInferred: true } },
    { text: 'Quán triệt Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.', find: 'Nghị quyết số 18',
      expect: { id: '18-NQ/TW', type: 'NQ', issuer: 'TW', date: '2017-10-25' } },
    { text: 'Quán triệt Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.', find: '19-NQ/TW',
      expect: { id: '19-NQ/TW', typeName: 'Nghị quyết', kind: 'nghi-quyet', date: '2017-10-25' } },
    { text: 'UBND tỉnh ban hành Quyết định số 112 và 113/QĐ-UBND về kiện toàn ban chỉ đạo.', find: 'Quyết định số 112', expect: { id: '112/QĐ-UBND', type: 'QĐ' } },
    // A lower-case word that is only a noun, with a verb after its number.
    { text: 'Thứ trưởng cho biết, đề án 125 có dự án trọng điểm là hai bệnh viện.', find: 'đề án 125', expect: { id: null, type: 'ĐA', number: '125', kind: 'de-an' } },
    // A lower-case short mention of a document named in full elsewhere in the text joins it.
    { text: 'Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị. Các chi bộ gắn chỉ thị 05 học tập với sinh hoạt.', find: 'Chỉ thị 05-CT/TW', expect: { mentions: [{}, { text: 'chỉ thị 05' }] } },
    // "văn bản" and a parenthesis that names the type: the type is the parenthesis's.
    { text: 'xử lý theo văn bản 181 (Quy định xử lý kỷ luật đảng viên vi phạm) đang sửa đổi.', find: 'văn bản 181', expect: { type: 'QĐi', kind: 'quy-dinh', number: '181', typeName: 'văn bản' } },
    // …not a date of something else, with no issuing word between.
    { text: 'Ngày 5/3/2020, hội nghị diễn ra; Nghị quyết số 12-NQ/TU được nhắc lại.', find: 'Nghị quyết số 12-NQ/TU', expect: { date: null } },
    { text: 'thực hiện Kế hoạch số 29-KH/TU, ngày 14/01/2022 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng Đảng;',
      find: 'Kế hoạch số 29-KH/TU', expect: { date: '2022-01-14', implements: ['21-KL/TW'], issuerInferred: false } },
    { text: 'thực hiện Kế hoạch số 29-KH/TU, ngày 14/01/2022 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng Đảng;',
      find: 'Kết luận số 21-KL/TW', expect: { term: 'XIII', implements: [] } },
    // No code: the issuer comes from "của Bộ Chính trị" and is marked inferred.
    { text: 'thực hiện tốt Chỉ thị số 35 ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.',
      find: 'Chỉ thị số 35', expect: { type: 'CT', issuer: 'TW', issuerInferred: true, date: '2024-06-14', system: 'party' } },
    { text: 'Nghị quyết số 77 ngày 25/5/2022 của Ban Thường vụ Tỉnh ủy về phân công cấp ủy viên (Nghị quyết số 77); tiếp tục thực hiện Nghị quyết số 77.',
      find: 'Nghị quyết số 77', expect: { issuer: 'TU', issuerInferred: true, date: '2022-05-25' } },
    { text: 'theo Chỉ thị số 35-CT/TW ngày 14-6-2024 của Bộ Chính trị', find: 'Chỉ thị số 35-CT/TW', expect: { date: '2024-06-14', issuerInferred: false } },
    { text: 'Kế hoạch số 170 ngày 22/5/2024 của Ban Thường vụ Tỉnh uỷ về thực hiện Nghị quyết số 162.',
      find: 'Kế hoạch số 170', expect: { implements: ['NQ 162'], issuer: 'TU' } },
    { text: 'Chương trình hành động số 17-CTr/TU, ngày 22/11/2022 của Tỉnh ủy về thực hiện Nghị quyết 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XIII về tăng cường củng cố tổ chức cơ sở đảng;',
      find: 'Nghị quyết 21-NQ/TW', expect: { date: '2022-06-16', term: 'XIII' } },
    { text: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.', find: 'Nghị định số 30/2020/NĐ-CP', expect: { date: '2020-03-05' } },
    // Lower case without "số" but with a tail: a reference (dev corpus wording, paraphrased).
    { text: 'chuyển đổi cây trồng theo nghị định 35 của Chính phủ', find: 'nghị định 35', expect: { type: 'NĐ', issuer: 'CP', issuerInferred: true } },
    { text: 'gắn với thực hiện chỉ thị 05 của Bộ Chính trị về học tập', find: 'chỉ thị 05', expect: { type: 'CT', issuer: 'TW' } },
    // 04-KH/TW and 4-KH/TW are one document; the later mention brings the date.
    { text: 'Kế hoạch số 04-KH/TW của Bộ Chính trị. Sau đó, theo Kế hoạch số 4-KH/TW ngày 16/11/2016 của Bộ Chính trị.',
      find: 'Kế hoạch số 04-KH/TW', expect: { date: '2016-11-16' } },
    // A bare mention upgraded by a coded one stays one document (review finding: it came out twice).
    { text: 'Thực hiện Nghị quyết số 21 của Bộ Chính trị. Sau đó, Nghị quyết số 21-NQ/TW ngày 16/6/2022 được quán triệt. Nghị quyết số 21-NQ/TW tiếp tục được thực hiện.',
      find: 'Nghị quyết số 21', expect: { id: '21-NQ/TW', date: '2022-06-16', mentions: [{}, {}, {}] } },
    // A later mention adds what was missing and replaces nothing (review finding).
    { text: 'Nghị quyết số 77 của Tỉnh ủy được ban hành. Sau đó Nghị quyết số 77 của Quốc hội về đất đai được thảo luận.',
      find: 'Nghị quyết số 77', expect: { body: { text: 'Tỉnh ủy' }, issuer: 'TU', subject: null } },
    // A tail date with no year takes the year the date resolver gives it (here the publication year).
    { text: 'thông qua tờ trình số 5054 ngày 4/7 của Chủ tịch UBND thành phố', find: 'tờ trình số 5054', expect: { date: '2024-07-04' } },
  ],
  negative: [
    'Nghị quyết Đại hội XIII của Đảng',
    'Nghị quyết Trung ương 4 khóa XII',
    'các thành viên Đoàn Kiểm tra 1350 đã đề nghị',
    'Luật Đất đai năm 2024',
    'ngày 14/01/2022',
    // "kết luận" as a verb, with a count after it (a fixture sentence needed this).
    'qua đó kết luận 38 đảng viên có vi phạm',
    'hoàn thành Kế hoạch 2025 đề ra',
    'Ban Chỉ đạo 35 tỉnh',
    'điện thoại 0912 345 678',
    // Lists that are counts or decimals; a lower-case mention with nothing to join; one code part with no type word.
    'Đoàn đã quyết định 2, 3 đảng viên bị kỷ luật',
    'phương án 5,5% cũng có thể chấp nhận',
    'các chi bộ gắn chỉ thị 12 với sinh hoạt chuyên đề',
    'dự thảo báo cáo 5 năm có nhiều điểm mới',
    'nhà số 15/KP đường Lê Lợi',
  ],
})
