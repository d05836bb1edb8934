import { createWriteStream, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { main } from './main.ts'

/** The `vn-news-extract` command: wires the process to main(). */
function version(): string {
  // dist/cli.js → ../package.json; src/cli/index.ts (run from sources) → ../../package.json.
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string; version: string }
      if (pkg.name === 'vn-news-extract') return pkg.version
    } catch {
      // try the next place
    }
  }
  return 'unknown'
}

const interrupt = new AbortController()
process.on('SIGINT', () => {
  // The first Ctrl-C finishes the line being written and exits 130; a second one exits at once.
  // (SIGTERM keeps its default: a scheduler that sends it wants the process gone now.)
  if (interrupt.signal.aborted) process.exit(130)
  interrupt.abort()
})

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: (s) => {
    process.stderr.write(s)
  },
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
  stderrStream: process.stderr.isTTY === true ? process.stderr : null,
  openOut: (path) => createWriteStream(path),
  version: version(),
  cores: availableParallelism(),
  signal: interrupt.signal,
}).then((code) => {
  process.exitCode = code
  // Workers, timers and a paused stdin could keep the process alive after an interrupt or a closed stdout.
  if (code === 130 || interrupt.signal.aborted) setImmediate(() => process.exit(code))
}, (error: unknown) => {
  process.stderr.write(`vn-news-extract: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(70)
})
