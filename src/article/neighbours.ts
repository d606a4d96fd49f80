import type {Article, WordToken} from './types.js'

/**
 * The word just before (`side` -1) or after (1) a token in its sentence, when
 * only white space stands between them: the neighbour a name or a phrase
 * runs on to. Undefined at a sentence's edge or across punctuation.
 */
export function wordBeside(article: Article, token: WordToken, side: -1 | 1): WordToken | undefined {
  const other = wordInSentence(article, token, side)
  if (other === undefined) return undefined
  const between = side < 0 ? article.text.slice(other.end, token.start) : article.text.slice(token.end, other.start)
  return /^\s+$/.test(between) ? other : undefined
}

/** The word `offset` words from a token within its sentence, whatever stands between them; undefined past the sentence's ends. */
export function wordInSentence(article: Article, token: WordToken, offset: number): WordToken | undefined {
  const other = article.words[token.index + offset]
  return other !== undefined && other.sentence === token.sentence ? other : undefined
}
