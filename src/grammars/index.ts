/**
 * Every grammar module, so `allGrammars()` and `grammarDefinitions()` see them all (the ReDoS
 * test walks this registry; `npm run grammars` compiles it into `compiled.ts`).
 */
export * from './body.ts'
export * from './count.ts'
export * from './date.ts'
export * from './document-ref.ts'
export * from './metadata.ts'
export * from './meeting.ts'
export * from './person.ts'
export { allGrammars, grammarDefinitions } from './build.ts'
