import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {packageRoot} from '../src/paths.js'
import {runCommand, type JsonReport} from './support/cli.js'

// Inputs too big for the minute of npm test: npm run test:stress
// (COPYDESK_TEST_STRESS=1), which CI runs after npm test. The figures for
// them (seconds, memory) are printed by npm run bench, never asserted here.
const wanted = Boolean(process.env.COPYDESK_TEST_STRESS)
const clean = path.join(packageRoot, 'corpus', 'real', 'clean')

describe.skipIf(!wanted)('big batches and long lines', () => {
  it('10,000 articles in one run: every one reported once, in order, with its own findings', {timeout: 300_000}, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-stress-'))
    const sources = readdirSync(clean).slice(0, 40).map((name) => readFileSync(path.join(clean, name), 'utf8').split('\n').slice(0, 2).join('\n'))
    mkdirSync(path.join(dir, 'archive'))
    for (let index = 0; index < 10_000; index++) {
      // Every 500th article carries one slip, so a lost or misplaced report shows.
      const text = sources[index % sources.length] + (index % 500 === 0 ? '\nThe frigate was comissioned last year.\n' : '\n')
      writeFileSync(path.join(dir, 'archive', `story-${String(index).padStart(5, '0')}.txt`), text)
    }
    const result = await runCommand(['--format', 'json', '--rule', 'spelling=error', 'archive'], {cwd: dir})
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report).toHaveLength(10_000)
    expect(new Set(report.map((entry) => entry.path)).size).toBe(10_000)
    const slipped = report.filter((entry) => entry.messages.some((message) => message.actual === 'comissioned')).map((entry) => entry.path)
    expect(slipped).toEqual(Array.from({length: 20}, (_, index) => path.join('archive', `story-${String(index * 500).padStart(5, '0')}.txt`)))
    expect(result.code).toBe(1)
  })

  it('an article naming 20,000 different people lints, and still finds the one name spelled two ways', {timeout: 120_000}, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-stress-'))
    const syllables = ['ka', 'ri', 'mo', 'ta', 'shi', 'ven', 'dor', 'lu', 'pa', 'zan', 'qui', 'bel']
    const name = (index: number) => {
      const word = [index % 12, Math.floor(index / 12) % 12, Math.floor(index / 144) % 12, Math.floor(index / 1728) % 12].map((at) => syllables[at]).join('')
      return word[0].toUpperCase() + word.slice(1)
    }
    const lines = Array.from({length: 20_000}, (_, index) => `Yesterday ${name(index)} met the minister.`)
    lines.push('Commander Vendorlupa spoke.', 'Commander Vendorlupa left.', 'Commander Vendorlopa returned.')
    writeFileSync(path.join(dir, 'names.txt'), lines.join('\n') + '\n')
    const result = await runCommand(['--format', 'json', 'names.txt'], {cwd: dir})
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report[0].messages.filter((message) => message.ruleId === 'spelling').map((message) => [message.actual, message.expected])).toContainEqual(['Vendorlopa', ['Vendorlupa']])
  })

  // Shapes an audit found costing the square of their length, or overflowing the stack.
  it.each([
    ['a dotted run', () => 'In 2024 the army said ' + 'ab.'.repeat(40_000) + ' now.\n'],
    ['a hyphenated run', () => 'The army/navy said ' + 'ab-'.repeat(40_000) + 'cd now.\n'],
    ['look-alike names', () => Array.from({length: 3_000}, (_, index) => `The army met Zor${'abcdefghij'[index % 10]}kav${'klmnopqrst'[Math.floor(index / 10) % 10]}${'uvwxyz'[Math.floor(index / 100) % 6]} today.`).join('\n') + '\n'],
    ['words joined by slashes', () => 'Defence Ties Deepen\n\nThe army said yes today.\n\n' + 'army/navy/force/defence/'.repeat(10_000) + '\n'],
    ['a run of 100,000 commas', () => 'The army said ' + ','.repeat(100_000) + ' yes.\n'],
    ['50,000 words joined by commas with no space', () => 'The army said ' + 'ab,'.repeat(50_000) + 'cd now.\n'],
    ['a run of 200,000 letters', () => 'The army said ' + 'ab'.repeat(100_000) + ' now.\n'],
    ['20,000 ranks before one family name', () => Array.from({length: 20_000}, (_, index) => `${['Lt Gen', 'Maj Gen', 'Brig', 'Col'][index % 4]} Singh said.`).join(' ') + '\n'],
    ['100,000 repeated words', () => 'the '.repeat(100_000) + '\n'],
    // quote-balance looked for each paragraph's marks from its start to the next mark wherever it was: with none after
    // it, to the article's end (40,000 lines took 29 s; 3 s now).
    ['100,000 lines with no quotation mark or bracket', () => Array.from({length: 100_000}, (_, index) => `The navy said item ${index} was ready.`).join('\n') + '\n'],
    ['50,000 stray straight quotes inside an open quotation', () => 'The army said "' + ' " x'.repeat(50_000) + '.\n\n'],
    ['30,000 brackets and closing quotes that never pair', () => 'The army said ' + '( word ” '.repeat(30_000) + '.\n\n'],
    ['a Markdown quotation nested 30,000 deep', () => '> '.repeat(30_000) + 'text\n\n', 'odd.md'],
    ['a Markdown paragraph of 250 KB of emphasis', () => '*a* _b_ **c** '.repeat(18_000) + '\n\n', 'odd.md'],
    // Each once cost half a millisecond: every letter tried at every place of a 30-letter word, and a scan for look-alikes.
    ['20,000 distinct camel-case identifiers', () => Array.from({length: 20_000}, (_, index) => `get${['Element', 'Value', 'Item', 'Node'][index % 4]}By${['Id', 'Name', 'Tag'][index % 3]}${'abcdefghijklmnopqrstuvwxyz'[index % 26]}${(index % 997).toString(36).replace(/\d/g, 'q')}Handler`).join(' ') + '\n'],
    ['a list of made-up words', () => Array.from({length: 14_000}, (_, index) => 'bcdfghjklmnprstvz'[index % 17] + 'aeiou'[index % 5] + 'bcdfghjklmnprstvz'[Math.floor(index / 17) % 17] + 'aeiou'[Math.floor(index / 85) % 5] + 'bcdfghjklmnprstvz'[Math.floor(index / 425) % 17]).join('\n') + '\n']
  ])('%s lints, and a typo after it is found', {timeout: 120_000}, async (_, make, name = 'odd.txt') => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-stress-'))
    writeFileSync(path.join(dir, name), make() + 'The frigate was comissioned last year.\n')
    const result = await runCommand(['--format', 'json', name], {cwd: dir})
    const report = JSON.parse(result.stdout) as JsonReport
    expect(report[0].messages.some((message) => message.actual === 'comissioned')).toBe(true)
  })

  // Long Markdown and HTML once cost the square of their length in the parsers, or overflowed the stack.
  it.each([
    ['a Markdown list of 20,000 items', 'list.md', (index: number) => `- The navy said item ${index} was ready.\n`, ''],
    ['a Markdown paragraph of 10,000 lines', 'lines.md', (index: number) => `The navy said item ${index} was ready.\n`, ''],
    ['an HTML paragraph of 500 KB', 'long.html', (index: number) => `The navy said item ${index} was ready. `, '<p>']
  ])('%s lints, with findings at the right place', {timeout: 120_000}, async (_, name, line, open) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-stress-'))
    const count = name === 'list.md' ? 20_000 : name === 'lines.md' ? 10_000 : 14_000
    const text = open + Array.from({length: count}, (_, index) => line(index)).join('') + 'The frigate was comissioned last year.\n'
    writeFileSync(path.join(dir, name), text)
    const result = await runCommand(['--format', 'json', name], {cwd: dir})
    const report = JSON.parse(result.stdout) as JsonReport
    const slip = report[0].messages.find((message) => message.actual === 'comissioned')
    const before = text.slice(0, text.indexOf('comissioned'))
    expect([slip?.line, slip?.column]).toEqual([before.split('\n').length, before.length - before.lastIndexOf('\n')])
  })

  // A line of 200,000 characters is parsed in chunks, cut between sentences, after a space, between two marks or after
  // one: in linear time. (Numbers joined by slashes, one chunk whole, took minutes: parse-latin merges “1/2” into a
  // word by splicing the paragraph's list of tokens, and the line's roles sought a slash before a “via” from every slash.)
  it.each([
    ['a pasted table', 'Patrol boat | 42 m | commissioned 2019 | Eastern Fleet | '],
    ['a minified export', '{"id":123,"name":"INS-Vikrant","tags":["navy","carrier"]},'],
    ['a table with no spaces', '12,345,678;90.5%,"Delhi",2024-05-01|'],
    ['numbers joined by slashes', '1/2/3/']
  ])('%s on one 200,000-character line lints, with findings at the right place', {timeout: 120_000}, async (_, cell) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-stress-'))
    const line = cell.repeat(Math.ceil(200_000 / cell.length)).slice(0, 199_000) + ' The frigate was comissioned last year.'
    writeFileSync(path.join(dir, 'export.txt'), line + '\n')
    const result = await runCommand(['--format', 'json', 'export.txt'], {cwd: dir})
    const report = JSON.parse(result.stdout) as JsonReport
    const slip = report[0].messages.find((message) => message.actual === 'comissioned')
    expect(slip?.column).toBe(line.indexOf('comissioned') + 1)
  })
})
