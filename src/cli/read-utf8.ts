import { readFile } from 'node:fs/promises'

/** Reads a file as UTF-8 (a BOM is dropped). */
export async function readUtf8(path: string): Promise<string> {
  return stripBom(await readFile(path, 'utf8'))
}

/** Drops a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
