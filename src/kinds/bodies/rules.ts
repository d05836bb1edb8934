import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.bodies`. */
export const BODY_RULES = defineRules([
  {
    id: 'body/body', kind: 'bodies', grammars: ['body/body', 'body/start'],
    does: 'a Party or state body: Ban Thường vụ Tỉnh ủy, Ủy ban Kiểm tra Huyện ủy, Bộ Chính trị, Quốc hội; with level and locality',
    examples: [
      { text: 'Ban Thường vụ Tỉnh ủy Quảng Bình họp.', item: 'Ban Thường vụ Tỉnh ủy Quảng Bình' },
      { text: 'Bộ Chính trị ban hành Quy định.', item: 'Bộ Chính trị' },
    ],
    negatives: [{ text: 'Ban nhạc biểu diễn tối qua.', why: 'ban alone is not a body' }],
  },
])
