import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {packageRoot} from '../src/paths.js'

// Clean, correctly edited articles written for these tests: every message on them is a false flag.
const folder = path.join(packageRoot, 'test', 'fixtures', 'clean')

describe('clean copy', () => {
  it.each(readdirSync(folder).filter((name) => name.endsWith('.txt')))('%s raises nothing', async (name) => {
    const [file] = await lint({path: name, value: readFileSync(path.join(folder, name), 'utf8')})
    expect(file.messages.map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([])
  })
})
