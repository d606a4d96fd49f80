import {existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {LanguageModel} from '../src/model/model.js'
import {loadModel} from '../src/model/load.js'
import {runCommand} from './support/cli.js'
import {PassThrough} from 'node:stream'
import {progressBar, progressWanted} from '../src/cli/progress.js'

describe('copydesk learn', () => {
  it('adapts the default model to an archive, quietly when its output is piped, and the config can point at the result', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-learn-'))
    mkdirSync(path.join(dir, 'archive'))
    for (let index = 0; index < 12; index++) {
      writeFileSync(path.join(dir, 'archive', `story-${index}.md`), `# Drill ${index}\n\nThe navy hosted a proactive jointness drill with loitering munitions.\n`)
    }
    const result = (await runCommand(['learn', 'archive', '--out', 'desk.cdm'], {cwd: dir}))
    expect(result.code).toBe(0)
    // Piped (as here, and in a CI job's log), no progress bar: each redraw would be a line of its own.
    expect(result.stderr).not.toMatch(/learning \[/)
    expect(result.stderr).toMatch(/learned \d+ words and \d+ person profiles from 12 articles; wrote desk\.cdm/)

    const learned = LanguageModel.read(path.join(dir, 'desk.cdm'))
    const base = loadModel()
    expect(learned.count('jointness')).toBe(36)
    expect(learned.count('navy')).toBe(base.count('navy') + 36)
    expect(learned.bigram('loitering', 'munitions')).toBeGreaterThan(0)

    writeFileSync(path.join(dir, '.copydeskrc.json'), JSON.stringify({model: 'desk.cdm', words: ['jointness']}))
    writeFileSync(path.join(dir, 'draft.txt'), 'The navy hosted a proactive drill.\n')
    expect((await runCommand(['draft.txt'], {cwd: dir})).code).toBe(0)
  })

  it('learns person profiles: the office most archive articles give someone', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-profiles-'))
    mkdirSync(path.join(dir, 'archive'))
    for (let index = 0; index < 3; index++) {
      // Estonia's defence minister, whom the shipped people records do not hold: the archive is the only source.
      writeFileSync(path.join(dir, 'archive', `story-${index}.txt`), `Defence Minister Hanno Pevkur visited Tapa on day ${index + 1}.\n`)
    }
    // From the archive alone: the profiles are what is tested, and merging the default model is slow.
    expect((await runCommand(['learn', 'archive', '--from-scratch', '--out', 'desk.cdm'], {cwd: dir})).stderr).toMatch(/1 person profiles from 3 articles/)
    writeFileSync(path.join(dir, '.copydeskrc.json'), JSON.stringify({model: 'desk.cdm'}))
    writeFileSync(path.join(dir, 'draft.txt'), 'Foreign Minister Hanno Pevkur arrived in Tokyo.\n')
    const report = JSON.parse((await runCommand(['--format', 'json', 'draft.txt'], {cwd: dir})).stdout) as Array<{messages: Array<{ruleId: string; actual: string; expected: string[]; reason: string}>}>
    const [message] = report[0].messages.filter((item) => item.ruleId === 'person-title')
    expect(message).toMatchObject({actual: 'Foreign Minister', expected: ['Defence Minister']})
    expect(message.reason).toContain('according to 3 articles in the archive')
  })

  it('teaches the one-edit check the beat\'s words: a learned "jetting through" is no longer taken for a slip', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-slips-'))
    mkdirSync(path.join(dir, 'archive'))
    for (let index = 0; index < 6; index++) {
      // (“the 68 Marines were jetting through the waves”, in a real-copy article of the tuning half, reads to the default models as “getting through”.)
      writeFileSync(path.join(dir, 'archive', `story-${index}.txt`), `The boats were jetting through the harbour on day ${index + 1}. Divers inspected the hull.\n`)
    }
    expect((await runCommand(['learn', 'archive', '--out', 'desk.cdm'], {cwd: dir})).code).toBe(0)
    const slips = async (name: string, config: object) => {
      // A folder of its own for each config: a folder's configuration is read once per process.
      mkdirSync(path.join(dir, name))
      writeFileSync(path.join(dir, name, 'draft.txt'), 'Fast boats were jetting through the water. He will be there at any tine.\n')
      // At the detector's bar of −1 (its default is 0), where the default models take “jetting” for a slip.
      writeFileSync(path.join(dir, name, '.copydeskrc.json'), JSON.stringify({...config, rules: {'real-word': ['warning', {oneEditThreshold: -1}]}}))
      const report = JSON.parse((await runCommand(['--format', 'json', `${name}/draft.txt`], {cwd: dir})).stdout) as Array<{messages: Array<{ruleId: string; actual: string}>}>
      return report[0].messages.filter((message) => message.ruleId === 'real-word').map((message) => message.actual)
    }
    expect(await slips('default', {})).toEqual(['jetting', 'tine'])
    expect(await slips('learned', {model: '../desk.cdm'})).toEqual(['tine'])
  })

  it('learns on many machines: --shard parts, added up with --merge, make the same model as one machine', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-shards-'))
    mkdirSync(path.join(dir, 'archive'))
    for (let index = 0; index < 9; index++) {
      writeFileSync(path.join(dir, 'archive', `story-${index}.txt`), `Defence Minister Richard Marles visited Darwin on day ${index + 1}.\nThe frigate ran aground on a reef. Divers inspected the hull.\n`)
    }
    expect((await runCommand(['learn', '--from-scratch', 'archive', '--out', 'whole.cdm'], {cwd: dir})).code).toBe(0)
    const counted: number[] = []
    for (const part of ['1/3', '2/3', '3/3']) {
      const result = await runCommand(['learn', '--shard', part, 'archive'], {cwd: dir})
      expect(result.code).toBe(0)
      counted.push(Number(/in (\d+) articles/.exec(result.stderr)?.[1]))
    }
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(9)
    const merged = await runCommand(['learn', '--merge', '--from-scratch', 'copydesk-learn-1-of-3.cdl', 'copydesk-learn-2-of-3.cdl', 'copydesk-learn-3-of-3.cdl', '--out', 'merged.cdm'], {cwd: dir})
    expect(merged.stderr).toMatch(/1 person profiles from 9 articles/)
    expect(readFileSync(path.join(dir, 'merged.cdm')).equals(readFileSync(path.join(dir, 'whole.cdm')))).toBe(true)
    const wrong = await runCommand(['learn', '--merge', 'whole.cdm'], {cwd: dir})
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/whole\.cdm: not the counts of copydesk learn --shard/)
    // A set of parts that is not the archive's every part once would make a model of some other archive.
    expect((await runCommand(['learn', '--shard', '1/2', 'archive'], {cwd: dir})).code).toBe(0)
    for (const [parts, why] of [
      [['copydesk-learn-1-of-3.cdl', 'copydesk-learn-2-of-3.cdl'], /part 3 of 3 missing/],
      [['copydesk-learn-1-of-3.cdl', 'copydesk-learn-1-of-3.cdl', 'copydesk-learn-2-of-3.cdl', 'copydesk-learn-3-of-3.cdl'], /are the same part/],
      [['copydesk-learn-1-of-3.cdl', 'copydesk-learn-1-of-2.cdl'], /another split or archive/]
    ] as const) {
      const result = await runCommand(['learn', '--merge', ...parts, '--out', 'partial.cdm'], {cwd: dir})
      expect(result.code, parts.join(' ')).toBe(2)
      expect(result.stderr).toMatch(why)
    }
    expect(existsSync(path.join(dir, 'partial.cdm'))).toBe(false)
  })

  it('says what is wrong in one line, with exit code 2', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-learn-'))
    for (const args of [['learn'], ['learn', 'missing'], ['learn', '--weight', '-1', 'x'], ['learn', '--bogus']]) {
      const result = (await runCommand(args, {cwd: dir}))
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^copydesk learn: /)
    }
    writeFileSync(path.join(dir, '.copydeskrc.json'), JSON.stringify({model: 'nowhere.cdm'}))
    writeFileSync(path.join(dir, 'draft.txt'), 'The navy sailed.\n')
    // Where the model goes is checked before any learning, and said in one line (it was a stack trace after it).
    const nowhere = await runCommand(['learn', 'draft.txt', '--out', 'no/such/folder/model.cdm'], {cwd: dir})
    expect(nowhere.code).toBe(2)
    expect(nowhere.stderr.trim().split('\n')).toEqual(['copydesk learn: no/such/folder/model.cdm: cannot write there (no such folder)'])
    const missing = (await runCommand(['draft.txt'], {cwd: dir}))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/model: no such file .*nowhere\.cdm/)
  })

describe('the progress bar', () => {
  it('is drawn on a terminal only, and not in a CI job', () => {
    const terminal = Object.assign(new PassThrough(), {isTTY: true})
    const ci = process.env.CI
    try {
      delete process.env.CI
      expect(progressWanted(terminal)).toBe(true)
      expect(progressWanted(new PassThrough())).toBe(false)
      process.env.CI = 'true'
      expect(progressWanted(terminal)).toBe(false)
    } finally {
      if (ci === undefined) delete process.env.CI
      else process.env.CI = ci
    }
    // Redrawn in place, and ended with a new line when the last article is done.
    let drawn = ''
    terminal.on('data', (chunk: Buffer) => (drawn += chunk.toString('utf8')))
    progressBar(terminal, 'learning', 6, 12)
    progressBar(terminal, 'learning', 12, 12)
    expect(drawn).toBe(`\rlearning [${'#'.repeat(15)}${'.'.repeat(15)}] 6/12 articles\rlearning [${'#'.repeat(30)}] 12/12 articles\n`)
  })
})
})
