import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadSpeller} from '../src/language/dictionary.js'
import {loadModel} from '../src/model/load.js'
import {packageRoot, ruleDataPath} from '../src/paths.js'
import {misspeltPlace, placeIndex, readPlaces} from '../rules/spelling/place-slips.js'
import {doubleMoved} from '../src/text/edit-distance.js'
import {describeMessage, lintWith} from './support/lint-helpers.js'

describe('a well-known place misspelt (rules/spelling/place-slips.ts)', async () => {
  const speller = await loadSpeller('en-US')
  const places = readPlaces(ruleDataPath('spelling', 'places.txt'), (word) => speller.correct(word), loadModel())

  // Presidential messages (public domain): “with Kazahkstan to eliminate” (1994), “the boundaries of
  // Louisana” (1805), “five Villages on the Tennesee River” (1792).
  it.each([
    ['Kazahkstan', 'Kazakhstan'],
    ['Louisana', 'Louisiana'],
    ['Tennesee', 'Tennessee']
  ])('reads %s as %s', (word, place) => {
    expect(misspeltPlace(word, places)).toBe(place)
  })

  // The wrong letter doubled, one slip though two letters changed (written for this test: the sets hold no
  // published instance of a place); two places with the same doubles are no slip of each other.
  it('reads a place with the wrong letter doubled', () => {
    expect(misspeltPlace('Phillipines', places)).toBe('Philippines')
    expect(doubleMoved('phillipines', 'philippines')).toBe(true)
    expect(doubleMoved('batallion', 'battalion')).toBe(true)
    expect(doubleMoved('battalion', 'battalion')).toBe(false)
    expect(doubleMoved('committed', 'commited')).toBe(false)
  })

  // “to prevent future Vietnams” (1969), “Lech Walesa” (1990: a name the models know, a letter from Wales),
  // General “Westy” Westmoreland (1966: West is a word of longer names, no place alone), “LCA Tejas”
  // (PIB: one letter from Texas typed for another, which names often are).
  // And “been killed by the Panaman police” (the 1909 annual message): a letter added at the end makes an adjective
  // or a demonym of a place.
  it.each(['Vietnams', 'Walesa', 'Westy', 'Tejas', 'Panaman'])('leaves %s alone', (word) => {
    expect(misspeltPlace(word, places)).toBeUndefined()
  })

  // A sentence of seed report 000 with a slip put in its first word: a capitalised word that opens a sentence and
  // reads like a misspelt English word (“Japna”: “Jane”, “Java”) gets the place as its fix, not the dictionary's words.
  it('offers the place for a sentence’s first word too', async () => {
    const messages = await lintWith('Japna’s commitment to counterterrorism extends beyond bilateral discussions.', ['spelling'])
    expect(messages.map(describeMessage)).toEqual(['1:1-1:6 "Japna" → "Japan"'])
    expect(messages[0].expected).toEqual(['Japan'])
  })

  it('reads the index the build made of the shipped list, and a desk’s own places at run time, well known to the desk', () => {
    const shipped = readFileSync(ruleDataPath('spelling', 'places.txt'), 'utf8')
    const index = placeIndex(shipped)
    expect(places.words).toEqual(new Map(index.words))
    // A bucket's places are kept with their lower case once a word has been compared with them, and only then.
    expect([...places.lowered.values()].flat().every(([place, lower]) => lower === place.toLowerCase())).toBe(true)
    const fresh = readPlaces(ruleDataPath('spelling', 'places.txt'), (word) => speller.correct(word), loadModel())
    expect(fresh.lowered.size).toBe(0)
    misspeltPlace('Japna', fresh)
    expect(fresh.lowered.size).toBeGreaterThan(0)
    expect(fresh.lowered.size).toBeLessThan(fresh.words.size)
    expect(places.joined).toEqual(new Map(index.joined))
    // “In addition, Lejuene sent 12 high-water vehicles …” (Task & Purpose): Camp Lejeune is no country's division or city.
    expect(misspeltPlace('Lejuene', places)).toBeUndefined()
    const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-places-'))
    const file = path.join(folder, 'places.txt')
    writeFileSync(file, `${shipped}Camp Lejeune\n`)
    const withDesk = readPlaces(file, (word) => speller.correct(word), loadModel())
    expect(misspeltPlace('Lejuene', withDesk)).toBe('Lejeune')
  })

  it.skipIf(!existsSync(path.join(packageRoot, '..', 'shared', 'data', 'factbook')))('is the list npm run build:places makes from the World Factbook', () => {
    const result = spawnSync(process.execPath, [path.join(packageRoot, 'scripts', 'build-places.js'), '--check'], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
