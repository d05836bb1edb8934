import { defineConfig } from 'tsup'

/**
 * Two builds: the pure core (platform "neutral": any JS runtime, no node: imports)
 * and the CLI (Node only, ESM, with a shebang). xregexp is not external, nor a dependency: the
 * grammars are compiled before the build (`npm run grammars`, checked by the build's first step),
 * and tests/package.test.ts fails if it or core-js ever reaches a bundle.
 */
/** The runtime dependencies, loaded from node_modules by the bundles that use them, never bundled in. */
const RUNTIME_DEPENDENCIES = ['zod', 'linkedom', '@mozilla/readability', 'htmlparser2', 'hyparquet-writer', 'cli-progress']

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schemas: 'src/records/index.ts', lexicon: 'src/lexicon/index.ts', page: 'src/page/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: false,
    treeshake: true,
    external: RUNTIME_DEPENDENCIES,
  },
  {
    entry: { cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: false,
    // The shebang matters for the bin only; on the worker it is a harmless comment line.
    banner: { js: '#!/usr/bin/env node' },
    external: RUNTIME_DEPENDENCIES,
  },
  // The worker's article processor and the core in one CommonJS file, which the worker runs through
  // V8's code cache (src/cli/code-cache.ts, src/cli/load-processor.ts): no import() in it (the page
  // reader is loaded by the worker itself), so that it runs as a plain script.
  {
    entry: { 'cli-worker-core': 'src/cli/process-article.ts' },
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: false,
    splitting: false,
    external: RUNTIME_DEPENDENCIES,
  },
  // --- Page scripts (issue 12: the HTML report and the playground) -------------------------------
  // Classic scripts (IIFE), everything bundled in: they are inlined into self-contained pages that
  // open from file://, where Chromium refuses ES module scripts. dist/report.global.js is read by the
  // CLI's --format html; dist/playground.global.js (the pure core with the shared renderer) by
  // examples/playground/build.ts. Kept apart from the entries above.
  {
    entry: { report: 'src/report/browser/report-app.ts', playground: 'examples/playground/playground.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: false,
    minify: false,
    noExternal: [/./],
  },
  // --- end of page scripts -------------------------------------------------------------------------
])
