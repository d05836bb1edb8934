/**
 * Meeting kinds as articles write them, with the record key. Longest first is handled by the
 * grammar; where do I add a new kind of meeting? Here, then an example in
 * `src/kinds/meetings/grammar.examples.ts`.
 */
export const MEETING_KINDS: ReadonlyArray<{ phrase: string; key: string }> = [
  { phrase: 'hội nghị sơ kết', key: 'review-midterm' },
  { phrase: 'hội nghị tổng kết', key: 'review-final' },
  { phrase: 'hội nghị giao ban', key: 'briefing' },
  { phrase: 'hội nghị công bố quyết định', key: 'announcement' },
  { phrase: 'hội nghị ban chấp hành', key: 'executive-committee' },
  { phrase: 'hội nghị ban thường vụ', key: 'standing-committee' },
  { phrase: 'hội nghị báo cáo viên', key: 'reporters' },
  { phrase: 'hội nghị trực tuyến', key: 'online-conference' },
  { phrase: 'hội nghị', key: 'conference' },
  { phrase: 'buổi làm việc', key: 'working-session' },
  { phrase: 'cuộc làm việc', key: 'working-session' },
  { phrase: 'buổi giao ban', key: 'briefing' },
  { phrase: 'giao ban', key: 'briefing' },
  { phrase: 'kỳ họp', key: 'session' },
  { phrase: 'phiên họp', key: 'session' },
  { phrase: 'phiên khai mạc', key: 'session' },
  { phrase: 'phiên bế mạc', key: 'session' },
  { phrase: 'cuộc họp', key: 'meeting' },
  { phrase: 'hội thảo', key: 'seminar' },
  { phrase: 'tọa đàm', key: 'round-table' },
  { phrase: 'họp báo', key: 'press-conference' },
  { phrase: 'đại hội', key: 'congress' },
  { phrase: 'buổi gặp mặt', key: 'gathering' },
  { phrase: 'buổi họp mặt', key: 'gathering' },
  { phrase: 'buổi tiếp xúc cử tri', key: 'voter-meeting' },
  { phrase: 'tiếp xúc cử tri', key: 'voter-meeting' },
  // Ceremonies: held events of their own kind, kept apart from meetings by their key.
  { phrase: 'lễ kỷ niệm', key: 'ceremony' },
  { phrase: 'lễ trao', key: 'ceremony' },
  { phrase: 'lễ công bố', key: 'ceremony' },
  { phrase: 'lễ phát động', key: 'ceremony' },
  { phrase: 'lễ khánh thành', key: 'ceremony' },
  { phrase: 'lễ khởi công', key: 'ceremony' },
  { phrase: 'lễ ra mắt', key: 'ceremony' },
  { phrase: 'lễ mít tinh', key: 'ceremony' },
  { phrase: 'mít tinh', key: 'ceremony' },
  { phrase: 'lễ dâng hương', key: 'ceremony' },
  { phrase: 'lễ tuyên dương', key: 'ceremony' },
  { phrase: 'lễ đón nhận', key: 'ceremony' },
  { phrase: 'lễ ký kết', key: 'ceremony' },
  { phrase: 'lễ bàn giao', key: 'ceremony' },
  { phrase: 'lễ tiếp nhận', key: 'ceremony' },
]

/** The noun that opens most ceremonies (`lễ kỷ niệm`, `lễ trao`): a ceremony's family is the word after it. */
export const CEREMONY_NOUN = 'lễ'

/** Words right before a ceremony that tell it was held ("Phát biểu tại lễ trao quyết định, …"). */
export const CEREMONY_HELD_BEFORE: readonly string[] = ['phát biểu tại']

/** …or alone before it at a sentence's start ("Tại lễ trao quyết định, ông …"). */
export const CEREMONY_HELD_OPENERS: readonly string[] = ['tại']

/** Verbs that report a meeting as held (in the sentence that introduces it). */
export const HELD_WORDS: readonly string[] = [
  'tổ chức', 'diễn ra', 'khai mạc', 'bế mạc', 'họp', 'làm việc', 'chủ trì', 'tiến hành', 'triệu tập', 'đã có buổi', 'dự',
]

/** Words before a kind that make it the source of a document or a future event, not a meeting held. */
export const NOT_HELD_BEFORE: readonly string[] = [
  'nghị quyết', 'kết luận', 'chỉ thị', 'quy định', 'tinh thần', 'tiến tới', 'chuẩn bị', 'sẽ', 'trước', 'nhiệm kỳ', 'văn kiện',
  'chào mừng', 'hướng tới', 'phục vụ', 'đại biểu dự', 'thông báo', 'theo chương trình', 'việc tổ chức',
]

/** Phrases with a word of NOT_HELD_BEFORE that do not make a meeting planned: the past ("Trước đó, tại hội nghị …"), one going on ("Tiếp tục chương trình Phiên họp thứ 35, …"). */
export const PAST_BEFORE_WORDS: readonly string[] = ['trước đó', 'trước đây', 'tiếp tục chương trình']

/** A noun right before a kind that makes the meeting its modifier, not a meeting told ("nội dung, chương trình kỳ họp thứ 6 đã được gửi …"). */
export const MODIFIED_NOUNS_BEFORE: readonly string[] = ['chương trình']

/** Kinds written as what is organised ("tổ chức sơ kết 1 năm", "tổ chức gặp mặt báo chí"), with the record key. */
export const ORGANISED_KINDS: Readonly<Record<string, string>> = {
  'sơ kết': 'review-midterm', 'tổng kết': 'review-final', 'gặp mặt': 'gathering', 'giao ban': 'briefing',
  'họp báo': 'press-conference', 'tọa đàm': 'round-table', 'hội thảo': 'seminar', 'họp mặt': 'gathering',
}

/** A body named anywhere in a kind's words decides its key ("Hội nghị lần thứ 16 Ban Chấp hành …"); checked first, in this order. */
export const KINDS_BY_BODY: ReadonlyArray<{ phrase: string; key: string }> = [
  { phrase: 'ban chấp hành', key: 'executive-committee' },
  { phrase: 'ban thường vụ', key: 'standing-committee' },
]

/** A congress is often only planned ("tiến tới Đại hội"): it is held when its sentence has one of these. */
export const CONGRESS_HELD_WORDS: readonly string[] = ['khai mạc', 'bế mạc', 'diễn ra', 'đã tổ chức', 'tổ chức thành công', 'phiên làm việc']

/** …or, in a sentence with a day date, one of these ("Sáng 10-9, … tổ chức đại hội"). */
export const CONGRESS_HELD_WHEN_DATED: readonly string[] = ['tổ chức']

/** Verbs after which the capitalised phrase before them is the organiser ("Ban Tổ chức Tỉnh ủy tổ chức …"). */
export const ORGANISER_VERBS: readonly string[] = ['tổ chức', 'họp', 'triệu tập', 'có buổi']

/** Words that may stand between the organiser and its verb ("… đã tổ chức", "… vừa tổ chức"). */
export const ORGANISER_VERB_MARKERS: readonly string[] = ['đã', 'vừa']

/** Words that introduce a meeting's purpose ("… nhằm đánh giá kết quả …"); right after a kind, they also make it held. */
export const PURPOSE_WORDS: readonly string[] = ['nhằm']

/** Words before a period that make it the one planned, not the one reviewed ("triển khai phương hướng … 6 tháng cuối năm"). */
export const PLANNED_CUES: readonly string[] = ['triển khai', 'phương hướng', 'kế hoạch', 'nhiệm vụ trọng tâm', 'mục tiêu']


/** Words in a sentence before a meeting that set it on the day of the one told before ("Chiều cùng ngày, … tổ chức hội nghị …"). */
export const SAME_DAY_CUES: readonly string[] = ['cùng ngày', 'dịp này']

/** The word for "day" before a day of the month, as a span of days starts ("Từ ngày 27 đến ngày 30-6", "ngày 15 - 18/4"). */
export const DAY_WORDS: readonly string[] = ['ngày']

/** What joins the first and last days of a span ("ngày 27 đến ngày 30-6", "hai ngày 9 và 10-2"); a dash also does. */
export const DAY_SPAN_JOINERS: readonly string[] = ['đến', 'và']

/** A day of a meeting's work, counted from its first ("Hội nghị … bước sang ngày làm việc thứ năm", "Sau hai ngày làm việc, … bế mạc"). */
export const WORKING_DAY_NOUNS: readonly string[] = ['ngày làm việc']

/** Words before "N ngày làm việc" that make the sentence's day the last of N ("Sau hai ngày làm việc, Hội nghị … bế mạc chiều 28/6"). */
export const AFTER_DAYS_WORDS: readonly string[] = ['sau', 'trải qua']

/** Words that make a day a meeting's last ("bế mạc"): with "sau N ngày làm việc", its first day is N - 1 days before. */
export const CLOSING_WORDS: readonly string[] = ['bế mạc']

/** Words right before a day that make it an effective date or a deadline, not a meeting's day ("kể từ ngày 01/4", "trước ngày 30-6", "đến ngày 25-3"). */
export const NOT_MEETING_DAY_CUES: readonly string[] = ['kể từ', 'trước', 'đến', 'hạn', 'chậm nhất']

/** The word before a document's number ("Công văn số 1611/BDN ngày …"). */
export const NUMBER_CUES: readonly string[] = ['số']

/** Words right after a day that put it in the future ("ngày 15.3 tới"). */
export const FUTURE_DAY_WORDS: readonly string[] = ['tới', 'sắp tới']

/** Words right before a kind that report its outcome, so the sentence's day is not its own ("công bố kết quả Hội nghị lần thứ nhất"). */
export const RESULT_WORDS: readonly string[] = ['kết quả']

/** Words in the clause right after a kind that make it only planned ("Kỳ họp thứ 8 … dự kiến khai mạc", "Đại hội Đảng sắp tới"). */
export const PLANNED_AFTER_WORDS: readonly string[] = ['dự kiến', 'sẽ', 'sắp']

/** Words that begin with a word of PLANNED_AFTER_WORDS and say nothing of the future ("cho ý kiến về Đề án sắp xếp …"). */
export const NOT_PLANNED_AFTER_WORDS: readonly string[] = ['sắp xếp']

/** "tại" (at) before a kind: where something was said or done. */
export const AT_WORDS: readonly string[] = ['tại']

/** Words shortly before "tại <kind>" that make the meeting the source of a directive, not one the article tells of ("chỉ đạo của đồng chí … tại Phiên họp …"). */
export const SOURCE_CUES: readonly string[] = ['chỉ đạo của', 'kết luận của', 'ý kiến chỉ đạo']

/** Verb markers: after a source cue, one of them starts a clause of its own ("theo kết luận của …, Thành uỷ đã giới thiệu … tại kỳ họp"). */
export const VERB_MARKERS: readonly string[] = ['đã', 'vừa', 'được', 'đang']

/** Meetings written as their verb, with the record key: "Ban Bí thư họp …", "đã gặp mặt, chúc Tết …". */
export const MEETING_VERBS: Readonly<Record<string, string>> = {
  'họp': 'meeting', 'gặp mặt': 'gathering', 'họp mặt': 'gathering', 'tổng kết': 'review-final', 'sơ kết': 'review-midterm',
}

/** Verbs of {@link MEETING_VERBS} that tell a meeting only right after a past marker ("Đảng ủy đã tổng kết hoạt động năm 2023"): "cần tổng kết", "tổ chức tổng kết" are not. */
export const MARKED_ONLY_VERBS: readonly string[] = ['tổng kết', 'sơ kết']

/** Words right after "họp" that make another word of it ("họp báo" is a kind of its own, "họp tổ" a group's discussion). */
export const NOT_MEETING_VERB_AFTER: readonly string[] = ['báo', 'mặt', 'tổ', 'kinh nghiệm', 'thực tiễn', 'lý luận']

/** Nouns right before "họp" that make it part of a noun: "kỳ họp" and "cuộc họp" are kinds, "phòng họp" a room. */
export const NOUNS_BEFORE_MEETING_VERB: readonly string[] = [
  'kỳ', 'phiên', 'cuộc', 'buổi', 'hội', 'phòng', 'giờ', 'lịch', 'nội dung', 'tài liệu', 'chương trình', 'tại',
]

/** Verbs right before "họp" that make it a meeting held: "chủ trì họp Thường trực Chính phủ", "tổ chức họp". */
export const MEETING_VERB_CUES: readonly string[] = ['chủ trì', 'tổ chức', 'triệu tập', 'tiến hành']

/** Past markers right before a meeting's verb ("Bộ Chính trị đã họp", "đã gặp mặt"): it was held. */
export const PAST_MARKERS: readonly string[] = ['đã', 'vừa']

/** Verbs of a visit that, with "làm việc tại", make a working session ("thăm và làm việc tại xã …"). */
export const VISIT_WORDS: readonly string[] = ['thăm']

/** Nouns right before a visit that make it the trip named, not a session told ("trong khuôn khổ chuyến thăm và làm việc tại tỉnh, …"). */
export const TRIP_NOUNS: readonly string[] = ['chuyến']

/** Verbs right before a kind that open a meeting of its own ("Cũng trong sáng 30/9, Tỉnh uỷ … đã tổ chức hội nghị …"). */
export const OPENING_VERBS: readonly string[] = ['tổ chức', 'triệu tập']

/** Words right before "tổ chức" that make what follows still to be organised ("cần tổ chức sơ kết", "đang chỉ đạo tổ chức tổng kết"). */
export const ORGANISE_PLANNED_BEFORE: readonly string[] = ['sẽ', 'cần', 'đang chỉ đạo', 'để', 'nhằm', 'dự kiến', 'đề nghị', 'yêu cầu', 'chưa']

/** Bodies a delegation works with, counted after those it names ("làm việc với Ban Thường vụ Tỉnh ủy và 6 tổ chức đảng"): one session each. */
export const HOST_COUNT_NOUNS: readonly string[] = [
  'tổ chức đảng', 'đảng bộ', 'chi bộ', 'đảng ủy', 'ban cán sự đảng', 'đảng đoàn', 'cơ quan', 'đơn vị', 'địa phương',
]

/** Words between "tổ chức" and the kind it organises ("tổ chức thành công Đại hội"). */
export const SUCCESS_WORDS: readonly string[] = ['thành công']
