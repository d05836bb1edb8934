/**
 * Vietnamese number words (after Duckling's Numeral/VI rules). Data only.
 * Variants: `tư` is 4 after mươi/mười and as an ordinal; `lăm`/`nhăm` is 5 after mươi/mười;
 * `mốt` is 1 after mươi; `linh`/`lẻ` mark a zero tens digit ("một trăm linh năm" = 105).
 */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
  'không': 0, 'một': 1, 'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'lăm': 5, 'nhăm': 5,
  'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
}

/** Unit forms that are a number only after tens (`hai mươi tư`, `mười lăm`, `ba mươi mốt`) or a digit (`năm tư` = 54): alone, `tư` is "private" (`đầu tư`). */
export const UNIT_ONLY_WORDS: readonly string[] = ['tư', 'lăm', 'nhăm', 'mốt']

/** `mười` is ten; `mươi` multiplies the digit before it by ten. */
export const TEN_WORD = 'mười'
export const TENS_WORD = 'mươi'
/** `linh` / `lẻ`: zero in the tens place. */
export const ZERO_TENS_WORDS: readonly string[] = ['linh', 'lẻ']
/** `trăm`: hundred. */
export const HUNDRED_WORD = 'trăm'
/** `nửa`: half, as in "nửa triệu". */
export const HALF_WORD = 'nửa'

/** Scale words and their multipliers, largest first. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  'tỷ': 1e9, 'tỉ': 1e9, 'triệu': 1e6, 'vạn': 1e4, 'nghìn': 1e3, 'ngàn': 1e3,
}

/** The word that makes the number after it an ordinal: "lần thứ 16", "thứ XIV", "thứ tư". */
export const ORDINAL_MARKER = 'thứ'

/** Ordinal words after `thứ` that differ from cardinals: "thứ nhất", "thứ tư". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = { 'nhất': 1, 'tư': 4 }

/** Scale words that may follow another scale word, multiplying it: `nghìn tỷ`, `triệu tỷ` (money in news: `714,5 nghìn tỷ đồng`). */
export const COMPOUND_SCALE_TAILS: readonly string[] = ['tỷ', 'tỉ']
