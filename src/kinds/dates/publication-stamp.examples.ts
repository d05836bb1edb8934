import { defineExamples } from '../../grammars/define-examples.ts'

export default defineExamples({
  field: 'publication',
  partial: true,
  examples: [
    { text: '09:11, 10/11/2021\n\nTổng kết công tác xây dựng Đảng', expect: { value: '2021-11-10T09:11', text: '09:11, 10/11/2021' } },
    { text: 'Tin tức hoạt động\n\nCập nhật lúc : 13/07/2023 12:27\nSơ kết công tác', expect: { value: '2023-07-13T12:27', text: '13/07/2023 12:27' } },
    { text: 'Thứ Tư, 10/11/2021 - 09:11\nTiêu đề bài', expect: { value: '2021-11-10T09:11' } },
    { text: 'Ngày đăng: 10/12/2022\nHội nghị Ban Chấp hành', expect: { value: '2022-12-10', text: '10/12/2022' } },
  ],
  negative: [
    // A full date inside a sentence is a date, not the publication stamp.
    'Ban Tổ chức tổ chức hội nghị ngày 10/12/2022 tại hội trường.',
    '25:61, 10/11/2021\nGiờ không hợp lệ',
    '10:00, 31/2/2021\nNgày không có thật',
  ],
})
