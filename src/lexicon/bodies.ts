/**
 * Party and state bodies: the heads (boards, committees, offices), the committees they belong
 * to, and state bodies. Data only; `src/kinds/bodies/grammar.ts` builds the grammar from it and
 * `src/kinds/bodies/bodies.ts` reads kind and level from it.
 */
export type BodyLevel = 'central' | 'province' | 'district' | 'commune' | 'bloc'

/**
 * A board or organ inside a committee: `Ban Tổ chức` (of the Tỉnh ủy), `Ủy ban Kiểm tra`.
 * `titlesBefore`: titles it may qualify; written right after one of them it is part of the
 * position ("Phó Bí thư Thường trực Tỉnh ủy"), and the body is the committee that follows.
 */
export const BODY_HEADS: ReadonlyArray<{ name: string; kind: string; level?: BodyLevel; titlesBefore?: readonly string[] }> = [
  { name: 'Ban Tổ chức', kind: 'party-board' },
  { name: 'Ban Tuyên giáo và Dân vận', kind: 'party-board' },
  { name: 'Ban Tuyên giáo', kind: 'party-board' },
  { name: 'Ban Dân vận', kind: 'party-board' },
  { name: 'Ban Nội chính', kind: 'party-board' },
  { name: 'Ban Kinh tế', kind: 'party-board' },
  { name: 'Ban Đối ngoại', kind: 'party-board' },
  { name: 'Ban Chính sách, chiến lược', kind: 'party-board' },
  { name: 'Ban Thường vụ', kind: 'standing-committee' },
  { name: 'Ban Chấp hành', kind: 'executive-committee' },
  { name: 'Ủy ban Kiểm tra', kind: 'inspection-committee' },
  { name: 'Văn phòng', kind: 'office' },
  { name: 'Ban cán sự đảng', kind: 'party-group' },
  { name: 'Đảng đoàn', kind: 'party-group' },
  { name: 'Thường trực', kind: 'standing-committee', titlesBefore: ['bí thư', 'chủ tịch', 'trưởng ban', 'phó ban'] },
]

/** Bodies complete in themselves (no committee after them). */
export const CENTRAL_BODIES: ReadonlyArray<{ name: string; kind: string; level: BodyLevel }> = [
  { name: 'Bộ Chính trị', kind: 'politburo', level: 'central' },
  { name: 'Ban Bí thư', kind: 'secretariat', level: 'central' },
  { name: 'Ủy ban Thường vụ Quốc hội', kind: 'state', level: 'central' },
  { name: 'Quốc hội', kind: 'state', level: 'central' },
  { name: 'Chính phủ', kind: 'state', level: 'central' },
  { name: 'Ban Chấp hành Trung ương Đảng', kind: 'executive-committee', level: 'central' },
  { name: 'Ban Chấp hành Trung ương', kind: 'executive-committee', level: 'central' },
]

/** Party committees and the level they sit at; `kind` when the body is not a party committee (a cell). */
export const COMMITTEES: ReadonlyArray<{ name: string; level: BodyLevel | null; kind?: string }> = [
  { name: 'Trung ương Đảng', level: 'central' },
  { name: 'Trung ương', level: 'central' },
  { name: 'Tỉnh ủy', level: 'province' },
  { name: 'Thành ủy', level: 'province' },
  { name: 'Huyện ủy', level: 'district' },
  { name: 'Thị ủy', level: 'district' },
  { name: 'Quận ủy', level: 'district' },
  { name: 'Đảng ủy khối', level: 'bloc' },
  { name: 'Đảng ủy xã', level: 'commune' },
  { name: 'Đảng ủy phường', level: 'commune' },
  { name: 'Đảng ủy thị trấn', level: 'commune' },
  { name: 'Đảng bộ tỉnh', level: 'province' },
  { name: 'Đảng bộ thành phố', level: 'province' },
  { name: 'Đảng bộ huyện', level: 'district' },
  { name: 'Đảng bộ khối', level: 'bloc' },
  { name: 'Đảng ủy', level: null },
  { name: 'Chi bộ', level: null, kind: 'party-cell' },
]

/** State and front bodies, with the level word that may follow (`UBND tỉnh`, `HĐND huyện`). */
export const STATE_BODIES: ReadonlyArray<{ name: string; kind: string }> = [
  { name: 'HĐND', kind: 'state' },
  { name: 'UBND', kind: 'state' },
  { name: 'Hội đồng nhân dân', kind: 'state' },
  { name: 'Ủy ban nhân dân', kind: 'state' },
  { name: 'Ủy ban MTTQ Việt Nam', kind: 'front' },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam', kind: 'front' },
  { name: 'MTTQ Việt Nam', kind: 'front' },
  { name: 'MTTQ', kind: 'front' },
  { name: 'Mặt trận Tổ quốc Việt Nam', kind: 'front' },
]

/** Level words after a state body or in a locality. */
export const LEVEL_WORDS: Readonly<Record<string, BodyLevel>> = {
  'tỉnh': 'province', 'thành phố': 'province', 'huyện': 'district', 'quận': 'district', 'thị xã': 'district',
  'xã': 'commune', 'phường': 'commune', 'thị trấn': 'commune',
}

/**
 * Words that may stand between a body and its place besides the level words: "Đảng ủy TP. Huế",
 * "Chi bộ thôn Đông". The body grammar and the locality reader take both lists.
 */
export const LOCALITY_WORDS: readonly string[] = ['TP.', 'TP', 'thôn', 'bản', 'ấp', 'tổ dân phố', 'khu phố']

/** Words that end a department's name ("Vụ Tổ chức cơ sở đảng đã…", "Vụ Báo chí - Xuất bản của…"). */
export const DEPARTMENT_NAME_STOPS: readonly string[] = [
  'và', 'của', 'đã', 'được', 'tại', 'về', 'có', 'là', 'cho', 'với', 'đánh', 'ghi', 'phát', 'chủ', 'dự', 'cùng', 'khi', 'trong',
  'theo', 'đề', 'nhằm',
]

/** Names of Party blocs written after `Đảng ủy khối` / `Đảng bộ khối` (with lowercase words). */
export const BLOC_NAMES: readonly string[] = [
  'Cơ quan - Doanh nghiệp', 'Các cơ quan', 'Cơ quan', 'Doanh nghiệp', 'Dân - Chính - Đảng', 'Dân chính Đảng',
  'Cơ quan Trung ương', 'Doanh nghiệp Trung ương',
]
