/**
 * Words around a capitalised run that say it names a place, not a person. Data only; the
 * people rules in `src/kinds/people/people.ts` read them.
 */

/**
 * Words that may stand between a place noun and the place's name ("các tuyến đường chính như
 * Phạm Văn Đồng", "huyện mới Hoài Đức"): looked through when the word before a name is one of them.
 */
export const PLACE_NOUN_FILLERS: readonly string[] = ['chính', 'lớn', 'mới', 'cũ', 'như', 'gồm', 'là', 'các', 'những', 'trục', 'tuyến']

/**
 * What separates the items of a list of places ("huyện Hoài Đức, Thanh Oai, Thạch Thất và Chương
 * Mỹ"). Not `;` nor ` - `: they end a place phrase before a name ("… huyện Hàm Tân; Hồ Thị Tư",
 * "Huyện ủy Hàm Tân - Nguyễn Văn A").
 */
export const PLACE_LIST_SEPARATORS: readonly string[] = [', ', ' và ', ', và ', ' hoặc ']

/**
 * Parts of day that end a run only when the day phrase goes on after them ("Nguyễn Văn Thiện
 * Chiều nay", "… Sáng 12/7"); otherwise they are a name's last syllable ("Trần Huy Sáng cho biết").
 */
export const DAY_PHRASE_CONTINUATIONS: readonly string[] = ['nay', 'qua', 'mai', 'cùng', 'hôm', 'ngày', 'mùng', 'mồng', 'sớm', 'muộn', 'tối', 'chủ']

/** Words besides the parts of day that open a day phrase at a run's end ("… Ngày 12/7", "… Hôm qua"), read as {@link DAY_PHRASE_CONTINUATIONS} say. */
export const DAY_PHRASE_OPENERS: readonly string[] = ['ngày', 'hôm']

/** Locality holders that do not open a list of places: after `tại`, a comma ends an adverbial ("tại Hà Nội, Nguyễn Văn A …"). */
export const NOT_PLACE_LIST_HEADS: readonly string[] = ['tại']

/** The city whose name is also a person's: `Hồ Chí Minh`, a person only after one of {@link HO_CHI_MINH_PERSON_CUES}. */
export const HO_CHI_MINH = 'Hồ Chí Minh'

/** Words shortly before `Hồ Chí Minh` that make it the person, not the city ("tư tưởng, đạo đức, phong cách Hồ Chí Minh"). */
export const HO_CHI_MINH_PERSON_CUES: readonly string[] = ['tư tưởng', 'chủ tịch', 'phong cách', 'đạo đức', 'gương', 'bác', 'lời dạy của', 'di chúc của', 'người']
