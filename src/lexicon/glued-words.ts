/**
 * Scraped text loses the space at a link's edge and runs a name into the next word
 * (`Tô Lâmđã`, `Phạm Minh Chínhđã`, `Tô Lâmbiểu dương`). These are the words found glued after a
 * name; the people rules cut a name's last syllable before one of them when the syllable is not
 * a Vietnamese syllable and what is left is. Data only.
 */
export const GLUED_AFTER_NAMES: readonly string[] = [
  'đã', 'đang', 'sẽ', 'vừa', 'và', 'cùng', 'cho', 'là', 'được', 'có', 'tại', 'với', 'trong', 'khi', 'về', 'đến', 'tới',
  'chủ', 'phát', 'biểu', 'chỉ', 'kết', 'nhấn', 'đề', 'yêu', 'khẳng', 'đánh', 'ghi', 'chia', 'báo', 'trình', 'phối', 'làm',
  'tham', 'dự', 'gửi', 'trao', 'tặng', 'nói', 'nhận', 'ký', 'đọc', 'thăm', 'tiếp', 'hội', 'điện', 'thay', 'lên',
]
