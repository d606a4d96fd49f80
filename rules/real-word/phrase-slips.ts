import type {Article, WordToken} from '../../src/article/types.js'
import {ruleDataPath} from '../../src/paths.js'
import {readYamlData} from '../../src/text/data-files.js'
import {readHonorifics, readRanks} from '../../src/knowledge/claims.js'
import {editDistance} from '../../src/text/edit-distance.js'
import {wordClassName} from '../../src/model/word-classes.js'

/** A slip that the words around it give away, with its fix. */
export interface PhraseSlip {
  reason: string
  start: number
  end: number
  expected: string[]
}

export interface PhraseSlipData {
  pastTenseOnly: ReadonlySet<string>
  /** Adverbs no article comes before (“The therefore”). */
  adverbsOnly: ReadonlySet<string>
  phrasalNouns: ReadonlyMap<string, string>
  corpsUnits: ReadonlySet<string>
  /** Word pairs written in the wrong order, keyed by their first word: “the of” for “of the”. */
  swappedPairs: ReadonlyMap<string, ReadonlySet<string>>
  comparatives: ReadonlySet<string>
  /** Simple past forms that are not the past participle, with the participle (“went”: gone). */
  pastParticiples: ReadonlyMap<string, string>
  /** Plain forms of verbs whose participle differs, with the participle (“build”: built). */
  plainForms: ReadonlyMap<string, string>
  /** Eggcorns (“free reign”) and the set phrase meant. */
  setPhrases: ReadonlyMap<string, string>
  /** The set phrases by their first word, each as its words, longest first. */
  setPhraseOpenings: ReadonlyMap<string, ReadonlyArray<readonly string[]>>
  /** Two-word ranks by their last word, with the first words that make one (“Admiral”: Vice, Rear). */
  rankOpenings: ReadonlyMap<string, ReadonlySet<string>>
  /** Honorifics (“Sir”, “Dr”): before a one-word rank they are no slip (“Sir Marshal …”). */
  honorifics: ReadonlySet<string>
  /** Every word, in lower case, that some slip below turns on, with the checks it turns on: one look-up rules out the rest. */
  turnChecks: ReadonlyMap<string, readonly TurnCheck[]>
}

export function loadPhraseSlips(): PhraseSlipData {
  const file = ruleDataPath('real-word', 'phrase-slips.yaml')
  const data = readYamlData(file) as {pastTenseOnly?: unknown; adverbsOnly?: unknown; phrasalNouns?: unknown; corpsUnits?: unknown; swappedPairs?: unknown; comparatives?: unknown; setPhrases?: unknown; pastParticiples?: unknown; plainForms?: unknown}
  const list = (value: unknown, name: string) => {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`${file}: “${name}” must be a list of words`)
    return new Set(value.map((item) => item.toLowerCase()))
  }
  const nouns = data.phrasalNouns
  if (typeof nouns !== 'object' || nouns === null || !Object.values(nouns).every((verb) => typeof verb === 'string')) throw new Error(`${file}: “phrasalNouns” must map nouns to verbs`)
  const swappedPairs = new Map<string, Set<string>>()
  for (const pair of list(data.swappedPairs, 'swappedPairs')) {
    const [first, second] = pair.split(/\s+/)
    if (!first || !second) throw new Error(`${file}: “swappedPairs” entries are two words: “${pair}”`)
    swappedPairs.set(first, (swappedPairs.get(first) ?? new Set()).add(second))
  }
  const forms = (value: unknown, name: string) => {
    if (typeof value !== 'object' || value === null || !Object.values(value).every((form) => typeof form === 'string')) throw new Error(`${file}: “${name}” must map verb forms to participles`)
    return new Map(Object.entries(value as Record<string, string>))
  }
  const phrases = data.setPhrases
  if (typeof phrases !== 'object' || phrases === null || !Object.values(phrases).every((meant) => typeof meant === 'string')) throw new Error(`${file}: “setPhrases” must map phrases to the phrases meant`)
  const setPhrases = new Map(Object.entries(phrases as Record<string, string>).map(([slip, meant]) => [slip.toLowerCase(), meant]))
  const setPhraseOpenings = new Map<string, string[][]>()
  for (const slip of [...setPhrases.keys()].sort((a, b) => b.length - a.length)) {
    const phraseWords = slip.split(/ +/)
    setPhraseOpenings.set(phraseWords[0], [...(setPhraseOpenings.get(phraseWords[0]) ?? []), phraseWords])
  }
  const rankOpenings = new Map<string, Set<string>>()
  for (const {full} of readRanks()) {
    const [first, last, more] = full.split(' ')
    if (last && !more && /^\p{L}+$/u.test(first)) rankOpenings.set(last, (rankOpenings.get(last) ?? new Set()).add(first))
  }
  const phrasalNouns = new Map(Object.entries(nouns as Record<string, string>))
  const pastParticiples = forms(data.pastParticiples, 'pastParticiples')
  const plainForms = forms(data.plainForms, 'plainForms')
  const lists = {
    rankOpenings,
    honorifics: new Set(readHonorifics()),
    setPhrases,
    setPhraseOpenings,
    pastTenseOnly: list(data.pastTenseOnly, 'pastTenseOnly'),
    adverbsOnly: list(data.adverbsOnly, 'adverbsOnly'),
    phrasalNouns,
    corpsUnits: list(data.corpsUnits, 'corpsUnits'),
    swappedPairs,
    comparatives: list(data.comparatives, 'comparatives'),
    pastParticiples,
    plainForms
  }
  return {...lists, turnChecks: turnChecksFor(lists)}
}

/** The words (in lower case) that the slips below turn on besides the lists' own: its, it's, the, net, to … */
const turnWords = ['its', "it's", 'it’s', 'the', 'net', 'to', 'then', 'lead', 'of', 'where', 'apart', 'corp', 'marshall', 'out', 'thee']

/**
 * Words that cannot follow the possessive “its” but follow “it is” all the
 * time: an article, “not”, a participle of “be”, a few adverbs. (Adjectives
 * are left out: “its high cost”, “its clear waters” are possessives.)
 */
const afterItIs = new Set(['a', 'an', 'the', 'not', 'been', 'being', 'going', 'also', 'about', 'because', 'always', 'never', 'time'])
/**
 * Prepositions after which “it's” cannot be “it is” (“with it's focus”, “for
 * it’s superior air power”): the possessive is meant. Conjunctions that can
 * open a clause (“than it's ever been”, “as it's known”) are left out.
 */
const possessiveAfter = new Set(['with', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'into', 'onto', 'through', 'throughout', 'under', 'over', 'across', 'along', 'during', 'within', 'without', 'toward', 'towards', 'upon', 'via', 'against', 'among', 'amongst', 'beyond', 'despite'])
/** Word classes no possessive stands before. */
const notOwned = new Set(['adverb', 'determiner', 'pronoun', 'preposition', 'conjunction', 'subordinator', 'auxiliary', 'modal', 'to'])

/**
 * Whether the words after “it's” read as a thing it owns (“focus on”,
 * “superior air power”), not as a clause of “it is”: no participle (“for
 * it's getting dark”), no word that only follows “it is”, no adverb or
 * determiner, which no possessive owns (“For it's here we find”, “from here
 * on it's all downhill”: after a particle or a conjunction), no adjective
 * before a clause (“it's incredible what …”). A noun may have one after it:
 * “in it's place to show the new leaders” is the possessive's.
 */
function possessedNext(next: WordToken, after: WordToken | undefined): boolean {
  const word = next.text.toLowerCase()
  if (!/^\p{L}/u.test(word) || /(?:ing|ed)$/.test(word) || afterItIs.has(word) || notOwned.has(wordClassName(word))) return false
  return !(after && clauseOpeners.has(after.text.toLowerCase()) && wordClassName(word) !== 'noun')
}
/**
 * Whether a word opens what a determiner leads: a noun or an adjective in
 * lower case (“own”, “constituents”, “opportunity”), not a conjunction, a
 * verb or an adverb (“thee nor”, “out there”).
 */
function determined(next: WordToken): boolean {
  if (!/^\p{Ll}+$/u.test(next.text)) return false
  const name = wordClassName(next.text)
  return name === 'noun' || name === 'adjective'
}
/**
 * Whether the word after “out” is one a possessive owns (`determined`, or a
 * word in lower case the classes lack: “on out manifesto commitments”), not a
 * place an adverb “out” leads to (“out front”, “out west”). In the speeches
 * since 1940 no word the classes lack follows “out” after a preposition.
 */
const ownedAfterOut = (next: WordToken) => (determined(next) || (/^\p{Ll}+$/u.test(next.text) && wordClassName(next.text) === 'unknown')) && !outPlaces.has(next.text)
/** Nouns that follow an adverb “out” as a place: “out front”, “out west”. */
const outPlaces = new Set(['front', 'back', 'west', 'east', 'north', 'south', 'loud', 'there', 'here', 'home', 'side', 'yonder'])

/**
 * “each convoy taking it’s turn”: after a verb's -ing form that takes an
 * object, a thing it owns follows, not “it is” — unless the verb says or
 * thinks (“saying it's war”, “knowing it's late”) or an adjective follows
 * (“finding it's hard”).
 */
function actionBefore(previous: WordToken, next: WordToken): boolean {
  const verb = previous.text.toLowerCase()
  return wordClassName(verb) === 'gerund' && !clauseVerbs.has(verb) && wordClassName(next.text.toLowerCase()) !== 'adjective'
}
/**
 * “RM appreciated it’s integration with the Indian Army Financial Information
 * System”: after a verb in the past, a noun and a preposition are a thing it
 * owns — unless the verb says, thinks or finds (“said it's part of the plan”,
 * “found it's time to”), whose clause may follow.
 */
function pastActionBefore(previous: WordToken, next: WordToken, after: WordToken | undefined): boolean {
  const verb = previous.text.toLowerCase()
  return (
    wordClassName(verb) === 'past' &&
    !clauseVerbsPast.has(verb) &&
    wordClassName(next.text.toLowerCase()) === 'noun' &&
    after !== undefined &&
    possessiveAfter.has(after.text.toLowerCase())
  )
}
/** Past forms of verbs that bring in a clause (“said it's …”, “felt it's …”). */
const clauseVerbsPast = new Set(['said', 'knew', 'thought', 'felt', 'hoped', 'believed', 'saw', 'realised', 'realized', 'claimed', 'argued', 'insisted', 'admitted', 'recognised', 'recognized', 'meant', 'guessed', 'supposed', 'assumed', 'understood', 'heard', 'noted', 'warned', 'suggested', 'explained', 'announced', 'stated', 'agreed', 'decided', 'showed', 'proved', 'reported', 'told', 'figured', 'bet', 'worried', 'feared', 'pretended', 'acknowledged', 'confirmed', 'remembered', 'forgot', 'learned', 'learnt', 'discovered', 'pointed', 'added', 'concluded', 'wrote', 'read', 'imagined', 'wondered', 'doubted', 'expected', 'predicted', 'promised', 'reckoned', 'sensed', 'trusted', 'complained', 'declared', 'denied', 'emphasised', 'emphasized', 'hinted', 'indicated', 'joked', 'mentioned', 'observed', 'pleaded', 'protested', 'recalled', 'remarked', 'replied', 'signalled', 'signaled', 'stressed', 'swore', 'tweeted', 'posted', 'found', 'guaranteed', 'ensured', 'insured', 'assured', 'answered', 'asked', 'demanded', 'urged', 'judged', 'considered', 'reasoned', 'maintained', 'estimated', 'calculated', 'decreed', 'ruled', 'dreamed', 'dreamt', 'prayed', 'wished', 'cried', 'shouted', 'whispered', 'yelled', 'screamed'])
/** -ing forms of verbs that bring in a clause (“saying it's …”, “hoping it's …”). */
const clauseVerbs = new Set(['saying', 'knowing', 'thinking', 'feeling', 'hoping', 'believing', 'seeing', 'realising', 'realizing', 'claiming', 'arguing', 'insisting', 'admitting', 'recognising', 'recognizing', 'meaning', 'guessing', 'supposing', 'assuming', 'understanding', 'hearing', 'noting', 'warning', 'suggesting', 'explaining', 'announcing', 'stating', 'agreeing', 'deciding', 'showing', 'proving', 'reporting', 'telling', 'figuring', 'betting', 'worrying', 'fearing', 'pretending', 'acknowledging', 'confirming', 'remembering', 'forgetting', 'learning', 'discovering', 'pointing', 'adding', 'concluding', 'writing', 'reading', 'imagining', 'wondering', 'doubting', 'expecting', 'predicting', 'promising', 'reckoning', 'sensing', 'trusting', 'complaining', 'declaring', 'denying', 'emphasising', 'emphasizing', 'hinting', 'indicating', 'joking', 'mentioning', 'observing', 'pleading', 'protesting', 'recalling', 'remarking', 'replying', 'signalling', 'stressing', 'swearing', 'tweeting', 'posting'])

/** “…, for it's late”: “for” after a comma joins a clause (because), and “it is” follows it. */
function conjunctionFor(previous: WordToken, text: string): boolean {
  return previous.lower === 'for' && /[,;]\s*$/.test(text.slice(Math.max(0, previous.start - 3), previous.start))
}
const clauseOpeners = new Set(['what', 'that', 'how', 'to', 'when', 'whether', 'if', 'who', 'why'])

/** A past participle (“been”, “gone”, “happened”, “taken”): what follows “could have”. */
function participle(word: string): boolean {
  return irregularParticiples.has(word) || (/(?:ed|en)$/.test(word) && word.length > 4)
}
const irregularParticiples = new Set(['been', 'gone', 'done', 'had', 'seen', 'known', 'made', 'got', 'gotten', 'come', 'run', 'won', 'lost', 'left', 'kept', 'said', 'told', 'put', 'let', 'set', 'hit', 'cut', 'felt', 'found', 'held', 'heard', 'met', 'paid', 'sent', 'spent', 'stood', 'thought', 'brought', 'bought', 'caught', 'taught', 'fought', 'sought'])

/**
 * The “have” of a perfect, or “been”, just before a word, or with one adverb
 * between (“have finally bore”, “had been overran”): has, have, had, having
 * or been (before a plain form, `plainForm`, has or had only).
 */
function perfectBefore({words, text}: Article, token: WordToken, plainForm = false): WordToken | undefined {
  const auxiliary = plainForm ? perfectsBeforePlainForm : perfects
  const previous = words[token.index - 1]
  if (!joined(text, previous, token)) return undefined
  if (auxiliary.has(previous.lower)) return previous
  const before = words[previous.index - 1]
  return wordClassName(previous.lower) === 'adverb' && joined(text, before, previous) && auxiliary.has(before.lower) ? before : undefined
}
/** “been” as well: a participle stands after it too (“had been overran” for “overrun”). */
const perfects = new Set(['has', 'have', 'had', 'having', 'been'])
/** “have” and “having” may take an object and a plain verb after it (“have them build”): only these two say the perfect before a plain form. */
const perfectsBeforePlainForm = new Set(['has', 'had'])

/** Words that open what “has” owns (“to has a …”). */
const possessed = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'no', 'any', 'some', 'more', 'two', 'three'])

/** The words before “Marshal” in a rank (Air Marshal, Air Chief Marshal, Air Vice-Marshal, Field Marshal). */
const marshalRanks = new Set(['Air', 'Chief', 'Vice', 'Field'])

/** Times that “next” qualifies and “net” never does (“May” is left out: “net May receipts”). */
const timesAhead = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weekend', 'month', 'year', 'decade', 'summer', 'winter'])

/** Verbs after which a past participle stands (“has led”, “was led by”). */
const auxiliaries = new Set(['has', 'have', 'had', 'having', 'was', 'were', 'been', 'is', 'are', 'be'])
/**
 * “no less tragic then any other death”: “more” or “less” and an adjective
 * before “then”, and a word after it, make a comparison (“more robust then
 * ever”); “it was more popular then.” speaks of that time.
 */
function periphrasticComparative({words, text}: Article, previous: WordToken, next: WordToken | undefined): boolean {
  const degree = words[previous.index - 1]
  return (
    degree !== undefined &&
    (degree.lower === 'more' || degree.lower === 'less') &&
    joined(text, degree, previous) &&
    wordClassName(previous.lower) === 'adjective' &&
    next !== undefined &&
    joined(text, words[next.index - 1], next)
  )
}

/** Verbs after which “apart of” is “a part of” (“to be apart of history”, “became apart of the unit”). */
const partOfVerbs = new Set(['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'become', 'becomes', 'became', 'becoming', 'remain', 'remains', 'remained', 'feel', 'feels', 'felt'])

/**
 * Whether “lead by” opens an aside after a noun and its comma (“Forces, lead
 * by 1st SFOD-D operators”): there only the participle “led” reads. Not
 * “lead by example”, the verb's own phrase, nor after a word that may end a
 * clause's aside (“will, I trust, lead to …” has no “by”; “they, lead by”
 * cannot stand).
 */
function ledByAfterNoun({words, text}: Article, previous: WordToken | undefined, token: WordToken): boolean {
  const next = words[token.index + 1]
  const after = next && words[next.index + 1]
  if (!previous || !next || next.lower !== 'by' || !joined(text, token, next) || after?.lower === 'example') return false
  if (!/^,\s+$/u.test(text.slice(previous.end, token.start))) return false
  return wordClassName(previous.lower) === 'noun' || /^\p{Lu}/u.test(previous.text)
}

/** Words after “lead” that make it the verb, not the metal or the noun (“has lead in it”, “had lead roles”). */
const leadFollowers = new Set(['the', 'a', 'an', 'to', 'by', 'with', 'this', 'these', 'their', 'our', 'his', 'her', 'its'])

/**
 * The apostrophe an article writes: curly (’) unless it writes more straight
 * ones ('); with no apostrophe at all, the kind its double quotes are (a text
 * typed with "straight" quotes wants a straight apostrophe).
 */
export function articleApostrophe(text: string): string {
  const straight = occurrences(text, "'")
  const curly = occurrences(text, '’')
  if (straight + curly === 0) return occurrences(text, '"') > occurrences(text, '“') + occurrences(text, '”') ? "'" : '’'
  return straight > curly ? "'" : '’'
}

/** How often a character occurs in a text. */
function occurrences(text: string, character: string): number {
  let count = 0
  for (let index = text.indexOf(character); index >= 0; index = text.indexOf(character, index + 1)) count++
  return count
}

/**
 * A rank with its first word slipped into another word, before a name:
 * “Real Admiral Tarun Sobti” for Rear Admiral. The word is one edit from the
 * first word of a two-word rank that ends as this one does (ranks.yaml), is
 * itself no such first word nor an honorific (“Sir Marshal …”), and a
 * capitalised name follows.
 */
export function* rankSlips({words, text}: Article, data: PhraseSlipData): Generator<PhraseSlip> {
  for (let index = 0; index + 2 < words.length; index++) {
    const openings = data.rankOpenings.get(words[index + 1].text)
    if (!openings) continue
    const [token, rank, name] = [words[index], words[index + 1], words[index + 2]]
    if (openings.has(token.text) || data.honorifics.has(token.text) || token.text.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || !/^\p{Lu}\p{Ll}/u.test(name.text)) continue
    if (!/^ +$/.test(text.slice(token.end, rank.start)) || !/^ +$/.test(text.slice(rank.end, name.start))) continue
    const meant = [...openings].filter((first) => editDistance(first.toLowerCase(), token.lower, 1) === 1)
    if (meant.length !== 1) continue
    yield {
      reason: `“${token.text} ${rank.text} ${name.text}”: “${token.text} ${rank.text}” is no rank; “${meant[0]} ${rank.text}” is one letter away.`,
      start: token.start,
      end: rank.end,
      expected: [`${meant[0]} ${rank.text}`]
    }
  }
}

/** Words after which an article before a preposition cannot be a swap (“with a of radios”): a word is missing. */
const prepositions = new Set(['with', 'of', 'in', 'on', 'at', 'for', 'from', 'by', 'to', 'into', 'about', 'than', 'and', 'or', 'but', 'as'])
const subjects = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'it'])
const modals = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall'])

/** Whether the words from `index` on are the phrase's (as their stems, in any case), with nothing but spaces between them. */
function setPhraseAt(words: readonly WordToken[], index: number, phrase: readonly string[], text: string): boolean {
  for (let offset = 1; offset < phrase.length; offset++) {
    const word = words[index + offset]
    if (word?.lower !== phrase[offset] || !/^ +$/.test(text.slice(words[index + offset - 1].end, word.start))) return false
  }
  return true
}

/**
 * Slips a word's neighbours give away: set phrases gone astray (“free
 * reign”, from the list), then, in reading order:
 * - “its” before a word that only follows “it is” (“Its a welcome change”),
 *   and “it's” after a preposition, where the possessive is meant (“with
 *   it's focus”);
 * - “The” before a verb in the simple past (“The took charge” → “They”);
 * - a one-word noun after a subject or a modal, where its two-word verb is
 *   meant (“as we drawdown” → “draw down”);
 * - “then” after a comparative, or after “more” or “less” and an adjective,
 *   with a word after it (“faster then we expected”, “no less tragic then
 *   any other” → “than”);
 * - “where” after “they” or “we” (“they where told” → “were”), and “apart
 *   of” after “be” or “become” (“is apart of the group” → “a part of”);
 * - “of” between a modal and a participle (“could of been” → “have”);
 * - “lead” after “has” or “was” before an object or “by” (“has lead with” → “led”), or
 *   “lead by” after a noun and its comma (“Forces, lead by 1st SFOD-D operators”);
 * - “Corp” after the name of a military corps (“Marine Corp” → “Corps”).
 */
export function* phraseSlips(article: Article, data: PhraseSlipData): Generator<PhraseSlip> {
  yield* setPhraseSlips(article, data)
  const {words} = article
  for (const token of words) {
    const lower = token.text === token.stem ? token.lower : token.text.toLowerCase()
    // Every slip turns on one of a few words (`turnChecks`): the rest need no look at their neighbours.
    const checks = data.turnChecks.get(lower)
    if (checks === undefined) continue
    for (const check of checks) {
      const slip = check(article, token, lower, data)
      if (slip) {
        yield slip
        break
      }
    }
  }
}

/** Set phrases gone astray (“free reign”): looked for by their first word, where a pattern of them all was tried at every character. */
function* setPhraseSlips(article: Article, data: PhraseSlipData): Generator<PhraseSlip> {
  const {words, text} = article
  for (let index = 0; index < words.length; index++) {
    const phrase = data.setPhraseOpenings.get(words[index].lower)?.find((phraseWords) => setPhraseAt(words, index, phraseWords, text))
    if (!phrase) continue
    const [first, last] = [words[index], words[index + phrase.length - 1]]
    const start = first.start + first.text.indexOf(first.stem)
    const end = last.start + last.text.indexOf(last.stem) + last.stem.length
    const written = text.slice(start, end)
    const meant = data.setPhrases.get(phrase.join(' '))!
    yield {
      reason: `“${written}” is a slip for the set phrase “${meant}”.`,
      start,
      end,
      expected: [casedAs(written, meant)]
    }
    index += phrase.length - 1
  }
}

/**
 * The phrase meant in the case the writer set the slip in: each word capitalised as the written word in its place
 * (“Ladies and Gentleman”: “Ladies and Gentlemen”), or the first only when the two differ in their number of words.
 */
function casedAs(written: string, meant: string): string {
  const writtenWords = written.split(/\s+/u)
  const meantWords = meant.split(' ')
  const capitalise = (word: string) => word[0].toUpperCase() + word.slice(1)
  if (writtenWords.length !== meantWords.length) return /^\p{Lu}/u.test(written) ? capitalise(meant) : meant
  return meantWords.map((word, index) => (/^\p{Lu}/u.test(writtenWords[index]) ? capitalise(word) : word)).join(' ')
}

/**
 * A check of the words around a word it turns on (`lower`: the word in lower case, apostrophe and all).
 * Each is a function of its own: a slip seen for the first time then recompiles one small function, not
 * all of them.
 */
type TurnCheck = (article: Article, token: WordToken, lower: string, data: PhraseSlipData) => PhraseSlip | undefined

/** Neighbours in one sentence, with nothing but a space between. */
function joined(text: string, left: WordToken | undefined, right: WordToken | undefined): boolean {
  return left !== undefined && right !== undefined && left.sentence === right.sentence && /^ +$/.test(text.slice(left.end, right.start))
}

/** A slip of one word, reported on that word. */
function wordSlip(token: WordToken, reason: string, fixed: string): PhraseSlip {
  return {reason, start: token.start, end: token.end, expected: [fixed]}
}

/** Two words swapped: “part the of plan”. Only with a word after them in the sentence, in lower case as both are. */
const swappedPair: TurnCheck = ({words, text}, token, lower, data) => {
  const next = words[token.index + 1]
  const after = next && words[next.index + 1]
  if (!data.swappedPairs.get(lower)?.has(next?.text ?? '') || !/^\p{Ll}/u.test(token.text) || !joined(text, token, next) || !joined(text, next, after) || !/^\p{L}/u.test(after?.text ?? '')) return undefined
  // After a noun the two words were swapped (“part the of plan”); after a function word
  // (“loaded with a of radios”) a word is missing, and only the writer knows which.
  const previous = words[token.index - 1]
  const swapped = !(joined(text, previous, token) && prepositions.has(previous.lower))
  return {
    reason: swapped
      ? `“${token.text} ${next.text}”: the two words are swapped; an article does not stand before “${next.text}”. Write “${next.text} ${token.text}”.`
      : `“${token.text} ${next.text}”: an article does not stand before “${next.text}”; a word is missing between them.`,
    start: token.start,
    end: next.end,
    expected: swapped ? [`${next.text} ${token.text}`] : []
  }
}

/** “Its a welcome change”: “its” before a word that only follows “it is”. */
const itsForItIs: TurnCheck = ({words, text}, token) => {
  const next = words[token.index + 1]
  if (!joined(text, token, next) || !afterItIs.has(next.text.toLowerCase())) return undefined
  // “its time” is possessive before a noun phrase (“its time in port”); only “its time to …” is “it's”.
  if (next.text.toLowerCase() === 'time' && !/^\s+to\b/i.test(text.slice(next.end, next.end + 4))) return undefined
  // In the article's own apostrophe, curly or straight.
  const fixed = (token.text[0] === 'I' ? 'It' : 'it') + articleApostrophe(text) + 's'
  return wordSlip(token, `“${token.text} ${next.text}” reads as “it is ${next.text}”: write “${fixed}”; “its” is the possessive (its crew, its range).`, fixed)
}

/** “With it's focus on air defence”, “taking it’s turn”: after a preposition, or an -ing form that takes an object, “it is” cannot stand; the possessive can. */
const itIsForIts: TurnCheck = ({words, text}, token) => {
  const previous = words[token.index - 1]
  const next = words[token.index + 1]
  const after = next && words[next.index + 1]
  if (!joined(text, previous, token) || !joined(text, token, next)) return undefined
  if (!(possessiveAfter.has(previous.text.toLowerCase()) || actionBefore(previous, next) || pastActionBefore(previous, next, after)) || conjunctionFor(previous, text) || !possessedNext(next, after)) return undefined
  const fixed = token.text[0] === 'I' ? 'Its' : 'its'
  return wordSlip(token, `“${previous.text} ${token.text} ${next.text}”: after “${previous.text}”, “it is” cannot stand; the possessive “${fixed}” (no apostrophe) is meant.`, fixed)
}

/** “have finally bore the fruit”, “had went”, “had been overran”: after “have” or “been” the participle stands, not the simple past. */
const simplePastAfterPerfect: TurnCheck = (article, token, lower, data) => {
  const perfect = /^\p{Ll}/u.test(token.text) ? perfectBefore(article, token) : undefined
  if (!perfect) return undefined
  const participle = data.pastParticiples.get(lower)!
  return wordSlip(token, `“${token.text}” is the simple past; after “${perfect.text}” the participle is meant: “${participle}”.`, participle)
}

/** “has build”: after “has” or “had” the plain form cannot stand. (After “have” it may: “we have them build”, “have go”.) */
const plainFormAfterPerfect: TurnCheck = (article, token, lower, data) => {
  const perfect = /^\p{Ll}/u.test(token.text) && article.text[token.end] !== '-' ? perfectBefore(article, token, true) : undefined
  if (!perfect) return undefined
  const participle = data.plainForms.get(lower)!
  return wordSlip(token, `“${token.text}” is the verb's plain form; after “${perfect.text}” the participle is meant: “${participle}”.`, participle)
}

/** “The took charge”: “the” before a verb in the simple past, or an adverb, where “they” is meant. */
const theForThey: TurnCheck = ({words, text}, token, _lower, data) => {
  const next = words[token.index + 1]
  if (next === undefined || !(data.pastTenseOnly.has(next.lower) || data.adverbsOnly.has(next.lower)) || !joined(text, token, next) || !/^\p{Ll}/u.test(next.text) || text[next.end] === '-') return undefined
  const fixed = token.text[0] === 'T' ? 'They' : 'they'
  const kind = data.adverbsOnly.has(next.lower) ? 'an adverb that qualifies no adjective' : 'a verb that is never a noun or an adjective'
  return wordSlip(token, `“${token.text} ${next.text}”: “${next.text}” is ${kind}, and an article cannot stand before it; “${fixed} ${next.text}” was probably meant.`, fixed)
}

/** “net July”, “net week”: a letter dropped from “next”; a net amount is never a time (“net year-end” has its hyphen). */
const netForNext: TurnCheck = ({words, text}, token) => {
  const next = words[token.index + 1]
  if (!joined(text, token, next) || !timesAhead.has(next.lower) || text[next.end] === '-') return undefined
  const fixed = token.text[0] === 'N' ? 'Next' : 'next'
  return wordSlip(token, `“${token.text} ${next.text}”: “${token.text}” (an amount after deductions) does not qualify a time; “${fixed} ${next.text}” was probably meant.`, fixed)
}

/** “as we drawdown”: a one-word noun after a subject or a modal, where its two-word verb is meant. */
const phrasalNounForVerb: TurnCheck = ({words, text}, token, lower, data) => {
  const previous = words[token.index - 1]
  if (!joined(text, previous, token) || !(subjects.has(previous.text.toLowerCase()) || modals.has(previous.text.toLowerCase()))) return undefined
  const verb = data.phrasalNouns.get(lower)!
  return wordSlip(token, `“${previous.text} ${token.text}”: “${token.text}” is the noun; after “${previous.text}” the verb is meant, which is two words: “${verb}”.`, token.text[0] === token.text[0].toUpperCase() ? verb[0].toUpperCase() + verb.slice(1) : verb)
}

/** “faster then we expected”, “no less tragic then any other”: after a comparative, “than”. */
const thenForThan: TurnCheck = (article, token, _lower, data) => {
  const previous = article.words[token.index - 1]
  if (!joined(article.text, previous, token) || !(data.comparatives.has(previous.text.toLowerCase()) || periphrasticComparative(article, previous, article.words[token.index + 1]))) return undefined
  return wordSlip(token, `“${previous.text} ${token.text}”: after a comparative, “than” makes the comparison; “then” is about time.`, token.text[0] === 'T' ? 'Than' : 'than')
}

/** “they where told”: a subject is followed by its verb; “where” opens no clause straight after “they” or “we”. */
const whereForWere: TurnCheck = ({words, text}, token) => {
  const previous = words[token.index - 1]
  if (!joined(text, previous, token) || !joined(text, token, words[token.index + 1]) || !(previous.lower === 'they' || previous.lower === 'we')) return undefined
  return wordSlip(token, `“${previous.text} ${token.text}”: after “${previous.text}” the verb “were” is meant; “where” asks or tells a place.`, 'were')
}

/** “to be apart of the team”: after “be” or “become”, a part of something; “the holding apart of the powers” is a noun's. */
const apartForAPart: TurnCheck = ({words, text}, token) => {
  const previous = words[token.index - 1]
  const next = words[token.index + 1]
  if (!joined(text, previous, token) || !joined(text, token, next) || next.lower !== 'of' || !partOfVerbs.has(previous.lower)) return undefined
  return wordSlip(token, `“${previous.text} ${token.text} of”: “apart” means separately; “a part of” (two words) is meant.`, token.text[0] === 'A' ? 'A part' : 'a part')
}

/** “has lead with”: after “has” or “was”, before an object or “by”, the participle “led”. */
const leadAfterAuxiliary: TurnCheck = ({words, text}, token) => {
  const previous = words[token.index - 1]
  const next = words[token.index + 1]
  if (!joined(text, previous, token) || !joined(text, token, next) || !auxiliaries.has(previous.text.toLowerCase()) || !leadFollowers.has(next.text.toLowerCase())) return undefined
  return wordSlip(token, `“${previous.text} ${token.text} ${next.text}”: after “${previous.text}” the past participle of “lead” is meant, which is “led”; “lead” is the present (or the metal).`, 'led')
}

/** “U.S. Special Operations Forces, lead by 1st SFOD-D operators”: a noun's participle in an aside. */
const leadByAfterNoun: TurnCheck = (article, token) => {
  const previous = article.words[token.index - 1]
  if (!ledByAfterNoun(article, previous, token)) return undefined
  return wordSlip(token, `“${previous.text}, ${token.text} by”: the past participle qualifies “${previous.text}”, and it is “led”; “lead” is the present (or the metal).`, 'led')
}

/**
 * “the fourth country in the world to has a ballistic missile defence program”: after the infinitive's “to”,
 * “have”. After a participle “to” is a preposition and “has” may own what follows (“the act referred to has a clause”).
 */
const toHas: TurnCheck = ({words, text}, token) => {
  const next = words[token.index + 1]
  const after = next && words[next.index + 1]
  if (next?.text !== 'has' || !joined(text, token, next) || !joined(text, next, after) || !possessed.has(after!.lower)) return undefined
  const previous = words[token.index - 1]
  if (joined(text, previous, token) && participle(previous.lower)) return undefined
  return wordSlip(next, `“to has”: after “to” the verb stands in its plain form: “to have”.`, 'have')
}

/** “could of been”: “of” between a modal and a participle is how “’ve” sounds. */
const ofForHave: TurnCheck = ({words, text}, token) => {
  const previous = words[token.index - 1]
  const next = words[token.index + 1]
  if (previous === undefined || !modals.has(previous.text.toLowerCase()) || !joined(text, previous, token) || !joined(text, token, next) || !participle(next.text.toLowerCase())) return undefined
  return wordSlip(token, `“${previous.text} ${token.text} ${next.text}”: “of” is how “’ve” sounds; “${previous.text} have ${next.text}” is meant.`, 'have')
}

/** “Air Chief Marshall VR Chaudhari”: the rank is spelled with one l; Marshall is a name (George Marshall, the Marshall Plan). */
const marshallRank: TurnCheck = ({words, text}, token) => {
  const previous = words[token.index - 1]
  if (token.text !== 'Marshall' || !joined(text, previous, token) || !marshalRanks.has(previous.text)) return undefined
  return wordSlip(token, `“${previous.text} Marshall” is a rank, spelled “${previous.text} Marshal”; “Marshall” with two l's is a name.`, 'Marshal')
}

/**
 * “to out constituents”, “of out own country”: after a preposition “out” cannot stand before what only a
 * possessive owns; “our” is one key away.
 */
const outForOur: TurnCheck = ({words, text}, token) => {
  const previous = words[token.index - 1]
  const next = words[token.index + 1]
  if (token.text !== 'out' || !joined(text, previous, token) || !joined(text, token, next) || !possessiveAfter.has(previous.text.toLowerCase()) || !ownedAfterOut(next)) return undefined
  return wordSlip(token, `“${previous.text} out ${next.text}”: after “${previous.text}”, “out” cannot stand before “${next.text}”; “our” is meant.`, 'our')
}

/**
 * “had thee opportunity”, “develop thee concepts”: “thee” is the object of a verb or a preposition
 * (“fail thee nor forsake thee”), never a word that leads a noun; “the” is one letter away.
 */
const theeForThe: TurnCheck = ({words, text}, token) => {
  const next = words[token.index + 1]
  if (token.text !== 'thee' || !joined(text, token, next) || !determined(next)) return undefined
  return wordSlip(token, `“thee ${next.text}”: “thee” does not stand before “${next.text}”; “the” is meant.`, 'the')
}

/** “Marine Corp”: after the name of a military corps, “Corps”; “Corp” is short for a company. */
const corpForCorps: TurnCheck = ({words, text}, token, _lower, data) => {
  const previous = words[token.index - 1]
  if (token.text !== 'Corp' || !joined(text, previous, token) || !data.corpsUnits.has(previous.text.toLowerCase()) || /^\./.test(text.slice(token.end, token.end + 1))) return undefined
  return wordSlip(token, `“${previous.text} Corp” names a military corps, “${previous.text} Corps”; “Corp” is short for a company (Corporation).`, 'Corps')
}

/**
 * Every check with the words it turns on (a word of its own, or a list of the data's), in the order they
 * are asked: a word's first slip is its only one.
 */
function turnChecksFor(data: Omit<PhraseSlipData, 'turnChecks'>): Map<string, TurnCheck[]> {
  const order: Array<[TurnCheck, (word: string) => boolean]> = [
    [swappedPair, (word) => data.swappedPairs.has(word)],
    [itsForItIs, (word) => word === 'its'],
    [itIsForIts, (word) => word === "it's" || word === 'it’s'],
    [simplePastAfterPerfect, (word) => data.pastParticiples.has(word)],
    [plainFormAfterPerfect, (word) => data.plainForms.has(word)],
    [theForThey, (word) => word === 'the'],
    [netForNext, (word) => word === 'net'],
    [phrasalNounForVerb, (word) => data.phrasalNouns.has(word)],
    [thenForThan, (word) => word === 'then'],
    [whereForWere, (word) => word === 'where'],
    [apartForAPart, (word) => word === 'apart'],
    [leadAfterAuxiliary, (word) => word === 'lead'],
    [leadByAfterNoun, (word) => word === 'lead'],
    [toHas, (word) => word === 'to'],
    [ofForHave, (word) => word === 'of'],
    [marshallRank, (word) => word === 'marshall'],
    [outForOur, (word) => word === 'out'],
    [theeForThe, (word) => word === 'thee'],
    [corpForCorps, (word) => word === 'corp']
  ]
  const words = new Set([...turnWords, ...data.phrasalNouns.keys(), ...data.swappedPairs.keys(), ...data.pastParticiples.keys(), ...data.plainForms.keys()])
  return new Map([...words].map((word) => [word, order.filter(([, turnsOn]) => turnsOn(word)).map(([check]) => check)]))
}
