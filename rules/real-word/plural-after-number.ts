import type {Article, WordToken} from '../../src/article/types.js'
import {wordBeside} from '../../src/article/neighbours.js'
import {wordClassName} from '../../src/model/word-classes.js'
import {generalEnglish} from '../../src/model/general-english.js'
import type {PhraseSlip} from './phrase-slips.js'

/**
 * Words that say “more than one” of the noun phrase after them: a noun they
 * count stands in the plural (“several paper” → “papers”). Not “both”, which
 * joins two nouns (“both peace and freedom”).
 */
/** Number words, one to ninety. */
const numberWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'])
const pluralDeterminers = new Set([...numberWords].filter((word) => word !== 'one').concat(['several', 'many', 'various', 'numerous', 'multiple', 'these', 'those']))
/** Determiners after “one of” (“one of the ship”): the phrase names the many it is one of. */
const afterOneOf = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'these', 'those'])
/** Number words whose plural stands for many (“thousands of troops”). */
const manyOf = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen'])
/** Words that count a number word (“a thousand of them”, “several hundred of”, “a couple of hundred of them”), alone or last in a compound (“twenty-five”). */
const quantities = new Set(['a', 'an', ...numberWords, 'hundred', 'thousand', 'million', 'billion', 'few', 'several', 'many', 'some', 'half', 'quarter', 'of', 'something', 'and'])
/** Number words that are themselves counted (“three million in aid”, “two dozen of them”): no plural is missing after them. */
const numberNouns = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'score', 'lakh', 'crore'])
/**
 * Parts of speech that end the noun phrase: after one, the noun before was its
 * head (“three sensor onto”), not a noun qualifying another (“a two day
 * exercise”, “a 40 year old”). Not a conjunction: two nouns may qualify a
 * third together (“24 special radio and TV tapings”); not a determiner, a
 * pronoun or “that”, which may be the object of a verb that looks like a noun
 * (“all these guarantee that”).
 */
const phraseEnders = new Set(['verb', 'past', 'preposition', 'auxiliary', 'modal'])
/**
 * Whether general English counts the noun in the singular after a number
 * (“five crew were rescued”, “20 staff”, “ten percent”, “six foot”), has
 * little use for its plural (“two media”: a plural already), or
 * reads it as a verb after the counting word (“what many regard as”): the
 * plural is less likely after “ten”, “five” or that word, by more than
 * `singularCount` decades, than it is on its own. Most nouns were never seen
 * after either number: then the grammar decides.
 */
function countedInSingular(noun: string, plural: string, counter?: string): boolean {
  const general = generalEnglish()
  const alone = general.word(plural) - general.word(noun)
  // A plural far rarer than the noun marks a noun that is plural already or seldom counted (“two media”, “aircraft”, “staff”).
  if (alone < -rarePlural) return true
  return ['ten', 'five', counter].some((word) => word !== undefined && general.pair(word, plural) - general.pair(word, noun) - alone < -singularCount)
}
/** Set on the tuning half of `eval:real-word` and the speeches since 1940. */
const singularCount = 0.3
/** How many decades rarer than the noun its plural may be in general English: “medias” is rarer than “media” by more. */
const rarePlural = 1.5

/**
 * A singular noun counted by a number above one or a word that says “many”
 * (“three specific CBRN sensor onto the platform”, “Several paper carried the
 * images”, “one of the ship”), with at most two adjectives between. The noun
 * must end its phrase, and general English must not count it in the singular
 * (`countedInSingular`). A number in a name (“Flight 370”, after a capital)
 * or a year counts nothing, and a noun in capitals is a name (“3 Commando”,
 * a unit's designation). And a number word with “of” after it
 * and no number before it, which stands for many (“helping protect thousand
 * of troops” → “thousands”).
 */
export function pluralAfterNumber(article: Article, token: WordToken, isWord: (word: string) => boolean): PhraseSlip | undefined {
  const {words} = article
  if (manyOf.has(token.lower)) {
    if (!/^\p{Ll}+$/u.test(token.text) || wordBeside(article, token, 1)?.lower !== 'of') return undefined
    const previous = words[token.index - 1]
    if (previous && previous.sentence === token.sentence && (quantities.has(previous.lower.split('-').at(-1)!) || /^\d/.test(previous.text))) return undefined
    return {
      reason: `“${token.text} of” with no number before it stands for many: “${token.text}s of”.`,
      start: token.start,
      end: token.end,
      expected: [`${token.text}s`]
    }
  }
  if (!counts(article, token)) return undefined
  let at = wordBeside(article, token, 1)
  if (!at) return undefined
  // “one of the ship”: the determiner after “of” opens the phrase.
  if (token.lower === 'of') {
    if (!afterOneOf.has(at.lower)) return undefined
    at = wordBeside(article, at, 1)
    if (!at) return undefined
  }
  for (let modifiers = 0; modifiers < 2 && /^\p{Ll}+$/u.test(at.text) && wordClassName(at.lower) === 'adjective'; modifiers++) {
    const then = wordBeside(article, at, 1)
    if (!then) break
    at = then
    // An acronym may qualify the noun after an adjective (“three specific CBRN sensor”), not right after the number (“3 RAR soldiers”).
    if (/^\p{Lu}{2,}$/u.test(at.text)) {
      const after = wordBeside(article, at, 1)
      if (!after) break
      at = after
    }
  }
  const noun = at
  if (!/^\p{Ll}{3,}$/u.test(noun.text) || noun.lower.endsWith('s') || numberNouns.has(noun.lower) || wordClassName(noun.lower) !== 'noun') return undefined
  // After a determiner, a number and its noun before another noun qualify it, a compound adjective with its hyphen lost
  // (“during their four day stay in Sri Lanka”): the noun counted is the next one.
  const before = words[token.index - 1]
  const next = words[noun.index + 1]
  if (before?.sentence === token.sentence && articles.has(before.lower) && next?.sentence === noun.sentence && article.text.slice(noun.end, next.start) === ' ' && /^\p{Ll}+$/u.test(next.text) && ['noun', 'verb'].includes(wordClassName(next.lower))) return undefined
  // Nor a noun set as the first of a list of qualifiers, the plural at the list's end (“121 state, territorial and
  // tribal cemeteries”, a VA release): a comma after it, then “and” or “or” before the noun counted.
  if (article.text[noun.end] === ',' && /^,(?:\s+[\p{L}-]+,?){1,4}\s+(?:and|or)\s+[\p{L}-]+\s+\p{L}+s\b/u.test(article.text.slice(noun.end, noun.end + 120))) return undefined
  const plural = pluralOf(noun.lower)
  if (!isWord(plural) || !endsPhrase(article, noun)) return undefined
  const number = opensWithDigit(token.text)
  if (countedInSingular(noun.lower, plural, token.lower === 'of' || number ? undefined : token.lower)) return undefined
  // “one of the rest of us”, “those quality of life programs”: a noun with its own “of” after it may be a part or a
  // compound's head, not one of many. After a number it is one of them (“three piece of evidence”).
  if (!number && words[noun.index + 1]?.lower === 'of') return undefined
  const counted = token.lower === 'of' ? `one of ${words[token.index + 1].text}` : token.text
  return {
    reason: `“${noun.text}” after “${counted}” counts more than one: the noun takes its plural, “${plural}”.`,
    start: noun.start,
    end: noun.end,
    expected: [plural]
  }
}

/** The words, in lower case, at which `pluralAfterNumber` looks, besides numbers. */
export const countingWords: ReadonlySet<string> = new Set([...pluralDeterminers, ...manyOf, 'of'])

/** Whether a word opens with a digit (a number, as the tokens split it). */
export function opensWithDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 48 && code <= 57
}

/** Whether “a” or “an” stands right before a word, in its sentence. */
function afterArticle(words: readonly WordToken[], token: WordToken): boolean {
  const previous = words[token.index - 1]
  return previous !== undefined && previous.sentence === token.sentence && (previous.lower === 'a' || previous.lower === 'an')
}

/** Whether a word counts more than one of what follows: a number above one that names no year or thing, a word such as “several”, or the “of” of “one of”. */
function counts(article: Article, token: WordToken): boolean {
  const {words, text} = article
  if (token.lower === 'of') {
    const previous = words[token.index - 1]
    return previous?.lower === 'one' && previous.sentence === token.sentence && text.slice(previous.end, token.start) === ' '
  }
  // A number word that closes a range counts with the first as digits do (“a nine to five job”, below). One right after
  // a noun names a place in a sequence, as a number after a capital does (“Carrie Grossman, grade four teacher”).
  // After “a” or “an”, a number word and its noun qualify the noun after them, a compound adjective with its hyphen
  // lost (“a two week, dual-purpose exercise”): the noun counted is that one.
  if (!opensWithDigit(token.text)) return pluralDeterminers.has(token.lower) && (/^\p{Ll}+$/u.test(token.text) || token.initial) && !closesRange(words, token) && !afterNoun(article, token) && !afterArticle(words, token)
  if (!/^\d+$/.test(token.text)) return false
  // A mark right before it makes it part of something else: the rest of a number (the tokens split “2,600” at its
  // comma), a sum (“the 2+2 meeting”), a shortened year (“‘19 return”), a designation (“E-8C (707 variant)”). A
  // number of thousands is left alone too: it counts measures and kinds in the singular (“a town of 60,000
  // population”, “45,000 trout”, both in the speeches) as often as a slip.
  if (/\S/.test(text[token.start - 1] ?? ' ') || text[token.end] === ',') return false
  const value = Number(token.text)
  if (value < 2 || (token.text.length === 4 && value >= 1000 && value <= 2100)) return false
  const previous = words[token.index - 1]
  const before = previous && previous.sentence === token.sentence ? text.slice(previous.end, token.start) : undefined
  // After a capital (“Flight 370”, “Exercise 24”), a currency sign or a mark that joins (“No. 5”), the number names or
  // measures; after an article it qualifies a noun (“a 2,400 limitation”).
  if (previous && before !== undefined && (/[$£€₹¥#./:'’(-]\s*$/.test(before) || (/^ +$/.test(before) && (/^\p{Lu}/u.test(previous.text) || articles.has(previous.lower))))) return false
  return !closesRange(words, token)
}

/** Whether the word before a number word, with a space alone between, is a noun, not a possessive: “grade four”. */
function afterNoun(article: Article, token: WordToken): boolean {
  const previous = article.words[token.index - 1]
  return previous !== undefined && previous.sentence === token.sentence && article.text.slice(previous.end, token.start) === ' ' && /^\p{L}+$/u.test(previous.text) && wordClassName(previous.lower) === 'noun'
}

/**
 * Whether a number is the second of a range (“the 12 or 13 figure”, “a nine to five job”, in the ninth set of
 * unseen articles), read with the first: together they qualify the noun, a compound adjective without its hyphens.
 */
function closesRange(words: Article['words'], token: WordToken): boolean {
  const previous = words[token.index - 1]
  if (!previous || previous.sentence !== token.sentence || !rangeWords.has(previous.lower)) return false
  const first = words[previous.index - 1]
  return first !== undefined && (opensWithDigit(first.text) || numberWords.has(first.lower))
}

/** Words that join two numbers into a range. */
const rangeWords = new Set(['or', 'to', 'and'])
/** Determiners before which a number qualifies the noun after it as one thing (“a 2,400 limitation”). */
const articles = new Set(['a', 'an', 'the', 'this', 'that', 'each', 'every', 'its', 'his', 'her', 'their', 'our'])

/** Whether the noun heads its phrase: punctuation or the sentence's end follows, or a word of a class that ends a noun phrase. */
function endsPhrase(article: Article, noun: WordToken): boolean {
  const next = article.words[noun.index + 1]
  if (!next || next.sentence !== noun.sentence) return true
  const between = article.text.slice(noun.end, next.start)
  if (/^\s*[,.;:!?)]/.test(between)) return true
  if (!/^ +$/.test(between)) return false
  if (!/^\p{Ll}/u.test(next.text) || !phraseEnders.has(wordClassName(next.lower))) return false
  // A noun and a participle before another noun qualify it together, a compound adjective written without its
  // hyphen (“four sleep deprived days”, Marine Corps Recruit Depot San Diego, in the first of session 48's sets of
  // unseen articles): the noun counted is the last.
  const then = article.words[next.index + 1]
  return !(wordClassName(next.lower) === 'past' && then && then.sentence === noun.sentence && article.text.slice(next.end, then.start) === ' ' && /^\p{Ll}/u.test(then.text) && wordClassName(then.lower) === 'noun')
}

/** The regular plural of a noun: “-es” after a hiss, “-ies” for a “y” after a consonant, “-s” otherwise. */
function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  return `${noun}s`
}
