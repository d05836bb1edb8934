import { defineExamples } from '../../grammars/define-examples.ts'

export default defineExamples({
  field: 'photoCredits',
  partial: true,
  examples: [
    { text: 'Quang cảnh hội nghị. Ảnh: Văn Nỷ', expect: { text: 'Văn Nỷ' } },
    { text: 'Đồng chí Lâm Đông phát biểu. Ảnh: B.An', expect: { text: 'B.An' } },
    { text: 'Đại biểu dự hội nghị (Ảnh: LÊ PHI)', expect: { text: 'LÊ PHI' } },
    { text: 'Quang cảnh. Ảnh: TTXVN', expect: { text: 'TTXVN' } },
  ],
  surround: [
    // A scraped caption glued to the next sentence keeps only the name.
    { text: 'Người dân làm thủ tục. Ảnh: Viết Thành Đề cao tinh thần phục vụ', find: 'Viết Thành', expect: { text: 'Viết Thành' } },
  ],
  negative: ['Hình ảnh: đẹp', 'ảnh hưởng của Nghị quyết', 'Ảnh minh họa'],
})
