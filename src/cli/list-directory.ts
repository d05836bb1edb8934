import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** The article files under a directory, sorted; null when `path` is not a directory. */
export async function listDirectory(path: string): Promise<string[] | null> {
  const info = await stat(path).catch(() => null)
  if (!info?.isDirectory()) return null
  const out: string[] = []
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const p = join(dir, e.name)
      if (e.isDirectory()) await walk(p)
      else if (/\.(?:txt|html?)$/i.test(e.name)) out.push(p)
    }
  }
  await walk(path)
  return out
}
