import {mkdtempSync, readFileSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtCopy, sha1, sourceStamps, stampsHold} from '../src/text/data-files.js'
import {packageRoot, ruleDataPath} from '../src/paths.js'

// What the build works out ahead of a process serves while its sources are the ones it read: vouched
// for by their size and time of change without reading them, or else by their hash.
describe('built copies of data files (src/text/data-files.ts)', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-built-'))
  const source = path.join(folder, 'phrases.yaml')
  const built = path.join(folder, 'phrases.yaml.json')
  const refuse = () => {
    throw new Error('hashed a source its stamp vouches for')
  }

  it('serves the copy without hashing while the stamps hold, and checks the hash once they do not', () => {
    writeFileSync(source, 'phrases: [free reign]\n')
    writeFileSync(built, JSON.stringify({sha1: sha1(readFileSync(source)), stamps: sourceStamps([source]), data: {phrases: ['free reign']}}))
    expect(builtCopy(built, [source], refuse)).toEqual({phrases: ['free reign']})
    // Touched, the same text: the stamp no longer holds, the hash does.
    utimesSync(source, new Date(), new Date(Date.now() + 5000))
    expect(stampsHold(JSON.parse(readFileSync(built, 'utf8')).stamps, [source])).toBe(false)
    expect(builtCopy(built, [source], () => sha1(readFileSync(source)))).toEqual({phrases: ['free reign']})
    // A desk's edit: neither holds, and the copy is not served.
    writeFileSync(source, 'phrases: [free reign, tow the line]\n')
    expect(builtCopy(built, [source], () => sha1(readFileSync(source)))).toBeUndefined()
  })

  it('vouches only for the files stamped, in their order, and not for a missing one', () => {
    writeFileSync(source, 'phrases: []\n')
    const stamps = sourceStamps([source])
    expect(stampsHold(stamps, [source])).toBe(true)
    expect(stampsHold(stamps, [ruleDataPath('real-word', 'phrase-slips.yaml')])).toBe(false)
    expect(stampsHold(stamps, [source, source])).toBe(false)
    expect(stampsHold(undefined, [source])).toBe(false)
    expect(stampsHold(stamps, [path.join(folder, 'gone.yaml')])).toBe(false)
  })

  it('stamps every data file the build compiled, so that a start hashes none of them', () => {
    const file = ruleDataPath('real-word', 'phrase-slips.yaml')
    const compiled = JSON.parse(readFileSync(path.join(packageRoot, 'dist', 'data', `${path.relative(packageRoot, file)}.json`), 'utf8'))
    expect(stampsHold(compiled.stamps, [file])).toBe(true)
  })
})
