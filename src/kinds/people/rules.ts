import { defineRules } from '../../engine/rule.ts'

/** The rules that make `record.people`. */
export const PEOPLE_RULES = defineRules([
  {
    id: 'person/name', kind: 'people', grammars: ['person/capitalised-run'],
    does: 'a full name (a surname and one to three more capitalised syllables), after the places and title words of its capitalised run',
    examples: [
      { text: 'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu.', item: 'Nguyễn Văn An' },
      { text: 'Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm dự hội nghị.', item: 'Hoàng Văn Nghiệm' },
      { text: 'Ông Bùi Văn Tỉnh, Bí thư Tỉnh ủy, phát biểu.', item: 'Bùi Văn Tỉnh' },
    ],
    negatives: [
      { text: 'Đoàn công tác làm việc tại huyện Hà Quảng.', why: 'a place after huyện' },
      { text: 'Trường Trần Phú tổ chức lễ khai giảng.', why: 'a thing named after a person' },
      { text: 'Nâng cấp các tuyến đường chính như Phạm Văn Đồng, Lê Duẩn.', why: 'streets: a place noun, filler words, then a list of places' },
      { text: 'Ngập sâu ở các huyện Hoài Đức, Thanh Oai, Thạch Thất.', why: 'the items of a list of districts' },
      { text: 'Đối tượng Trần Văn H. (SN 1980) bị bắt giữ.', why: 'an anonymised name: the given name is an initial' },
    ],
  },
])
