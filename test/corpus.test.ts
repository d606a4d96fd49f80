import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {packageRoot} from '../src/paths.js'
import {runCommand, type JsonMessage, type JsonReport} from './support/cli.js'

// The foundation issue's acceptance list, checked on the real seed articles.
const corpus = path.join(packageRoot, 'corpus')
let report: JsonReport

beforeAll(async () => {
  const result = (await runCommand(['--format', 'json', 'corpus']))
  expect(result.stderr).toBe('')
  report = JSON.parse(result.stdout) as JsonReport
})

function messagesOf(prefix: string, ruleId?: string): JsonMessage[] {
  const file = report.find((entry) => path.basename(entry.path).startsWith(prefix))
  if (!file) throw new Error(`no report for ${prefix}`)
  return file.messages.filter((message) => !ruleId || message.ruleId === ruleId)
}

/** The text a message's range covers, read back from the article. */
function covered(prefix: string, message: JsonMessage): string {
  const name = readdirSync(corpus).find((file) => file.startsWith(prefix))!
  const lines = readFileSync(path.join(corpus, name), 'utf8').split('\n')
  if (message.line !== message.endLine) throw new Error('expected a one-line range')
  return lines[message.line - 1].slice(message.column - 1, message.endColumn - 1)
}

function expectFinding(prefix: string, ruleId: string, text: string, line?: number): JsonMessage {
  const found = messagesOf(prefix, ruleId).filter((message) => covered(prefix, message) === text && (line === undefined || message.line === line))
  expect(found, `${ruleId} “${text}” in ${prefix}`).toHaveLength(1)
  expect(found[0].actual).toBe(text)
  return found[0]
}

describe('the corpus report', () => {
  const seeds = path.join(packageRoot, '..', 'shared', 'seeds')
  it.skipIf(!existsSync(seeds))('keeps the seed articles byte for byte', () => {
    for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) {
      const seed = readFileSync(path.join(seeds, name))
      expect(readFileSync(path.join(corpus, name)).equals(seed), name).toBe(true)
    }
  })

  it('reports the five articles and no other file', async () => {
    expect(report.map((entry) => path.basename(entry.path).slice(0, 3))).toEqual(['000', '001', '002', '003', '004'])
  })

  it('finds the web-page furniture with exact positions', async () => {
    expect(expectFinding('001', 'boilerplate', 'Left Menu', 1).column).toBe(18)
    expectFinding('001', 'boilerplate', 'Image Credit: Twitter(@PIB_India)', 8)
    expectFinding('002', 'boilerplate', 'Share', 4)
    expect(expectFinding('002', 'boilerplate', 'DateMay', 3).expected).toEqual(['Date May'])
    expectFinding('003', 'boilerplate', 'Also Read: Japan Successfully Launches Michibiki 6 Navigation Satellite on H3 Rocket', 6)
    expectFinding('000', 'boilerplate', 'Follow EurAsian Times On Twitter (Now X)', 42)
    expectFinding('001', 'boilerplate', 'date 2025-05-05', 1)
    expectFinding('004', 'boilerplate', 'date 2025-05-07', 1)
    // And nothing else: crossheads (“Building Institutional Frameworks”, “Key Discussion Points: …”) are copy.
    expect(report.flatMap((entry) => entry.messages.filter((message) => message.ruleId === 'boilerplate'))).toHaveLength(8)
  })

  it('finds the repeated headlines and caption sentences, naming the first copy', async () => {
    const headline001 = expectFinding('001', 'duplicate', 'India and Japan Deepen Defence Ties Amid Unified Stand Against Terrorism', 7)
    expect(headline001.reason).toContain('line 3')
    const headline002 = expectFinding('002', 'duplicate', 'India-Japan Defence Ties Deepen: Rajnath Singh to Host Japanese Defence Minister in New Delhi', 10)
    expect(headline002.reason).toContain('line 6')
    const caption = expectFinding('001', 'duplicate', 'The Raksha Mantri called for a consolidated global front against terrorism and those who sponsor or support it.', 13)
    expect(caption.reason).toContain('line 8')
    expect(messagesOf('001', 'duplicate').find((message) => message.line === 15)?.reason).toContain('line 5')
  })

  it('finds the unmatched closing quote in 000', async () => {
    const [message] = messagesOf('000', 'quote-balance')
    expect(message.actual).toBe('”')
    const line = readFileSync(path.join(corpus, '000_09e2d2f1245f9809.txt'), 'utf8').split('\n')[message.line - 1]
    expect(line.startsWith('Both sides condemned terrorism')).toBe(true)
    expect(messagesOf('000', 'quote-balance')).toHaveLength(1)
  })

  it('keeps spelling to at most ten messages, none on a correct name, and flags “Dissuasions”', async () => {
    const spelling = report.flatMap((entry) => entry.messages.filter((message) => message.ruleId === 'spelling'))
    expect(spelling.length).toBeLessThanOrEqual(10)
    expect(spelling.map((message) => message.actual)).toEqual(['Dissuasions'])
  })

  it('flags descriptive American spellings but never an official name', async () => {
    expectFinding('000', 'spelling-variant', 'Defense', 2)
    expectFinding('001', 'spelling-variant', 'Defense', 5)
    // Line 15 repeats line 5's sentence: the duplicate rule asks for it to go, and its “Defense” is not reported twice.
    expect(messagesOf('001', 'spelling-variant').filter((message) => message.line === 15)).toEqual([])
    expect(messagesOf('001', 'duplicate').filter((message) => message.line === 15)).toHaveLength(1)
    expect(expectFinding('003', 'spelling-variant', 'defense', 5).expected).toEqual(['defence'])
    const lines000 = messagesOf('000', 'spelling-variant').map((message) => covered('000', message))
    expect(lines000.filter((text) => text === 'Defense')).toHaveLength(1)
    // "Minister of Defense" (Japan's title, line 2 of 000 and line 9 of 001) stays quiet.
    expect(messagesOf('001', 'spelling-variant').filter((message) => message.line === 9)).toEqual([])
  })

  it('flags “Global Combat Air Program” with the official name', async () => {
    for (const [prefix, line] of [['000', 10], ['004', 15]] as const) {
      expect(expectFinding(prefix, 'official-name', 'Global Combat Air Program', line).expected).toEqual(['Global Combat Air Programme'])
    }
  })

  it('flags JIMEX as never spelled out, but not MDA, MRO or GCAP', async () => {
    expectFinding('002', 'acronym', 'JIMEX', 18)
    const flagged = report.flatMap((entry) => entry.messages.filter((message) => message.ruleId === 'acronym').map((message) => message.actual))
    for (const acronym of ['MDA', 'MRO', 'GCAP']) expect(flagged).not.toContain(acronym)
  })

  it('flags the sermon in 003 as off-topic, whole, and nothing else in the seeds', async () => {
    const offTopic = report.flatMap((entry) => entry.messages.filter((message) => message.ruleId === 'off-topic').map((message) => [path.basename(entry.path).slice(0, 3), message]))
    expect(offTopic).toHaveLength(1)
    const [prefix, message] = offTopic[0] as [string, JsonMessage]
    expect(prefix).toBe('003')
    expect(message.actual).toMatch(/^The recent high-level defence meeting between Rajnath Singh and General Nakatani reflects not only/)
    expect(message.actual).toMatch(/it becomes fearless, just, and peaceful\.$/)
    expect(message.expected).toEqual([''])
  })

  it('reports the “Also Read:” line in 003 once', async () => {
    const also = messagesOf('003').filter((message) => message.line === 6)
    expect(also.map((message) => message.ruleId)).toEqual(['boilerplate'])
  })

  it('flags the unsupported “most promising” in 004, and at most three other superlatives', async () => {
    expectFinding('004', 'superlative', 'most promising', 15)
    const all = report.flatMap((entry) => entry.messages.filter((message) => message.ruleId === 'superlative'))
    expect(all.length).toBeLessThanOrEqual(4)
  })

  it('flags “General Nakatani” in 003 with “Gen Nakatani” from the starter people records', async () => {
    const flagged = messagesOf('003', 'person-title').filter((message) => message.actual === 'General Nakatani')
    expect(flagged).toHaveLength(4)
    expect(flagged.every((message) => message.expected[0] === 'Gen Nakatani')).toBe(true)
    // Without --story, the records also contradict 003's offices for him.
    expect(messagesOf('003', 'person-title').filter((message) => message.actual !== 'General Nakatani').map((message) => [message.actual, message.expected[0]])).toEqual([
      ['Special Advisor for National Security', 'Defence Minister'],
      ['former Defence Minister', 'Defence Minister']
    ])
    const elsewhere = report.filter((entry) => !entry.path.includes('003')).flatMap((entry) => entry.messages.filter((message) => message.ruleId === 'person-title'))
    // Only the mixed Japanese name order in 000: “Gen Nakatani” beside “KAMIKAWA Yoko” and “KIHARA Minoru”.
    expect(elsewhere.map((message) => [message.actual, message.expected[0]])).toEqual([['Gen Nakatani', 'NAKATANI Gen']])
    expect(expectFinding('000', 'person-title', 'Gen Nakatani', 2).reason).toContain('“KAMIKAWA”, “KIHARA”')
  })

  it('with --story, flags 003’s “Special Advisor for National Security” and “former Defence Minister” against the other four', async () => {
    const story = JSON.parse((await runCommand(['--story', '--format', 'json', 'corpus'])).stdout) as JsonReport
    const flagged = story.flatMap((entry) =>
      entry.messages.filter((message) => message.ruleId === 'cross-article').map((message) => [path.basename(entry.path).slice(0, 3), message.actual, message.expected[0]])
    )
    expect(flagged).toEqual([
      ['003', 'Special Advisor for National Security', 'Defence Minister'],
      ['003', 'former Defence Minister', 'Defence Minister']
    ])
    const [first] = story.find((entry) => entry.path.includes('003'))!.messages.filter((message) => message.ruleId === 'cross-article')
    expect(first.reason).toMatch(/4 other articles of this story \(000_.*001_.*002_.*004_.*\) call Nakatani “Defence Minister”/)
    expect(report.flatMap((entry) => entry.messages).some((message) => message.ruleId === 'cross-article')).toBe(false)
    // The story's rule is set as any rule is, is listed with the others in SARIF, and the story is never split.
    const errors = JSON.parse((await runCommand(['--story', '--format', 'json', '--rule', 'cross-article=error', 'corpus'])).stdout) as JsonReport
    expect(errors.flatMap((entry) => entry.messages.filter((message) => message.ruleId === 'cross-article').map((message) => message.severity))).toEqual(['error', 'error'])
    const off = JSON.parse((await runCommand(['--story', '--format', 'json', '--rule', 'cross-article=off', 'corpus'])).stdout) as JsonReport
    expect(off.flatMap((entry) => entry.messages).some((message) => message.ruleId === 'cross-article')).toBe(false)
    const sarif = JSON.parse((await runCommand(['--story', '--format', 'sarif', 'corpus'])).stdout)
    const rules = sarif.runs[0].tool.driver.rules.map((rule: {id: string}) => rule.id)
    for (const result of sarif.runs[0].results) expect(rules[result.ruleIndex]).toBe(result.ruleId)
    expect(rules).toContain('cross-article')
    const split = await runCommand(['--story', '--shard', '1/2', 'corpus'])
    expect(split.code).toBe(2)
    expect(split.stderr).toMatch(/cannot be split with --shard/)
  }, 60_000)

  it('gives every message the full contract', async () => {
    for (const message of report.flatMap((entry) => entry.messages)) {
      expect(message.source).toBe('copydesk')
      expect(message.url).toMatch(new RegExp(`rules/${message.ruleId}/README\\.md$`))
      expect(message.endLine * 10000 + message.endColumn).toBeGreaterThan(message.line * 10000 + message.column)
      expect(Array.isArray(message.expected)).toBe(true)
      expect(message.fatal).toBe(message.severity === 'error' ? true : message.severity === 'warning' ? false : null)
    }
  })
})
