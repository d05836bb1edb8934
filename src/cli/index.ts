import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { main } from './main.ts'
import { listDirectory } from './list-directory.ts'
import { readUtf8, stripBom } from './read-utf8.ts'

/** The `vn-news-extract` command. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return stripBom(Buffer.concat(chunks).toString('utf8'))
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    return pkg.version
  } catch {
    return 'unknown'
  }
}

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: readUtf8,
  readStdin,
  listDirectory,
  version: version(),
  cores: availableParallelism(),
}).then((code) => {
  process.exitCode = code
})
