import {defineRule} from '../../src/rule.js'
import {loadSpeller, type Speller} from '../../src/language/dictionary.js'
import {otherDialectForms} from '../../src/language/dialect.js'
import {readWordList} from '../../src/text/data-files.js'
import {editDistance} from '../../src/text/edit-distance.js'
import {memoise} from '../../src/text/memo.js'
import {ruleDataPath} from '../../src/paths.js'
import type {Article, WordToken} from '../../src/article/types.js'
import type {Dialect} from '../../src/types.js'
import {loadModel} from '../../src/model/load.js'
import type {LanguageModel} from '../../src/model/model.js'
import {modelWord} from '../../src/model/tokenize.js'
import {nearWords, rankByContext} from '../../src/model/rank.js'
import {modelContext} from '../../src/model/context.js'
import {matchCase, variantPairs} from '../../src/language/variants.js'

interface Resource {
  speller: Speller
  model: LanguageModel
  dialect: Dialect
  /** Newsroom words (this rule's words.txt plus the config's `words`), lower-cased. */
  accepted: ReadonlySet<string>
}

const dialectName: Record<Dialect, string> = {'en-GB': 'British English', 'en-US': 'American English'}

/** Acronyms (NATO, JeM) and camel-cased brands (EurAsian, SatPurush): names, never dictionary words. */
const acronymOrCamel = /^\p{Lu}[\p{Lu}\d]+$|^\p{L}\p{Ll}*\p{Lu}/u
const capitalised = /^\p{Lu}/u

export default defineRule<Resource>({
  meta: {
    id: 'spelling',
    description: 'Words that are not in the dictionary, and names spelled two ways in one article.',
    defaultSeverity: 'warning'
  },

  async load(settings) {
    const accepted = new Set(readWordList(ruleDataPath('spelling', 'words.txt')).map((word) => word.toLowerCase()))
    for (const word of settings.words) accepted.add(word)
    return {speller: await loadSpeller(settings.dialect), model: loadModel(settings.model), dialect: settings.dialect, accepted}
  },

  check({article, resource, report}) {
    const names = new Map<string, WordToken[]>()
    const nameLike = nameEvidence(article)

    for (const token of article.words) {
      if (!checkable(token, article.text)) continue
      const joined = token.stem.replace(/[-‐–]/g, '')
      if (joined !== token.stem && isKnown(joined, resource)) continue // co-ordinated
      for (const piece of pieces(token)) {
        const word = piece.word
        if (word.length < 2 || /\d/.test(word) || acronymOrCamel.test(word) || isKnown(word, resource)) continue

        if (capitalised.test(word)) {
          // A capitalised word the dictionary lacks is a name, unless it only
          // looks capitalised because it opens a sentence and reads like a
          // misspelt English word.
          if (!piece.initial || nameLike(token) || !looksEnglish(word, resource.speller)) {
            const list = names.get(word) ?? []
            list.push({...token, start: piece.start, stem: word})
            names.set(word, list)
            continue
          }
        }

        report({
          reason: `Possible typo: “${word}” is not in the ${dialectName[resource.dialect]} dictionary or the newsroom word list.`,
          start: piece.start,
          end: piece.start + word.length,
          actual: word,
          expected: suggest(word, resource, modelContext(article, token))
        })
      }
    }

    for (const finding of inconsistentNames(names)) report(finding)
  }
})

/** Skip what a dictionary cannot judge: handles, links and e-mail addresses. */
function checkable(token: WordToken, text: string): boolean {
  let from = token.start
  while (from > 0 && !/\s/.test(text[from - 1])) from--
  let to = token.end
  while (to < text.length && !/\s/.test(text[to])) to++
  return !/[@#]|:\/\/|www\.|\.(?:com|org|net|in|uk)\b/i.test(text.slice(from, to))
}

/** Prefixes that stand before a hyphen ("co-develop", "non-state") but are not words alone. */
const prefixes = new Set(['co', 'non', 'multi', 'anti', 'counter', 'semi', 'sub', 'ultra', 'inter', 'intra', 'pre', 'post', 're', 'mid', 'tri', 'bi', 'quasi', 'pseudo', 'neo', 'geo', 'cyber', 'para', 'pro', 'extra', 'mega', 'micro', 'macro', 'mini', 'self', 'vice'])

/** The parts of a hyphenated word, each checked on its own. */
function pieces(token: WordToken): Array<{word: string; start: number; initial: boolean}> {
  const result: Array<{word: string; start: number; initial: boolean}> = []
  let offset = token.start + token.text.indexOf(token.stem)
  token.stem.split(/([-‐–])/).forEach((part, index, parts) => {
    const prefix = parts[index + 1] !== undefined && prefixes.has(part.toLowerCase())
    if (index % 2 === 0 && part !== '' && !prefix) result.push({word: part, start: offset, initial: token.initial && index === 0})
    offset += part.length
  })
  return result
}

/** Whether a word is correct, memoised per resource: articles (and an editor's re-checks) repeat their words. */
const knownFor = memoise((resource: Resource, word: string) => lookUp(word, resource), 100_000)

function isKnown(word: string, resource: Resource): boolean {
  return knownFor(resource, word)
}

function lookUp(word: string, resource: Resource): boolean {
  const lower = word.toLowerCase()
  if (resource.accepted.has(lower)) return true
  if (resource.speller.correct(word) || resource.speller.correct(lower)) return true
  // Another dialect's spelling is the spelling-variant rule's business.
  return otherDialectForms(lower).some((form) => resource.speller.correct(form) || resource.accepted.has(form))
}

/**
 * Evidence that a capitalised word at the start of a sentence is a name: it
 * appears capitalised mid-sentence elsewhere, more than once, or as the first
 * of several capitalised words ("Sant Rampal said").
 */
function nameEvidence(article: Article): (token: WordToken) => boolean {
  const counts = new Map<string, number>()
  const midSentence = new Set<string>()
  for (const token of article.words) {
    counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1)
    if (!token.initial && capitalised.test(token.stem)) midSentence.add(token.stem)
  }
  return (token) => {
    if (midSentence.has(token.stem) || (counts.get(token.stem) ?? 0) > 1) return true
    const next = article.words[token.index + 1]
    return (
      next !== undefined &&
      next.sentence === token.sentence &&
      /^\s+$/.test(article.text.slice(token.end, next.start)) &&
      capitalised.test(next.stem)
    )
  }
}

/** English endings, which names borrowed from other languages rarely have. */
const englishEnding = /(?:ions?|ings?|[^e]ed|ments?|ness|[^l]ly|ities|ity|ies|ers|ous|ives?|isms?|ists?|ful|less|able|ible|ised|ized)$/

/**
 * Whether an unknown capitalised word reads as a misspelt English word rather
 * than a name: it has an English ending, or one edit turns it into a
 * dictionary word (checked directly: nspell's suggest is slow on names).
 */
function looksEnglish(word: string, speller: Speller): boolean {
  const lower = word.toLowerCase()
  if (englishEnding.test(lower)) return true
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  for (let index = 0; index <= lower.length; index++) {
    const head = lower.slice(0, index)
    const tail = lower.slice(index)
    if (tail && speller.correct(head + tail.slice(1))) return true
    if (tail.length > 1 && speller.correct(head + tail[1] + tail[0] + tail.slice(2))) return true
    for (const letter of letters) {
      if (tail && letter !== tail[0] && speller.correct(head + letter + tail.slice(1))) return true
      if (speller.correct(head + letter + tail)) return true
    }
  }
  return false
}

/** A name used once that is one or two letters away from a name used more often. */
function* inconsistentNames(names: Map<string, WordToken[]>) {
  const entries = [...names].filter(([name]) => name.length >= 5)
  for (const [rare, tokens] of entries) {
    let best: [string, number] | undefined
    for (const [common, others] of entries) {
      if (others.length <= tokens.length || common.startsWith(rare) || rare.startsWith(common)) continue
      const limit = Math.min(rare.length, common.length) >= 8 ? 2 : 1
      if (editDistance(rare.toLowerCase(), common.toLowerCase(), limit) > limit) continue
      if (!best || others.length > best[1]) best = [common, others.length]
    }
    if (!best) continue
    for (const token of tokens) {
      yield {
        reason: `“${rare}” looks like a misspelling of “${best[0]}”, the spelling this article uses ${best[1]} times.`,
        start: token.start,
        end: token.start + rare.length,
        actual: rare,
        expected: [best[0]]
      }
    }
  }
}

const candidateCache = new Map<string, string[]>()

/**
 * Fixes for a typo, best first: dictionary suggestions and frequent words
 * within two edits, ranked by how well each fits between the neighbouring
 * words (“Dissuasions on” → “Discussions on”), in the house spelling.
 */
function suggest(word: string, resource: Resource, context: {previous: string; next: string}): string[] {
  const lower = word.toLowerCase()
  const key = resource.dialect + ' ' + lower
  let candidates = candidateCache.get(key)
  if (candidates === undefined) {
    const fromDictionary = lower.length > 24 ? [] : resource.speller.suggest(lower).map(modelWord)
    candidates = [...new Set([...fromDictionary, ...nearWords(resource.model, modelWord(lower))])].filter((candidate) => isKnown(candidate, resource))
    candidateCache.set(key, candidates)
  }
  return rankByContext(resource.model, modelWord(lower), candidates, context)
    .slice(0, 5)
    .map((candidate) => matchCase(word, inHouseSpelling(candidate, resource.dialect)))
}

/** Model words are British; American house style gets the American form. */
function inHouseSpelling(word: string, dialect: Dialect): string {
  if (dialect === 'en-GB') return word
  const variant = variantPairs().get(word)
  return variant?.dialect === 'en-GB' ? variant.counterpart : word
}
