import type {Article} from '../../src/article/types.js'
import {wordClassName} from '../../src/model/word-classes.js'
import {generalEnglish} from '../../src/model/general-english.js'
import type {PhraseSlip} from './phrase-slips.js'

/** The “have” of a perfect. */
const perfects = new Set(['has', 'have', 'had', 'having'])
/**
 * How many decades likelier general English must find the participle than
 * the -s form after the “have” (`GeneralEnglish.pair`): many -s forms are
 * also plural nouns, which “have” owns (“we have challenges”, “has plans”).
 */
const participleLead = 1.5

/**
 * A verb's -s form right after the “have” of a perfect (“has prepares a
 * Training Capsule” → “prepared”): a typing hand's slip of one letter, which
 * no participle list needs to know. The -s form must be a verb's by the
 * word classes, its regular participle a dictionary word, and general
 * English must find the participle far likelier after that “have”.
 */
export function* participleAfterHave(article: Article, isWord: (word: string) => boolean): Generator<PhraseSlip> {
  const {words, text} = article
  for (const token of words) {
    if (!perfects.has(token.lower)) continue
    const next = words[token.index + 1]
    if (!next || next.sentence !== token.sentence || !/^ +$/.test(text.slice(token.end, next.start)) || !/^\p{Ll}+$/u.test(next.text)) continue
    if (wordClassName(next.lower) !== 'verb-s') continue
    const participle = regularParticiple(next.lower)
    if (!participle || !isWord(participle)) continue
    const general = generalEnglish()
    if (general.pair(token.lower, participle) - general.pair(token.lower, next.lower) < participleLead) continue
    yield {
      reason: `“${next.text}” is the verb's -s form; after “${token.text}” the participle is meant: “${participle}”.`,
      start: next.start,
      end: next.end,
      expected: [participle]
    }
  }
}

/** The regular participle of a verb's -s form: “prepares” → “prepared”, “carries” → “carried”, “reaches” → “reached”. */
function regularParticiple(form: string): string | undefined {
  if (!form.endsWith('s')) return undefined
  if (/[^aeiou]ies$/.test(form)) return `${form.slice(0, -3)}ied`
  if (/(?:ss|x|z|ch|sh)es$/.test(form)) return `${form.slice(0, -2)}ed`
  if (form.endsWith('es')) return `${form.slice(0, -1)}d`
  return `${form.slice(0, -1)}ed`
}
