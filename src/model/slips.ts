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
 * sentence's, `slotIds`).
 */
export function slipRival(model: LanguageModel, written: string, slot: PlaceIds, isWord: (word: string) => boolean): SlipRival | undefined {
  const rivals = slipRivals(model, written, slot.word, isWord)
  // Half the words that get here have no rival: the context is not weighed for them.
  if (rivals.ids.length === 0) return undefined
  const fit = slotScorer(model, slot)
  const own = fit(slot.word)
  let best: {rival: string; gain: number} | undefined
  for (let index = 0; index < rivals.ids.length; index++) {
    const gain = fit(rivals.ids[index]) - own
    if (!best || gain > best.gain) best = {rival: rivals.words[index], gain}
  }
  if (!best || best.gain <= minimumGain) return undefined
  return {...best, rivals: rivals.ids.length}
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
 * Dictionary words one edit from a word, plurals aside (a plural for a
 * singular is grammar, not a slip), with their model ids. Remembered per
 * model and dictionary, by the word's id where the model knows it (most
 * words: its neighbours were listed by the build) and by the word otherwise:
 * asking the dictionary of each rival costs more than the rest of the look-up.
 */
function slipRivals(model: LanguageModel, written: string, id: number, isWord: (word: string) => boolean): Rivals {
  let byDictionary = dictionaryRivals.get(model)
  if (!byDictionary) dictionaryRivals.set(model, (byDictionary = new WeakMap()))
  let known = byDictionary.get(isWord)
  if (!known) byDictionary.set(isWord, (known = {byId: new Array<Rivals>(model.words.length), byWord: new Map(), dictionary: new Int8Array(model.words.length)}))
  if (id >= 0) return (known.byId[id] ??= rivalsAmong(model, written, oneEditNeighbourIds(model, id), known, isWord))
  let rivals = known.byWord.get(written)
  if (!rivals) {
    if (known.byWord.size >= 50_000) known.byWord.clear()
    rivals = rivalsAmong(model, written, oneEditNeighbours(model, written).map((word) => model.id(word)), known, isWord)
    known.byWord.set(written, rivals)
  }
  return rivals
}

/** The neighbours (model ids) of a word that are words of the dictionary, plurals aside; the dictionary is asked once per neighbour. */
function rivalsAmong(model: LanguageModel, written: string, neighbours: ArrayLike<number>, known: KnownRivals, isWord: (word: string) => boolean): Rivals {
  const words: string[] = []
  const ids: number[] = []
  for (let index = 0; index < neighbours.length; index++) {
    const id = neighbours[index]
    const candidate = model.words[id]
    if (candidate + 's' === written || written + 's' === candidate) continue
    if (known.dictionary[id] === 0) known.dictionary[id] = isWord(candidate) ? 1 : 2
    if (known.dictionary[id] === 1) {
      words.push(candidate)
      ids.push(id)
    }
  }
  return {words, ids: Int32Array.from(ids)}
}

interface Rivals {
  words: string[]
  ids: Int32Array
}

/** Per model and dictionary: the rivals found, by the written word's id or by the word; what the dictionary said of each model word asked (0: not asked, 1: a word, 2: not). */
interface KnownRivals {
  byId: Rivals[]
  byWord: Map<string, Rivals>
  dictionary: Int8Array
}

const dictionaryRivals = new WeakMap<LanguageModel, WeakMap<(word: string) => boolean, KnownRivals>>()

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
