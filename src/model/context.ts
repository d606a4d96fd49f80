import type {Article, WordToken} from '../article/types.js'
import {sentenceEnd, sentenceStart, type LanguageModel} from './model.js'
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
    const neighbour = article.words[token.index + offset]
    return neighbour && neighbour.sentence === token.sentence ? words[neighbour.index] : undefined
  })
}

const modelWordsOf = new WeakMap<Article, string[]>()

/** Each word of an article as a model word, by word index: worked out once, where every word is some other word's neighbour four times. */
export function articleModelWords(article: Article): string[] {
  let words = modelWordsOf.get(article)
  if (!words) {
    words = article.words.map((word) => modelWord(word.stem))
    modelWordsOf.set(article, words)
  }
  return words
}

const modelIdsOf = new WeakMap<Article, {model: LanguageModel; ids: Int32Array}>()

/** Each word of an article as a model's word id (-1 where the model lacks it), by word index. */
function articleModelIds(article: Article, model: LanguageModel): Int32Array {
  let entry = modelIdsOf.get(article)
  if (entry?.model !== model) {
    // A loop: Int32Array.from walks an iterator, at twice the cost on a long article.
    const words = articleModelWords(article)
    const ids = new Int32Array(words.length)
    for (let index = 0; index < words.length; index++) ids[index] = model.id(words[index])
    entry = {model, ids}
    modelIdsOf.set(article, entry)
  }
  return entry.ids
}

/**
 * Whether the model has seen the token's word after the word before it and
 * before the word after it, in its sentence (its ends count as words): read
 * from the article's word ids, so most words of a text are passed over with
 * two look-ups and no strings.
 */
export function seenInPlace(article: Article, token: WordToken, model: LanguageModel): boolean {
  const ids = articleModelIds(article, model)
  const before = article.words[token.index - 1]
  const after = article.words[token.index + 1]
  const previous = before && before.sentence === token.sentence ? ids[token.index - 1] : model.id(sentenceStart)
  const next = after && after.sentence === token.sentence ? ids[token.index + 1] : model.id(sentenceEnd)
  return model.bigramOf(previous, ids[token.index]) > 0 && model.bigramOf(ids[token.index], next) > 0
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
