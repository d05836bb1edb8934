/**
 * The page reader (`vn-news-extract/page`: linkedom and Readability), loaded only when a page
 * arrives. Apart from process-article.ts so that the worker's bundle of the core
 * (`dist/cli-worker-core.cjs`) holds no import of it.
 */
import type { extractPage } from '../page/index.ts'

export type PageReader = typeof extractPage

/** Loads the page reader. */
export async function loadPageReader(): Promise<PageReader> {
  return (await import('../page/index.ts')).extractPage
}
