/**
 * `vn-news-extract/page`: news pages (the whole HTML a crawler saved). `readPage` finds the article
 * body (Readability over a linkedom DOM, mapped back to ranges of the original string) and the
 * page's title, date, author and site name; `extractPage` reads only the body, so navigation,
 * related links, comments, share bars and footers yield nothing, and spans still point into the
 * whole page. A separate entry: the core (`vn-news-extract`) does not load the DOM libraries.
 */
import type { ArticleRecord } from '../records/article.ts'
import { extractPageWith, type ExtractPageOptions } from './extract-page.ts'
import { readPage, type PageInfo } from './read-page.ts'

export { readPage, type PageInfo, type ExtractPageOptions }

/**
 * Reads a news page: the article body only (when one is found), the page's title (without the site
 * name) as the record's title, its publication date (unless `published` is given), and its
 * metadata in `record.page`. Never throws.
 *
 * @example
 * extractPage(html).page?.published //=> '2024-07-16T08:30'
 */
export function extractPage(html: string, options: ExtractPageOptions = {}): ArticleRecord {
  return extractPageWith(readPage, html, options)
}
