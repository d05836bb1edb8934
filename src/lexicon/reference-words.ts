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
