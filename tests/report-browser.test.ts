/**
 * The HTML report and the playground in a real browser (Debian's Chromium through playwright-core):
 * every span of every record has its highlight with the right text and offsets (seed articles, a
 * generated batch with error lines and crossing spans, our news pages), the index, toggles, the side
 * list, the tooltip and the keyboard work, and hostile input stays inert: no dialog, no request, no
 * navigation, no script run. Screenshots go to .scratch/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extract } from '../src/index.ts'
import type { ArticleRecord } from '../src/records/article.ts'
import { HAVE_CHROMIUM, launch, openWatched, QUIET } from './support/chromium.ts'
import { FIXTURES, ROOT, SEEDS } from './support/fixtures.ts'
import { inputOf, isError, recordsOf, writeReport } from './support/report-cli.ts'
import { fixturePages, HOSTILE_MARK, tmp, writeBatch, writeHostile } from './support/report-inputs.ts'
import { checkShownArticle, spannedThings } from './support/report-probe.ts'

const SCRATCH = join(ROOT, '.scratch')
mkdirSync(SCRATCH, { recursive: true })
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f)) : []
const url = (path: string) => pathToFileURL(path).href

/** Shows article `n` by choosing it in the index (turning the index's pages first). */
async function openArticle(page: Page, n: number): Promise<void> {
  const row = page.locator(`.rows button[data-n="${n}"]`)
  for (let guard = 0; guard < 1000 && (await row.count()) === 0; guard++) {
    const first = Number(await page.locator('.rows button[data-n]').first().getAttribute('data-n'))
    await page.locator(first < n ? 'button[aria-label="Next page"]' : 'button[aria-label="Previous page"]').click()
  }
  await row.click()
  await page.waitForSelector(`article.vne-doc[data-n="${n}"]`)
}

/** The focused element, as the report describes it. */
async function focused(page: Page): Promise<{ item: string | null; part: string | null; start: string | null; side: boolean } | null> {
  return page.evaluate(() => {
    const d = (globalThis as any).document
    const e = d.activeElement
    return e && e !== d.body ? { item: e.dataset.item ?? null, part: e.dataset.part ?? null, start: e.dataset.start ?? null, side: !!e.closest('.vne-items') } : null
  })
}

/** Items (kind:index) of a record that have a main span. */
function mainItems(record: ArticleRecord): string[] {
  return [...new Set(spannedThings(record).things.filter((t) => /^[a-zA-Z]+(\.\d+)?\.span$/.test(t.path)).map((t) => t.item))].sort()
}

/** Fragments of crossing spans, put together, give the span drawn whole below the text. */
async function checkFragments(page: Page, input: string): Promise<number> {
  const frags: Array<{ of: string; item: string; part: string; text: string }> = await page.locator('article.vne-doc .vne-text [data-frag]').evaluateAll((els) =>
    els.map((e) => ({ of: e.dataset.fragOf, item: e.dataset.item, part: e.dataset.part, text: e.textContent })))
  const joined = new Map<string, string>()
  for (const f of frags) joined.set(`${f.item} ${f.part} ${f.of}`, (joined.get(`${f.item} ${f.part} ${f.of}`) ?? '') + f.text)
  const wholes: Array<{ key: string; text: string }> = await page.locator('article.vne-doc .vne-crossing [data-start]').evaluateAll((els) =>
    els.map((e) => ({ key: `${e.dataset.item} ${e.dataset.part} ${e.dataset.start}-${e.dataset.end}`, text: e.textContent })))
  expect(new Set(wholes.map((w) => w.key))).toEqual(new Set(joined.keys()))
  for (const w of wholes) {
    expect(joined.get(w.key)).toBe(w.text)
    const [s, e] = w.key.split(' ')[2]!.split('-').map(Number)
    expect(input.slice(s, e)).toBe(w.text)
  }
  return wholes.length
}

describe.skipIf(!HAVE_CHROMIUM)('the HTML report in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  describe.skipIf(seeds.length === 0)('the seed articles (../shared/seeds)', () => {
    const dir = tmp('vne-report-seeds-')
    const out = join(dir, 'seeds.html')
    let records: ArticleRecord[] = []
    beforeAll(() => {
      writeReport(seeds, out)
      records = recordsOf(seeds) as ArticleRecord[]
    }, 300_000)

    it('shows every span of every record as a highlight with its exact text and offsets', async () => {
      const { page, watch } = await openWatched(browser, url(out))
      expect(records).toHaveLength(seeds.length)
      for (const [n, record] of records.entries()) {
        await openArticle(page, n)
        expect(await checkShownArticle(page, record, inputOf(record)), record.source!).toEqual([])
        if (n === 1) await page.screenshot({ path: join(SCRATCH, 'report-seed.png') })
      }
      expect(watch).toEqual(QUIET)
      await page.close()
    })

    it('hover and focus show the fields with the rule; toggles hide and show each kind; the side list scrolls to and marks each item', async () => {
      const { page, watch } = await openWatched(browser, url(out))
      const n = records.reduce((best, r, i) => (spannedThings(r).things.length > spannedThings(records[best]!).things.length ? i : best), 0)
      const record = records[n]!
      await openArticle(page, n)

      const doc = record.documents[0] ?? null
      const first = doc ? `document:0` : mainItems(record)[0]!
      await page.locator(`.vne-text [data-item="${first}"][data-part="main"]`).first().hover()
      const tip = page.locator('#vne-tip')
      await tip.waitFor({ state: 'visible' })
      expect(await tip.textContent()).toContain('rule')
      if (doc) {
        expect(await tip.textContent()).toContain(doc.rule)
        expect(await tip.textContent()).toContain(doc.id ?? doc.key)
      }

      const kinds = [...new Set(mainItems(record).map((i) => i.split(':')[0]!))]
      expect(kinds.length).toBeGreaterThan(3)
      const style = (kind: string) => page.locator(`.vne-text .hl[data-kind="${kind}"][data-part="main"]`).first().evaluate((e) => {
        const s = e.ownerDocument.defaultView.getComputedStyle(e)
        return { bg: s.backgroundColor, line: s.borderBottomColor }
      })
      const sideShown = (kind: string) => page.locator(`.side-kind[data-kind="${kind}"]`).isVisible()
      for (const kind of kinds) {
        const on = await style(kind)
        expect(on.bg, kind).not.toBe('rgba(0, 0, 0, 0)')
        await page.locator(`input[data-toggle="${kind}"]`).uncheck()
        expect(await style(kind), kind).toEqual({ bg: 'rgba(0, 0, 0, 0)', line: 'rgba(0, 0, 0, 0)' })
        expect(await sideShown(kind)).toBe(false)
        await page.locator(`input[data-toggle="${kind}"]`).check()
        expect(await style(kind)).toEqual(on)
        expect(await sideShown(kind)).toBe(true)
      }

      for (const item of mainItems(record)) {
        await page.locator(`.vne-items button[data-item="${item}"]`).click()
        const f = await focused(page)
        expect(f, item).toMatchObject({ item, part: 'main' })
        expect(f!.start).not.toBeNull()
        const seen = await page.locator(`article.vne-doc [data-item="${item}"][data-part="main"][data-start]`).evaluate((e) => {
          const r = e.getBoundingClientRect()
          const p = e.closest('.vne-article')!.getBoundingClientRect()
          return { marked: e.classList.contains('marked'), inView: r.top >= p.top - 1 && r.bottom <= p.bottom + 1 }
        })
        expect(seen, item).toEqual({ marked: true, inView: true })
        expect(await page.locator('.marked').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.item))])).toEqual([item])
      }
      expect(watch).toEqual(QUIET)
      await page.close()
    })

    it('Tab reaches every item, in the text and in the side list; Enter on a side-list entry marks and shows its span', async () => {
      const { page, watch } = await openWatched(browser, url(out))
      const record = records[1]!
      await openArticle(page, 1)
      const items = mainItems(record)
      const inText = new Set<string>()
      const inSide = new Set<string>()
      const stops = await page.locator('[tabindex="0"], button:not([disabled]), input, select, textarea, summary').count()
      await page.locator('body').click({ position: { x: 1, y: 1 } })
      for (let i = 0; i < stops + 5; i++) {
        await page.keyboard.press('Tab')
        const f = await focused(page)
        if (f?.item && f.side) inSide.add(f.item)
        else if (f?.item && f.part === 'main' && f.start !== null) inText.add(f.item)
      }
      expect([...inText].sort()).toEqual(items)
      expect([...inSide].sort()).toEqual(items)

      const last = items[items.length - 1]!
      await page.locator(`.vne-items button[data-item="${last}"]`).focus()
      await page.keyboard.press('Enter')
      expect(await focused(page)).toMatchObject({ item: last, part: 'main', side: false })
      await page.keyboard.press('Enter')
      await page.locator('#vne-tip').waitFor({ state: 'visible' })
      expect(watch).toEqual(QUIET)
      await page.close()
    })
  })

  describe('a generated batch: our articles as JSONL rows with error lines, and our news pages', () => {
    const dir = tmp('vne-report-batch-')
    const out = join(dir, 'batch.html')
    let records: Array<ArticleRecord | ReturnType<typeof recordsOf>[number]> = []
    let inputs: string[] = []
    beforeAll(() => {
      inputs = [writeBatch(dir, 150).path, ...fixturePages()]
      writeReport(inputs, out)
      records = recordsOf(inputs)
    }, 300_000)

    it('has an index row per input, errors in place, and every article keeps the contract (crossing spans too)', async () => {
      const { page, watch } = await openWatched(browser, url(out))
      const index = JSON.parse((await page.locator('#vne-index').textContent())!) as { rows: Array<{ id: string | null; error: { code: string } | null; counts: number[] }> }
      expect(index.rows.map((r) => r.id)).toEqual(records.map((r) => r.id))
      expect(index.rows.map((r) => r.error?.code ?? null)).toEqual(records.map((r) => (isError(r) ? r.error.code : null)))
      const errors = records.filter(isError).length
      expect(errors).toBe(4)
      expect(await page.locator('.vne-summary').textContent()).toContain(`${errors} errors`)

      let crossing = 0
      let folded = 0
      await openArticle(page, 0)
      for (const [n, r] of records.entries()) {
        if (n > 0) {
          await page.locator('.vne-article .nav button', { hasText: 'next' }).click()
          await page.waitForSelector(`article.vne-doc[data-n="${n}"]`)
        }
        if (isError(r)) {
          expect(await page.locator('.error-box').textContent()).toContain(r.error.code)
          continue
        }
        const input = inputOf(r)
        expect(await checkShownArticle(page, r, input), r.source!).toEqual([])
        crossing += await checkFragments(page, input)
        if (r.page?.contentRanges.length) {
          const gaps = await page.locator('.vne-text .gap').evaluateAll((els) => els.map((e) => [Number(e.dataset.gapStart), Number(e.dataset.gapEnd)]))
          const body = r.page.contentRanges
          for (const [s, e] of gaps) expect(body.some((b) => b.start < e! && s! < b.end), `${r.source}: a gap ${s}-${e} hides part of the article body`).toBe(false)
          folded += gaps.length
        }
        if (n === 0) await page.screenshot({ path: join(SCRATCH, 'report-batch.png') })
      }
      expect(crossing, 'our fixtures have crossing spans (b-01, a-07)').toBeGreaterThan(0)
      expect(folded, 'the markup around the body of our news pages is folded').toBeGreaterThan(0)
      expect(watch).toEqual(QUIET)
      await page.close()
    })

    it('the index filters by text and by issues or errors, and pages', async () => {
      const { page, watch } = await openWatched(browser, url(out))
      const rows = () => page.locator('.rows button[data-n]')
      expect(await rows().count()).toBe(50)
      expect(await page.locator('.pager').textContent()).toContain(`page 1 of ${Math.ceil(records.length / 50)}`)
      await page.locator('button[aria-label="Next page"]').click()
      expect(await rows().first().getAttribute('data-n')).toBe('50')

      await page.locator('input[type=search]').fill('gen-0042')
      expect(await rows().count()).toBe(1)
      expect(await rows().first().textContent()).toContain('gen-0042')
      await page.locator('input[type=search]').fill('invalid_json')
      expect(await rows().count()).toBe(1)
      await page.locator('input[type=search]').fill('')

      await page.locator('.filters input[type=checkbox]').check()
      const flagged = records.map((r, n) => [r, n] as const).filter(([r]) => isError(r) || r.issues.length > 0).map(([, n]) => String(n))
      expect(await rows().evaluateAll((els) => els.map((e) => e.dataset.n))).toEqual(flagged.slice(0, 50))
      expect(await page.locator('.rows .r-err').count()).toBe(records.filter(isError).length)
      expect(watch).toEqual(QUIET)
      await page.close()
    })
  })

  describe('hostile input', () => {
    const dir = tmp('vne-report-hostile-')
    const out = join(dir, 'hostile.html')
    let records: ReturnType<typeof recordsOf> = []
    beforeAll(() => {
      const inputs = writeHostile(dir)
      writeReport(inputs, out)
      records = recordsOf(inputs)
    }, 300_000)

    it('is shown as text and never runs, loads or navigates, whatever the reader hovers, clicks or opens', async () => {
      expect(records.filter(isError)).toEqual([])
      const { page, watch } = await openWatched(browser, url(out))
      for (const [n, r] of records.entries()) {
        if (isError(r)) continue
        await openArticle(page, n)
        const input = inputOf(r)
        expect(await checkShownArticle(page, r, input), r.source!).toEqual([])
        expect(await page.locator('.vne-text *').evaluateAll((els) => els.filter((e) => e.tagName !== 'MARK' && e.tagName !== 'SPAN').length)).toBe(0)
        for (const h of await page.locator('article.vne-doc mark.hl').all()) {
          await h.hover()
          await h.click()
        }
        await page.locator('details.json summary').click()
        expect(await page.locator('details.json pre').textContent()).toContain(JSON.stringify(r, null, 2).slice(0, 200))
        expect(await page.locator('.vne-text').textContent()).toContain('<script>')
        expect(await page.locator('.vne-text').textContent()).toContain('alert(')
        if (r.id?.includes('</script>')) expect(await page.locator('article.vne-doc').getAttribute('data-id')).toBe(r.id)
      }
      expect(await page.evaluate((mark) => typeof (globalThis as any)[mark], HOSTILE_MARK)).toBe('undefined')
      expect(await page.locator('img, iframe, object, embed, svg, a, form, base, link, video, audio').count()).toBe(0)
      expect(await page.locator('meta[http-equiv]').count()).toBe(1)
      expect(await page.locator('script:not([type="application/json"])').count()).toBe(1)
      expect(await page.locator('script[type="application/json"]').count()).toBe(records.length + 1)
      expect(watch).toEqual(QUIET)
      await page.close()
    })

    it('the Content-Security-Policy blocks what escaping would have let through (a second line of defence)', async () => {
      const { page, watch } = await openWatched(browser, url(out))
      await page.evaluate((mark) => {
        const d = (globalThis as any).document
        const s = d.createElement('script')
        s.textContent = `window.${mark} = 1`
        d.body.appendChild(s)
        const i = d.createElement('img')
        i.src = 'https://example.invalid/x.png'
        d.body.appendChild(i)
        const st = d.createElement('style')
        st.textContent = 'body { display: none }'
        d.head.appendChild(st)
      }, HOSTILE_MARK)
      await page.waitForTimeout(200)
      expect(await page.evaluate((mark) => typeof (globalThis as any)[mark], HOSTILE_MARK)).toBe('undefined')
      expect(await page.locator('body').isVisible()).toBe(true)
      expect(watch.requests).toEqual(['https://example.invalid/x.png'])
      expect(watch.blocked, 'the only request was refused by the policy, not sent').toEqual(watch.requests)
      expect(watch.console.filter((m) => m.includes('Content Security Policy')).length).toBeGreaterThanOrEqual(3)
      await page.close()
    })
  })

  describe('the playground (examples/playground/index.html, from file://)', () => {
    const playground = join(ROOT, 'examples', 'playground', 'index.html')
    const article = readFileSync(join(FIXTURES, 'b-01-so-ket-to-chuc-xay-dung-dang-quang-tri.txt'), 'utf8')
    const runs = (page: Page) => page.locator('#vne').getAttribute('data-runs').then(Number)
    const shownRecord = async (page: Page) => JSON.parse((await page.locator('details.json pre').textContent())!) as ArticleRecord

    it('reads a pasted article with a publication date: the highlights and the JSON record are those of extract()', async () => {
      expect(existsSync(playground), 'npm run build writes the playground').toBe(true)
      const { page, watch } = await openWatched(browser, url(playground))
      const before = await runs(page)
      await page.locator('#pg-published').fill('2023-07-20')
      await page.locator('#pg-text').fill(article)
      await page.waitForFunction(([b, length]) => {
        const d = (globalThis as any).document
        const pre = d.querySelector('details.json pre')
        return Number(d.getElementById('vne').dataset.runs) > b! && !!pre && JSON.parse(pre.textContent).stats.inputLength === length
      }, [before, article.length] as const)
      const expected = extract(article, { published: '2023-07-20', format: 'auto' })
      expect(await shownRecord(page)).toEqual(JSON.parse(JSON.stringify(expected)))
      expect(await checkShownArticle(page, expected, article)).toEqual([])
      await page.screenshot({ path: join(SCRATCH, 'playground.png') })
      expect(watch).toEqual(QUIET)
      await page.close()
    })

    it('reads a dropped file, and the sample article', async () => {
      const { page, watch } = await openWatched(browser, url(playground))
      const html = readFileSync(join(FIXTURES, 'a-07-hoi-nghi-bao-cao-vien.html'), 'utf8')
      const data = await page.evaluateHandle((text) => {
        const g = globalThis as any
        const dt = new g.DataTransfer()
        dt.items.add(new g.File([text], 'a-07.html', { type: 'text/html' }))
        return dt
      }, html)
      await page.dispatchEvent('.drop', 'drop', { dataTransfer: data })
      await page.waitForFunction((length) => {
        const d = (globalThis as any).document
        const pre = d.querySelector('details.json pre')
        return d.getElementById('pg-text').value.length === length && d.getElementById('pg-format').value === 'html' && !!pre && JSON.parse(pre.textContent).stats.html === true
      }, html.length)
      const expected = extract(html, { format: 'html' })
      expect(await shownRecord(page)).toEqual(JSON.parse(JSON.stringify(expected)))
      expect(await checkShownArticle(page, expected, html)).toEqual([])

      await page.locator('#pg-format').selectOption('auto')
      await page.locator('#pg-sample').click()
      const sample = readFileSync(join(ROOT, 'examples', 'sample-article.txt'), 'utf8')
      await page.waitForFunction((length) => {
        const d = (globalThis as any).document
        const pre = d.querySelector('details.json pre')
        return d.getElementById('pg-text').value.length === length && !!pre && JSON.parse(pre.textContent).stats.inputLength === length
      }, sample.length)
      const fromSample = extract(sample, { format: 'auto' })
      expect(await shownRecord(page)).toEqual(JSON.parse(JSON.stringify(fromSample)))
      expect(await checkShownArticle(page, fromSample, sample)).toEqual([])
      expect(watch).toEqual(QUIET)
      await page.close()
    })
  })
})
