// npm run build:confusables: trains model/confusables.bin, one logistic
// classifier for each pair of words in rules/real-word/confusables.yaml
// ("where"/"were"), for the real-word rule's confusable-word check.
//
// Every place either word of a pair stands in the newsroom model's training
// text (scripts/model-sources.js: the held-out tenth and the real-copy sets
// are never read) is an example of the word meant there; the classifier
// learns, from the words and word classes around the place
// (confusableFeatures in src/model/confusables.ts), the log-odds of the
// pair's first word. Stochastic gradient descent with per-feature step sizes
// (AdaGrad) and a little L2 shrinkage, five passes in a seeded order; only
// features seen twice or more are kept, as 32-bit hashes with weights in
// thousandths. Deterministic: the same text gives the same bytes.
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {confusableFeatures, confusableTokens, featureHash, weightScale} from '../dist/src/model/confusables.js'
import {align} from '../dist/src/model/shared-bytes.js'
import {readYamlData} from '../dist/src/text/data-files.js'
import {trainingDocuments} from './model-sources.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const pairsFile = path.join(root, 'rules', 'real-word', 'confusables.yaml')
const outputFile = path.join(root, 'model', 'confusables.bin')
const passes = 5
const stepSize = 0.2
const shrinkage = 1e-4
const minimumCount = 2
/**
 * How often each word of a pair must stand in the training text for its
 * classifier to be kept: with fewer places, the rarer word's weights are
 * little more than its rarity, and it would be flagged wherever it stands.
 */
const minimumExamples = 20

// The pairs, each once, in the order the file first names them.
const {slips} = readYamlData(pairsFile)
const pairs = []
const seen = new Set()
for (const [written, meant] of Object.entries(slips)) {
  for (const other of meant) {
    const key = [written, other].sort().join('\n')
    if (seen.has(key)) continue
    seen.add(key)
    pairs.push([written, other])
  }
}
const pairsOf = new Map()
pairs.forEach((pair, index) => {
  for (const word of pair) pairsOf.set(word, [...(pairsOf.get(word) ?? []), index])
})

// Examples: for each pair, the label (1: the pair's first word) and the hashes of the place's features.
const examples = pairs.map(() => [])
let words = 0
for (const {text} of trainingDocuments()) {
  for (const line of text.split('\n')) {
    const {tokens} = confusableTokens(line)
    words += tokens.length
    tokens.forEach((token, index) => {
      const held = pairsOf.get(token)
      if (!held) return
      const hashes = Uint32Array.from(confusableFeatures(tokens, index), featureHash)
      for (const pair of held) examples[pair].push({label: pairs[pair][0] === token ? 1 : 0, hashes})
    })
  }
}

const tables = pairs
  .map((pair, index) => {
    const firsts = examples[index].filter(({label}) => label === 1).length
    const counts = `${firsts}/${examples[index].length - firsts} examples`
    if (Math.min(firsts, examples[index].length - firsts) < minimumExamples) {
      console.log(`  ${pair.join('/')}: left out, ${counts} (fewer than ${minimumExamples} of one word)`)
      return undefined
    }
    const table = train(pair, examples[index])
    console.log(`  ${pair.join('/')}: ${counts}, ${table.hashes.length} features`)
    return table
  })
  .filter((table) => table !== undefined)
const header = Buffer.from(JSON.stringify({version: 1, sources: 'the newsroom model’s training text (scripts/model-sources.js)', pairs: tables.map(({words, hashes}) => ({words, size: hashes.length}))}))
let size = align(8 + header.length)
for (const {hashes} of tables) size = align(align(size + 4 * hashes.length) + 2 * hashes.length)
const bytes = Buffer.alloc(size)
bytes.write('CDC1', 0, 'latin1')
bytes.writeUInt32LE(header.length, 4)
header.copy(bytes, 8)
let offset = align(8 + header.length)
for (const {hashes, weights} of tables) {
  Buffer.from(hashes.buffer).copy(bytes, offset)
  offset = align(offset + 4 * hashes.length)
  Buffer.from(weights.buffer).copy(bytes, offset)
  offset = align(offset + 2 * weights.length)
}
writeFileSync(outputFile, bytes)
console.log(`trained ${tables.length} confusable pairs on ${words} words into ${path.relative(root, outputFile)} (${(size / 1048576).toFixed(1)} MB)`)

function train(words, list) {
  const counts = new Map()
  for (const {hashes} of list) for (const hash of hashes) counts.set(hash, (counts.get(hash) ?? 0) + 1)
  const weights = new Map()
  const squares = new Map()
  let seed = 2026
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const order = list.map((example) => ({...example, hashes: example.hashes.filter((hash) => counts.get(hash) >= minimumCount)}))
  for (let pass = 0; pass < passes; pass++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[order[index], order[other]] = [order[other], order[index]]
    }
    for (const {label, hashes} of order) {
      let score = 0
      for (const hash of hashes) score += weights.get(hash) ?? 0
      const gradient = 1 / (1 + Math.exp(-score)) - label
      for (const hash of hashes) {
        const square = (squares.get(hash) ?? 0) + gradient * gradient
        squares.set(hash, square)
        const weight = weights.get(hash) ?? 0
        weights.set(hash, weight - (stepSize / Math.sqrt(square + 1e-8)) * (gradient + shrinkage * weight))
      }
    }
  }
  const kept = [...weights]
    .map(([hash, weight]) => [hash, Math.max(-32767, Math.min(32767, Math.round(weight * weightScale)))])
    .filter(([, weight]) => weight !== 0)
    .sort((a, b) => a[0] - b[0])
  return {words, hashes: Uint32Array.from(kept, ([hash]) => hash), weights: Int16Array.from(kept, ([, weight]) => weight)}
}
