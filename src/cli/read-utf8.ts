import { readFile } from 'node:fs/promises'

/** Reads a file as UTF-8 (a BOM is dropped). */
export async function readUtf8(path: string): Promise<string> {
  const text = await readFile(path, 'utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
