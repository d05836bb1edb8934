/** Parts of the day written before a date ("Chiều 12/7") and their record values. */
export const PARTS_OF_DAY: Readonly<Record<string, 'morning' | 'noon' | 'afternoon' | 'evening' | 'night'>> = {
  'sáng': 'morning', 'trưa': 'noon', 'chiều': 'afternoon', 'tối': 'evening', 'đêm': 'night',
}

/** Words after "N tháng" that make it a duration, not a period of the year ("6 tháng qua"). */
export const DURATION_FOLLOWERS: readonly string[] = ['qua', 'tới', 'nữa', 'liên tục', 'liên tiếp', 'gần đây', 'trước', 'sau', 'kể từ']

/** Spellings of "quý" numbers: Roman or Arabic. */
export const QUARTERS: Readonly<Record<string, number>> = { 'I': 1, 'II': 2, 'III': 3, 'IV': 4, '1': 1, '2': 2, '3': 3, '4': 4 }

/** Words before "tháng" that make it a count of months, not a month of the year ("vài tháng", "các tháng"). */
export const DURATION_QUANTIFIERS: readonly string[] = ['mấy', 'vài', 'các', 'những']

/** Words after "N tháng" that say which months of the year a period covers: the first N or the last N ("6 tháng cuối năm"). */
export const PERIOD_ANCHORS: Readonly<Record<string, 'first' | 'last'>> = { 'đầu': 'first', 'cuối': 'last' }

/** Words right before a year that make it a target, not the article's own time ("đến năm 2020", "tầm nhìn đến 2045"). */
export const TARGET_CUES: readonly string[] = ['đến', 'tới', 'trước', 'sau', 'vào', 'mục tiêu', 'tầm nhìn', 'định hướng', 'hoàn thành']

/** Words right before a full day that make it a deadline the article looks ahead to ("trước ngày 15-7-2017"). */
export const DEADLINE_CUES: readonly string[] = ['trước', 'chậm nhất']

/** Words that, in the sentence of a term (`nhiệm kỳ 2015-2020`), make the day there the term's start: a congress. */
export const TERM_START_CUES: readonly string[] = ['đại hội']

/** Words after "N năm" that make it years of carrying out a document ("sơ kết 1 năm thực hiện Quy định số 01 ngày 3/3/2016"): the review is N years after the document's day. */
export const IMPLEMENTATION_WORDS: readonly string[] = ['thực hiện', 'triển khai', 'thi hành']

/** The unit of years in "N năm thực hiện". */
export const YEAR_UNITS: readonly string[] = ['năm']

/** Words before a congress that make it one prepared for, not held ("chuẩn bị đại hội … nhiệm kỳ 2020 - 2025"). */
export const CONGRESS_PLAN_CUES: readonly string[] = ['chuẩn bị', 'tiến tới', 'hướng tới']

/** Words shortly before a period that make it the one planned ("triển khai nhiệm vụ năm 2021"), not the one reviewed. */
export const PERIOD_PLAN_CUES: readonly string[] = ['triển khai', 'phương hướng', 'kế hoạch', 'nhiệm vụ trọng tâm', 'dự toán', 'mục tiêu', 'dự kiến', 'phấn đấu', 'sẽ']

/** Words shortly before a year that make it the one reviewed ("tổng kết công tác năm 2020", "kết quả năm 2016"). */
export const PERIOD_REVIEW_CUES: readonly string[] = ['tổng kết', 'sơ kết', 'kết quả', 'đánh giá']

/** Words shortly after a year, in its clause, that report what it achieved ("Năm 2016, tăng trưởng kinh tế đạt 7,62%"): the year is over. */
export const YEAR_RESULT_WORDS: readonly string[] = ['đạt']

/** Words right before a date that make it a point the figures are counted to ("tính đến cuối quý I/2005"): the past, not a target. */
export const AS_OF_CUES: readonly string[] = ['tính đến', 'tính tới', 'tính từ']

/** Words that may stand between a target cue and its year ("đến hết năm 2025"). */
export const TARGET_CUE_FILLERS: readonly string[] = ['hết', 'trong', 'cuối', 'đầu', 'giữa']

/** Labels that may stand before a publication stamp on its line ("Cập nhật lúc: 13/07/2023"), any case. */
export const STAMP_LABELS: readonly string[] = ['cập nhật', 'ngày đăng', 'đăng', 'xuất bản', 'thời gian', 'published', 'updated']

/** Words that may follow a stamp label ("Cập nhật lúc", "Ngày đăng ngày"). */
export const STAMP_LABEL_TAILS: readonly string[] = ['lúc', 'ngày']

/** Words right before a day that make it a birth date, not an event's day ("sinh ngày 12-8-1962"), any case. */
export const BIRTH_DATE_CUES: readonly string[] = ['sinh ngày', 'sinh']

/** Days of the week as written, lower case, with their number (0 = Sunday … 6 = Saturday): `thứ Hai`, `thứ 2`, `Chủ nhật`. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  'chủ nhật': 0, 'thứ hai': 1, 'thứ 2': 1, 'thứ ba': 2, 'thứ 3': 2, 'thứ tư': 3, 'thứ 4': 3,
  'thứ năm': 4, 'thứ 5': 4, 'thứ sáu': 5, 'thứ 6': 5, 'thứ bảy': 6, 'thứ 7': 6,
}

/**
 * Words right after `thứ năm`, `thứ 6` … that make it a day of the week, not an ordinal: a weekly
 * meeting ("phiên họp Chính phủ thứ năm hằng tuần", "thứ sáu tuần này"). A date in brackets does too.
 */
export const WEEKLY_CUES: readonly string[] = ['hằng tuần', 'hàng tuần', 'tuần này', 'tuần tới', 'tuần trước', 'tuần qua', 'tuần sau']

/** Words a weekday may follow ("sáng thứ Hai (15/7)", "vào thứ 2 ngày 6/2"); after any other word, `thứ 7` is an ordinal ("Kỳ họp thứ 7 ngày 10/12"). */
export const WEEKDAY_LEAD_WORDS: readonly string[] = ['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'vào', 'ngày', 'hôm', 'từ', 'đến', 'và']

/** Days counted from the publication day ("hôm qua", "sáng nay", "ngày mai"), by the word after the part of day or `hôm`/`ngày`. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { 'nay': 0, 'qua': -1, 'mai': 1 }

/** Words that stand before `nay`/`qua`/`mai` in a relative day: `hôm qua`, `ngày mai`, `ngày hôm qua`. */
export const RELATIVE_DAY_CUES: readonly string[] = ['hôm', 'ngày', 'ngày hôm']

/** Cues of {@link RELATIVE_DAY_CUES} that make a day only with a word ahead ("ngày mai"): "ngày nay" is "nowadays", "ngày qua" a span. */
export const RELATIVE_DAY_AHEAD_ONLY: readonly string[] = ['ngày']

/** Units of a relative period ("năm nay", "tháng trước", "quý này", "tuần trước") and the item kind each makes. */
export const RELATIVE_PERIOD_UNITS: Readonly<Record<string, 'year' | 'month' | 'quarter' | 'range'>> = {
  'năm': 'year', 'tháng': 'month', 'quý': 'quarter', 'tuần': 'range',
}

/** Words after a unit that place a relative period: this one, the one before, the one after ("năm ngoái", "tuần tới"). */
export const RELATIVE_PERIOD_WORDS: Readonly<Record<string, number>> = {
  'nay': 0, 'này': 0, 'ngoái': -1, 'trước': -1, 'tới': 1,
}

/**
 * Words right before a relative period that make it no date: a comparison ("cùng kỳ năm trước"), a count
 * ("những năm trước", "nhiều năm tới"), or the idiom "năm sau cao hơn năm trước".
 */
export const RELATIVE_PERIOD_NOT_AFTER: readonly string[] = ['cùng kỳ', 'các', 'những', 'nhiều', 'mấy', 'vài', 'mọi', 'mỗi', 'hơn', 'cao hơn', 'so với các']

/** Words after "N năm"/"N tháng" that make it the span up to the publication date ("5 năm qua", "3 tháng vừa qua"). */
export const SPAN_TO_NOW_WORDS: readonly string[] = ['qua', 'vừa qua', 'gần đây']

/** Words between the first and last day of a run ("từ ngày 1 đến ngày 5/7"). */
export const RANGE_TO_WORDS: readonly string[] = ['đến', 'tới']

/** Words before "N năm <event>" that make it an anniversary ("kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh"). */
export const ANNIVERSARY_CUES: readonly string[] = ['kỷ niệm']

/**
 * National anniversaries and the year of the day they mark, lower case, after "kỷ niệm N năm (ngày)": with no year written,
 * the story is in that year plus N ("kỷ niệm 127 năm Ngày sinh của Bác" → 2017).
 */
export const KNOWN_ANNIVERSARIES: Readonly<Record<string, number>> = {
  'sinh chủ tịch hồ chí minh': 1890, 'sinh của chủ tịch hồ chí minh': 1890, 'sinh bác hồ': 1890, 'sinh của bác hồ': 1890, 'sinh của bác': 1890,
  'thành lập đảng': 1930, 'thành lập đảng cộng sản việt nam': 1930, 'báo chí cách mạng việt nam': 1925, 'thương binh': 1947,
  'giải phóng miền nam': 1975, 'giải phóng hoàn toàn miền nam': 1975, 'thành lập quân đội nhân dân việt nam': 1944,
  'cách mạng tháng tám': 1945, 'quốc khánh': 1945,
}

/** Words right after an anniversary's name that make it another, local one ("thành lập Đảng bộ tỉnh"). */
export const ANNIVERSARY_NOT_AFTER: readonly string[] = ['bộ', 'ủy', 'uỷ']

/** The word for "day" before days listed with commas ("các ngày 9, 10 và 11/2"). */
export const DAY_NOUNS: readonly string[] = ['ngày']

/** Words before the last of several days listed with one month ("ngày 9 và 10-2", "các ngày 9, 10 và 11/2"). */
export const DAY_LIST_JOINERS: readonly string[] = ['và']

/** Units of a span up to the publication date ("5 năm qua", "3 tháng qua"). */
export const SPAN_UNITS: Readonly<Record<string, 'year' | 'month'>> = { 'năm': 'year', 'tháng': 'month' }

/** A clock time's words: `14h30`, `7 giờ 30`, `9 giờ 15 phút`; `lúc` may stand before it. */
export const CLOCK_WORDS: Readonly<{ hour: readonly string[]; minute: readonly string[]; at: readonly string[] }> = {
  hour: ['giờ', 'h'], minute: ['phút'], at: ['lúc', 'vào lúc'],
}

/** `mồng`/`mùng` before a day of the month ("mồng 2/9", "ngày mùng 1/5"). */
export const DAY_PREFIXES: readonly string[] = ['mồng', 'mùng']

/** Words after a day that make it a lunar date ("ngày 15 tháng 7 âm lịch"): not a day of the solar calendar. */
export const LUNAR_MARKERS: readonly string[] = ['âm lịch', '(âm lịch)', 'al', '(al)']
