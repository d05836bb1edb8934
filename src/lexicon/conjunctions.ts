/** Words that join the items of a list. Data only. */

/**
 * The word before the last item of a list, after commas: "ban tổ chức các huyện ủy, thị ủy và
 * thành ủy", "làm việc với Quận ủy quận 2 và Quận ủy quận 9".
 */
export const LIST_CONJUNCTIONS: readonly string[] = ['và']
