// What each rule costs on text the process has not seen: warmed on the tuning half of the real-copy
// clean set, each rule checks the test half once, in chunks, on annotations made afresh, so what the
// annotations work out on first need (an article's people, its vocabulary) is worked out inside the
// rule that asks. Median and 95th percentile over the chunks: articles that name many people, or
// many rare words, cost some rules several times the median. The young objects the annotations of a
// chunk leave are collected before its clock starts (run with node --expose-gc): copying them out of
// the nursery is the annotations' cost, and it fell into whichever rule's chunk the collector chose;
// what a rule allocates is still collected on its clock.
//
// With `whole`, instead: the whole default rule set through \`lint\`, parsing and annotations
// included, on the same chunks after the tuning half (the figure the performance issue's warm target
// reads), and the peer beside it. In a process of its own: after the per-rule runs every rule would
// have met the test half's words once, and what it remembers of them would pass for speed.
//
// Part of npm run bench, which runs each in three fresh processes (each sees the text once) and takes
// the median of each figure; `node --expose-gc scripts/bench-unseen.js [whole]` prints one run as JSON.
import {VFile} from 'vfile'
import {allRules, lint} from '../dist/src/index.js'
import {parsePlainText} from '../dist/src/parse/plain-text.js'
import {annotate} from '../dist/src/article/plugin.js'
import {cleanArticles} from './real-copy.js'
import {lintPeer} from './bench-peer.js'

export const chunkCount = 8

const words = (text) => text.split(/\s+/).filter(Boolean).length
const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]

/** The tuning half's texts, and the test half's in `chunkCount` chunks. */
function unseenChunks() {
  const [tuneTexts, testTexts] = ['tune', 'test'].map((half) => cleanArticles(half).map(({text}) => text))
  const chunks = Array.from({length: chunkCount}, (_, index) => testTexts.filter((_, article) => article % chunkCount === index))
  return {tuneTexts, chunks, articles: testTexts.length}
}

/** Each rule's median and 95th-percentile cost over the chunks, ms per 1,000 words, by rule id. */
export async function unseenCosts() {
  const settings = {dialect: 'en-GB', words: new Set(), officialNames: []}
  const {tuneTexts, chunks, articles} = unseenChunks()
  const freshlyAnnotated = (texts) =>
    texts.map((text) => {
      const file = new VFile(text)
      const tree = parsePlainText(text)
      file.data.article = annotate(tree, text)
      return {tree, file}
    })
  const costs = {}
  // The rules as they run by default, and real-word without its one-edit check (what the check costs).
  const runs = [...allRules.map((rule) => [rule.meta.id, rule, {}]), ['real-word without oneEdit', allRules.find((rule) => rule.meta.id === 'real-word'), {oneEdit: false}]]
  for (const [id, rule, options] of runs) {
    const transform = rule({severity: 'warning', settings, options, resource: await rule.load(settings)})
    for (const {tree, file} of freshlyAnnotated(tuneTexts)) transform(tree, file)
    const samples = []
    for (const chunk of chunks) {
      const prepared = freshlyAnnotated(chunk)
      const chunkWords = chunk.reduce((sum, text) => sum + words(text), 0)
      globalThis.gc?.({type: 'minor'})
      const start = performance.now()
      for (const {tree, file} of prepared) transform(tree, file)
      samples.push(((performance.now() - start) / chunkWords) * 1000)
    }
    costs[id] = {median: percentile(samples, 0.5), p95: percentile(samples, 0.95)}
  }
  return {costs, articles}
}

/** The whole default set as an editor runs it, parsing and annotations included, and the peer beside it: each chunk's articles linted afresh, after the tuning half. */
export async function unseenWhole() {
  const {tuneTexts, chunks, articles} = unseenChunks()
  const wholeCost = async (check) => {
    for (const text of tuneTexts) await check(text)
    const samples = []
    for (const chunk of chunks) {
      const chunkWords = chunk.reduce((sum, text) => sum + words(text), 0)
      globalThis.gc?.({type: 'minor'})
      const start = performance.now()
      for (const text of chunk) await check(text)
      samples.push(((performance.now() - start) / chunkWords) * 1000)
    }
    return {median: percentile(samples, 0.5), p95: percentile(samples, 0.95)}
  }
  const whole = await wholeCost((text) => lint(text, {dialect: 'en-GB'}))
  const peer = await wholeCost(lintPeer)
  return {whole, peer, articles}
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(process.argv[2] === 'whole' ? await unseenWhole() : await unseenCosts()))
