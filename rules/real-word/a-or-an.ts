import type {Article, WordToken} from '../../src/article/types.js'
import {wordBeside} from '../../src/article/neighbours.js'
import {wordClassName} from '../../src/model/word-classes.js'
import {generalEnglish} from '../../src/model/general-english.js'
import {readYamlData} from '../../src/text/data-files.js'
import {ruleDataPath} from '../../src/paths.js'
import {matchCase} from '../../src/language/variants.js'
import {countingWords} from './plural-after-number.js'
import type {PhraseSlip} from './phrase-slips.js'

type Sound = 'vowel' | 'consonant'

/**
 * “a” where “an” is meant and the reverse (“a intruder”, “an unique
 * chance”, “a F-35”): the article goes by the next word's first sound, not
 * its letter. The sound is judged only where it is sure:
 * - a word's, from its letter, unless `initial-sounds.yaml` (from the CMU
 *   Pronouncing Dictionary) lists it as another sound (“unique”, “one”,
 *   “hour”) or as said both ways (“herb”); a word beginning with letters
 *   whose sound varies and that the list does not name is not judged
 *   (“uni-”, “eu-”, “one-”, x);
 * - a designation's, from its first letter's name (“an F-35”, “a C-17”, “an
 *   MQ-9B”), initials' with full stops (“a U.S. ship”), and two capitals'
 *   that spell no word (“a UN monument”); not a longer acronym in capitals,
 *   which may be said as a word (“a NATO summit”) or by its letters (“an
 *   FBI agent”);
 * - a number's, from how it is said (“an 18-year-old”, “an 800-strong”).
 * Not before a word that no article goes with (a conjunction, a pronoun, a
 * preposition: “items a and b”), nor before a plural (“troops an civilians”,
 * “beef producers, an poultrymen”: “and”), nor “A” or “An” capitalised
 * mid-sentence (“Plan A”), nor before a word general English finds the
 * article as written about as likely before (below). “an” before a sounded
 * h (“an historic day”) is an older usage some British styles keep, not a
 * slip.
 */
export function* articleSlips(article: Article, isWord: (word: string) => boolean): Generator<PhraseSlip> {
  for (const token of article.words) {
    if (token.lower !== 'a' && token.lower !== 'an') continue
    const slip = articleBeforeSound(article, token, isWord)
    if (slip) yield slip
  }
}

function articleBeforeSound(article: Article, token: WordToken, isWord: (word: string) => boolean): PhraseSlip | undefined {
  if (token.text !== token.lower && !token.initial) return undefined
  const next = wordBeside(article, token, 1)
  if (!next || next.text.endsWith('-')) return undefined
  const sound = initialSound(next.stem) ?? initialsSound(next.stem, isWord)
  if (!sound) return undefined
  const meant = sound === 'vowel' ? 'an' : 'a'
  if (token.lower === meant || (meant === 'a' && /^h/iu.test(next.stem))) return undefined
  // Irish titles keep their own article, capitalised before a name no English dictionary knows (“An Taoiseach Leo
  // Varadkar”, “An Garda Síochána”): a name, not a slip for “A”.
  if (token.text === 'An' && /^\p{Lu}/u.test(next.text) && !isWord(next.lower) && !isWord(next.stem)) return undefined
  const lower = next.lower
  const head = lower.split('-')[0]
  // (Capitals, initials joined by a slash among them, are said by their letters: no word's class or pair judges them.)
  if (/^\p{L}/u.test(lower) && !/^\p{Lu}[\p{Lu}\d./-]*$/u.test(next.stem)) {
    const kind = wordClassName(head)
    if (noArticleBefore.has(kind) || (kind === 'determiner' && !countingWords.has(head))) return undefined
    // (Most words in -men are plurals the dictionary does not derive: “poultrymen”, “guardsmen”.)
    if ((/[^su]s$/u.test(lower) && isWord(lower.slice(0, -1))) || lower.endsWith('men')) return undefined
    // General English must not find the article as written as likely before a word it knows: no article at all may
    // be meant (“a year a ago”, 1864). A name mid-sentence takes none as often as not (“an Formosa”, 1960, was “on”):
    // the article must fit it by a decade, and so the name be known, before its sound judges it (“an American”).
    const general = generalEnglish()
    const name = !token.initial && /^\p{Lu}/u.test(next.stem)
    const lead = general.pair(meant, head) - general.pair(token.lower, head)
    if (name ? lead < nameLead : general.id(head) !== undefined && lead < wordLead) return undefined
  }
  const fix = matchCase(token.text, meant)
  return {
    reason: `“${token.text} ${next.stem}”: “${next.stem}” begins with a ${sound} sound, so the article is “${fix}”.`,
    start: token.start,
    end: token.end,
    expected: [fix]
  }
}

/**
 * How many decades likelier general English must find the fixed article before a word it knows, and before a
 * capitalised word mid-sentence. Every flag of the speeches since 1900 leads by 2 decades or more (“a elementary”,
 * “a asymptomatic”), and those of the clean articles by 2.7 and more.
 */
const wordLead = 0.5
const nameLead = 1

/** Classes of word no article stands before. */
const noArticleBefore = new Set(['conjunction', 'preposition', 'pronoun', 'auxiliary', 'modal', 'subordinator'])

/** The letters whose names begin with a vowel sound (“ef”, “em”, “ess”); H is “aitch” to some and “haitch” to others. */
const vowelNamedLetters = new Set('AEFILMNORSX')

/**
 * Whether the text from `at` opens with a designation said by its letters'
 * names that takes “an” (“an F/A-18C”, “an MH-60R”, “an F-35”): a capital
 * named with a vowel sound, before a slash, a hyphen, a digit or up to two
 * more capitals and a digit.
 */
export function designationTakesAn(text: string, at: number): boolean {
  const letter = /^(\p{Lu})(?:[/-]|\p{Lu}{0,2}-?\d)/u.exec(text.slice(at, at + 8))
  return letter !== null && vowelNamedLetters.has(letter[1])
}

/** The first sound of a word as the next word after an article, or undefined where it is not sure. */
function initialSound(word: string): Sound | undefined {
  // A designation or initials: its letters are said by their names (“F-35”, “MQ-9B”, “A400M”, “U.S.”).
  const letters = /^(\p{Lu})(?:\p{Lu}{0,2}-?\d|\.(?:\p{Lu}\.)+)/u.exec(word)
  if (letters) return letters[1] === 'H' ? undefined : vowelNamedLetters.has(letters[1]) ? 'vowel' : 'consonant'
  if (/^\d/u.test(word)) return numberSound(word)
  const head = word.split(/[-‐]/u)[0]
  // An acronym in capitals is said as a word or by its letters, as one in mixed case may be (“an MoU”); one letter
  // alone is a label (“Plan A”, “a b”).
  if (head.length < 2 || !/^\p{Script=Latin}+$/u.test(head) || !/\p{Ll}/u.test(head) || /^.\p{Ll}*\p{Lu}/u.test(head)) return undefined
  const lower = head.toLowerCase()
  const listed = initialSounds().get(lower)
  if (listed) return listed === 'either' ? undefined : listed
  const first = lower[0]
  if (first === 'a' || first === 'i') return 'vowel'
  if (first === 'e') return /^e[uw]/u.test(lower) ? undefined : 'vowel'
  if (first === 'o') return /^on(?:e|ce)/u.test(lower) ? undefined : 'vowel'
  // u is “you” as often as not (“unit”, “usage”); these beginnings are said with a vowel (“unmanned”, “upgrade”, “ultimate”).
  if (first === 'u') return /^(?:un(?!i)|up|ul|um|ug|ud|urb|urg|ush|utt)/u.test(lower) ? 'vowel' : undefined
  if (first === 'x') return undefined
  return /^[a-zà-ɏ]/u.test(first) ? 'consonant' : undefined
}

/**
 * The first sound of two capitals that spell no word: initials, said by their letters' names (“a UN monument”, “an
 * EU summit”, “a UK base”). Not a Roman numeral's letters, said as the number (“a XV Corps unit”: “fifteen”), nor
 * letters that spell a word in capitals (“a NO vote”); H is said both ways. The first of two joined by a slash
 * gives the sound (“an UN/AU mission”).
 */
function initialsSound(word: string, isWord: (word: string) => boolean): Sound | undefined {
  const initials = word.split('/')[0]
  if (!/^\p{Lu}{2}$/u.test(initials) || /^[IVXLCDM]+$/u.test(initials) || initials[0] === 'H' || isWord(initials.toLowerCase())) return undefined
  return vowelNamedLetters.has(initials[0]) ? 'vowel' : 'consonant'
}

/**
 * A number's first sound as said: “eight”, “eleven”, “eighteen”, “eighty”
 * and their hundreds and thousands begin with a vowel. A year-like number
 * from 1100 to 1999 may be said “eleven hundred” or “one thousand one
 * hundred”, and is not judged.
 */
function numberSound(word: string): Sound | undefined {
  const group = /^\d+/u.exec(word)![0]
  if (group.startsWith('8')) return 'vowel'
  if (group === '11' || group === '18') return 'vowel'
  if (/^1[18]\d\d$/u.test(group)) return undefined
  // “11000”, “18000000”: eleven or eighteen thousand, million.
  if (/^1[18]/u.test(group) && group.length % 3 === 2) return 'vowel'
  return 'consonant'
}

let sounds: Map<string, Sound | 'either'> | undefined
/** The words of initial-sounds.yaml, read once per process, on the first article before a word. */
function initialSounds(): Map<string, Sound | 'either'> {
  if (!sounds) {
    const file = ruleDataPath('real-word', 'initial-sounds.yaml')
    const data = readYamlData(file) as Record<string, unknown>
    sounds = new Map()
    for (const kind of ['consonant', 'vowel', 'either'] as const) {
      const words = data?.[kind]
      if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) throw new Error(`${file}: “${kind}” must be a list of words`)
      for (const word of words) sounds.set(word.toLowerCase(), kind)
    }
  }
  return sounds
}
