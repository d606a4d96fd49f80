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
  // Most words have no apostrophe: no new string for them.
  const lower = word.includes('’') ? word.toLowerCase().replace(/’/g, "'") : word.toLowerCase()
  const variant = variantPairs().get(lower)
  return variant?.dialect === 'en-US' ? variant.counterpart : lower
}
