/**
 * Vietnamese family names (họ) as they begin a personal name, NFC, capitalised. Data only.
 * Includes Ê Đê / Jrai / other minority name starters that play the same role (Y, H', Ksor, Niê, Nay, Rơ Mah, Siu…).
 * Left out on purpose (far more often a common word or title at the start of a capitalised
 * phrase than a surname): Văn, Từ, Tăng, Đồng, Phương, Quan, Công, Phó, Ông, Hàn, Tiêu, A.
 */
export const SURNAMES: readonly string[] = [
  // Kinh, most frequent first
  'Nguyễn',
  'Uông', // Uông Chu Lưu
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng', // also Tày / Nùng
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ', // also Hồ Chí Minh (city, President), Hồ Tây
  'Ngô',
  'Dương',
  'Lý', // also "Lý do…", "Lý luận…" at sentence start
  'Đinh',
  'Trương',
  'Đoàn', // also Đoàn kiểm tra, Đoàn công tác, Đoàn Thanh niên (body word)
  'Trịnh',
  'Lương', // also "Lương hưu…" (salary)
  'Hà', // also Hà Nội, Hà Tĩnh, Hà Giang, Hà Nam (place)
  'Mai', // also Mai Châu (place), "mai" (tomorrow)
  'Cao', // also Cao Bằng (place), "cao" (high)
  'Lâm', // also Lâm Đồng (place), lâm nghiệp
  'Đào', // also "Đào tạo…" at sentence start
  'Lưu', // also "Lưu ý…" at sentence start
  'Tô',
  'Tống',
  'Chu',
  'Kiều',
  'Tạ',
  'Thái', // also Thái Bình, Thái Nguyên, Thái Lan (place), người Thái (ethnic group)
  'Quách',
  'Vương', // also Vương quốc (kingdom)
  'Triệu', // also "triệu" (million)
  'La', // also La Gi (place); middle syllable in 'Đinh La Thăng'
  'Thân',
  'Phùng',
  'Khổng',
  'Khúc',
  'Khuất',
  'Khương',
  'Lã',
  'Lại', // also "lại" (again)
  'Lữ',
  'Mạc',
  'Mẫn',
  'Nghiêm', // also "Nghiêm túc…" at sentence start
  'Ninh', // also Ninh Bình, Ninh Thuận, Ninh Kiều (place)
  'Phí', // also "phí" (fee)
  'Mã', // also "mã số" (code)
  'Giáp',
  'Hứa',
  'Diệp',
  'Doãn',
  'Đàm',
  'Đậu',
  'Cù',
  'Cấn',
  'Chử',
  'Kha',
  'Thiều',
  'Nhữ',
  'Ung',
  'Âu',
  'Bạch', // also Bạch Đằng, Bạch Long Vĩ (place)
  'Châu', // also Châu Đốc, Châu Thành (place), châu Á / châu Âu
  'Giang', // also ends Hà Giang, Bắc Giang, Kiên Giang… (place)
  'Tôn', // also "Tôn giáo…" at sentence start; see Tôn Nữ, Tôn Thất
  'Bành',
  'Lều',
  'Khiếu',
  'Ngọ',
  'Ngụy',
  'Khưu',
  'Đổng',
  'Đái',
  'Mạch',
  'Chung', // also "chung" (common), "Chung kết…"
  // Tày, Nùng, Thái, Mường, Dao
  'Nông', // also Nông nghiệp, Nông thôn mới, Hội Nông dân
  'Bế',
  'Lục', // also Lục Nam, Lục Ngạn (place)
  'Hầu', // also "Hầu hết…" at sentence start
  'Ma', // also "Ma túy…" at sentence start
  'Sầm', // also Sầm Sơn (place)
  'Vi', // also "Vi phạm…" at sentence start
  'Lò',
  'Lường',
  'Cầm',
  'Quàng',
  'Tòng',
  'Lừ',
  'Lô', // also "lô đất" (plot)
  'Bàn', // also "bàn" (discuss, table) at sentence start
  'Chảo',
  'Tẩn',
  // H'Mông
  'Giàng',
  'Sùng',
  'Thào',
  'Vàng', // also "vàng" (gold)
  'Mùa',
  'Hờ',
  'Lầu',
  'Vừ',
  'Ly',
  'Tráng',
  'Hạng', // also "Hạng mục…" (item)
  // Khmer (Nam Bộ)
  'Thạch', // also Thạch Thất, Thạch Hà (place)
  'Danh', // also "Danh sách…" at sentence start
  'Sơn', // also Sơn La, Sơn Tây (place)
  'Kim', // also Kim Sơn, Kim Bôi (place), "Kim ngạch…"
  'Chau',
  'Néang',
  // Chăm, Raglai, Cơ Tu, Stiêng, Mnông, Cơ Ho
  'Đàng',
  'Chamaléa',
  'Alăng',
  'Bhling',
  'Bríu',
  'Điểu',
  "K'", // Cơ Ho male starter, written joined: K'Mák
  'K’', // same, typographic apostrophe
  // Ê Đê, Jrai, Bahnar (Tây Nguyên)
  'Y', // Ê Đê / Mnông male starter; also Bộ Y tế, "Y tế…"
  "H'", // Ê Đê / Mnông female starter, written joined: H'Hen
  'H’', // same, typographic apostrophe
  'Niê',
  'Mlô',
  'Êban',
  'Ayun',
  'Byă',
  'Adrơng',
  'Hđơk',
  'Ksor',
  'Nay', // also "Nay…" (now) at sentence start
  'Siu',
  'Kpă',
  'Puih',
  'Kpuih',
  'Rmah',
  // two-syllable starters (also in COMPOUND_SURNAMES)
  'Tôn Nữ',
  'Tôn Thất',
  'Âu Dương',
  'Nguyễn Phúc',
  'Rơ Mah',
  'Rơ Châm',
  'Rơ Ô',
  'Rơ Lan',
  'Rah Lan',
  'Zơ Râm',
  'Pi Năng',
]

/** Two-syllable family names and name starters (Tôn Nữ, Tôn Thất, Rơ Mah…), also listed here. */
export const COMPOUND_SURNAMES: readonly string[] = [
  'Tôn Nữ',
  'Tôn Thất',
  'Âu Dương',
  'Nguyễn Phúc', // royal lineage
  'Rơ Mah', // Jrai
  'Rơ Châm', // Jrai
  'Rơ Ô', // Jrai
  'Rơ Lan', // Jrai, variant of Rah Lan
  'Rah Lan', // Jrai
  'Zơ Râm', // Cơ Tu
  'Pi Năng', // Raglai
]
