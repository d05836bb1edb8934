import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.meetings`. */
export const MEETING_RULES = defineRules([
  {
    id: 'meeting/kind', kind: 'meetings', grammars: ['meeting/kind', 'meeting/organiser', 'meeting/purpose', 'meeting/role-word'],
    does: 'a meeting named by its noun and held: Hội nghị sơ kết, buổi làm việc, Đại hội, hội nghị Ban Chấp hành. Its day (for every meeting rule): '
      + 'a run\'s first (Trong 2 ngày 9 và 10-2); N - 1 days before the day written with "ngày làm việc thứ N" or with "sau N ngày làm việc" and '
      + 'bế mạc; a run of days with two or more meetings told later inside it is their span, no meeting of its own, unless a later sentence refers back to it. '
      + 'A ceremony (lễ kỷ niệm, lễ trao …, lễ công bố, lễ phát động, mít tinh) is kind `ceremony`: held like a meeting, or when someone spoke at it (Phát biểu tại lễ trao …, Tại lễ …); '
      + 'one per ceremony (lễ mít tinh and mít tinh are one, a lễ trao after it another), and one held at a meeting is its own event',
    examples: [
      { text: 'Chiều 12/7, Tỉnh ủy tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.', item: 'Hội nghị sơ kết', published: '2023-07-13' },
      { text: 'Ngày 9/5, Hội nghị lần thứ năm Ban Chấp hành Trung ương bước sang ngày làm việc thứ năm.', item: 'Hội nghị lần thứ năm', published: '2024-05-10' },
      { text: 'Sáng 15/7, Huyện ủy long trọng tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đảng bộ huyện.', item: 'Lễ kỷ niệm', published: '2024-07-16' },
      { text: 'Tại lễ trao quyết định, ông Trần Văn Nam cảm ơn sự tin tưởng của Ban Thường vụ.', item: 'lễ trao', published: '2024-07-16' },
      { text: 'Ngày 19/7, Hội Luật gia tổ chức hội nghị học tập nghị quyết; Lễ trao huy hiệu 30 năm tuổi Đảng cho các đảng viên.', item: 'Lễ trao', published: '2024-07-20' },
    ],
    negatives: [
      { text: 'Tỉnh ủy chuẩn bị tiến tới Đại hội đảng bộ tỉnh.', why: 'a congress only planned: no held verb, no day' },
      { text: 'Người dân nô nức đi lễ hội đầu xuân ở đền Hùng.', why: 'lễ hội: a festival, not a ceremony' },
      { text: 'Cử tri phản ánh việc tổ chức lễ kỷ niệm tốn kém.', not: 'lễ kỷ niệm', why: 'a ceremony named as a practice, with no day and no one at it' },
      { text: 'Kỳ họp thứ 9 Quốc hội khóa XV dự kiến khai mạc ngày 20/5.', why: 'only planned: dự kiến right after it' },
      { text: 'Ngày 3/6, Ban Tổ chức báo cáo công tác chuẩn bị nhân sự cho Đại hội Đảng sắp tới.', why: 'a congress still to come (sắp tới)' },
      { text: 'Hội nghị lần thứ 2 sắp tới sẽ bàn về công tác nhân sự.', why: 'only planned: sắp, sẽ right after it' },
      { text: 'Ngày 15/4, ông Tô Lâm nêu rõ cần thực hiện nghiêm chỉ đạo của đồng chí Tổng Bí thư tại Phiên họp Thường trực Ban Chỉ đạo.', not: 'Phiên họp',
        why: 'the meeting where a directive was given, not one the article tells of' },
    ],
  },
  {
    id: 'meeting/working-with', kind: 'meetings', grammars: ['meeting/working-with', 'meeting/work-with-turn', 'meeting/organiser', 'meeting/purpose'],
    does: 'a working session named by its verb: làm việc với Ban Thường vụ Huyện ủy',
    examples: [
      { text: 'Sáng 5/3, đoàn công tác làm việc với Ban Thường vụ Huyện ủy Lệ Thủy.', item: 'làm việc với', published: '2024-03-06' },
      // A sentence may open with the verb, its day after it.
      { text: 'Làm việc với cán bộ chủ chốt của tỉnh, chiều 12/3, Thủ tướng đề nghị tỉnh đẩy nhanh giải ngân.', item: 'Làm việc với', published: '2024-03-13' },
      // A count of bodies after those named: one session each (here four in all).
      { text: 'Ngày 15/4, Đoàn kiểm tra đã làm việc với Ban Thường vụ Tỉnh ủy và 3 tổ chức đảng trực thuộc.', item: 'làm việc với', published: '2024-04-16' },
    ],
    negatives: [
      { text: 'Đoàn sẽ làm việc với Huyện ủy vào tuần sau.', not: 'làm việc với', why: 'a session only planned (sẽ)' },
      { text: 'Cán bộ cần làm việc với tinh thần trách nhiệm.', why: 'làm việc with no body and no day: not a session' },
      { text: 'Theo kế hoạch, ngày 30/5 Đoàn giám sát sẽ làm việc với Đảng ủy Bộ.', why: 'a session only planned (sẽ), though it has a day' },
    ],
  },
  {
    id: 'meeting/visit-work', kind: 'meetings', grammars: ['meeting/visit-work', 'meeting/work-at-turn', 'meeting/organiser', 'meeting/purpose'],
    does: 'a working session told with a visit: thăm và làm việc tại xã …, đến thăm, làm việc tại tỉnh …',
    examples: [
      { text: 'Sáng 9/4, Phó Thủ tướng đã đến thăm và làm việc tại xã Hòa Bình.', item: 'làm việc tại', published: '2024-04-10' },
      { text: 'Trong chuyến công tác, Bộ trưởng đã thăm, làm việc tại huyện đảo Cô Tô.', item: 'làm việc tại', published: '2024-04-10' },
    ],
    negatives: [
      { text: 'Ông Hùng làm việc tại xã Hòa Bình từ năm 2015.', why: 'làm việc tại with no visit: where someone works' },
      { text: 'Tuần tới, đoàn sẽ thăm và làm việc tại tỉnh Cà Mau.', why: 'a visit only planned (sẽ), no day' },
      { text: 'Trong khuôn khổ chuyến thăm và làm việc tại tỉnh, chiều 15/7, Chủ tịch Quốc hội đã thăm các gia đình chính sách.', why: 'chuyến thăm …: the trip named, not a session' },
    ],
  },
  {
    id: 'meeting/verb', kind: 'meetings', grammars: ['meeting/verb', 'meeting/organiser', 'meeting/purpose'],
    does: 'a meeting told by its verb, with a body or a cue by it: Ban Bí thư họp, Bộ Chính trị đã họp, chủ trì họp Thường trực Chính phủ, tổ chức họp, đã gặp mặt; '
      + 'a review right after a past marker: Đảng ủy đã tổng kết hoạt động năm 2023, đã sơ kết (dated like one "cùng ngày" after "Dịp này,")',
    examples: [
      { text: 'Ngày 12/6, tại Trụ sở Trung ương Đảng, Bộ Chính trị đã họp dưới sự chủ trì của đồng chí Tổng Bí thư.', item: 'họp', published: '2024-06-13' },
      { text: 'Chiều 25/4, Ban Thường vụ Thành ủy tổ chức họp nghe báo cáo quy hoạch phân khu.', item: 'họp', published: '2024-04-26' },
      { text: 'Phó Thủ tướng chủ trì họp Thường trực Chính phủ về dự thảo nghị quyết.', item: 'họp', published: '2024-04-26' },
      { text: 'Sáng 2/2, Chủ tịch nước đã gặp mặt, chúc Tết cán bộ Văn phòng Chủ tịch nước.', item: 'gặp mặt', published: '2024-02-03' },
      // `sắp xếp` (to arrange) is not `sắp` (about to): the meeting is held.
      { text: 'Ngày 12/7, Ban Bí thư họp cho ý kiến về Đề án sắp xếp tổ chức bộ máy.', item: 'họp', published: '2024-07-16' },
      { text: 'Sáng 12/3, Quốc hội họp phiên bế mạc dưới sự chủ trì của Chủ tịch Quốc hội.', item: 'họp', published: '2024-03-13' },
      { text: 'Chiều 3/2, đảng viên cơ quan dự mít tinh. Dịp này, Đảng ủy cơ quan đã tổng kết hoạt động năm 2023.', item: 'tổng kết', published: '2024-02-04' },
    ],
    negatives: [
      { text: 'Tỉnh ủy vừa đưa vào sử dụng phòng họp trực tuyến mới.', why: 'phòng họp: a room, not the verb' },
      { text: 'Ngày 5/5, Hội Nông dân tỉnh hạn chế hội họp đông người trong mùa dịch.', why: 'hội họp: a noun (gatherings), no body ends before it' },
      { text: 'Các đại biểu họp tổ thảo luận dự án luật.', why: 'họp tổ: a group discussion, no body by the verb' },
      { text: 'Hai người bạn cũ gặp mặt sau nhiều năm xa cách.', why: 'gặp mặt with no past marker or body: not a meeting told' },
      { text: 'Ban Thường vụ Huyện ủy cần sơ kết việc thực hiện nghị quyết.', why: 'sơ kết without a past marker: a task, not a meeting told' },
      { text: 'Tỉnh đã tổng kết kinh nghiệm xây dựng nông thôn mới.', why: 'tổng kết kinh nghiệm: drawing lessons, not a meeting' },
    ],
  },
  {
    id: 'meeting/organised', kind: 'meetings', grammars: ['meeting/organised', 'meeting/organise-turn', 'meeting/organiser', 'meeting/purpose'],
    does: 'a meeting named by what was organised: tổ chức sơ kết, tổ chức tổng kết, tổ chức gặp mặt, tổ chức hội thảo',
    examples: [{ text: 'Sáng 8/1, Huyện ủy tổ chức tổng kết công tác năm 2023.', item: 'tổng kết', published: '2024-01-09' }],
    negatives: [
      { text: 'Cần tổng kết kinh nghiệm để làm tốt hơn.', why: 'tổng kết without tổ chức: not a meeting' },
      { text: 'Bộ đang chỉ đạo tổ chức tổng kết việc thi hành Luật.', why: 'to be organised (chỉ đạo tổ chức): not held' },
    ],
  },
])
