/** Parts of the day written before a date ("Chiều 12/7") and their record values. */
export const PARTS_OF_DAY: Readonly<Record<string, 'morning' | 'noon' | 'afternoon' | 'evening' | 'night'>> = {
  'sáng': 'morning', 'trưa': 'noon', 'chiều': 'afternoon', 'tối': 'evening', 'đêm': 'night',
}

/** Words after "N tháng" that make it a duration, not a period of the year ("6 tháng qua"). */
export const DURATION_FOLLOWERS: readonly string[] = ['qua', 'tới', 'nữa', 'liên tục', 'liên tiếp', 'gần đây', 'trước', 'sau', 'kể từ']

/** Spellings of "quý" numbers: Roman or Arabic. */
export const QUARTERS: Readonly<Record<string, number>> = { 'I': 1, 'II': 2, 'III': 3, 'IV': 4, '1': 1, '2': 2, '3': 3, '4': 4 }
