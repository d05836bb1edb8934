/**
 * Word lists live only in src/lexicon/ (issue 10, point 4). The rule code in src/kinds/<kind>/
 * holds no Vietnamese word: no string, template or regex literal with a Vietnamese letter, and no
 * regex literal that spells an ASCII word a lexicon holds (`theo`, `TP`). Exempt are the files
 * whose job is to write words down: grammar.ts (patterns built from the lexicons, compiled by
 * `npm run grammars`), *.examples.ts and rules.ts (examples and descriptions). A reason given to
 * because(…), traceReject(…) or reject(…) is prose for the trace, not data, and is allowed.
 *
 * Not caught: an ASCII Vietnamese word in a string or template literal (`'so'`, `'nay'`: rule code
 * is full of ASCII record values and group names, so strings are checked for Vietnamese letters
 * only); an ASCII word in a regex that no lexicon holds, or one split by a character class
 * (`[Tt]heo`); words built at run time from character codes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support/fixtures.ts'

const KINDS = join(ROOT, 'src', 'kinds')
const LEXICON = join(ROOT, 'src', 'lexicon')

/**
 * Rule files not migrated yet, with why. Each must still hold a literal the check flags (so this
 * list cannot go stale): when one is migrated, the test says to take it off.
 */
const PENDING_MIGRATION: Readonly<Record<string, string>> = {}

/** A Vietnamese letter (precomposed, either case) or a combining Vietnamese diacritic (text written in NFD). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]|[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]/iu

/** Functions whose string arguments are reasons (prose for the trace), not data (`reject`: the people rule's wrapper of traceReject). */
const REASON_CALLS = new Set(['because', 'traceReject', 'reject'])

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

/** Rule code: every .ts file under src/kinds/ but grammars, examples and rule registries. */
const isRuleCode = (file: string) =>
  file.endsWith('.ts') && !file.endsWith('.examples.ts') && basename(file) !== 'grammar.ts' && basename(file) !== 'rules.ts'

/** Every ASCII word (two letters or more, lower-cased) of every string a lexicon module exports. */
async function lexiconAsciiWords(): Promise<Set<string>> {
  const words = new Set<string>()
  const collect = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of v.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (/^[a-z]{2,}$/.test(w)) words.add(w)
    } else if (Array.isArray(v)) {
      v.forEach(collect)
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        collect(k)
        collect(x)
      }
    }
  }
  for (const f of readdirSync(LEXICON).filter((f) => f.endsWith('.ts'))) collect(Object.values(await import(join(LEXICON, f))))
  return words
}

/** Decodes `\uXXXX`, `\u{…}` and `\xXX` escapes in a regex's source, so an escaped letter is seen as the letter. */
const decodeEscapes = (source: string) =>
  source.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_m, a?: string, b?: string, c?: string) =>
    String.fromCodePoint(parseInt((a ?? b ?? c)!, 16)))

/** The ASCII words a regex's source spells, outside escapes (`\p{Lu}`, `\d`), group names and character classes. */
function regexAsciiWords(source: string): string[] {
  const bare = source
    .replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\k<[^>]*>|\\./g, ' ')
    .replace(/\(\?<(?![=!])[^>]*>/g, '(')
    .replace(/\[(?:\\.|[^\]\\])*\]/g, ' ')
  return (bare.match(/[A-Za-z]{2,}/g) ?? []).map((w) => w.toLowerCase())
}

/** True when `node` is (part of) an argument of because(…) or traceReject(…). */
function inReason(node: ts.Node): boolean {
  let n: ts.Node = node
  while (ts.isTemplateExpression(n.parent) || ts.isTemplateSpan(n.parent) || ts.isParenthesizedExpression(n.parent) || ts.isBinaryExpression(n.parent)) n = n.parent
  const call = n.parent
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(n as ts.Expression)) return false
  const callee = call.expression
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ''
  return REASON_CALLS.has(name)
}

/** The literals of `code` that hold a word: Vietnamese letters anywhere, or a lexicon's ASCII word in a regex. */
function wordLiterals(code: string, asciiWords: ReadonlySet<string>): string[] {
  const sf = ts.createSourceFile('rule.ts', code, ts.ScriptTarget.Latest, true)
  const hits: string[] = []
  const visit = (n: ts.Node) => {
    const isText = ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)
    const isRegex = ts.isRegularExpressionLiteral(n)
    if ((isText || isRegex) && !inReason(n)) {
      const source = isRegex ? n.text.slice(1, n.text.lastIndexOf('/')) : ''
      const where = `line ${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}: ${n.getText(sf).slice(0, 60)}`
      if (VIETNAMESE.test(isRegex ? decodeEscapes(source) : n.text)) hits.push(where)
      else if (isRegex) {
        const words = regexAsciiWords(source).filter((w) => asciiWords.has(w))
        if (words.length) hits.push(`${where} (spells ${words.join(', ')})`)
      }
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return hits
}

const asciiWords = await lexiconAsciiWords()
const ruleFiles = walk(KINDS).filter(isRuleCode).map((f) => relative(KINDS, f).split(sep).join('/')).sort()

describe('word lists live only in src/lexicon/: rule code in src/kinds/ holds no Vietnamese literal', () => {
  it('walks the rule code of every kind', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(15)
    for (const kind of ['bodies', 'counts', 'dates', 'documents', 'meetings', 'metadata', 'people']) {
      expect(ruleFiles.some((f) => f.startsWith(`${kind}/`)), kind).toBe(true)
    }
    expect(asciiWords.size).toBeGreaterThan(100)
  })

  it.each(ruleFiles.filter((f) => !(f in PENDING_MIGRATION)).map((f) => [f]))('%s', (file) => {
    const hits = wordLiterals(readFileSync(join(KINDS, file), 'utf8'), asciiWords)
    expect(hits, `${file}: move these words to src/lexicon/ (build the pattern from the list with lexiconPattern/anyOf, or a grammar)`).toEqual([])
  })

  it.each(Object.entries(PENDING_MIGRATION))('%s is still pending migration (%s)', (file) => {
    expect(ruleFiles, `${file} is gone: take it off PENDING_MIGRATION`).toContain(file)
    const hits = wordLiterals(readFileSync(join(KINDS, file), 'utf8'), asciiWords)
    expect(hits.length, `${file} holds no word literal any more: take it off PENDING_MIGRATION`).toBeGreaterThan(0)
  })
})

describe('the word-literal check', () => {
  const words = new Set(['theo', 'tp'])
  it('flags Vietnamese strings, templates and regexes, NFD or escaped, and lexicon words spelled in a regex', () => {
    const code = [
      "const A = ['thứ', 'khóa']",
      'const B = `đồng ${w}`',
      'const C = /(?:mỗi|hằng)\\s+năm/u',
      "const D = 'Nguo\u0302\u0300n'",
      'const E = /\\u0111\\u1ed3ng/u',
      'const F = /^(?:Theo |TP\\.?)/u',
      "if (x === 'Đảng') f()",
    ].join('\n')
    expect(wordLiterals(code, words).map((h) => h.split(':')[0])).toEqual(['line 1', 'line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6', 'line 7'])
    expect(wordLiterals(code, words)[6]).toContain('spells theo, tp')
  })
  it('leaves reasons, ASCII strings, escapes, group names and character classes alone', () => {
    const code = [
      "return because('a number before tháng: a duration')",
      "traceReject(c.rule, c.start, c.end, `một with no count near it (${n} đảng viên)`)",
      "return reject(m, 'a place noun before it (đường, quảng trường…)', m.end)",
      "const key = 'executive-committee'",
      'const G = /(?<theo>\\p{Lu}[\\p{L}\\p{M}]*)\\s+\\d{4}/u',
      'const H = /^[Tt]p$/u',
      '// a comment: tỉnh, huyện',
    ].join('\n')
    expect(wordLiterals(code, words)).toEqual([])
  })
})
