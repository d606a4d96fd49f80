import {generalFrequencies} from './frequencies.js'
import type {LanguageModel} from './model.js'
import {oneEditNeighbourIds, oneEditNeighbours} from './neighbours.js'
import {neighbourVariety} from './pair-index.js'
import {seenInPlace, type ModelContext} from './context.js'
import {slotIds, slotScorer, type PlaceIds} from './rank.js'
import {classFit} from './word-classes.js'

/**
 * The evidence on which the slip detector (`slip-detector.ts`) tells a slip
 * of the finger ("at any tine") from a word meant. It is computed here for
 * both the real-word rule and `scripts/train-slip-detector.js`, so the
 * detector is trained on exactly what it is later shown. The order is the
 * detector's: retrain it after any change.
 */
export const slipEvidenceNames = [
  'context gain',
  'model count lead',
  'general frequency lead',
  'written general frequency',
  'written model count',
  'word class lead',
  'written triple',
  'rival triple',
  'written pairs',
  'rival pair before',
  'rival pair after',
  'rival weaker pair',
  'written outer triples',
  'rival outer triples',
  'written length',
  'rivals',
  'previous word count',
  'next word count',
  'at sentence start',
  'at sentence end',
  'written pair before',
  'written pair after',
  'rival general frequency',
  'rival model count',
  'left variety lead',
  'right variety lead',
  'written left variety',
  'written right variety',
  'forward lead',
  'backward lead',
  'written word nearby',
  'rival nearby'
] as const

type SlipEvidenceName = (typeof slipEvidenceNames)[number]

/** Words either side within which a word's other uses count as nearby. */
export const nearbyWords = 50

/** Nats by which a rival must fit better before it is worth the detector's time (no slip has been found below). */
const minimumGain = 4

export interface SlipRival {
  /** The one-edit word that fits the context best. */
  rival: string
  /** How much better it fits, in nats. */
  gain: number
  /** How many one-edit words were weighed. */
  rivals: number
}

export interface SlipSuspect extends SlipRival {
  /** The evidence, in `slipEvidenceNames` order. */
  evidence: number[]
}

/**
 * The written word's best one-edit rival and the evidence for a slip, when a
 * rival fits the context at least `minimumGain` nats better (`slipRival`,
 * then `slipEvidence`). `isWord` keeps candidates to the dictionary's words;
 * `nearby` counts a word's other uses within `nearbyWords` either side (a
 * writer repeats the words meant, a slip is seldom repeated).
 */
export function slipSuspect(
  model: LanguageModel,
  written: string,
  context: ModelContext,
  isWord: (word: string) => boolean,
  nearby: (word: string) => number
): SlipSuspect | undefined {
  const slot = {...slotIds(model, context), word: model.id(written)}
  if (seenInPlace(model, slot)) return undefined
  const best = slipRival(model, written, slot, isWord)
  return best && {...best, evidence: slipEvidence(model, written, best, context, nearby)}
}

/**
 * The one-edit word that fits the context best, when it fits at least
 * `minimumGain` nats better than the written word. A word the model has seen
 * after the word before it and before the word after it (`seenInPlace`) is
 * taken as meant by the callers, before they ask: about half the words of
 * real copy, where about one slip in twelve lands so, and one in twenty of
 * those was caught (one-edit slips injected into held-out text). `slot` is
 * the place as the model's ids (an article's words, `placeIds`; a
 * sentence's, `slotIds`); `pairs`, the written word's pair counts with the
 * words either side, where the caller has looked them up.
 *
 * Only a word of the dictionary is a rival, and the dictionary is asked only of a neighbour that would
 * win (`minimumGain` passed, and the best so far beaten), then of all of them for the count of rivals
 * where one wins: most neighbours never are, and on text the process has not seen, asking of each new
 * neighbour cost more than weighing it.
 */
export function slipRival(model: LanguageModel, written: string, slot: PlaceIds, isWord: (word: string) => boolean, pairs?: {before: number; after: number}): SlipRival | undefined {
  const neighbours = slipNeighbours(model, written, slot.word)
  // A word with no neighbour has no rival: the context is not weighed for it.
  if (neighbours.length === 0) return undefined
  const dictionary = dictionaryAnswers(model, isWord)
  const fit = slotScorer(model, slot)
  const own = fit(slot.word, pairs?.before, pairs?.after)
  let best: {id: number; gain: number} | undefined
  for (let index = 0; index < neighbours.length; index++) {
    const gain = fit(neighbours[index]) - own
    if (gain > minimumGain && (!best || gain > best.gain) && inDictionary(model, dictionary, isWord, neighbours[index])) best = {id: neighbours[index], gain}
  }
  if (!best) return undefined
  let rivals = 0
  for (let index = 0; index < neighbours.length; index++) if (inDictionary(model, dictionary, isWord, neighbours[index])) rivals++
  return {rival: model.words[best.id], gain: best.gain, rivals}
}

/** The evidence the slip detector weighs for a written word and its best rival, in `slipEvidenceNames` order. */
export function slipEvidence(model: LanguageModel, written: string, {rival, gain, rivals}: SlipRival, context: ModelContext, nearby: (word: string) => number): number[] {
  const a = wordEvidence(model, written, context)
  const b = wordEvidence(model, rival, context)
  const log = Math.log1p
  // Named, so a value cannot drift from its name; the detector reads them in `slipEvidenceNames` order.
  const named: Record<SlipEvidenceName, number> = {
    'context gain': gain,
    'model count lead': b.count - a.count,
    'general frequency lead': b.general - a.general,
    'written general frequency': a.general,
    'written model count': a.count,
    'word class lead': b.classes - a.classes,
    'written triple': a.triple,
    'rival triple': b.triple,
    'written pairs': a.before + a.after,
    'rival pair before': b.before,
    'rival pair after': b.after,
    'rival weaker pair': Math.min(b.before, b.after),
    'written outer triples': a.outer,
    'rival outer triples': b.outer,
    'written length': written.length,
    rivals: Math.log(rivals),
    'previous word count': log(model.count(context.previous)),
    'next word count': log(model.count(context.next)),
    'at sentence start': context.previous2 === undefined ? 1 : 0,
    'at sentence end': context.next2 === undefined ? 1 : 0,
    'written pair before': a.before,
    'written pair after': a.after,
    'rival general frequency': b.general,
    'rival model count': b.count,
    'left variety lead': b.leftVariety - a.leftVariety,
    'right variety lead': b.rightVariety - a.rightVariety,
    'written left variety': a.leftVariety,
    'written right variety': a.rightVariety,
    'forward lead': b.forward - a.forward,
    'backward lead': b.backward - a.backward,
    'written word nearby': log(nearby(written)),
    'rival nearby': log(nearby(rival))
  }
  return slipEvidenceNames.map((name) => named[name])
}

/**
 * Whether a word the model knows (by its id) has a one-edit neighbour that is not its plural or its
 * singular: one with none has no rival (`slipRival`). Remembered per id, and asked before the caller
 * looks at the word's place: about a quarter of the words the real-word rule's one-edit check would
 * weigh have none.
 */
export function hasSlipNeighbours(model: LanguageModel, id: number): boolean {
  const known = knownNeighbours(model)
  if (known.any[id] === 0) known.any[id] = slipNeighbours(model, model.words[id], id).length > 0 ? 1 : 2
  return known.any[id] === 1
}

/**
 * Model words one edit from a word, plurals aside (a plural for a singular is grammar, not a slip), as
 * model ids. Remembered per model, by the word's id where the model knows it (most words: its
 * neighbours were listed by the build) and by the word otherwise.
 */
function slipNeighbours(model: LanguageModel, written: string, id: number): Int32Array {
  const known = knownNeighbours(model)
  if (id >= 0) return (known.byId[id] ??= notPlurals(model, written, oneEditNeighbourIds(model, id)))
  let neighbours = known.byWord.get(written)
  if (!neighbours) {
    if (known.byWord.size >= 50_000) known.byWord.clear()
    neighbours = notPlurals(model, written, oneEditNeighbours(model, written).map((word) => model.id(word)))
    known.byWord.set(written, neighbours)
  }
  return neighbours
}

/** Per model: the neighbours found (`slipNeighbours`), by the written word's id or by the word, and per id whether there are any (0: not yet known, 1: some, 2: none). */
interface KnownNeighbours {
  byId: Int32Array[]
  byWord: Map<string, Int32Array>
  any: Int8Array
}

const neighboursOf = new WeakMap<LanguageModel, KnownNeighbours>()
/** The model last asked about and what is known of it: the rule asks word by word, and a WeakMap look-up at each word costs more than the answer. */
let lastNeighbours: {model: LanguageModel; known: KnownNeighbours} | undefined

function knownNeighbours(model: LanguageModel): KnownNeighbours {
  if (lastNeighbours?.model === model) return lastNeighbours.known
  let known = neighboursOf.get(model)
  if (!known) neighboursOf.set(model, (known = {byId: new Array<Int32Array>(model.words.length), byWord: new Map(), any: new Int8Array(model.words.length)}))
  lastNeighbours = {model, known}
  return known
}

/** The neighbours (model ids) of a word that are not its plural or its singular (compared in place: no string is made for a neighbour). */
function notPlurals(model: LanguageModel, written: string, neighbours: ArrayLike<number>): Int32Array {
  const kept: number[] = []
  for (let index = 0; index < neighbours.length; index++) {
    const candidate = model.words[neighbours[index]]
    if (!pluralOf(candidate, written) && !pluralOf(written, candidate)) kept.push(neighbours[index])
  }
  return Int32Array.from(kept)
}

/** Whether `plural` is `word` and an s. */
function pluralOf(plural: string, word: string): boolean {
  return plural.length === word.length + 1 && plural.endsWith('s') && plural.startsWith(word)
}

/**
 * Whether the model's word `id` is a word of the dictionary `isWord` asks: the dictionary is asked once
 * per model word, and its answer read from an array after (a rival is asked of many times, a written
 * word of as many times as it is written).
 */
export function isDictionaryWord(model: LanguageModel, id: number, isWord: (word: string) => boolean): boolean {
  return inDictionary(model, dictionaryAnswers(model, isWord), isWord, id)
}

/** Whether a model word is a word of the dictionary (`dictionaryAnswers`); the dictionary is asked once per word. */
function inDictionary(model: LanguageModel, answers: Int8Array, isWord: (word: string) => boolean, id: number): boolean {
  if (answers[id] === 0) answers[id] = isWord(model.words[id]) ? 1 : 2
  return answers[id] === 1
}

/** Per model and dictionary: what the dictionary said of each model word asked (0: not asked, 1: a word, 2: not). */
function dictionaryAnswers(model: LanguageModel, isWord: (word: string) => boolean): Int8Array {
  if (lastAnswers?.model === model && lastAnswers.isWord === isWord) return lastAnswers.answers
  let byDictionary = answersOf.get(model)
  if (!byDictionary) answersOf.set(model, (byDictionary = new WeakMap()))
  let answers = byDictionary.get(isWord)
  if (!answers) byDictionary.set(isWord, (answers = new Int8Array(model.words.length)))
  lastAnswers = {model, isWord, answers}
  return answers
}

const answersOf = new WeakMap<LanguageModel, WeakMap<(word: string) => boolean, Int8Array>>()
/** The model and dictionary last asked about, and the answers: asked word by word, as `lastNeighbours`. */
let lastAnswers: {model: LanguageModel; isWord: (word: string) => boolean; answers: Int8Array} | undefined

/** What the model says of one word in the slot, counts as log(1 + count). */
function wordEvidence(model: LanguageModel, word: string, context: ModelContext) {
  const {previous, next, previous2, next2} = context
  const log = Math.log1p
  const id = model.ids.get(word)
  const variety = id === undefined ? {before: 0, after: 0} : neighbourVariety(model, id)
  return {
    count: log(model.count(word)),
    general: log(generalFrequencies().get(word) ?? 0),
    classes: classFit(model, word, previous, next),
    before: log(model.bigram(previous, word)),
    after: log(model.bigram(word, next)),
    triple: log(model.trigram(previous, word, next)),
    outer: (previous2 === undefined ? 0 : log(model.trigram(previous2, previous, word))) + (next2 === undefined ? 0 : log(model.trigram(word, next, next2))),
    leftVariety: log(variety.before),
    rightVariety: log(variety.after),
    // How likely the word is after the previous word, and the next word after it, with a small floor for unseen pairs.
    forward: Math.log((model.bigram(previous, word) + 0.1) / (model.count(previous) + 1)),
    backward: Math.log((model.bigram(word, next) + 0.1) / (model.count(next) + 1))
  }
}

/** Where each word occurs in a text given as model words. */
export function wordPositions(words: string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>()
  words.forEach((word, index) => {
    const list = positions.get(word)
    if (list) list.push(index)
    else positions.set(word, [index])
  })
  return positions
}

/** Counts a word's uses within `nearbyWords` of position `index`, that position aside. */
export function nearbyCounter(positions: Map<string, number[]>, index: number): (word: string) => number {
  return (word) => (positions.get(word) ?? []).filter((position) => position !== index && Math.abs(position - index) <= nearbyWords).length
}
