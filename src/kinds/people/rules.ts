import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.people`. */
export const PEOPLE_RULES = defineRules([
  {
    id: 'person/name', kind: 'people', grammars: ['person/capitalised-run'],
    does: 'a full name (a surname and one to three more capitalised syllables), after the places and title words of its capitalised run',
    examples: [
      { text: 'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu.', item: 'Nguyễn Văn An' },
      { text: 'Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm dự hội nghị.', item: 'Hoàng Văn Nghiệm' },
    ],
    negatives: [
      { text: 'Đoàn công tác làm việc tại huyện Hà Quảng.', why: 'a place after huyện' },
      { text: 'Trường Trần Phú tổ chức lễ khai giảng.', why: 'a thing named after a person' },
    ],
  },
])
