/**
 * Words around numbers: what makes a number a count, an amount, a duration or nothing, and
 * the qualifiers and relations around it. Data only; `src/kinds/counts/` reads it (the candidates,
 * the subject, the relations) and its grammar is built from it.
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
  // Prices per unit and technical ratings are measures, not counts: "6,95 cent/kWh", "đường dây 500 kV", "tàu 100.000 DWT", "50 gam".
  'cent': 'cent', 'kV': 'kV', 'MWh': 'MWh', 'GW': 'GW', 'GWh': 'GWh', 'DWT': 'DWT', 'gam': 'g', 'gram': 'g', 'TEU': 'TEU',
}

/**
 * Words after a unit word that make it another word, not the unit: "4 đồng chí" (comrades),
 * "đồng bào", "đồng thời" are not money.
 */
export const NOT_A_UNIT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  'đồng': ['chí', 'bào', 'thời', 'ý', 'hương', 'đội', 'nghiệp', 'tâm', 'loạt', 'bộ', 'chủ', 'minh', 'thuận', 'hành', 'lòng', 'phạm', 'sở'],
}

/** Words before a number that make it an ordinal or a numbered label, not a count ("thứ 4", "khóa 12", "phường 5", "top 10"). */
export const NUMBERED_LABEL_WORDS: readonly string[] = [
  'thứ', 'khóa', 'khoá', 'kỳ', 'điều', 'khoản', 'mục', 'phòng', 'quận', 'phường', 'lô', 'tổ', 'ấp', 'chương', 'đường', 'top', 'nhóm', 'hạng',
  // A numbered plenum: "Hội nghị Trung ương 8 diễn ra", "Nghị quyết Trung ương 4".
  'trung ương',
]

/**
 * Words between a part and its whole ("6 trong 7 phương án", "63,3 trong tổng số hơn 69 triệu cử tri"):
 * the part counts what the whole counts (and takes its scale word when it has none).
 */
export const PART_OF_WHOLE_WORDS: readonly string[] = ['trong tổng số', 'trong số', 'trong']

/**
 * Rank words: a fraction after one ("đứng thứ 133/190 quốc gia") is a rank, and so are the fractions that
 * continue its list in the sentence ("…, nộp thuế 121/190 quốc gia, thương mại biên giới 100/190 quốc gia").
 */
export const RANK_WORDS: readonly string[] = ['thứ', 'hạng']

/** Words before a number that make it an identifier ("số 5", "số 0912…"), not a count… */
export const IDENTIFIER_WORDS: readonly string[] = ['số']

/** …unless they end one of these, which introduce a quantity ("với tổng số 49.820 đảng viên"). */
export const QUANTITY_BEFORE_IDENTIFIER_WORD: readonly string[] = ['tổng số', 'trong số', 'với số', 'dân số', 'con số', 'có số']

/**
 * Words always written with a capital that are common nouns, not names: a count's subject runs
 * on through them ("12 tổ chức Đảng"), and before a number they are not a label ("PMU 18").
 */
export const CAPITALISED_COMMON_NOUNS: readonly string[] = ['Đảng']

/**
 * Words skipped between a percentage with no subject after it and the phrase before it that names
 * it ("tăng trưởng kinh tế đạt 7,5%", "tỷ lệ … tăng, đến nay đạt trên 70%").
 */
export const PERCENT_LOOKBACK_SKIP: readonly string[] = [
  'đạt', 'là', 'chiếm', 'tăng', 'giảm', 'ở', 'mức', 'khoảng', 'trên', 'hơn', 'gần', 'bằng', 'còn', 'chỉ', 'được', 'với', 'lên',
  'xuống', 'đến', 'tới', 'từ',
]

/** Two-word nouns whose first word is also a skipped verb: "tăng trưởng" (growth) is a name, not "tăng" (rise). */
export const SKIP_WORD_NOUNS: readonly string[] = ['tăng trưởng']

/** Rate names: the words after the last of them earlier in the sentence say what a bare percentage is of ("Tỷ lệ che phủ rừng … 70%"). Any case. */
export const RATE_NAMES: readonly string[] = ['tỷ lệ', 'tỉ lệ', 'tốc độ']

/** Rate names that stay in the subject (`tốc độ tăng trưởng kinh tế`); the others name a share, whose subject is what follows them (`tỷ lệ hộ nghèo` → `hộ nghèo`). */
export const RATE_NAMES_KEPT: readonly string[] = ['tốc độ']

/** Phrases that make the counts after them in a sentence a rate ("bình quân mỗi năm kết nạp 200 đảng viên"). */
export const RATE_PHRASES: Readonly<Record<'per-year' | 'per-month', readonly string[]>> = {
  'per-year': ['mỗi năm', 'hằng năm', 'hàng năm', 'bình quân mỗi năm', 'bình quân năm', '/năm'],
  'per-month': ['mỗi tháng', 'hằng tháng', 'hàng tháng'],
}

/** The phrase that opens the parts of the count before it: "15 đảng viên, trong đó khiển trách 9 đảng viên". */
export const BREAKDOWN_OPENER = 'trong đó'

/** Subjects of a percentage that make it the share of a target reached ("đạt 57,5% chỉ tiêu"). */
export const TARGET_SUBJECTS: readonly string[] = ['chỉ tiêu', 'kế hoạch']

/** Subjects of a percentage that make it a share of the count before it ("83% tổng số đảng viên")… */
export const SHARE_SUBJECTS: readonly string[] = ['tổng số']

/**
 * Verbs that join a count to a percentage of it right after it ("2.384 đảng viên đạt 90,26%",
 * "16 tổ chức cơ sở đảng, chiếm 51,61%"): the percentage is of what that count counts.
 */
export const COUNT_PERCENT_LINKS: readonly string[] = ['đạt', 'chiếm', 'bằng', 'là', 'đạt tỷ lệ', 'đạt tỉ lệ', 'chiếm tỷ lệ', 'chiếm tỉ lệ']

/** …and verbs right before it that do the same ("chiếm 12%"). */
export const SHARE_VERBS: readonly string[] = ['chiếm']

/** Words after "toàn" that make a scope phrase ("toàn tỉnh Quảng Trị", "toàn ngành"); "Đảng bộ" takes a unit after it. */
export const WHOLE_SCOPE_WORDS: readonly string[] = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'quốc', 'ngành', 'Đảng', 'khối']

/** Units after "toàn Đảng bộ" in a scope phrase ("toàn Đảng bộ tỉnh"). */
export const WHOLE_PARTY_SCOPE_UNITS: readonly string[] = ['tỉnh', 'khối', 'huyện', 'thành phố']

/** Units after "Đảng bộ" in a scope phrase ("Đảng bộ huyện Lệ Thủy có …"). */
export const PARTY_SCOPE_UNITS: readonly string[] = ['tỉnh', 'huyện', 'khối', 'thành phố', 'quận', 'xã']

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

/**
 * Compounds that start with a count noun but are other words: "năm bản lề" (a pivotal year) is not
 * five villages ("bản"), "mặt trận" is a front, "lần lượt" means "respectively".
 */
export const NOT_COUNT_NOUN_COMPOUNDS: readonly string[] = ['bản lề', 'bản lĩnh', 'bản chất', 'bản thân', 'bản sắc', 'mặt trận', 'lần lượt', 'cấp bách', 'cấp thiết', 'vùng vẫy']

/** Plural markers that open a subject after a percentage, kept in it ("100% các đại biểu", "90% những hộ"). */
export const PLURAL_MARKERS: readonly string[] = ['các', 'những']

/** Two-word verbs that also end a subject ("142 trường hợp phục vụ công tác cán bộ" → "trường hợp"). */
export const SUBJECT_STOP_PHRASES: readonly string[] = [
  'phục vụ', 'vi phạm', 'sử dụng', 'hoàn thành', 'tham gia', 'thực hiện', 'đề nghị', 'tiếp tục', 'trúng cử', 'đăng ký',
  'tham dự', 'tổ chức thực', 'đạt được', 'được kết', 'liên quan', 'theo dõi', 'bảo đảm', 'đảm bảo', 'triển khai', 'học tập',
  'trực tiếp', 'chịu trách', 'đủ điều', 'đủ tư', 'có mặt', 'nộp đơn', 'ra quân',
]

/** Compounds that begin with a stopword but are nouns ("đạt 57,5% chỉ tiêu", "83% tổng số đảng viên"). */
export const SUBJECT_COMPOUNDS: readonly string[] = ['chỉ tiêu', 'chỉ số', 'tăng trưởng', 'tổng số', 'trực thuộc', 'có công', 'cho vay', 'trên địa']

/** Word after a comma that continues a coordinated subject ("100% xã, phường, thị trấn"). */
export const COORDINATED_NOUNS: readonly string[] = [
  'phường', 'thị trấn', 'xã', 'thôn', 'tổ dân phố', 'bản', 'làng', 'khu phố', 'đơn vị', 'cơ quan', 'doanh nghiệp', 'đảng viên',
  'công chức', 'viên chức', 'người lao động', 'ngành', 'địa phương', 'thành phố', 'huyện', 'thị xã', 'quận', 'đoàn thể',
  'ban', 'bộ', 'Đảng bộ', 'đảng bộ', 'cá nhân', 'tập thể', 'kiến nghị', 'vụ án', 'vụ việc', 'cán bộ', 'hộ gia đình', 'gia đình',
  'nhiệm vụ', 'giải pháp', 'phòng', 'tổ chức', 'chi bộ', 'cơ sở', 'trường học', 'bệnh viện', 'đơn thư', 'thư', 'tố cáo',
  'khiếu nại', 'lãnh đạo', 'quản lý', 'hội viên', 'đoàn viên', 'người', 'nhân viên', 'chiến sĩ', 'học sinh', 'sinh viên',
  'pháp lệnh', 'trưởng ngành', 'vùng lãnh thổ', 'cơ quan ngang bộ', 'ấp', 'khu dân cư',
]

/**
 * Short nouns that continue a subject after a comma only after their partner noun: "46 tỉnh, thành",
 * "19 anh, chị", "5 ông, bà". Alone after a comma they are other words ("tỉnh, thành lập", "chị ấy"),
 * so the pair is read only when the partner ends the words before the comma and the short noun is
 * followed by punctuation, the line's end or a word that ends a subject.
 */
export const COMMA_PAIRED_NOUNS: Readonly<Record<string, readonly string[]>> = {
  'tỉnh': ['thành'], 'anh': ['chị'], 'ông': ['bà'], 'cô': ['chú'], 'chú': ['bác'], 'huyện': ['thị'], 'thôn': ['xóm'], 'xóm': ['ấp'],
}

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
  'phó bí thư', 'phó chủ tịch', 'bí thư', 'chủ tịch', 'bộ trưởng', 'thứ trưởng', 'phương án', 'luật', 'nghị định',
  'địa phương', 'tuyến', 'cơ chế', 'vùng', 'mũi', 'động lực', 'đột phá', 'công việc', 'nhân sự', 'phiên',
]

/**
 * Words right after a percentage that link it to what it is a share of: "tăng 15,2% về số doanh
 * nghiệp", "bằng 7% của nước bạn", "đóng góp 9,7% vào mức tăng trưởng chung".
 */
export const PERCENT_OF_WORDS: readonly string[] = ['về', 'của', 'vào']

/** …and after a verb of contributing ({@link CONTRIBUTION_VERBS}: "đóng góp 84% cho tăng trưởng kinh tế"), also "cho". */
export const CONTRIBUTION_OF_WORDS: readonly string[] = ['cho']

/** Verbs of contributing, among {@link SHARE_CONTINUING_VERBS}. */
export const CONTRIBUTION_VERBS: readonly string[] = ['đóng góp']

/**
 * Words right before a percentage (after its lead) that make it a rate of change, whose subject is
 * the clause's topic before it, not the words after ("GDP quý III tăng 7,46% …", "mức tăng 5,5%").
 */
export const PERCENT_RATE_LEADS: readonly string[] = ['mức tăng', 'mức giảm', 'tốc độ', 'lên', 'xuống', 'mức tăng trưởng', 'tăng trưởng', 'với mức']

/**
 * Words that cannot open what a percentage is a share of, when written right after it: times and
 * estimates ("tăng 6,41% so với …", "7,08% ước tính", "6,7% cả năm", "4% năm 2023"), comparisons.
 */
export const NOT_AFTER_PERCENT: readonly string[] = [
  'ước', 'ước tính', 'bình quân', 'cả', 'năm', 'tháng', 'quý', 'kỳ', 'giai đoạn', 'nhiệm kỳ', 'vượt', 'cao', 'thấp', 'mới',
  'trở lên', 'trở xuống', 'liên tiếp', 'dự kiến', 'kế tiếp', 'điểm', 'hoặc', 'tối thiểu', 'tối đa', 'kể từ',
]

/** Units after a number that make it percentage points, read like a percentage ("đóng góp 0,45 điểm phần trăm vào tốc độ tăng"). */
export const PERCENT_POINT_UNITS: readonly string[] = ['điểm phần trăm']

/**
 * Words that open a clause without naming its topic, skipped before the topic a percentage refers
 * to ("Theo đó, tăng trưởng GDP … đạt 6,98%", "trong đó quý I tăng 5,15%").
 */
export const TOPIC_OPENERS: readonly string[] = [
  'theo đó', 'trong đó', 'riêng', 'còn', 'về', 'trong khi đó', 'tuy nhiên', 'đồng thời', 'ngoài ra', 'bên cạnh đó', 'đặc biệt',
  'với', 'và', 'nhưng', 'song', 'mặc dù vậy', 'cụ thể', 'trong', 'tính chung', 'nhìn chung', 'các', 'những', 'nhờ đó', 'do đó', 'vì thế',
  'nhất là', 'phấn đấu', 'phấn đấu đến', 'mục tiêu', 'mặc dù', 'bình quân',
]

/**
 * Verbs of saying and aiming after which a clause's topic starts again: "dự thảo báo cáo nêu mức
 * tăng trưởng GDP bình quân đạt 7,5%" is about `tăng trưởng GDP`, not the report.
 */
export const TOPIC_RESTART_VERBS: readonly string[] = [
  'nêu', 'cho biết', 'cho rằng', 'cho thấy', 'dự báo', 'phấn đấu', 'xác định', 'đặt mục tiêu', 'yêu cầu', 'khẳng định', 'nhận định',
  'thông tin', 'công bố', 'đánh giá', 'đề ra nhiệm vụ', 'đề ra mục tiêu',
]

/** Words of a time phrase skipped before a clause's topic ("9 tháng đầu năm 2017, GDP …", "Năm 2020 lương tối thiểu vùng …"). */
export const TOPIC_TIME_WORDS: readonly string[] = [
  'năm', 'tháng', 'quý', 'đầu', 'cuối', 'giữa', 'giai', 'đoạn', 'đến', 'nay', 'cả', 'hết', 'qua', 'sau', 'trước', 'từ', 'hiện',
  'hàng', 'hằng',
]

/**
 * Words that end a clause's topic phrase, read forward from the clause's start ("GDP 9 tháng …",
 * "Tín dụng 9 tháng tăng …", "tổng vốn đầu tư ước đạt …").
 */
export const TOPIC_STOPWORDS: readonly string[] = [
  'ước', 'ước tính', 'dự kiến', 'phải', 'tiếp tục', 'vẫn', 'đã', 'đạt', 'tăng', 'giảm', 'là', 'chiếm', 'bằng', 'còn', 'chỉ',
  'năm', 'tháng', 'quý', 'thực hiện', 'duy trì', 'cao', 'thấp', 'mức', 'với', 'khoảng', 'trên', 'dưới', 'hơn', 'gần',
  'đóng góp', 'làm giảm', 'làm tăng', 'cao hơn', 'thấp hơn', 'nâng', 'kéo', 'tương đương', 'đề xuất', 'cho biết',
  'đề ra',
]

/**
 * Words right before a percentage that compare it with another figure of the same thing ("Nợ công
 * khoảng 61,4% GDP, giảm mạnh so với mức 63,7% năm 2016"): it is of what the percentage before it in
 * the sentence is of.
 */
export const COMPARISON_LEADS: readonly string[] = ['so với', 'so với mức', 'so với con số', 'so với tỷ lệ', 'so với tỉ lệ']

/**
 * Words for the figure itself, right before a percentage ("đề xuất mức tăng 8,18%", "song phương án 5,5%",
 * "Mức 5,5% cao hơn …"): the percentage names no subject of its own; it is about what the article's
 * earlier rates of change are about.
 */
export const FIGURE_WORDS: readonly string[] = ['mức', 'mức tăng', 'mức giảm', 'mức tăng lên', 'mức giảm xuống', 'phương án', 'con số']

/**
 * Who speaks or acts, not what is measured: a clause topic that is one of these ("chúng tôi đồng ý với
 * mức tăng 5,5%", "các bên đã thống nhất mức tăng 5,5%") is not what a percentage is of.
 */
export const TOPIC_ACTORS: readonly string[] = ['chúng tôi', 'chúng ta', 'tôi', 'bên', 'các bên', 'hai bên', 'ông', 'bà', 'họ']

/**
 * Verbs of proposing and judging: a named body or person before one of them in a percentage's clause
 * ("Tổng Liên đoàn Lao động đề xuất mức tăng 8,18%") proposes the figure; it is not what the figure is of
 * (unlike "Hà Nội phải phấn đấu mức tăng trên 9,5%", where the place grows).
 */
export const PROPOSAL_VERBS: readonly string[] = ['đề xuất', 'đề nghị', 'kiến nghị', 'cho rằng', 'chốt', 'hy vọng', 'đồng ý', 'nhích', 'dự báo', 'mong muốn']

/**
 * Words that open a new clause without a comma; a percentage's topic is read after the last of them
 * ("Chỉ cần tăng thêm 1% thì chi phí của doanh nghiệp cũng tăng 10%" → `chi phí`).
 */
export const CLAUSE_JOINERS: readonly string[] = ['thì', 'trong khi', 'nhưng']

/** Words that open a new clause right after a percentage ("khu vực dịch vụ tăng 7,33% và thuế sản phẩm … tăng 10,3%"). */
export const AFTER_PERCENT_JOINERS: readonly string[] = ['và', 'còn']

/** Words skipped after a verb that restarts a clause's topic ("nêu mức tăng trưởng GDP …" → `tăng trưởng GDP`). */
export const TOPIC_RESTART_SKIP: readonly string[] = ['mức', 'các', 'những']

/** Words that open a counted phrase after a rate of change ("tăng 16% số đảng viên"). */
export const COUNTED_PHRASE_OPENERS: readonly string[] = ['số', 'tổng số']

/** Units of a factor: "gấp 2,5 lần", "tăng 1,58 lần" say how many times larger, not a count of times. */
export const FACTOR_UNITS: readonly string[] = ['lần']

/** Words before a number of {@link FACTOR_UNITS} that make it a factor ("gấp 2,5 lần", "tăng 3 lần", "cao hơn 2 lần"). */
export const FACTOR_LEADS: readonly string[] = ['gấp', 'tăng', 'giảm', 'hơn', 'bằng', 'là', 'tăng gấp', 'cao gấp', 'nhiều hơn']

/** Verbs before a share that has no words after it ("khu vực dịch vụ chiếm 41,82%", "đóng góp 48,9%"): it continues the share with the same verb before it. */
export const SHARE_CONTINUING_VERBS: readonly string[] = ['chiếm', 'chiếm tỷ trọng', 'chiếm tỉ trọng', 'đóng góp']

/** Verbs that open a clause before the phrase they act on, which is then its topic ("Phấn đấu tăng thu ngân sách khoảng 5%" → `thu ngân sách`). */
export const TOPIC_LEADING_VERBS: readonly string[] = ['tăng', 'giảm', 'nâng', 'kiểm soát', 'kéo giảm', 'giữ', 'đưa', 'hạ']

/** Subjects that make a number a structure, not a count, when nothing follows them: "chính quyền địa phương 2 cấp", "mô hình ba cấp". */
export const STRUCTURE_SUBJECTS: readonly string[] = ['cấp']
