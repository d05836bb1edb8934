import { readFile } from 'node:fs/promises'
import { extract } from '../extract.ts'
import { ArticleRecordSchema } from '../records/article.ts'
import { parseCliArgs, USAGE, type CliArgs } from './args.ts'

/** What the CLI touches, injectable for tests. */
export interface CliIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  readFile: (path: string) => Promise<string>
  readStdin: () => Promise<string>
  version: string
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let args: CliArgs
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    io.stderr(`vn-news-extract: ${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  if (args.version) {
    io.stdout(`${io.version}\n`)
    return 0
  }
  if (args.files.length === 0) {
    io.stderr(`vn-news-extract: no input files\n${USAGE}\n`)
    return 2
  }
  if (args.published !== undefined && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(args.published)) {
    io.stderr(`vn-news-extract: --published must be YYYY-MM-DD, got "${args.published}"\n`)
    return 2
  }
  let code = 0
  for (const file of args.files) {
    let input: string
    try {
      input = file === '-' ? await io.readStdin() : await io.readFile(file)
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      io.stderr(`vn-news-extract: cannot read ${file}: ${reason}\n`)
      code = 2
      continue
    }
    const record = extract(input, { source: file, published: args.published })
    const checked = ArticleRecordSchema.safeParse(record)
    if (!checked.success) {
      io.stderr(`vn-news-extract: ${file}: record failed schema validation: ${checked.error.message.slice(0, 300)}\n`)
      if (code === 0) code = 1
      continue
    }
    io.stdout(`${args.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n`)
  }
  return code
}

/** Reads a file as UTF-8 (a BOM is dropped). */
export async function readUtf8(path: string): Promise<string> {
  const text = await readFile(path, 'utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
