import {describe, expect, it} from 'vitest'
import {scanSource, sharedPrefixes} from '../src/text/shared-prefixes.js'
import {smallIntoCapital} from '../src/text/letter-case.js'

describe('patterns for a first look', () => {
  // Forms of offices and ranks, and notices of a web page, as their pattern sources are written.
  const sources = ['Lt\\.?\\s*Gen', 'Lt', 'Lieutenant\\.?\\s*General', 'Defen[cs]e\\.?\\s*Minister', 'L/Cpl', 'Secretary-General', 'sign\\s+in\\s+to\\s+continue', 'sign\\s+up\\s+for', '\\(Reuters\\)']
  const texts = ['Lt Gen Anil Chauhan', 'Lt.Gen Sharma', 'Lt', 'Lieutenant General', 'Defense Minister', 'L/Cpl Smith', 'Secretary-General', 'sign in to continue', 'sign up for', '(Reuters)', 'Lieutenant', 'Defence', 'sign in', 'Crime Minister']

  it('shares the sources’ beginnings and matches the same strings', () => {
    const one = new RegExp(`^(?:${sharedPrefixes(sources)})$`, 'u')
    const each = sources.map((source) => new RegExp(`^(?:${source})$`, 'u'))
    for (const text of texts) expect(one.test(text), text).toBe(each.some((pattern) => pattern.test(text)))
    expect(sharedPrefixes(['Lt', 'Lt\\.?\\s*Gen'])).toBe('Lt(?:\\.?\\s*Gen)?')
  })

  it('opens with a class of the first characters and matches wherever a source does', () => {
    const scan = scanSource(sources)
    expect(scan.startsWith('[')).toBe(true)
    const look = new RegExp(scan, 'u')
    for (const text of texts) if (sources.some((source) => new RegExp(source, 'u').test(text))) expect(look.test(text), text).toBe(true)
    // More, never less: “Crime Minister” is the rest of “Prime Minister” after a C.
    expect(new RegExp(scanSource(['Prime\\s+Minister', 'Chief'])).test('Crime Minister')).toBe(true)
    // A source that opens with a class stays as it is.
    expect(scanSource(['\\s+said', 'told'])).toBe('(?:\\s+said|told)')
  })

  it('finds a small letter run into a capital, in any script, as the Unicode pattern does', () => {
    for (const text of ['UsBrowseBack', 'McCain', 'the DoD said', 'éA', 'aÉ', 'καλήΜέρα', 'no glue here', 'ALL CAPS', 'ß', '', 'a', 'Ünited', 'Σ𝐀', '𝐚𝐀', 'a𝐀', 'µA', 'the navy’s “New” ship', 'é’A', 'é—Éa', 'Ωω'])
      expect(smallIntoCapital(text), text).toBe(/\p{Ll}\p{Lu}/u.test(text))
  })
})
