import {variantPairs} from '../language/variants.js'
import type {LanguageModel} from './model.js'

/** Sentences as lists of model words: lower-case, American spellings folded onto British ones. */
export function modelSentences(text: string): string[][] {
  return text
    .split(/(?<=[.!?])["”’)]?\s+|\n\s*\n/)
    .map((sentence) => modelWords(sentence))
    .filter((words) => words.length > 0)
}

export function modelWords(text: string): string[] {
  return (text.toLowerCase().replace(/’/g, "'").match(/[a-z]+(?:'[a-z]+)?/g) ?? []).map(modelWord)
}

/** British and American spellings of one word are the same word to the model. */
export function modelWord(word: string): string {
  return lowerModelWord(word.toLowerCase())
}

/**
 * `modelWord` of a word already in lower case (an article's `WordToken.lower`): its case is not folded
 * again. An article's text with a curly quote anywhere is held in two bytes a character, and so are its
 * words: their case is folded by the slow, general path even where there is nothing to fold.
 */
export function lowerModelWord(lower: string): string {
  const word = straightApostrophes(lower)
  const variant = variantPairs().get(word)
  return variant?.dialect === 'en-US' ? variant.counterpart : word
}

/** A word with its curly apostrophes straight; most words have none, and no new string is made for them. */
function straightApostrophes(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower
}

/**
 * The model's id of `lowerModelWord(lower)` (-1 where the model lacks it), in one look-up for a word the
 * model knows: its id is its own, or its British spelling's where it is an American one (`britishIds`).
 * Only a word the model lacks is looked for among the spellings too. An article's words are read as ids
 * word form by word form, and a second look-up in a large map for each cost as much as the first.
 */
export function lowerModelId(model: LanguageModel, lower: string): number {
  const word = straightApostrophes(lower)
  const id = model.ids.get(word)
  if (id !== undefined) return britishIds(model)[id]
  const variant = variantPairs().get(word)
  return variant?.dialect === 'en-US' ? model.id(variant.counterpart) : -1
}

/** Per model: each word's id as `lowerModelWord` folds it, its own or its British spelling's (-1 where the model lacks that). */
function britishIds(model: LanguageModel): Int32Array {
  if (lastBritish?.model === model) return lastBritish.ids
  let ids = britishIdsOf.get(model)
  if (!ids) {
    ids = new Int32Array(model.words.length)
    for (let id = 0; id < ids.length; id++) ids[id] = id
    for (const [word, {dialect, counterpart}] of variantPairs()) {
      const id = model.ids.get(word)
      if (dialect === 'en-US' && id !== undefined) ids[id] = model.id(counterpart)
    }
    britishIdsOf.set(model, ids)
  }
  lastBritish = {model, ids}
  return ids
}

const britishIdsOf = new WeakMap<LanguageModel, Int32Array>()
/** The model last asked about: ids are asked word by word, and a WeakMap look-up each time would cost as much as the answer. */
let lastBritish: {model: LanguageModel; ids: Int32Array} | undefined
