/**
 * Words around numbers: what makes a number a count, an amount, a duration or nothing, and
 * the qualifiers and relations around it. Data only; `src/extractors/counts.ts` reads it.
 */

/** Qualifiers written before a number ("trên 6.800 văn bản") and their record values. Longest first is not needed. */
export const QUALIFIERS: Readonly<Record<string, string>> = {
  'trên': 'over', 'hơn': 'more_than', 'gần như': 'almost', 'gần': 'nearly', 'khoảng': 'about', 'xấp xỉ': 'about',
  'ước': 'about', 'ước tính': 'about', 'tới': 'up_to', 'lên tới': 'up_to', 'lên đến': 'up_to', 'đạt': 'reached',
  'ít nhất': 'at_least', 'tối thiểu': 'at_least', 'từ': 'at_least', 'dưới': 'under', 'chưa đến': 'under', 'chưa tới': 'under', 'gần như toàn bộ': 'almost',
}

/** Words before a number that make it a change ("tăng 331 đảng viên"). */
export const CHANGE_WORDS: Readonly<Record<string, 'increase' | 'decrease'>> = {
  'tăng': 'increase', 'tăng thêm': 'increase', 'thêm': 'increase', 'giảm': 'decrease', 'giảm đi': 'decrease', 'giảm bớt': 'decrease',
}

/** Words before a number that make it a total ("với tổng số 49.820 đảng viên"). */
export const TOTAL_WORDS: readonly string[] = ['tổng số', 'tổng cộng', 'tổng', 'toàn bộ', 'tất cả']

/** Words after the number that make it not a count: units of time and age (durations, dates). */
export const TIME_UNITS: readonly string[] = ['năm', 'tháng', 'ngày', 'tuần', 'quý', 'giờ', 'phút', 'giây', 'tuổi', 'thế kỷ', 'buổi sáng', 'nhiệm kỳ', 'khóa', 'kỳ', 'đêm']

/** Units that make a number an amount (money and physical measures), with the unit key. */
export const AMOUNT_UNITS: Readonly<Record<string, string>> = {
  'đồng': 'VND', 'VNĐ': 'VND', 'VND': 'VND', 'USD': 'USD', 'đô la': 'USD', 'đô-la': 'USD', 'euro': 'EUR', 'EUR': 'EUR',
  'ha': 'ha', 'héc-ta': 'ha', 'hecta': 'ha', 'km': 'km', 'km2': 'km2', 'km²': 'km2', 'm': 'm', 'm2': 'm2', 'm²': 'm2', 'm3': 'm3', 'm³': 'm3',
  'tấn': 'tonne', 'tạ': 'quintal', 'kg': 'kg', 'lít': 'litre', 'MW': 'MW', 'kW': 'kW', 'kWh': 'kWh', 'mét': 'm', 'cây số': 'km',
}

/** Words after "đồng" that make it not the currency: "4 đồng chí" (comrades), "đồng bào", "đồng thời". */
export const NOT_MONEY_AFTER_DONG: readonly string[] = [
  'chí', 'bào', 'thời', 'ý', 'hương', 'đội', 'nghiệp', 'tâm', 'loạt', 'bộ', 'chủ', 'minh', 'thuận', 'hành', 'lòng', 'phạm', 'sở',
]

/** Scale words after digits ("1,8 triệu", "2 nghìn"). */
export const SCALES: readonly string[] = ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'vạn']

/** Words after a number that mean it is not a quantity of things (vague or ordinal uses). */
export const NOT_A_SUBJECT: readonly string[] = ['trong', 'lần thứ', 'thứ', 'vòng', 'bậc thang']

/**
 * Where a count's subject phrase ends: verbs, prepositions, conjunctions and particles that do not
 * belong to a noun phrase ("812 đảng viên mới được kết nạp" → "đảng viên mới").
 */
export const SUBJECT_STOPWORDS: readonly string[] = [
  'được', 'đã', 'đang', 'sẽ', 'vừa', 'là', 'có', 'của', 'với', 'trong', 'tại', 'từ', 'đến', 'cho', 'so', 'tăng', 'giảm',
  'đạt', 'theo', 'và', 'hoặc', 'vào', 'về', 'trên', 'dưới', 'khi', 'nhưng', 'mà', 'nên', 'thì', 'để', 'bị', 'do', 'bởi',
  'gồm', 'như', 'này', 'đó', 'ấy', 'nào', 'chiếm', 'thuộc', 'ra', 'lên', 'xuống', 'còn', 'đều', 'cùng',
  'ở', 'sau', 'trước', 'qua', 'nhằm', 'không', 'chưa', 'rất', 'cũng', 'phải', 'cần', 'nếu', 'tới', 'được', 'làm', 'đi',
  'bằng', 'trở', 'hết', 'nữa', 'lại', 'hay', 'gấp', 'chỉ', 'riêng', 'hiện', 'nhận', 'toàn', 'các', 'những',
  'thôi', 'rồi', 'ông', 'bà', 'họ', 'nhau', 'vẫn', 'luôn', 'mỗi', 'từng', 'gắn', 'giữ', 'thi', 'đi', 'nay', 'đây', 'kia',
]

/** Two-word verbs that also end a subject ("142 trường hợp phục vụ công tác cán bộ" → "trường hợp"). */
export const SUBJECT_STOP_PHRASES: readonly string[] = [
  'phục vụ', 'vi phạm', 'sử dụng', 'hoàn thành', 'tham gia', 'thực hiện', 'đề nghị', 'tiếp tục', 'trúng cử', 'đăng ký',
  'tham dự', 'tổ chức thực', 'đạt được', 'được kết', 'liên quan', 'theo dõi', 'bảo đảm', 'đảm bảo', 'triển khai', 'học tập',
  'trực tiếp', 'chịu trách', 'đủ điều', 'đủ tư', 'có mặt', 'nộp đơn', 'ra quân',
]

/** Compounds that begin with a stopword but are nouns ("đạt 57,5% chỉ tiêu", "83% tổng số đảng viên"). */
export const SUBJECT_COMPOUNDS: readonly string[] = ['chỉ tiêu', 'tổng số', 'trực thuộc', 'có công', 'cho vay', 'trên địa']

/** Word after a comma that continues a coordinated subject ("100% xã, phường, thị trấn"). */
export const COORDINATED_NOUNS: readonly string[] = [
  'phường', 'thị trấn', 'xã', 'thôn', 'tổ dân phố', 'bản', 'làng', 'khu phố', 'đơn vị', 'cơ quan', 'doanh nghiệp', 'đảng viên',
  'công chức', 'viên chức', 'người lao động', 'ngành', 'địa phương', 'thành phố', 'huyện', 'thị xã', 'quận', 'đoàn thể',
  'ban', 'bộ', 'Đảng bộ', 'đảng bộ', 'cá nhân', 'tập thể', 'kiến nghị', 'vụ án', 'vụ việc', 'cán bộ', 'hộ gia đình', 'gia đình',
  'nhiệm vụ', 'giải pháp', 'phòng', 'tổ chức', 'chi bộ', 'cơ sở', 'trường học', 'bệnh viện', 'đơn thư', 'thư', 'tố cáo',
  'khiếu nại', 'lãnh đạo', 'quản lý', 'hội viên', 'đoàn viên', 'người', 'nhân viên', 'chiến sĩ', 'học sinh', 'sinh viên',
]

/**
 * Categories of the known Party statistics, by the subject's start (canonical lower case) and,
 * where the same noun means different things, a word in the sentence. First match wins.
 */
export const COUNT_CATEGORIES: ReadonlyArray<{ subject: string; category: string; context?: readonly string[] }> = [
  { subject: 'đảng viên mới', category: 'new-members' },
  { subject: 'đảng viên', category: 'new-members', context: ['kết nạp', 'phát triển đảng viên', 'phát triển được'] },
  { subject: 'đảng viên', category: 'members-disciplined', context: ['kỷ luật', 'khiển trách', 'cảnh cáo', 'khai trừ', 'cách chức'] },
  { subject: 'đảng viên', category: 'members-inspected', context: ['kiểm tra', 'giám sát'] },
  { subject: 'đảng viên', category: 'members' },
  { subject: 'tổ chức cơ sở đảng', category: 'grassroots-organisations' },
  { subject: 'đảng bộ cơ sở', category: 'grassroots-party-committees' },
  { subject: 'chi bộ cơ sở', category: 'grassroots-cells' },
  { subject: 'đảng bộ bộ phận', category: 'sub-committees' },
  { subject: 'chi bộ trực thuộc', category: 'affiliated-cells' },
  { subject: 'đảng bộ trực thuộc', category: 'affiliated-committees' },
  { subject: 'chi bộ', category: 'party-cells' },
  { subject: 'tổ chức đảng', category: 'organisations-disciplined', context: ['kỷ luật'] },
  { subject: 'tổ chức đảng', category: 'organisations-inspected', context: ['kiểm tra', 'giám sát'] },
  { subject: 'tổ chức đảng', category: 'party-organisations' },
  { subject: 'trường hợp', category: 'cases-verified', context: ['thẩm tra', 'xác minh', 'thẩm định'] },
  { subject: 'trường hợp', category: 'cases' },
  { subject: 'văn bản', category: 'documents-issued', context: ['ban hành'] },
  { subject: 'lượt cán bộ', category: 'cadres-trained', context: ['đào tạo', 'bồi dưỡng', 'tập huấn'] },
  { subject: 'cán bộ', category: 'cadres-trained', context: ['đào tạo', 'bồi dưỡng', 'tập huấn'] },
  { subject: 'cán bộ', category: 'cadres' },
  { subject: 'người ứng cử', category: 'candidates' },
  { subject: 'khu vực bỏ phiếu', category: 'polling-areas' },
  { subject: 'đơn thư', category: 'petitions' },
  { subject: 'đơn', category: 'petitions', context: ['đơn thư', 'khiếu nại', 'tố cáo'] },
]

/**
 * Nouns that are counted in these articles. A number written in words ("chín đảng viên", "ba
 * mặt") is only read as a count before one of these; digits take any noun phrase.
 */
export const COUNT_NOUNS: readonly string[] = [
  'đảng viên', 'tổ chức', 'chi bộ', 'đảng bộ', 'trường hợp', 'văn bản', 'người', 'cán bộ', 'công chức', 'viên chức', 'đơn vị',
  'cơ quan', 'xã', 'phường', 'thị trấn', 'huyện', 'tỉnh', 'thôn', 'bản', 'hộ', 'mặt', 'lần', 'lượt', 'cuộc', 'đoàn', 'tập thể',
  'cá nhân', 'đồng chí', 'đại biểu', 'ủy viên', 'vụ', 'đơn', 'đơn thư', 'chỉ tiêu', 'nhiệm vụ', 'nội dung', 'giải pháp', 'dự án',
  'công trình', 'doanh nghiệp', 'học viên', 'lớp', 'thành viên', 'nhóm', 'khu vực', 'địa bàn', 'điểm', 'tiêu chí', 'bước',
  'nguyên tắc', 'vấn đề', 'quận', 'thành phố', 'thị xã', 'đảng ủy', 'ban', 'ngành', 'sở', 'phòng', 'chương trình', 'kế hoạch',
  'nghị quyết', 'chỉ thị', 'kết luận', 'quy định', 'đề án', 'hội nghị', 'kỳ họp', 'phiên họp', 'cấp', 'khâu', 'trụ cột',
]
