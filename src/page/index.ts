/**
 * `vn-news-extract/page`: news pages (the whole HTML a crawler saved). `readPage` finds the article
 * body (Readability over a linkedom DOM, mapped back to ranges of the original string) and the
 * page's title, date, author and site name; `extractPage` reads only the body, so navigation,
 * related links, comments, share bars and footers yield nothing, and spans still point into the
 * whole page. A separate entry: the core (`vn-news-extract`) does not load the DOM libraries.
 */
import { extract, type ExtractOptions } from '../extract.ts'
import type { ArticleRecord } from '../records/article.ts'
import { readPage, type PageInfo } from './read-page.ts'

export { readPage, type PageInfo }

/** Options of {@link extractPage}: those of `extract`, and a date for pages that give none. */
export interface ExtractPageOptions extends Omit<ExtractOptions, 'regions' | 'format'> {
  /** Used when neither `published` nor the page's metadata gives a date. */
  fallbackPublished?: string
}

/**
 * Reads a news page: the article body only (when one is found), the page's title (without the site
 * name) as the record's title, its publication date (unless `published` is given), and its
 * metadata in `record.page`. Never throws.
 *
 * @example
 * extractPage(html).page?.published //=> '2024-07-16T08:30'
 */
export function extractPage(html: string, options: ExtractPageOptions = {}): ArticleRecord {
  const page = safeReadPage(html)
  const { fallbackPublished, ...rest } = options
  const fromPage = rest.published === undefined && page?.published ? page.published : undefined
  const record = extract(html, {
    ...rest,
    published: rest.published ?? fromPage ?? fallbackPublished,
    format: 'html',
    regions: page && page.contentRanges.length ? page.contentRanges : undefined,
  })
  if (!page) return record
  if (fromPage && record.publishedFrom === 'option') record.publishedFrom = 'page'
  if (page.title?.span) record.title = { text: page.title.text, span: page.title.span }
  record.page = { siteName: page.siteName, author: page.author, published: page.published, contentRanges: page.contentRanges.map((r) => ({ start: r.start, end: r.end })) }
  return record
}

function safeReadPage(html: string): PageInfo | null {
  try {
    return typeof html === 'string' ? readPage(html) : null
  } catch {
    return null
  }
}
