// A capitalised word no dictionary or model knows is taken for a name, and
// names are not checked against words. A well-known place misspelt is the
// exception an editor wants caught ("Kazahkstan", "Louisana"): places.txt
// lists the places (the World Factbook's countries, capitals, divisions and
// cities, and a desk's own), and the newsroom model says which are common.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {generalFrequencies} from '../../src/model/frequencies.js'
import type {LanguageModel} from '../../src/model/model.js'
import {packageRoot} from '../../src/paths.js'
import {doubleMoved, editDistance} from '../../src/text/edit-distance.js'
import {builtCopy, sha1} from '../../src/text/data-files.js'
import {memoise} from '../../src/text/memo.js'

/** What the build works out of places.txt (`npm run build` writes it to dist/data/places.json): plain data, as JSON keeps it. */
export interface PlaceIndex {
  /** The places of one word, and the words of longer names (“Nadu”, “Lanka”), by first letter and length. */
  words: Array<[string, string[]]>
  /** Names of two words or more by their letters run together (“tamilnadu”: Tamil Nadu). */
  joined: Array<[string, string]>
  /** The places of one word: a word of theirs is a place alone, whatever else it is (“Jersey”, “Chad”). */
  alone: string[]
  /** The words of the desk's own places (below the “# desk additions” line): well known to the desk, whatever the model has read. */
  desk: string[]
}

export interface Places {
  /** `PlaceIndex.words`: the places by their first letter and length (`bucket`). */
  words: Map<string, string[]>
  /**
   * A bucket's places each with its lower case (`placesIn`): a word is compared with scores of places,
   * and each lower-cased afresh cost more than the comparisons. Made when a bucket is first compared
   * with a word: all 3,900 places' at start cost every lint 3 ms, and an article asks of a few buckets.
   */
  lowered: Map<string, Array<[place: string, lower: string]>>
  joined: Map<string, string>
  alone: Set<string>
  desk: Set<string>
  /** Whether a word of a longer name is an everyday word (“West”, “Virgin”): then it is no place alone. Asked only of a near match. */
  isWord: (word: string) => boolean
  /** The newsroom model, which tells a name in use and a well-known place. */
  model: LanguageModel
}

export const compiledPlacesFile = path.join(packageRoot, 'dist', 'data', 'places.json')

/** The line of places.txt after which the desk's own places follow (scripts/build-places.js keeps them). */
const deskMarker = '# desk additions'

const bucket = (word: string, length: number) => `${word[0]}${length}`

/** Shorter place words are too often one letter from a name (“Oman” and “Omar”, “Iran” and “Irani”). */
const shortestPlaceWord = 5
/** Newsroom-model occurrences from which a place is well known: a name a letter from an obscure district is no slip for it. */
const wellKnown = 20

/** The index of the places of places.txt (its text). */
export function placeIndex(text: string): PlaceIndex {
  const words = new Map<string, string[]>()
  const joined: Array<[string, string]> = []
  const alone: string[] = []
  const desk: string[] = []
  let ours = false
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === deskMarker) ours = true
    const name = line.replace(/#.*$/, '').trim()
    if (!name) continue
    const parts = name.split(' ')
    if (parts.length > 1) joined.push([name.replace(/[ '-]/g, '').toLowerCase(), name])
    else alone.push(name)
    for (const part of parts) {
      if (part.length < shortestPlaceWord || !/^\p{Lu}\p{Ll}+$/u.test(part)) continue
      const key = bucket(part, part.length)
      const list = words.get(key) ?? []
      if (!list.includes(part)) list.push(part)
      words.set(key, list)
      if (ours) desk.push(part)
    }
  }
  return {words: [...words], joined, alone, desk}
}

/**
 * The places of `file`, from the build's index while the file is the one it
 * read (a desk's edit is read at run time); `isWord` tells the everyday words
 * of longer names (“West”, “Virgin”), which are no place alone.
 */
export function readPlaces(file: string, isWord: (word: string) => boolean, model: LanguageModel): Places {
  const text = () => readFileSync(file, 'utf8')
  const index = builtCopy<PlaceIndex>(compiledPlacesFile, [file], () => sha1(text())) ?? placeIndex(text())
  return {words: new Map(index.words), lowered: new Map(), joined: new Map(index.joined), alone: new Set(index.alone), desk: new Set(index.desk), isWord, model}
}

/** The places of a bucket with their lower case, kept (`Places.lowered`). */
function placesIn(places: Places, key: string): Array<[place: string, lower: string]> {
  let lowered = places.lowered.get(key)
  if (!lowered) {
    lowered = (places.words.get(key) ?? []).map((place) => [place, place.toLowerCase()])
    places.lowered.set(key, lowered)
  }
  return lowered
}

/**
 * The well-known place an unknown capitalised word misspells: with a letter
 * dropped or added inside it, not at its end, where a demonym or a name has
 * one (“Floridan”, “Louisa”, “future Vietnams”), two letters swapped (not
 * one typed for another: “Tejas” is no “Texas”) or the wrong letter doubled
 * (“Phillipines”), the same first letter and
 * no other place as near, when the newsroom model knows the place well or
 * the desk lists it; or a place of two words run together. Undefined for a
 * word the newsroom model or general English has seen, which is a name in
 * use (“Chiles”, “Walesa”).
 */
export function misspeltPlace(word: string, places: Places): string | undefined {
  if (word.length < shortestPlaceWord || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined
  return placeFor(places, word) || undefined
}

/** Whether a word is a place of places.txt, or a word of a longer place's name (“Burkina”). */
export function isPlaceWord(word: string, places: Places): boolean {
  return word.length >= 2 && placesIn(places, bucket(word, word.length)).some(([place]) => place === word)
}

/** Asked once per word and list: an archive repeats its names. '' for none. */
const placeFor = memoise((places: Places, word: string): string => {
  const {model} = places
  const lower = word.toLowerCase()
  if (model.count(lower) > 0) return ''
  const glued = places.joined.get(lower)
  if (glued) return generalFrequencies().has(lower) ? '' : glued
  let found = ''
  for (const length of [word.length - 1, word.length, word.length + 1]) {
    for (const [place, name] of placesIn(places, bucket(word, length))) {
      // The wrong letter doubled (“Phillipines”) is one slip, though two edits.
      if (!doubleMoved(lower, name)) {
        if (editDistance(name, lower, 1) !== 1) continue
        // Of the same length, one edit is a swap or a letter typed for another: only the swap. A letter dropped or
        // added at the end is a demonym's, a plural's or a name's way, not a slip's.
        if (name.length === lower.length ? [...name].filter((letter, index) => letter !== lower[index]).length !== 2 : name.at(-1) !== lower.at(-1)) continue
      }
      // The speller last, of a near place only: it is dearer than the comparisons, which pass over nearly every place.
      if (!places.alone.has(place) && places.isWord(name)) continue
      if (found && found !== place) return ''
      found = place
    }
  }
  // General English is asked last: most words are near no place, and its list need not be read for them.
  return found && (places.desk.has(found) || model.count(found.toLowerCase()) >= wellKnown) && !generalFrequencies().has(lower) ? found : ''
})
