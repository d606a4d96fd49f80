import type {Article, WordToken} from '../../src/article/types.js'
import {wordBeside} from '../../src/article/neighbours.js'
import {wordClassName} from '../../src/model/word-classes.js'
import {generalEnglish} from '../../src/model/general-english.js'
import type {PhraseSlip} from './phrase-slips.js'

/*
 * Slips that a verb's form gives away: a form that cannot stand after the
 * word before it, where general English confirms the form that can.
 */

/** The “have” of a perfect, before which a verb's -s form is a slip. */
export const perfects: ReadonlySet<string> = new Set(['has', 'have', 'had', 'having'])
/** Those before which a verb's plain form is a slip too: “have” and “having” may take an object and a plain verb (“have them build”). */
const perfectsBeforePlainForm = new Set(['has', 'had'])
/**
 * How many decades likelier general English must find the participle than
 * the form written after the “have” (`GeneralEnglish.pair`): many -s forms
 * are also plural nouns, which “have” owns (“we have challenges”, “has
 * plans”), and many plain forms nouns (“has access”).
 */
const participleLead = 1
/** Words of time the word classes call nouns that stand as adverbs between “has” and its participle (“has today announced”). */
const dayWords = new Set(['today', 'yesterday', 'tonight'])

/**
 * A verb's -s form or plain form right after the “have” of a perfect, or
 * with one adverb between (“has prepares a Training Capsule” → “prepared”,
 * “has today announce” → “announced”): a typing hand's slip of a letter or
 * two, which no participle list needs to know (`phrase-slips.yaml` lists the
 * irregular ones). The form must be a verb's by the word classes, its regular
 * participle a dictionary word, and general English must find the participle
 * far likelier after that “have”.
 */
export function participleAfterHave(article: Article, token: WordToken, isWord: (word: string) => boolean): PhraseSlip | undefined {
  let verb = wordBeside(article, token, 1)
  if (!verb) return undefined
  // One adverb may stand between (“has today announce”, “had successfully improve”).
  if (wordClassName(verb.lower) === 'adverb' || dayWords.has(verb.lower)) verb = wordBeside(article, verb, 1) ?? verb
  if (!/^\p{Ll}+$/u.test(verb.text) || article.text[verb.end] === '-') return undefined
  const form = wordClassName(verb.lower)
  if (form !== 'verb-s' && !(form === 'verb' && perfectsBeforePlainForm.has(token.lower))) return undefined
  const participle = regularParticiple(verb.lower, form)
  if (!participle || !isWord(participle)) return undefined
  const general = generalEnglish()
  if (general.pair(token.lower, participle) - general.pair(token.lower, verb.lower) < participleLead) return undefined
  const kind = form === 'verb' ? 'plain form' : '-s form'
  return {
    reason: `“${verb.text}” is the verb's ${kind}; after “${token.text}” the participle is meant: “${participle}”.`,
    start: verb.start,
    end: verb.end,
    expected: [participle]
  }
}

/**
 * The regular participle of a verb's -s form or plain form: “prepares” →
 * “prepared”, “carries” → “carried”, “reaches” → “reached”, “announce” →
 * “announced”, “improve” → “improved”.
 */
function regularParticiple(word: string, form: string): string | undefined {
  if (form === 'verb') return word.endsWith('e') ? `${word}d` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ied` : `${word}ed`
  if (!word.endsWith('s')) return undefined
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}ied`
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return `${word.slice(0, -2)}ed`
  if (word.endsWith('es')) return `${word.slice(0, -1)}d`
  return `${word.slice(0, -1)}ed`
}

/** Words that open a verb's object: after one, the word before is a verb, not a noun (“the expose the whole business”). */
const objectOpeners = new Set(['their', 'his', 'its', 'our', 'the', 'a', 'an', 'your', 'my', 'them', 'us', 'him', 'her', 'this', 'these', 'those'])
/** How many decades likelier general English must find the verb after “to” than after “the”: “the help the …” is a noun (“the help the state gives”). */
const verbLead = 1.5

/**
 * “the” before a verb's plain form and that verb's object (“for the expose
 * the whole business community”, a 1907 message): the article stands
 * for “to” or “they”, a letter or two away. The verb must be one by the word
 * classes and far likelier after “to” than after “the” in general English;
 * the fix general English prefers after the word before comes first.
 */
export function verbAfterThe(article: Article, token: WordToken): PhraseSlip | undefined {
  const {words} = article
  const verb = words[token.index + 1]
  const object = verb && words[verb.index + 1]
  // The look-ups first, the text between the words last: most words after “the” are no verb, and the
  // word after that seldom opens an object (52 and 167 of 5,851 in the real copy's clean articles). The
  // short list of openers is asked first: the word classes look the word up among the model's.
  if (token.text !== 'the' || !object || !objectOpeners.has(object.lower) || wordClassName(verb.lower) !== 'verb') return undefined
  if (!/^\p{Ll}+$/u.test(verb.text) || wordBeside(article, token, 1) !== verb || wordBeside(article, verb, 1) !== object) return undefined
  const general = generalEnglish()
  if (general.pair('to', verb.lower) - general.pair('the', verb.lower) < verbLead) return undefined
  const previous = words[token.index - 1]
  const before = previous && previous.sentence === token.sentence ? previous.lower : '<s>'
  const fit = (word: string) => general.pair(before, word) + general.triple(before, word, verb.lower)
  const expected = ['to', 'they'].sort((a, b) => fit(b) - fit(a))
  return {
    reason: `“the ${verb.text}”: an article cannot stand before the verb “${verb.text}” and its object; “${expected[0]}” or “${expected[1]}” was probably meant.`,
    start: token.start,
    end: token.end,
    expected
  }
}
