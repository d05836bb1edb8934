/**
 * The package as a user installs it before any registry release: `npm install git+file://…`
 * builds dist/ through `prepare`, and both the library and the bin work from the install. (The
 * repository at HEAD is what gets installed: commit before running this locally.)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './support/fixtures.ts'

describe('installing from git (prepare builds dist/)', () => {
  it('npm install git+file://… gives a working library and bin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vne-install-'))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `git+file://${ROOT}`], { cwd: dir, stdio: 'pipe', timeout: 300_000 })
    const lib = execFileSync(process.execPath, ['--input-type=module', '-e',
      "import { extract } from 'vn-news-extract'; console.log(extract('Thực hiện Kế hoạch số 29-KH/TU của Tỉnh ủy.').documents[0].id)"], { cwd: dir, encoding: 'utf8' })
    expect(lib.trim()).toBe('29-KH/TU')
    const page = execFileSync(process.execPath, ['--input-type=module', '-e',
      "import { extractPage } from 'vn-news-extract/page'; console.log(extractPage('<html><body><article><p>Thực hiện Kế hoạch số 29-KH/TU.</p></article></body></html>').documents[0].id)"], { cwd: dir, encoding: 'utf8' })
    expect(page.trim()).toBe('29-KH/TU')
    const cjs = execFileSync(process.execPath, ['-e', "console.log(require('vn-news-extract').extract('Nghị định 30/2020/NĐ-CP').documents[0].id)"], { cwd: dir, encoding: 'utf8' })
    expect(cjs.trim()).toBe('30/2020/NĐ-CP')
    const bin = execFileSync('npx', ['--no', 'vn-news-extract', '-'], { cwd: dir, input: 'Chiều 12/7, hội nghị.', encoding: 'utf8' })
    expect(JSON.parse(bin).dates[0].text).toBe('Chiều 12/7')
    // xregexp is a build-time tool (the grammars are compiled before the build): neither it nor
    // the core-js it pulls in is installed with the package.
    const tree = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: dir, encoding: 'utf8' })
    expect(tree).toContain(join('node_modules', 'vn-news-extract'))
    expect(tree).not.toMatch(/xregexp|core-js/)
  }, 360_000)
})

describe('the runtime carries no xregexp or core-js, and no dependency it does not use', () => {
  it('every runtime dependency is imported by some file of src/', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [])
    const sources = walk(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n')
    const deps = Object.keys(pkg.dependencies ?? {})
    expect(deps.length).toBeGreaterThan(0)
    const unused = deps.filter((d) => !sources.includes(`from '${d}'`) && !sources.includes(`from '${d}/`))
    expect(unused, 'dependencies no source imports (npm uninstall them)').toEqual([])
  })

  it('no built bundle mentions them', () => {
    const dist = join(ROOT, 'dist')
    const bundles = readdirSync(dist).filter((f) => /\.(?:c|m)?js$/.test(f))
    expect(bundles).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'cli.js', 'cli-worker.js', 'cli-worker-core.cjs', 'page.js', 'page.cjs']))
    for (const f of bundles) expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(/xregexp|core-js|corejs/i)
  })
})
