import {defineRule} from '../../src/rule.js'
import {loadSpeller, type Speller} from '../../src/language/dictionary.js'
import {readYamlData} from '../../src/text/data-files.js'
import {insideQuotes, quotedSpans} from '../../src/text/quotes.js'
import {ruleDataPath} from '../../src/paths.js'
import {firstPersonPluralIn, spokenParagraph} from '../../src/text/speech.js'
import {firstSpokenParagraph} from '../../src/article/speech.js'
import type {Article, Sentence} from '../../src/article/types.js'
import {wholeWords} from '../../src/text/whole-words.js'
import {wordClassName} from '../../src/model/word-classes.js'

interface Lexicon {
  absolutes: RegExp
  /** First words of the absolutes: their pattern only runs on sentences that contain one. */
  absoluteTriggers: Set<string>
  record: RegExp
  notSuperlatives: Set<string>
  /** Adjectives of dimension: their superlatives are measurements, unless a record word stands beside them. */
  measurable: Set<string>
  recordWords: RegExp
  technical: RegExp
  attribution: RegExp
  speller: Speller
}

interface Claim {
  start: number
  end: number
  text: string
}

export default defineRule<Lexicon>({
  meta: {
    id: 'superlative',
    description: 'A superlative or absolute claim (“the most promising”, “unprecedented”) with no source or evidence in the article.',
    defaultSeverity: 'warning'
  },

  async load(settings) {
    const file = ruleDataPath('superlative', 'lexicon.yaml')
    const data = readYamlData(file) as Record<string, unknown>
    const list = (key: string): string[] => {
      const value = data?.[key]
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`${file}: “${key}” must be a list of text`)
      return value
    }
    return {
      absolutes: phrases(list('absolutes')),
      absoluteTriggers: new Set(list('absolutes').map((phrase) => phrase.toLowerCase().split(/[\s'’-]/)[0])),
      record: new RegExp(`\\brecord[- ](?:${list('recordNouns').join('|')})\\b`, 'gi'),
      notSuperlatives: new Set(list('notSuperlatives').map((word) => word.toLowerCase())),
      measurable: new Set(list('measurable').map((word) => word.toLowerCase())),
      recordWords: phrases(list('recordWords')),
      technical: phrases(list('technical')),
      attribution: phrases(list('attribution')),
      speller: await loadSpeller(settings.dialect)
    }
  },

  check({article, resource, report}) {
    // A speech's claims are the speaker's, printed as delivered: in an article that says it is a speech, every
    // paragraph from the speaker's first on (“An industry forged by the most challenging of circumstances.”).
    const firstSpoken = firstSpokenParagraph(article)
    article.sentences.forEach((sentence, index) => {
      const paragraph = article.paragraphs[sentence.paragraph]
      if (paragraph.role !== 'body' && paragraph.role !== 'list-item') return
      if (firstSpoken >= 0 && sentence.paragraph >= firstSpoken) return
      const claims = findClaims(sentence, article, resource)
      if (claims.length === 0 || supported(sentence, index, article, resource)) return
      const quotes = quotedSpans(article.text, paragraph.start, paragraph.end)
      for (const claim of claims) {
        if (insideQuotes(quotes, claim.start, claim.end)) continue
        report({
          reason: `No source or evidence for “${claim.text}”: attribute the claim (“…, officials said”), back it with a figure, or tone it down.`,
          start: claim.start,
          end: claim.end
        })
      }
    })
  }
})

/** One case-insensitive pattern for a list of phrases; a hyphen also matches a space. */
function phrases(list: string[]): RegExp {
  const alternatives = list
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/[- ]/g, '[- ]'))
    .sort((a, b) => b.length - a.length)
  return new RegExp(wholeWords(alternatives.join('|')), 'giu')
}

function findClaims(sentence: Sentence, article: Article, lexicon: Lexicon): Claim[] {
  const {text} = sentence
  const claims: Claim[] = []
  const add = (start: number, end: number) => {
    if (claims.some((claim) => start < claim.end && claim.start < end)) return
    claims.push({start: sentence.start + start, end: sentence.start + end, text: text.slice(start, end)})
  }

  // One pass over the words decides which patterns are worth running.
  let grading = false
  let absolute = false
  let record = false
  const superlatives: Array<[number, number]> = []
  for (let index = sentence.wordStart; index < sentence.wordEnd; index++) {
    const word = article.words[index]
    const first = firstPart(word.lower)
    if (first === 'most' || first === 'least') grading = true
    if (lexicon.absoluteTriggers.has(first)) absolute = true
    if (first === 'record') record = true
    // "largest", "best-equipped": -est superlatives, checked against the dictionary.
    if (isSuperlativeWord(first, lexicon) && !inName(article, index, sentence)) superlatives.push([word.start - sentence.start, word.start - sentence.start + word.stem.length])
  }
  if (!grading && !absolute && !record && superlatives.length === 0) return claims

  // Technical terms (“most significant bit”) are sought once a candidate needs them.
  let technical: number[][] | undefined
  const isTechnical = (start: number, end: number) =>
    (technical ??= [...text.matchAll(lexicon.technical)].map((match) => [match.index, match.index + match[0].length])).some(([from, to]) => start < to && from < end)

  // “The best possible care”, “the fullest possible accounting”, “in the most efficient manner possible”: an aim, not a claim.
  const aim = (end: number) => /^\s+(?:[\p{Ll}-]+\s+)?possible\b/iu.test(text.slice(end, end + 30))
  // "the most promising", "the least costly": most/least with the word it grades.
  if (grading) {
    for (const match of text.matchAll(/(?<!\w)(?:most|least)\s+(?:[\p{L}-]+ly\s+)?[\p{L}-]+/giu)) {
      const end = match.index + match[0].length
      // (Capitalised mid-sentence before another capital, a name's words: “the Most Excellent Order of the British Empire”.)
      const named = match.index > 0 && /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}-]*\s+\p{Lu}/u.test(text.slice(match.index, end + 30))
      if (gradesAnAdjective(text, match.index) && !isTechnical(match.index, end) && !named && !aim(end)) add(match.index, end)
    }
  }
  for (const [wanted, pattern] of [[absolute, lexicon.absolutes], [record, lexicon.record]] as const) {
    if (!wanted) continue
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length
      // Before a name it describes, not claims: a word of the list right before a capitalised name (“historic”, when it
      // was on the list, in “the historic Cerberus parade ground”).
      if (!isTechnical(match.index, end) && !/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) add(match.index, end)
    }
  }
  for (const [start, end] of superlatives) if (!isTechnical(start, end) && !aim(end)) add(start, end)
  // A measurement (“the largest shareholder”) is no claim unless it claims a record (“the largest ever”); a superlative
  // denied boasts of nothing (“some veterans … do not have the best experience when they leave”, “not the most modern”).
  const claimsRecord = test(lexicon.recordWords, text)
  return claims
    .filter((claim) => (claimsRecord || !measures(claim.text, lexicon)) && !claimsNothing(text, claim.start - sentence.start, claim.end - sentence.start))
    .sort((a, b) => a.start - b.start)
}

/**
 * Whether the words around a superlative make it no claim of the story's: denied, required, contested or selected,
 * a prize won, or someone's stated belief.
 */
function claimsNothing(text: string, start: number, end: number): boolean {
  return denied(text, start) || required(text, start) || contested(text, start, end) || awarded(text, start, end) || believed(text, start) || habit(text, start, end) || ownBest(text, start, end) || picksOut(text, start) || courtesy(text, end)
}

/**
 * Whether the superlative qualifies a courtesy, what someone offers (“along with his sincerest wishes”, “our
 * heartiest congratulations”, “my warmest thanks”): a form of words, not a claim about anything.
 */
function courtesy(text: string, end: number): boolean {
  return /^\s+(?:wishes|thanks|gratitude|appreciation|condolences|sympathies|sympathy|congratulations|regards|greetings|welcome|respects)\b/iu.test(text.slice(end, end + 20))
}

/**
 * Whether the superlative picks out some of a kind that opens the sentence, right after their noun with no comma
 * (“The recommendations with the most direct impact on troops’ family finances would be …”): which ones the sentence
 * is about, not a claim about them.
 */
function picksOut(text: string, start: number): boolean {
  return start <= 60 && /^\s*(?:The|Those)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}{3,}s\s+with\s+the\s+$/u.test(text.slice(0, start))
}

/**
 * Whether “best” is someone's own best, done, tried or worn: no ranking against others (“the Airmen always do their
 * best”, “tried his best”, “wore their best attire”).
 */
function ownBest(text: string, start: number, end: number): boolean {
  return end - start === 4 && /^best$/iu.test(text.slice(start, end)) && /\b(?:do|does|did|doing|done|try|tries|tried|trying|wear|wears|wore|wearing|worn)\s+(?:my|your|his|her|its|our|their|one['’]s)\s+$/iu.test(text.slice(Math.max(0, start - 20), start))
}

/**
 * Whether “always” tells a habit, a pledge or a truism (“the chaplains are always there”, “will always be there to
 * help”, “there is always room for improvement”, “once a soldier, always a soldier”), not the claim of a record that
 * the perfect makes (“Japan has always been a key strategic partner”, “the programme has always enjoyed support”).
 * Of the 12 “always” that blind sets' judges read, none was a claim, and none was in the perfect.
 */
function habit(text: string, start: number, end: number): boolean {
  return end - start === 6 && /^always$/iu.test(text.slice(start, end)) && !/\b(?:has|have|had|['’]ve|['’]d)\s+$/iu.test(text.slice(Math.max(0, start - 8), start))
}

/**
 * Whether a selection or a contest comes right before the claim, or a selection right after it in its clause: the
 * best is what a match is held to find, whom competitors meet, or who is chosen, not what the story says someone is
 * (“to find each region’s best shooter”, “compete with some of Australia’s best shooters”, “test their skills
 * against some of the world’s best military rugby players”, “the best skiers and boarders are selected”).
 */
function contested(text: string, start: number, end: number): boolean {
  // Or selected after it, in the same clause: “the best skiers and boarders are selected to represent the RAF”.
  if (/^[\p{L}\s'’-]{0,40}?\b(?:is|are|was|were|be|been|get|gets)\s+(?:selected|chosen|picked)\b/u.test(text.slice(end, end + 60))) return true
  return /\b(?:find|finds|select|selects|selecting|choose|chooses|choosing|pick|picks|identify|identifies|crown|crowns|determine|determines|against|(?:compete|competes|competed|competing)\s+(?:with|against))\s+(?:some\s+of\s+)?(?:(?:the|each|every|their|its)\s+)?(?:[\p{L}-]+['’]s?\s+)?$/iu.test(text.slice(Math.max(0, start - 60), start))
}

/**
 * Whether the claim names a prize that was won: judges found it, the story does not claim it. A prize's word just
 * after it (“a best in class award”, “best in class certificate”), or a win or a crowning before it in its clause
 * (“Both won gold and best in class.”, “crowned as the team with the best ethos”), in the Royal Navy's stories of its
 * chefs' competitions.
 */
function awarded(text: string, start: number, end: number): boolean {
  if (/^(?:\s+in\s+class)?\s+(?:awards?|certificates?|trophy|trophies|prizes?|titles?|medals?)\b/iu.test(text.slice(end, end + 30))) return true
  // (“Best” only: a prize is named so; a win of “the greatest naval victories in history” is the story's claim.)
  if (!/^best\b/iu.test(text.slice(start, end))) return false
  const before = text.slice(Math.max(0, start - 150), start)
  // A place in a contest's results (“who emerged the best in leadership and command”), a trophy's reason (“awarded
  // trophies to … for being the best recruits all round”), or one of a list of places, the second among them
  // (“second-best in character development; …, best in professional studies training”), at a passing-out parade.
  // (And the prize's name for its category: “Chief of the Air Staff Trophy for best performance in Air Defence”,
  // “Sword of Honour for overall best performance”.)
  return (
    /\b(?:trophy|trophies|award|awards|prize|prizes|medal|medals|sword of honou?r|shield|cup)\s+for\s+(?:the\s+)?(?:overall\s+)?$/iu.test(before.slice(-50)) ||
    /\b(?:won|wins?|winning|crowned|named|emerged|emerges|adjudged|declared)\b[^,;:.!?]{0,40}$/iu.test(before.slice(-50)) ||
    /\b(?:awards?|awarded|trophy|trophies|prizes?|medals?)\b[^.!?]{0,100}\bfor being\s+(?:the\s+)?$/iu.test(before) ||
    (/\bsecond(?:-best)?\s+in\b/iu.test(sentenceAround(text, start, end)) && /^\s+(?:in\b|[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+in order of merit\b)/iu.test(text.slice(end, end + 60)))
  )
}

/** The sentence around a span: from the last full stop, question or exclamation mark before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('!', start), text.lastIndexOf('?', start), start - 300)
  const stop = /[.!?]/u.exec(text.slice(end, end + 300))
  return text.slice(from + 1, stop ? end + stop.index : end + 300)
}

/**
 * Whether the claim is what someone named before it in its sentence believes: an opinion, and whose (“Their
 * professors believe that the greatest depth of learning happens …”). Only there: “nobody believed we did” in the
 * next sentence attributes nothing, nor does “believe” in a sentence beside it.
 */
function believed(text: string, start: number): boolean {
  return /\b(?<!(?:not|never|nobody|no one)\s+)(?:believe|believes)\s+(?:that\s+)?[^;:!?]{0,120}$/iu.test(text.slice(Math.max(0, start - 140), start))
}

/**
 * Whether a negation denies the claim itself: right before it, or before a verb of being or having and its article
 * (“not the slightest”, “do not have the best”, “not always”, “never the most”, “not in the least”); not a verb it
 * negates (“should not escape the severest penalty”), nor “not only” (“not only a most interesting report”).
 */
function denied(text: string, start: number): boolean {
  return /\b(?:not|never|no longer|n['’]t)\s+(?:(?:be|been|being|is|are|was|were|have|has|had|always|even|in)\s+)?(?:(?:the|a|an)\s+)?$/iu.test(text.slice(Math.max(0, start - 40), start))
}

/**
 * Whether a duty or an aim comes right before a claim, or before “be” and its article: what someone must or
 * should be is no claim that they are (“what they must always be ready for is rendering life-saving care”).
 */
function required(text: string, start: number): boolean {
  return /\b(?:must|should|ought to|needs? to|ha(?:ve|s) to)\s+(?:be\s+)?(?:(?:the|a|an)\s+)?$/iu.test(text.slice(Math.max(0, start - 40), start))
}

/** A word up to its first hyphen or apostrophe (“best-equipped” → “best”), without splitting every word. */
function firstPart(word: string): string {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code === 45 || code === 39 || code === 0x2019) return word.slice(0, index)
  }
  return word
}

/** A capitalised superlative inside a name, mid-sentence before another capital: “the Raksha Mantri Trophy for the Best Command Hospital”. */
function inName(article: Article, index: number, sentence: Sentence): boolean {
  const next = article.words[index + 1]
  return index > sentence.wordStart && /^\p{Lu}/u.test(article.words[index].stem) && index + 1 < sentence.wordEnd && /^\p{Lu}/u.test(next.stem)
}

/** "most" grades an adjective after "the", a possessive or a verb; "most countries" is a quantity, not a claim. */
function gradesAnAdjective(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 25), index)
  return /(?:\bthe|\ba|\ban|['’]s|\bits|\btheir|\bour|\bhis|\bher|\bis|\bare|\bwas|\bwere|\bbe|\bbeen|\bone of the)\s+$/i.test(before)
}

/** Whether a claim grades an adjective of dimension: “largest”, “biggest”, “most distant”. */
function measures(claim: string, lexicon: Lexicon): boolean {
  const word = claim.toLowerCase().split(/[\s-]+/).at(-1) ?? ''
  if (lexicon.measurable.has(word)) return true
  const base = word.replace(/est$/, '')
  return word.endsWith('est') && [base, base.replace(/(.)\1$/, '$1'), base.replace(/i$/, 'y'), base + 'e'].some((form) => lexicon.measurable.has(form))
}

function isSuperlativeWord(word: string, lexicon: Lexicon): boolean {
  if (word === 'best' || word === 'worst') return true
  if (!word.endsWith('est') || word.length < 6 || lexicon.notSuperlatives.has(word)) return false
  // largest → larger, biggest → bigger, happiest → happier: a comparative exists, and so does the plain word
  // (large, big, happy, soon, far for farthest), which “infest” (infer) and “reconquest” (reconquer) lack: a word the
  // classes know, or one of four letters or more (comfy); the dictionary's odd three letters (“inf”) are none.
  const stem = word.slice(0, -3)
  if (!lexicon.speller.correct(stem + 'er')) return false
  const plain = [stem, stem + 'e', stem.replace(/i$/u, 'y'), /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : stem, stem.replace(/rth$/u, 'r')]
  return plain.some((form) => lexicon.speller.correct(form) && (wordClassName(form) !== 'unknown' || form.length >= 4))
}

/**
 * Attributed in the sentence or the sentence next to it, backed by a figure,
 * or part of a statement a paragraph introduces (“The Defence Secretary said:”).
 */
function supported(sentence: Sentence, index: number, article: Article, lexicon: Lexicon): boolean {
  if (figure.test(sentence.text) || test(lexicon.attribution, sentence.text)) return true
  const paragraph = article.paragraphs[sentence.paragraph]
  if (speech(paragraph.text, sentence.text)) return true
  const previous = article.paragraphs[sentence.paragraph - 1]
  if (previous && /:\s*$/.test(previous.text) && test(lexicon.attribution, previous.text)) return true
  for (const neighbour of [article.sentences[index - 1], article.sentences[index + 1]]) {
    if (neighbour && neighbour.paragraph === sentence.paragraph && test(lexicon.attribution, neighbour.text)) return true
  }
  // Reported speech carried on into the next paragraph: its first sentence, its tense shifted back as the speaker's
  // is (“would be”, “had been”), under a paragraph that closes on what someone said (“Air force chief … said the
  // contract was another step …” over “The air force's training capabilities would be world class …”, NZ Herald).
  const before = article.sentences[index - 1]
  return before !== undefined && before.paragraph === sentence.paragraph - 1 && backshifted.test(sentence.text) && test(lexicon.attribution, before.text)
}

/** A verb shifted back, as reported speech shifts the speaker's: “would”, “could”, “might”, “had”. */
const backshifted = /\b(?:would|could|might|had)\b/u

/**
 * Someone's own words with no quotation marks (`src/text/speech.ts`): a
 * transcript's speaker label or “I” in the paragraph. “We” and “our” may be
 * an institution's own voice in its press release, where puffery is the copy
 * desk's business, so they count only in the claim's sentence (“the most
 * visible symbol of our intent”); so does “you”, a commander's letter to the
 * troops (“You are the best-trained and most-experienced National Guard the
 * world has ever known”), as no reporter addresses the reader so.
 */
function speech(paragraph: string, sentence: string): boolean {
  return spokenParagraph(paragraph) || firstPersonPluralIn(sentence) || secondPerson.test(sentence)
}
const secondPerson = /(?<![\p{L}])(?:you|your|You|Your)(?![\p{L}])/u

/** A figure or a date: a number standing on its own (“40 ships”, “since 2007”) or a temperature (“-35C”), not a designation's digits (“MH-60R”, “F-35”). */
const figure = /(?<![\p{L}\d-])\d(?![\p{L}]|-\p{L})|(?<![\p{L}\d])[-−]?\d{1,3}\s?°?[CF](?!\p{L})/u

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0
  return pattern.test(text)
}
