import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.meetings`. */
export const MEETING_RULES = defineRules([
  {
    id: 'meeting/kind', kind: 'meetings', grammars: ['meeting/kind', 'meeting/organiser', 'meeting/purpose'],
    does: 'a meeting named by its noun and held: Hội nghị sơ kết, buổi làm việc, Đại hội, hội nghị Ban Chấp hành',
    examples: [{ text: 'Chiều 12/7, Tỉnh ủy tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm.', item: 'Hội nghị sơ kết', published: '2023-07-13' }],
    negatives: [{ text: 'Tỉnh ủy chuẩn bị tiến tới Đại hội đảng bộ tỉnh.', why: 'a congress only planned: no held verb, no day' }],
  },
  {
    id: 'meeting/working-with', kind: 'meetings', grammars: ['meeting/working-with', 'meeting/organiser', 'meeting/purpose'],
    does: 'a working session named by its verb: làm việc với Ban Thường vụ Huyện ủy',
    examples: [{ text: 'Sáng 5/3, đoàn công tác làm việc với Ban Thường vụ Huyện ủy Lệ Thủy.', item: 'làm việc với', published: '2024-03-06' }],
    negatives: [
      { text: 'Đoàn sẽ làm việc với Huyện ủy vào tuần sau.', not: 'làm việc với', why: 'a session only planned (sẽ)' },
      { text: 'Cán bộ cần làm việc với tinh thần trách nhiệm.', why: 'làm việc with no body and no day: not a session' },
    ],
  },
  {
    id: 'meeting/organised', kind: 'meetings', grammars: ['meeting/organised', 'meeting/organiser', 'meeting/purpose'],
    does: 'a meeting named by what was organised: tổ chức sơ kết, tổ chức tổng kết, tổ chức gặp mặt, tổ chức hội thảo',
    examples: [{ text: 'Sáng 8/1, Huyện ủy tổ chức tổng kết công tác năm 2023.', item: 'tổng kết', published: '2024-01-09' }],
    negatives: [{ text: 'Cần tổng kết kinh nghiệm để làm tốt hơn.', why: 'tổng kết without tổ chức: not a meeting' }],
  },
])
