import type {Article, WordToken} from '../article/types.js'
import {sentenceEnd, sentenceStart} from './model.js'
import {modelWord} from './tokenize.js'

/** The model words on either side of a token, within its sentence: `<s>` and `</s>` at the edges. */
export function modelContext(article: Article, token: WordToken): {previous: string; next: string} {
  const before = article.words[token.index - 1]
  const after = article.words[token.index + 1]
  return {
    previous: before && before.sentence === token.sentence ? modelWord(before.stem) : sentenceStart,
    next: after && after.sentence === token.sentence ? modelWord(after.stem) : sentenceEnd
  }
}
