import {variantPairs} from '../language/variants.js'

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
  // Most words have no apostrophe: no new string for them.
  const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower
  const variant = variantPairs().get(word)
  return variant?.dialect === 'en-US' ? variant.counterpart : word
}
