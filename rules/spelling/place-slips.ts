// A capitalised word no dictionary or model knows is taken for a name, and
// names are not checked against words. A well-known place misspelt is the
// exception an editor wants caught ("Kazahkstan", "Louisana"): places.txt
// lists the places (the World Factbook's countries, capitals, divisions and
// cities, and a desk's own), and the newsroom model says which are common.
import {generalFrequencies} from '../../src/model/frequencies.js'
import type {LanguageModel} from '../../src/model/model.js'
import {editDistance} from '../../src/text/edit-distance.js'
import {readWordList} from '../../src/text/data-files.js'
import {memoise} from '../../src/text/memo.js'

export interface Places {
  /** The places of one word, and the words of longer names no dictionary has (“Nadu”, “Lanka”), by first letter and length. */
  words: Map<string, string[]>
  /** Names of two words or more by their letters run together (“tamilnadu”: Tamil Nadu). */
  joined: Map<string, string>
  /** The newsroom model, which tells a name in use and a well-known place. */
  model: LanguageModel
}

const bucket = (word: string, length: number) => `${word[0]}${length}`

/** Shorter place words are too often one letter from a name (“Oman” and “Omar”, “Iran” and “Irani”). */
const shortestPlaceWord = 5
/** Newsroom-model occurrences from which a place is well known: a name a letter from an obscure district is no slip for it. */
const wellKnown = 20

/** The places of `file`; `isWord` tells the everyday words of longer names (“West”, “Virgin”), which are no place alone. */
export function readPlaces(file: string, isWord: (word: string) => boolean, model: LanguageModel): Places {
  const words = new Map<string, string[]>()
  const joined = new Map<string, string>()
  for (const name of readWordList(file)) {
    const parts = name.split(' ')
    if (parts.length > 1) joined.set(name.replace(/[ '-]/g, '').toLowerCase(), name)
    for (const part of parts) {
      if (part.length < shortestPlaceWord || !/^\p{Lu}\p{Ll}+$/u.test(part) || (parts.length > 1 && isWord(part.toLowerCase()))) continue
      const key = bucket(part, part.length)
      const list = words.get(key) ?? []
      if (!list.includes(part)) list.push(part)
      words.set(key, list)
    }
  }
  return {words, joined, model}
}

/**
 * The well-known place an unknown capitalised word misspells: a letter
 * dropped, added or two swapped (not one typed for another: “Tejas” is no
 * “Texas”), with the same first letter, and no other place as near; or a
 * place of two words run together. Undefined for a word the newsroom model
 * or general English has seen, which is a name in use (“Chiles”, “Walesa”),
 * and for a place's plural (“future Vietnams”).
 */
export function misspeltPlace(word: string, places: Places): string | undefined {
  if (word.length < shortestPlaceWord || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined
  return placeFor(places, word) || undefined
}

/** Asked once per word and list: an archive repeats its names. '' for none. */
const placeFor = memoise((places: Places, word: string): string => {
  const {model} = places
  const lower = word.toLowerCase()
  if (model.count(lower) > 0 || generalFrequencies().has(lower)) return ''
  const glued = places.joined.get(lower)
  if (glued) return glued
  let found = ''
  for (const length of [word.length - 1, word.length, word.length + 1]) {
    for (const place of places.words.get(bucket(word, length)) ?? []) {
      const name = place.toLowerCase()
      if (name + 's' === lower || editDistance(name, lower, 1) !== 1) continue
      // Of the same length, one edit is a swap or a letter typed for another: only the swap.
      if (name.length === lower.length && [...name].filter((letter, index) => letter !== lower[index]).length !== 2) continue
      if (found && found !== place) return ''
      found = place
    }
  }
  return found && model.count(found.toLowerCase()) >= wellKnown ? found : ''
})
