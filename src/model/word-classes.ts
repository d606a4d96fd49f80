import {readFileSync} from 'node:fs'
import path from 'node:path'
import {packageRoot} from '../paths.js'
import {builtCopy, readWordList, sha1} from '../text/data-files.js'
import {memoise} from '../text/memo.js'
import {sentenceEnd, sentenceStart, type LanguageModel} from './model.js'
import {loadModel} from './load.js'
import {defaultModelFile} from './files.js'
import {forEachWordAfter, forEachWordBefore} from './pair-index.js'

/** Each word's commonest part of speech in the Brown Corpus, rebuilt by `npm run build:model`. */
export const wordClassesFile = path.join(packageRoot, 'model', 'word-classes.txt')

/**
 * The build's copy of the classes for the default model
 * (scripts/compile-word-classes.js): each model word's class by id, the
 * table's few words the model lacks, and the class shares of all the
 * model's pairs. Reading it costs a process a few milliseconds, where
 * working it out from the table and the pairs costs about fifty.
 */
export const compiledWordClassesFile = path.join(packageRoot, 'dist', 'data', 'word-classes.json')

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

/** A word's class by the table itself. */
function tableClass(word: string): number {
  const classes = wordClasses()
  return classes.of.get(word) ?? classes.names.length - 1
}

/** The compiled classes as the build writes them. */
export interface CompiledWordClasses {
  names: string[]
  /** Each model word's class, by word id, in base64. */
  byId: string
  /** Words of the table the model lacks, with their classes. */
  extras: Array<[string, number]>
  overall: {before: number[]; after: number[]; beforeTotal: number; afterTotal: number}
}

/** The classes of the default model's words, worked out from the table and the pairs: what the build writes, with the hash of its sources. */
export function compileWordClasses(model: LanguageModel): {sha1: string; data: CompiledWordClasses} {
  const byId = Uint8Array.from(model.words, tableClass)
  const extras = [...wordClasses().of].filter(([word]) => !model.ids.has(word))
  const overall = overallProfile(model, byId, wordClasses().names.length)
  return {
    sha1: sourcesHash(model),
    data: {
      names: wordClasses().names,
      byId: Buffer.from(byId).toString('base64'),
      extras,
      overall: {before: [...overall.before], after: [...overall.after], beforeTotal: overall.beforeTotal, afterTotal: overall.afterTotal}
    }
  }
}

/** The files the classes are made from: the default model and the class table. */
export const wordClassSources = [defaultModelFile, wordClassesFile]

/** What the classes are made from: the model (its checksum) and the class table. */
const sourcesHash = (model: LanguageModel) => sha1(model.header.sha1 ?? '', readFileSync(wordClassesFile))

interface FastClasses {
  model: LanguageModel
  names: string[]
  byId: Uint8Array
  extras: Map<string, number>
  overall: ClassProfile
}

let fast: FastClasses | null | undefined

/** The build's classes, when the default model and the table are the ones they were made from. */
function compiledClasses(): FastClasses | undefined {
  if (fast === undefined) {
    const model = loadModel(defaultModelFile)
    const compiled = builtCopy<CompiledWordClasses>(compiledWordClassesFile, wordClassSources, () => sourcesHash(model))
    fast = compiled
      ? {
          model,
          names: compiled.names,
          byId: new Uint8Array(Buffer.from(compiled.byId, 'base64')),
          extras: new Map(compiled.extras),
          overall: {...compiled.overall, before: Float64Array.from(compiled.overall.before), after: Float64Array.from(compiled.overall.after)}
        }
      : null
  }
  return fast ?? undefined
}

/** The class index of a model word. */
export function wordClass(word: string): number {
  const compiled = compiledClasses()
  if (!compiled) return tableClass(word)
  const id = compiled.model.ids.get(word)
  return id === undefined ? (compiled.extras.get(word) ?? compiled.names.length - 1) : compiled.byId[id]
}

/** The names of the classes, by index: the build's, or the table's. */
const classNames = () => compiledClasses()?.names ?? wordClasses().names

/**
 * The name of a word's class: “noun”, “past”, “verb-s”… (“unknown” for words the table lacks). Kept for
 * the words met lately: a text says its words again and again, and the model's map of every word is large
 * enough that each look in it waits on memory, several times as long as one in a map of a few thousand.
 */
export function wordClassName(word: string): string {
  let name = classNamesMet.get(word)
  if (name === undefined) {
    name = classNames()[wordClass(word)]
    if (classNamesMet.size >= 20_000) classNamesMet.clear()
    classNamesMet.set(word, name)
  }
  return name
}
const classNamesMet = new Map<string, string>()

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
  const classes = classesById(model)
  if (word === '') {
    const compiled = compiledClasses()
    return compiled?.model === model ? compiled.overall : overallProfile(model, classes, classNames().length)
  }
  const size = classNames().length
  const profile = {before: new Float64Array(size), after: new Float64Array(size), beforeTotal: 0, afterTotal: 0}
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

/** Every pair of the model (millions), by the classes of its words: typed arrays and integer arithmetic only. */
function overallProfile(model: LanguageModel, classes: Uint8Array, size: number): ClassProfile {
  const profile = {before: new Float64Array(size), after: new Float64Array(size), beforeTotal: 0, afterTotal: 0}
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

/** The class of each of a model's words, by word id: looked up once per model, not once per pair (the build's copy for the default model). */
const classTables = new WeakMap<LanguageModel, Uint8Array>()
function classesById(model: LanguageModel): Uint8Array {
  const compiled = compiledClasses()
  if (compiled?.model === model) return compiled.byId
  let table = classTables.get(model)
  if (!table) {
    table = Uint8Array.from(model.words, (word) => wordClass(word))
    classTables.set(model, table)
  }
  return table
}

/**
 * The share of a word's pairs in the model whose next word is of one of the
 * given classes: how often it stands before a verb or a preposition, as a
 * noun does and an adjective seldom does (“the principal had”, a noun; “the
 * personal had”, never).
 */
export function followerShare(model: LanguageModel, word: string, names: ReadonlySet<string>): number {
  const own = classProfile(model, word)
  if (own.afterTotal === 0) return 0
  let count = 0
  classNames().forEach((name, kind) => {
    if (names.has(name)) count += own.after[kind]
  })
  return count / own.afterTotal
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
