/** Words around a document reference, read by `src/kinds/documents/documents.ts`. Data only. */

/**
 * Words that open a reference's tail (its issuing body, date or subject). A type word written in
 * lower case without `số` is a reference only when one of them follows the number ("nghị định 35
 * của Chính phủ", "chỉ thị 05, ngày …"); otherwise it is the verb ("kết luận 38 đảng viên").
 */
export const REFERENCE_TAIL_WORDS: readonly string[] = ['của', 'ngày', 'về']

/** Words that cannot end a reference's subject: dropped when the subject stops right after one ("về … và"). */
export const SUBJECT_DANGLING_WORDS: readonly string[] = ['và', 'cùng', 'gắn với', 'theo', 'tại', 'của']
