/**
 * Debian's Chromium driven by playwright-core (no browser is ever downloaded). The flags keep a
 * headless browser quiet on a machine with no network: no background requests, updates or sync.
 * Every page is watched for what a report must never do: dialogs, requests other than its own
 * file, navigations, popups, script errors and Content-Security-Policy violations.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]

/** Whether the browser tests can run here. CI (VNE_REQUIRE_BROWSER=1, set by .ci/run) requires it. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM)
if (!HAVE_CHROMIUM && process.env.VNE_REQUIRE_BROWSER === '1') throw new Error(`${CHROMIUM} is missing: CI installs the Debian package chromium (.ci/run)`)

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

/** What a page did that it should not have. */
export interface Watch {
  dialogs: string[]
  /** Requests other than the page's own URL. */
  requests: string[]
  /** Those of them the Content-Security-Policy refused (Chromium reports them as requests that failed). */
  blocked: string[]
  /** Main-frame navigations after the first load. */
  navigations: string[]
  popups: number
  errors: string[]
  /** Console errors and warnings (CSP violations are reported there). */
  console: string[]
}

/** Opens `url` in a new page and records everything in a Watch. */
export async function openWatched(browser: Browser, url: string, viewport = { width: 1400, height: 900 }): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport })
  const watch: Watch = { dialogs: [], requests: [], blocked: [], navigations: [], popups: 0, errors: [], console: [] }
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('request', (r) => {
    if (r.url() !== url) watch.requests.push(r.url())
  })
  page.on('requestfailed', (r) => {
    if (/csp/i.test(r.failure()?.errorText ?? '')) watch.blocked.push(r.url())
  })
  page.on('popup', () => watch.popups++)
  page.on('pageerror', (e) => watch.errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.console.push(m.text())
  })
  await page.goto(url)
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) watch.navigations.push(f.url())
  })
  await page.waitForSelector('html[data-ready-ms]', { timeout: 30_000 })
  return { page, watch }
}

/** The empty watch: what every test expects at the end. */
export const QUIET: Watch = { dialogs: [], requests: [], blocked: [], navigations: [], popups: 0, errors: [], console: [] }
