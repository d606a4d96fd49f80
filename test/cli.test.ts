import {mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {packageRoot} from '../src/paths.js'
import Ajv from 'ajv-draft-04'
import {beforeAll, describe, expect, it} from 'vitest'
import {workerHeapLimit} from '../src/cli/worker-pool.js'
import {forgetArticle} from '../src/cli/forget-article.js'
import {lint} from '../src/index.js'
import {runCli, runCommand, type JsonReport} from './support/cli.js'

const clean = 'The two ministers met in New Delhi on Monday and agreed to expand joint exercises.\n'
const warningOnly = 'The destroyer was comissioned in 2019.\n'
const withError = 'Share\nThe navy commissioned a frigate.\n'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'))
  writeFileSync(path.join(dir, 'clean.txt'), clean)
  writeFileSync(path.join(dir, 'warning.txt'), warningOnly)
  writeFileSync(path.join(dir, 'error.txt'), withError)
  writeFileSync(path.join(dir, 'empty.txt'), '')
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks resumed.\n', 'latin1'))
  writeFileSync(path.join(dir, 'huge.txt'), 'The ministers met again. '.repeat(250_000))
  mkdirSync(path.join(dir, 'broken'))
  writeFileSync(path.join(dir, 'broken', '.copydeskrc'), '{"rules": {"spelling": ')
  writeFileSync(path.join(dir, 'broken', 'article.txt'), clean)
})

describe('exit codes', () => {
  it('is 0 for clean copy and for warnings only', async () => {
    expect((await runCommand(['clean.txt'], {cwd: dir})).code).toBe(0)
    expect((await runCommand(['warning.txt'], {cwd: dir})).code).toBe(0)
  })

  it('is 1 for errors, and for warnings with --frail', async () => {
    expect((await runCommand(['error.txt'], {cwd: dir})).code).toBe(1)
    expect((await runCommand(['--frail', 'warning.txt'], {cwd: dir})).code).toBe(1)
  })

  it('follows --rule severities', async () => {
    expect((await runCommand(['--rule', 'boilerplate=warning', 'error.txt'], {cwd: dir})).code).toBe(0)
    expect((await runCommand(['--rule', 'spelling=error', 'warning.txt'], {cwd: dir})).code).toBe(1)
    const off = (await runCommand(['--format', 'json', '--rule', 'spelling=off', 'warning.txt'], {cwd: dir}))
    expect((JSON.parse(off.stdout) as JsonReport)[0].messages).toEqual([])
  })

  it('is 2 for usage errors, with one line on stderr', async () => {
    for (const args of [['--format', 'xml', 'clean.txt'], ['--bogus'], [], ['--rule', 'nonsense=error', 'clean.txt'], ['--rule', 'spelling=loud', 'clean.txt']]) {
      const result = (await runCommand(args, {cwd: dir}))
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
      expect(result.stderr).toMatch(/^copydesk: /)
    }
    // A value that starts with a dash: the one line says how to give it.
    const dashed = await runCommand(['--max-file-size', '-1', 'clean.txt'], {cwd: dir})
    expect(dashed.code).toBe(2)
    expect(dashed.stderr).toBe('copydesk: --max-file-size needs a value; one that starts with a dash is given with “=” (--max-file-size=-1) (see copydesk --help)\n')
    // In copydesk's words: the parser's own ended on an unbalanced quotation mark (“as in '-- "--bogus"”).
    expect((await runCommand(['--bogus', 'clean.txt'], {cwd: dir})).stderr).toBe('copydesk: unknown option --bogus (see copydesk --help)\n')
    expect((await runCommand(['--stdin=3'], {cwd: dir})).stderr).toBe('copydesk: --stdin takes no value (see copydesk --help)\n')
  })

  it('prints each rule’s cost with --timings, on standard error', async () => {
    const result = await runCommand(['--timings', '--format', 'json', 'warning.txt'], {cwd: dir})
    expect(result.stderr).toMatch(/^timings over \d+ words:\n\s+parsing\s+[\d.]+ ms .*\n\s+annotations\s+[\d.]+ ms/)
    expect(result.stderr).toMatch(/^\s+spelling\s+[\d.]+ ms \([\d.]+ ms per 1,000 words\)$/m)
    expect(result.stderr).toMatch(/^\s+all rules\s+[\d.]+ ms/m)
    expect(result.stderr).toMatch(/^\s+total\s+[\d.]+ ms/m)
    expect(JSON.parse(result.stdout)).toHaveLength(1)
  })

  it('prints help and version', async () => {
    expect(runCli(['--help']).stdout).toContain('Usage: copydesk')
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })
})

describe('bad input', () => {
  const cases: Array<[string, RegExp]> = [
    ['empty.txt', /empty\.txt: is empty/],
    ['binary.txt', /binary\.txt: is a binary file/],
    ['latin1.txt', /latin1\.txt: is not valid UTF-8/],
    ['missing.txt', /missing\.txt: no such file or folder/],
    ['huge.txt', /huge\.txt: too large for an article \(6\.0 MB; the limit is 5 MB, set by maxFileSize or --max-file-size\)/],
    ['broken/article.txt', /broken\/\.copydeskrc: not valid JSON or YAML/]
  ]

  it.each(cases)('%s gets a one-line message and exit 2, and the other files are still reported', async (name, pattern) => {
    const result = (await runCommand(['--format', 'json', name, 'warning.txt'], {cwd: dir}))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(pattern)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report.map((entry) => entry.path)).toEqual(['warning.txt'])
    expect(report[0].messages[0].actual).toBe('comissioned')
  })

  it('says a broken config once, however many files use it', async () => {
    writeFileSync(path.join(dir, 'broken', 'second.txt'), clean)
    const result = (await runCommand(['broken'], {cwd: dir}))
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('rejects a broken --config file', async () => {
    const result = (await runCommand(['--config', 'broken/.copydeskrc', 'clean.txt'], {cwd: dir}))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/\.copydeskrc: not valid JSON or YAML/)
  })
})

describe('formats', () => {
  it('stylish: vfile-reporter lines with rule and source', async () => {
    const {stdout} = (await runCommand(['warning.txt'], {cwd: dir}))
    expect(stdout).toContain('warning.txt')
    expect(stdout).toMatch(/1:19-1:30\s+warning\s+Possible typo: “comissioned”.*spelling\s+copydesk/)
  })

  it('json: one object per file with the documented message fields', async () => {
    const report = JSON.parse((await runCommand(['--format', 'json', 'warning.txt', 'error.txt'], {cwd: dir})).stdout) as JsonReport
    expect(report).toHaveLength(2)
    const message = report[0].messages[0]
    expect(Object.keys(message)).toEqual(['ruleId', 'source', 'severity', 'fatal', 'reason', 'line', 'column', 'endLine', 'endColumn', 'actual', 'expected', 'url', 'note'])
    expect(message).toMatchObject({ruleId: 'spelling', source: 'copydesk', severity: 'warning', fatal: false, line: 1, column: 19, endLine: 1, endColumn: 30, actual: 'comissioned'})
    expect(message.expected[0]).toBe('commissioned')
    expect(report[1].messages[0]).toMatchObject({ruleId: 'boilerplate', severity: 'error', fatal: true, actual: 'Share', expected: ['']})
  })

  it('sarif: validates against the SARIF 2.1.0 schema', async () => {
    const require = createRequire(import.meta.url)
    const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json')
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object
    // The published schema has a language-tag pattern that is only valid outside Unicode mode.
    const validate = new Ajv({allErrors: true, strict: false, unicodeRegExp: false}).compile(schema)
    expect(validate({version: '2.1.0', runs: [{results: []}]})).toBe(false)
    const log = JSON.parse((await runCommand(['--format', 'sarif', 'warning.txt', 'error.txt'], {cwd: dir})).stdout) as {
      runs: Array<{columnKind: string; tool: {driver: {informationUri: string; rules: Array<{id: string; helpUri: string}>}}; results: Array<{ruleId: string; level: string; locations: unknown[]; fixes?: Array<{description: {text: string}}>}>}>
    }
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const [run] = log.runs
    expect(run.tool.driver.rules.map((rule) => rule.id)).toContain('spelling')
    // The manual copydesk came with, not the working folder's README; columns counted as JavaScript counts them.
    expect(run.tool.driver.informationUri).toBe(pathToFileURL(path.join(packageRoot, 'README.md')).href)
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.results.map((result) => [result.ruleId, result.level])).toEqual([
      ['spelling', 'warning'],
      ['boilerplate', 'error']
    ])
    // A deletion is described in words, not as an empty quotation.
    expect(run.results.map((result) => result.fixes?.[0].description.text)).toEqual(['Replace with “commissioned”', 'Delete it'])
    expect(run.results[0].locations).toEqual([
      {physicalLocation: {artifactLocation: {uri: 'warning.txt'}, region: {startLine: 1, startColumn: 19, endLine: 1, endColumn: 30}}}
    ])
  })

  it('github: workflow commands with positions and rule titles', async () => {
    const {stdout} = (await runCommand(['--format', 'github', 'warning.txt', 'error.txt'], {cwd: dir}))
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^::warning file=warning\.txt,line=1,col=19,endLine=1,endColumn=30,title=copydesk\/spelling::Possible typo: “comissioned”.*Suggested: “commissioned”/),
      // A deletion is suggested in words, not as an empty quotation.
      expect.stringMatching(/^::error file=error\.txt,line=1,col=1,endLine=1,endColumn=6,title=copydesk\/boilerplate::.* Suggested: delete it\.$/)
    ])
  })

  it('--quiet drops information but keeps warnings and errors', async () => {
    const report = JSON.parse((await runCommand(['--format', 'json', '--quiet', '--rule', 'spelling=info', 'warning.txt', 'error.txt'], {cwd: dir})).stdout) as JsonReport
    expect(report.flatMap((entry) => entry.messages.map((message) => message.ruleId))).toEqual(['boilerplate'])
  })
})

describe('inputs', () => {
  it('reads --stdin and names it with --stdin-filename', async () => {
    const result = runCli(['--stdin', '--stdin-filename', 'draft.txt', '--format', 'json'], {cwd: dir, input: warningOnly})
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report[0].path).toBe('draft.txt')
    expect(report[0].messages[0].actual).toBe('comissioned')
  })

  it('walks folders for .txt and .md, honours .copydeskignore, and expands globs', async () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'copydesk-tree-'))
    mkdirSync(path.join(tree, 'articles', 'nested'), {recursive: true})
    writeFileSync(path.join(tree, 'articles', 'one.txt'), clean)
    writeFileSync(path.join(tree, 'articles', 'nested', 'two.md'), clean)
    writeFileSync(path.join(tree, 'articles', 'notes.json'), '{}')
    writeFileSync(path.join(tree, 'articles', 'README.md'), clean)
    writeFileSync(path.join(tree, '.copydeskignore'), '# not articles\nREADME.md\n')
    const walked = JSON.parse((await runCommand(['--format', 'json', 'articles'], {cwd: tree})).stdout) as JsonReport
    expect(walked.map((entry) => entry.path)).toEqual(['articles/nested/two.md', 'articles/one.txt'])
    const globbed = JSON.parse((await runCommand(['--format', 'json', 'articles/**/*.txt'], {cwd: tree})).stdout) as JsonReport
    expect(globbed.map((entry) => entry.path)).toEqual(['articles/one.txt'])
  })

  it('stops with a one-line error on a folder with nothing to lint, as on a pattern that matches nothing: a gate must not pass in silence', async () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'copydesk-nothing-'))
    mkdirSync(path.join(tree, 'empty'))
    mkdirSync(path.join(tree, 'drafts'))
    writeFileSync(path.join(tree, 'drafts', 'one.txt'), clean)
    writeFileSync(path.join(tree, '.copydeskignore'), 'drafts/**\n')
    const empty = await runCommand(['empty'], {cwd: tree})
    expect([empty.code, empty.stderr.trim()]).toEqual([2, 'copydesk: empty: no articles in this folder (.txt, .md, .markdown, .html, .htm)'])
    const ignored = await runCommand(['drafts'], {cwd: tree})
    expect([ignored.code, ignored.stderr.trim()]).toEqual([2, 'copydesk: drafts: every article in this folder is left out by a .copydeskignore'])
    // A file named one by one is linted whatever the ignore file says.
    expect((await runCommand(['drafts/one.txt'], {cwd: tree})).code).toBe(0)
  })

  it('finds .copydeskrc above the article and applies its settings', async () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-'))
    mkdirSync(path.join(tree, 'desk', 'today'), {recursive: true})
    writeFileSync(path.join(tree, 'desk', '.copydeskrc.yaml'), 'words: [comissioned]\nrules:\n  boilerplate: warning\n')
    writeFileSync(path.join(tree, 'desk', 'today', 'a.txt'), warningOnly + withError)
    const result = (await runCommand(['--format', 'json', 'desk'], {cwd: tree}))
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report[0].messages.map((message) => [message.ruleId, message.severity])).toEqual([['boilerplate', 'warning']])
  })

  it('reads the copydesk field of package.json', async () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'copydesk-package-'))
    writeFileSync(path.join(tree, 'package.json'), JSON.stringify({name: 'desk', copydesk: {rules: {spelling: 'error'}}}))
    writeFileSync(path.join(tree, 'a.txt'), warningOnly)
    expect((await runCommand(['a.txt'], {cwd: tree})).code).toBe(1)
  })
})

describe('--shard and copydesk merge', () => {
  it('split the files of a run n ways, each once, and merge the JSON and SARIF reports back into the whole run', async () => {
    const folder = path.join(dir, 'archive')
    mkdirSync(folder, {recursive: true})
    for (let index = 0; index < 12; index++) writeFileSync(path.join(folder, `story-${index}.txt`), index % 3 === 0 ? warningOnly : clean)
    const whole = (await runCommand(['--format', 'json', 'archive'], {cwd: dir})).stdout
    const parts: string[] = []
    for (const shard of ['1/3', '2/3', '3/3']) {
      const part = (await runCommand(['--format', 'json', '--shard', shard, 'archive'], {cwd: dir})).stdout
      writeFileSync(path.join(dir, `part-${shard[0]}.json`), part)
      parts.push(...(JSON.parse(part) as JsonReport).map((entry) => entry.path))
    }
    expect(parts.sort()).toEqual((JSON.parse(whole) as JsonReport).map((entry) => entry.path).sort())
    expect((await runCommand(['merge', 'part-1.json', 'part-2.json', 'part-3.json'], {cwd: dir})).stdout).toBe(whole)

    for (const shard of ['1/2', '2/2']) writeFileSync(path.join(dir, `part-${shard[0]}.sarif`), (await runCommand(['--format', 'sarif', '--shard', shard, 'archive'], {cwd: dir})).stdout)
    const sarif = JSON.parse((await runCommand(['merge', 'part-1.sarif', 'part-2.sarif'], {cwd: dir})).stdout)
    expect(sarif.runs).toHaveLength(1)
    expect(sarif.runs[0].results).toHaveLength(4)
    expect((await runCommand(['--shard', '3/2', 'archive'], {cwd: dir})).stderr).toMatch(/--shard must be i\/n with 1 ≤ i ≤ n/)
    expect((await runCommand(['merge', 'part-1.json', 'part-1.sarif'], {cwd: dir})).code).toBe(2)
    // A part given twice would count its messages twice; a merged report with an error fails, as one run would.
    const again = await runCommand(['merge', 'part-1.json', 'part-1.json', 'part-2.json'], {cwd: dir})
    expect([again.code, again.stdout]).toEqual([2, ''])
    expect(again.stderr).toMatch(/is in both part-1\.json and part-1\.json/)
    expect((await runCommand(['merge', 'part-1.sarif', 'part-1.sarif'], {cwd: dir})).code).toBe(2)
    expect((await runCommand(['merge', 'part-1.json', 'part-2.json', 'part-3.json'], {cwd: dir})).code).toBe(0)
    writeFileSync(path.join(folder, 'story-12.txt'), withError)
    for (const shard of ['1/2', '2/2']) writeFileSync(path.join(dir, `part-${shard[0]}.json`), (await runCommand(['--format', 'json', '--shard', shard, 'archive'], {cwd: dir})).stdout)
    expect((await runCommand(['merge', 'part-1.json', 'part-2.json'], {cwd: dir})).code).toBe(1)
  })
})

describe('batches on worker threads', () => {
  it('report exactly what one thread reports, in the same order, with the same exit code and problems', async () => {
    const folder = path.join(dir, 'batch')
    mkdirSync(folder, {recursive: true})
    for (let index = 0; index < 30; index++) writeFileSync(path.join(folder, `story-${String(index).padStart(2, '0')}.txt`), [clean, warningOnly, withError][index % 3])
    writeFileSync(path.join(folder, 'story-30.txt'), '')
    const threads = await runCommand(['--format', 'json', '--jobs', '2', 'batch'], {cwd: dir})
    const single = await runCommand(['--format', 'json', '--jobs', '1', 'batch'], {cwd: dir})
    expect(threads.stdout).toBe(single.stdout)
    expect((JSON.parse(threads.stdout) as JsonReport).map((entry) => entry.path)).toEqual(Array.from({length: 30}, (_, index) => path.join('batch', `story-${String(index).padStart(2, '0')}.txt`)))
    expect(threads.stderr).toBe(single.stderr)
    expect(threads.stderr).toMatch(/story-30\.txt: is empty/)
    expect([threads.code, single.code]).toEqual([2, 2])
  })
})

describe('worker heap limit', () => {
  it('holds a thread to what news-length articles need, and grows with the batch’s largest file', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-heap-'))
    writeFileSync(path.join(folder, 'short.txt'), clean)
    expect(workerHeapLimit(['short.txt', 'missing.txt'], folder)).toBe(161)
    writeFileSync(path.join(folder, 'long.txt'), 'x'.repeat(2 * 1048576))
    expect(workerHeapLimit(['short.txt', 'long.txt'], folder)).toBe(560)
  })
})

describe('a batch reported whole', () => {
  // A typo's fixes are worked out on first reading, by a closure that holds the article: a held file keeps plain fixes only.
  it('keeps a file’s messages with their fixes as plain values, and no text or annotations', async () => {
    const text = 'The destroyer was comissioned in Mumbai on Friday.'
    const [fresh] = await lint({path: 'a.txt', value: text}, {detectConfig: false})
    const [file] = await lint({path: 'a.txt', value: text}, {detectConfig: false})
    const typo = (messages: typeof file.messages) => messages.find((message) => message.actual === 'comissioned')!
    expect(Object.getOwnPropertyDescriptor(typo(file.messages), 'expected')?.get).toBeDefined()
    forgetArticle(file, true)
    expect(file.value).toBe('')
    expect(file.data.article).toBeUndefined()
    const kept = Object.getOwnPropertyDescriptor(typo(file.messages), 'expected')
    expect(kept?.get).toBeUndefined()
    expect(kept?.value).toEqual(typo(fresh.messages).expected)
    expect(kept?.value).toContain('commissioned')
  })

  it('drops the fixes for a report that shows none (stylish)', async () => {
    const [file] = await lint({path: 'a.txt', value: 'The destroyer was comissioned in Mumbai on Friday.'}, {detectConfig: false})
    forgetArticle(file, false)
    expect(file.messages.every((message) => Object.getOwnPropertyDescriptor(message, 'expected')?.value?.length === 0)).toBe(true)
  })
})

describe('--changed', () => {
  it('lints only the articles changed since a git ref', async () => {
    const {execFileSync} = await import('node:child_process')
    const repo = mkdtempSync(path.join(os.tmpdir(), 'copydesk-git-'))
    const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, stdio: 'ignore'})
    git('init', '-q')
    git('config', 'user.email', 'desk@example.org')
    git('config', 'user.name', 'Desk')
    writeFileSync(path.join(repo, 'old.txt'), warningOnly)
    writeFileSync(path.join(repo, 'edited.txt'), clean)
    git('add', '.')
    git('commit', '-qm', 'first')
    writeFileSync(path.join(repo, 'edited.txt'), clean + warningOnly)
    // git quotes a name with non-ASCII characters (“"\\303\\251t\\303\\251.txt"”) unless asked for names as written.
    writeFileSync(path.join(repo, 'été.txt'), clean)
    git('add', 'été.txt')
    git('commit', '-qm', 'second')
    writeFileSync(path.join(repo, 'été.txt'), clean + warningOnly)
    const report = JSON.parse((await runCommand(['--format', 'json', '--changed', 'HEAD'], {cwd: repo})).stdout) as JsonReport
    expect(report.map((entry) => entry.path)).toEqual(['edited.txt', 'été.txt'])
    const bad = (await runCommand(['--changed', 'no-such-ref'], {cwd: repo}))
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('the built bundles (scripts/bundle.js)', () => {
  it('are ASCII, so that Node reads each into a string of one-byte characters', () => {
    const folder = path.join(path.dirname(createRequire(import.meta.url).resolve('../package.json')), 'dist', 'bundle')
    const scripts = readdirSync(folder).filter((name) => /\.c?js$/.test(name))
    expect(scripts.length).toBeGreaterThan(3)
    for (const name of scripts) expect(readFileSync(path.join(folder, name), 'latin1'), name).not.toMatch(/[^\x00-\x7f]/)
  })
})
