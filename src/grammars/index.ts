/** Every grammar module, so `allGrammars()` sees them all (the ReDoS test walks this registry). */
export * from './body.ts'
export * from './count.ts'
export * from './date.ts'
export * from './document-ref.ts'
export * from './metadata.ts'
export * from './meeting.ts'
export * from './person.ts'
export { allGrammars } from './build.ts'
