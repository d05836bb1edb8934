/**
 * Issuing bodies and the issuer code their documents carry (`…/TW`, `…/TU`, `…/NĐ-CP`).
 * Used to infer the issuer of a reference written without a code ("Chỉ thị số 35 … của
 * Bộ Chính trị" → TW). Names are matched as prefixes of the body after "của", longest first.
 * Verified codes (DOMAIN.md): TW, VPTW, TU, ĐU, ĐUK, BCSĐ, BTCTU, BTGTU; the rest conventional.
 */
export interface IssuerEntry {
  readonly code: string
  readonly names: readonly string[]
  readonly level: 'central' | 'province' | 'district' | 'commune' | 'bloc' | 'other'
}

export const ISSUERS = [
  { code: 'TW', level: 'central', names: ['Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Trung ương Đảng', 'Trung ương'] },
  { code: 'VPTW', level: 'central', names: ['Văn phòng Trung ương Đảng', 'Văn phòng Trung ương'] },
  { code: 'BTCTW', level: 'central', names: ['Ban Tổ chức Trung ương'] },
  { code: 'BTGTW', level: 'central', names: ['Ban Tuyên giáo Trung ương'] },
  { code: 'UBKTTW', level: 'central', names: ['Ủy ban Kiểm tra Trung ương'] },
  { code: 'TU', level: 'province', names: ['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Thành ủy', 'Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ thành phố', 'Tỉnh ủy', 'Thành ủy'] },
  { code: 'BTCTU', level: 'province', names: ['Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Thành ủy'] },
  { code: 'BTGTU', level: 'province', names: ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Thành ủy'] },
  { code: 'UBKTTU', level: 'province', names: ['Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Thành ủy'] },
  { code: 'HU', level: 'district', names: ['Ban Thường vụ Huyện ủy', 'Ban Chấp hành Đảng bộ huyện', 'Huyện ủy'] },
  { code: 'QU', level: 'district', names: ['Ban Thường vụ Quận ủy', 'Quận ủy'] },
  { code: 'ĐUK', level: 'bloc', names: ['Ban Thường vụ Đảng ủy khối', 'Đảng ủy khối'] },
  { code: 'ĐU', level: 'other', names: ['Ban Thường vụ Đảng ủy', 'Đảng ủy'] },
  { code: 'BCSĐ', level: 'other', names: ['Ban cán sự đảng'] },
  { code: 'TTg', level: 'central', names: ['Thủ tướng Chính phủ', 'Thủ tướng'] },
  { code: 'CP', level: 'central', names: ['Chính phủ'] },
  { code: 'QH', level: 'central', names: ['Quốc hội'] },
  { code: 'UBTVQH', level: 'central', names: ['Ủy ban Thường vụ Quốc hội'] },
  { code: 'BNV', level: 'central', names: ['Bộ Nội vụ'] },
  { code: 'HĐND', level: 'province', names: ['Hội đồng nhân dân', 'HĐND'] },
  { code: 'UBND', level: 'province', names: ['Ủy ban nhân dân', 'UBND'] },
] as const satisfies readonly IssuerEntry[]
