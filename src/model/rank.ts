import {slipCost} from './error-model.js'
import {editDistance} from '../text/edit-distance.js'
import {bigramEstimate, sentenceEnd, sentenceStart, trigramEstimate, type LanguageModel} from './model.js'
import {wordsWithin} from './neighbours.js'

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
  return contextScorer(model, context)(word)
}

/** A slot's words as model ids (-1 where the model lacks one); `previous2` and `next2` only inside the sentence, as in `Context`. */
export interface SlotIds {
  previous: number
  next: number
  previous2?: number
  next2?: number
}

/** A slot with the id of the word in it. */
export interface PlaceIds extends SlotIds {
  word: number
}

/** The ids of a context's neighbours, with the sentence's ends where it names none. */
export function slotIds(model: LanguageModel, context: Context): SlotIds {
  return {
    previous: model.id(context.previous ?? sentenceStart),
    next: model.id(context.next ?? sentenceEnd),
    previous2: context.previous2 === undefined ? undefined : model.id(context.previous2),
    next2: context.next2 === undefined ? undefined : model.id(context.next2)
  }
}

/**
 * `contextScore` for many words in one slot (a written word and its rivals):
 * the neighbours' ids and counts are looked up once, and a triple is looked
 * for only where the pair it extends was seen (its estimate needs that pair's
 * count, and is the backed-off one without it).
 */
export function contextScorer(model: LanguageModel, context: Context): (word: string) => number {
  const score = slotScorer(model, slotIds(model, context))
  return (word) => score(model.id(word))
}

/**
 * `contextScorer` by word id, for callers that hold ids already (an article's words, a word's rivals): no
 * string is looked up. A caller that has looked up the word's pairs with its neighbours passes their counts
 * (`before`, `after`), which are not looked up again.
 */
export function slotScorer(model: LanguageModel, {previous, next, previous2, next2}: SlotIds): (id: number, before?: number, after?: number) => number {
  const previousCount = model.countOf(previous)
  const nextCount = model.countOf(next)
  const nextUnigram = model.logUnigramOf(next)
  const outerBefore = previous2 === undefined ? 0 : model.bigramOf(previous2, previous)
  const afterNext = next2 === undefined ? 0 : bigramEstimate(model.bigramOf(next, next2), nextCount, model.logUnigramOf(next2))
  return (id, before = model.bigramOf(previous, id), after = model.bigramOf(id, next)) => {
    const fromBefore = bigramEstimate(before, previousCount, model.logUnigramOf(id))
    const left = previous2 === undefined ? fromBefore : trigramEstimate(outerBefore > 0 ? model.trigramOf(previous2, previous, id) : 0, outerBefore, fromBefore)
    const middle = trigramEstimate(before > 0 ? model.trigramOf(previous, id, next) : 0, before, bigramEstimate(after, model.countOf(id), nextUnigram))
    const right = next2 === undefined ? 0 : trigramEstimate(after > 0 ? model.trigramOf(id, next, next2) : 0, after, afterNext)
    return left + middle + right
  }
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
 * How much the language model counts against the error model when a typo's
 * fixes are ranked. Below 1, a rarer word the slip explains better beats a
 * commoner one it explains worse (“contigent” → “contingent”, not
 * “continent”; “graduity” → “gratuity”, not “graduate”): the model's counts
 * come from general text, and a typo is made in any word. Set on the tuning
 * half of the natural misspellings (65 → 67 of 71 first fixes right at 0.7;
 * 64 at 0.85) and the list of common misspellings (912 → 918 of 975);
 * checked again when the error model priced vowels and swaps (the list's
 * tuning half: 454, 457 and 456 of 468 at 0.6, 0.7 and 0.8).
 */
export const typoContextWeight = 0.7

/**
 * How well words of several fit between a slot's neighbours, in nats: the
 * log probability of each word and each neighbour after it given the two
 * words before (as `contextScore` gives for one word), so that one word and
 * two (“addedthey”: “added”, or “added they”) are weighed on one scale.
 */
export function phraseScore(model: LanguageModel, words: string[], context: Context): number {
  const ids = [context.previous2, context.previous ?? sentenceStart, ...words, context.next ?? sentenceEnd, context.next2].map((word) => (word === undefined ? undefined : model.id(word)))
  const last = ids.at(-1) === undefined ? ids.length - 2 : ids.length - 1
  let score = 0
  for (let index = 2; index <= last; index++) {
    const [before2, before, word] = [ids[index - 2], ids[index - 1] as number, ids[index] as number]
    const bigram = bigramEstimate(model.bigramOf(before, word), model.countOf(before), model.logUnigramOf(word))
    const outer = before2 === undefined ? 0 : model.bigramOf(before2, before)
    score += before2 === undefined ? bigram : trigramEstimate(outer > 0 ? model.trigramOf(before2, before, word) : 0, outer, bigram)
  }
  return score
}

/**
 * Candidates ordered by the noisy channel: how well each fits the sentence
 * (`contextScore`, the language model, times `contextWeight`) less how
 * unlikely the slip from it to what was typed is (`slipCost`, the error
 * model) — “recieved” → “received” (two letters swapped) before “receive”.
 * A candidate of two words (a space the writer left out) is weighed by
 * `phraseScore`.
 */
export function rankByContext(model: LanguageModel, typed: string, candidates: string[], context: Context, channel: (typed: string, candidate: string) => number = slipCost, contextWeight = 1): string[] {
  const fit = contextScorer(model, context)
  const scored = [...new Set(candidates)].map((candidate) => ({
    candidate,
    score: contextWeight * (candidate.includes(' ') ? phraseScore(model, candidate.split(' '), context) : fit(candidate)) - channel(typed, candidate)
  }))
  return scored.sort((a, b) => b.score - a.score || (a.candidate < b.candidate ? -1 : 1)).map(({candidate}) => candidate)
}
