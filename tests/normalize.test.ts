import { describe, expect, it } from 'vitest'
import { normalize } from '../src/index.ts'
import { splitParagraphs, splitSentences, findDuplicateParagraphs } from '../src/engine/segment.ts'
import { canonicalToneMarks, OLD_STYLE_TONES } from '../src/normalize/tone-marks.ts'
import { looksLikeHtml } from '../src/normalize/strip-html.ts'
import { DEV_CORPUS, loadFixtures, loadShared, SEEDS } from './support/fixtures.ts'

/** Units that stand for something else in the source (a space for a run of spaces, `-` for a dash…). */
const SUBSTITUTES = new Set([' ', '\n', '-', '"', "'", '\ufffd'])

/**
 * Every normalised unit maps to a source range whose NFC form explains it: the range, composed,
 * contains the unit (or an HTML entity / substitution stands for it).
 */
export function expectMapConsistent(input: string) {
  const n = normalize(input)
  const { starts, ends } = n.map.toArrays()
  expect(n.map.length).toBe(n.text.length)
  expect(starts.length).toBe(n.text.length)
  expect(n.key.length).toBe(n.text.length)
  // The map is runs: asked unit by unit, it gives what its arrays hold.
  let differ = -1
  for (let i = 0; i < n.text.length && differ < 0; i++) if (n.map.start(i) !== starts[i] || n.map.endOf(i) !== ends[i]) differ = i
  expect(differ).toBe(-1)
  for (let i = 0; i < n.text.length; i++) {
    expect(starts[i]).toBeGreaterThanOrEqual(0)
    expect(ends[i]).toBeGreaterThanOrEqual(starts[i]!)
    expect(ends[i]).toBeLessThanOrEqual(input.length)
    if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]!)
    const src = input.slice(starts[i], ends[i])
    const ok = src.normalize('NFC').includes(n.text[i]!) || SUBSTITUTES.has(n.text[i]!) || src.startsWith('&') ||
      /[\ud800-\udfff]/.test(n.text[i]!) || src.normalize('NFC').normalize('NFD').includes(n.text[i]!.normalize('NFD'))
    expect(ok, `unit ${i} ${JSON.stringify(n.text[i])} from ${JSON.stringify(src)}`).toBe(true)
  }
  return n
}

describe('normalize', () => {
  it('composes decomposed (NFD) text and maps each letter to its whole cluster', () => {
    const input = 'Ban Tổ chức Tỉnh ủy'.normalize('NFD')
    const n = expectMapConsistent(input)
    expect(n.text).toBe('Ban Tổ chức Tỉnh ủy')
    const o = n.text.indexOf('ổ')
    expect(input.slice(n.map.start(o), n.map.endOf(o)).normalize('NFC')).toBe('ổ')
  })

  it('unifies old and new tone placement in the matching key only', () => {
    const n = expectMapConsistent('Tỉnh uỷ Thanh Hoá, hoà bình, khoẻ, thuý, Uỷ ban, quý, hoàn thành')
    expect(n.text).toBe('Tỉnh uỷ Thanh Hoá, hoà bình, khoẻ, thuý, Uỷ ban, quý, hoàn thành')
    expect(n.key).toBe('Tỉnh ủy Thanh Hóa, hòa bình, khỏe, thúy, Ủy ban, quý, hoàn thành')
  })

  it('turns NBSP, zero-width, runs of spaces, dashes, smart quotes and CRLF into plain forms', () => {
    const input = 'a\u00a0b\u200b c  \t d – e — f “g” ‘h’\r\nx \r\ny'
    const n = expectMapConsistent(input)
    expect(n.text).toBe('a b c d - e - f "g" \'h\'\nx\ny')
  })

  it('classifies spaces before composing: U+2000 becomes a plain space, not U+2002 (review finding)', () => {
    const n = expectMapConsistent('Kế hoạch\u2000số 29-KH/TU'.normalize('NFD'))
    expect(n.text).toBe('Kế hoạch số 29-KH/TU')
  })

  it('finds the end of a script in the input itself, whatever lower-casing does to lengths (review finding)', () => {
    const input = '<p>Mở đầu</p><script>' + 'İ'.repeat(30) + '</script><p>Ban Tổ chức Tỉnh ủy Quảng Trị họp.</p>'
    expect(normalize(input).text).toBe('\nMở đầu\n\nBan Tổ chức Tỉnh ủy Quảng Trị họp.\n')
  })

  it('replaces lone surrogates and keeps pairs', () => {
    const n = expectMapConsistent('a\ud800b😀c\udc00')
    expect(n.text).toBe('a\ufffdb😀c\ufffd')
  })

  it('strips HTML tags and decodes entities, mapping back into the HTML', () => {
    const input = '<p>Thanh&nbsp;Ho&#225; &amp; <strong>Huế</strong></p><script>var x = "<p>";</script><p>B&#7843;n</p>'
    const n = expectMapConsistent(input)
    expect(n.html).toBe(true)
    expect(n.text).toBe('\nThanh Hoá & Huế\n\nBản\n')
    const i = n.text.indexOf('&')
    expect(input.slice(n.map.start(i), n.map.endOf(i))).toBe('&amp;')
  })

  it('leaves plain text with a stray "<" alone', () => {
    expect(normalize('a < b và c > d').text).toBe('a < b và c > d')
  })

  it('reads HTML when a tag is within the first 200,000 units, and only then', () => {
    const pad = 'Hội nghị. '.repeat(20_000) // 200,000 units
    expect(looksLikeHtml('Chiều 12/7, hội nghị.')).toBe(false)
    expect(looksLikeHtml('a <b và c> d <p>Hội nghị</p>')).toBe(true)
    expect(looksLikeHtml('a < b và c > d <P class="x">')).toBe(true)
    expect(looksLikeHtml(`${pad.slice(5)}<p>x</p>`)).toBe(true)
    expect(looksLikeHtml(`${pad}<p>x</p>`)).toBe(false)
    expect(looksLikeHtml(`a < b ${pad}<p>x</p>`)).toBe(false)
  })
})

describe('the offset map on real articles', () => {
  it('explains every unit of the seeds and fixtures, as given, NFD, CRLF and with entities', () => {
    for (const a of [...loadShared(SEEDS), ...loadFixtures().map((f) => ({ name: f.name, input: f.input }))]) {
      for (const v of [a.input, a.input.normalize('NFD'), a.input.replace(/\n/g, '\r\n'), `<p>${a.input.replace(/ /g, '&nbsp;')}</p>`]) expectMapConsistent(v)
    }
  })
})

describe('segmentation', () => {
  it('does not split sentences after abbreviations', () => {
    const text = 'Dự có PGS.TS. Nguyễn Văn A và Th.S Lê B tại TP. Hồ Chí Minh. Ảnh: B.An chụp. Câu ba.'
    const paras = splitParagraphs(text)
    const sentences = splitSentences(text, paras).map((r) => text.slice(r.start, r.end))
    expect(sentences).toEqual(['Dự có PGS.TS. Nguyễn Văn A và Th.S Lê B tại TP. Hồ Chí Minh.', 'Ảnh: B.An chụp.', 'Câu ba.'])
  })

  it('finds repeated paragraphs (captions, doubled blocks)', () => {
    const text = 'Quang cảnh hội nghị\nQuang cảnh hội nghị\nNội dung.\nMột đoạn. |\nMột đoạn.'
    const dups = findDuplicateParagraphs(text, splitParagraphs(text)).map((r) => text.slice(r.start, r.end))
    expect(dups).toEqual(['Quang cảnh hội nghị', 'Một đoạn.'])
  })
})

describe('canonicalToneMarks finds exactly what its pattern (OLD_STYLE_TONES) finds', () => {
  const byPattern = (s: string) => s.replace(OLD_STYLE_TONES, (m) => {
    // The canonical form: the tone moved from the second vowel to the first.
    const [first, second] = [m[0]!, m.normalize('NFD').slice(1)]
    const tone = second.slice(1)
    return (first + tone).normalize('NFC') + second[0]
  })
  const cases = [
    'Hoà Bình, khoẻ mạnh, thuý, Uỷ ban, UỶ BAN, Quà, quà, goá, Goà, hoàn, hoà😀, hoà\u0301, xoà.',
    'oà oá oả oã oạ oè oé oẻ oẽ oẹ uỳ uý uỷ uỹ uỵ OÀ Oà UÝ Uý hoàng hoàa hoà- hoà1 ',
    '\ud83doà \ude00uý oà\ud83d\ude00 Quý qoà Goè oàoà',
    '',
    'à',
  ]
  it.each(cases.map((c) => [c]))('%s', (text) => {
    expect(canonicalToneMarks(text)).toBe(byPattern(text))
  })
  it('on every shared article', () => {
    for (const a of loadShared(DEV_CORPUS)) expect(canonicalToneMarks(a.input)).toBe(byPattern(a.input))
  })
})
