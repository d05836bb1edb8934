/**
 * What `extractPage` does once the page is read: `extract` over the article body, with the page's
 * title, date and metadata in the record. Apart from the page reader (linkedom and Readability,
 * read-page.ts), so that the CLI's workers pair the reader with the core they already hold.
 */
import { extract, type ExtractOptions } from '../extract.ts'
import type { ArticleRecord } from '../records/article.ts'
import type { PageInfo } from './read-page.ts'

/** Options of `extractPage`: those of `extract`, and a date for pages that give none. */
export interface ExtractPageOptions extends Omit<ExtractOptions, 'regions' | 'format'> {
  /** Used when neither `published` nor the page's metadata gives a date. */
  fallbackPublished?: string
}

/** `extractPage` with the page read by `read` (which may throw: the page is then read as plain HTML). Never throws. */
export function extractPageWith(read: (html: string) => PageInfo, html: string, options: ExtractPageOptions = {}): ArticleRecord {
  const page = safeReadPage(read, html)
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

function safeReadPage(read: (html: string) => PageInfo, html: string): PageInfo | null {
  try {
    return typeof html === 'string' ? read(html) : null
  } catch {
    return null
  }
}
