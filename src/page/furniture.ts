/**
 * Page furniture of Vietnamese news sites that Readability (tuned on English sites) keeps inside the
 * article container: view counters ("383 lượt xem", "Lượt xem: 383"), share / print / font-size
 * bars, boxes headed "Tin liên quan", "Tin cùng chuyên mục", "Các tin khác", "Bình luận", "Gửi ý
 * kiến", and class names in Vietnamese ("tinlienquan", "box-binhluan", "luotxem"). They are removed
 * from the linkedom document before Readability runs, so they are never part of the kept content.
 *
 * Every rule is guarded so that it cannot take an article away: a box is removed only when it is
 * short or made mostly of links (or holds a form field), and a counter only with the small element
 * around it.
 */

export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly parentElement: DomElement | null
}

export interface DomElement extends DomNode {
  readonly localName: string
  readonly id: string
  readonly childNodes: ArrayLike<DomNode>
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  readonly tagName: string
  readonly attributes: ArrayLike<{ name: string; value: string }>
  readonly ownerDocument: { createElement(name: string): DomElement }
  readonly firstChild: DomNode | null
  readonly firstElementChild: DomElement | null
  appendChild(node: DomNode): void
  replaceWith(node: DomNode): void
  readonly nextElementSibling: DomElement | null
  /** Not '*': linkedom matches the name literally. */
  getElementsByTagName(name: string): ArrayLike<DomElement>
  remove(): void
}

/** Every element under `root` (not root itself), in document order; iterative. */
export function descendants(root: DomElement): DomElement[] {
  const out: DomElement[] = []
  let el = root.firstElementChild
  while (el) {
    out.push(el)
    if (el.firstElementChild) { el = el.firstElementChild; continue }
    while (el && !el.nextElementSibling) {
      el = el.parentElement
      if (el === root) el = null
    }
    el = el ? el.nextElementSibling : null
  }
  return out
}

const TEXT_NODE = 3

/** Class / id words that name furniture wherever they stand (joined with '-': `box-tin-lien-quan`). */
const STRONG_NAMES = [
  'share', 'sharing', 'social', 'chiase', 'chia-se', 'breadcrumb', 'breadcrumbs',
  'related', 'tinlienquan', 'tin-lien-quan', 'lienquan', 'lien-quan', 'tinkhac', 'tin-khac', 'other-news',
  'cung-chuyen-muc', 'tincungchuyenmuc', 'binhluan', 'binh-luan', 'comment', 'comments', 'fb-comments',
  'menu', 'nav', 'navbar', 'navigation',
]
/**
 * The site's footer (licence "Giấy phép số …/GP-BTTTT", address, copyright). Readability drops these
 * only on its first attempt; for a short article it retries without that rule.
 */
const FOOTER_NAMES = ['footer', 'copyright', 'banquyen', 'ban-quyen']
const FOOTER_MAX_TEXT = 1500
/** The licence line every Vietnamese news site prints in its footer. */
const LICENCE = /giấy phép(?: số| hoạt động| xuất bản)?[^<>\n]{0,60}\/GP-/i
/** Words that name furniture only on small elements (a "news-view" class may wrap a whole short article). */
const COUNTER_NAMES = ['view', 'views', 'luotxem', 'luot-xem', 'view-count', 'viewcount', 'hit', 'hits']
const TOOL_NAMES = ['print', 'tool', 'tools', 'toolbar', 'font-size', 'fontsize']
const TAG_NAMES = ['tags', 'tag', 'tukhoa', 'tu-khoa', 'keywords']
const COUNTER_NAME_MAX_TEXT = 60
const TOOL_MAX_TEXT = 120
const TAG_MAX_TEXT = 300
const STRONG_MAX_TEXT = 3000
const SHORT_BOX_TEXT = 300
/**
 * A counter: a number right before "lượt xem" ("383 lượt xem") or right after "Lượt xem:" /
 * "Số lần đọc:" / "Đã xem". "2 triệu lượt xem" inside a sentence does not match (word between), and
 * a matching element whose text ends a sentence (". ! ? …") is left alone.
 */
const COUNTER = /\d\s*lượt\s+(?:xem|đọc|truy cập|thích|chia sẻ)|(?:lượt|số lần)\s+(?:xem|đọc|truy cập)\s*:\s*\d|đã xem\s*(?::\s*)?\d/i
const SENTENCE_END = /[.!?…]\s*$/
const COUNTER_MAX_TEXT = 100
/** Headings of boxes that are not the article. */
const BOX_LABEL = /^(?:tin liên quan|bài liên quan|tin cùng chuyên mục|bài cùng chuyên mục|cùng chuyên mục|các tin khác|tin khác|các bài khác|tin mới hơn|tin cũ hơn|tin đã đưa|đọc thêm|xem thêm|có thể bạn quan tâm|bạn có thể quan tâm|ý kiến bạn đọc|bình luận|gửi ý kiến|gửi bình luận|chia sẻ|đọc nhiều|xem nhiều|tin đọc nhiều|tin xem nhiều|tin mới|tin nổi bật)(?:\s*[:(].*)?$/i
const LABEL_MAX_TEXT = 40
const BOX_MAX_TEXT = 1500
const CAMEL = /([a-z0-9])([A-Z])/g
const NON_WORD = /[^a-z0-9]+/

function nameKey(el: DomElement): string {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`
  if (raw.length > 500) return ''
  const words = raw.replace(CAMEL, '$1-$2').toLowerCase().split(NON_WORD).filter(Boolean)
  return words.length ? `-${words.join('-')}-` : ''
}

function hasName(key: string, names: readonly string[]): boolean {
  if (!key) return false
  for (const n of names) if (key.includes(`-${n}-`)) return true
  return false
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()

function linkTextLength(el: DomElement): number {
  let n = 0
  const links = el.getElementsByTagName('a')
  for (let i = 0; i < links.length; i++) n += squash(links[i]!.textContent).length
  return n
}

function hasFormField(el: DomElement): boolean {
  return el.getElementsByTagName('textarea').length > 0 || el.getElementsByTagName('input').length > 0
}

/** A box can go: short, or mostly links, or a form. */
function removableBox(el: DomElement, text: string): boolean {
  if (text.length <= SHORT_BOX_TEXT) return true
  if (text.length > BOX_MAX_TEXT && !hasFormField(el)) return false
  return linkTextLength(el) >= 0.4 * text.length || hasFormField(el)
}

const KEEP_TAGS = new Set(['html', 'body', 'main', 'article'])

export function removeFurniture(body: DomElement): void {
  const all = descendants(body)
  const doomed: DomElement[] = []
  for (const el of all) {
    if (KEEP_TAGS.has(el.localName)) continue
    const key = nameKey(el)
    if ((key || el.localName === 'footer') && byName(el, key)) {
      doomed.push(el)
      continue
    }
    // Own text: a counter, or a box label.
    let own = ''
    const kids = el.childNodes
    for (let i = 0; i < kids.length && own.length <= LABEL_MAX_TEXT + COUNTER_MAX_TEXT; i++) {
      const node = kids[i]!
      if (node.nodeType === TEXT_NODE) own += node.textContent ?? ''
    }
    const ownText = squash(own)
    if (!ownText) continue
    // textContent only for the few elements whose own text looks like furniture.
    if (COUNTER.test(ownText)) {
      const text = squash(el.textContent)
      if (text.length <= COUNTER_MAX_TEXT && !SENTENCE_END.test(text)) doomed.push(el)
      continue
    }
    if (LICENCE.test(ownText)) {
      const box = licenceBox(el)
      if (box) doomed.push(box)
      continue
    }
    if (ownText.length <= LABEL_MAX_TEXT && BOX_LABEL.test(ownText)) {
      const text = squash(el.textContent)
      if (text === ownText) {
        const box = labelledBox(el, text)
        if (box) doomed.push(box)
      }
    }
  }
  for (const el of doomed) {
    try { el.remove() } catch { /* already detached with an ancestor */ }
  }
}

/** Furniture by class / id, each kind with its own guard. */
function byName(el: DomElement, key: string): boolean {
  if (hasName(key, FOOTER_NAMES) || el.localName === 'footer') {
    const text = squash(el.textContent)
    return text.length <= FOOTER_MAX_TEXT
  }
  if (hasName(key, STRONG_NAMES)) {
    const text = squash(el.textContent)
    return text.length <= STRONG_MAX_TEXT && removableBox(el, text)
  }
  if (hasName(key, COUNTER_NAMES)) {
    const text = squash(el.textContent)
    return text.length <= COUNTER_NAME_MAX_TEXT && DIGIT.test(text) && !SENTENCE_END.test(text)
  }
  if (hasName(key, TOOL_NAMES)) return squash(el.textContent).length <= TOOL_MAX_TEXT
  if (hasName(key, TAG_NAMES)) {
    const text = squash(el.textContent)
    return text.length <= TAG_MAX_TEXT && linkTextLength(el) >= 0.4 * text.replace(TAG_LABEL, '').length
  }
  return false
}
const DIGIT = /\d/
/** "Tags:", "Từ khóa:" before the tag links. */
const TAG_LABEL = /^(?:tags?|từ khóa|từ khoá|keywords?)\s*:?\s*/i

/** What a footer says besides the licence (an article about licences says none of it). */
const FOOTER_WORDS = /tổng biên tập|tòa soạn|toà soạn|địa chỉ|điện thoại|cơ quan chủ quản|bản quyền|ghi rõ nguồn|©/i

/**
 * The block holding a licence line: the highest ancestor still short enough to be a footer, and
 * only when the line or that block also names an editor, an address, a phone, a copyright.
 */
function licenceBox(line: DomElement): DomElement | null {
  let text = squash(line.textContent)
  if (text.length > FOOTER_MAX_TEXT / 3) return null
  let box = line
  for (let p = line.parentElement; p && !KEEP_TAGS.has(p.localName); p = p.parentElement) {
    const t = squash(p.textContent)
    if (t.length > FOOTER_MAX_TEXT / 3) break
    box = p
    text = t
  }
  return FOOTER_WORDS.test(text) ? box : null
}

/** The highest ancestor of a label whose text still begins with it: the box the label heads. */
function labelledBox(label: DomElement, text: string): DomElement | null {
  let box: DomElement = label
  let boxText = text
  for (let p = label.parentElement; p && !KEEP_TAGS.has(p.localName); p = p.parentElement) {
    const t = squash(p.textContent)
    if (!t.startsWith(text) || t.length > BOX_MAX_TEXT * 2) break
    box = p
    boxText = t
  }
  if (box === label) return null
  return removableBox(box, boxText) ? box : null
}
