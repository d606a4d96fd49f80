import {wordClassName} from '../model/word-classes.js'
import {caseAt, letterOrDigit} from '../text/letter-case.js'

/**
 * A photo caption told as a sentence: who or what the picture shows, doing
 * something now, at a place (“Lance Cpl. Brian Taylor, rifleman with 2nd
 * Battalion, 3rd Marine Regiment, posts security in Namsos, Norway”,
 * “Tanks pull back from the banks of Pangong Tso lake, in Ladakh”, “A
 * volunteer prepares boxes of goods … in Kyiv”). A story tells what happened
 * in the past tense; where it uses the present, it says what something is or
 * does in general, of a programme or an event (“The award follows a Jan. 6
 * framework agreement”, “CSG 9 consists of”), and its subject is no person
 * in apposition, no “a” or “an” and no plural doing a thing somewhere.
 *
 * Three subjects, each with its verb in the present:
 * - a name and what the person is, between commas, then a verb in -s (“…,
 *   rifleman with 2nd Battalion, posts security”);
 * - “A” or “An” and a noun, then a verb in -s (“A volunteer prepares”);
 * - a plural, then the plain verb (“Tanks pull back”, “Marines at Camp
 *   Lejeune guard”).
 * After the verb, its object or a particle, then a place: a preposition of
 * place and a capitalised name (“in Namsos”, “at Anzac Day parades”,
 * “onto Kin Blue Beach”). No quotation, no one saying anything, no first or
 * second person (a speech's “Most Americans know … why we are in the Gulf”),
 * no auxiliary or modal before the verb (“are announcing”, “has visited”).
 */
export function sceneCaption(text: string): boolean {
  // The cheap tests first, on the first sentence only: most of a story's sentences name no place, or quote or
  // report someone.
  const sentence = firstSentence(text.trimStart())
  if (!placeAfter.test(sentence) || quotesOrReports(sentence) || personal.test(sentence)) return false
  const words: string[] = sentence.match(sentenceWords) ?? []
  if (words.length < 5 || words.length > 50 || words.slice(0, 3).some((word) => pointing.test(word)) || notSubject.has(wordClassName(words[0].toLowerCase()))) return false
  const verb = presentVerb(sentence, words)
  // (A verb of state is no action a picture shows: “The guidelines define the role of the Self-Defense Forces … in the
  // Asia-Pacific region”, Kyodo.)
  // (Nor an event's start or end, which a story announces and no picture shows: “A major military exercise starts in
  // Eastern Norway on Thursday”, Norway Today.)
  if (verb <= 0 || stativeVerb.test(words[verb]) || eventVerb.test(words[verb])) return false
  // A participle's clause before the subject is a story's (“Drawn from many different units …, the majority of the
  // 118th Infantry Battalion personnel come from …”): a caption names who it shows first. (The clause may hold a verb
  // of its own, which the search above finds first: “Armed with … the kind of training … that military planners dream
  // about, the Army’s home team in Hawaii is taking …”.)
  if (wordClassName(words[0].toLowerCase()) === 'past' && words.includes(',')) return false
  // Nor a sentence whose subject has its verb in the past before the present form found (“The 4th intake of 2019 /20
  // saw young officers train for 6 months in different disciplines …”): told, not shown.
  if (words.slice(1, verb).some((word, at) => wordClassName(word.toLowerCase()) === 'past' && pastAfter.has(wordClassName(words[at].toLowerCase())))) return false
  // The place must be where the subject does it, not where someone a relative clause brings in did something
  // (“The new recommendations come on the tail of a VA proposal … for anyone who served in Southwest Asia …”).
  const place = placeAfter.exec(sentence.slice(verbEnd(sentence, words, verb)))
  return place !== null && !/ (?:who|whom|whose|which) /.test(sentence.slice(verbEnd(sentence, words, verb), verbEnd(sentence, words, verb) + place.index + 1))
}

/** Verbs of state, which tell what something is or holds, not what anyone does: no picture shows them. */
export const stativeVerb = /\b(?:include|includes|comprise|comprises|consist|consists|contain|contains|involve|involves|mean|means|remain|remains|belong|belongs|require|requires|cost|costs|continue|continues|seem|seems|exist|exists|depend|depends|represent|represents|qualify|qualifies|contribute|contributes|define|defines)\b/iu

/** Verbs of an event's course, its start or its end: a story's schedule, not a scene. */
const eventVerb = /^(?:starts?|begins?|ends?|lasts?|concludes?|resumes?)$/iu

/** Classes of a word a past form follows as its subject's last word, so that the past form is the verb. */
const pastAfter = new Set(['noun', 'unknown', 'number', 'pronoun'])

/** A sentence's words, and its commas as words of their own. */
const sentenceWords = /[\p{L}\d]+(?:[-’'][\p{L}\d]+)*|,/gu

/**
 * Whether a line quotes someone or reports what someone said (a quotation
 * mark, “said”, “says”, “told”). Six searches of the runtime's own cost less
 * than one pass of a loop over the characters.
 */
function quotesOrReports(line: string): boolean {
  return line.includes('"') || line.includes('“') || line.includes('”') || line.includes('said') || line.includes('says') || line.includes('told')
}

/** Words that point back to what the story said (“This follows …”, “Its crew …”): a story's sentence, not a picture's. */
export const pointing = /^(?:this|these|that|those|it|its|his|her|their)$/iu

/** Classes of a first word that opens no subject: a clause or a phrase comes first (“Whereas those laws provide …”, “At my direction, …”). */
const notSubject = new Set(['subordinator', 'conjunction', 'preposition', 'pronoun'])

/** First and second person: a speaker's or the page's words, never a caption's. */
const personal = /\b(?:I|[Ww]e|[Yy]ou|[Oo]ur|[Yy]our|us|[Mm]y|me)\b/u

/** A preposition of place and a capitalised name, after the verb (in ASCII, as a pattern of Unicode classes is slow). */
const placeAfter = / (?:in|at|aboard|near|off|during|outside|inside|onto|into|across|along) (?:the )?[A-Z][a-z]/

/**
 * The line up to its first sentence's end: a full stop after a small word of
 * two letters or more, a figure or a bracket, then a space and a capital (not
 * after an abbreviated rank or initial: “Lance Cpl. Brian”, “James W.
 * Adams”). Each full stop and space is found by the runtime's own search: a
 * pattern tried at every place of every line cost as much as the rest of the
 * test. (A question or an exclamation opens no caption.)
 */
function firstSentence(line: string): string {
  for (let at = line.indexOf('. '); at > 0; at = line.indexOf('. ', at + 2)) if (endsSentence(line, at)) return line.slice(0, at + 1)
  return line
}

/** Whether the stop at `at`, a space and a capital after it, ends a sentence: after a figure, a bracket or a small word of two letters or more. */
function endsSentence(line: string, at: number): boolean {
  // A line read as written may end in its stop and a space, with no letter after them to ask about.
  if (at + 2 >= line.length || caseAt(line, at + 2) !== 'upper') return false
  const before = line.charCodeAt(at - 1)
  if ((before >= 48 && before <= 57) || before === 41) return true
  let start = at - 1
  while (start >= 0 && caseAt(line, start) === 'lower') start--
  return at - 1 - start >= 2 && (start < 0 || !letterOrDigit(line.charCodeAt(start)))
}

/** Parts of speech that may follow a verb: its object, an adverb or particle, or a preposition. */
const afterVerb = new Set(['determiner', 'noun', 'unknown', 'adverb', 'preposition', 'adjective'])

/**
 * Where the sentence's verb in the present is, among `words` (commas are
 * words here), by the three subjects `sceneCaption` names; -1 if it has none,
 * or a verb that tells another time first.
 */
function presentVerb(sentence: string, words: readonly string[]): number {
  // Each word's class when first asked: most sentences show a past tense within a few words.
  const known: string[] = []
  const classOf = (index: number) => (known[index] ??= index >= words.length ? 'end' : words[index] === ',' ? 'comma' : wordClassName(words[index].toLowerCase()))
  const opensWithCapital = /^\p{Lu}/u.test(sentence)
  const indefinite = /^An?\s/u.test(sentence)
  for (let index = 1; index < Math.min(words.length, 30); index++) {
    const name = classOf(index)
    if (name === 'modal' || name === 'auxiliary') return -1
    // A past form qualifies a noun (“An M113AS4 armoured personnel carrier”) or tells the past.
    if (name === 'past') {
      if (['determiner', 'adjective', 'unknown'].includes(classOf(index - 1)) && ['noun', 'unknown', 'adjective'].includes(classOf(index + 1))) continue
      return -1
    }
    // A verb is in small letters: a capitalised word is a name (“Armed Forces Minister”).
    const word = words[index]
    if (!/^\p{Ll}{3,}$/u.test(word)) continue
    if (!afterVerb.has(classOf(index + 1))) {
      if (name === 'verb-s' || name === 'verb') return -1
      continue
    }
    // (The subject first, and whether a noun can be a verb last: that asks the classes of three of its forms.)
    if (/[^s]s$/u.test(word)) {
      if (indefinite && name === 'verb-s') return index
      if (classOf(index - 1) === 'comma' && opensWithCapital && (name === 'verb-s' || (name === 'noun' && verbCapable(word)))) return index
    } else if ((name === 'verb' || name === 'noun') && plural(words[index - 1])) {
      // A plural and the plain verb, unless a tensed verb comes next (“Hercules transport aircraft crashed”: a noun).
      const tenseNext = [1, 2, 3].some((step) => classOf(index + step) === 'past' || classOf(index + step) === 'verb-s')
      if (!tenseNext && (name === 'verb' || ((classOf(index - 1) === 'noun' || classOf(index - 1) === 'unknown') && verbCapable(word)))) return index
    }
    if (name === 'verb-s' || name === 'verb') return -1
  }
  return -1
}

/** Where the verb at `index` ends in the sentence: past the words before it and the verb. */
function verbEnd(sentence: string, words: readonly string[], index: number): number {
  let at = 0
  for (let word = 0; word <= index; word++) at = sentence.indexOf(words[word], at) + words[word].length
  return at
}

/** A plural noun (not a possessive, not “-ss”), or a noun of people that is one. */
function plural(word: string): boolean {
  // (Not a field's name in -ics, which qualifies the noun after it: “the logistics support ship TCG Derya”.)
  return (/[^s]s$/u.test(word) && !/['’]/u.test(word) && !/ics$/iu.test(word)) || /^(?:personnel|people|police|troops|crew|staff)$/iu.test(word)
}

/** Whether a word the class table calls a noun can be a verb: its past, or its form in -ing, is a word the table has as such (“posts”: “posted”; “guard”: “guarded”). */
function verbCapable(word: string): boolean {
  const lower = word.toLowerCase()
  const base = /(?:s|x|z|ch|sh)es$/u.test(lower) ? lower.slice(0, -2) : lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.endsWith('s') ? lower.slice(0, -1) : lower
  return [base, base.replace(/e$/u, ''), base + base.at(-1)].some((stem) => wordClassName(stem + 'ed') === 'past' || wordClassName(stem + 'd') === 'past' || wordClassName(stem + 'ing') === 'gerund')
}
