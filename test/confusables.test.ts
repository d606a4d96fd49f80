import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfusableModel, confusableModel, confusableTokens} from '../src/model/confusables.js'
import {confusablesFile} from '../src/model/files.js'
import {loadConfusableSlips} from '../rules/real-word/confusable-slips.js'

/** How many nats likelier `meant` is than the first `written` in `text`, as the shipped classifiers read it. */
function leadIn(text: string, written: string, meant: string): number | undefined {
  const {tokens} = confusableTokens(text)
  return confusableModel().lead(tokens, tokens.indexOf(written), written, meant)
}

// The real-word rule's classifiers for words copy confuses (src/model/confusables.ts).
describe('confusable-word classifiers', () => {
  it('read text as the build does: lower case, numbers and dashes folded, positions kept', () => {
    const {tokens, starts} = confusableTokens('The AGPU 1.1, an improved unit -- “built” it’s')
    expect(tokens).toEqual(['the', 'agpu', '<num>', ',', 'an', 'improved', 'unit', '—', '"', 'built', '"', "it's"])
    expect(starts.slice(0, 4)).toEqual([0, 4, 9, 12])
  })

  it('find the word meant far likelier in a published slip, and the word written in correct copy', () => {
    const {threshold} = loadConfusableSlips()
    // Somaliland Chronicle; the Ministry of Defence's media blog (both in rules/real-word/README.md).
    expect(leadIn('Two African Union soldiers from Burundi where killed in an roadside bomb', 'where', 'were')).toBeGreaterThan(threshold)
    expect(leadIn('I am proud that our soldiers are able to respond to provide help where required to those in need in Cumbria.', 'where', 'were')).toBeLessThan(threshold)
    // Either way round: the pair's one classifier answers for both words.
    const lead = leadIn('The orders where clear.', 'where', 'were')!
    expect(leadIn('The orders were clear.', 'were', 'where')).toBeLessThan(-threshold)
    expect(lead).toBeGreaterThan(threshold)
  })

  it('answer only for the pairs they were trained on', () => {
    const {tokens} = confusableTokens('The orders where clear.')
    expect(confusableModel().lead(tokens, 2, 'where', 'wear')).toBeUndefined()
    expect(confusableModel().has('morale')).toBe(true)
    // Too few places of “boarder” in the training text: the build leaves the pair out.
    expect(confusableModel().has('boarder')).toBe(false)
    expect(confusableModel().has('soldier')).toBe(false)
  })

  it('train every pair the data file lists', () => {
    const {slips} = loadConfusableSlips()
    for (const [written, meant] of slips) {
      for (const word of meant) expect(confusableModel().lead(['<s>', written, '<s>'], 1, written, word), `${written} → ${word}`).toBeDefined()
    }
  })

  it('refuse a damaged model file with the command that rebuilds it', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-confusables-'))
    const cut = path.join(folder, 'confusables.bin')
    writeFileSync(cut, readFileSync(confusablesFile).subarray(0, 5000))
    expect(() => ConfusableModel.read(cut)).toThrow(/npm run build:confusables/)
    const foreign = path.join(folder, 'other.bin')
    writeFileSync(foreign, 'CDG1\0\0\0\0')
    expect(() => ConfusableModel.read(foreign)).toThrow(/not a confusable-word model/)
  })
})
