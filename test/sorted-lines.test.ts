import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {scowlWords} from '../src/language/word-list.js'
import {lineStarts, SortedLines} from '../src/text/sorted-lines.js'

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
    // Lines that open with letters past “}” (accents, “~”) and with one letter, which the index files by their opening.
    const wide = ['a', "a'", 'aé', 'aü', 'b~', 'bé', '~x', 'éz', 'üa', 'ü'].sort().join('\n')
    for (const text of ['alpha\nbravo\ncharlie', 'alpha\nbravo\ncharlie\n', '\nalpha\nbravo\n', '', wide]) {
      const list = new SortedLines(text)
      const held = new Set(text.split('\n').filter(Boolean))
      const probes = ['', 'alpha', 'alph', 'alphas', 'bravo', 'charlie', 'charlies', 'delta', 'Alpha', '\n', ...held, 'é', 'éza', 'üb', 'ua', '~', 'b']
      for (let round = 0; round < 250; round++) expect(probes.filter((probe) => list.has(probe) !== held.has(probe))).toEqual([])
    }
  })

  it('finds where each line starts, empty lines and all, and one past the end as if the text ended with a newline', () => {
    expect(Array.from(lineStarts(''))).toEqual([0])
    expect(Array.from(lineStarts('\n\n\n\n'))).toEqual([0, 1, 2, 3, 4])
    expect(Array.from(lineStarts('ab\n\ncd'))).toEqual([0, 3, 4, 7])
  })

  it('holds nothing when empty, and reads a file with no final newline', () => {
    expect(new SortedLines('').has('')).toBe(false)
    expect(new SortedLines('alpha\nbravo').has('bravo')).toBe(true)
    expect(new SortedLines('alpha\nbravo').has('charlie')).toBe(false)
  })
})
