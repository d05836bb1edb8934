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
export const TARGET_CUES: readonly string[] = ['đến', 'tới', 'trước', 'sau', 'vào', 'mục tiêu', 'tầm nhìn', 'định hướng']

/** Words that may stand between a target cue and its year ("đến hết năm 2025"). */
export const TARGET_CUE_FILLERS: readonly string[] = ['hết']

/** Labels that may stand before a publication stamp on its line ("Cập nhật lúc: 13/07/2023"), any case. */
export const STAMP_LABELS: readonly string[] = ['cập nhật', 'ngày đăng', 'đăng', 'xuất bản', 'thời gian', 'published', 'updated']

/** Words that may follow a stamp label ("Cập nhật lúc", "Ngày đăng ngày"). */
export const STAMP_LABEL_TAILS: readonly string[] = ['lúc', 'ngày']

/** Words right before a day that make it a birth date, not an event's day ("sinh ngày 12-8-1962"), any case. */
export const BIRTH_DATE_CUES: readonly string[] = ['sinh ngày', 'sinh']
