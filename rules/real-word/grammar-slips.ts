import type {Article, WordToken} from '../../src/article/types.js'
import type {PhraseSlip} from './phrase-slips.js'
import {countingWords, opensWithDigit, pluralAfterNumber} from './plural-after-number.js'
import {participleAfterHave, perfects, verbAfterThe} from './verb-forms.js'
import {pluralForPossessive, possessiveDeterminers} from './possessive.js'

/** A check that reads the words after the one it turns on. */
type SlipAt = (article: Article, token: WordToken, isWord: (word: string) => boolean) => PhraseSlip | undefined

/** Each word, in lower case, that grammar slips turn on, with their checks; numbers turn on `pluralAfterNumber`. */
const checks = new Map<string, SlipAt[]>()
const add = (words: Iterable<string>, check: SlipAt) => {
  for (const word of words) checks.set(word, [...(checks.get(word) ?? []), check])
}
add(countingWords, pluralAfterNumber)
add(perfects, participleAfterHave)
add(['the'], verbAfterThe)
add(possessiveDeterminers, pluralForPossessive)
const numberChecks: SlipAt[] = [pluralAfterNumber]

/**
 * Slips the grammar of the next words gives away: a singular noun a number
 * counts (`plural-after-number.ts`), a verb form that cannot follow “have”
 * or “the” (`verb-forms.ts`), a plural for a possessive after a determiner
 * (`possessive.ts`). One pass over the article's words: most words turn no
 * check on, and one look-up says so. A word's first slip is its only one.
 */
export function* grammarSlips(article: Article, isWord: (word: string) => boolean): Generator<PhraseSlip> {
  for (const token of article.words) {
    const found = checks.get(token.lower) ?? (opensWithDigit(token.text) ? numberChecks : undefined)
    if (!found) continue
    for (const check of found) {
      const slip = check(article, token, isWord)
      if (slip) {
        yield slip
        break
      }
    }
  }
}
