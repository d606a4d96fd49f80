// npm run build:slip-detector: trains model/slip-detector.json, the trees
// that decide whether a word is a slip of the finger for a word one edit
// away ("at any tine" → "time"), for the real-word rule's one-edit check.
//
// The detector must see evidence as the shipped model would give it for text
// that model was not trained on, so the training documents are cut into five
// folds and each fold is read by a model built from the other four. In every
// sentence each word is an example of correct copy, and about one word in 10
// is replaced, one at a time, by a dictionary word one edit away (weighted
// down to the one-in-200 rate the evaluation uses) as an example of a slip.
// The held-out documents are never read here: thresholds are tuned and
// figures reported on them (npm run eval:real-word).
// Deterministic: the same packages give the same trees.
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildModel, countSentences} from '../dist/src/model/model.js'
import {modelSentences} from '../dist/src/model/tokenize.js'
import {sentenceContext} from '../dist/src/model/context.js'
import {oneEditWords} from '../dist/src/model/neighbours.js'
import {nearbyCounter, slipEvidenceNames, slipSuspect, wordPositions} from '../dist/src/model/slips.js'
import {loadSpeller} from '../dist/src/language/dictionary.js'
import {trainingDocuments} from './model-sources.js'
import {trainBoostedTrees} from './boosted-trees.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const folds = 5
const slipRate = 1 / 10
const evaluationRate = 1 / 200
const speller = await loadSpeller('en-GB')
const isWord = (word) => speller.correct(word)
let seed = 2026
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)

const documents = trainingDocuments().map((document) => modelSentences(document.text))
const examples = []
for (let fold = 0; fold < folds; fold++) {
  const model = buildModel(countSentences(documents.filter((_, index) => index % folds !== fold).flat()), ['fold'], {known: isWord})
  const held = documents.filter((_, index) => index % folds === fold)
  held.forEach((sentences, done) => {
    const positions = wordPositions(sentences.flat())
    let offset = 0
    for (const sentence of sentences) {
      for (let index = 0; index < sentence.length; index++) {
        const word = sentence[index]
        // The check judges dictionary words only (a word the dictionary lacks is the spelling rule's).
        if (!/^[a-z]{3,}$/.test(word) || !isWord(word)) continue
        const nearby = nearbyCounter(positions, offset + index)
        const clean = slipSuspect(model, word, sentenceContext(sentence, index), isWord, nearby)
        if (clean) examples.push({features: clean.evidence, label: 0, weight: 1})
        if (random() > slipRate) continue
        const slips = oneEditWords(word, isWord)
        if (slips.length === 0) continue
        const slipped = sentence.with(index, slips[Math.floor(random() * slips.length)])
        const slip = slipSuspect(model, slipped[index], sentenceContext(slipped, index), isWord, nearby)
        if (slip) examples.push({features: slip.evidence, label: 1, weight: evaluationRate / slipRate})
      }
      offset += sentence.length
    }
    process.stderr.write(`\r  fold ${fold + 1}/${folds}: ${done + 1}/${held.length} documents`)
  })
}
process.stderr.write('\n')
const slips = examples.filter((example) => example.label === 1).length
console.log(`${examples.length} examples: ${slips} slips, ${examples.length - slips} words as written`)

const {base, trees} = trainBoostedTrees(examples, {
  trees: 400,
  depth: 4,
  rate: 0.08,
  progress: (done, total) => done % 10 === 0 && process.stderr.write(`\r  training trees: ${done}/${total}`)
})
process.stderr.write('\n')
const out = path.join(root, 'model', 'slip-detector.json')
const detector = {
  about: 'Slip detector for the real-word rule (log-odds). Built by npm run build:slip-detector from the default model\'s training text; do not edit by hand.',
  evidence: slipEvidenceNames,
  base,
  trees
}
writeFileSync(out, JSON.stringify(detector) + '\n')
console.log(`wrote ${path.relative(process.cwd(), out)}: ${trees.length} trees`)
