/**
 * Vietnam's provincial-level units before and after the 2025 reorganisation. Data only.
 *
 * PROVINCES_2008: the 63 provinces and centrally-run cities in force from 1 August 2008
 * (Hà Tây merged into Hà Nội) until the 2025 reorganisation, in the order of the official
 * provincial codes (01 Hà Nội … 96 Cà Mau). Thừa Thiên Huế became the centrally-run city
 * Huế from 1 January 2025 (Nghị quyết 175/2024/QH15); it is one entry named 'Huế' with
 * 'Thừa Thiên Huế' among its aliases.
 *
 * PROVINCES_2025: the 34 units (28 provinces + 6 centrally-run cities) under Nghị quyết
 * 202/2025/QH15 (passed 12 June 2025; the merged provincial authorities started work on
 * 1 July 2025): first the 11 units left unchanged, then the 23 merged units in the order of
 * the list annexed to Nghị quyết 60-NQ/TW (12 April 2025). Every mapping below was confirmed
 * by at least one of the sources; none is marked unverified.
 *
 * Sources: Nghị quyết 60-NQ/TW annex as printed by baothanhhoa.vn, bnews.vn, baoquocte.vn,
 * doingoailaocai.vn, en.qdnd.vn and vietnamnews.vn (April 2025); the National Assembly
 * resolution as summarised by vietnam.vn ("Nghị quyết của Quốc hội về sắp xếp đơn vị hành
 * chính cấp tỉnh"), nghean24h.vn and vietaustralia.com (June 2025); news.laodong.vn and
 * ai24hexpress.com (Mekong Delta mergers); khoxuongdep.com.vn (Đồng Nai + Bình Phước and the
 * full list of 34); znews.vn (list of the 23 merged and 11 unchanged units, 1 July 2025);
 * daibieunhandan.vn and phunucuocsong.vn (Huế, Nghị quyết 175/2024/QH15, from 1 January 2025).
 */
export interface ProvinceEntry {
  /** Name without the administrative word: 'Quảng Trị', 'Hồ Chí Minh', 'Huế', 'Bà Rịa - Vũng Tàu'. */
  readonly name: string
  readonly kind: 'tỉnh' | 'thành phố'
  /** Other spellings seen in news: old tone placement ('Thanh Hoá'), 'TP. Hồ Chí Minh', 'TPHCM', 'TP HCM', 'Thừa Thiên - Huế', 'Đắc Lắc'… (not the plain name again). */
  readonly aliases: readonly string[]
}
export interface Province2008 extends ProvinceEntry {
  /** Name of the post-2025 unit it became part of. */
  readonly mergedInto: string
}
export interface Province2025 extends ProvinceEntry {
  /** Names (as in PROVINCES_2008) of the units it was formed from, itself included when it kept its name. */
  readonly formedFrom: readonly string[]
}

export const PROVINCES_2008: readonly Province2008[] = [
  { name: 'Hà Nội', kind: 'thành phố', aliases: ['TP. Hà Nội', 'TP Hà Nội', 'Tp. Hà Nội'], mergedInto: 'Hà Nội' },
  { name: 'Hà Giang', kind: 'tỉnh', aliases: [], mergedInto: 'Tuyên Quang' },
  { name: 'Cao Bằng', kind: 'tỉnh', aliases: [], mergedInto: 'Cao Bằng' },
  { name: 'Bắc Kạn', kind: 'tỉnh', aliases: ['Bắc Cạn'], mergedInto: 'Thái Nguyên' },
  { name: 'Tuyên Quang', kind: 'tỉnh', aliases: [], mergedInto: 'Tuyên Quang' },
  { name: 'Lào Cai', kind: 'tỉnh', aliases: [], mergedInto: 'Lào Cai' },
  { name: 'Điện Biên', kind: 'tỉnh', aliases: [], mergedInto: 'Điện Biên' },
  { name: 'Lai Châu', kind: 'tỉnh', aliases: [], mergedInto: 'Lai Châu' },
  { name: 'Sơn La', kind: 'tỉnh', aliases: [], mergedInto: 'Sơn La' },
  { name: 'Yên Bái', kind: 'tỉnh', aliases: [], mergedInto: 'Lào Cai' },
  { name: 'Hòa Bình', kind: 'tỉnh', aliases: ['Hoà Bình'], mergedInto: 'Phú Thọ' },
  { name: 'Thái Nguyên', kind: 'tỉnh', aliases: [], mergedInto: 'Thái Nguyên' },
  { name: 'Lạng Sơn', kind: 'tỉnh', aliases: [], mergedInto: 'Lạng Sơn' },
  { name: 'Quảng Ninh', kind: 'tỉnh', aliases: [], mergedInto: 'Quảng Ninh' },
  { name: 'Bắc Giang', kind: 'tỉnh', aliases: [], mergedInto: 'Bắc Ninh' },
  { name: 'Phú Thọ', kind: 'tỉnh', aliases: [], mergedInto: 'Phú Thọ' },
  { name: 'Vĩnh Phúc', kind: 'tỉnh', aliases: [], mergedInto: 'Phú Thọ' },
  { name: 'Bắc Ninh', kind: 'tỉnh', aliases: [], mergedInto: 'Bắc Ninh' },
  { name: 'Hải Dương', kind: 'tỉnh', aliases: [], mergedInto: 'Hải Phòng' },
  { name: 'Hải Phòng', kind: 'thành phố', aliases: ['TP. Hải Phòng', 'TP Hải Phòng', 'Tp. Hải Phòng'], mergedInto: 'Hải Phòng' },
  { name: 'Hưng Yên', kind: 'tỉnh', aliases: [], mergedInto: 'Hưng Yên' },
  { name: 'Thái Bình', kind: 'tỉnh', aliases: [], mergedInto: 'Hưng Yên' },
  { name: 'Hà Nam', kind: 'tỉnh', aliases: [], mergedInto: 'Ninh Bình' },
  { name: 'Nam Định', kind: 'tỉnh', aliases: [], mergedInto: 'Ninh Bình' },
  { name: 'Ninh Bình', kind: 'tỉnh', aliases: [], mergedInto: 'Ninh Bình' },
  { name: 'Thanh Hóa', kind: 'tỉnh', aliases: ['Thanh Hoá'], mergedInto: 'Thanh Hóa' },
  { name: 'Nghệ An', kind: 'tỉnh', aliases: [], mergedInto: 'Nghệ An' },
  { name: 'Hà Tĩnh', kind: 'tỉnh', aliases: [], mergedInto: 'Hà Tĩnh' },
  { name: 'Quảng Bình', kind: 'tỉnh', aliases: [], mergedInto: 'Quảng Trị' },
  { name: 'Quảng Trị', kind: 'tỉnh', aliases: [], mergedInto: 'Quảng Trị' },
  // Tỉnh Thừa Thiên Huế until 31 December 2024; thành phố Huế (centrally-run) from 1 January 2025.
  { name: 'Huế', kind: 'thành phố', aliases: ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'Thừa Thiên – Huế', 'TT-Huế', 'TT Huế', 'TP. Huế', 'TP Huế'], mergedInto: 'Huế' },
  { name: 'Đà Nẵng', kind: 'thành phố', aliases: ['TP. Đà Nẵng', 'TP Đà Nẵng', 'Tp. Đà Nẵng'], mergedInto: 'Đà Nẵng' },
  { name: 'Quảng Nam', kind: 'tỉnh', aliases: [], mergedInto: 'Đà Nẵng' },
  { name: 'Quảng Ngãi', kind: 'tỉnh', aliases: [], mergedInto: 'Quảng Ngãi' },
  { name: 'Bình Định', kind: 'tỉnh', aliases: [], mergedInto: 'Gia Lai' },
  { name: 'Phú Yên', kind: 'tỉnh', aliases: [], mergedInto: 'Đắk Lắk' },
  { name: 'Khánh Hòa', kind: 'tỉnh', aliases: ['Khánh Hoà'], mergedInto: 'Khánh Hòa' },
  { name: 'Ninh Thuận', kind: 'tỉnh', aliases: [], mergedInto: 'Khánh Hòa' },
  { name: 'Bình Thuận', kind: 'tỉnh', aliases: [], mergedInto: 'Lâm Đồng' },
  { name: 'Kon Tum', kind: 'tỉnh', aliases: ['Kontum', 'KonTum'], mergedInto: 'Quảng Ngãi' },
  { name: 'Gia Lai', kind: 'tỉnh', aliases: [], mergedInto: 'Gia Lai' },
  { name: 'Đắk Lắk', kind: 'tỉnh', aliases: ['Đắc Lắc', 'Đăk Lăk', 'Đắk Lăk', 'Đăk Lắk', 'Đắklắk'], mergedInto: 'Đắk Lắk' },
  { name: 'Đắk Nông', kind: 'tỉnh', aliases: ['Đắc Nông', 'Đăk Nông'], mergedInto: 'Lâm Đồng' },
  { name: 'Lâm Đồng', kind: 'tỉnh', aliases: [], mergedInto: 'Lâm Đồng' },
  { name: 'Bình Phước', kind: 'tỉnh', aliases: [], mergedInto: 'Đồng Nai' },
  { name: 'Tây Ninh', kind: 'tỉnh', aliases: [], mergedInto: 'Tây Ninh' },
  { name: 'Bình Dương', kind: 'tỉnh', aliases: [], mergedInto: 'Hồ Chí Minh' },
  { name: 'Đồng Nai', kind: 'tỉnh', aliases: [], mergedInto: 'Đồng Nai' },
  { name: 'Bà Rịa - Vũng Tàu', kind: 'tỉnh', aliases: ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT'], mergedInto: 'Hồ Chí Minh' },
  { name: 'Hồ Chí Minh', kind: 'thành phố', aliases: ['TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Tp. Hồ Chí Minh', 'TP.Hồ Chí Minh', 'TPHCM', 'TP HCM', 'TP.HCM', 'TP. HCM', 'Tp.HCM', 'Tp HCM'], mergedInto: 'Hồ Chí Minh' },
  { name: 'Long An', kind: 'tỉnh', aliases: [], mergedInto: 'Tây Ninh' },
  { name: 'Tiền Giang', kind: 'tỉnh', aliases: [], mergedInto: 'Đồng Tháp' },
  { name: 'Bến Tre', kind: 'tỉnh', aliases: [], mergedInto: 'Vĩnh Long' },
  { name: 'Trà Vinh', kind: 'tỉnh', aliases: [], mergedInto: 'Vĩnh Long' },
  { name: 'Vĩnh Long', kind: 'tỉnh', aliases: [], mergedInto: 'Vĩnh Long' },
  { name: 'Đồng Tháp', kind: 'tỉnh', aliases: [], mergedInto: 'Đồng Tháp' },
  { name: 'An Giang', kind: 'tỉnh', aliases: [], mergedInto: 'An Giang' },
  { name: 'Kiên Giang', kind: 'tỉnh', aliases: [], mergedInto: 'An Giang' },
  { name: 'Cần Thơ', kind: 'thành phố', aliases: ['TP. Cần Thơ', 'TP Cần Thơ', 'Tp. Cần Thơ'], mergedInto: 'Cần Thơ' },
  { name: 'Hậu Giang', kind: 'tỉnh', aliases: [], mergedInto: 'Cần Thơ' },
  { name: 'Sóc Trăng', kind: 'tỉnh', aliases: [], mergedInto: 'Cần Thơ' },
  { name: 'Bạc Liêu', kind: 'tỉnh', aliases: [], mergedInto: 'Cà Mau' },
  { name: 'Cà Mau', kind: 'tỉnh', aliases: [], mergedInto: 'Cà Mau' },
]

export const PROVINCES_2025: readonly Province2025[] = [
  // The 11 units left unchanged.
  { name: 'Hà Nội', kind: 'thành phố', aliases: ['TP. Hà Nội', 'TP Hà Nội', 'Tp. Hà Nội'], formedFrom: ['Hà Nội'] },
  { name: 'Huế', kind: 'thành phố', aliases: ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'Thừa Thiên – Huế', 'TT-Huế', 'TT Huế', 'TP. Huế', 'TP Huế'], formedFrom: ['Huế'] },
  { name: 'Lai Châu', kind: 'tỉnh', aliases: [], formedFrom: ['Lai Châu'] },
  { name: 'Điện Biên', kind: 'tỉnh', aliases: [], formedFrom: ['Điện Biên'] },
  { name: 'Sơn La', kind: 'tỉnh', aliases: [], formedFrom: ['Sơn La'] },
  { name: 'Lạng Sơn', kind: 'tỉnh', aliases: [], formedFrom: ['Lạng Sơn'] },
  { name: 'Quảng Ninh', kind: 'tỉnh', aliases: [], formedFrom: ['Quảng Ninh'] },
  { name: 'Thanh Hóa', kind: 'tỉnh', aliases: ['Thanh Hoá'], formedFrom: ['Thanh Hóa'] },
  { name: 'Nghệ An', kind: 'tỉnh', aliases: [], formedFrom: ['Nghệ An'] },
  { name: 'Hà Tĩnh', kind: 'tỉnh', aliases: [], formedFrom: ['Hà Tĩnh'] },
  { name: 'Cao Bằng', kind: 'tỉnh', aliases: [], formedFrom: ['Cao Bằng'] },
  // The 23 merged units.
  { name: 'Tuyên Quang', kind: 'tỉnh', aliases: [], formedFrom: ['Hà Giang', 'Tuyên Quang'] },
  { name: 'Lào Cai', kind: 'tỉnh', aliases: [], formedFrom: ['Yên Bái', 'Lào Cai'] },
  { name: 'Thái Nguyên', kind: 'tỉnh', aliases: [], formedFrom: ['Bắc Kạn', 'Thái Nguyên'] },
  { name: 'Phú Thọ', kind: 'tỉnh', aliases: [], formedFrom: ['Vĩnh Phúc', 'Hòa Bình', 'Phú Thọ'] },
  { name: 'Bắc Ninh', kind: 'tỉnh', aliases: [], formedFrom: ['Bắc Giang', 'Bắc Ninh'] },
  { name: 'Hưng Yên', kind: 'tỉnh', aliases: [], formedFrom: ['Thái Bình', 'Hưng Yên'] },
  { name: 'Hải Phòng', kind: 'thành phố', aliases: ['TP. Hải Phòng', 'TP Hải Phòng', 'Tp. Hải Phòng'], formedFrom: ['Hải Dương', 'Hải Phòng'] },
  { name: 'Ninh Bình', kind: 'tỉnh', aliases: [], formedFrom: ['Hà Nam', 'Ninh Bình', 'Nam Định'] },
  { name: 'Quảng Trị', kind: 'tỉnh', aliases: [], formedFrom: ['Quảng Bình', 'Quảng Trị'] },
  { name: 'Đà Nẵng', kind: 'thành phố', aliases: ['TP. Đà Nẵng', 'TP Đà Nẵng', 'Tp. Đà Nẵng'], formedFrom: ['Quảng Nam', 'Đà Nẵng'] },
  { name: 'Quảng Ngãi', kind: 'tỉnh', aliases: [], formedFrom: ['Kon Tum', 'Quảng Ngãi'] },
  { name: 'Gia Lai', kind: 'tỉnh', aliases: [], formedFrom: ['Gia Lai', 'Bình Định'] },
  { name: 'Khánh Hòa', kind: 'tỉnh', aliases: ['Khánh Hoà'], formedFrom: ['Ninh Thuận', 'Khánh Hòa'] },
  { name: 'Lâm Đồng', kind: 'tỉnh', aliases: [], formedFrom: ['Đắk Nông', 'Bình Thuận', 'Lâm Đồng'] },
  { name: 'Đắk Lắk', kind: 'tỉnh', aliases: ['Đắc Lắc', 'Đăk Lăk', 'Đắk Lăk', 'Đăk Lắk', 'Đắklắk'], formedFrom: ['Phú Yên', 'Đắk Lắk'] },
  { name: 'Hồ Chí Minh', kind: 'thành phố', aliases: ['TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Tp. Hồ Chí Minh', 'TP.Hồ Chí Minh', 'TPHCM', 'TP HCM', 'TP.HCM', 'TP. HCM', 'Tp.HCM', 'Tp HCM'], formedFrom: ['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh'] },
  { name: 'Đồng Nai', kind: 'tỉnh', aliases: [], formedFrom: ['Bình Phước', 'Đồng Nai'] },
  { name: 'Tây Ninh', kind: 'tỉnh', aliases: [], formedFrom: ['Long An', 'Tây Ninh'] },
  { name: 'Cần Thơ', kind: 'thành phố', aliases: ['TP. Cần Thơ', 'TP Cần Thơ', 'Tp. Cần Thơ'], formedFrom: ['Sóc Trăng', 'Hậu Giang', 'Cần Thơ'] },
  { name: 'Vĩnh Long', kind: 'tỉnh', aliases: [], formedFrom: ['Bến Tre', 'Vĩnh Long', 'Trà Vinh'] },
  { name: 'Đồng Tháp', kind: 'tỉnh', aliases: [], formedFrom: ['Tiền Giang', 'Đồng Tháp'] },
  { name: 'Cà Mau', kind: 'tỉnh', aliases: [], formedFrom: ['Bạc Liêu', 'Cà Mau'] },
  { name: 'An Giang', kind: 'tỉnh', aliases: [], formedFrom: ['Kiên Giang', 'An Giang'] },
]
