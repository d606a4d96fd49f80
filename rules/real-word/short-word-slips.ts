import type {Article} from '../../src/article/types.js'
import {wordBeside, wordInSentence} from '../../src/article/neighbours.js'
import {generalEnglish} from '../../src/model/general-english.js'
import {modelContext} from '../../src/model/context.js'
import {matchCase} from '../../src/language/variants.js'
import {ruleDataPath} from '../../src/paths.js'
import {readYamlData} from '../../src/text/data-files.js'
import type {PhraseSlip} from './phrase-slips.js'

export interface ShortWordSlips {
  /** Decades by which general English must prefer the word meant. */
  lead: number
  /** Each written word, in lower case, with the words it may be a slip for. */
  slips: ReadonlyMap<string, readonly string[]>
}

export function loadShortWordSlips(): ShortWordSlips {
  const file = ruleDataPath('real-word', 'short-words.yaml')
  const data = readYamlData(file) as {lead?: unknown; slips?: unknown}
  if (typeof data?.lead !== 'number') throw new Error(`${file}: “lead” must be a number`)
  const slips = data.slips
  if (typeof slips !== 'object' || slips === null || !Object.values(slips).every((meant) => Array.isArray(meant) && meant.every((word) => typeof word === 'string'))) {
    throw new Error(`${file}: “slips” must map each word to a list of the words it may be a slip for`)
  }
  return {lead: data.lead, slips: new Map(Object.entries(slips as Record<string, string[]>).map(([written, meant]) => [written.toLowerCase(), meant.map((word) => word.toLowerCase())]))}
}

/**
 * Whether “an” may stand before a word, as standard English writes it: before
 * a vowel, an h or an x (“an improved unit”, “an humble confidence”, “an
 * x-ray”), and before a capital (“an F-16”, “an NCO”, “an MoD spokesman”:
 * read by their letters' names). Only before a word in lower case that opens
 * with another consonant can it not stand, and only there is it judged.
 */
export function anMayStand(next: string): boolean {
  return !/^[b-df-gj-np-tv-wyz]/.test(next)
}

/**
 * Short, common words typed for others a key away (“join he 1st Squadron”,
 * “proud of out United States”), from `short-words.yaml`: flagged where
 * general English finds a word the written one may stand for `lead`
 * decades likelier between the same neighbours. Only a place the models can
 * read is judged: in lower case (a capital mid-sentence makes a name or the
 * reverent “He”), not a sentence's first word, and with the words either side
 * running on, no punctuation between (the models read none, nor “’s” in
 * “he’s”).
 */
export function* shortWordSlips(article: Article, data: ShortWordSlips): Generator<PhraseSlip> {
  for (const token of article.words) {
    const meant = data.slips.get(token.lower)
    if (!meant || token.stem !== token.lower) continue
    const before = wordBeside(article, token, -1)
    const after = wordBeside(article, token, 1)
    if (!before || (!after && wordInSentence(article, token, 1) !== undefined)) continue
    if (token.lower === 'an' && !(after && after.stem === after.lower && !anMayStand(after.lower))) continue
    const context = modelContext(article, token)
    const ranked = meant
      .map((word) => ({word, lead: generalEnglish().lead(context, token.lower, word)}))
      .filter(({lead}) => lead > data.lead)
      .sort((a, b) => b.lead - a.lead)
    if (ranked.length === 0) continue
    const [best] = ranked
    const start = token.start + token.text.indexOf(token.stem)
    const end = start + token.stem.length
    const around = (word: string) => article.text.slice(before.start, start) + word + (after ? article.text.slice(end, after.end) : '')
    yield {
      reason: `“${token.stem}” may be a slip for “${best.word}”: “${around(best.word)}” is usual English, “${around(token.stem)}” is not (general English finds it about ${Number((10 ** best.lead).toPrecision(2)).toLocaleString('en-GB')} times likelier).`,
      start,
      end,
      expected: ranked.map(({word}) => matchCase(token.stem, word))
    }
  }
}
