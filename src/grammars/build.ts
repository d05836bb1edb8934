import { COMPILED } from './compiled.ts'

/** A compiled grammar: a native RegExp plus the names of its capture groups. */
export interface Grammar {
  readonly name: string
  /**
   * Native RegExp with flags `gu`, scanned by `lastIndex`. No `d`: building every group's index
   * pair costs more than most matches, which are rejected before a range is asked for. A grammar
   * declared with `{ indices: true }` (most matches kept, their group ranges read) scans with
   * `dgu` instead, so that a kept match is not run a second time for its ranges.
   */
  readonly regex: RegExp
  /** The same pattern with flags `dyu`, for matching exactly at a position (and for a scanned match's group ranges). */
  readonly sticky: RegExp
  /** Capture group number for each named group. */
  readonly groups: Readonly<Record<string, number>>
  /**
   * The same pattern with flags `yu`: tried at a position when no group ranges are needed (cheaper
   * than `sticky`). For a grammar declared with `{ indices: true }`, `sticky` itself: a match it
   * finds then has its group ranges (not run a second time for them).
   */
  readonly probe: RegExp
  /** With an anchor declared (see {@link GrammarOptions.anchor}): the anchor's scan, the lead, and {@link Grammar.probe}. */
  readonly anchored?: { readonly anchor: RegExp; readonly lead: number; readonly probe: RegExp }
}

/** A grammar as `npm run grammars` compiled it: native RegExp source and its group numbers. */
export interface CompiledGrammar {
  readonly source: string
  readonly groups: Readonly<Record<string, number>>
}

/** A lazily built grammar; `get()` builds its RegExps the first time and caches them. */
export interface LazyGrammar {
  readonly name: string
  get(): Grammar
}

/** A grammar as written: XRegExp-syntax pattern and its `{{name}}` sub-patterns. */
export interface GrammarDefinition {
  readonly name: string
  readonly pattern: string
  readonly subs: () => Record<string, string | RegExp>
}

/** How a grammar is run. */
export interface GrammarOptions {
  /** Scan and probe with group indices (`d`): for grammars whose matches are mostly kept and their group ranges read. */
  readonly indices?: boolean
  /**
   * Start the grammar only near its anchor instead of scanning the whole text with it: a rare,
   * cheap grammar (led by a digit, say) that every match of this one holds, starting no more than
   * `lead` units after the match's start. The scan then tries this grammar only at the positions
   * from `lead` units before each anchor match up to it, in order: the same matches as a whole-text
   * scan (`tests/anchored-scan.test.ts` holds each anchored grammar to that).
   */
  readonly anchor?: { readonly grammar: LazyGrammar; readonly lead: number }
}

/**
 * A grammar's RegExps, each made the first time it is used: V8 parses a pattern when the RegExp is
 * made, and most grammars never need one of the two (an anchored grammar never scans the whole
 * text; many grammars never match at a given position), so a worker's start-up skips those.
 */
class BuiltGrammar implements Grammar {
  private scanning: RegExp | undefined
  private atPosition: RegExp | undefined
  private probing: RegExp | undefined
  readonly anchored: Grammar['anchored']
  constructor(
    readonly name: string,
    private readonly compiled: CompiledGrammar,
    private readonly flags: string,
    anchor: GrammarOptions['anchor'],
  ) {
    this.anchored = anchor ? { anchor: anchor.grammar.get().regex, lead: anchor.lead, probe: this.probe } : undefined
  }
  get probe(): RegExp {
    return this.probing ??= this.flags === 'dgu' ? this.sticky : new RegExp(this.compiled.source, 'yu')
  }
  get regex(): RegExp {
    return this.scanning ??= new RegExp(this.compiled.source, this.flags)
  }
  get sticky(): RegExp {
    return this.atPosition ??= new RegExp(this.compiled.source, 'dyu')
  }
  get groups(): Readonly<Record<string, number>> {
    return this.compiled.groups
  }
}

const lazies: LazyGrammar[] = []
const definitions: GrammarDefinition[] = []

/**
 * Declares a grammar written in XRegExp syntax (free-spacing `x`, named-only capture `n`),
 * with `{{name}}` sub-patterns composed by `XRegExp.build`. The definition is compiled at build
 * time (`npm run grammars` writes `compiled.ts`); at run time only the compiled native source is
 * used, turned into RegExps the first time the grammar is used. `subs` is not called here.
 */
export function defineGrammar(
  name: string,
  pattern: string,
  subs: () => Record<string, string | RegExp> = () => ({}),
  options: GrammarOptions = {},
): LazyGrammar {
  let built: Grammar | undefined
  const lazy: LazyGrammar = {
    name,
    get() {
      if (built) return built
      const compiled = COMPILED[name]
      if (!compiled) throw new Error(`grammar ${name} is not in src/grammars/compiled.ts: run \`npm run grammars\``)
      // An anchored grammar only probes: its whole-text scan is built only if asked for.
      built = new BuiltGrammar(name, compiled, options.indices ? 'dgu' : 'gu', options.anchor)
      return built
    },
  }
  lazies.push(lazy)
  definitions.push({ name, pattern, subs })
  return lazy
}

/** Every grammar declared so far (the ReDoS test walks this list). */
export function allGrammars(): readonly LazyGrammar[] {
  return lazies
}

/** Every grammar definition declared so far, as written (what `npm run grammars` compiles). */
export function grammarDefinitions(): readonly GrammarDefinition[] {
  return definitions
}
