import {defineRule} from '../../src/rule.js'
import {readYamlData} from '../../src/text/data-files.js'
import {ruleDataPath} from '../../src/paths.js'
import {stem} from '../../src/text/stem.js'
import {editDistance} from '../../src/text/edit-distance.js'
import {memoise} from '../../src/text/memo.js'
import {loadModel} from '../../src/model/load.js'
import {generalFrequencies} from '../../src/model/frequencies.js'
import type {LanguageModel} from '../../src/model/model.js'
import {modelWord} from '../../src/model/tokenize.js'
import {contextScore, nearWords, rankByContext} from '../../src/model/rank.js'
import {oneEditNeighbours} from '../../src/model/neighbours.js'
import {modelContext} from '../../src/model/context.js'
import {loadSpeller, type Speller} from '../../src/language/dictionary.js'
import {matchCase} from '../../src/language/variants.js'
import type {Article, WordToken} from '../../src/article/types.js'

interface Member {
  word: string
  forms: Set<string>
  cues: Set<string>
}

interface Resource {
  /** Each written form → the set it belongs to and the member it is. */
  sets: Map<string, {members: Member[]; member: Member}>
  model: LanguageModel
  speller: Speller
}

/** Words within this many on either side are the context a cue must appear in. */
const window = 4
/** How often the model must have seen a rare word's neighbour for it to be offered. */
const rarity = 50

export default defineRule<Resource>({
  meta: {
    id: 'real-word',
    description: 'A correctly spelled word that is probably not the one meant (“marital law”, “Dissuasion on transferring”).',
    defaultSeverity: 'warning',
    supersedes: ['spelling']
  },

  async load(settings) {
    return {sets: loadSets(), model: loadModel(settings.model), speller: await loadSpeller(settings.dialect)}
  },

  check({article, options, resource, report}) {
    // Rare-word neighbours are checked only against the article's own
    // vocabulary unless `rareWords: true` asks for every frequent word (less
    // precise: the model has never seen many modern words). `false` turns
    // the check off.
    let stems: Map<string, number> | undefined
    const vocabulary = () => (stems ??= articleStems(article))
    const rareWords = options.rareWords === false ? undefined : options.rareWords === true ? 'any' : vocabulary
    // The general one-edit check is off by default: its precision is below
    // the target on held-out text (see the README).
    const oneEdit = options.oneEdit === true
    for (const token of article.words) {
      const lower = token.stem.toLowerCase()
      if (!/^\p{Ll}/u.test(token.stem) && !token.initial) continue
      const entry = resource.sets.get(lower)
      const fix = entry
        ? fromConfusionSet(article, token, entry) ?? fromModel(article, token, entry, resource.model, Number(options.modelMargin ?? 1))
        : (rareWords ? rareWordNeighbour(article, token, lower, resource, rareWords) : undefined) ??
          (oneEdit ? oneEditSubstitution(article, token, lower, resource, Number(options.oneEditMargin ?? 10)) : undefined)
      if (!fix) continue
      report({
        reason: fix.reason,
        start: token.start + token.text.indexOf(token.stem),
        end: token.start + token.text.indexOf(token.stem) + token.stem.length,
        expected: [matchCase(token.stem, fix.word)]
      })
    }
  }
})

/** How often each word stem occurs in the article: the vocabulary a rare word's neighbour must belong to. */
function articleStems(article: Article): Map<string, number> {
  const stems = new Map<string, number>()
  for (const word of article.words) {
    const key = stem(word.stem)
    stems.set(key, (stems.get(key) ?? 0) + 1)
  }
  return stems
}

function loadSets(): Resource['sets'] {
  const file = ruleDataPath('real-word', 'confusions.yaml')
  const data = readYamlData(file) as {sets?: Array<Record<string, {cues?: string[]; also?: string[]}>>}
  if (!Array.isArray(data?.sets)) throw new Error(`${file}: expected a list under “sets”`)
  const sets: Resource['sets'] = new Map()
  for (const set of data.sets) {
    const members = Object.entries(set).map(([word, {cues = [], also = []}]) => ({word, forms: new Set([word, ...also]), cues: new Set(cues.map(stem))}))
    for (const member of members) for (const form of member.forms) sets.set(form, {members, member})
  }
  return sets
}

/** Stems of the words around a token, in its sentence. */
function contextStems(article: Article, token: WordToken): Set<string> {
  const stems = new Set<string>()
  for (let index = Math.max(0, token.index - window); index <= Math.min(article.words.length - 1, token.index + window); index++) {
    const word = article.words[index]
    if (index !== token.index && word.sentence === token.sentence) stems.add(stem(word.stem))
  }
  return stems
}

function fromConfusionSet(article: Article, token: WordToken, entry: {members: Member[]; member: Member}) {
  if (entry.members.length < 2) return undefined
  const context = contextStems(article, token)
  const supports = (member: Member) => [...member.cues].filter((cue) => context.has(cue))
  if (supports(entry.member).length > 0) return undefined
  const rivals = entry.members.filter((member) => member !== entry.member).map((member) => ({member, cues: supports(member)}))
  const best = rivals.filter((rival) => rival.cues.length > 0).sort((a, b) => b.cues.length - a.cues.length)[0]
  if (!best) return undefined
  const written = token.stem.toLowerCase()
  const word = inflectLike(written, entry.member, best.member)
  return {
    word,
    reason: `“${token.stem}” may be the wrong word: next to “${best.cues.join('”, “')}”, the usual word is “${word}”.`
  }
}

/**
 * With no cues either way, the model decides: a rival is flagged when the
 * words around it have been seen with it (as a pair or a triple) and never
 * with the written word, and it fits the context better by more than
 * `margin` nats.
 */
function fromModel(article: Article, token: WordToken, entry: {members: Member[]; member: Member}, model: LanguageModel, margin: number) {
  const written = token.stem.toLowerCase()
  const context = modelContext(article, token)
  const {previous: before, next: after} = context
  // Evidence on one side: the rival has been seen with that neighbour, the written word never.
  const seen = (word: string) => ({
    left: model.bigram(before, word) + (context.previous2 ? 3 * model.trigram(context.previous2, before, word) : 0),
    right: model.bigram(word, after) + (context.next2 ? 3 * model.trigram(word, after, context.next2) : 0)
  })
  const own = seen(written)
  const attested = (word: string) => {
    const rival = seen(word)
    return (rival.left >= 3 && own.left === 0) || (rival.right >= 3 && own.right === 0)
  }
  const ownScore = contextScore(model, written, context)
  let best: {word: string; gain: number} | undefined
  for (const member of entry.members) {
    if (member === entry.member) continue
    const word = inflectLike(written, entry.member, member)
    const gain = contextScore(model, word, context) - ownScore
    if (attested(word) && gain > margin && (!best || gain > best.gain)) best = {word, gain}
  }
  if (!best) return undefined
  return {word: best.word, reason: `“${token.stem}” may be the wrong word: “${before === '<s>' ? '' : before + ' '}${best.word}${after === '</s>' ? '' : ' ' + after}” is far more usual than “${before === '<s>' ? '' : before + ' '}${written}${after === '</s>' ? '' : ' ' + after}”.`}
}

/** "breaches" of breach → "breeches"? Keep the ending when the rival has that form; else its base word. */
function inflectLike(written: string, member: Member, rival: Member): string {
  const ending = written.startsWith(member.word) ? written.slice(member.word.length) : ''
  const candidate = rival.word + ending
  return ending && rival.forms.has(candidate) ? candidate : rival.word
}

/**
 * A rare word one or two edits from a far more frequent word that fits the
 * sentence better and that the article itself uses elsewhere: “Dissuasion on
 * transferring” in an article about defence talks that speaks of
 * “discussions”. A writer who uses a rare word on purpose rarely uses it once
 * beside a look-alike the article keeps using; a typo does.
 */
function rareWordNeighbour(article: Article, token: WordToken, lower: string, resource: Resource, articleVocabulary: (() => Map<string, number>) | 'any') {
  if (lower.length < 6) return undefined
  // Rare in general English too, not just in the model's older training text ("hosted").
  if (generalFrequencies().has(lower)) return undefined
  const {model} = resource
  const written = modelWord(lower)
  // Seen in the model's training text: the model has evidence for it.
  if (model.count(written) > 0) return undefined
  // Built only when a word gets this far: most articles have no such word.
  const vocabulary = articleVocabulary === 'any' ? 'any' : articleVocabulary()
  if (vocabulary !== 'any' && !nearArticleWord(stem(lower), vocabulary)) return undefined
  // Words the dictionary lacks are the spelling rule's (and capitalised ones may be names).
  if (!resource.speller.correct(lower)) return undefined
  const context = modelContext(article, token)
  // Same length and first letter: letters mistyped in place (“dissuasion” for
  // “discussion”), not a different word that happens to be near (“proactive”, “practice”).
  const frequent = nearWords(model, written, 2).filter(
    (word) =>
      model.count(word) >= rarity &&
      word.length === written.length &&
      word[0] === written[0] &&
      resource.speller.correct(word) &&
      (vocabulary === 'any' || vocabulary.has(stem(word)))
  )
  if (frequent.length === 0) return undefined
  const [best] = rankByContext(model, written, [written, ...frequent], context)
  if (best === written) return undefined
  // The context on both sides must vouch for the replacement, not just its frequency.
  const before = model.bigram(context.previous, best)
  const after = context.next === '</s>' ? 0 : model.bigram(best, context.next)
  if (before === 0 || after === 0 || before + after < 3) return undefined
  const elsewhere = vocabulary === 'any' ? '' : ', and this article uses it elsewhere'
  return {word: best, reason: `“${token.stem}” is a rare word here; “${best}” fits the sentence far better${elsewhere}.`}
}

/**
 * Whether the article uses a rare word's stem only once and uses another
 * stem two edits or fewer away (a cheap test before the model is consulted).
 */
function nearArticleWord(key: string, vocabulary: Map<string, number>): boolean {
  if ((vocabulary.get(key) ?? 0) > 1) return false
  for (const other of vocabulary.keys()) {
    if (other !== key && other[0] === key[0] && Math.abs(other.length - key.length) <= 2 && editDistance(key, other, 2) <= 2) return true
  }
  return false
}

/**
 * A word one edit from another word that the context attests far better:
 * “the army will peach the border” → “reach”. Candidates come from the
 * model's deletion index; both neighbours must vouch for the replacement.
 */
function oneEditSubstitution(article: Article, token: WordToken, lower: string, resource: Resource, margin: number) {
  if (lower.length < 3 || !/^[a-z]+$/.test(lower)) return undefined
  const {model} = resource
  const {previous: before, next: after} = modelContext(article, token)
  const written = modelWord(lower)
  // Evidence needs neighbours the model knows; a written pair it has seen is no slip.
  if (model.count(before) === 0 || model.count(after) === 0) return undefined
  if (model.bigram(before, written) + model.bigram(written, after) > 0) return undefined
  const own = model.logBigram(before, written) + model.logBigram(written, after)
  let best: {word: string; gain: number} | undefined
  for (const candidate of slipCandidates(resource, written)) {
    const left = model.bigram(before, candidate)
    const right = model.bigram(candidate, after)
    if (left < 2 || right < 2) continue
    const gain = model.logBigram(before, candidate) + model.logBigram(candidate, after) - own
    if (gain > margin && (!best || gain > best.gain)) best = {word: candidate, gain}
  }
  if (!best) return undefined
  const phrase = (word: string) => [before === '<s>' ? '' : before, word, after === '</s>' ? '' : after].filter(Boolean).join(' ')
  return {word: best.word, reason: `“${token.stem}” may be a slip for “${best.word}”: “${phrase(best.word)}” is usual, “${phrase(written)}” is not.`}
}

/** Dictionary words one edit from a word, plurals aside (a plural for a singular is grammar, not a slip), memoised per process. */
const slipCandidates = memoise((resource: Resource, written: string) =>
  oneEditNeighbours(resource.model, written).filter(
    (candidate) => resource.speller.correct(candidate) && candidate + 's' !== written && written + 's' !== candidate
  )
)
