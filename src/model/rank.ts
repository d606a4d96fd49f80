import {slipCost} from './error-model.js'
import {editDistance} from '../text/edit-distance.js'
import type {LanguageModel} from './model.js'
import {wordsWithin} from './neighbours.js'
import {sentenceEnd, sentenceStart} from './model.js'

/** Model words within `maxDistance` edits of a word (candidates for a correction), frequent words only. */
export function nearWords(model: LanguageModel, word: string, maxDistance: 1 | 2 = 2, minCount = 5): string[] {
  return wordsWithin(model, word, maxDistance, minCount)
}

export interface Context {
  /** The model word before (or the sentence start). */
  previous?: string
  /** The model word after (or the sentence end). */
  next?: string
  /** The word before `previous`, if there is one. */
  previous2?: string
  /** The word after `next`, if there is one. */
  next2?: string
}

/**
 * How well a word fits between its neighbours, in nats: the log probability
 * of the word after the two before it, and of the two after it following it
 * (trigrams backing off to bigrams).
 */
export function contextScore(model: LanguageModel, word: string, context: Context): number {
  const previous = context.previous ?? sentenceStart
  const next = context.next ?? sentenceEnd
  return (
    (context.previous2 === undefined ? model.logBigram(previous, word) : model.logTrigram(context.previous2, previous, word)) +
    model.logTrigram(previous, word, next) +
    (context.next2 === undefined ? 0 : model.logTrigram(word, next, context.next2))
  )
}

/**
 * Three nats an edit, whatever the edit: for weighing a real word against its
 * neighbours, where the written word is itself a candidate and the thresholds
 * of the real-word rule were tuned on this cost.
 */
export function uniformEditCost(typed: string, candidate: string): number {
  return 3 * editDistance(typed, candidate)
}

/**
 * Candidates ordered by the noisy channel: how well each fits the sentence
 * (`contextScore`, the language model) less how unlikely the slip from it to
 * what was typed is (`slipCost`, the error model) — “recieved” → “received”
 * (two letters swapped) before “receive”.
 */
export function rankByContext(model: LanguageModel, typed: string, candidates: string[], context: Context, channel: (typed: string, candidate: string) => number = slipCost): string[] {
  const scored = [...new Set(candidates)].map((candidate) => ({
    candidate,
    score: contextScore(model, candidate, context) - channel(typed, candidate)
  }))
  return scored.sort((a, b) => b.score - a.score || (a.candidate < b.candidate ? -1 : 1)).map(({candidate}) => candidate)
}
