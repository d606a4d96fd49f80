// npm run build:furniture-detector: trains model/furniture-detector.json, the
// trees that tell a line of the web page from a line of the story
// (src/article/furniture-detector.ts).
//
// Only the tuning half of the real-copy sets is read: the clean articles of
// that half give the story's own lines (crossheads, list items, datelines:
// lines that must stay), and the furniture lines of that half (furniture.txt,
// the training lines of furniture-train.txt and the tuning half of
// furniture-heldout.txt), each spliced between two paragraphs of a clean
// article as `npm run eval:real` splices them, give the page's. The test half
// is never read: `npm run eval:real` reports on it.
//
// The threshold is set on held-out folds: the articles and lines are cut
// into five folds, each scored by trees trained on the other four, and the
// threshold is a margin above the lowest score that keeps the folds' false
// flags on the story's own lines within `allowedFalseFlags` per 1,000 words. The shipped
// trees are then trained on everything. Deterministic: the same sets give
// the same trees. SHOW_SCORES=1 prints the folds' flags at a few thresholds
// and the best-scored lines (SHOW_SCORES=n: the n best, 400 unless n > 1): the story lines nearest the threshold are what
// a change of evidence should push down.
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {paragraphTexts} from '../dist/src/parse/paragraphs.js'
import {pageWebWords, paragraphRoles} from '../dist/src/article/roles.js'
import {crossheadCount, furnitureEvidence, furnitureEvidenceNames, judged, linesToJudge} from '../dist/src/article/furniture-detector.js'
import {endsSentence, wordCount} from '../dist/src/article/line-shape.js'
import {contentStemCounts} from '../dist/src/article/content-words.js'
import {treesScore} from '../dist/src/model/trees.js'
import {cleanArticles, furnitureTrainingLines, halfOf, naturalDefects, wholeLine} from './real-copy.js'
import {trainBoostedTrees} from './boosted-trees.js'
import {speechFolder} from './model-sources.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const folds = 5
/** Spoken lines of the speeches spliced into the articles as the story's. */
const spokenLines = 600
/** Each furniture line is spliced into this many articles. */
const splices = 3
/** False flags per 1,000 words of the story's own lines the threshold allows on the held-out folds. */
const allowedFalseFlags = 0.02
/** Log-odds added to the threshold the folds give. */
const margin = 0.5
/** The lowest threshold, whatever the folds give. */
const lowestThreshold = 3
let seed = 2026
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)

// The furniture lines (real-copy.js says which) and the story lines the defect sets quote from real
// pages (tuning half) because they look like furniture (a crosshead, a list item: `kind: lookalike`).
const furniture = furnitureTrainingLines()
const quoted = naturalDefects('tune').filter(wholeLine)
// Each with the lines quoted around it: spliced into another article alone, a story's crosshead reads
// as another story's headline, which is furniture.
const lookalikes = quoted
  .filter((defect) => defect.kind === 'lookalike')
  .map((defect) => {
    const lines = paragraphTexts(defect.text)
    return {lines, at: lines.findIndex((line) => line.trim() === defect.catch.trim())}
  })
const asArticle = (file, text) => ({file, words: wordCount(text), texts: paragraphTexts(text)})
const articles = cleanArticles('tune').map(({file, text}) => asArticle(file, text))
// Spoken copy too: the public-domain presidential speeches and press conferences since 1940 in
// ../shared/data (their tuning half), whose short lines speak to the audience (“Thank you very
// much.”) as a page's notices speak to the reader. Their lines are the story's; a defence story
// carries such lines in its quotes and transcripts.
const speeches = existsSync(speechFolder)
  ? readdirSync(speechFolder).filter((name) => name.endsWith('.txt') && name >= '1940' && halfOf(name) === 'tune').sort().map((name) => asArticle(name, readFileSync(path.join(speechFolder, name), 'utf8')))
  : []
const webWords = pageWebWords()

/** The lines of one article the detector would judge, as the roles without it leave them. */
function candidates(texts) {
  const stemCounts = contentStemCounts(texts)
  const counts = texts.map(wordCount)
  const found = paragraphRoles(texts, [], () => stemCounts, {learned: false})
  const crossheads = crossheadCount(texts, found, counts)
  const setting = {texts, found, counts, crossheads, stemCounts, webWords}
  return {judge: new Set(linesToJudge(texts, found, counts, crossheads, webWords)), evidence: (index) => furnitureEvidence(setting, index)}
}

const storyTexts = [...articles, ...speeches]
const examples = []
storyTexts.forEach((article, number) => {
  const {judge, evidence} = candidates(article.texts)
  for (const index of judge) {
    const features = evidence(index)
    if (judged(features)) examples.push({features, label: 0, weight: 1, fold: number % folds, line: article.texts[index]})
  }
})
/** Each line spliced between two paragraphs of a few articles, as `npm run eval:real` splices furniture: an example where the detector is asked. */
function spliceExamples(lines, label) {
  lines.forEach((line, number) => {
    // A line alone, or a block of lines and the index of the one to learn from.
    const {lines: block, at: within} = typeof line === 'string' ? {lines: [line], at: 0} : line
    for (let time = 0; time < splices; time++) {
      const article = articles[Math.floor(random() * articles.length)]
      const at = 2 + Math.floor(random() * Math.max(1, article.texts.length - 2))
      const texts = [...article.texts.slice(0, at), ...block, ...article.texts.slice(at)]
      const {judge, evidence} = candidates(texts)
      // A line the shapes and lists already place needs no trees.
      if (!judge.has(at + within)) continue
      const features = evidence(at + within)
      if (judged(features)) examples.push({features, label, weight: 1 / splices, fold: number % folds, line: block[within]})
    }
  })
}
// And spoken lines that speak to the audience (“We must keep that hope alive.”), spliced into the
// articles as a story quotes them in a paragraph of their own: the story's, though they address
// someone as a page's notices address the reader. Every few such lines of the speeches, in order.
const spoken = speeches.flatMap((speech) => speech.texts.filter((text) => wordCount(text) >= 4 && wordCount(text) <= 30 && endsSentence(text) && /\b(?:we|our|us|you|your)\b/i.test(text)))
const spokenStep = Math.max(1, Math.floor(spoken.length / spokenLines))
spliceExamples(furniture, 1)
spliceExamples(lookalikes, 0)
spliceExamples(spoken.filter((_, index) => index % spokenStep === 0).slice(0, spokenLines), 0)
const positives = examples.filter((example) => example.label === 1)
console.log(`${articles.length} articles and ${speeches.length} speeches, ${furniture.length} furniture lines: ${examples.length - positives.length} story lines and ${positives.length} spliced furniture lines left to the detector`)

const options = {trees: 200, depth: 4, rate: 0.1}
const heldOutScores = []
for (let fold = 0; fold < folds; fold++) {
  const {base, trees} = trainBoostedTrees(examples.filter((example) => example.fold !== fold), options)
  for (const example of examples.filter((item) => item.fold === fold)) heldOutScores.push({label: example.label, weight: example.weight, line: example.line, score: treesScore(example.features, {base, trees})})
  process.stderr.write(`\r  fold ${fold + 1}/${folds}`)
}
process.stderr.write('\n')
const words = storyTexts.reduce((sum, article) => sum + article.words, 0)
const allowed = Math.floor((allowedFalseFlags * words) / 1000)
const storyScores = heldOutScores.filter((item) => item.label === 0).sort((a, b) => b.score - a.score)
// A line spliced into several articles is one line of the story: each splice counts as its share.
let flaggedWeight = 0
const firstOverAllowed = storyScores.findIndex((item) => (flaggedWeight += item.weight) > allowed)
// Above the (allowed + 1)th highest score of a story line, by a margin: the folds hold a few hundred
// story lines, and copy they did not see has lines that score a little higher.
// And never below odds of about 20 to 1 (log-odds 3) in the trees' own terms: with few story lines
// left to judge, the folds alone would set it lower than a few dozen lines can vouch for.
const threshold = Math.max(lowestThreshold, (storyScores[firstOverAllowed]?.score ?? 0) + margin)
if (process.env.SHOW_SCORES) for (const cut of [1, 2, 2.5, 3, 3.5, 4, 4.5, 5]) console.log(`at ${cut}: story ${heldOutScores.filter((item) => item.label === 0 && item.score >= cut).length}, furniture ${heldOutScores.filter((item) => item.label === 1 && item.score >= cut).length}`)
if (process.env.SHOW_SCORES) for (const item of [...heldOutScores].sort((a, b) => b.score - a.score).slice(0, Number(process.env.SHOW_SCORES) > 1 ? Number(process.env.SHOW_SCORES) : 400)) console.log(item.label, item.score.toFixed(2), item.line.slice(0, 90))
const caught = heldOutScores.filter((item) => item.label === 1 && item.score >= threshold).length
console.log(`held-out folds: threshold ${threshold.toFixed(3)}; story lines flagged ${storyScores.filter((item) => item.score >= threshold).length} of ${storyScores.length} (${words} words); furniture lines caught ${caught}/${positives.length}`)

const {base, trees} = trainBoostedTrees(examples, options)
const out = path.join(root, 'model', 'furniture-detector.json')
const detector = {
  about: 'Furniture detector for the line roles (log-odds that a line is the web page’s). Built by npm run build:furniture-detector from the tuning half of the real-copy sets; do not edit by hand.',
  evidence: furnitureEvidenceNames,
  threshold: Number(threshold.toFixed(6)),
  base,
  trees
}
writeFileSync(out, JSON.stringify(detector) + '\n')
console.log(`wrote ${path.relative(process.cwd(), out)}: ${trees.length} trees`)
