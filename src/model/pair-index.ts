import {compiledPairIndexFile} from './files.js'
import {readForModel, serializeForModel} from './compiled.js'
import type {LanguageModel} from './model.js'

/**
 * Where each word's pairs are in a model: the pairs a word starts are one run
 * of the sorted pair keys; the pairs it ends are listed by a second index
 * (about 4 MB for the default model). Lets a word's neighbours be read
 * without a scan of every pair. The build writes the default model's index
 * (scripts/compile-pair-index.js): working it out costs a cold process about
 * 28 ms, reading it about 2; any other model's is worked out on first need.
 */
interface PairIndex {
  /** Pairs starting with word id `i` are keys `afterStart[i]` to `afterStart[i + 1] - 1`. */
  afterStart: Uint32Array
  /** Pairs ending with word id `i` are `bySecond[beforeStart[i]]` to `bySecond[beforeStart[i + 1] - 1]`. */
  beforeStart: Uint32Array
  bySecond: Uint32Array
}


const indexes = new WeakMap<LanguageModel, PairIndex>()

function pairIndex(model: LanguageModel): PairIndex {
  let index = indexes.get(model)
  if (!index) {
    index = compiledPairIndex(model) ?? workOutPairIndex(model)
    indexes.set(model, index)
  }
  return index
}

function workOutPairIndex(model: LanguageModel): PairIndex {
  const size = model.words.length
  const keys = model.bigramKeys
  const afterStart = new Uint32Array(size + 1)
  const beforeStart = new Uint32Array(size + 1)
  // Plain loops and bit arithmetic: the default model has about a million pairs.
  for (let pair = 0; pair < keys.length; pair++) {
    afterStart[(keys[pair] >>> 16) + 1]++
    beforeStart[(keys[pair] & 0xffff) + 1]++
  }
  for (let id = 0; id < size; id++) {
    afterStart[id + 1] += afterStart[id]
    beforeStart[id + 1] += beforeStart[id]
  }
  const bySecond = new Uint32Array(keys.length)
  const next = beforeStart.slice(0, size)
  for (let pair = 0; pair < keys.length; pair++) bySecond[next[keys[pair] & 0xffff]++] = pair
  return {afterStart, beforeStart, bySecond}
}

/** The file the build writes (`serializeForModel`): the three arrays. */
export function serializePairIndex(model: LanguageModel): Buffer {
  const {afterStart, beforeStart, bySecond} = workOutPairIndex(model)
  return serializeForModel(model, [afterStart, beforeStart, bySecond])
}

/** The build's index, if it was made from this very model. */
function compiledPairIndex(model: LanguageModel): PairIndex | undefined {
  const words = readForModel(model, compiledPairIndexFile)
  const size = model.words.length + 1
  if (words?.length !== 2 * size + model.bigramKeys.length) return undefined
  return {afterStart: words.subarray(0, size), beforeStart: words.subarray(size, 2 * size), bySecond: words.subarray(2 * size)}
}

/** Calls `visit` with the id and pair count of every word seen just after word `id`. */
export function forEachWordAfter(model: LanguageModel, id: number, visit: (other: number, count: number) => void): void {
  const {afterStart} = pairIndex(model)
  for (let pair = afterStart[id]; pair < afterStart[id + 1]; pair++) visit(model.bigramKeys[pair] & 0xffff, model.bigramCounts[pair])
}

/** Calls `visit` with the id and pair count of every word seen just before word `id`. */
export function forEachWordBefore(model: LanguageModel, id: number, visit: (other: number, count: number) => void): void {
  const {beforeStart, bySecond} = pairIndex(model)
  for (let entry = beforeStart[id]; entry < beforeStart[id + 1]; entry++) {
    const pair = bySecond[entry]
    visit(Math.floor(model.bigramKeys[pair] / 65536), model.bigramCounts[pair])
  }
}

/** How many different words word `id` has been seen after and before: a word at home in many contexts. */
export function neighbourVariety(model: LanguageModel, id: number): {before: number; after: number} {
  const {afterStart, beforeStart} = pairIndex(model)
  return {before: beforeStart[id + 1] - beforeStart[id], after: afterStart[id + 1] - afterStart[id]}
}
