/**
 * A news PAGE (the whole html a crawler saved) to what the extractor should read: where the article
 * body is, and the page's own title, publication date, author and site name.
 *
 * The article body is chosen by @mozilla/readability over a linkedom document and mapped back to
 * UTF-16 ranges of the original string (content.ts explains how). The metadata comes from one
 * htmlparser2 pass over the original string (source-tree.ts, metadata.ts).
 *
 * Pure (no I/O, no Node APIs) and total: readPage never throws; whatever fails gives empty ranges and
 * nulls for what could not be read. Bounded: past MAX_HTML_LENGTH characters Readability is not run
 * and only the first METADATA_PREFIX characters are scanned for metadata; a page nested deeper than
 * MAX_DEPTH or with more than MAX_ELEMENTS elements (source-tree.ts) gets no ranges either.
 */
import { keptRanges, readabilityKept } from './content.ts'
import { readMetadata, type PageTitle } from './metadata.ts'
import { scanSource, type Range } from './source-tree.ts'
import { findRange } from '../engine/doc.ts'

export { MAX_DEPTH, MAX_ELEMENTS } from './source-tree.ts'
export const MAX_HTML_LENGTH = 5_000_000
const METADATA_PREFIX = 1_000_000

export interface PageInfo {
  /**
   * UTF-16 [start, end) ranges of the ORIGINAL html string that hold the article body: the source
   * range of each element Readability kept as content (from its start tag '<' to the end of its end
   * tag, or to where the parser closed it), top-level kept elements only (their descendants are
   * inside), sorted, not overlapping. A kept element that lost a descendant with text (a share bar,
   * a view counter, a related-links box) is cut around it, so a range may also begin right after
   * such an element's end or end at its '<'. Ranges with no text (only tags and whitespace) are
   * dropped; ranges separated only by whitespace are joined. Empty when no article body was found
   * (then the caller reads the whole page).
   */
  contentRanges: Range[]
  /**
   * The article title: from og:title / twitter:title meta, else JSON-LD headline, else the
   * article's <h1>, else <title>; whitespace collapsed, the site name removed (" - Báo X",
   * " | Site"). `span` is the first place, among those same sources in the same order, where the
   * raw html holds exactly `text` (an attribute value, the JSON-LD script, the element's text), so
   * html.slice(span.start, span.end) === text. A source whose raw text differs from its decoded
   * text (entities such as &quot;, JSON escapes, line breaks inside the title, tags inside the h1)
   * is skipped; when no source holds the text as written, span is null.
   */
  title: PageTitle | null
  /**
   * Publication date-time, normalised by normalizePublished() to 'YYYY-MM-DD' or
   * 'YYYY-MM-DDTHH:mm' (Vietnam time): article:published_time meta, else JSON-LD datePublished,
   * else a <time datetime> marked as the publication date (itemprop=datePublished, pubdate) or inside
   * the article body, else itemprop=datePublished (meta content, datetime, text), else any other
   * <time datetime> (a header clock comes last). null when none.
   */
  published: string | null
  /** Author from meta name=author, else article:author, else JSON-LD author name(s) (joined ", "), as written. */
  author: string | null
  /** og:site_name, else JSON-LD publisher name, else meta application-name, else the site part removed from <title>. */
  siteName: string | null
}

const EMPTY: PageInfo = { contentRanges: [], title: null, published: null, author: null, siteName: null }

export function readPage(html: string): PageInfo {
  try {
    if (typeof html !== 'string' || html.length === 0) return { ...EMPTY }
    const tooLong = html.length > MAX_HTML_LENGTH
    const tree = scanSource(tooLong ? html.slice(0, METADATA_PREFIX) : html)

    let contentRanges: Range[] = []
    if (!tooLong && !tree.aborted && !tree.inconsistent && tree.tag.length > 0) {
      try {
        const kept = readabilityKept(html, tree)
        if (kept) contentRanges = keptRanges(html, tree, kept)
      } catch {
        contentRanges = []
      }
    }

    const inContent = (offset: number) => findRange(contentRanges, offset) >= 0
    let meta: Omit<PageInfo, 'contentRanges'> = { title: null, published: null, author: null, siteName: null }
    try {
      meta = readMetadata(html, tree, inContent)
    } catch {
      // keep nulls
    }
    return { contentRanges, ...meta }
  } catch {
    return { ...EMPTY, contentRanges: [] }
  }
}
