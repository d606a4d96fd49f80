import path from 'node:path'
import {packageRoot} from '../paths.js'
import {readWordList} from '../text/data-files.js'
import {memoise} from '../text/memo.js'
import {sentenceEnd, sentenceStart, type LanguageModel} from './model.js'
import {forEachWordAfter, forEachWordBefore} from './pair-index.js'

/** Each word's commonest part of speech in the Brown Corpus, rebuilt by `npm run build:model`. */
export const wordClassesFile = path.join(packageRoot, 'model', 'word-classes.txt')

interface WordClasses {
  names: string[]
  of: Map<string, number>
}

let cached: WordClasses | undefined

/** The class table, read once per process; sentence start, end and words it lacks get classes of their own. */
function wordClasses(): WordClasses {
  if (!cached) {
    const names: string[] = []
    const of = new Map<string, number>()
    for (const line of readWordList(wordClassesFile)) {
      const [name, ...words] = line.split(' ')
      for (const word of words) of.set(word, names.length)
      names.push(name)
    }
    of.set(sentenceStart, names.push('start') - 1)
    of.set(sentenceEnd, names.push('end') - 1)
    names.push('unknown')
    cached = {names, of}
  }
  return cached
}

/** The class index of a model word. */
export function wordClass(word: string): number {
  const classes = wordClasses()
  return classes.of.get(word) ?? classes.names.length - 1
}

/** The name of a word's class: “noun”, “past”, “verb-s”… (“unknown” for words the table lacks). */
export function wordClassName(word: string): string {
  return wordClasses().names[wordClass(word)]
}

/** How often words of each class stand just before and just after a word, in the model's pairs. */
interface ClassProfile {
  before: Float64Array
  after: Float64Array
  /** Pairs on each side: the evidence behind the shares. */
  beforeTotal: number
  afterTotal: number
}

/**
 * `""` profiles every word together: the shares any word would have. Pairs
 * seen once are left out: one odd sentence says little about the company a
 * word keeps, and a rare word would otherwise take its class from it.
 */
const classProfile = memoise((model: LanguageModel, word: string): ClassProfile => {
  const size = wordClasses().names.length
  const classes = classesById(model)
  const profile = {before: new Float64Array(size), after: new Float64Array(size), beforeTotal: 0, afterTotal: 0}
  if (word === '') {
    // Every pair of the model (millions): typed arrays and integer arithmetic only.
    const {bigramKeys, bigramCounts} = model
    for (let pair = 0; pair < bigramKeys.length; pair++) {
      const count = bigramCounts[pair]
      if (count < minPairs) continue
      const key = bigramKeys[pair]
      profile.before[classes[key >>> 16]] += count
      profile.after[classes[key & 0xffff]] += count
      profile.beforeTotal += count
      profile.afterTotal += count
    }
    return profile
  }
  const id = model.ids.get(word)
  if (id === undefined) return profile
  forEachWordBefore(model, id, (other, count) => {
    if (count < minPairs) return
    profile.before[classes[other]] += count
    profile.beforeTotal += count
  })
  forEachWordAfter(model, id, (other, count) => {
    if (count < minPairs) return
    profile.after[classes[other]] += count
    profile.afterTotal += count
  })
  return profile
}, 5000)

/** The class of each of a model's words, by word id: looked up once per model, not once per pair. */
const classTables = new WeakMap<LanguageModel, Uint16Array>()
function classesById(model: LanguageModel): Uint16Array {
  let table = classTables.get(model)
  if (!table) {
    table = Uint16Array.from(model.words, (word) => wordClass(word))
    classTables.set(model, table)
  }
  return table
}

/** Pairs seen fewer times than this are not counted in a class profile. */
const minPairs = 2

/** Pseudo-pairs of the overall shares added to a word's own: a rarely seen word's profile stays near everyone's. */
const shrinkage = 10

/**
 * How well the classes of the words on either side fit a word, in nats:
 * log P(class before | word) + log P(class after | word). Tells a noun slot
 * from an adjective slot when the exact pair was never seen ("the principle
 * treaty": adjective "principal" is usual before a noun, "principle" is not).
 */
export function classFit(model: LanguageModel, word: string, previous: string, next: string): number {
  const own = classProfile(model, word)
  const all = classProfile(model, '')
  const share = (counts: Float64Array, total: number, overall: Float64Array, overallTotal: number, kind: number) =>
    Math.log((counts[kind] + (shrinkage * (overall[kind] + 1)) / (overallTotal + overall.length)) / (total + shrinkage))
  return (
    share(own.before, own.beforeTotal, all.before, all.beforeTotal, wordClass(previous)) +
    share(own.after, own.afterTotal, all.after, all.afterTotal, wordClass(next))
  )
}
