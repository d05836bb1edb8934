/** Words around a document reference, read by `src/kinds/documents/documents.ts`. Data only. */

/**
 * Words that open a reference's tail (its issuing body, date or subject). A type word written in
 * lower case without `số` is a reference only when one of them follows the number ("nghị định 35
 * của Chính phủ", "chỉ thị 05, ngày …"); otherwise it is the verb ("kết luận 38 đảng viên").
 */
export const REFERENCE_TAIL_WORDS: readonly string[] = ['của', 'ngày', 'về']

/** Words that cannot end a reference's subject: dropped when the subject stops right after one ("về … và"). */
export const SUBJECT_DANGLING_WORDS: readonly string[] = ['và', 'cùng', 'gắn với', 'theo', 'tại', 'của']

/**
 * Verbs and prepositions between a date and the reference it dates, when the date is written
 * first: "Ngày 15/3/2018, Thành ủy **có** Nghị quyết số 12-NQ/TU", "ngày 2/8/2015, **tại** Văn bản
 * số 845/UBND-KT", "(01/01/2019), Chính phủ **ban hành** Nghị quyết 01/NQ-CP".
 */
export const ISSUED_WITH_DATE_BEFORE: readonly string[] = ['ban hành', 'có', 'ký', 'thông qua', 'tại', 'theo', 'phê duyệt', 'gửi', 'công bố']

/**
 * Verbs written right before a reference whose date comes first without a year: "Ngày 20/6, Văn
 * phòng Trung ương Đảng **đã có** văn bản số …", "Ngày 6-2, UBND thành phố **ban hành** Kế hoạch số …".
 * A day with no year is usually the day of an event, so only an issuing verb next to the type word
 * makes it the document's date (not `tại`, `theo`: "Sáng 20/6, hội nghị triển khai theo Kế hoạch …").
 */
export const ISSUED_WITH_YEARLESS_DATE_BEFORE: readonly string[] = ['ban hành', 'có', 'ra', 'ký', 'gửi']

/**
 * Words that, right before such a verb, make it no issuing: "… hội nghị quán triệt các văn bản, **trong đó**
 * có Nghị quyết số …" (the date is the meeting's), "… vẫn **chưa** ban hành Quyết định …".
 */
export const NOT_ISSUING_BEFORE_VERB: readonly string[] = ['trong đó', 'đó', 'chưa', 'không', 'đều']

/**
 * Words that may follow the number of a lower-case noun-only type word written without `số`
 * ("đề án 125 **có** dự án trọng điểm", "nghị định 58 **đã** …"): the number ends the reference.
 */
export const REFERENCE_FOLLOWING_VERBS: readonly string[] = ['có', 'là', 'đã', 'được', 'đang', 'sẽ', 'vừa', 'này', 'cũng', 'không', 'chưa']

/** Words joining the numbers of a list of references besides the comma ("Nghị quyết số 18 **và** 19-NQ/TW"). */
export const LIST_JOINERS: readonly string[] = ['và']

/**
 * Type words that say only "a document": the type is the one a parenthesis right after the number
 * names, when there is one ("văn bản 181 (**Quy định** xử lý kỷ luật đảng viên …)" is Quy định 181).
 */
export const GENERIC_TYPE_WORDS: readonly string[] = ['văn bản']
