import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {packageRoot} from '../src/paths.js'

// Building the VS Code extension installs packages and takes 30–50 s, so it is
// not part of npm test (which must stay near a minute): it runs with
// npm run test:extension (COPYDESK_TEST_EXTENSION=1), which CI runs after npm test.
const wanted = Boolean(process.env.COPYDESK_TEST_EXTENSION)

describe.skipIf(!wanted)('the VS Code extension', () => {
  it('builds with npm run build:extension, bundling a working language server', () => {
    execFileSync('npm', ['run', '--silent', 'build:extension'], {cwd: packageRoot, stdio: 'ignore'})
    const folder = path.join(packageRoot, 'editors', 'vscode')
    expect(statSync(path.join(folder, 'copydesk.vsix')).size).toBeGreaterThan(100_000)
    const cli = path.join(folder, 'server', 'node_modules', 'copydesk', 'bin', 'copydesk.js')
    expect(existsSync(path.join(folder, 'server', 'node_modules', 'copydesk', 'bin', 'copydesk-language-server.js'))).toBe(true)
    // The bundled copy has its data files: it lints the corpus like this checkout does.
    // (Exit code 1: the corpus has errors.)
    const lintCorpus = (bin: string) => spawnSync(process.execPath, [bin, '--format', 'json', 'corpus'], {cwd: packageRoot, encoding: 'utf8'}).stdout
    const bundled = lintCorpus(cli)
    const here = lintCorpus(path.join(packageRoot, 'bin', 'copydesk.js'))
    expect(JSON.parse(bundled)).toHaveLength(5)
    const strip = (report: string) => report.replace(/"url": "[^"]*"/g, '')
    expect(strip(bundled)).toBe(strip(here))
  }, 180_000)
})
