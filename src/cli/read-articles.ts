/**
 * The articles of one source, in order: a text or HTML file is one article; a JSONL file one per
 * line; a CSV file one per row after its header; a `.gz` file whatever its inner name says. Read
 * as streams (gzip too), so an archive of any size is never held whole. What cannot be read
 * becomes an error item in its place: a malformed JSON line, a row without a text field, a text
 * that is not a string, a file that cannot be opened or decoded.
 */
import { createReadStream } from 'node:fs'
import { createRequire } from 'node:module'
import type { Readable } from 'node:stream'
import { normalizePublished } from '../parse/published.ts'
import { CsvReader } from './csv-rows.ts'
import { decodeBytes } from './decode.ts'
import type { Source } from './discover.ts'
import type { InputFormat } from './formats.ts'

export interface ArticleItem {
  kind: 'article'
  id: string
  source: string
  text: string
  format: 'auto' | 'html' | 'text'
  /** The date the row gives (normalised), if any. */
  published: string | undefined
  /** The --published date, for an article whose row and page give none. */
  fallbackPublished: string | undefined
  /** Things said about the input (an encoding guessed, a cut, a date not read), added to the record's issues. */
  notes: Note[]
}
export interface Note { code: 'input_encoding' | 'input_truncated' | 'invalid_published'; message: string }
export interface ErrorItem { kind: 'error'; id: string; source: string; code: string; message: string }
export type Item = ArticleItem | ErrorItem

export interface ReadOptions {
  /** Field names given on the command line (else the first present of the defaults). */
  textField: string | undefined
  idField: string | undefined
  publishedField: string | undefined
  /** The `--published` date, for articles whose row or page gives none. */
  published: string | undefined
  /** Most bytes read of one text or HTML article (the rest is cut, with a note). */
  maxArticleBytes: number
  /** Counts bytes as they come off the disk (compressed bytes for .gz), for progress. */
  onBytes: (n: number) => void
}

export const DEFAULT_TEXT_FIELDS = ['text', 'content', 'body', 'html'] as const
export const DEFAULT_ID_FIELDS = ['id', 'url', 'guid'] as const
export const DEFAULT_PUBLISHED_FIELDS = ['published', 'published_at', 'date', 'pubDate'] as const

/** The byte stream of a source (gunzipped when its name ends in .gz). */
function openStream(src: Extract<Source, { kind: 'file' | 'stdin' }>, stdin: Readable, onBytes: (n: number) => void): Readable {
  const raw = src.kind === 'stdin' ? stdin : createReadStream(src.path)
  raw.on('data', (chunk: Buffer) => onBytes(chunk.length))
  if (src.kind === 'file' && src.gzip) {
    const { createGunzip } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib') // loaded for gzip input only
    const gunzip = createGunzip()
    raw.on('error', (e: Error) => gunzip.destroy(e))
    return raw.pipe(gunzip)
  }
  return raw
}

const errnoMessage = (error: unknown) => {
  const e = error as NodeJS.ErrnoException
  return e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR' ? `not valid gzip data (${e.message})` : (e.code ?? e.message ?? String(error))
}
const errnoCode = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' ? 'gzip' : code === 'EACCES' ? 'permission_denied' : code === 'ENOENT' ? 'not_found' : 'read_failed'
}

/** Yields the articles (and error items) of `src`. */
export async function* readArticles(src: Extract<Source, { kind: 'file' | 'stdin' }>, stdin: Readable, opts: ReadOptions): AsyncGenerator<Item> {
  const name = src.kind === 'stdin' ? '-' : src.path
  let stream: Readable
  try {
    stream = openStream(src, stdin, opts.onBytes)
  } catch (error) {
    yield { kind: 'error', id: name, source: name, code: errnoCode(error), message: `cannot read ${name}: ${errnoMessage(error)}` }
    return
  }
  const format: InputFormat = src.format
  try {
    if (format === 'jsonl') yield* jsonlArticles(stream, name, opts)
    else if (format === 'csv') yield* csvArticles(stream, name, opts)
    else yield await wholeArticle(stream, name, format, opts)
  } catch (error) {
    yield { kind: 'error', id: name, source: name, code: errnoCode(error), message: `cannot read ${name}: ${errnoMessage(error)}` }
  } finally {
    if (src.kind !== 'stdin') stream.destroy()
  }
}

/** A text or HTML file (or stdin) as one article, its first `maxArticleBytes` bytes decoded. */
async function wholeArticle(stream: Readable, name: string, format: InputFormat, opts: ReadOptions): Promise<Item> {
  const chunks: Buffer[] = []
  let size = 0
  let cut = false
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (size + chunk.length > opts.maxArticleBytes) {
      chunks.push(chunk.subarray(0, opts.maxArticleBytes - size))
      size = opts.maxArticleBytes
      cut = true
      break
    }
    chunks.push(chunk)
    size += chunk.length
  }
  const decoded = decodeBytes(Buffer.concat(chunks, size), cut)
  if (!decoded.ok) return { kind: 'error', id: name, source: name, code: decoded.code, message: `${name}: ${decoded.message}` }
  const notes: Note[] = decoded.note ? [{ code: 'input_encoding', message: decoded.note }] : []
  if (cut) notes.push({ code: 'input_truncated', message: `only the first ${opts.maxArticleBytes} bytes of the file were read` })
  return { kind: 'article', id: name, source: name, text: decoded.text, format: format === 'html' ? 'html' : 'auto', published: undefined, fallbackPublished: opts.published, notes }
}

/** Text chunks of a UTF-8 stream (a BOM dropped, a sequence split across chunks kept whole). */
async function* utf8Chunks(stream: Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false })
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = decoder.decode(chunk, { stream: true })
    if (text) yield text
  }
  const rest = decoder.decode()
  if (rest) yield rest
}

/** Lines of a UTF-8 stream with their 1-based numbers (`\n` or `\r\n` ends a line). */
async function* lines(stream: Readable): AsyncGenerator<{ line: number; text: string }> {
  let pending = ''
  let n = 0
  for await (const chunk of utf8Chunks(stream)) {
    let from = 0
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      const piece = pending + chunk.slice(from, nl)
      pending = ''
      from = nl + 1
      yield { line: ++n, text: piece.endsWith('\r') ? piece.slice(0, -1) : piece }
    }
    pending += chunk.slice(from)
  }
  if (pending) yield { line: ++n, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending }
}

async function* jsonlArticles(stream: Readable, name: string, opts: ReadOptions): AsyncGenerator<Item> {
  for await (const { line, text } of lines(stream)) {
    const where = `${name}:${line}`
    if (text.trim() === '') {
      yield { kind: 'error', id: where, source: where, code: 'empty_line', message: `${where}: an empty line, not a JSON object` }
      continue
    }
    let row: unknown
    try {
      row = JSON.parse(text)
    } catch (error) {
      yield { kind: 'error', id: where, source: where, code: 'invalid_json', message: `${where}: ${(error as Error).message}` }
      continue
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      yield { kind: 'error', id: where, source: where, code: 'invalid_row', message: `${where}: a JSON ${Array.isArray(row) ? 'array' : typeof row}, not an object` }
      continue
    }
    yield rowArticle(row as Record<string, unknown>, where, opts)
  }
}

async function* csvArticles(stream: Readable, name: string, opts: ReadOptions): AsyncGenerator<Item> {
  const reader = new CsvReader()
  let header: string[] | null = null
  const toItem = (fields: string[], line: number): Item => {
    const row: Record<string, unknown> = Object.create(null)
    header!.forEach((h, k) => {
      if (k < fields.length) row[h] = fields[k]
    })
    return rowArticle(row, `${name}:${line}`, opts)
  }
  for await (const chunk of utf8Chunks(stream)) {
    for (const r of reader.push(chunk)) {
      if (header === null) header = r.fields.map((f) => f.trim())
      else yield toItem(r.fields, r.line)
    }
  }
  const end = reader.end()
  for (const r of end.rows) {
    if (header === null) header = r.fields.map((f) => f.trim())
    else if (end.unterminated) yield { kind: 'error', id: `${name}:${r.line}`, source: `${name}:${r.line}`, code: 'invalid_csv', message: `${name}:${r.line}: a quoted field is never closed` }
    else yield toItem(r.fields, r.line)
  }
}

/** The first field of `names` present (not null, not undefined) in `row`, or the one asked for. */
function pick(row: Record<string, unknown>, asked: string | undefined, names: readonly string[]): { name: string; value: unknown } | null {
  if (asked !== undefined) return Object.hasOwn(row, asked) && row[asked] !== null && row[asked] !== undefined ? { name: asked, value: row[asked] } : null
  for (const n of names) if (Object.hasOwn(row, n) && row[n] !== null && row[n] !== undefined) return { name: n, value: row[n] }
  return null
}

/** One archive row as an article, or an error item in its place. */
function rowArticle(row: Record<string, unknown>, where: string, opts: ReadOptions): Item {
  const idField = pick(row, opts.idField, DEFAULT_ID_FIELDS)
  const id = idField && (typeof idField.value === 'string' || typeof idField.value === 'number') && String(idField.value) !== '' ? String(idField.value) : where
  const text = pick(row, opts.textField, DEFAULT_TEXT_FIELDS)
  if (!text) {
    const wanted = opts.textField ? `"${opts.textField}"` : DEFAULT_TEXT_FIELDS.map((f) => `"${f}"`).join(', ')
    return { kind: 'error', id, source: where, code: 'missing_text', message: `${where}: no text field (looked for ${wanted})` }
  }
  if (typeof text.value !== 'string') {
    return { kind: 'error', id, source: where, code: 'text_not_string', message: `${where}: field "${text.name}" is a ${Array.isArray(text.value) ? 'array' : typeof text.value}, not a string` }
  }
  const date = pick(row, opts.publishedField, DEFAULT_PUBLISHED_FIELDS)
  const notes: Note[] = []
  let published: string | undefined
  if (date) {
    const normal = normalizePublished(date.value)
    if (normal) published = normal
    else notes.push({ code: 'invalid_published', message: `field "${date.name}" is not a date this reads (${JSON.stringify(date.value).slice(0, 40)}); ${opts.published ? `--published ${opts.published} used` : 'no publication date'}` })
  }
  return { kind: 'article', id, source: where, text: text.value, format: text.name === 'html' ? 'html' : 'auto', published, fallbackPublished: opts.published, notes }
}
