/**
 * Every rule, by the record kind it makes. A rule's examples and negatives sit beside it in
 * `kinds/<kind>/rules.ts`; `tests/rules.test.ts` runs them all through `extract()`.
 */
import type { Rule } from '../engine/rule.ts'
import { BODY_RULES } from './bodies/rules.ts'
import { COUNT_RULES } from './counts/rules.ts'
import { DATE_RULES } from './dates/rules.ts'
import { DOCUMENT_RULES } from './documents/rules.ts'
import { MEETING_RULES } from './meetings/rules.ts'
import { PEOPLE_RULES } from './people/rules.ts'

export const RULES: readonly Rule[] = [...DATE_RULES, ...DOCUMENT_RULES, ...COUNT_RULES, ...PEOPLE_RULES, ...BODY_RULES, ...MEETING_RULES]
