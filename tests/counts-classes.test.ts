import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'

/** The counts of a text as `value subject`. */
const counts = (text: string) => extract(text, { published: '2024-07-16' }).counts.map((c) => `${c.value} ${c.subject}`)
const amounts = (text: string) => extract(text, { published: '2024-07-16' }).amounts.map((a) => `${a.value} ${a.unit}`)

describe('a percentage about the topic of the text before it', () => {
  const text = [
    'Lương tối thiểu vùng năm tới dự kiến tăng 5,5%.',
    'Hội đồng Tiền lương Quốc gia đã chốt phương án tăng lương tối thiểu vùng lên 5,5%.',
    'Tổng Liên đoàn Lao động Việt Nam đề xuất mức tăng 8,2% hoặc 7,1%.',
    'Cuối phiên thương lượng, các bên đã thống nhất mức tăng 5,5%.',
    'Mức 5,5% cao hơn mức thiếu hụt.',
    'Đại diện doanh nghiệp nói: chúng tôi đồng ý với mức tăng 5,5%.',
  ].join('\n')
  it('takes the rate of change the text spoke of, not who proposes it nor the figure', () => {
    expect(counts(text)).toEqual([
      '5.5 Lương tối thiểu vùng', '5.5 lương tối thiểu vùng', '8.2 Lương tối thiểu vùng', '7.1 Lương tối thiểu vùng',
      '5.5 Lương tối thiểu vùng', '5.5 Lương tối thiểu vùng', '5.5 Lương tối thiểu vùng',
    ])
  })
  it('keeps a place that grows as the topic', () => {
    expect(counts('Chỉ tiêu cả năm là 9%. Hà Nội phải phấn đấu mức tăng trên 9,5%.')).toContain('9.5 Hà Nội')
  })
  it('reads a new clause after thì, and keeps the topic before thì when a pronoun follows', () => {
    expect(counts('Chỉ cần tăng lương 1% thì chi phí của doanh nghiệp tăng khoảng 10%.')).toContain('10 chi phí')
    expect(counts('Tái định cư thì chúng tôi đã thi công 80%.')).toEqual(['80 Tái định cư'])
  })
  it('reads a new clause after a percentage and và', () => {
    expect(counts('Khu vực dịch vụ tăng 7,3% và thuế sản phẩm tăng 10,3%.')).toEqual(['7.3 Khu vực dịch vụ', '10.3 thuế sản phẩm'])
  })
  it('skips bình quân before the topic and after the verb', () => {
    expect(counts('Ngành dịch vụ có mức tăng trưởng cao, bình quân 5 năm ước tăng 9,9%.')).toEqual(['9.9 Ngành dịch vụ'])
    expect(counts('Tổng thu ngân sách ước đạt 714 nghìn tỷ đồng, tăng bình quân khoảng 7,1%/năm.')).toEqual(['7.1 Tổng thu ngân sách'])
  })
  it('what a verb right before the percentage raises or lowers', () => {
    expect(counts('Hàng năm vẫn bảo đảm nguồn tăng lương cơ sở 7% nhưng tỷ trọng chi thường xuyên vẫn giảm còn 63,3%.'))
      .toEqual(['7 lương cơ sở', '63.3 tỷ trọng chi thường xuyên'])
    expect(counts('Phấn đấu giảm tỷ lệ nợ đọng thuế xuống dưới 5%.')).toEqual(['5 nợ đọng thuế'])
    expect(counts('Ngành dịch vụ tăng bình quân khoảng 7,1%.')).toEqual(['7.1 Ngành dịch vụ'])
  })
  it('a contribution names what it goes to after cho; kể từ is not what a percentage is of', () => {
    expect(counts('Năm nay, năng suất lao động đóng góp 84% cho tăng trưởng kinh tế.')).toEqual(['84 tăng trưởng kinh tế'])
    expect(counts('Giảm 10% cho doanh nghiệp nhỏ.')).not.toContain('10 doanh nghiệp nhỏ')
    expect(counts('Tỷ lệ xuất khẩu so với cả nước vẫn giữ ở mức 16,8% kể từ 2015.')).toEqual(['16.8 xuất khẩu'])
  })
  it('a compared figure is of what the percentage before it is of', () => {
    expect(counts('Nợ công khoảng 61,4% GDP, giảm mạnh so với mức 63,7% vào năm 2016.')).toEqual(['61.4 GDP', '63.7 GDP'])
  })
})

describe('a percentage of the count right before it', () => {
  it('joined by a link verb, or a share in the same part of the sentence', () => {
    expect(counts('Tổng số đảng viên được đánh giá là 2.384 đảng viên đạt 90,2%.')).toContain('90.2 đảng viên')
    expect(counts('Có 4 chi bộ hoàn thành xuất sắc nhiệm vụ, chiếm 20%; 16 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ chiếm 51,6%.'))
      .toEqual(['4 chi bộ', '20 chi bộ', '16 tổ chức cơ sở đảng', '51.6 tổ chức cơ sở đảng'])
  })
  it('a change in a parenthesis after a statistic named as số …', () => {
    expect(counts('So với quý trước, số vụ tai nạn giảm 644 vụ (giảm 13,7%), số người chết giảm 244 người (giảm 11,3%).'))
      .toEqual(['644 vụ', '13.7 số vụ tai nạn', '244 người', '11.3 số người chết'])
    expect(counts('Năm nay xảy ra 226 vụ phạm pháp hình sự (giảm 37%).')).toEqual(['226 vụ phạm pháp hình sự', '37 vụ phạm pháp hình sự'])
  })
  it('in a parenthesis between a count and its noun', () => {
    expect(counts('Có 44/48 (tỷ lệ 96,7%) đại biểu đã tán thành.')).toEqual(['44 đại biểu', '96.7 đại biểu'])
  })
  it('points continue points, not the sector before them', () => {
    expect(counts('Nông nghiệp tăng 3,3%, đóng góp 0,4 điểm phần trăm vào tốc độ tăng chung.\nNgân hàng tăng 7,5%, đóng góp 0,3 điểm phần trăm.'))
      .toEqual(['3.3 Nông nghiệp', '0.4 tốc độ', '7.5 Ngân hàng', '0.3 tốc độ'])
    expect(counts('Khai khoáng giảm 1,3%, làm giảm 0,1 điểm phần trăm mức tăng trưởng chung.')).toContain('0.1 mức tăng trưởng chung')
  })
})

describe('what a count counts', () => {
  it('paired nouns across a comma', () => {
    expect(counts('Dự án được triển khai tại 46 tỉnh, thành. Ban thường vụ gồm 19 anh, chị.')).toEqual(['46 tỉnh, thành', '19 anh, chị'])
    expect(counts('Hợp nhất 2 tỉnh, thành lập tỉnh mới.')).toEqual(['2 tỉnh'])
    expect(counts('Tổ chức tại 8 xã,thị trấn.')).toEqual(['8 xã,thị trấn'])
  })
  it('a document type written with capitals', () => {
    expect(counts('Ủy ban triển khai xây dựng 7 Đề án và 2 Nghị quyết chuyên đề.')).toEqual(['7 Đề án', '2 Nghị quyết chuyên đề'])
  })
  it('fractions continuing a list of ranks are ranks', () => {
    expect(counts('Việt Nam đứng thứ 133/190 quốc gia về phá sản, nộp thuế 121/190 quốc gia. Chi bộ có 35/40 đảng viên đã dự họp.'))
      .toEqual(['35 đảng viên'])
  })
  it('a noun in quotation marks', () => {
    expect(counts('Tỉnh kiến nghị tháo gỡ 5 “điểm nghẽn” về hạ tầng.')).toEqual(['5 điểm nghẽn'])
  })
  it('a part of a whole, with the whole\'s scale word', () => {
    expect(counts('Có 6 trong 7 phương án được chọn.')).toContain('6 phương án')
    expect(counts('Có 63,3 trong tổng số hơn 69 triệu cử tri đã đi bầu.')).toContain('63300000 cử tri')
    expect(counts('Đại biểu chọn 1 trong 2 chuyên đề.')).toEqual(['2 chuyên đề'])
  })
  it('a range before a word at its lower bound', () => {
    expect(counts('Thay vì phải qua 3-4 phiên như trước.')).toEqual(['3 phiên'])
  })
  it('a number with a scale word and no noun refers to a count with one', () => {
    expect(counts('Năm 2019 Việt Nam đón 18 triệu lượt khách thì Thái Lan đón 40 triệu. Năm nay là 8 triệu và 25 triệu.'))
      .toEqual(['18000000 lượt khách', '40000000 lượt khách', '8000000 lượt khách', '25000000 lượt khách'])
    expect(counts('Làm kinh tế thì 5 người hay 10 người, chẳng lẽ 1 tỉ thì được?')).toEqual(['5 người', '10 người'])
  })
  it('dân số before a number is a quantity', () => {
    expect(counts('Thị xã có dân số 85.100 người.')).toEqual(['85100 người'])
  })
  it('a change names what it changes after it', () => {
    expect(counts('Hệ thống sẽ giảm 30% thời gian họp; cắt giảm tối thiểu 50% thủ tục hành chính.')).toEqual(['30 thời gian họp', '50 thủ tục hành chính'])
  })
})

describe('measures are amounts', () => {
  it('prices per unit, ratings and tonnage', () => {
    expect(counts('Giá 6,95 cent/kWh; đường dây 500 kV; tàu 100.000 DWT; 50 gam vàng.')).toEqual([])
    expect(amounts('Giá 6,95 cent/kWh; đường dây 500 kV; tàu 100.000 DWT.')).toEqual(['6.95 cent', '500 kV', '100000 DWT'])
  })
})
