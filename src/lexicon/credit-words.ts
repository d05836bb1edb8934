/** Words of an article's credits (its source and authors), read by `src/kinds/metadata/`. Data only. */

/** Words that credit a source or an author before the name, followed by a space: "Theo Báo Đắk Nông điện tử", "(Theo Lê Thúy/NLĐO)". */
export const SOURCE_CREDIT_WORDS: readonly string[] = ['Theo']

/** Labels that open a line naming where the article came from: "Nguồn: …", "Nguồn Báo …". */
export const SOURCE_LABELS: readonly string[] = ['Nguồn']
