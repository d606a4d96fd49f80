import {wordInSentence} from '../article/neighbours.js'
import type {Article, WordToken} from '../article/types.js'
import {sentenceEnd, sentenceStart, type LanguageModel} from './model.js'
import type {PlaceIds} from './rank.js'
import {modelWord} from './tokenize.js'

export interface ModelContext {
  /** The model word before the token, or `<s>` at the start of its sentence. */
  previous: string
  /** The model word after, or `</s>` at the end of its sentence. */
  next: string
  /** The word before `previous`, when `previous` is a word of the same sentence (or `<s>` before its first word). */
  previous2?: string
  /** The word after `next`, when `next` is a word of the same sentence (or `</s>` after its last word). */
  next2?: string
}

/** The model words on either side of a token, two deep, within its sentence. */
export function modelContext(article: Article, token: WordToken): ModelContext {
  const words = articleModelWords(article)
  return contextFrom((offset) => {
    const neighbour = wordInSentence(article, token, offset)
    return neighbour && words[neighbour.index]
  })
}

const modelWordsOf = new WeakMap<Article, string[]>()
/** The article last asked for and its words: a rule asks word by word, and a WeakMap look-up at each word cost the real-word rule's first screens more than the screens themselves. */
let lastWords: {article: Article; words: string[]} | undefined

/** Each word of an article as a model word, by word index: worked out once, where every word is some other word's neighbour four times. */
export function articleModelWords(article: Article): string[] {
  if (lastWords?.article === article) return lastWords.words
  let words = modelWordsOf.get(article)
  if (!words) {
    // Once per word form: an article repeats its words.
    const byForm: string[] = new Array(article.formCount)
    words = article.words.map(({lower, form}) => (byForm[form] ??= modelWord(lower)))
    modelWordsOf.set(article, words)
  }
  lastWords = {article, words}
  return words
}

const modelIdsOf = new WeakMap<Article, {model: LanguageModel; ids: Int32Array}>()
/** The article last asked for and its ids (as `lastWords`). */
let lastIds: {article: Article; model: LanguageModel; ids: Int32Array} | undefined

/** Each word of an article as a model's word id (-1 where the model lacks it), by word index. */
function articleModelIds(article: Article, model: LanguageModel): Int32Array {
  if (lastIds?.article === article && lastIds.model === model) return lastIds.ids
  let entry = modelIdsOf.get(article)
  if (entry?.model !== model) {
    // A loop: Int32Array.from walks an iterator, at twice the cost on a long article.
    // The model's map is looked up once per word form (-2: not yet): a fresh string is hashed and compared in full there.
    const words = articleModelWords(article)
    const ids = new Int32Array(words.length)
    const byForm = new Int32Array(article.formCount).fill(-2)
    for (let index = 0; index < words.length; index++) {
      const form = article.words[index].form
      if (byForm[form] === -2) byForm[form] = model.id(words[index])
      ids[index] = byForm[form]
    }
    entry = {model, ids}
    modelIdsOf.set(article, entry)
  }
  lastIds = {article, ...entry}
  return entry.ids
}

/** A token's word as the model's id (-1 where the model lacks it). */
export function modelIdOf(article: Article, token: WordToken, model: LanguageModel): number {
  return articleModelIds(article, model)[token.index]
}

/** A token's word and the words around it within its sentence as the model's ids (`PlaceIds`), read from the article's ids. */
export function placeIds(article: Article, token: WordToken, model: LanguageModel): PlaceIds {
  const ids = articleModelIds(article, model)
  const inSentence = (offset: number) => wordInSentence(article, token, offset) !== undefined
  const start = model.id(sentenceStart)
  const end = model.id(sentenceEnd)
  const before = inSentence(-1)
  const after = inSentence(1)
  return {
    word: ids[token.index],
    previous: before ? ids[token.index - 1] : start,
    next: after ? ids[token.index + 1] : end,
    previous2: before ? (inSentence(-2) ? ids[token.index - 2] : start) : undefined,
    next2: after ? (inSentence(2) ? ids[token.index + 2] : end) : undefined
  }
}

/**
 * Whether the model has seen a slot's word after the word before it and
 * before the word after it (a sentence's ends count as words): two look-ups
 * of ids, and no strings.
 */
export function seenInPlace(model: LanguageModel, {previous, word, next}: PlaceIds): boolean {
  return model.bigramOf(previous, word) > 0 && model.bigramOf(word, next) > 0
}

/** The context of the word at `index` in a sentence of model words (as training scripts see text). */
export function sentenceContext(words: string[], index: number): ModelContext {
  return contextFrom((offset) => words[index + offset])
}

/** A context from the word at each offset, `undefined` past the sentence's ends. */
function contextFrom(word: (offset: number) => string | undefined): ModelContext {
  const previous = word(-1)
  const next = word(1)
  return {
    previous: previous ?? sentenceStart,
    next: next ?? sentenceEnd,
    previous2: previous === undefined ? undefined : (word(-2) ?? sentenceStart),
    next2: next === undefined ? undefined : (word(2) ?? sentenceEnd)
  }
}
