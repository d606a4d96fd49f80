// Part of npm run build: expand each Hunspell dictionary copydesk ships
// (dictionary-en, -en-gb, -en-au) into the list of every word form it
// accepts, with its compound rules and replacement table, in
// dist/data/hunspell/<dialect>.json. Building the dictionary from its affix
// rules takes nspell about 250 ms per process; reading the expanded forms
// takes a tenth of that. The file records the hash of the affix and word
// files it came from, and copydesk builds the dictionary the slow way if the
// installed package ever differs.
import {createHash} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import nspell from 'nspell'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const packages = {'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb', 'en-AU': 'dictionary-en-au'}

for (const [dialect, name] of Object.entries(packages)) {
  const {default: dictionary} = await import(name)
  const speller = nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)})
  const {flags, data} = speller
  const has = (codes, flag) => flag !== undefined && flag !== false && codes.includes(flag)
  const words = []
  const noSuggest = []
  const keepCase = []
  const forbidden = []
  for (const [word, codes] of Object.entries(data)) {
    if (has(codes, flags.ONLYINCOMPOUND)) continue
    if (has(codes, flags.FORBIDDENWORD)) forbidden.push(word)
    else words.push(word)
    if (has(codes, flags.NOSUGGEST)) noSuggest.push(word)
    if (has(codes, flags.KEEPCASE)) keepCase.push(word)
  }
  const compiled = {
    source: name,
    sha1: hunspellHash(dictionary),
    words,
    noSuggest,
    keepCase,
    forbidden,
    compoundMin: flags.COMPOUNDMIN ?? 3,
    compoundRules: speller.compoundRules.map((rule) => rule.source),
    conversion: speller.conversion.in.map(([pattern, replacement]) => [pattern.source, replacement]),
    replacements: speller.replacementTable ?? []
  }
  const target = path.join(root, 'dist', 'data', 'hunspell', `${dialect}.json`)
  mkdirSync(path.dirname(target), {recursive: true})
  writeFileSync(target, JSON.stringify(compiled))
}
console.log(`expanded ${Object.keys(packages).length} Hunspell dictionaries into dist/data/hunspell/`)

/** The same hash src/language/dictionary.ts computes of the installed package. */
function hunspellHash(dictionary) {
  return createHash('sha1').update(dictionary.aff).update(dictionary.dic).digest('hex')
}
