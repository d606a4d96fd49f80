// npm run build:line-words: trains model/line-words.bin, the logistic
// classifier that tells a web page's line from a story's by the words it
// uses (src/article/line-words.ts), for the lines the furniture detector's
// trees do not judge: a sentence with nothing of the web's marks in it (a
// photo's caption, another story's summary) and a line too long for them.
//
// Only the tuning half of the real-copy sets is read. The page's lines: the
// furniture lines real-copy.js lists (scripts/eval-data/ and the defect
// sets' quotes). The story's: every line of the clean articles below the
// headline, the story lines the defect sets quote because they look like
// furniture, the prose they quote from the same pages (around a furniture
// line, or holding a slip), and the lines of the public-domain presidential speeches and
// press conferences since 1940 in ../shared/data (their tuning half; every
// fourth line, as the trees' trainer reads them), whose lines speak to an
// audience as notices speak to a reader. The test half is never read: `npm
// run eval:real` reports on it.
//
// Per-feature step sizes (AdaGrad) and a little shrinkage, six passes in a
// seeded order, the page's lines weighed as much as the story's in all;
// features seen in fewer than two lines are dropped. The threshold is set on
// held-out folds, as the trees' is: five folds, each scored by a classifier
// trained on the other four, and the threshold a margin above the lowest
// score that keeps the folds' flags on story lines within
// `allowedFalseFlags` per 1,000 words. Deterministic: the same sets give the
// same bytes.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {paragraphTexts} from '../dist/src/parse/paragraphs.js'
import {paragraphRoles} from '../dist/src/article/roles.js'
import {lineWordFeatures} from '../dist/src/article/line-words.js'
import {featureHash} from '../dist/src/model/confusables.js'
import {align} from '../dist/src/model/shared-bytes.js'
import {cleanArticles, furnitureTrainingLines, halfOf, naturalDefects, wordCount} from './real-copy.js'
import {speechFolder} from './model-sources.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const outputFile = path.join(root, 'model', 'line-words.bin')
/** Passes over the lines, AdaGrad's step size, the shrinkage, and the fewest lines a feature must be seen in. */
const learning = {passes: 6, stepSize: 0.3, shrinkage: 1e-4, minimumLines: 2}
const folds = 5
/** Story lines flagged per 1,000 words of the story's text the threshold allows on the held-out folds. */
const allowedFalseFlags = 0.02
/** Log-odds added to the threshold the folds give. */
const margin = 1

const page = furnitureTrainingLines()
const speeches = existsSync(speechFolder)
  ? readdirSync(speechFolder)
      .filter((name) => name.endsWith('.txt') && name >= '1940' && halfOf(name) === 'tune')
      .sort()
      .flatMap((name) => paragraphTexts(readFileSync(path.join(speechFolder, name), 'utf8')).filter((line, index) => index % 4 === 0 && wordCount(line) >= 3))
  : []
// And the prose the defect sets quote from the same pages (around a furniture line, or holding a
// slip): a line of eight words or more that ends a sentence and holds no furniture. A page's related
// headlines share its subject's words ("ceasefire", "LoC"); its own sentences teach that those words
// are no furniture.
const tuneDefects = naturalDefects('tune')
const furnitureCatches = tuneDefects.filter((defect) => defect.rule === 'boilerplate' || defect.rule === 'off-topic').map((defect) => defect.catch.trim())
// Only what the roles, without the learned models, leave to the story as prose: a quote's other lines
// are sometimes the page's too ("Image courtesy of …"), or in another script.
const storyProse = (text) => {
  const lines = paragraphTexts(text)
  const roles = paragraphRoles(lines, [], undefined, {learned: false})
  return lines.filter((_, index) => roles[index].role === 'body')
}
const quotedProse = [
  ...new Set(
    tuneDefects
      .flatMap((defect) => storyProse(defect.text))
      .map((line) => line.trim())
      .filter((line) => wordCount(line) >= 8 && /[.!?]["”’)]?$/u.test(line) && !furnitureCatches.some((catchText) => line.includes(catchText)))
  )
].sort()
const story = [
  ...cleanArticles('tune').flatMap(({text}) => paragraphTexts(text).slice(1)),
  ...tuneDefects.filter((defect) => defect.kind === 'lookalike').map((defect) => defect.catch.trim()),
  ...quotedProse,
  ...speeches
]
const storyWords = story.reduce((sum, line) => sum + wordCount(line), 0)
console.log(`${page.length} lines of web pages, ${story.length} lines of stories (${storyWords} words)`)

// Each line once, as its features' hashes; the fold follows the line's hash, so a line
// two sets share falls in one fold.
const examples = [...page.map((line) => ({line, label: 1})), ...story.map((line) => ({line, label: 0}))].map((example) => ({
  ...example,
  hashes: Uint32Array.from(lineWordFeatures(example.line), featureHash),
  fold: featureHash(example.line) % folds
}))
const pageWeight = story.length / page.length

let seed = 2026
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)

/** Weights by hash, trained on `set`; features seen in fewer than `learning.minimumLines` lines are left out. */
function train(set) {
  const seen = new Map()
  for (const {hashes} of set) for (const hash of hashes) seen.set(hash, (seen.get(hash) ?? 0) + 1)
  const weights = new Map()
  const squares = new Map()
  for (let pass = 0; pass < learning.passes; pass++) {
    const order = set.map((_, index) => index)
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[order[index], order[other]] = [order[other], order[index]]
    }
    for (const at of order) {
      const {hashes, label} = set[at]
      let score = 0
      for (const hash of hashes) score += weights.get(hash) ?? 0
      const gradient = (1 / (1 + Math.exp(-score)) - label) * (label === 1 ? pageWeight : 1)
      for (const hash of hashes) {
        if (seen.get(hash) < learning.minimumLines) continue
        const weight = weights.get(hash) ?? 0
        const step = gradient + learning.shrinkage * weight
        const square = (squares.get(hash) ?? 1e-6) + step * step
        squares.set(hash, square)
        weights.set(hash, weight - (learning.stepSize * step) / Math.sqrt(square))
      }
    }
  }
  return weights
}

const scoreWith = (weights, hashes) => hashes.reduce((sum, hash) => sum + (weights.get(hash) ?? 0), 0)

const heldOut = []
for (let fold = 0; fold < folds; fold++) {
  const weights = train(examples.filter((example) => example.fold !== fold))
  for (const example of examples.filter((item) => item.fold === fold)) heldOut.push({label: example.label, line: example.line, score: scoreWith(weights, example.hashes)})
}
const allowed = Math.floor((allowedFalseFlags * storyWords) / 1000)
const storyScores = heldOut.filter((item) => item.label === 0).sort((a, b) => b.score - a.score)
const threshold = storyScores[allowed].score + margin
const caught = heldOut.filter((item) => item.label === 1 && item.score >= threshold).length
console.log(`held-out folds: threshold ${threshold.toFixed(2)}; story lines flagged ${storyScores.filter((item) => item.score >= threshold).length} of ${storyScores.length}; page lines caught ${caught} of ${page.length}`)
if (process.env.SHOW_SCORES) for (const item of storyScores.slice(0, Number(process.env.SHOW_SCORES))) console.log(item.score.toFixed(2), item.line.slice(0, 100))

// Weights in thousandths, as 16-bit integers; a feature whose weight rounds to nothing is left out.
const weights = [...train(examples)].map(([hash, weight]) => [hash, Math.max(-32767, Math.min(32767, Math.round(weight * 1000)))]).filter(([, weight]) => weight !== 0).sort((a, b) => a[0] - b[0])
const header = Buffer.from(JSON.stringify({version: 1, features: weights.length, threshold: Number(threshold.toFixed(3)), sources: 'the tuning half of the real-copy sets and of the speeches since 1940 (scripts/train-line-words.js)'}))
const hashesAt = align(8 + header.length)
const weightsAt = align(hashesAt + 4 * weights.length)
const bytes = Buffer.alloc(align(weightsAt + 2 * weights.length))
bytes.write('CDL1', 0, 'latin1')
bytes.writeUInt32LE(header.length, 4)
header.copy(bytes, 8)
Buffer.from(Uint32Array.from(weights, ([hash]) => hash).buffer).copy(bytes, hashesAt)
Buffer.from(Int16Array.from(weights, ([, weight]) => weight).buffer).copy(bytes, weightsAt)
writeFileSync(outputFile, bytes)
console.log(`wrote ${path.relative(root, outputFile)}: ${weights.length} features (${(bytes.length / 1024).toFixed(0)} KB)`)
