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
  { phrase: 'cuộc họp', key: 'meeting' },
  { phrase: 'hội thảo', key: 'seminar' },
  { phrase: 'tọa đàm', key: 'round-table' },
  { phrase: 'họp báo', key: 'press-conference' },
  { phrase: 'đại hội', key: 'congress' },
  { phrase: 'buổi gặp mặt', key: 'gathering' },
  { phrase: 'buổi tiếp xúc cử tri', key: 'voter-meeting' },
  { phrase: 'tiếp xúc cử tri', key: 'voter-meeting' },
]

/** Verbs that report a meeting as held (in the sentence that introduces it). */
export const HELD_WORDS: readonly string[] = [
  'tổ chức', 'diễn ra', 'khai mạc', 'bế mạc', 'họp', 'làm việc', 'chủ trì', 'tiến hành', 'triệu tập', 'đã có buổi', 'dự',
]

/** Words before a kind that make it the source of a document or a future event, not a meeting held. */
export const NOT_HELD_BEFORE: readonly string[] = [
  'nghị quyết', 'kết luận', 'chỉ thị', 'quy định', 'tinh thần', 'tiến tới', 'chuẩn bị', 'sẽ', 'trước', 'nhiệm kỳ', 'văn kiện',
  'chào mừng', 'hướng tới', 'phục vụ', 'đại biểu dự', 'thông báo',
]

/** Kinds written as what is organised ("tổ chức sơ kết 1 năm", "tổ chức gặp mặt báo chí"), with the record key. */
export const ORGANISED_KINDS: Readonly<Record<string, string>> = {
  'sơ kết': 'review-midterm', 'tổng kết': 'review-final', 'gặp mặt': 'gathering', 'giao ban': 'briefing',
  'họp báo': 'press-conference', 'tọa đàm': 'round-table', 'hội thảo': 'seminar',
}

/** A body named anywhere in a kind's words decides its key ("Hội nghị lần thứ 16 Ban Chấp hành …"); checked first, in this order. */
export const KINDS_BY_BODY: ReadonlyArray<{ phrase: string; key: string }> = [
  { phrase: 'ban chấp hành', key: 'executive-committee' },
  { phrase: 'ban thường vụ', key: 'standing-committee' },
]

/** A congress is often only planned ("tiến tới Đại hội"): it is held when its sentence has one of these. */
export const CONGRESS_HELD_WORDS: readonly string[] = ['khai mạc', 'bế mạc', 'diễn ra', 'đã tổ chức', 'tổ chức thành công']

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

