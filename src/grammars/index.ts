/**
 * Every grammar module, so `allGrammars()` and `grammarDefinitions()` see them all (the ReDoS
 * test walks this registry; `npm run grammars` compiles it into `compiled.ts`).
 */
export * from '../kinds/bodies/grammar.ts'
export * from '../kinds/counts/grammar.ts'
export * from '../kinds/dates/grammar.ts'
export * from '../kinds/documents/grammar.ts'
export * from '../kinds/metadata/grammar.ts'
export * from '../kinds/meetings/grammar.ts'
export * from '../kinds/people/grammar.ts'
export { allGrammars, grammarDefinitions } from './build.ts'
