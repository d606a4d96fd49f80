import {wordInSentence} from '../article/neighbours.js'
import type {Article, WordToken} from '../article/types.js'
import {sentenceEnd, sentenceStart, type LanguageModel} from './model.js'
import type {PlaceIds} from './rank.js'
import {lowerModelWord} from './tokenize.js'

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
  return contextFrom((offset) => {
    const neighbour = wordInSentence(article, token, offset)
    return neighbour && modelWordOf(article, neighbour)
  })
}

/**
 * An article's words as model words and as a model's ids, by word form, each worked out on first need
 * (`undefined`, and -2 for an id: not yet): a word the one-edit check does not judge (a capitalised
 * one) is never looked up, nor a word whose neighbours are all passed over on their own ids. Looking
 * up a fresh string in a large map is the costliest step of the screens.
 */
interface FormWords {
  article: Article
  words: Array<string | undefined>
  model?: LanguageModel
  ids: Int32Array
}

const formWordsOf = new WeakMap<Article, FormWords>()
/** The article last asked for and its forms: a rule asks word by word, and a WeakMap look-up at each word cost the real-word rule's first screens more than the screens themselves. */
let lastForms: FormWords | undefined

function formWords(article: Article): FormWords {
  if (lastForms?.article === article) return lastForms
  let forms = formWordsOf.get(article)
  if (!forms) {
    forms = {article, words: new Array<string | undefined>(article.formCount), ids: new Int32Array(0)}
    formWordsOf.set(article, forms)
  }
  return (lastForms = forms)
}

/** A token's word as a model word (an American spelling folded onto the British one). */
export function modelWordOf(article: Article, token: WordToken): string {
  const {words} = formWords(article)
  return (words[token.form] ??= lowerModelWord(token.lower))
}

/** Each word of an article as a model word, by word index. */
export function articleModelWords(article: Article): string[] {
  return article.words.map((token) => modelWordOf(article, token))
}

/** A token's word as the model's id (-1 where the model lacks it), worked out once per word form. */
export function modelIdOf(article: Article, token: WordToken, model: LanguageModel): number {
  const forms = formWords(article)
  if (forms.model !== model) {
    forms.model = model
    forms.ids = new Int32Array(article.formCount).fill(-2)
  }
  const id = forms.ids[token.form]
  return id === -2 ? (forms.ids[token.form] = model.id(modelWordOf(article, token))) : id
}

/**
 * A token's word and the words around it within its sentence as the model's ids (`PlaceIds`), read from the
 * article's ids. A sentence's ends are looked up only where the place reaches them: the one-edit check places
 * thousands of words an article, and the ends looked up for each were a fifth of its look-ups in the model.
 */
export function placeIds(article: Article, token: WordToken, model: LanguageModel): PlaceIds {
  const idAt = (offset: number) => {
    const word = wordInSentence(article, token, offset)
    return word && modelIdOf(article, word, model)
  }
  const previous = idAt(-1)
  const next = idAt(1)
  return {
    word: modelIdOf(article, token, model),
    previous: previous ?? model.id(sentenceStart),
    next: next ?? model.id(sentenceEnd),
    previous2: previous === undefined ? undefined : (idAt(-2) ?? model.id(sentenceStart)),
    next2: next === undefined ? undefined : (idAt(2) ?? model.id(sentenceEnd))
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
