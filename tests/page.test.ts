import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_HTML_LENGTH, readPage, type PageInfo } from '../src/page/read-page.ts'
import { FIXTURES } from './support/fixtures.ts'

const PAGES = join(FIXTURES, 'pages')
const load = (name: string) => readFileSync(join(PAGES, name), 'utf8')

/** Every occurrence of `needle` (case-insensitive) in html. */
function occurrences(html: string, needle: string): number[] {
  const out: number[] = []
  const hay = html.toLowerCase()
  const n = needle.toLowerCase()
  expect(hay.length).toBe(html.length) // lower-casing Vietnamese keeps UTF-16 offsets here
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) out.push(i)
  return out
}

const inRanges = (info: PageInfo, start: number, end: number) => info.contentRanges.some((r) => r.start <= start && end <= r.end)
const touchesRanges = (info: PageInfo, start: number, end: number) => info.contentRanges.some((r) => r.start < end && start < r.end)

function expectWellFormed(html: string, info: PageInfo) {
  let last = -1
  for (const r of info.contentRanges) {
    expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true)
    expect(r.start).toBeGreaterThan(last) // sorted, not overlapping, not touching
    expect(r.end).toBeGreaterThan(r.start)
    expect(r.end).toBeLessThanOrEqual(html.length)
    last = r.end
  }
  if (info.title?.span) expect(html.slice(info.title.span.start, info.title.span.end)).toBe(info.title.text)
}

interface PageCase {
  file: string
  title: string
  published: string
  author: string | null
  siteName: string
  /** Sentences of the article (sapo and body), as written in the html: each inside one range. */
  body: string[]
  /** Page furniture: no occurrence may touch a range. */
  excluded: string[]
}

const CASES: PageCase[] = [
  {
    file: 'p-01-ubkt-so-ket-quang-binh.html',
    title: 'Ủy ban Kiểm tra Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2024',
    published: '2024-07-13T12:27',
    author: 'Minh Châu',
    siteName: 'Báo Quảng Bình điện tử',
    body: [
      '(QBĐT) - Chiều 12/7, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị sơ kết',
      'kiểm tra 608 tổ chức cơ sở đảng và 1.254 đảng viên',
      'Kế hoạch số 29-KH/TU, ngày 24/02/2022 của Ban Thường vụ Tỉnh ủy',
      'đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy đề nghị',
      'Quy định số 22-QĐ/TW, ngày 28/7/2021',
    ],
    excluded: [
      'Giấy phép số 123/GP-BTTTT', 'số 10 đường Lê Lợi', 'lượt xem', 'Thủ tướng Phạm Minh Chính', 'Đồng chí Lê Thanh Sơn',
      'Quốc phòng - An ninh', 'Xây dựng Đảng</a>', 'Chia sẻ:', 'Zalo', 'In bài', 'Ý kiến bạn đọc', 'Trần Văn Bình',
      'Gửi bình luận', 'Mưa lớn gây ngập cục bộ', 'Từ khóa:', 'Tìm kiếm',
    ],
  },
  {
    file: 'p-02-dang-uy-khoi-lan-thu-16.html',
    title: 'Đảng ủy Khối các cơ quan Trung ương phát huy vai trò "đầu tàu" trong xây dựng Đảng',
    published: '2024-10-21T09:11', // JSON-LD 2024-10-21T02:11:00Z in Vietnam time
    author: 'Thu Hằng',
    siteName: 'Tin Tức Xây Dựng Đảng',
    body: [
      'Sáng 21/10, tại Hà Nội, Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương tổ chức Hội nghị lần thứ 16',
      'Đồng chí Trần Quốc Hùng, Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối các cơ quan Trung ương chủ trì hội nghị',
      'Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị',
      'kết nạp 1.026 đảng viên mới, đạt 78% kế hoạch năm',
      'Quy định số 80-QĐ/TW, ngày 18/8/2022',
      'các chi bộ có dưới 9 đảng viên',
    ],
    excluded: [
      'Giấy phép số 123/GP-BTTTT', 'số 10 đường Lê Lợi', 'lượt xem', 'Thủ tướng Phạm Minh Chính', 'Đồng chí Võ Thị Mai',
      'Tin liên quan', 'Chủ tịch nước Tô Lâm', 'Đồng chí Lương Cường', 'Tin cùng chuyên mục', 'Chia sẻ Facebook', 'Sao chép liên kết',
      'Bình luận (2)', 'Nguyễn Hữu Phước', 'Mặt trận - Đoàn thể', 'Quốc hội khai mạc', 'Tags:', 'Cơ quan chủ quản',
    ],
  },
  {
    file: 'p-03-doan-kiem-tra-lang-son.html',
    title: 'Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Cao Lộc',
    published: '2024-03-05T15:40',
    author: 'Hoàng Nam',
    siteName: 'Cổng TTĐT Đảng bộ tỉnh Lạng Sơn',
    body: [
      'Chiều 5/3, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Hoàng Văn Nghiệm',
      'Kế hoạch số 29-KH/TU của Tỉnh ủy',
      'Đảng bộ huyện hiện có 53 tổ chức cơ sở đảng với 4.120 đảng viên',
      'Hướng dẫn số 16-HD/BTCTW',
      'đồng chí Lương Thị Thu, Bí thư Huyện ủy Cao Lộc',
    ],
    excluded: [
      'Giấy phép số 123/GP-BTTTT', 'số 10 đường Lê Lợi', 'lượt xem', 'Thủ tướng Phạm Minh Chính', 'Đồng chí Đoàn Thị Hậu',
      'Các tin khác', 'TIN TỨC - SỰ KIỆN', 'HỌC TẬP VÀ LÀM THEO BÁC', 'Kiểm tra, giám sát</a>', '[In trang]', '[Gửi email]',
      'Gửi ý kiến phản hồi', 'LIÊN KẾT WEBSITE', 'Tin tức - Sự kiện</a>',
    ],
  },
  {
    file: 'p-04-giao-ban-quy-iii-ha-tinh.html',
    title: 'Giao ban công tác tổ chức xây dựng Đảng quý III năm 2023',
    published: '2023-07-13T12:27', // itemprop=datePublished, not the header clock <time datetime="2023-07-20">
    author: null,
    siteName: 'Báo Hà Tĩnh',
    body: [
      'Sáng 12/7, Ban Tổ chức Tỉnh ủy Hà Tĩnh giao ban công tác tổ chức xây dựng Đảng quý III',
      'Đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị',
      'Toàn tỉnh kết nạp được 608 đảng viên mới',
      'Kế hoạch số 29-KH/TU, ngày 24/02/2023 của Ban Thường vụ Tỉnh ủy',
      'thẩm định tiêu chuẩn chính trị cho 1.350 trường hợp',
    ],
    excluded: [
      'Giấy phép số 123/GP-BTTTT', 'số 10 đường Lê Lợi', 'lượt xem', 'Thủ tướng Phạm Minh Chính', 'Bí thư Tỉnh ủy Hoàng Trung Dũng',
      'Tin liên quan', 'Phạm Quốc Việt', 'Văn hóa - Giải trí', 'Đăng nhập', 'Thứ Năm, 20/07/2023', 'Khai mạc Hội chợ',
      '>Chia sẻ<', 'Zalo',
    ],
  },
]

describe('readPage on news pages (fixtures/pages)', () => {
  for (const c of CASES) {
    describe(c.file, () => {
      const html = load(c.file)
      const info = readPage(html)

      it('finds ranges that are sorted, disjoint and inside the html', () => {
        expect(info.contentRanges.length).toBeGreaterThan(0)
        expectWellFormed(html, info)
      })
      it('keeps every article sentence inside a range', () => {
        for (const s of c.body) {
          const at = occurrences(html, s)
          expect(at, s).toHaveLength(1)
          expect(inRanges(info, at[0]!, at[0]! + s.length), s).toBe(true)
        }
      })
      it('leaves nav, breadcrumbs, share bar, view count, related links, comments and footer out', () => {
        for (const s of c.excluded) {
          const at = occurrences(html, s)
          expect(at.length, `${s} is on the page`).toBeGreaterThan(0)
          for (const i of at) expect(touchesRanges(info, i, i + s.length), `${s} at ${i}`).toBe(false)
        }
      })
      it('reads the title without the site name, with an exact span', () => {
        expect(info.title?.text).toBe(c.title)
        expect(info.title?.span).not.toBeNull()
        const { start, end } = info.title!.span!
        expect(html.slice(start, end)).toBe(c.title)
      })
      it('reads publication date, author and site name', () => {
        expect(info.published).toBe(c.published)
        expect(info.author).toBe(c.author)
        expect(info.siteName).toBe(c.siteName)
      })
    })
  }

  it('p-02: the og:title holds &quot; so its span comes from the <h1>, whose raw text has none', () => {
    const html = load('p-02-dang-uy-khoi-lan-thu-16.html')
    const { title } = readPage(html)
    const h1 = html.indexOf('<h1 class="detail__title">') + '<h1 class="detail__title">'.length
    expect(title?.span?.start).toBe(h1)
  })
})

describe('readPage: furniture rules do not take article text', () => {
  const para = (i: number) => `<p>Đoạn ${i}: Ban Thường vụ Tỉnh ủy đã lãnh đạo, chỉ đạo các cấp ủy, tổ chức đảng thực hiện tốt nhiệm vụ chính trị, xây dựng Đảng trong sạch, vững mạnh.</p>`
  it('a short body paragraph that mentions views, inside a container named "news-view"', () => {
    const body = `<div class="news-view"><h1>Tin A</h1>${para(1)}<p>Video tuyên truyền đạt 383 lượt xem.</p><p>Clip đạt hơn 2 triệu lượt xem</p>${para(2)}${para(3)}${para(4)}</div>`
    const html = `<html><head><title>Tin A - Báo B</title></head><body><nav><a href="/">Trang chủ</a></nav>${body}<div class="footer">Giấy phép số 1/GP-BTTTT</div></body></html>`
    const info = readPage(html)
    for (const s of ['Video tuyên truyền đạt 383 lượt xem.', 'Clip đạt hơn 2 triệu lượt xem', 'Đoạn 1:', 'Đoạn 4:']) {
      const i = html.indexOf(s)
      expect(inRanges(info, i, i + s.length), s).toBe(true)
    }
    const f = html.indexOf('Giấy phép')
    expect(touchesRanges(info, f, f + 9)).toBe(false)
  })
  it('a body sentence about a press licence stays (the footer rule wants footer words around it)', () => {
    const s = 'Bộ Thông tin và Truyền thông đã thu hồi Giấy phép số 45/GP-BTTTT của tạp chí này.'
    const html = `<html><body><nav><a href="/">Trang chủ</a></nav><div class="content">${para(1)}<p>${s}</p>${para(2)}${para(3)}</div><div class="bottom"><p>Giấy phép số 123/GP-BTTTT. Tòa soạn: số 10 đường Lê Lợi.</p></div></body></html>`
    const info = readPage(html)
    const i = html.indexOf(s)
    expect(inRanges(info, i, i + s.length)).toBe(true)
    const f = html.indexOf('Giấy phép số 123')
    expect(touchesRanges(info, f, f + 16)).toBe(false)
  })
  it('a "Tin liên quan" label at the top of a long body does not take the body with it', () => {
    const html = `<html><body><div class="content"><p><strong>Tin liên quan</strong></p>${para(1)}${para(2)}${para(3)}${para(4)}</div></body></html>`
    const info = readPage(html)
    const i = html.indexOf('Đoạn 3:')
    expect(inRanges(info, i, i + 7)).toBe(true)
  })
})

describe('readPage: a short article (Readability retries without its unlikely-candidate rule)', () => {
  it('keeps both paragraphs and still leaves the footer and menu out', () => {
    const html = '<html><head><title>Tin ngắn - Báo B</title></head><body><div class="menu"><a href="/">Trang chủ</a> <a href="/a">Chính trị</a></div><div class="main"><h1>Tin ngắn</h1><div class="detail"><p>Sáng 5/3, Huyện ủy Cao Lộc tổ chức hội nghị sơ kết công tác quý I.</p><p>Đồng chí Lương Thị Thu, Bí thư Huyện ủy chủ trì, yêu cầu các chi bộ hoàn thành kế hoạch.</p></div><div class="footer">Giấy phép số 123/GP-BTTTT</div></div></body></html>'
    const info = readPage(html)
    expectWellFormed(html, info)
    for (const s of ['Sáng 5/3, Huyện ủy Cao Lộc', 'Đồng chí Lương Thị Thu']) {
      const i = html.indexOf(s)
      expect(inRanges(info, i, i + s.length), s).toBe(true)
    }
    for (const s of ['Giấy phép', 'Trang chủ', 'Chính trị']) {
      const i = html.indexOf(s)
      expect(touchesRanges(info, i, i + s.length), s).toBe(false)
    }
  })
})

describe('readPage: title and metadata edge cases', () => {
  it('gives a null span when no source holds the title as written (entities everywhere)', () => {
    const html = '<html><head><meta property="og:title" content="Bàn về &quot;tam giác&quot; phát triển - Báo Tin Nhanh"><title>Bàn về &quot;tam giác&quot; phát triển - Báo Tin Nhanh</title></head><body></body></html>'
    const { title } = readPage(html)
    expect(title).toEqual({ text: 'Bàn về "tam giác" phát triển', span: null })
  })
  it('skips an og:title that is only the site name', () => {
    const html = '<html><head><meta property="og:site_name" content="Báo Hà Tĩnh"><meta property="og:title" content="Báo Hà Tĩnh"></head><body><h1>Hà Tĩnh kết nạp 608 đảng viên mới</h1></body></html>'
    const { title } = readPage(html)
    expect(title?.text).toBe('Hà Tĩnh kết nạp 608 đảng viên mới')
    expect(html.slice(title!.span!.start, title!.span!.end)).toBe(title!.text)
  })
  it('keeps a " - " that is part of the headline', () => {
    for (const t of ['Hội nghị giao ban khu vực Bắc Trung Bộ - Tây Nguyên', 'Căng thẳng leo thang - Đài Loan tăng cường tập trận', 'Tổng kết năm 2023 - Báo cáo kết quả thực hiện nghị quyết']) {
      expect(readPage(`<html><head><title>${t}</title></head><body></body></html>`).title?.text).toBe(t)
    }
  })
  it('removes site names written in the usual ways', () => {
    const cases: Array<[string, string]> = [
      ['Tỉnh ủy họp phiên thường kỳ - Báo Nghệ An điện tử', 'Tỉnh ủy họp phiên thường kỳ'],
      ['Tỉnh ủy họp phiên thường kỳ - Đài Phát thanh và Truyền hình Lạng Sơn', 'Tỉnh ủy họp phiên thường kỳ'],
      ['Tỉnh ủy họp phiên thường kỳ - baonghean.vn', 'Tỉnh ủy họp phiên thường kỳ'],
      ['Tỉnh ủy họp phiên thường kỳ | Tuổi Trẻ Online', 'Tỉnh ủy họp phiên thường kỳ'],
    ]
    for (const [raw, text] of cases) expect(readPage(`<html><head><title>${raw}</title></head><body></body></html>`).title?.text).toBe(text)
  })
  it('removes a site name given as a prefix when og:site_name names it', () => {
    const html = '<html><head><meta property="og:site_name" content="Báo Điện tử X"><meta property="og:title" content="Báo Điện tử X - Tỉnh ủy họp phiên thường kỳ tháng 7"></head><body></body></html>'
    const { title } = readPage(html)
    expect(title?.text).toBe('Tỉnh ủy họp phiên thường kỳ tháng 7')
    expect(html.slice(title!.span!.start, title!.span!.end)).toBe(title!.text)
  })
  it('falls back from an unparsable meta date to JSON-LD, and reads dd/mm/yyyy itemprop dates', () => {
    const a = '<html><head><meta property="article:published_time" content="hôm qua"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-01T08:00:00+07:00"}</script></head><body></body></html>'
    expect(readPage(a).published).toBe('2024-02-01T08:00')
    const b = '<html><body><span itemprop="datePublished">13/07/2023 12:27</span></body></html>'
    expect(readPage(b).published).toBe('2023-07-13T12:27')
  })
  it('reads JSON-LD author names and a publisher given by @id', () => {
    const html = '<html><head><script type="application/ld+json">[{"@type":"Organization","@id":"#o","name":"Báo Y"},{"@type":"NewsArticle","author":[{"name":"Thu Hà"},{"name":"Văn Nỷ"}],"publisher":{"@id":"#o"}}]</script></head><body></body></html>'
    const info = readPage(html)
    expect(info.author).toBe('Thu Hà, Văn Nỷ')
    expect(info.siteName).toBe('Báo Y')
  })
  it('survives broken JSON-LD', () => {
    const html = '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>Tin A - Báo B</title></head><body></body></html>'
    expect(readPage(html).title?.text).toBe('Tin A')
  })
})

describe('readPage never throws and stays bounded', () => {
  const cases: Array<[string, string]> = [
    ['empty string', ''],
    ['plain text without tags', 'Chiều 12/7, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị sơ kết công tác kiểm tra, giám sát.'],
    ['a fragment without <body>', '<div class="detail"><p>Đoạn một, có dấu phẩy.</p><p>Đoạn hai.</p></div>'],
    ['unclosed and misnested tags', '<html><body><div><p>abc<div></span></p></b><table><tr><td>x</td><p>y</table><!-- z'],
    ['stray end tags only', '</p></div></body></html></br></foo>'],
    ['a lone <', '<'],
    ['an unterminated tag', '<html><body><div class="a'],
    ['svg and math', '<html><body><svg><title>logo</title><path d="M0 0"/><foreignObject><p>x</p></foreignObject></svg><math><mi>x</mi></math><h1>Tiêu đề</h1></body></html>'],
    ['lone surrogates and NUL', '<html><body><p>\uD800 \u0000 \uDFFF</p></body></html>'],
    ['CDATA and processing instructions', '<?xml version="1.0"?><![CDATA[x]]><html><body><p>a</p></body></html>'],
  ]
  it.each(cases)('%s', (_name, html) => {
    let info: PageInfo | undefined
    expect(() => { info = readPage(html) }).not.toThrow()
    expectWellFormed(html, info!)
  })
  it('a value that is not a string', () => {
    for (const v of [undefined, null, 42, {}, ['<p>']]) {
      expect(readPage(v as unknown as string)).toEqual({ contentRanges: [], title: null, published: null, author: null, siteName: null })
    }
  })

  const timed = (html: string) => {
    const t = performance.now()
    const info = readPage(html)
    return { info, ms: performance.now() - t }
  }
  it('1 MB of <div> without closing tags (nesting past the bound: no ranges)', () => {
    const { info, ms } = timed('<div>'.repeat(200_000))
    expect(info.contentRanges).toEqual([])
    expect(ms).toBeLessThan(2000)
  })
  it('a comment that never ends', () => {
    const { info, ms } = timed('<html><head><title>Tin A - Báo B</title></head><body><p>x</p><!--' + 'x'.repeat(1_000_000))
    expect(info.title?.text).toBe('Tin A')
    expect(ms).toBeLessThan(2000)
  })
  it('a huge attribute value', () => {
    const page = '<html><body><div title="' + 'a&amp;'.repeat(200_000) + '"><p>Đoạn văn.</p></div></body></html>'
    const { info, ms } = timed(page)
    expectWellFormed(page, info)
    expect(ms).toBeLessThan(3000)
  })
  it('an element with 100 000 attributes (past the bound: no ranges)', () => {
    const { info, ms } = timed('<html><body><div ' + Array.from({ length: 100_000 }, (_, i) => `a${i}=1`).join(' ') + '>x</div></body></html>')
    expect(info.contentRanges).toEqual([])
    expect(ms).toBeLessThan(2000)
  })
  it('paragraphs under 390 nested divs (past the bound: no ranges)', () => {
    const { info, ms } = timed('<html><body>' + '<div>'.repeat(390) + '<p>Văn bản, có dấu phẩy.</p>'.repeat(18_000) + '</body></html>')
    expect(info.contentRanges).toEqual([])
    expect(ms).toBeLessThan(2000)
  })
  it(`a page longer than ${MAX_HTML_LENGTH} characters: metadata from its head, no Readability`, () => {
    const page = load('p-01-ubkt-so-ket-quang-binh.html')
    const huge = page.replace('</footer>', '</footer>' + '<p>Đoạn văn lặp lại, có dấu phẩy.</p>'.repeat(Math.ceil(MAX_HTML_LENGTH / 30)))
    expect(huge.length).toBeGreaterThan(MAX_HTML_LENGTH)
    const { info, ms } = timed(huge)
    expect(info.contentRanges).toEqual([])
    expect(info.published).toBe('2024-07-13T12:27')
    expect(spanText(info.title, huge)).toBe('Ủy ban Kiểm tra Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2024')
    expect(ms).toBeLessThan(2000)
  })
  it('random markup: never throws, ranges well formed, title span exact', () => {
    const token = fc.oneof(
      fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<p class="sapo">', '<article>', '</article>', '<body>', '<html>', '<head>', '</head>',
        '<title>', '</title>', '<h1>', '</h1>', '<!--', '-->', '<script>', '</script>', '<br>', '<a href="/x">', '</a>', '&amp;', '&quot;',
        '<meta property="og:title" content="A &amp; B - Báo C">', '<time datetime="2024-01-02T03:04:05Z">', '<table><tr><td>', ' lượt xem ',
        'Chiều 12/7, Tỉnh ủy họp, bàn nhiều việc, có dấu phẩy. ', '\n', '<', '>', '"', "'"),
      fc.string({ maxLength: 8 }),
    )
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }), (parts) => {
      const s = parts.join('')
      const info = readPage(s)
      expectWellFormed(s, info)
    }), { numRuns: 300 })
  })
})

function spanText(title: PageInfo['title'], page: string): string | undefined {
  return title?.span ? page.slice(title.span.start, title.span.end) : undefined
}
