/**
 * A rule: what makes one kind of item, with the examples it must read and the negatives it must
 * leave alone. Every item in a record carries the id of the rule that made it (`item.rule`);
 * `tests/rules.test.ts` runs every example and negative through `extract()`.
 */

/** The record lists a rule adds to. */
export type RuleKind = 'dates' | 'documents' | 'counts' | 'amounts' | 'people' | 'bodies' | 'meetings'

/** A sentence the rule must read, and the text of the item it makes there. */
export interface RuleExample {
  text: string
  /** The item's `text` (exactly as sliced from `text`). */
  item: string
  /** Publication date for the example, when the reading depends on it. */
  published?: string
}

/** A sentence where the rule must not make an item (of `not`'s text, when given; else none at all). */
export interface RuleNegative {
  text: string
  /** Text the rule must not make an item of (an item whose text includes it); default: any item. */
  not?: string
  /** Why this is not one (for the reader of the rule). */
  why: string
  /**
   * Set when the rule still makes the item (a known false positive, to be fixed): the test then
   * expects the failure, and fails once the rule is fixed, so that the mark is removed.
   */
  knownMiss?: string
}

export interface Rule {
  /** `kind/name`, as on the items: `date/day`, `count/number`. */
  readonly id: string
  readonly kind: RuleKind
  /** What it reads, in a line. */
  readonly does: string
  /** The grammars it matches with (names in the grammar registry), if any. */
  readonly grammars: readonly string[]
  readonly examples: readonly RuleExample[]
  readonly negatives: readonly RuleNegative[]
}

/** Declares the rules of one record kind. */
export function defineRules(rules: readonly Rule[]): readonly Rule[] {
  return rules
}
