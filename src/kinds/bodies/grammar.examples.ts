import { defineExamples } from '../../grammars/define-examples.ts'

export default defineExamples({
  field: 'bodies',
  examples: [
    { text: 'Ban Tổ chức Tỉnh ủy Quảng Trị', expect: { name: 'Ban Tổ chức Tỉnh ủy Quảng Trị', kind: 'party-board', level: 'province', locality: 'Quảng Trị', localityInferred: false } },
    { text: 'Bộ Chính trị', expect: { kind: 'politburo', level: 'central' } },
    { text: 'Ban Bí thư', expect: { kind: 'secretariat', level: 'central' } },
    // The Standing Committee of the National Assembly, not the Assembly named at its end (the corpora: 35 times).
    { text: 'Ủy ban Thường vụ Quốc hội', expect: { name: 'Ủy ban Thường vụ Quốc hội', kind: 'state', level: 'central' } },
    { text: 'Ban Thường vụ Tỉnh ủy', expect: { kind: 'standing-committee', level: 'province', locality: null } },
    { text: 'Ủy ban Kiểm tra Tỉnh ủy', expect: { kind: 'inspection-committee', level: 'province' } },
    { text: 'Ban Tuyên giáo Trung ương', expect: { kind: 'party-board', level: 'central' } },
    { text: 'Đảng ủy khối Cơ quan - Doanh nghiệp tỉnh', expect: { kind: 'party-committee', level: 'bloc', locality: 'Cơ quan - Doanh nghiệp tỉnh' } },
    { text: 'Huyện ủy', expect: { level: 'district' } },
    { text: 'Đảng ủy xã', expect: { level: 'commune' } },
    { text: 'UBND tỉnh', expect: { kind: 'state', level: 'province' } },
    { text: 'HĐND huyện', expect: { kind: 'state', level: 'district' } },
    { text: 'MTTQ Việt Nam', expect: { kind: 'front' } },
    { text: 'Đoàn Kiểm tra 1350', expect: { kind: 'team' } },
    { text: 'Vụ Báo chí - Xuất bản', expect: { kind: 'department', level: 'central' } },
    { text: 'Vụ Tổ chức cơ sở đảng', expect: { kind: 'department' } },
    { text: 'Chi bộ thôn Tân Lập', expect: { kind: 'party-cell' } },
  ],
  surround: [
    // A coordinated plural expands to one body per committee; the place goes with the last.
    { text: 'các đồng chí trưởng ban tổ chức các huyện ủy, thị ủy, thành ủy Huế dự hội nghị', find: 'ban tổ chức các huyện ủy, thị ủy, thành ủy Huế', expect: { name: 'ban tổ chức huyện ủy', level: 'district' } },
    // A province-level body takes the article's province, marked inferred.
    { text: 'Ban Tổ chức Tỉnh ủy Quảng Trị báo cáo. Toàn tỉnh Quảng Trị có nhiều kết quả. Ban Tổ chức Tỉnh ủy đề nghị Trung ương chỉ đạo.',
      find: 'Ban Tổ chức Tỉnh ủy Quảng Trị', expect: { locality: 'Quảng Trị', mentions: [{ text: 'Ban Tổ chức Tỉnh ủy Quảng Trị' }, { text: 'Ban Tổ chức Tỉnh ủy' }] } },
    { text: 'Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm phát biểu', find: 'Tỉnh ủy Lạng Sơn', expect: { kind: 'party-committee', locality: 'Lạng Sơn' } },
  ],
  negative: ['ban tổ chức cấp ủy các cấp', 'công tác tổ chức xây dựng Đảng'],
})
