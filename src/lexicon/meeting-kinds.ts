/**
 * Meeting kinds as articles write them, with the record key. Longest first is handled by the
 * grammar; where do I add a new kind of meeting? Here, then an example in
 * `src/grammars/meeting.examples.ts`.
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
