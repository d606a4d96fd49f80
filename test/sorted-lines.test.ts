import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {scowlWords} from '../src/language/word-list.js'
import {SortedLines} from '../src/text/sorted-lines.js'

describe('the large word list, searched in its sorted file', () => {
  const words = scowlWords()
  const sorted = [...words].sort()
  const lookup = new SortedLines(sorted.join('\n') + '\n')

  it('finds every word of the list', () => {
    expect(sorted.filter((word) => !lookup.has(word))).toEqual([])
  })

  it('answers as a set does for words it may or may not hold: prefixes, extensions, case, accents, apostrophes', () => {
    const probes = sorted.filter((_, index) => index % 97 === 0).flatMap((word) => [word.slice(0, -1), word + 's', word.toUpperCase(), word + 'é', `${word}'s`])
    expect(probes.filter((probe) => lookup.has(probe) !== words.has(probe))).toEqual([])
    fc.assert(fc.property(fc.string({maxLength: 12}), (probe) => lookup.has(probe) === words.has(probe)), {numRuns: 2000, seed: 7})
  })

  it('answers the same once it has indexed its lines, after its first 2,000 questions', () => {
    for (const text of ['alpha\nbravo\ncharlie', 'alpha\nbravo\ncharlie\n', '\nalpha\nbravo\n', '']) {
      const list = new SortedLines(text)
      const held = new Set(text.split('\n').filter(Boolean))
      const probes = ['', 'alpha', 'alph', 'alphas', 'bravo', 'charlie', 'charlies', 'delta', 'Alpha', '\n']
      for (let round = 0; round < 250; round++) expect(probes.filter((probe) => list.has(probe) !== held.has(probe))).toEqual([])
    }
  })

  it('holds nothing when empty, and reads a file with no final newline', () => {
    expect(new SortedLines('').has('')).toBe(false)
    expect(new SortedLines('alpha\nbravo').has('bravo')).toBe(true)
    expect(new SortedLines('alpha\nbravo').has('charlie')).toBe(false)
  })
})
