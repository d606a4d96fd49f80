import type {Article, WordToken} from '../../src/article/types.js'
import {confusableFeatures, confusableModel, confusableTokens, type ConfusableModel} from '../../src/model/confusables.js'
import {generalEnglish} from '../../src/model/general-english.js'
import {wordClassName} from '../../src/model/word-classes.js'
import {modelContext} from '../../src/model/context.js'
import {matchCase} from '../../src/language/variants.js'
import {ruleDataPath} from '../../src/paths.js'
import {readYamlData} from '../../src/text/data-files.js'
import type {PhraseSlip} from './phrase-slips.js'
import {anMayStand} from './short-word-slips.js'
import {designationTakesAn} from './a-or-an.js'

export interface ConfusableSlips {
  /** Nats by which a pair's classifier must prefer the word meant. */
  threshold: number
  /** Decades by which general English must prefer it too. */
  lead: number
  /** Each written word, in lower case, with the words it may be a slip for. */
  slips: ReadonlyMap<string, readonly string[]>
}

export function loadConfusableSlips(): ConfusableSlips {
  const file = ruleDataPath('real-word', 'confusables.yaml')
  const data = readYamlData(file) as {threshold?: unknown; lead?: unknown; slips?: unknown}
  if (typeof data?.threshold !== 'number' || typeof data.lead !== 'number') throw new Error(`${file}: “threshold” and “lead” must be numbers`)
  const slips = data.slips
  if (typeof slips !== 'object' || slips === null || !Object.values(slips).every((meant) => Array.isArray(meant) && meant.every((word) => typeof word === 'string'))) {
    throw new Error(`${file}: “slips” must map each word to a list of the words it may be a slip for`)
  }
  const entries = Object.entries(slips as Record<string, string[]>).map(([written, meant]): [string, string[]] => [written.toLowerCase(), meant.map((word) => word.toLowerCase())])
  return {threshold: data.threshold, lead: data.lead, slips: new Map(entries)}
}

/**
 * Common words typed for one another (“soldiers from Burundi where
 * killed”, “The orders where clear”), from `confusables.yaml`: flagged
 * where the pair's classifier, trained on the newsroom model's text, finds
 * a word the written one may stand for `threshold` nats likelier among the
 * words around it, and general English prefers that word by `lead` decades
 * or more (at 0: does not prefer the word as written). A word in capitals
 * mid-sentence is a name or a title's (“Past President”), and is not judged.
 */
export function* confusableSlips(article: Article, data: ConfusableSlips, model: ConfusableModel = confusableModel()): Generator<PhraseSlip> {
  for (const token of article.words) {
    const written = writtenForm(token)
    const meant = data.slips.get(written)
    if (!meant || (token.stem !== token.lower && !(token.initial && token.stem.slice(1) === token.lower.slice(1)))) continue
    // General English is asked first, whether it prefers some word meant to the word as written here:
    // at most places it does not (nine in ten of the clean copy's), and the classifiers' reading of
    // the words around the place costs more.
    const context = modelContext(article, token)
    const preferred = meant.filter((word) => generalEnglish().lead(context, written, word) >= data.lead)
    if (preferred.length === 0) continue
    const place = placeTokens(article, token)
    if (!place || place.tokens[place.index] !== written) continue
    if (written === 'an' && (anStands(place.tokens[place.index + 1]) || designationTakesAn(article.text, article.words[token.index + 1]?.start ?? article.text.length))) continue
    const features = confusableFeatures(place.tokens, place.index)
    let best: {word: string; lead: number} | undefined
    for (const word of meant) {
      const lead = model.lead(place.tokens, place.index, written, word, features)
      if (lead !== undefined && lead >= data.threshold && (!best || lead > best.lead)) best = {word, lead}
    }
    // The classifier's choice must be one general English prefers too (asked above, once per word).
    if (!best || !preferred.includes(best.word)) continue
    const shown = written.includes("'") ? token.text.replace(/^['’]+|['’]+$/g, '') : token.stem
    const start = token.start + token.text.indexOf(shown)
    const end = start + shown.length
    const times = Number(Math.exp(best.lead).toPrecision(2)).toLocaleString('en-GB')
    yield {
      reason: `“${shown}” may be a slip for “${best.word}”: ${placeOf(article, token)}, “${best.word}” is the usual word (about ${times} times likelier, from the words around it, and general English agrees).`,
      start,
      end,
      expected: [matchCase(shown, best.word)]
    }
  }
}

/** How far on either side of a word its classifier's tokens are read, in characters: two words and more. */
const reach = 80

/**
 * The tokens around a word, as the classifiers read them, and the word's
 * place among them: only a stretch of its paragraph is read, cut at spaces,
 * so a long paragraph costs no more per word.
 */
function placeTokens(article: Article, token: WordToken): {tokens: string[]; index: number} | undefined {
  const paragraph = article.paragraphs[article.sentences[token.sentence].paragraph]
  const text = article.text
  let from = Math.max(paragraph.start, token.start - reach)
  if (from > paragraph.start) from = text.indexOf(' ', from) + 1 || token.start
  let to = Math.min(paragraph.end, token.end + reach)
  if (to < paragraph.end) to = Math.max(text.lastIndexOf(' ', to), token.end)
  const read = confusableTokens(text.slice(Math.min(from, token.start), to))
  const index = read.starts.indexOf(token.start - Math.min(from, token.start))
  return index < 0 ? undefined : {tokens: read.tokens, index}
}

/**
 * Where standard English writes “an” (`anMayStand`: “an improved ground
 * power source”), it is no slip whatever a classifier makes of the words
 * around it, unless the next word is a determiner or a pronoun, which no
 * article comes before (“go an a relay hunger strike”, “law an our side”).
 */
function anStands(next: string | undefined): boolean {
  return next !== undefined && anMayStand(next) && !['determiner', 'pronoun'].includes(wordClassName(next))
}

/** The word as the pairs list it: the stem in lower case, or the whole word where it keeps an apostrophe (“it's”). */
function writtenForm(token: WordToken): string {
  if (token.text === token.stem || !/\p{L}['’]\p{L}/u.test(token.text)) return token.lower
  return token.text.toLowerCase().replace(/^['’]+|['’]+$/g, '').replace('’', "'")
}

/** Where the word stands, in the article's words: “between “Burundi” and “killed””, or beside the one word it has. */
function placeOf(article: Article, token: WordToken): string {
  const sentence = article.sentences[token.sentence]
  const before = token.index > sentence.wordStart ? article.words[token.index - 1].text : undefined
  const after = token.index + 1 < sentence.wordEnd ? article.words[token.index + 1].text : undefined
  if (before && after) return `between “${before}” and “${after}”`
  if (after) return `before “${after}”`
  return before ? `after “${before}”` : 'here'
}
