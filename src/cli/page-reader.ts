/**
 * The page reader of the CLI: the DOM reading of `vn-news-extract/page` (linkedom and Readability,
 * src/page/read-page.ts), loaded only when a page arrives, paired with the core the caller already
 * holds (`pageReaderFrom` of the processor: in a worker, the code-cached core), so that a worker
 * never loads a second copy of the core for pages. Apart from process-article.ts so that the
 * worker's bundle of the core (`dist/cli-worker-core.cjs`) holds no import of the DOM libraries.
 */
import type { ArticleRecord } from '../records/article.ts'
import type { ExtractPageOptions } from '../page/extract-page.ts'
import type { PageInfo } from '../page/read-page.ts'

/** What `extractPage` does: a page in, its record out. */
export type PageReader = (html: string, options?: ExtractPageOptions) => ArticleRecord

/** Loads the DOM reading and pairs it with the processor's core. */
export async function loadPageReader(processor: { pageReaderFrom: (read: (html: string) => PageInfo) => PageReader }): Promise<PageReader> {
  return processor.pageReaderFrom((await import('../page/read-page.ts')).readPage)
}
