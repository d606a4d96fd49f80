import {editDistance} from '../text/edit-distance.js'
import type {LanguageModel} from './model.js'
import {sentenceEnd, sentenceStart} from './model.js'

/** Cost of one edit, in nats: how much likelier in context a farther candidate must be. */
const editCost = 3

const byLength = new WeakMap<LanguageModel, Map<number, string[]>>()

/** Model words within `maxDistance` edits of a word (candidates for a correction), frequent words only. */
export function nearWords(model: LanguageModel, word: string, maxDistance = 2, minCount = 3): string[] {
  let buckets = byLength.get(model)
  if (!buckets) {
    buckets = new Map()
    model.words.forEach((candidate, id) => {
      if (id < 3 || model.unigrams[id] < minCount) return
      const list = buckets!.get(candidate.length) ?? []
      list.push(candidate)
      buckets!.set(candidate.length, list)
    })
    byLength.set(model, buckets)
  }
  const found: string[] = []
  for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
    for (const candidate of buckets.get(length) ?? []) {
      if (editDistance(word, candidate, maxDistance) <= maxDistance) found.push(candidate)
    }
  }
  return found
}

export interface Context {
  /** The model word before (or the sentence start). */
  previous?: string
  /** The model word after (or the sentence end). */
  next?: string
}

/**
 * Candidates ordered by how well they fit the sentence: the bigram model's
 * probability of the candidate after the previous word and before the next
 * one, less a cost per edit from what was typed.
 */
export function rankByContext(model: LanguageModel, typed: string, candidates: string[], context: Context): string[] {
  const previous = context.previous ?? sentenceStart
  const next = context.next ?? sentenceEnd
  const scored = [...new Set(candidates)].map((candidate) => ({
    candidate,
    score: model.logBigram(previous, candidate) + model.logBigram(candidate, next) - editCost * editDistance(typed, candidate)
  }))
  return scored.sort((a, b) => b.score - a.score || (a.candidate < b.candidate ? -1 : 1)).map(({candidate}) => candidate)
}
