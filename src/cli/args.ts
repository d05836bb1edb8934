import { parseArgs } from 'node:util'
import { normalizePublished } from '../parse/published.ts'
import { INPUT_FORMATS, type InputFormat } from './formats.ts'
import { OUTPUT_FORMATS, type OutputFormat } from './sinks.ts'
import { TABLE_NAMES, type TableName } from './tables.ts'

export interface CliArgs {
  inputs: string[]
  published: string | undefined
  pretty: boolean
  jobs: number
  timeoutMs: number
  inputFormat: InputFormat | null
  textField: string | undefined
  idField: string | undefined
  publishedField: string | undefined
  out: string | undefined
  format: OutputFormat
  table: TableName | null
  progress: boolean | undefined
  help: boolean
  version: boolean
}

export const USAGE = `Usage: vn-news-extract [options] INPUT...

Reads Vietnamese news articles and writes one JSON line per article, in input order.
INPUT is a file, a directory (every .txt, .html, .htm, .jsonl, .ndjson, .csv and .gz of
them under it, sorted), or - for standard input. A .jsonl line or a .csv row (with a header)
is one article; a .txt or .html file is one article.

Input:
  --input-format F      text, html, jsonl or csv: the format of standard input (default text),
                        or of every file when given
  --text-field NAME     JSONL/CSV field with the article (default: text, content, body, html)
  --id-field NAME       field with its id (default: id, url, guid; else file:line)
  --published-field N   field with its publication date (default: published, published_at,
                        date, pubDate)
  --published DATE      publication date (YYYY-MM-DD or YYYY-MM-DDTHH:mm) for articles that
                        give none: resolves "Chiều 12/7"
Output:
  --format F            jsonl (default: one record or error line per input), csv, parquet,
                        or html (a self-contained report: every item highlighted in its
                        article, an index of the inputs; open it in a browser)
  --table T             for csv and parquet: articles (default; one row per input), documents,
                        counts, people, meetings, bodies, dates or amounts (one row per item)
  --out FILE            write to FILE instead of standard output (needed for parquet)
  --pretty              indent the JSON (one record per block)
Running:
  -j, --jobs N          at most N worker threads, started as the work needs them (a number,
                        or "auto": one per core; default auto); one article or a few short
                        ones are done by the main thread, no worker started
                        (with a time budget only: --timeout 0 leaves all to workers)
  --timeout SECONDS     time budget per article (default 10; 0 for none): an article past it
                        becomes an error line and its worker is replaced (or, in the main
                        thread, stopped; workers then do the rest)
  --progress            progress on standard error even when it is not a terminal
  --no-progress         no progress, even on a terminal
  -h, --help            show this help
  -v, --version         show the version
Environment:
  VN_NEWS_EXTRACT_CODE_CACHE  where workers keep V8's compiled code of the core, for a faster
                        start (default $XDG_CACHE_HOME or ~/.cache, then vn-news-extract/;
                        only a directory of yours that others cannot write), or "off"

Every input gives one line, in order: its record, or an error line
{"id":…,"source":…,"error":{"code":…,"message":…}}. A summary goes to standard error.
Exit codes: 0 every input processed; 1 some inputs gave error lines; 2 wrong arguments;
130 interrupted (Ctrl-C: the line being written is finished). A closed standard output
(| head) ends the run quietly with 0.`

/** A date option checked as a calendar date and time (2024-13-45 and 25:61 are refused). */
function validPublished(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(value) && normalizePublished(value) === value
}

/** Parses the command line; throws a TypeError with a readable message on bad options. */
export function parseCliArgs(argv: string[], cores: number): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    strict: true,
    options: {
      published: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j', default: 'auto' },
      timeout: { type: 'string', default: '10' },
      'input-format': { type: 'string' },
      'text-field': { type: 'string' },
      'id-field': { type: 'string' },
      'published-field': { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      table: { type: 'string' },
      progress: { type: 'boolean' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  })
  if (values.published !== undefined && !validPublished(values.published)) {
    throw new TypeError(`--published must be a real date, YYYY-MM-DD or YYYY-MM-DDTHH:mm; got "${values.published}"`)
  }
  const jobs = values.jobs === 'auto' ? Math.max(1, cores) : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new TypeError(`--jobs must be a whole number from 1 to 256 or "auto"; got "${values.jobs}"`)
  const timeout = Number(values.timeout)
  if (!/^\d+(?:\.\d+)?$/.test(values.timeout ?? '') || !Number.isFinite(timeout) || timeout > 86_400) {
    throw new TypeError(`--timeout must be a number of seconds (0 for none); got "${values.timeout}"`)
  }
  const format = values['input-format']
  if (format !== undefined && !(INPUT_FORMATS as readonly string[]).includes(format)) {
    throw new TypeError(`--input-format must be one of ${INPUT_FORMATS.join(', ')}; got "${format}"`)
  }
  const output = values.format ?? 'jsonl'
  if (!(OUTPUT_FORMATS as readonly string[]).includes(output)) throw new TypeError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}; got "${output}"`)
  const table = values.table
  if (table !== undefined && !(TABLE_NAMES as readonly string[]).includes(table)) throw new TypeError(`--table must be one of ${TABLE_NAMES.join(', ')}; got "${table}"`)
  if (table !== undefined && (output === 'jsonl' || output === 'html')) throw new TypeError(`--table goes with --format csv or parquet (${output === 'html' ? 'the report shows' : 'JSONL has'} whole records)`)
  if (output === 'parquet' && values.out === undefined) throw new TypeError('--format parquet needs --out FILE (Parquet is a file format, not a stream)')
  if (values.pretty && output !== 'jsonl') throw new TypeError('--pretty goes with --format jsonl')
  return {
    inputs: positionals,
    format: output as OutputFormat,
    table: output === 'jsonl' || output === 'html' ? null : ((table as TableName | undefined) ?? 'articles'),
    published: values.published,
    pretty: values.pretty ?? false,
    jobs,
    timeoutMs: Math.round(timeout * 1000),
    inputFormat: (format as InputFormat | undefined) ?? null,
    textField: values['text-field'],
    idField: values['id-field'],
    publishedField: values['published-field'],
    out: values.out,
    progress: values.progress,
    help: values.help ?? false,
    version: values.version ?? false,
  }
}
