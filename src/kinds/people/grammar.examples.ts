import { defineExamples } from '../../grammars/define-examples.ts'

export default defineExamples({
  field: 'people',
  partial: true,
  examples: [
    { text: 'Trưởng Ban Tổ chức Tỉnh ủy tỉnh Quảng Trị, ông Phan Văn Phụng chủ trì buổi làm việc.', expect: { name: 'Phan Văn Phụng', roles: ['chair'] } },
    // Right after a title and its body, with no separator.
    { text: 'Vụ trưởng Vụ Báo chí - Xuất bản, Ban Tuyên giáo Trung ương Tống Văn Thanh đánh giá cao kết quả.',
      expect: { name: 'Tống Văn Thanh', titles: [{ position: 'Vụ trưởng', body: 'Vụ Báo chí - Xuất bản, Ban Tuyên giáo Trung ương' }] } },
    { text: 'Phát biểu chỉ đạo, Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm đề nghị toàn ngành cố gắng.',
      expect: { name: 'Hoàng Văn Nghiệm', roles: ['speaker'], titles: [{ position: 'Phó Bí thư Thường trực', body: 'Tỉnh ủy', locality: 'Lạng Sơn' }] } },
    // Before a title, with a dash or a comma.
    { text: 'Cùng dự có đồng chí Phan Xuân Toàn - UVTVTU, Trưởng Ban Tổ chức Tỉnh ủy.',
      expect: { name: 'Phan Xuân Toàn', roles: ['attendee'], titles: [{ text: 'UVTVTU', expanded: 'Ủy viên Ban Thường vụ Tỉnh ủy' }, { position: 'Trưởng Ban' }] } },
    { text: 'Dự hội nghị có đồng chí Lâm Đông, UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.', expect: { name: 'Lâm Đông', roles: ['attendee'] } },
    { text: 'Sáng nay, đ/c Bùi Thị Mai dự hội nghị.', expect: { name: 'Bùi Thị Mai' } },
    { text: 'Đồng chí Y Khâm Mlô phát biểu tại hội nghị.', expect: { name: 'Y Khâm Mlô', roles: ['speaker'] } },
    { text: 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong toàn Đảng.', expect: { name: 'Hồ Chí Minh' } },
    { text: 'Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.', expect: { name: 'Hồ Chí Minh' } },
    // A later given-name mention and a title-only mention join the person.
    { text: 'Ông Tống Văn Thanh đến dự. Phát biểu tại buổi làm việc, ông Thanh cho biết kết quả tốt.',
      expect: { name: 'Tống Văn Thanh', mentions: [{ kind: 'name' }, { kind: 'given-name', text: 'Thanh' }] } },
    { text: 'Dự có đồng chí Lâm Đông, Trưởng Ban Tổ chức Tỉnh ủy. Phát biểu, đồng chí Trưởng Ban Tổ chức Tỉnh ủy chia sẻ khó khăn.',
      expect: { name: 'Lâm Đông', mentions: [{ kind: 'name' }, { kind: 'title' }] } },
    // Named later without the surname (news style): the same person (dev2 class: "ông Hồ Hải" of "ông Nguyễn Hồ Hải").
    { text: 'Bổ nhiệm ông Nguyễn Hồ Hải làm Phó Bí thư. Quá trình công tác của ông Hồ Hải được đánh giá tốt.',
      expect: { name: 'Nguyễn Hồ Hải', mentions: [{ kind: 'name' }, { kind: 'given-name', text: 'Hồ Hải' }] } },
  ],
  surround: [
    // Scraped text runs a name into the next phrase; the name stops before it (dev corpus, paraphrased).
    { text: 'Phát biểu của Tổng Bí thư Nông Đức Mạnh Đại hội đã thành công tốt đẹp.', find: 'Nông Đức Mạnh' },
    { text: 'Bí thư Tỉnh ủy Nguyễn Văn Thiện Chiều cùng ngày, đoàn đến thăm xã.', find: 'Nguyễn Văn Thiện' },
    // "TP" inside a title names the city of the body, and the person follows (regression guard).
    { text: 'Chủ tịch UBND TP Nguyễn Đức Chung giao nhiệm vụ cho các sở.', find: 'Nguyễn Đức Chung', expect: { titles: [{ position: 'Chủ tịch' }] } },
    // A person named in a case name is the person.
    { text: 'Tòa án xét xử vụ án Phạm Công Danh và đồng phạm.', find: 'Phạm Công Danh' },
    { text: 'Chiều 10-11, các ông: Nguyễn Khắc Toàn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Nguyễn Khắc Hà - Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị tổng kết.',
      find: 'Nguyễn Khắc Toàn', expect: { roles: ['chair'], titles: [{ position: 'Phó Bí thư Thường trực' }, { position: 'Chủ tịch', body: 'HĐND tỉnh' }] } },
    { text: 'Chiều 10-11, các ông: Nguyễn Khắc Toàn - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Nguyễn Khắc Hà - Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị tổng kết.',
      find: 'Nguyễn Khắc Hà', expect: { roles: ['chair'] } },
    // Chairs listed after "chủ trì của …:" or "tham gia chủ trì … còn có", each with titles (dev2 classes, made up).
    { text: 'Hội nghị diễn ra dưới sự chủ trì của các đồng chí Thường trực Tỉnh ủy: Hồ Văn Dũng - Bí thư Tỉnh ủy; Lê Kim Toàn - Phó Bí thư Thường trực Tỉnh ủy; Phạm Anh Tú - Phó Bí thư Tỉnh ủy.',
      find: 'Phạm Anh Tú', expect: { roles: ['chair'] } },
    { text: 'Tham gia chủ trì Hội nghị còn có đồng chí Hoàng Văn Quân, Trưởng Ban Đối ngoại Trung ương và đồng chí Nguyễn Quốc Hưng, Thứ trưởng Bộ Ngoại giao.',
      find: 'Nguyễn Quốc Hưng', expect: { roles: ['chair'] } },
    // Names one per line in a list (no blank line after each) are people, not author credits.
    { text: 'Danh sách Ủy viên Ban Thường vụ:\nNguyễn Văn An\nTrần Thị Bình\nLê Văn Cường\nHội nghị đã bầu đủ số lượng.', find: 'Trần Thị Bình' },
    // A name after a place phrase and ";" or " - " is a name, not the next place of a list.
    { text: 'Các Mẹ: Dương Thị Thạnh sinh tại thị trấn Tân Nghĩa - huyện Hàm Tân; Hồ Thị Tư sinh tại xã Hàm Kiệm.', find: 'Hồ Thị Tư' },
    // A word that often opens the next phrase is the name's own when the phrase does not go on after it.
    { text: 'Ông Bùi Văn Tỉnh, Bí thư Tỉnh ủy, phát biểu tại hội nghị.', find: 'Bùi Văn Tỉnh' },
    { text: 'Giám đốc Sở Nội vụ Trần Huy Sáng cho biết kết quả.', find: 'Trần Huy Sáng' },
    { text: 'Thủ tướng Phạm Minh Chính Ủy viên Bộ Chính trị dự.', find: 'Phạm Minh Chính' },
    // Scraped text glued a name to the next word at a link's edge (dev2 class): the name ends before it.
    { text: 'Tổng Bí thư Tô Lâmđã chủ trì hội nghị.', find: 'Tô Lâm', expect: { roles: ['chair'] } },
    { text: 'Phát biểu, Thủ tướng Phạm Minh Chínhbiểu dương các địa phương.', find: 'Phạm Minh Chính' },
    // …but a name whose last syllable happens to end like such a word is whole (Khải, Hoà, Thành are syllables).
    { text: 'Ông Trần Quang Khải và bà Phạm Thị Hoà dự.', find: 'Phạm Thị Hoà' },
    // The list of chairs stops where a clause begins: Trần Văn Bình speaks, he does not chair.
    { text: 'Dưới sự chủ trì của đồng chí Lê Văn Hải, Bí thư Tỉnh ủy, hội nghị đã thảo luận; đồng chí Trần Văn Bình phát biểu.', find: 'Trần Văn Bình', expect: { roles: ['speaker'] } },
  ],
  negative: [
    'Ban Tổ chức Tỉnh ủy Quảng Trị đã tích cực tham mưu cho Ban Thường vụ Tỉnh ủy.',
    'Bộ Chính trị, Ban Bí thư và Trung ương đã ban hành nghị quyết.',
    'Hội nghị diễn ra tại Lạng Sơn, Huế và Hà Nội.',
    'Đoàn công tác làm việc tại TP. Hồ Chí Minh.',
    'Trụ sở ở số 5 đường Lê Lợi, gần đường Hùng Vương.',
    'Học sinh trường Chu Văn An tham gia.',
    'các thành viên Đoàn Kiểm tra 1350 đã đề nghị',
    'Bí thư Huyện ủy Sơn Hà nghỉ công tác.',
    'Quang cảnh hội nghị. Ảnh: LÊ PHI',
    'Đoàn TNCS Hồ Chí Minh tỉnh tổ chức.',
    'Thường trực Tỉnh ủy họp.',
    'Hợp tác giữa Việt Nam và Hà Lan được mở rộng.',
    // Dev corpus cases, paraphrased: a body and its province, a festival, an airport.
    'Ông từng là cán bộ Tỉnh Đoàn Tiền Giang nhiều năm.',
    'Chuẩn bị đón Tết Đinh Dậu an toàn.',
    'Hàng hóa qua Sân bay quốc tế Tân Sơn Nhất tăng.',
    // Author credits that are not the last line: names alone before a blank line or a source line, and (Theo Name/OUTLET).
    'Hội nghị đã thành công tốt đẹp.\nVõ Hải\n\n\nTin liên quan: đường sắt tốc độ cao được khởi công.',
    'Tiết mục văn nghệ đặc sắc.\nLê Phước\nTheo Báo Đắk Nông điện tử',
    'Giá vàng tăng mạnh trong tuần. (Theo Lê Thúy/NLĐO)',
    'Hội nghị kết thúc.\nHoàng Thuỳ - Võ Hải\n\nBài khác.',
    // Anonymised names (court and police news): the given name is an initial.
    'Đối tượng Trần Văn H. (SN 1980) bị bắt giữ.',
    'Bị cáo Nguyễn Thị M khai nhận hành vi.',
    // Streets and districts named after people, in lists after a place noun (dev2 classes, made up).
    'Nâng cấp các tuyến đường chính như Phạm Văn Đồng, Lê Duẩn, Nguyễn Văn Linh.',
    'Nút giao đường Đống Đa, Trần Phú được mở rộng.',
    'Ngập sâu ở các huyện Hoài Đức, Thanh Oai, Thạch Thất và Chương Mỹ.',
  ],
})
