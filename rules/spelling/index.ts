import {defineRule} from '../../src/rule.js'
import {hunspellKnows, loadSpeller, type Speller} from '../../src/language/dictionary.js'
import {largeWordList, rareWordList} from '../../src/language/word-list.js'
import {otherDialectForms} from '../../src/language/dialect.js'
import {readWordList} from '../../src/text/data-files.js'
import {deletions, doubleMoved, editDistance} from '../../src/text/edit-distance.js'
import {plausibleSubstitution} from '../../src/text/keyboard.js'
import {gluedWords, spacingFindings, type SpacingData, type WordEvidence} from '../../src/text/glued.js'
import {memoise, onceEach} from '../../src/text/memo.js'
import {ruleDataPath} from '../../src/paths.js'
import type {Article, WordToken} from '../../src/article/types.js'
import {dialects, type Dialect, type Finding} from '../../src/types.js'
import {loadModel} from '../../src/model/load.js'
import type {LanguageModel} from '../../src/model/model.js'
import {modelWord} from '../../src/model/tokenize.js'
import {stopwords} from '../../src/text/stem.js'
import {generalFrequencies} from '../../src/model/frequencies.js'
import {forEachOneEdit, forEachOneEditIn, wordFilter, type WordFilter} from '../../src/model/neighbours.js'
import {nearWords, rankByContext, typoContextWeight} from '../../src/model/rank.js'
import {slipCost} from '../../src/model/error-model.js'
import {modelContext} from '../../src/model/context.js'
import {wordClassName} from '../../src/model/word-classes.js'
import {generalEnglish} from '../../src/model/general-english.js'
import {matchCase, variantPairs} from '../../src/language/variants.js'
import {readPeople} from '../../src/knowledge/people.js'
import {rankForms, rankShortWords, readRanks} from '../../src/knowledge/claims.js'
import {recordNames, recordSpelling, type RecordAnswers, type RecordNames} from './record-names.js'
import {isWhiteSpace} from '../../src/text/white-space.js'
import {initialCase, smallIntoCapital} from '../../src/text/letter-case.js'
import {wordBeside} from '../../src/article/neighbours.js'
import {isPlaceWord, misspeltPlace, readPlaces, type Places} from './place-slips.js'
import {characterReference} from '../../src/text/character-reference.js'
import {insideQuotes, quotedSpans} from '../../src/text/quotes.js'

interface Resource {
  speller: Speller
  /** The other dialects' dictionaries: a word one of them knows is a spelling of that dialect, which the spelling-variant rule judges. */
  otherSpellers: Speller[]
  /** SCOWL's large list: correct words Hunspell lacks are accepted, never suggested. */
  largeList: Pick<ReadonlySet<string>, 'has'>
  /** The words SCOWL's size 80 adds: accepted unless the word reads as a slip. */
  rareList: Pick<ReadonlySet<string>, 'has'>
  /** Nouns with no plural: their -s form is an error, not an inflection. */
  uncountable: ReadonlySet<string>
  /** Borrowed phrases (“de facto”), each as its words, filed under every word it holds. */
  phrases: ReadonlyMap<string, string[][]>
  /** Nationalities as the Factbook gives them (“Emirati”, “Bahrainis”): names, capitalised, whatever opens a sentence. */
  nationalities: ReadonlySet<string>
  /** Small words that join a name's parts in other languages (“des”, “di”, “del”): part of a name between capitalised words. */
  nameParticles: ReadonlySet<string>
  /** Aircraft designation series that take a hyphen before their number (aircraft-series.txt). */
  aircraftSeries: ReadonlySet<string>
  /** News agencies whose names a page runs into the words beside them (news-agencies.txt). */
  agencies: ReadonlySet<string>
  model: LanguageModel
  dialect: Dialect
  /** Newsroom words (this rule's words.txt plus the config's `words`), lower-cased. */
  accepted: ReadonlySet<string>
  /** The names of the people records, for names the article spells one way throughout. */
  records: RecordNames
  /** The places of places.txt, read on the first capitalised word no dictionary knows. */
  places: () => Places
}

const dialectName: Record<Dialect, string> = {'en-GB': 'British English', 'en-US': 'American English', 'en-AU': 'Australian English'}

/** Longer than any English word (“counterrevolutionaries” has 22 letters): checked and corrected letter by letter, it would cost the square of its length. */
const longestWord = 40
/** Names near one name, past which none of them is taken for its misspelling. */
const maxNearNames = 50
/** Distinct typos of one article whose fixes are worked out. */
const maxSuggested = 200

/** Acronyms (NATO, JeM) and camel-cased brands (EurAsian, SatPurush): names, never dictionary words. */
const acronymOrCamel = /^\p{Lu}[\p{Lu}\d]+$|^\p{L}\p{Ll}*\p{Lu}/u
const capitalised = /^\p{Lu}/u
const numberWords: Record<number, string> = {2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six'}

export default defineRule<Resource>({
  meta: {
    id: 'spelling',
    description: 'Words that are not in the dictionary, and names spelled two ways in one article.',
    defaultSeverity: 'warning'
  },

  async load(settings) {
    const speller = await loadSpeller(settings.dialect)
    const model = loadModel(settings.model)
    const accepted = new Set<string>()
    for (const list of ['words.txt', 'defence-words.txt']) {
      for (const word of readWordList(ruleDataPath('spelling', list))) accepted.add(word.toLowerCase())
    }
    for (const word of settings.words) accepted.add(word)
    return {
      speller,
      otherSpellers: await Promise.all(dialects.filter((dialect) => dialect !== settings.dialect).map(loadSpeller)),
      // Loaded on the first word Hunspell does not know, not with the rule.
      largeList: {has: (word: string) => largeWordList().has(word)},
      rareList: {has: (word: string) => rareWordList().has(word)},
      uncountable: new Set(readWordList(ruleDataPath('spelling', 'uncountable.txt'))),
      nameParticles: new Set(readWordList(ruleDataPath('spelling', 'name-particles.txt'))),
      nationalities: new Set(readWordList(ruleDataPath('spelling', 'nationalities.txt'))),
      aircraftSeries: new Set(readWordList(ruleDataPath('spelling', 'aircraft-series.txt'))),
      agencies: new Set(readWordList(ruleDataPath('spelling', 'news-agencies.txt'))),
      phrases: phrasesByWord(readWordList(ruleDataPath('spelling', 'phrases.txt'))),
      model,
      dialect: settings.dialect,
      accepted,
      records: recordNames(readPeople(settings.people)),
      places: placesOnce(speller, model)
    }
  },

  check({article, resource, report}) {
    const names = new Map<string, WordToken[]>()
    const nameLike = nameEvidence(article)

    const glue = glueEvidence(article, resource)
    const checkable = checkableWords(article.text)
    // An article repeats the words the dictionary lacks (its names): each is looked for in the lists once.
    const inLists = onceEach((word) => listedWord(word, resource))
    // Fixes are worked out for the first typos of an article only, as retext-spell does: a page
    // of gibberish (an export, a word list) has thousands, each costing milliseconds.
    const suggested = new Set<string>()
    const withinBudget = (word: string) => {
      const key = word.toLowerCase()
      if (!suggested.has(key) && suggested.size < maxSuggested) suggested.add(key)
      return suggested.has(key)
    }
    // Whether a word is two run together depends on the word and the article: asked once per word.
    const splits = new Map<string, string[] | undefined>()
    const runTogether = (word: string) => {
      if (splits.has(word)) return splits.get(word)
      // A name no dictionary knows with initials run on is the name and an agency's initials (“TurnbullAAP”): split
      // where the capitals start, whatever words the name's letters could also make (“Turn bull”). A word the
      // dictionary knows, with initials, is a name in mixed case (“LandSAR”, “SecAF”).
      const initials = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}{2,5})$/u.exec(word)
      if (initials && !isKnown(word, resource) && !resource.speller.correct(initials[1]) && !resource.speller.correct(initials[1].toLowerCase())) {
        splits.set(word, [initials[1], initials[2]])
        return splits.get(word)
      }
      // A name set in mixed case that the article uses again and again is its owner's way (“AgustaWestland”, six times in
      // a story on helicopter makers), when its parts are no two words (a text set without its spaces runs the same two
      // words together again and again: “theUnited”, “FederalGovernment”).
      const camel = /^(\p{Lu}?\p{Ll}{3,})(\p{Lu}\p{Ll}{3,})$/u.exec(word)
      if (camel && (article.vocabulary().stemCounts.get(word) ?? 0) >= 2 && !(isKnown(camel[1].toLowerCase(), resource) && isKnown(camel[2].toLowerCase(), resource))) {
        splits.set(word, undefined)
        return undefined
      }
      // A small word run into an acronym, or an acronym into a word, where a page dropped the space (ITV: “spent across
      // theUK”, “future permanent UKlocations”): the acronym one the dictionary or the lists know, the word a common one.
      const intoAcronym = /^(\p{Ll}{2,4})(\p{Lu}{2,5})$/u.exec(word) ?? /^(\p{Lu}{2,5})(\p{Ll}{4,})$/u.exec(word)
      if (intoAcronym) {
        const [, first, second] = intoAcronym
        const smallFirst = /^\p{Ll}/u.test(first)
        const [small, capitals] = smallFirst ? [first, second] : [second, first]
        // (A small word first is a function word, “the”, “of”: “iOS”-like names open with one letter.)
        if ((resource.speller.correct(capitals) || inLists(capitals)) && (smallFirst ? stopwords.has(small) : resource.speller.correct(small))) {
          splits.set(word, [first, second])
          return splits.get(word)
        }
      }
      const typo = /^\p{Ll}/u.test(word) && nearCommonWord(word.toLowerCase(), 1)
      // A small letter run into a capital is no word the word-formation rules make (“townsBrightly” is no compound),
      // nor is a word in capitals run into a capitalised one (“STORYCelebration”).
      const mixed = smallIntoCapital(word) || capitalsIntoWord.test(word)
      const found = typo ? undefined : gluedWords(word, glue, true) ?? (!mixed && isKnown(word, resource) ? undefined : gluedWords(word, glue))
      splits.set(word, found)
      return found
    }
    const spacing: SpacingData = {aircraftSeries: resource.aircraftSeries, agencies: resource.agencies, isWord: (word) => resource.speller.correct(word), wordClass: wordClassName}
    for (const paragraph of article.paragraphs) {
      for (const found of spacingFindings(paragraph.text, paragraph.start, spacing)) {
        report({reason: found.reason, start: found.start, end: found.end, actual: found.actual, expected: [found.fixed]})
      }
      for (const found of ordinalSlips(paragraph.text, paragraph.start)) report(found)
    }

    // A plural given the possessive of a singular as well (“the ships’s company”): one ship’s, or several ships’.
    for (const token of article.words) {
      // Most tokens carry no possessive: the text's end rules them out before any pattern.
      if (token.text === token.stem || !token.text.endsWith('s')) continue
      const doubled = /^(\p{Ll}+)s(['’])s$/u.exec(token.text)
      if (!doubled || /s$/.test(doubled[1]) || !resource.speller.correct(doubled[1]) || !resource.speller.correct(doubled[1] + 's')) continue
      const [, base, apostrophe] = doubled
      report({
        reason: `“${token.text}” gives a plural the possessive ending of a singular: one ${base}’s (“${base}${apostrophe}s”) or several ${base}s’ (“${base}s${apostrophe}”).`,
        start: token.start,
        end: token.end,
        actual: token.text,
        expected: [`${base}${apostrophe}s`, `${base}s${apostrophe}`]
      })
    }

    let introduced: Set<string> | undefined
    const dictionaryKnows = knownByForm(article, resource.speller)
    // A word with a character the page's encoding garbled (“ministerâ€™s”) is boilerplate's to report, with the character.
    const garbled = article.garbled()
    let foreign: ForeignText | undefined
    for (const token of article.words) {
      if (dictionaryKnows(token) || !checkable(token)) continue
      // A sentence in another language, as a bilingual speech has them, is no English to correct; nor is a run of
      // another language's words inside one of English.
      foreign ??= foreignText(article, (word) => dictionaryKnows(word) || isKnown(word.stem, resource), (word) => resource.speller.correct(word))
      if (foreign.sentences.has(token.sentence) || foreign.words.has(token.index) || foreign.shortWords.has(token.lower)) continue
      if (glossed(article, token, dictionaryKnows)) continue
      if (garbled.length > 0 && garbled.some(({start, end}) => start <= token.end && end >= token.start)) continue
      // A word before a grave accent typed for its apostrophe (“doesn`t”) is whole: `graveApostrophes` reports the
      // mark. And an ending an editor puts in square brackets to fit a quotation to its sentence (“incrementally
      // transition[ing] away”, NORAD's words in Defense Daily) is no word of its own.
      if (article.text[token.end] === '`' || (article.text[token.start - 1] === '[' && article.text[token.end] === ']' && /\p{L}/u.test(article.text[token.start - 2] ?? ''))) continue
      const joined = token.stem.replace(/[-‐–]/g, '')
      if (joined !== token.stem && joined.length <= longestWord && isKnown(joined, resource)) {
        // A hyphen inside a word, where a line break of the page split it, leaves a part that is no word and no prefix
        // (“men-tioned”, “opera-tional”); a hyphen after a prefix is a spelling (“co-ordinated”, “re-elected”).
        if (strayHyphen(token.stem, resource)) {
          const start = token.start + token.text.indexOf(token.stem)
          report({reason: `“${token.stem}” has a stray hyphen inside the word, left where a line was broken: “${joined}”.`, start, end: start + token.stem.length, actual: token.stem, expected: [joined]})
        }
        continue
      }
      const parts = pieces(token)
      for (const [index, piece] of parts.entries()) {
        const word = piece.word
        // A compound takes its plural or its past on its last part, whatever that part is alone (“also-rans”,
        // “has-beens”, “high-fived”).
        if (index > 0 && index === parts.length - 1 && (word.endsWith('s') || word.endsWith('ed')) && resource.speller.correct(word.slice(0, -1))) continue
        // A name's parts after a hyphen may be lower case (“Mao Tse-tung”, “Chiang Kai-shek”): after a capitalised
        // part that no dictionary knows, or that follows another part of the name.
        // So may a given name's, before the family name (“In-cheol Kim”, “Sam-hyeon Ga”): a short part, a capitalised word after.
        if (index > 0 && /^\p{Lu}\p{Ll}/u.test(parts[0].word) && (!isKnown(parts[0].word, resource) || afterName(article, token) || (word.length <= 6 && beforeName(article, token)))) continue
        // Two letters are too few to judge (“et al”, “4 th”), an English dictionary judges only Latin
        // script, and a short word after a number is its unit (“67 kgs”, “5 kms”).
        // And a run of letters longer than any word (an encoded string, a pasted hash) is no word to correct.
        if (word.length < 3 || word.length > longestWord || /\d/.test(word) || !/^\p{Script=Latin}+$/u.test(word) || inLists(word) || rankShortWords().has(word)) continue
        if (word.length <= 4 && /\d\s*$/.test(article.text.slice(Math.max(0, piece.start - 3), piece.start))) continue
        // A function word run on is checked before the word-formation rules, which would read
        // “workersand” as worker + sand; two content words after them (“overexploited” is a word).
        // A dropped g (“Screamin’ Eagles”) is no run-on.
        // One letter from a word in use (“bandwith”, “attemped”) is a typo, not two words.
        const droppedG = /in['’]$/.test(token.text)
        const glued = droppedG ? undefined : runTogether(word)
        if (glued) {
          report({
            reason: `“${word}” is ${numberWords[glued.length] ?? glued.length} words run together: “${glued.join(' ')}”.`,
            start: piece.start,
            end: piece.start + word.length,
            actual: word,
            expected: [glued.join(' ')]
          })
          continue
        }
        if (acronymOrCamel.test(word) || isKnown(word, resource)) {
          const slip = capitalsSlip(word, article, resource)
          if (slip) report({reason: slip.reason, start: piece.start, end: piece.start + word.length, actual: word, expected: [slip.fix]})
          continue
        }

        if (capitalised.test(word)) {
          if (resource.nationalities.has(word)) continue
          // A capitalised word the dictionary lacks is a name, unless it only
          // looks capitalised because it opens a sentence and reads like a
          // misspelt English word.
          const name = !piece.initial || nameLike(token) || !looksEnglish(word, resource.speller)
          // A name is no name when a slip shows in it (“Mohammmed”, “Genral”): then it is reported, not compared with
          // the others. A sentence's first word that reads like a misspelt English word may be a place misspelt
          // (“Quatar's navy …”): the place is the fix, not the dictionary's nearest words.
          const slip = name
            ? (nameSlip(word, article, resource.speller, dialectName[resource.dialect], resource.model, surnamePlace(article, token)) ?? rankSlip(word, article.text.slice(piece.start + word.length, piece.start + word.length + 3)) ?? placeSlip(word, article, resource))
            : placeSlip(word, article, resource)
          if (slip) {
            report({reason: slip.reason, start: piece.start, end: piece.start + word.length, actual: word, expected: [slip.fix]})
            continue
          }
          if (name) {
            const list = names.get(word) ?? []
            list.push({...token, start: piece.start, stem: word})
            names.set(word, list)
            continue
          }
        }

        // A small word between two capitalised ones that joins a name's parts in another language
        // (“Forces Armées des Comores”, “Guardia di Finanza”), as “of” does in English.
        if (resource.nameParticles.has(word) && insideName(article, token, resource.nameParticles)) continue
        // A word of a borrowed phrase where the phrase stands: “de facto”, “bona fide”.
        if (inBorrowedPhrase(article, token, word, resource.phrases)) continue
        // A term the article introduces (“the standard, called the aquila”) is the article's word in every mention.
        if ((introduced ??= introducedTerms(article)).has(word.toLowerCase())) continue

        const singular = uncountablePlural(word, resource)
        report({
          reason: singular
            ? `“${word}” is not standard English: “${singular}” has no plural form.`
            : `Possible typo: “${word}” is not in the ${dialectName[resource.dialect]} dictionary or the newsroom word list.`,
          start: piece.start,
          end: piece.start + word.length,
          actual: word,
          expected: singular ? [matchCase(word, singular)] : () => (withinBudget(word) ? suggest(word, resource, modelContext(article, token)) : [])
        })
      }
    }

    const misspelt = new Set<string>()
    for (const finding of inconsistentNames(names, (name) => isPlaceWord(name, resource.places()))) {
      misspelt.add(finding.actual)
      report(finding)
    }
    // Names the article spells one way, or as often right as wrong: the people records decide.
    // The records’ names the article uses, gathered on the first unknown name: an article with none never pays for it.
    let inArticle: Set<string> | undefined
    const recordAnswers: RecordAnswers = new Map()
    for (const [name, tokens] of names) {
      if (misspelt.has(name)) continue
      inArticle ??= recordNamesIn(article, resource.records)
      for (const token of tokens) {
        const spelling = recordSpelling(token, article, resource.records, inArticle, recordAnswers)
        if (!spelling) continue
        report({
          reason: `“${name}” looks like a misspelling of “${spelling}”, as the people records spell the name.`,
          start: token.start,
          end: token.start + name.length,
          actual: name,
          expected: [spelling]
        })
      }
    }
  }
})

/**
 * Whether Hunspell knows a token (`hunspellKnows`), asked once per word form
 * of the article: tokens written alike share the answer, kept in an array
 * by form, where the speller's memo would hash the word again for each of
 * them (two tokens in five repeat a form before them).
 */
function knownByForm(article: Article, speller: Speller): (token: WordToken) => boolean {
  // 0: not asked yet, 1: known, 2: unknown.
  const verdicts = new Uint8Array(article.formCount)
  return (token) => {
    let verdict = verdicts[token.form]
    if (verdict === 0) verdicts[token.form] = verdict = hunspellKnows(token, speller) ? 1 : 2
    return verdict === 1
  }
}

/**
 * Ordinals with the wrong ending or a letter too many (“the 21th Squadron”, “the 176thh Wing”, “4rth”), with the
 * right one as the fix: 1st, 2nd and 3rd but 11th, 12th and 13th, th for the rest. A number's unit in small letters
 * (“24hrs”, “5kms”) is none of these.
 */
function* ordinalSlips(text: string, offset: number): Generator<Finding> {
  if (!/\d\p{Ll}/u.test(text)) return
  for (const found of text.matchAll(/(?<![\p{L}\d.,])(\d{1,5})(\p{Ll}{2,3})(?![\p{L}\d])/gu)) {
    const [whole, digits, letters] = found
    const number = Number(digits)
    const right = number % 100 >= 11 && number % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][number % 10] ?? 'th')
    // (A plural of an ordinal is its own: “the 4ths”, “2nds”.)
    if (letters === right || (letters.endsWith('s') && letters.slice(0, -1) === right)) continue
    const slip = letters.length === 2 ? ordinalEndings.has(letters) : [0, 1, 2].some((at) => letters.slice(0, at) + letters.slice(at + 1) === right)
    if (!slip) continue
    yield {
      reason: `“${whole}”: the ordinal of ${digits} is written “${digits}${right}”.`,
      start: offset + found.index,
      end: offset + found.index + whole.length,
      actual: whole,
      expected: [digits + right]
    }
  }
}
const ordinalEndings = new Set(['st', 'nd', 'rd', 'th'])

/**
 * The sentences written in another language (and the runs of its words
 * inside English ones, `foreignRun`): of their words in small
 * letters, of three letters or more, four or more and at least two in five
 * are none that English knows, one of them with an accent English words do
 * not need (“Ça fait quatre mois que le Premier ministre m'a demandé de
 * servir …”, “En tant que Canadiens, comment peut-on contribuer à la
 * sécurité de notre monde ?”, in a Canadian minister's speech), or three in
 * five with no accent (a Spanish source's headline). A sentence
 * of English has a slip or two among its words, and names in capitals.
 */
function foreignText(article: Article, known: (token: WordToken) => boolean, knownWord: (word: string) => boolean): ForeignText {
  const foreign: ForeignText = {sentences: new Set(), words: new Set(), shortWords: new Set()}
  // Each sentence's unknown words, for `codeSwitching`.
  const sentenceUnknowns = new Map<number, number[]>()
  let sentence = -1
  let words = 0
  let unknown = 0
  let accented = false
  // The words in small letters, of three letters or more, that English does not know: the sentence's, and those in a
  // row (shorter words between). A sentence with a run of them switches language, and all of them are the other's.
  let unknownWords: number[] = []
  // The sentence's first word, when English does not know it: the other language's too in a sentence that switches to
  // it (“Bakit natin pasasamain yung relationship natin with them?”), though its capital keeps it out of the counts.
  let opener: number | undefined
  const openers = new Map<number, number>()
  let run = 0
  let switches = false
  const closeRun = () => {
    if (run >= foreignRun) switches = true
    run = 0
  }
  // A paragraph of short sentences in another language (a greeting in Māori: “Kei aku Mana Whakaruruhau tēnā koutou.
  // Tēnā koutou Ngāti Tūmatauenga. …”) is told by the same counts over the paragraph: each sentence is too short.
  let paragraph = -1
  let paragraphSentences: number[] = []
  let paragraphWords = 0
  let paragraphUnknown = 0
  let paragraphAccented = false
  const close = () => {
    closeRun()
    // (Without an accent, three in five: “Cinco militares murieron en ataque con explosivos de las Farc”, a Spanish
    // source's headline in a list under an English story.)
    if (unknown >= 4 && 5 * unknown >= (accented ? 2 : 3) * words) foreign.sentences.add(sentence)
    else if (switches) for (const index of unknownWords) foreign.words.add(index)
    if (switches && opener !== undefined) foreign.words.add(opener)
    if (unknownWords.length > 0) sentenceUnknowns.set(sentence, unknownWords)
    if (opener !== undefined) openers.set(sentence, opener)
    unknownWords = []
    opener = undefined
    switches = false
    paragraphWords += words
    paragraphUnknown += unknown
    paragraphAccented ||= accented
  }
  const closeParagraph = () => {
    if (paragraphAccented && paragraphUnknown >= 4 && 5 * paragraphUnknown >= 2 * paragraphWords) for (const each of paragraphSentences) foreign.sentences.add(each)
    paragraphSentences = []
    paragraphWords = paragraphUnknown = 0
    paragraphAccented = false
  }
  for (const token of article.words) {
    if (token.sentence !== sentence) {
      close()
      sentence = token.sentence
      words = unknown = 0
      accented = false
      const at = article.sentences[sentence]?.paragraph ?? -1
      if (at !== paragraph) {
        closeParagraph()
        paragraph = at
      }
      paragraphSentences.push(sentence)
    }
    if (token.stem.length < 3 || !/^\p{Ll}/u.test(token.stem)) {
      if (token.initial && token.stem.length >= 3 && !known(token)) opener = token.index
      continue
    }
    words++
    const plain = token.stem.normalize('NFD').replace(/\p{M}/gu, '')
    // (An accented word English knows without its accents, “rôle”, “café”, is English.)
    const english = plain === token.stem ? known(token) : knownWord(plain)
    if (english) {
      closeRun()
      continue
    }
    if (plain !== token.stem) accented = true
    unknown++
    run++
    unknownWords.push(token.index)
    // A word English does not know, written twice in a row, is a sound set down as heard (“the snap snap snap and
    // biritt birrit birrit of small-arms fire”): no slip is typed twice over.
    // (Four letters or more: a scan reads the zeros of “$15,000,000” as letters, “$15,ooo,ooo”.)
    if (token.lower.length >= 4 && article.words[token.index - 1]?.lower === token.lower && article.words[token.index - 1].sentence === sentence) foreign.words.add(token.index - 1).add(token.index)
  }
  close()
  closeParagraph()
  codeSwitching(article, sentenceUnknowns, openers, foreign, knownWord)
  return foreign
}

/**
 * A speaker who mixes another language into English repeats its short words (“Very important sa amin yung
 * modernization program. Yung mga Kevlar helmet, mga vest …”, Tagalog in an Inquirer story): two or more short words
 * English does not know, each written twice or more in the article, mark the sentences that hold one, and those
 * sentences' other unknown words (with a capitalised one that opens the sentence, `openers`) are that language's
 * too. A writer's slip is seldom typed twice the same way; short English words run together again and again, as a
 * text set without its spaces has them, are English's (`twoWords`).
 */
function codeSwitching(article: Article, sentenceUnknowns: ReadonlyMap<number, number[]>, openers: ReadonlyMap<number, number>, foreign: ForeignText, knownWord: (word: string) => boolean): void {
  const counts = new Map<string, number>()
  // (Two short English words run together are a slip typed again and again in a text set without its spaces, “ofthe”,
  // “tothe”, “asa”: no other language's.)
  const twoWords = (word: string) => [...word].some((_, at) => at >= 2 && (word.length - at >= 2 || (word.slice(at) === 'a' && stopwords.has(word.slice(0, at)))) && knownWord(word.slice(0, at)) && knownWord(word.slice(at)))
  // (Nor a particle of a name, before its capitalised part: “von der Leyen”, written each time the story names her.)
  const particle = (index: number) => /^\p{Lu}/u.test(article.words[index + 1]?.text ?? '')
  for (const indexes of sentenceUnknowns.values()) {
    for (const index of indexes) {
      const {lower} = article.words[index]
      if (lower.length <= shortWord && !particle(index)) counts.set(lower, (counts.get(lower) ?? 0) + 1)
    }
  }
  // (The dictionary is asked only of the words repeated, once each.)
  const repeated = new Set([...counts].filter(([word, count]) => count >= 2 && !twoWords(word)).map(([word]) => word))
  if (repeated.size < 2) return
  for (const word of repeated) foreign.shortWords.add(word)
  for (const [sentence, indexes] of sentenceUnknowns) {
    if (indexes.length < 2 || !indexes.some((index) => repeated.has(article.words[index].lower))) continue
    for (const index of indexes) foreign.words.add(index)
    const opener = openers.get(sentence)
    if (opener !== undefined) foreign.words.add(opener)
  }
}
/**
 * Whether a quoted word English does not know is translated in brackets right after it: another language's word
 * with the writer's gloss, not a slip (“but syempre [of course], we have to consult people”, “Pero (Whatever the
 * president wants, but) we have to consult”, a Filipino governor quoted by CNN Philippines). The gloss is English,
 * two words or more, all of them known; a bracket after a slip holds an abbreviation or an aside, seldom a gloss.
 */
function glossed(article: Article, token: WordToken, known: (token: WordToken) => boolean): boolean {
  const {text} = article
  let at = token.end
  if (text[at] === ' ') at++
  const close = text[at] === '(' ? ')' : text[at] === '[' ? ']' : undefined
  if (!close) return false
  // (Looked for within the gloss's length, not through the rest of a long line.)
  const within = text.slice(at, at + 81).indexOf(close)
  if (within < 0) return false
  const end = at + within
  let words = 0
  for (let index = token.index + 1; index < article.words.length && article.words[index].start < end; index++) {
    if (!known(article.words[index])) return false
    words++
  }
  if (words < 2) return false
  const paragraph = article.paragraphs[article.sentences[token.sentence].paragraph]
  return insideQuotes(quotedSpans(text, paragraph.start, paragraph.end), token.start, token.end)
}

/** The longest word `codeSwitching` counts as another language's short word. */
const shortWord = 5

/** The sentences an article writes in another language, and the other language's words in sentences that switch to it. */
interface ForeignText {
  sentences: Set<number>
  words: Set<number>
  /** The other language's short words (`codeSwitching`), in lower case: “Yung” opening a sentence is one. */
  shortWords: Set<string>
}

/**
 * How many words English does not know make a run of another language: four in a row, with no English word of
 * three letters or more between (“ngayon, ang aming pinag-uusapan at pinaghahandaan ay ‘yung bagyo”, Tagalog in a
 * Philippine president's answer, whose sentence goes on in English and back: “… search and rescue, pati sa
 * pagdala ng relief”). English copy has a slip here and there, not four running.
 */
const foreignRun = 4

/**
 * The records' names the article writes, in lower case, in the order it
 * first writes them: each form's lower case, made with the word, is asked
 * once, not each token's.
 */
function recordNamesIn(article: Article, records: RecordNames): Set<string> {
  const names = new Set<string>()
  const asked = new Uint8Array(article.formCount)
  for (const word of article.words) {
    if (asked[word.form] === 1) continue
    asked[word.form] = 1
    if (records.written.has(word.lower)) names.add(word.lower)
  }
  return names
}

/**
 * Skip what a dictionary cannot judge: handles, links and e-mail addresses.
 * A token is judged by the run of text between spaces that holds it, each
 * run once: a minified export is one run of 200,000 characters, and asking
 * it afresh for each of its words would cost the square of its length. The
 * tokens are asked about in order, so the run of the last one is kept; a run
 * is found from the token by looking either side of it, not by reading the
 * whole article for its runs (only the words the dictionary lacks are asked about).
 */
function checkableWords(text: string): (token: WordToken) => boolean {
  let from = 0
  let to = 0
  let verdict = true
  return (token) => {
    if (token.start < from || token.start >= to) {
      from = token.start
      while (from > 0 && !isWhiteSpace(text.charCodeAt(from - 1))) from--
      to = token.start
      while (to < text.length && !isWhiteSpace(text.charCodeAt(to))) to++
      // (A character reference of HTML or Markdown, “goverment&#x2019;s”, is a character of the text, not a hashtag.)
      verdict = !/[@#]|:\/\/|www\.|\.(?:com|org|net|in|uk)\b/i.test(text.slice(from, to).replace(characterReferences, ''))
    }
    return verdict
  }
}

const characterReferences = new RegExp(`${characterReference};?`, 'g')

/**
 * Whether a word the dictionary knows is written with a stray hyphen inside it: two parts in small letters, the
 * first no prefix nor one letter, the second no word at all (“men-tioned”, “opera-tional”). A prefix's hyphen is a
 * spelling (“co-ordinated”, “de-escalate”), and two words joined are a compound (“well-being”).
 */
function strayHyphen(word: string, resource: Resource): boolean {
  const parts = /^(\p{Ll}{2,})[-‐](\p{Ll}{3,})$/u.exec(word)
  // (The word whole is the dictionary's, not one the word-formation rules build: “war-makingpower” is no “warmakingpower”.)
  if (!parts || prefixes.has(parts[1]) || wordPrefixes.includes(parts[1]) || !resource.speller.correct(parts[1] + parts[2])) return false
  // (Nor a word of a compound with an ending after it: “whole-heartedly”, “nay-sayers”, “low-lifes”.)
  const second = parts[2]
  return ![second, ...compoundEndings.flatMap((ending) => (second.endsWith(ending) ? [second.slice(0, -ending.length)] : []))].some((form) => form.length >= 3 && (isKnown(form, resource) || resource.speller.correct(form)))
}
/** Endings a compound's second word may take: “-heartedly”, “-heartedness”, “-sayers”. */
const compoundEndings = ['ly', 'ness', 's', 'es', 'ers', 'er', 'ed']

/** Prefixes that make new words from known ones without a hyphen. */
const wordPrefixes = ['counter', 'electro', 'pseudo', 'cyber', 'ethno', 'hyper', 'inter', 'milli', 'micro', 'multi', 'over', 'post', 'super', 'under', 'hydro', 'macro', 'narco', 'neuro', 'petro', 'quasi', 'thermo', 'trans', 'ultra', 'aero', 'agro', 'anti', 'giga', 'kilo', 'mega', 'mini', 'nano', 'semi', 'tele', 'bio', 'eco', 'geo', 'neo', 'tri', 'sub', 'pre', 'pro', 'non', 'mid', 'mis', 'out', 'de', 're', 'un', 'co', 'bi']

/** Prefixes that stand before a hyphen ("co-develop", "non-state") but are not words alone. */
const prefixes = new Set(['co', 'non', 'multi', 'anti', 'counter', 'semi', 'sub', 'ultra', 'inter', 'intra', 'pre', 'post', 're', 'mid', 'tri', 'bi', 'quasi', 'pseudo', 'neo', 'geo', 'cyber', 'para', 'pro', 'extra', 'mega', 'micro', 'macro', 'mini', 'self', 'vice'])

/** Each phrase as its words, filed under each of them. */
function phrasesByWord(phrases: string[]): Map<string, string[][]> {
  const byWord = new Map<string, string[][]>()
  for (const phrase of phrases) {
    const words = phrase.split(/\s+/)
    for (const word of new Set(words)) byWord.set(word, [...(byWord.get(word) ?? []), words])
  }
  return byWord
}

/** Whether a word stands in one of the borrowed phrases holding it, the phrase's other words around it in the sentence. */
function inBorrowedPhrase(article: Article, token: WordToken, word: string, phrases: ReadonlyMap<string, string[][]>): boolean {
  const lower = word.toLowerCase()
  return (phrases.get(lower) ?? []).some((words) =>
    words.some((part, at) => {
      if (part !== lower) return false
      return words.every((other, index) => {
        const neighbour = article.words[token.index + index - at]
        return neighbour !== undefined && neighbour.sentence === token.sentence && neighbour.lower === other
      })
    })
  )
}

/**
 * The words an article introduces as terms of its own and goes on to use:
 * the word after “, called”, “so-called”, “known as”, “dubbed” or “termed”
 * (and an article), as in “the standard, called the aquila, …”, when the
 * article uses it again. A slip is seldom made twice the same way; a bare
 * “called” is a verb (“called the recieved message”). And a word the
 * article glosses as a term of another language (“astringo—a Latin term
 * that means…”), once is enough. Gathered on the first word the dictionary
 * lacks.
 */
function introducedTerms(article: Article): Set<string> {
  const terms = new Set<string>()
  const uses = article.vocabulary().stemCounts
  // The check for a letter before comes after the phrase (src/text/whole-words.ts says why): 8× faster on a long article.
  for (const match of article.prose.matchAll(/(?:,\s*called|(?<term>so-called|known as|dubbed|termed)(?<![\p{L}\d]\k<term>))\s+(?:the\s+|a\s+|an\s+)?[“"‘']?(?<word>\p{L}+)/giu)) {
    const {word} = match.groups!
    if ((uses.get(word) ?? 0) >= 2) terms.add(word.toLowerCase())
  }
  // A word the article glosses as a term of another language (“astringo—a Latin term that means…”, “jugaad, a
  // Hindi word for…”): found from the gloss, whose comma or dash a scan finds fast, then the word just before it.
  const {text} = article
  for (const gloss of text.matchAll(/[,—–-]\s*(?:an?|the)\s+(?:\p{Lu}\p{L}{0,40}\s+)?(?:term|word|phrase|expression|motto)\b/gu)) {
    const word = /(?<!\p{L})(\p{L}{1,40})[”"’']?\s*$/u.exec(text.slice(Math.max(0, gloss.index - 48), gloss.index))
    if (word) terms.add(word[1].toLowerCase())
  }
  return terms
}

/**
 * Whether a capitalised word stands on either side of a token, in its
 * sentence and a space away, past any other particles (“Ursula von der
 * Leyen”).
 */
function insideName(article: Article, token: WordToken, particles: ReadonlySet<string>): boolean {
  return ([-1, 1] as const).every((side) => {
    let word = wordBeside(article, token, side)
    while (word !== undefined && particles.has(word.stem)) word = wordBeside(article, word, side)
    return word !== undefined && initialCase(word.stem) === 'upper'
  })
}

/** Whether the word after a token, in its sentence and a space away, is capitalised: a family name after the given name. */
function beforeName(article: Article, token: WordToken): boolean {
  const next = wordBeside(article, token, 1)
  return next !== undefined && initialCase(next.stem) === 'upper'
}

/** Whether the word before a token, in its sentence and a space away, is a capitalised word that opens no sentence: a name goes on. */
function afterName(article: Article, token: WordToken): boolean {
  const previous = wordBeside(article, token, -1)
  return previous !== undefined && !previous.initial && initialCase(previous.stem) === 'upper'
}

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
  // SCOWL's large list has “equipments”; house style does not.
  if (uncountablePlural(word, resource)) return false
  // A word with its accents (“naïve”, “rôle”, “café”) is the word without them; one that is no English word
  // without them is another language's (“5e Régiment d’artillerie légère du Canada”, a New Zealand family's
  // “whānau”): a slip of the keys adds no accent to a word.
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '')
  if (plain !== word) return true
  if (listedWord(word, resource) || rareWord(word, resource)) return true
  const lower = word.toLowerCase()
  // The word-formation rules first: most unknown words are names, which none of them makes, and then the
  // look-up of a common word one edit away is never needed.
  return lower.length >= 6 && (prefixed(lower, resource) || (compound(lower, resource) && !nearNewsWord(lower, resource.model)) || inflected(lower, resource) || gerundPlural(lower, resource)) && !nearCommonWord(lower)
}

/**
 * Whether one edit turns a word into one the newsroom model has met often (fifty times or more): two listed words run
 * together make “comm” + “unties” of “communties”, where “communities”, rare in film subtitles (the general
 * frequencies), is common in news. A slip lands one edit from the word meant; a closed compound seldom does. (An
 * inflection is always one edit from its base: it is not asked.)
 */
function nearNewsWord(word: string, model: LanguageModel): boolean {
  let near = false
  forEachOneEdit(word, (candidate) => {
    // (Not its own singular: “destructions” is the plural of “destruction”, whatever the lists hold of it.)
    if (!near && candidate !== word && !(word.endsWith('s') && candidate === word.slice(0, -1)) && model.count(candidate) >= 50) near = true
  })
  return near
}

/** The plural of a verb's -ing form used as a noun, which dictionaries seldom list: “boastings”, “overflyings”. */
function gerundPlural(word: string, resource: Resource): boolean {
  return word.endsWith('ings') && listedWord(word.slice(0, -1), resource, false)
}

/**
 * Whether one edit turns the word into a common word (more than 20 per
 * million in general English): then it is more likely a slip for that word
 * (“untill” for “until”) than a coinage, however it splits (un + till).
 */
function nearCommonWord(word: string, perMillion = 20): boolean {
  return commonestNeighbour(word) > perMillion
}

const neighbourPeaks = new Map<string, number>()

/**
 * How common (per million) the commonest word one edit from `word` is.
 * Remembered per process: the glue check and the word-formation rules ask
 * about the same unknown words, and articles repeat their names.
 */
function commonestNeighbour(word: string): number {
  let peak = neighbourPeaks.get(word)
  if (peak !== undefined) return peak
  // A run longer than every common word (an identifier, a glued line) has none one edit away.
  peak = word.length <= longestCommonWord() + 1 ? neighbourPeak(word) : 0
  if (neighbourPeaks.size >= 100_000) neighbourPeaks.clear()
  neighbourPeaks.set(word, peak)
  return peak
}

/** How common (per million) the commonest word one edit from `word` is, worked out afresh. */
function neighbourPeak(word: string): number {
  let peak = 0
  const frequencies = generalFrequencies()
  // Each edit is looked up as it is made: a peak needs no set of them, made and hashed first.
  const visit = (candidate: string) => {
    const frequency = frequencies.get(candidate) ?? 0
    if (candidate !== word && frequency > peak) peak = frequency
  }
  // One article asks about a few dozen words: making every edit of each costs less than making the filter.
  // A longer run asks about hundreds: then only the edits the filter may hold are made.
  if (++neighbourQueries <= queriesBeforeFilter) forEachOneEdit(word, visit)
  else forEachOneEditIn(word, commonWordFilter(), visit)
  return peak
}

/**
 * Searches made by making every edit before the common words' filter is
 * made. Making it costs about 4 ms in a process that has not run its code
 * (1 ms once it has), as much as some fifty to sixty searches that make and
 * look up each of the hundreds of edits of a word (65–80 µs each; through
 * the filter, 7 µs): a process that lints one article seldom makes it, a
 * longer run soon does (the 166 articles of the clean copy's tuning half
 * make 81 searches).
 */
const queriesBeforeFilter = 50
let neighbourQueries = 0

let commonWords: WordFilter | undefined

/** The words of general English in a filter of their hashes (`wordFilter`), made once searches show it will pay. */
function commonWordFilter(): WordFilter {
  commonWords ??= wordFilter([...generalFrequencies().keys()])
  return commonWords
}

/**
 * A word of SCOWL's size 80, the rarest English has, that does not read as a
 * slip. A typo can land on such a word: one edit from a common word
 * (“albiet”, “surviver”), or the plural of a noun the larger lists give only
 * in the singular (“Dissuasions”, where “Discussions” was meant), is more
 * likely a slip than the rare word. A name the list spells with a capital
 * (“Pune”) is taken as it is.
 */
function rareWord(word: string, resource: Resource): boolean {
  const lower = word.toLowerCase()
  if (capitalised.test(word) && resource.rareList.has(word)) return true
  if (!resource.rareList.has(lower) && !otherDialectForms(lower).some((form) => resource.rareList.has(form))) return false
  return !nearCommonWord(lower) && !rarePlural(lower, resource)
}

/**
 * A plural a typo more likely made: the -s form where the lists spell the
 * word with -es (“torpedos”, “torpedoes”), or a noun's plural whose singular
 * is a listed word with no verb forms (so the -s is no verb's).
 */
function rarePlural(word: string, resource: Resource): boolean {
  if (/[^e]s$/.test(word) && listedWord(word.slice(0, -1) + 'es', resource)) return true
  const singular = [word.replace(/es$/, ''), word.replace(/s$/, '')].find((form) => form !== word && listedWord(form, resource))
  if (!singular) return false
  const verbForms = [singular + 'ed', singular + 'd', singular + 'ing', singular.replace(/e$/, '') + 'ing']
  return !verbForms.some((form) => form !== singular && (listedWord(form, resource) || resource.rareList.has(form)))
}

let longestCommon: number | undefined
function longestCommonWord(): number {
  if (longestCommon === undefined) {
    // A loop: spreading 20,000 lengths into Math.max cost a cold start about 6 ms.
    longestCommon = 0
    for (const word of generalFrequencies().keys()) if (word.length > longestCommon) longestCommon = word.length
  }
  return longestCommon
}

/** The noun whose plural the word is, when that noun has none (“aircrafts” → “aircraft”). */
function uncountablePlural(word: string, resource: Resource): string | undefined {
  const lower = word.toLowerCase()
  const singular = [lower.slice(0, -1), lower.slice(0, -2)].find((form) => resource.uncountable.has(form))
  return singular && /s$/.test(lower) && !resource.speller.correct(word) ? singular : undefined
}

/**
 * A word a dictionary or list gives, in either dialect (the other dialect is
 * the spelling-variant rule's business). `large` admits SCOWL's large list,
 * whose rare words (“hough”, “aba”) are too many to build new words from.
 */
function listedWord(word: string, resource: Resource, large = true): boolean {
  const lower = word.toLowerCase()
  const listed = (form: string) => resource.accepted.has(form) || (large && resource.largeList.has(form))
  // A word in lower case is asked once, not as written and again in lower case.
  const cased = word !== lower
  if (listed(lower) || (cased && listed(word))) return true
  if (resource.speller.correct(word) || (cased && resource.speller.correct(lower))) return true
  // Another dialect's spelling, as its dictionary gives it, or as the newsroom's list gives its counterpart
  // in this one (“weaponise” beside a listed “weaponize”). Not what a swap of endings makes of a typo that
  // neither dialect writes: “officres” is no British “officers”.
  if (resource.otherSpellers.some((other) => other.correct(word) || (cased && other.correct(lower)))) return true
  return otherDialectForms(lower).some((form) => resource.accepted.has(form))
}

/*
 * Real copy coins words by rules English allows; a typo rarely happens to
 * follow one. Each rule builds on common words (Hunspell's or the
 * newsroom's) of four letters or more.
 */

/**
 * A productive prefix on a known word: “defuel”, “reoptimize”, “triservice”, “supercarrier”. Not where
 * the word is a slip of one far commoner than what the prefix would stand on (`dwarfedByNeighbour`):
 * “desinged” is no de- on “singed”, “reions” no re- on “ions”.
 */
function prefixed(word: string, resource: Resource): boolean {
  for (const prefix of wordPrefixes) {
    const rest = word.slice(prefix.length)
    if (word.startsWith(prefix) && prefixMayStandOn(prefix, rest) && listedWord(rest, resource, false)) return !dwarfedByNeighbour(word, rest, resource.model)
  }
  return false
}

/**
 * A prefix stands on a word of four letters or more. One of four letters or more that the model knows as
 * no word of its own stands on a word of three too (“multiday”), but not on a function word; a prefix that
 * is a word, such as “under”, run into a short one is two words run together (“underlaw”, “Underour”).
 */
function prefixMayStandOn(prefix: string, rest: string): boolean {
  return rest.length >= 4 || (rest.length === 3 && prefix.length >= 4 && !runOnTails.includes(rest) && wordClassName(prefix) === 'unknown')
}

/**
 * Whether a word one edit from `word` is far commoner in the newsroom model
 * than `rest`, the known word a prefix would stand on: then the word is a
 * slip of that one (“devies” of “devices”, not de- on “vies”). Coinages
 * build on words the news uses (“defuel” on “fuel”), whose slips are rarer
 * than they are. The model counts written English (the Brown corpus, the
 * Factbook, the speeches), where the general frequencies (`nearCommonWord`)
 * count film subtitles, which seldom say “designed” or “regions”.
 */
function dwarfedByNeighbour(word: string, rest: string, model: LanguageModel): boolean {
  const bar = Math.max(dwarfingFactor * (model.count(rest) + 1), minDwarfingCount)
  let dwarfed = false
  forEachOneEdit(word, (near) => {
    if (!dwarfed && near !== word && model.count(near) >= bar) dwarfed = true
  })
  return dwarfed
}
/** How many times commoner than the prefixed word's base a neighbour must be, and how often seen at least (in the model's 4 million words). */
const dwarfingFactor = 10
const minDwarfingCount = 20

/**
 * Two known content words run together: “mothership”, “homeport”, “skillsets”.
 * Not where a part could not stand so in a compound English closes: a head
 * that is a tensed verb, a participle, a function word or an adverb in -ly
 * (“presentedits”, “growingcapabilities”, “particularlyappreciate”), or a
 * tail that is a past form, a verb in -s, a function word or a word in -ly
 * (“leaderstook”, “fraudlent”: fraud + lent, “meetquarterly”), nor two long
 * words or a long adjective and a noun (`longCompoundPart`), nor a word that
 * ends in a function word however else it splits (`runOn`).
 * Those are words run together, a hyphen lost (“landbased”) or a typo. A
 * particle may head a compound (“overwatch”, “downrange”) and an adjective
 * end one (“fleetwide”, “crashworthy”).
 */
function compound(word: string, resource: Resource): boolean {
  if (runOn(word, resource)) return false
  for (let at = 4; at <= word.length - 4; at++) {
    const head = word.slice(0, at)
    const tail = word.slice(at)
    if (stopwords.has(head) || stopwords.has(tail) || !listedWord(head, resource, false) || !listedWord(tail, resource, false)) continue
    const headClass = wordClassName(head)
    if (noCompoundHead.has(headClass) || (headClass === 'adverb' && head.endsWith('ly')) || noCompoundTail.has(wordClassName(tail))) continue
    // A word in -ly ends no closed compound (“meetquarterly”).
    if (tail.endsWith('ly') && tail.length >= 5) continue
    // Nor does a plural open one: a closed compound takes the singular (“drugstore”), save words for people and
    // what they wear, whose s links (“sportspersons”, “craftsman”), and the few general English has met closed;
    // a plural run into the next word is two words (“drugsbust”, “podscapable”, “munitionsmakers”).
    if (pluralOfListed(head, resource) && !linkedBySTails.test(tail) && generalEnglish().id(word) === undefined) continue
    if (head.length >= longCompoundPart && tail.length >= longCompoundPart) continue
    // An adjective closes up with a noun when it is short and old (“highway”, “freefall”), not a long, derived one
    // (“nationalvision”); and only where writers close it up: general English has met the closed form. Else an
    // adjective and an everyday noun it qualifies were run together (“jointmilitary”, “majorcommand”,
    // “widespectrum”). (A rare tail splits a word by chance: “exactions” is no “exact” + “ions”.)
    if (headClass === 'adjective' && (head.length >= longCompoundPart || (generalFrequencies().has(tail) && generalEnglish().id(word) === undefined))) continue
    return true
  }
  return false
}

/** A word in -s whose stem is a listed word: a regular plural (“drugs”, “pods”), or a word like one (“news”, “sports”). */
function pluralOfListed(word: string, resource: Resource): boolean {
  return word.endsWith('s') && !word.endsWith('ss') && listedWord(word.slice(0, -1), resource, false)
}

/** Tails that close up after a linking s: people and what they wear (“sportspersons”, “tradesmen”, “menswear”). */
const linkedBySTails = /^(?:m[ae]n|wom[ae]n|persons?|people|folk|wear|manship)$/

/**
 * A known word of four letters or more run into a word that only joins or
 * helps others (“soldiershave”, “temperaturescan”, “troopswill”): however
 * else its letters split (“soldier” + “shave”), it is two words run
 * together. Not the particles that end phrasal nouns (“buildup”,
 * “drawdown”, “rollout”, “plugin”).
 */
function runOn(word: string, resource: Resource): boolean {
  for (const tail of runOnTails) {
    if (word.length - tail.length >= 4 && word.endsWith(tail) && listedWord(word.slice(0, -tail.length), resource, false)) return true
  }
  return false
}
const runOnTails = ['have', 'has', 'had', 'is', 'are', 'was', 'were', 'been', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'does', 'did', 'the', 'this', 'that', 'these', 'those', 'their', 'they', 'them', 'his', 'her', 'our', 'we', 'you', 'and', 'but', 'of', 'to', 'for', 'from', 'with', 'which', 'who', 'when', 'where', 'while', 'also', 'not']

/**
 * Two words this long are seldom closed up (nor is an adjective this long
 * with a noun, “explosivedevice”): about one dictionary word in
 * 3,000 joins two of seven letters or more, most of them agent nouns the
 * dictionary lists (“quartermasters”, “groundskeepers”), where words run
 * together in copy often do (“enlistmentcriteria”, “maritimepartnerships”).
 */
const longCompoundPart = 7

/** Parts of speech that open no closed compound, and that end none (`compound`). */
const noCompoundHead = new Set(['past', 'gerund', 'verb-s', 'pronoun', 'determiner', 'conjunction', 'auxiliary', 'modal'])
const noCompoundTail = new Set(['past', 'verb-s', 'pronoun', 'auxiliary', 'determiner', 'conjunction', 'modal'])

/**
 * A verb form of a known verb the dictionaries list without it: “triaging”,
 * “incentivizing”, “strived”. Plurals are not guessed: the dictionaries leave
 * out the plural of nouns that rarely take one, and a rare plural is more
 * often a slip for another word (“Dissuasions” for “Discussions”).
 */
function inflected(word: string, resource: Resource): boolean {
  const [, stem, ending] = /^(.{4,}?)(ing|ed)$/.exec(word) ?? []
  if (!stem) return false
  // The dictionary spells this form of the verb another way: “occured” is “occurred”, “begining” “beginning”,
  // “targetted” “targeted”.
  const others = [stem + stem.at(-1) + ending, stem.replace(/e$/, '') + ending, stem.replace(/y$/, 'i') + ending, stem + 'e' + ending, stem.replace(/(.)\1$/, '$1') + ending]
  if (others.some((other) => other !== word && listedWord(other, resource, false))) return false
  return [stem, stem + 'e', stem.replace(/(.)\1$/, '$1')].some((base) => base.length >= 4 && listedWord(base, resource, false))
}

/** Capitals, then a capital and small letters: a word in capitals run into a capitalised one. */
const capitalsIntoWord = /^\p{Lu}{2,}\p{Lu}\p{Ll}/u

/** What the glued-word check may ask of a word: is it common, and does the article use it on its own? */
function glueEvidence(article: Article, resource: Resource): WordEvidence {
  const count = (word: string) => article.vocabulary().stemCounts.get(word) ?? 0
  return {
    known: (word) => word.length >= 2 && listedWord(word, resource, false),
    elsewhere: (word) => count(word) > 0,
    repeated: (word) => count(word) > 1,
    together: (left, right) => resource.model.bigram(modelWord(left.toLowerCase()), right) >= 3,
    recordName: (left, right) => resource.records.familiesOf.get(left.toLowerCase())?.includes(right.toLowerCase()) === true
  }
}

/**
 * Evidence that a capitalised word at the start of a sentence is a name: it
 * appears capitalised mid-sentence elsewhere, more than once, as the first
 * of several capitalised words ("Sant Rampal said"), addressing someone
 * ("Idris, you always are right up front"), or saying something ("Tehan
 * said").
 */
function nameEvidence(article: Article): (token: WordToken) => boolean {
  // Gathered on the first sentence-initial word the dictionary lacks: most articles ask about few.
  let midSentence: Set<string> | undefined
  const usedMidSentence = (word: string) => {
    if (!midSentence) {
      midSentence = new Set()
      for (const token of article.words) if (!token.initial && capitalised.test(token.stem)) midSentence.add(token.stem)
    }
    return midSentence.has(word)
  }
  return (token) => {
    if ((article.vocabulary().stemCounts.get(token.stem) ?? 0) > 1 || usedMidSentence(token.stem)) return true
    // Someone addressed by name: “Idris, you always are right up front.”
    if (/^,\s*(?:you|your)\b/i.test(article.text.slice(token.end, token.end + 8))) return true
    // Someone speaking: “Tehan said the $400 million allocated …” (a minister's surname, once in the story).
    if (/^\s+(?:said|says|told|added)\b/u.test(article.text.slice(token.end, token.end + 8))) return true
    const next = article.words[token.index + 1]
    return (
      next !== undefined &&
      next.sentence === token.sentence &&
      /^\s+$/.test(article.text.slice(token.end, next.start)) &&
      capitalised.test(next.stem)
    )
  }
}

/**
 * The slip in a capitalised word the dictionary lacks, which would otherwise
 * be taken for a name: a letter three times over, as no name or word has
 * (“Mohammmed”; six letters at least and three exactly, since a transcript
 * spells a crowd's “Booo”), or two words run together at a doubled letter
 * (“Congressshall”); or, for a word the article uses once, a common word with
 * a letter dropped, two letters swapped or the wrong letter doubled (`slippedCommonWord`).
 */
function nameSlip(word: string, article: Article, speller: Speller, dictionary: string, model: LanguageModel, surname = false): {reason: string; fix: string} | undefined {
  const tripled = word.length >= 6 ? /(\p{Ll})\1\1(?!\1)/u.exec(word) : null
  if (tripled && tripled.index > 0 && word[tripled.index - 1] !== tripled[1]) {
    const left = word.slice(0, tripled.index + 2)
    const right = word.slice(tripled.index + 2)
    if (right.length >= 2 && speller.correct(left) && speller.correct(right)) return {reason: `“${word}” is two words run together: “${left} ${right}”.`, fix: `${left} ${right}`}
    const fix = word.slice(0, tripled.index) + word.slice(tripled.index + 1)
    return {reason: `Possible typo: “${word}” has a letter three times over, as no name or word has: “${fix}”.`, fix}
  }
  // After a rank, a name may be a common word's neighbour (“Lieutenant Commander Christiaan Robertson”, in the tenth
  // set of unseen articles).
  const meant = !surname && (article.vocabulary().stemCounts.get(word) ?? 0) <= 1 ? slippedCommonWord(word, speller, model) : undefined
  if (!meant) return undefined
  return {reason: `Possible typo: “${word}” is not in the ${dictionary} dictionary, and reads as “${meant}” with ${slipOf(word, meant)} (a name is seldom this close to a common word).`, fix: meant}
}

/**
 * A word in capitals (a heading's, a label's) that is a common word with a
 * slip inside it (“INOFRMATION”, `slippedCommonWord`), used once: an
 * acronym or a name in capitals is seldom this close to a word in everyday
 * use (six letters at least).
 */
function capitalsSlip(word: string, article: Article, resource: Resource): {reason: string; fix: string} | undefined {
  if (word.length < 6 || !/^\p{Lu}+$/u.test(word) || (article.vocabulary().stemCounts.get(word) ?? 0) > 1) return undefined
  const lower = word.toLowerCase()
  if (isKnown(lower, resource)) return undefined
  const meant = slippedCommonWord(lower[0].toUpperCase() + lower.slice(1), resource.speller, resource.model)?.toUpperCase()
  if (!meant) return undefined
  return {reason: `Possible typo: “${word}” reads as “${meant}” with ${slipOf(word, meant)}, and is no acronym or name in capitals that copydesk knows.`, fix: meant}
}

/**
 * A rank with one letter typed for another, before a name (“Cololel Nalin
 * Bandaranayake”, “Brigadier-Grneral Bernard Onyeuko”): the word is the
 * rank's length, shares its first letter, and differs from no other rank by
 * one letter. Ranks of six letters or more (ranks.yaml): “Majer” may be a
 * surname.
 */
function rankSlip(word: string, after: string): {reason: string; fix: string} | undefined {
  if (word.length < 6 || !/^\s\p{Lu}\p{Ll}/u.test(after) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined
  const lower = word.toLowerCase()
  const meant = rankWords().filter((rank) => rank.length === lower.length && rank[0] === lower[0] && editDistance(rank, lower, 1) === 1)
  if (meant.length !== 1) return undefined
  const fix = meant[0][0].toUpperCase() + meant[0].slice(1)
  return {reason: `Possible typo: “${word}” before a name reads as the rank “${fix}” with one letter mistyped.`, fix}
}

/** The ranks of one word (“general”, “colonel”, “commodore”), six letters or more, once per process; not the words of longer ranks, many of them everyday words (“senior”, “leading”). */
let ranks: string[] | undefined
function rankWords(): string[] {
  ranks ??= [...new Set(readRanks().map(({full}) => full.toLowerCase()).filter((rank) => rank.length >= 6 && /^[a-z]+$/.test(rank)))]
  return ranks
}

/** A word used at most this often may be a place misspelt; a name the article repeats is its subject's. */
const placeSlipUses = 2

/** A capitalised word no dictionary knows that is a well-known place misspelt (`misspeltPlace`). */
function placeSlip(word: string, article: Article, resource: Resource): {reason: string; fix: string} | undefined {
  if ((article.vocabulary().stemCounts.get(word) ?? 0) > placeSlipUses) return undefined
  const place = misspeltPlace(word, resource.places())
  if (!place) return undefined
  const how = place.includes(' ') ? 'run together' : place.length > word.length ? 'with a letter dropped' : place.length < word.length ? 'with a letter too many' : `with ${slipOf(word, place)}`
  return {reason: `Possible typo: “${word}” is no known word or name, and reads as the place “${place}” ${how}.`, fix: place}
}

/** The places of places.txt, read once per loaded rule, on first need; the speller tells the everyday words of longer names. */
function placesOnce(speller: Speller, model: LanguageModel): () => Places {
  let places: Places | undefined
  return () => (places ??= readPlaces(ruleDataPath('spelling', 'places.txt'), (word) => speller.correct(word), model))
}

/** Occurrences per million words from which a word is common enough that a name one slip from it is unlikely (“general” 160, “headquarters” 9). */
const commonFrequency = 5

/**
 * The common word an unknown capitalised word is with one letter dropped,
 * two neighbouring letters swapped or the wrong letter doubled (“Genral”:
 * General, “Headquaters”: Headquarters, “Batallion”: Battalion), in the word's case; undefined when there is none or more
 * than one. Names of people and places are seldom a letter short of a word in
 * everyday use; six letters at least, as short names often are (“Frist”, “Chace”).
 */
function slippedCommonWord(word: string, speller: Speller, model: LanguageModel): string | undefined {
  if (word.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined
  const lower = word.toLowerCase()
  const found = new Set<string>()
  // Inside the word only: its first and last letters are the common word's. Names often end a letter short
  // of a word (“Senat”, “Resor”, “Guardia”), or with its last two letters swapped (“Tempel”, “Grete”), or
  // open with its first two swapped (“Evins”). Any letter dropped, from a word common in general English.
  for (const common of commonWordsByEnds().get(endsKey(lower, lower.length + 1)) ?? []) {
    if (droppedInside(lower, common) && speller.correct(common)) found.add(common)
  }
  // And a letter added inside a long word (“Excercise”, “Joint Excercise Indra-2015”): nine letters or more,
  // as a shorter name is often a common word and a letter (“Figueres”, “Carter”).
  if (lower.length >= addedLetterLength) {
    for (const common of commonWordsByEnds().get(endsKey(lower, lower.length - 1)) ?? []) {
      if (droppedInside(common, lower) && speller.correct(common)) found.add(common)
    }
  }
  // The commonest slips, from a word common in general English or, in defence copy, in the newsroom model
  // though general English seldom says it (“cruiser”, “barracks”).
  const frequencies = generalFrequencies()
  for (const candidate of insideSlipsOf(lower)) {
    const common = ((frequencies.get(candidate) ?? 0) >= commonFrequency && /^[a-z]+$/.test(candidate)) || model.count(candidate) >= newsroomCommonCount
    if (common && speller.correct(candidate)) found.add(candidate)
  }
  if (found.size !== 1) return undefined
  const [meant] = found
  return meant[0].toUpperCase() + meant.slice(1)
}

/**
 * Whether a word stands where a name follows a rank (“Lieutenant Commander
 * Christiaan Robertson”, “Lt. …”). Not after a place or another capitalised
 * word, as a slip in a name's own word follows them (“Joint Excercise”,
 * “Western Mindanao Comand”).
 */
function surnamePlace(article: Article, token: WordToken): boolean {
  const previous = wordBeside(article, token, -1)
  return previous !== undefined && /^\p{Lu}/u.test(previous.stem) && rankLastWords().has(previous.lower)
}

let rankEnds: ReadonlySet<string> | undefined
/** The last word of every rank, full or short, in lower case: “commander”, “sergeant”, “lt”, “cdr”. */
function rankLastWords(): ReadonlySet<string> {
  rankEnds ??= new Set([...rankForms()].map((form) => form.toLowerCase().replace(/\.$/, '').split(/\s+/).at(-1)!))
  return rankEnds
}

/** The shortest capitalised word read as a common word with a letter added inside (`slippedCommonWord`). */
const addedLetterLength = 9

/** Occurrences in the newsroom model (4 million words) from which a word is common in defence copy whatever general English says (“cruiser” 34, “barracks” 23). */
const newsroomCommonCount = 20

/**
 * The words a word could be with a double letter put back inside it (“Baracks”), two letters inside swapped
 * back (“Crusier”) or its double letter moved back (“Batallion”): the commonest slips, and a few dozen
 * strings to look up where every letter put back would be hundreds. Inside only: the first and last letters
 * stay.
 */
function insideSlipsOf(word: string): Set<string> {
  const found = new Set<string>()
  for (let at = 1; at < word.length; at++) found.add(word.slice(0, at) + word[at - 1] + word.slice(at))
  for (let at = 1; at < word.length - 2; at++) found.add(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2))
  for (let at = 1; at < word.length; at++) {
    if (word[at] !== word[at - 1]) continue
    const single = word.slice(0, at) + word.slice(at + 1)
    for (let other = 1; other < single.length - 1; other++) if (other !== at - 1) found.add(single.slice(0, other + 1) + single[other] + single.slice(other + 1))
  }
  found.delete(word)
  return found
}

/** What a slip that `slippedCommonWord` finds did to the word meant, in a message's words. */
function slipOf(word: string, meant: string): string {
  if (meant.length > word.length) return 'a letter dropped'
  if (meant.length < word.length) return 'a letter added'
  return doubleMoved(word.toLowerCase(), meant.toLowerCase()) ? 'the wrong letter doubled' : 'two letters swapped'
}

const endsKey = (word: string, length: number) => `${word[0]}${word[word.length - 1]}${length}`
let commonByEnds: Map<string, string[]> | undefined

/** The common words of six letters or more, by their first and last letters and their length: a name a letter short of one is compared with a handful. */
function commonWordsByEnds(): Map<string, string[]> {
  if (!commonByEnds) {
    commonByEnds = new Map()
    for (const [word, frequency] of generalFrequencies()) {
      // The list runs from the commonest word to the rarest (`generalFrequencies`): past the first rarer than
      // common, none is common. Its 7,000 common words are a third of it, and each word visited cost a start.
      if (frequency < commonFrequency) break
      if (word.length < 6 || !/^[a-z]+$/.test(word)) continue
      const key = endsKey(word, word.length)
      const list = commonByEnds.get(key)
      if (list) list.push(word)
      else commonByEnds.set(key, [word])
    }
  }
  return commonByEnds
}

/** Whether `common` is `word` with one more letter inside. */
function droppedInside(word: string, common: string): boolean {
  if (common.length !== word.length + 1) return false
  let index = 0
  while (word.charCodeAt(index) === common.charCodeAt(index)) index++
  // The rest compared in place: most words of a bucket differ at once, and slicing both cost more than comparing.
  for (; index < word.length; index++) if (word.charCodeAt(index) !== common.charCodeAt(index + 1)) return false
  return true
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

/**
 * A name used once that is one or two letters away from a name used more
 * often. Names near each other are found through the strings a letter or
 * two deleted make of them (two names within two edits share one), so an
 * article of thousands of names is not compared pair by pair.
 */
function* inconsistentNames(names: Map<string, WordToken[]>, isPlace: (name: string) => boolean) {
  const entries = [...names].filter(([name]) => name.length >= 5)
  // Only a name used less often than another is taken for its misspelling: in an article whose names are all
  // used alike (three articles in four, most names once), none is, and no deletions need be made.
  if (entries.every(([, tokens]) => tokens.length === entries[0][1].length)) return
  // Each name's deletions are made once, to file the name under and to look its neighbours up by.
  const variants = entries.map(([name]) => deletionVariants(name.toLowerCase()))
  const byDeletion = new Map<string, number[]>()
  variants.forEach((strings, index) => {
    for (const variant of strings) {
      const list = byDeletion.get(variant)
      if (list) list.push(index)
      else byDeletion.set(variant, [index])
    }
  })
  for (const [at, [rare, tokens]] of entries.entries()) {
    // A name with scores of near spellings in one article (a list of codes) says nothing about any one of them.
    const near = new Set<number>()
    gather: for (const variant of variants[at]) {
      for (const index of byDeletion.get(variant) ?? []) {
        near.add(index)
        if (near.size > maxNearNames) break gather
      }
    }
    if (near.size > maxNearNames) continue
    let best: [string, number] | undefined
    for (const [common, others] of [...near].sort((a, b) => a - b).map((index) => entries[index])) {
      if (others.length <= tokens.length || common.startsWith(rare) || rare.startsWith(common)) continue
      // A place as the gazetteer spells it is no misspelling of a name the article spells otherwise more often (“Burkina”, “Bourkina” three times).
      if (isPlace(rare) && !isPlace(common)) continue
      const limit = Math.min(rare.length, common.length) >= 8 ? 2 : 1
      if (editDistance(rare.toLowerCase(), common.toLowerCase(), limit) > limit || !plausibleSlip(common, rare)) continue
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

/** A name and the strings deletions make of it: two for a name of eight letters or more, which may be two edits from its rival. */
function deletionVariants(name: string): Set<string> {
  return deletions(name, name.length >= 8 ? 2 : 1)
}

/**
 * A name one letter away from another is a slip only if the letter could
 * slip: a neighbouring key or another vowel (“Nakatnai”, “Singg”), not a
 * different name (“Rajpath” beside “Rajnath”). Another final vowel is the
 * name's own inflection in a Romance language (“Esercito Italiano”, “Forze
 * Armate Italiane”, “Marina Militare Italiana”), not a slip.
 */
function plausibleSlip(intended: string, typed: string): boolean {
  if (intended.length !== typed.length) return true
  const differ = [...intended].map((_, index) => index).filter((index) => intended[index] !== typed[index])
  if (differ.length !== 1) return true
  const [at] = differ
  if (at === typed.length - 1 && /[aeio]/.test(intended[at]) && /[aeio]/.test(typed[at])) return false
  return plausibleSubstitution(intended[at], typed[at])
}

/** A typo's candidate fixes, per loaded resource and word (bounded: an editor session types many typos). */
const candidatesFor = memoise((resource: Resource, lower: string): string[] => {
  const fromDictionary = lower.length > 24 ? [] : resource.speller.suggest(lower).map(modelWord)
  return [...new Set([...fromDictionary, ...nearWords(resource.model, modelWord(lower))])].filter((candidate) => isKnown(candidate, resource)).concat(splitsOf(lower, resource))
}, 20_000)

/**
 * The ways a typo splits into two common words (“addedthey”: “added they”;
 * “astrategic”: “a strategic”), as candidates beside the one-word fixes: the
 * ranking weighs a missing space against a slip in a word.
 */
function splitsOf(lower: string, resource: Resource): string[] {
  const splits: string[] = []
  for (let at = 1; at < lower.length - 1; at++) {
    const left = lower.slice(0, at)
    const right = lower.slice(at)
    if ((at > 1 || left === 'a') && right.length > 1 && commonWord(left, resource) && commonWord(right, resource)) splits.push(`${left} ${right}`)
  }
  return splits
}

/**
 * A word to offer as half of a split: one the dictionary knows, and, if
 * short, one the model has seen often (the dictionary's short words include
 * abbreviations and rarities that would split any word: “ab”, “ti”).
 */
function commonWord(word: string, resource: Resource): boolean {
  return (word.length >= 5 || resource.model.count(word) >= 5) && isKnown(word, resource)
}

/**
 * Fixes for a typo, best first: dictionary suggestions and frequent words
 * within two edits, ranked by how well each fits between the neighbouring
 * words (“Dissuasions on” → “Discussions on”), in the house spelling.
 */
function suggest(word: string, resource: Resource, context: {previous: string; next: string}): string[] {
  const lower = word.toLowerCase()
  const candidates = candidatesFor(resource, lower)
  return rankByContext(resource.model, modelWord(lower), candidates, context, slipCost, typoContextWeight)
    .slice(0, 5)
    .map((candidate) => matchCase(word, inHouseSpelling(candidate, resource.dialect)))
}

/** Model words are British; American house style gets the American form. */
function inHouseSpelling(word: string, dialect: Dialect): string {
  if (dialect !== 'en-US') return word
  const variant = variantPairs().get(word)
  return variant?.dialect === 'en-GB' ? variant.counterpart : word
}
