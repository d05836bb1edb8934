/**
 * The worker's article processor. Built, it is `dist/cli-worker-core.cjs` (process-article.ts and
 * the core in one CommonJS file) run through V8's code cache (code-cache.ts); from sources (tests,
 * tsx) it is process-article.ts imported as usual.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { codeCacheDir, requireWithCodeCache } from './code-cache.ts'

/** The article processor: process-article.ts, whichever way it was loaded. */
export type Processor = typeof import('./process-article.ts')

export interface LoadedProcessor {
  processor: Processor
  /** Writes the code cache if it was missing (after the first article, so that it holds that article's compiled code too). */
  saveCache: () => void
}

/** The bundle beside the built worker. */
const BUILT = new URL('./cli-worker-core.cjs', import.meta.url)

/** Loads the processor (see the module's comment); the code cache's place comes from `env` (code-cache.ts). */
export async function loadProcessor(env: NodeJS.ProcessEnv = process.env): Promise<LoadedProcessor> {
  if (BUILT.protocol === 'file:' && existsSync(BUILT)) {
    const loaded = requireWithCodeCache(fileURLToPath(BUILT), codeCacheDir(env))
    return { processor: loaded.exports as Processor, saveCache: () => loaded.save() }
  }
  return { processor: await import('./process-article.ts'), saveCache: () => undefined }
}
