import type {Article, WordToken} from '../../src/article/types.js'
import type {PhraseSlip} from './phrase-slips.js'
import {countingWords, opensWithDigit, pluralAfterNumber} from './plural-after-number.js'
import {participleAfterHave, perfects, verbAfterThe} from './verb-forms.js'

/** A check that reads the words after the one it turns on. */
type SlipAt = (article: Article, token: WordToken, isWord: (word: string) => boolean) => PhraseSlip | undefined

/** Each word, in lower case, that a grammar slip turns on, with its check; numbers turn on `pluralAfterNumber`. */
const checks = new Map<string, SlipAt>([
  ...[...countingWords].map((word): [string, SlipAt] => [word, pluralAfterNumber]),
  ...[...perfects].map((word): [string, SlipAt] => [word, participleAfterHave]),
  ['the', verbAfterThe]
])

/**
 * Slips the grammar of the next words gives away: a singular noun a number
 * counts (`plural-after-number.ts`), a verb form that cannot follow “have”
 * or “the” (`verb-forms.ts`). One pass over the article's words: most words
 * turn no check on, and one look-up says so.
 */
export function* grammarSlips(article: Article, isWord: (word: string) => boolean): Generator<PhraseSlip> {
  for (const token of article.words) {
    const slip = (checks.get(token.lower) ?? (opensWithDigit(token.text) ? pluralAfterNumber : undefined))?.(article, token, isWord)
    if (slip) yield slip
  }
}
