// npm run build:initial-sounds: the words whose first sound is not the one
// their first letter gives, from the CMU Pronouncing Dictionary (the npm
// package cmu-pronouncing-dictionary, a devDependency), into
// rules/real-word/initial-sounds.yaml, which `real-word` reads to judge “a”
// and “an” (rules/real-word/a-or-an.ts). Three lists:
// - consonant: words with a vowel letter first and a consonant sound
//   (“unique”, “one”, “European”);
// - vowel: words with a consonant letter first and a vowel sound (“hour”,
//   “honest”);
// - either: words the dictionary says both ways (“herb”), never judged.
// Only words of small letters, two letters or more: an acronym in capitals is
// not looked up. The output is sorted, so a rebuild from the same package
// gives the same file.
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {dictionary} from 'cmu-pronouncing-dictionary'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const target = path.join(root, 'rules', 'real-word', 'initial-sounds.yaml')
const vowelPhones = new Set(['AA', 'AE', 'AH', 'AO', 'AW', 'AY', 'EH', 'ER', 'EY', 'IH', 'IY', 'OW', 'OY', 'UH', 'UW'])

/** Each word's first sounds, over all its pronunciations (“herb(2)” is the second of “herb”). */
const sounds = new Map()
for (const [entry, phones] of Object.entries(dictionary)) {
  const word = entry.replace(/\(\d+\)$/, '')
  if (!/^[a-z]{2,}$/.test(word)) continue
  const first = phones.split(' ')[0].replace(/\d$/, '')
  const kind = vowelPhones.has(first) ? 'vowel' : 'consonant'
  sounds.set(word, (sounds.get(word) ?? new Set()).add(kind))
}

const lists = {consonant: [], vowel: [], either: []}
for (const [word, kinds] of sounds) {
  if (kinds.size > 1) lists.either.push(word)
  else {
    const [kind] = kinds
    if (kind !== (/^[aeiou]/.test(word) ? 'vowel' : 'consonant')) lists[kind].push(word)
  }
}

// A word the dictionary says both ways says its derived forms both ways too, whatever it lists for them
// (“herb” either way, “herbs” and “herbaceous” only with a vowel): such forms go to either.
const either = new Set(lists.either)
for (const kind of ['consonant', 'vowel']) {
  lists[kind] = lists[kind].filter((word) => {
    let derived = false
    for (let end = 4; end < word.length && !derived; end++) derived = either.has(word.slice(0, end))
    if (derived) lists.either.push(word)
    return !derived
  })
}

const block = (name, words) => `${name}:\n${words.sort().map((word) => `  - ${word}\n`).join('')}`
writeFileSync(
  target,
  `# Words whose first sound is not the one their first letter gives, from the CMU Pronouncing
# Dictionary (Carnegie Mellon University; see corpus/SOURCES.md), written by
# \`npm run build:initial-sounds\` (scripts/build-initial-sounds.js): edit that, not this file.
# consonant: a vowel letter, a consonant sound (“a unique”); vowel: a consonant letter, a vowel
# sound (“an hour”); either: said both ways (“herb”), never judged.
${block('consonant', lists.consonant)}${block('vowel', lists.vowel)}${block('either', lists.either)}`
)
console.log(`wrote ${lists.consonant.length} words with a consonant sound, ${lists.vowel.length} with a vowel sound and ${lists.either.length} said both ways to ${path.relative(process.cwd(), target)}`)
