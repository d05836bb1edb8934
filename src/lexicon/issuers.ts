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
  /** Party or state: a code of a Party body makes a reference a Party document. */
  readonly system: 'party' | 'state'
}

export const ISSUERS = [
  { code: 'TW', level: 'central', system: 'party', names: ['Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư', 'Trung ương Đảng', 'Trung ương'] },
  { code: 'VPTW', level: 'central', system: 'party', names: ['Văn phòng Trung ương Đảng', 'Văn phòng Trung ương'] },
  { code: 'BTCTW', level: 'central', system: 'party', names: ['Ban Tổ chức Trung ương'] },
  { code: 'BTGTW', level: 'central', system: 'party', names: ['Ban Tuyên giáo Trung ương'] },
  { code: 'UBKTTW', level: 'central', system: 'party', names: ['Ủy ban Kiểm tra Trung ương'] },
  { code: 'TU', level: 'province', system: 'party', names: ['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Thành ủy', 'Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ thành phố', 'Tỉnh ủy', 'Thành ủy'] },
  { code: 'BTCTU', level: 'province', system: 'party', names: ['Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Thành ủy'] },
  { code: 'BTGTU', level: 'province', system: 'party', names: ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Thành ủy'] },
  { code: 'UBKTTU', level: 'province', system: 'party', names: ['Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Thành ủy'] },
  { code: 'HU', level: 'district', system: 'party', names: ['Ban Thường vụ Huyện ủy', 'Ban Chấp hành Đảng bộ huyện', 'Huyện ủy'] },
  { code: 'QU', level: 'district', system: 'party', names: ['Ban Thường vụ Quận ủy', 'Quận ủy'] },
  { code: 'ĐUK', level: 'bloc', system: 'party', names: ['Ban Thường vụ Đảng ủy khối', 'Đảng ủy khối'] },
  { code: 'ĐU', level: 'other', system: 'party', names: ['Ban Thường vụ Đảng ủy', 'Đảng ủy'] },
  { code: 'BCSĐ', level: 'other', system: 'party', names: ['Ban cán sự đảng'] },
  { code: 'TTg', level: 'central', system: 'state', names: ['Thủ tướng Chính phủ', 'Thủ tướng'] },
  { code: 'CP', level: 'central', system: 'state', names: ['Chính phủ'] },
  { code: 'QH', level: 'central', system: 'state', names: ['Quốc hội'] },
  { code: 'UBTVQH', level: 'central', system: 'state', names: ['Ủy ban Thường vụ Quốc hội'] },
  { code: 'BNV', level: 'central', system: 'state', names: ['Bộ Nội vụ'] },
  { code: 'HĐND', level: 'province', system: 'state', names: ['Hội đồng nhân dân', 'HĐND'] },
  { code: 'UBND', level: 'province', system: 'state', names: ['Ủy ban nhân dân', 'UBND'] },
] as const satisfies readonly IssuerEntry[]
