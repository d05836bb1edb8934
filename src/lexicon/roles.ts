/** Verbs and phrases that give a person a role in what the article reports. Data only. */

/** `chủ trì`, `dự và chủ trì`, `đồng chủ trì`: the person chairs. */
export const CHAIR_WORDS: readonly string[] = ['dự và chủ trì', 'đồng chủ trì', 'chủ trì', 'điều hành hội nghị']

/** The chair verb: the chairs named after a chair word are read from this many units after the word's start ("chủ trì ▸của …"). */
export const CHAIR_VERB = 'chủ trì'

/** Words right after "chủ trì" that say the chairs follow: "chủ trì của X", "chủ trì bởi X". */
export const CHAIRED_BY_WORDS: readonly string[] = ['của', 'bởi']

/** The word that joins two people of one list after the first one's titles, besides `;` and `,` ("… Tỉnh ủy và đồng chí Y"). */
export const PEOPLE_LIST_JOINER = 'và'
/** The plural marker that may stand before the honorific after the joiner ("và các đồng chí …"). */
export const PEOPLE_LIST_PLURAL = 'các'
/** The honorifics that may stand after the joiner, before the next person of the list ("; đồng chí Y", "và ông Z"). */
export const PEOPLE_LIST_HONORIFICS: readonly string[] = ['đồng chí', 'đ/c', 'ông', 'bà']

/** Words between two names that make them no list (a verb, or a new group): "X phát biểu … Y", "X và các … Y". */
export const NAME_GAP_VERBS: readonly string[] = ['phát biểu', 'cho biết', 'đề nghị', 'yêu cầu', 'đánh giá', 'và các', 'cùng']

/** After `chủ trì` and a few words, what lists the chairs: "Tham gia chủ trì Hội nghị còn có đồng chí …". */
export const CHAIRS_LISTED_BY: readonly string[] = ['có', 'còn có']

/** Phrases that open a list of attendees: `Cùng dự có…`, `Dự hội nghị có…`. */
export const ATTENDEE_OPENERS: readonly string[] = [
  'cùng dự có', 'cùng dự', 'dự hội nghị có', 'dự buổi làm việc có', 'tham dự hội nghị có', 'tham dự có', 'dự có', 'tham dự',
  'cùng tham dự', 'có sự tham dự của', 'với sự tham dự của', 'dự hội nghị còn có', 'tới dự', 'đến dự', 'về dự',
]

/** Verbs that make the person a speaker. */
export const SPEAKER_WORDS: readonly string[] = [
  'phát biểu', 'chỉ đạo', 'kết luận', 'cho biết', 'nhấn mạnh', 'đề nghị', 'yêu cầu', 'khẳng định', 'đánh giá', 'ghi nhận',
  'chia sẻ', 'báo cáo', 'trình bày', 'giải trình', 'phát biểu chỉ đạo', 'phát biểu kết luận', 'biểu dương', 'thông tin',
]

/** Words that end a title read after a name ("… Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị"). */
export const TITLE_STOP_WORDS: readonly string[] = [
  'chủ', 'dự', 'phát', 'chỉ', 'kết', 'cho', 'nhấn', 'đề', 'yêu', 'khẳng', 'đánh', 'ghi', 'chia', 'báo', 'trình', 'đã', 'đang',
  'sẽ', 'cùng', 'và', 'là', 'được', 'có', 'làm', 'tham', 'tới', 'đến', 'về', 'đồng', 'giải', 'thông', 'biểu', 'tặng', 'trao',
  'nói', 'khi', 'trong', 'tại', 'với', 'nhận', 'ký', 'đọc', 'công', 'lên', 'thay', 'mặt', 'gửi', 'tiếp', 'hướng', 'quán',
]

/** Words between a name and a later "chủ trì" that make someone else the chair: a place, a task given ("ông X đã giao cho Ủy ban … chủ trì"). */
export const CHAIR_BREAK_WORDS: readonly string[] = ['tại', 'giao cho', 'giao', 'đề nghị', 'yêu cầu', 'phân công', 'do']

/** Honorifics that, capitalised in mid-sentence, start a new subject (a caption glued on): "… Trung ương Ông Nguyễn Văn Bình … chủ trì". */
export const NEW_SUBJECT_WORDS: readonly string[] = ['Ông', 'Bà']

/** Tasks after "chủ trì" that make it the lead of a piece of work, not a meeting's chair ("Bộ … chủ trì soạn thảo", "chủ trì phối hợp với …"). */
export const CHAIR_TASK_WORDS: readonly string[] = ['soạn thảo', 'phối hợp', 'xây dựng', 'thực hiện', 'tổ chức thực hiện', 'triển khai', 'thẩm định']
