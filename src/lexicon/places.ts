/**
 * Words that make the capitalised words after them a place or the name of a thing, not a
 * person. Data only; `src/kinds/people/people.ts` reads it.
 */

/** After these, a capitalised run is never a person: `đường Lê Lợi`, `trường Chu Văn An`. */
export const THING_WORDS: readonly string[] = [
  'đường', 'Đường', 'phố', 'Phố', 'trường', 'Trường', 'cầu', 'Cầu', 'chùa', 'Chùa', 'đền', 'Đền', 'lăng', 'Lăng', 'sông', 'Sông',
  'núi', 'Núi', 'hẻm', 'ngõ', 'Ngõ', 'khu', 'Khu', 'quảng trường', 'Quảng trường', 'bệnh viện', 'Bệnh viện', 'công viên', 'giải',
  'Giải', 'giải thưởng', 'Giải thưởng', 'đại lộ', 'Đại lộ', 'nhà văn hóa', 'Nhà văn hóa', 'sân bay', 'cảng', 'Cảng',
  'chợ', 'Chợ', 'bến', 'Bến', 'đảo', 'Đảo', 'tàu', 'Tàu', 'đèo', 'Đèo', 'hồ', 'Đoàn TNCS', 'Thanh niên Cộng sản', 'Học viện',
  'học viện', 'Đại học', 'đại học', 'Bảo tàng', 'bảo tàng', 'Thư viện', 'thư viện', 'TP.', 'TP', 'Tp.', 'Tp', 'thành phố', 'Thành phố',
  'Tết', 'tết', 'sân bay quốc tế', 'Sân bay quốc tế', 'Tỉnh Đoàn', 'tỉnh Đoàn', 'Thành Đoàn', 'thành Đoàn',
]

/** After these, a capitalised run is a place name unless what remains after the place is a full name. */
export const ADMIN_WORDS: readonly string[] = [
  'tỉnh', 'Tỉnh', 'huyện', 'Huyện', 'quận', 'Quận', 'xã', 'Xã', 'phường', 'Phường', 'thị trấn', 'Thị trấn', 'thị xã', 'Thị xã',
  'thôn', 'Thôn', 'bản', 'Bản', 'ấp', 'Ấp', 'làng', 'Làng', 'xóm', 'Xóm', 'tổ dân phố', 'khu phố', 'vùng', 'miền', 'tại',
]

/**
 * Capitalised words that begin a body or title word with the lowercase word after them
 * (`Kiểm tra`, `Tổ chức`): a name never ends with one of these pairs.
 */
export const CAPITALISED_COMPOUNDS: readonly string[] = [
  'Kiểm tra', 'Tổ chức', 'Thường vụ', 'Thường trực', 'Chấp hành', 'Chính trị', 'Dân vận', 'Tuyên giáo', 'Nội chính', 'Trung ương',
  'Công tác', 'Văn phòng', 'Hội đồng', 'Nhân dân', 'Quốc hội', 'Mặt trận', 'Thanh tra', 'Kinh tế', 'Xây dựng', 'Đối ngoại',
  'Tổ quốc', 'Chỉ đạo', 'Bí thư', 'Chủ tịch', 'Giám sát', 'Cán sự', 'Liên đoàn', 'Lao động', 'Cựu chiến', 'Phụ nữ', 'Nông dân',
  'Thanh niên', 'Cộng sản', 'Hồ Chí', 'Điều hành', 'Thi đua', 'Khen thưởng', 'Tài chính', 'Kế hoạch', 'Đầu tư', 'Nội vụ',
  'Tư pháp', 'Công an', 'Quân sự', 'Biên phòng', 'Kiểm sát', 'Tòa án', 'Hải quan', 'Thuế', 'Giáo dục', 'Đào tạo', 'Y tế',
  'Văn hóa', 'Thể thao', 'Du lịch', 'Thông tin', 'Truyền thông', 'Khoa học', 'Công nghệ', 'Tài nguyên', 'Môi trường',
  'Giao thông', 'Vận tải', 'Công thương', 'Nông nghiệp', 'Phát triển', 'Lao động', 'Thương binh', 'Xã hội', 'Ngoại giao',
  'Quốc phòng', 'Đảng ủy', 'Đảng bộ', 'Ban cán', 'Thủ tướng', 'Chính phủ', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Thị ủy',
  'Đại hội', 'Đại biểu', 'Đại tướng', 'Đại tá', 'Đại học', 'Đại sứ', 'Ủy viên', 'Ủy ban', 'Hội nghị', 'Hội thảo', 'Ban chấp',
  'Đoàn công', 'Đoàn kiểm', 'Đoàn giám', 'Đoàn đại', 'Đoàn thanh', 'Cụ thể',
]

/** Committees and organs after which a two-syllable capitalised run is their place (`Huyện ủy Sơn Hà`), not a person. */
export const LOCALITY_HOLDERS: readonly string[] = [
  'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Thị ủy', 'Quận ủy', 'Đảng ủy', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'thị ủy', 'quận ủy',
  'đảng ủy', 'UBND', 'HĐND', 'Đảng bộ', 'đảng bộ', 'Công an', 'công an',
]

/** Countries and regions written in these articles: stripped from a capitalised run like provinces. */
export const COUNTRIES: readonly string[] = [
  'Việt Nam', 'Hà Lan', 'Trung Quốc', 'Hoa Kỳ', 'Lào', 'Campuchia', 'Thái Lan', 'Hàn Quốc', 'Nhật Bản', 'Liên bang Nga', 'Nga',
  'Cu Ba', 'Cuba', 'Pháp', 'Đức', 'Anh', 'Ấn Độ', 'Singapore', 'Malaysia', 'Indonesia', 'Philippines', 'Myanmar', 'Australia',
  'Ôxtrâylia', 'Canada', 'Mỹ', 'Châu Âu', 'Châu Á', 'Đông Nam Á', 'Liên hợp quốc', 'Triều Tiên', 'Đài Loan', 'Hồng Kông',
]

/**
 * Capitalised words that never end a personal name: time words, particles and body words that
 * begin the next phrase when a scraped text runs a name into it ("Nguyễn Văn Thiện Chiều nay…").
 */
export const NOT_NAME_ENDINGS: readonly string[] = [
  'Sáng', 'Chiều', 'Trưa', 'Tối', 'Đêm', 'Ngày', 'Hôm', 'Ủy', 'Đón', 'Qua', 'Với', 'Theo', 'Tại', 'Trong', 'Khi', 'Sau',
  'Trước', 'Các', 'Những', 'Ông', 'Bà', 'Chị', 'Bộ', 'Sở', 'Và', 'Là', 'Có', 'Cùng', 'Phó', 'Trưởng', 'Chủ', 'Bí',
  'Giám', 'Thủ', 'Tổng', 'Tỉnh', 'Huyện', 'Xã', 'Phường', 'Nhà', 'Báo', 'Ảnh', 'Để', 'Thứ', 'Tuy', 'Nhưng', 'Còn',
  'Đây', 'Đó', 'Việc', 'Nhiều', 'Đến', 'Vì', 'Do', 'Nếu', 'Như',
]
