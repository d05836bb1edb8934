import { parseArgs } from 'node:util'

export interface CliArgs {
  files: string[]
  published: string | undefined
  pretty: boolean
  jobs: string
  progress: boolean
  help: boolean
  version: boolean
}

export const USAGE = `Usage: vn-news-extract [options] FILE...

Reads Vietnamese news articles (text or HTML) and prints one JSON record per line,
in the order of the inputs. A directory stands for the .txt, .html and .htm files under
it (sorted). Use - to read standard input.

Options:
  --published DATE   publication date (YYYY-MM-DD) used to resolve "Chiều 12/7"
  --pretty           indent the JSON (one record per block)
  -j, --jobs N       worker threads (a number, or "auto" for one per core; default 1)
  --progress         report files, MB and MB/s on standard error
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 all files read; 2 a file could not be read or arguments are wrong
(the other files are still processed); 1 a record failed schema validation.`

/** Parses the command line; throws a TypeError with a readable message on bad options. */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      published: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j', default: '1' },
      progress: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  })
  return {
    files: positionals,
    published: values.published,
    pretty: values.pretty ?? false,
    jobs: values.jobs ?? '1',
    progress: values.progress ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  }
}
