import type {Article, WordToken} from '../../src/article/types.js'
import {wordBeside} from '../../src/article/neighbours.js'
import {wordClassName} from '../../src/model/word-classes.js'
import {generalEnglish} from '../../src/model/general-english.js'
import {articleApostrophe, type PhraseSlip} from './phrase-slips.js'

/** Determiners that open the noun phrase a possessive stands in (“the ship's captain”, “a ship's captain”). */
export const possessiveDeterminers: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'every', 'each', 'another'])
/**
 * Words after the noun that make it a verb, not the head of a noun phrase:
 * an object (“what the doctors report on”, “its terms limit it”) or a
 * clause's opener before the phrase.
 */
const objects = new Set(['it', 'them', 'us', 'him', 'her', 'me', 'you', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'their', 'our', 'its'])
const clauseOpeners = new Set(['what', 'which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'how', 'why', 'as', 'if'])
/**
 * How many decades likelier general English must find the noun after the
 * possessive than after the plural (`GeneralEnglish.pair`). A plural
 * qualifies a noun in many compounds (“the arms race”, “the weapons system”,
 * “our products face”), where the possessive is the unlikelier by a decade or
 * more. In the presidential speeches (4 million words) and the real-copy
 * clean set, the slips stand at 2.5 decades (“from the courts decisions
 * giving”, 1892) and every plural written on purpose below 0.8.
 */
const possessiveLead = 1.2

/**
 * A plural where a possessive is meant: “the governments commitment to”,
 * “the ships captain” (the apostrophe dropped). After a determiner, a
 * lower-case plural in -s (its singular a word) before a noun, where general
 * English finds the noun far likelier after the possessive than after the
 * plural, and no object or clause makes the noun a verb. The fix offers the
 * singular's possessive, then the plural's (“governments' commitment”).
 */
export function pluralForPossessive(article: Article, token: WordToken, isWord: (word: string) => boolean): PhraseSlip | undefined {
  // Most words after a determiner end in no s: that is asked first, before the text between the two words and
  // the patterns (this runs at every determiner, and on text the process has not seen, before it is optimised).
  if (!article.words[token.index + 1]?.text.endsWith('s')) return undefined
  const plural = wordBeside(article, token, 1)
  if (!plural || !/^\p{Ll}{3,}s$/u.test(plural.text) || /(?:ss|us|is)$/u.test(plural.text)) return undefined
  const noun = wordBeside(article, plural, 1)
  if (!noun || !/^\p{Ll}+$/u.test(noun.text) || wordClassName(noun.lower) !== 'noun' || article.text[noun.end] === '-') return undefined
  const after = wordBeside(article, noun, 1)
  const before = wordBeside(article, token, -1)
  if ((after && objects.has(after.lower)) || (before && clauseOpeners.has(before.lower))) return undefined
  const singular = plural.text.slice(0, -1)
  const general = generalEnglish()
  const possessive = `${singular}'s`
  if (!isWord(singular) || general.id(possessive) === undefined || general.pair(possessive, noun.lower) - general.pair(plural.lower, noun.lower) < possessiveLead) return undefined
  const apostrophe = articleApostrophe(article.text)
  const expected = [`${singular}${apostrophe}s`, `${plural.text}${apostrophe}`]
  return {
    reason: `“${plural.text} ${noun.text}”: the possessive's apostrophe is missing: “${expected[0]} ${noun.text}” (of one), or “${expected[1]} ${noun.text}” (of several).`,
    start: plural.start,
    end: plural.end,
    expected
  }
}
