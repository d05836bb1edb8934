import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'

/** The counts of a sentence as `value subject`. */
const counts = (text: string) => extract(text, { published: '2024-07-16' }).counts.map((c) => `${c.value} ${c.subject}`)
const amounts = (text: string) => extract(text, { published: '2024-07-16' }).amounts.map((a) => `${a.value} ${a.unit}`)

describe('a percentage takes what it is of, after it or as its clause\'s topic', () => {
  it.each([
    ['Giá trị xuất khẩu của tỉnh tăng 9,3% so với cùng kỳ.', '9.3 Giá trị xuất khẩu'],
    ['Năm 2023, tỷ lệ hộ nghèo giảm còn 2,1%.', '2.1 hộ nghèo'],
    ['Chỉ số giá tiêu dùng bình quân tăng 3,2%.', '3.2 Chỉ số giá tiêu dùng bình quân'],
    ['Tổng vốn đầu tư ước đạt 104%.', '104 Tổng vốn đầu tư'],
    ['Theo đó, tăng trưởng kinh tế 6 tháng đầu năm đạt 7,5%.', '7.5 tăng trưởng kinh tế'],
    ['Tốc độ tăng trưởng kinh tế bình quân đạt 8,1%.', '8.1 Tốc độ tăng trưởng kinh tế bình quân'],
    ['Phấn đấu tăng thu ngân sách khoảng 6% so với dự toán.', '6 thu ngân sách'],
    ['Báo cáo nêu mức tăng trưởng GDP bình quân đạt 7%.', '7 tăng trưởng GDP bình quân'],
    ['Số doanh nghiệp mới tăng 15,2% về số doanh nghiệp và 45,4% về số vốn đăng ký.', '45.4 số vốn'],
    ['Đảng bộ kết nạp 120 đảng viên, tăng 12% số đảng viên so với năm trước.', '12 số đảng viên'],
  ])('%s → %s', (text, expected) => {
    expect(counts(text)).toContain(expected)
  })

  it('a defined acronym of foreign words is expanded after its definition only', () => {
    const text = 'GDP tăng 7%\nTổng sản phẩm trong nước (GDP) quý I tăng 5,7%. Khu vực dịch vụ chiếm 42,1% GDP.'
    expect(counts(text)).toEqual(['7 GDP', '5.7 Tổng sản phẩm', '42.1 Tổng sản phẩm trong nước'])
  })

  it('coordinated nouns before a comma open the topic', () => {
    expect(counts('Trong năm, khu vực nông, lâm nghiệp và thủy sản tăng 3,9%.')).toEqual(['3.9 khu vực nông, lâm nghiệp'])
  })

  it('a bare share continues the share with the same verb before it; points continue points', () => {
    expect(counts('Khu vực dịch vụ chiếm 41,8% GDP; công nghiệp chiếm 33,8%.')).toEqual(['41.8 GDP', '33.8 GDP'])
    expect(counts('Nông nghiệp tăng 3,3%, đóng góp 0,45 điểm phần trăm vào tốc độ tăng chung. Thủy sản tăng 6,4%, đóng góp 0,21 điểm phần trăm.'))
      .toEqual(['3.3 Nông nghiệp', '0.45 tốc độ', '6.4 Thủy sản', '0.21 tốc độ'])
  })

  it('a rate of change takes a following noun only when it is counted', () => {
    expect(counts('GDP quý III tăng 7,46% cao nhất 5 năm.')).toContain('7.46 GDP')
  })
})

describe('numbers that are not counts', () => {
  it('a change factor is not a count of lần; a count of lần is', () => {
    expect(counts('Kim ngạch tăng gấp 2,5 lần; thu nhập tăng 1,58 lần so với năm 2015.')).toEqual([])
    expect(counts('Thành phố 2 lần được vinh danh.')).toEqual(['2 lần'])
  })

  it('a structure is not a count', () => {
    expect(counts('Vận hành chính quyền địa phương 2 cấp và mô hình ba cấp.')).toEqual([])
  })

  it('money with a compound scale stays an amount', () => {
    expect(amounts('Tổng thu đạt 714,5 nghìn tỷ đồng, vốn 1,2 nghìn tỷ đồng, dư nợ 1,3 triệu tỉ đồng.'))
      .toEqual(['714500000000000 VND', '1200000000000 VND', '1300000000000000 VND'])
    expect(counts('Tổng thu đạt 714,5 nghìn tỷ đồng.')).toEqual([])
  })

  it('tư, lăm, mốt are numbers only after tens or a digit', () => {
    expect(counts('Tỉnh kêu gọi đầu tư dự án mới.')).toEqual([])
    expect(counts('Chi bộ có hai mươi tư đảng viên và năm tư người.')).toEqual(['24 đảng viên', '54 người'])
  })
})

describe('an omitted noun refers back', () => {
  it('takes the subject of the count before it', () => {
    expect(counts('Đảng bộ tỉnh có 41.200 đảng viên. Năm nay đã kết nạp khoảng 1.350.')).toEqual(['41200 đảng viên', '1350 đảng viên'])
  })
  it('is dropped with nothing to refer to', () => {
    expect(counts('Dự án khởi công năm 2024, đạt 1.200.')).toEqual([])
  })
  it('expands an abbreviation defined earlier', () => {
    expect(counts('Tỉnh có 120 hợp tác xã (HTX). Năm nay thành lập mới 40 HTX.')).toEqual(['120 hợp tác xã', '40 hợp tác xã'])
  })
})
