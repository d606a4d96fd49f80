import {defineRule} from '../../src/rule.js'
import {capitalisedRunPattern} from '../../src/text/capitalised-runs.js'
import {readWordList} from '../../src/text/data-files.js'
import {rankShortWords} from '../../src/knowledge/claims.js'
import {ruleDataPath} from '../../src/paths.js'
import {furnitureRoles, type Article, type WordToken} from '../../src/article/types.js'
import {insideQuotes, namesInQuotes, quotedSpans} from '../../src/text/quotes.js'
import {inStockTicker} from '../../src/text/stock-ticker.js'
import {loadSpeller, type Speller} from '../../src/language/dictionary.js'
import {wordBeside} from '../../src/article/neighbours.js'
import {readAcronymTable} from '../../src/knowledge/acronym-table.js'
import {transcriptLabelLength} from '../../src/text/speech.js'
import {stopwords} from '../../src/text/stem.js'

interface Definition {
  start: number
  end: number
  /** The spelled-out form, when its initials could be matched to the acronym. */
  expansion?: string
}

interface Mention {
  acronym: string
  start: number
  end: number
  /** In a line shaped as the article's headline (no closing punctuation), among its first three. */
  headline: boolean
}

/** The kinds of ship a name in capitals may follow. */
const shipKinds = /^(?:[Ss]hips?|[Vv]essels?|[Ff]rigates?|[Dd]estroyers?|[Cc]orvettes?|[Ss]ubmarines?|[Cc]ruisers?|[Cc]arriers?)$/u

const functionWords = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'by', 'with', 'a', 'an', '&', 'e', 'de', 'du', 'des', 'la', 'le', 'et', 'y'])

interface Resource {
  known: ReadonlySet<string>
  /** HMS, PNS, BRP: known themselves, and the name in capitals after one is a ship's. */
  shipPrefixes: ReadonlySet<string>
  /** Capitals that spell an English word (FREE, HAWK) are emphasis or a name, not an acronym. */
  speller: Speller
}

export default defineRule<Resource>({
  meta: {
    id: 'acronym',
    description: 'An acronym used before or without its spelled-out form, or spelled out two ways.',
    defaultSeverity: 'info',
    options: {known: 'words'}
  },

  load: async (settings) => {
    const shipPrefixes = new Set(readWordList(ruleDataPath('acronym', 'ship-prefixes.txt')))
    return {
      known: new Set([
        ...readWordList(ruleDataPath('acronym', 'known.txt')),
        ...shipPrefixes,
        ...readAcronymTable(ruleDataPath('acronym', 'acronyms.tsv')).keys(),
        // Abbreviated ranks (SrA, CPO) are titles, which the person-title rule checks.
        ...rankShortWords()
      ]),
      shipPrefixes,
      speller: await loadSpeller(settings.dialect)
    }
  },

  check({article, options, resource, report}) {
    // The newsroom's own list, if the configuration gives one, joins the shipped one (copied only then).
    const extra = options.known as string[] | undefined
    // As written and in capitals: a desk's “jimex” is the acronym JIMEX (“DoD” keeps its small letter too).
    const known: ReadonlySet<string> = extra?.length ? new Set([...resource.known, ...extra, ...extra.map((word) => word.toUpperCase())]) : resource.known
    const {mentions, definitions} = scan(article, resource.speller, resource.shipPrefixes)
    let spelledOut: Set<string> | undefined
    let runs: ReadonlyMap<string, ReadonlyArray<readonly string[]>> | undefined

    // Spelling an acronym out again is common in published releases and harms
    // no reader; spelling it out two ways is an inconsistency.
    for (const [acronym, defs] of definitions) {
      const first = defs[0]
      for (const definition of defs.slice(1)) {
        if (!definition.expansion || !first.expansion || normalise(definition.expansion) === normalise(first.expansion)) continue
        report({
          reason: `“${acronym}” is spelled out two ways: “${definition.expansion}” here and “${first.expansion}” on line ${article.lineOf(first.start)}.`,
          start: definition.start,
          end: definition.end
        })
      }
    }

    const reported = new Set<string>()
    // (Asked once per acronym: an article may use one a hundred times, and each look reads the whole text.)
    const otherCases = new Map<string, boolean>()
    const otherCase = (acronym: string) => {
      let found = otherCases.get(acronym)
      if (found === undefined) otherCases.set(acronym, (found = bracketedInOtherCase(article.text, acronym)))
      return found
    }
    for (const mention of mentions) {
      const {acronym} = mention
      if (known.has(acronym) || known.has(acronym.replace(/s$/, '')) || compoundOfKnown(acronym, known) || reported.has(acronym) || knownWithSuffix(article.text, mention, known)) continue
      const defs = definitions.get(acronym)
      if (defs && defs[0].start < mention.start) continue
      // A headline uses the short form that the body spells out: house style everywhere.
      if (defs && mention.headline) continue
      // Named in full somewhere without brackets ("Combat Forces Command … CFC"): readers can follow. An acronym in
      // mixed case is spelled by its capitals (“Defense Commissary Agency … DeCA”).
      if (!defs && (spelledOutAnywhere((spelledOut ??= initialisms(article)), capitalsOf(acronym.replace(/s$/, ''))) || namedBySyllables((runs ??= capitalisedRuns(article)), acronym) || namedInSmallLetters(article, acronym) || otherCase(acronym))) continue
      reported.add(acronym)
      const definition = defs?.[0]
      report({
        reason: definition
          ? `“${acronym}” is used here before it is spelled out further on (line ${article.lineOf(definition.start)}); spell it out at first use.`
          : `“${acronym}” is never spelled out; give the full name at first use, as many readers will not know it.`,
        start: mention.start,
        end: mention.end,
        expected: definition?.expansion ? [`${definition.expansion} (${acronym})`] : []
      })
    }
  }
})

/** Whether a mention and the capitals after its hyphen are a known acronym: a party's “PML-N”, whose “PML” alone is read first. */
function knownWithSuffix(text: string, mention: Mention, known: ReadonlySet<string>): boolean {
  const suffix = /^-\p{Lu}{1,3}(?![\p{L}\d])/u.exec(text.slice(mention.end, mention.end + 5))
  return suffix !== null && known.has(mention.acronym + suffix[0])
}

/**
 * Two known acronyms of three letters or more run together, as commands name
 * themselves: “USASMDC” is USA (US Army) and SMDC. A reader who knows both
 * reads the whole; shorter parts would make almost any string “known”.
 */
function compoundOfKnown(acronym: string, known: ReadonlySet<string>): boolean {
  for (let at = 3; at <= acronym.length - 3; at++) {
    if (known.has(acronym.slice(0, at)) && known.has(acronym.slice(at))) return true
  }
  return false
}

/** A name in title case, a comma, and any letters in capitals already after it: where post-nominal letters stand. */
const postNominalRun = /\p{Lu}\p{Ll}+,[ \t]+(?:\p{Lu}{2,6}\*?,[ \t]+)*$/u

/** A paragraph's opening word in capitals, a common word or a name in title case, with a lower-case word after it. */
function leadIn(article: Article, index: number, speller: Speller): boolean {
  const word = article.words[index]
  const next = article.words[index + 1]
  const paragraph = article.paragraphs[article.sentences[word.sentence].paragraph]
  if (article.text.slice(paragraph.start, word.start).trim() !== '' || !next || next.sentence !== word.sentence || !/^\p{Ll}/u.test(next.text)) return false
  const lower = word.stem.toLowerCase()
  return speller.correct(lower) || speller.correct(lower[0].toUpperCase() + lower.slice(1))
}

/** Acronyms in body copy: where they are spelled out, and where they are used bare. */
function scan(article: Article, speller: Speller, shipPrefixes: ReadonlySet<string>): {mentions: Mention[]; definitions: Map<string, Definition[]>} {
  const mentions: Mention[] = []
  const definitions = new Map<string, Definition[]>()
  const explained = new Set<string>()
  const define = (acronym: string, definition: Definition) => {
    const list = definitions.get(acronym) ?? []
    list.push(definition)
    definitions.set(acronym, list)
  }

  // Quoted speech stays as spoken: an editor does not expand a speaker's acronym.
  const quotes: Array<ReturnType<typeof quotedSpans> | undefined> = []
  const quotesOf = (index: number) => (quotes[index] ??= quotedSpans(article.text, article.paragraphs[index].start, article.paragraphs[index].end))
  let quotedNames: Set<string> | undefined
  // (The first line of three words or more that is no furniture of the page: a page may stack its banners and widgets
  // above the headline, “Stanbic Bank” eight times and “Kampala” over “UPDF flags off over 2,000 troops to Somalia”,
  // Eagle Online.)
  // (Its words counted in its opening only: a pattern of runs of non-space would read a long line without a space,
  // a minified export's, again from each of its characters.)
  const first = article.paragraphs.findIndex((paragraph) => !furnitureRoles.has(paragraph.role) && paragraph.text.slice(0, 200).trim().split(/\s+/u, 3).length === 3)
  // A headline's shape among the first three lines: the page may set its caption and labels above the headline (“KDF
  // receives new recruits at training base in Eldoret” under the picture's caption and “NATIONAL NEWS”).
  // (Asked once a line: a long line's every mention would otherwise read the whole line again.)
  const shapes: boolean[] = []
  const headlineShaped = (index: number) =>
    index >= first && index <= first + 2 && (shapes[index - first] ??= !/[.!?:]["”’)]?\s*$/.test(article.paragraphs[index].text))
  // (The index of the last ship's name read, for the one after “and”.)
  let shipNameAt = -2
  for (const word of article.words) {
    // An acronym opens with a capital A–Z: most words are ruled out by their first letter.
    const opening = word.text.charCodeAt(0)
    if (opening < 65 || opening > 90 || !twoCapitals(word.text)) continue
    const index = article.sentences[word.sentence].paragraph
    const paragraph = article.paragraphs[index]
    const letters = /^\p{L}+/u.exec(word.text)?.[0]
    const acronym = letters && asAcronym(letters)
    // A name the article introduces in quotation marks, in its headline or its body (“launched the
    // indigenous ‘GARUD’ High Resolution Binoculars”), is a name in every mention: a bare acronym is not quoted.
    if (acronym && (quotedNames ??= namesInQuotes(article.text)).has(letters)) {
      explained.add(acronym)
      continue
    }
    if (paragraph.role !== 'body' && paragraph.role !== 'list-item') continue
    // Initials alone on their line are a sign-off or a label, nothing a reader needs spelled out: the agency's “GNA”
    // under a Ghana News Agency story, “(IANS)”, “- NZPA”.
    if (paragraph.text.length <= 12 && /^[\s(\[–—-]*\p{Lu}{2,6}[\s)\].]*$/u.test(paragraph.text)) continue
    if (paragraph.dateline && word.start < paragraph.dateline.end) continue
    // A currency's letters before its sign are its symbol, not initials to spell out (“GH¢2,000”, “NZ$419 million”).
    if (letters && '¢₵$€£¥₹₦'.includes(article.text[word.start + letters.length] ?? '')) continue
    // A transcript's speaker label in capitals (“MR. TREWHITT.”, “THE PRESIDENT:”) names the speaker.
    if (word.start < paragraph.start + transcriptLabelLength(paragraph.text)) continue
    // A place in capitals opening a paragraph, its region after a comma, is the story's dateline (“NORFOLK, Virginia.
    // Senior defence leaders …”): the dictionary knows the place's name.
    if (acronym && acronym.length >= 4 && article.text.slice(paragraph.start, word.start).trim() === '' && article.text[word.start + acronym.length] === ',' && speller.correct(acronym[0] + acronym.slice(1).toLowerCase())) continue
    // A word in capitals for emphasis or a name in capitals (FREE, HAWK, SRI LANKA) is no acronym.
    // (Nor a short function word set in capitals to stress it: “YOU are the power behind our mission.”)
    if (!acronym || (acronym.length >= 4 && speller.correct(acronym.toLowerCase())) || stopwords.has(acronym.toLowerCase()) || inCapitalRun(article, word.index, speller)) continue
    // A name in capitals beside a given name once is a name in every mention (“MORSI's government”).
    if (nameInCapitals(article, word.index, speller)) {
      explained.add(acronym)
      continue
    }
    // Someone's words are theirs: an acronym in a quotation is not reported, though one defined there is explained
    // (“Today, soldiers of the Territorial Defence Forces [WOT] help …,” said the minister).
    const quoted = insideQuotes(quotesOf(index), word.start, word.end)
    const text = article.text
    const start = word.start
    const end = start + acronym.length
    // Handles, file names and designations with digits (@PIB_India, H3, CVN 68, DDG-51) are not acronyms;
    // a designation the article says what it is (“the bilateral maritime exercise, SLINEX-26”) explains its bare name too.
    if (/[@#_/.]/.test(text[start - 1] ?? '') || /^(?:[_\d]|[ -]\d)/.test(text.slice(start + letters.length, start + letters.length + 2))) {
      if (describedBefore.test(text.slice(Math.max(paragraph.start, start - 300), start))) explained.add(acronym)
      continue
    }
    // A type designation: “AN/UDR-14”, “AN/TPY-2”, and a mark in Roman numerals (“two LARC-Vs amphibious cargo vehicles”).
    if (/^\/[A-Z\d]+-?\d/.test(text.slice(start + letters.length, start + letters.length + 12))) continue
    if (/^-(?:I{1,3}|IV|VI{0,3}|IX|X)s?(?![\p{L}\d-])/u.test(text.slice(start + letters.length, start + letters.length + 8))) continue
    // Prefixes of a name ("INHS Sanjivani", "HMPNGS Rabaul", "SrA Jane Doe") are read with the name.
    if (/^[’']?s?[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(start + letters.length, start + letters.length + 5))) continue
    // A firm's name in capitals, its partners or its legal form after it, is a name: “CEL & Associates, Inc.”, “KBR Inc.”.
    if (/^(?:[ \t]+&[ \t]+\p{Lu}\p{Ll}|,?[ \t]+(?:Inc|Ltd|LLC|plc|PLC|GmbH|Pty|Corp)\b)/u.test(text.slice(start + letters.length, start + letters.length + 12))) continue
    // A ship's name in capitals after its prefix or its kind (“PNS BABUR”, “PN Ships BABUR and HUNAIN”) is a name,
    // and so is the next after “and”.
    const previous = article.words[word.index - 1]
    if (previous && /^[ \t]$/u.test(text.slice(previous.end, start))) {
      if (shipPrefixes.has(previous.text) || shipKinds.test(previous.text) || (previous.lower === 'and' && shipNameAt === previous.index - 1)) {
        shipNameAt = word.index
        continue
      }
    }
    // Units after their number ("419th FLTS", "27 SOMXG") and code names ("Operation GRANBY") are names.
    if (/(?:\d(?:st|nd|rd|th)?|\b(?:Operation|Exercise|Op|Ex|Project))\s$/u.test(text.slice(Math.max(paragraph.start, start - 12), start))) continue
    // An expansion is at most 14 words away: look no further, so a long paragraph costs no more per word.
    const beforeStart = Math.max(paragraph.start, start - 300)
    const before = text.slice(beforeStart, start)
    const after = text.slice(start + letters.length, Math.min(paragraph.end, start + letters.length + 200))

    // "maritime domain awareness (MDA)": the acronym alone in brackets after its expansion, or first in them before
    // another name for the same thing (“Finnish Defense Forces (FDF; Puolustusvoimat)”, “(DPRK, or North Korea)”).
    // (Spaces inside the brackets do not hide it: “the Department of Health and Ageing ( DoHA )”.)
    // (Or first of two given together: “Maritime Patrols or Sovereignty Patrols (MARPAT/SOVPAT)”.)
    // (Or in square brackets, as some outlets set it: “the Territorial Defence Forces [WOT]”, PolandIn; so a trade
    // paper's ticker after a company's name, “Lockheed Martin [LMT]”, is read as its short name.)
    const closing = /^(?:-[\p{L}]+)?s?(?:\/[\p{Lu}\d]{2,}s?)*(?:[ \t]*[)\]]|[;,]\s|\s+or\s)/u.exec(after)
    const opened = /[(\[][ \t]*$/u.exec(before)
    if (opened && closing && (opened[0][0] === '[') === closing[0].endsWith(']')) {
      const expansion = expansionBefore(before.slice(0, opened.index), acronym)
      define(acronym, {start: expansion ? beforeStart + expansion.index : start - 1, end: start + letters.length + closing[0].length, expansion: expansion?.text})
      continue
    }
    if (quoted) continue
    // A company's stock-exchange ticker after its name (“Lockheed Martin (NYSE:LMT)”): codes of the market.
    if (inStockTicker(text, start)) continue
    // A company's legal form after its name (“Saab AB”, “Rheinmetall AG”, “Thales SA”) is part of the name.
    if (companyForms.has(acronym) && /\p{Lu}[\p{L}&.'’-]*[ \t]$/u.test(before)) continue
    // A named body's former name in brackets (“Naval Group (formerly DCNS)”) is a name, owed no expansion.
    if (/\((?:formerly|previously)[ \t]+$/u.test(before) && after.startsWith(')')) {
      explained.add(acronym)
      continue
    }
    // “Chadian National Army (Armee Nationale du Tchad, ANT)”: last in brackets that give the name in its own
    // language, the acronym of either name.
    const lastInBrackets = after.startsWith(')') ? /\(([^()]{3,120}?)[,;]\s*$/u.exec(before) : null
    if (lastInBrackets) {
      const words = lastInBrackets[1].split(/[\s-]+/).map((part) => part.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean)
      const expansion = initialsMatch(words, acronym) ? {index: lastInBrackets.index + 1, text: lastInBrackets[1].trim()} : expansionBefore(before.slice(0, lastInBrackets.index).trimEnd(), acronym)
      if (expansion) define(acronym, {start: beforeStart + expansion.index, end: start + letters.length + 1, expansion: expansion.text})
      else explained.add(acronym)
      continue
    }
    // Letters after a name between commas are its decorations and post (“Maj Gen Rajesh Kundra, AVSM, SM, GOC,
    // UMANG Sub Area”, “John Smith, OBE.”), read with the name.
    if (/^[,.;)]/.test(text[start + letters.length] ?? '') && postNominalRun.test(text.slice(Math.max(paragraph.start, start - 80), start))) continue
    // "Air-Launched Rapid Response Weapon, or ARRW": the acronym offered after its expansion.
    if (/,? or $/.test(before) && !/^\p{L}/u.test(after)) {
      const expansion = expansionBefore(before.replace(/,? or $/, ''), acronym)
      if (expansion) {
        define(acronym, {start: beforeStart + expansion.index, end: start + letters.length, expansion: expansion.text.replace(/,? or$/, '')})
        continue
      }
    }
    // "GCAP (Global Combat Air Programme)": the expansion in brackets after the acronym.
    // One level of brackets may nest inside: “SPARSH (System for Pension Administration (Raksha))”.
    const inBrackets = /^\s*\(((?:[^()]|\([^()]{1,40}\)){3,120})\)/u.exec(after)
    if (inBrackets && initialsMatch(inBrackets[1].split(/[\s-]+/).map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean), acronym)) {
      define(acronym, {start, end: start + letters.length + inBrackets[0].length, expansion: inBrackets[1].trim()})
      continue
    }
    // “SAMPURNA, a fully automated revenue procurement system”, “the bilateral maritime exercise, SLINEX-26”:
    // the article says what the name is, in words, beside it; a reader can follow without the letters spelled out.
    if (describedAfter.test(after) || describedBefore.test(before)) {
      explained.add(acronym)
      continue
    }
    // Nor is a paragraph's first word set in capitals before lower-case words, a page's lead-in style
    // (Dawn's “THE government has taken…”, “PAKISTAN is not short of food”), when it is a word in any case.
    if (leadIn(article, word.index, speller)) continue
    mentions.push({acronym, start, end, headline: first >= 0 && headlineShaped(index)})
  }
  return {mentions: mentions.filter((mention) => !explained.has(mention.acronym)), definitions}
}

/** Whether a word has a second capital A–Z among its first nine characters, as every acronym `asAcronym` accepts does. */
function twoCapitals(word: string): boolean {
  for (let index = 1; index < Math.min(word.length, 9); index++) {
    const code = word.charCodeAt(index)
    if (code >= 65 && code <= 90) return true
  }
  return false
}

/** The legal forms of companies that follow their names in capitals, across Europe and in English. */
const companyForms = new Set(['AB', 'AG', 'AS', 'ASA', 'BV', 'GmbH', 'KG', 'LLC', 'LLP', 'NV', 'OY', 'OYJ', 'PLC', 'SA', 'SE', 'SpA'])

/**
 * What kind of thing a name is, in an appositive beside it: a system or an event, or a company or a body (“ARTEC, a
 * consortium of Rheinmetall and Krauss-Maffei Wegmann (KMW)”, Australian Defence Business Review).
 */
const thingNoun = '(?:system|portal|platform|project|programme|program|scheme|initiative|app|application|exercise|drill|mission|network|database|module|software|tool|campaign|mechanism|framework|facility|series|competition|contest|hackathon|challenge|consortium|company|firm|manufacturer|shipbuilder|shipyard|supplier|contractor|subsidiary|joint venture|start-?up)s?'
// “SAMPURNA, a fully automated … system”, “SAMAR-SETU is a centralised application”. (Not “the SAKSHAM
// platform”: an acronym before its kind of thing, “the RCP exercise”, is still an acronym to spell out.)
const describedAfter = new RegExp(`^(?:-[\\p{Lu}\\d]+)?(?:,|\\s+is)\\s+(?:a|an|the|its|\\p{Lu}[\\p{L}’']*[’']s)\\s+(?:[\\p{L}’'-]+,?\\s+){0,8}${thingNoun}\\b`, 'u')
const describedBefore = new RegExp(`\\b${thingNoun}\\s*(?:,|–|—|called|named|dubbed)?\\s*$`, 'i')

/**
 * Whether a neighbouring word is in capitals too: “SRI LANKA”, “SOUTH CHINA
 * SEA” are names set in capitals. A short English word in capitals counts
 * beside another English word in capitals, however short (a dateline's “AT
 * SEA”): alone, a short one may be an acronym (“ACE”, “ARM”); a word of four
 * letters or more that is English is passed over already.
 */
function inCapitalRun(article: Article, index: number, speller: Speller): boolean {
  const word = article.words[index]
  const shortWord = /^\p{Lu}{2,3}$/u.test(word.stem) && speller.correct(word.lower)
  const inCapitals = (other: WordToken | undefined) =>
    // A hyphenated neighbour counts by its first part: “RED FLAG-Alaska”, an exercise's name (not “COVID-19”).
    other !== undefined && (/^\p{Lu}{3,}(?:[-‐–]\p{Lu}|$)/u.test(other.stem) || (shortWord && /^\p{Lu}{2,}$/u.test(other.stem) && speller.correct(other.lower)))
  if (inCapitals(wordBeside(article, word, -1)) || inCapitals(wordBeside(article, word, 1))) return true
  // A name in capitals after its initials ends the run: “SECRETARY OF DEFENSE JONATHAN R. HOFFMAN:”.
  return /\p{Lu}{3,}[ \t]+(?:\p{Lu}\.[ \t]*)+$/u.test(article.text.slice(Math.max(0, word.start - 40), word.start))
}

/**
 * A family name set in capitals beside a given name, as the CIA World
 * Factbook and some governments write names (“Christopher COLUMBUS”,
 * “Vladimir PUTIN”, “KAMIKAWA Yoko”): a word in capitals with a vowel, next
 * to a capitalised word that is no English word (“Army TRADOC” stays an
 * acronym).
 */
function nameInCapitals(article: Article, index: number, speller: Speller): boolean {
  const word = article.words[index]
  if (!/^\p{Lu}{3,}$/u.test(word.stem) || !/[AEIOUY]/.test(word.stem)) return false
  return [wordBeside(article, word, -1), wordBeside(article, word, 1)].some((other) => other !== undefined && /^\p{Lu}\p{Ll}+$/u.test(other.stem) && !speller.correct(other.lower))
}

/**
 * The initials of every run of capitalised words in the article's body
 * ("Combat Forces Command" gives CFC, and FC and CF), function words
 * skipped: an acronym whose full name the article gives, even without
 * brackets, needs no spelling-out.
 */
function initialisms(article: Article): Set<string> {
  const found = new Set<string>()
  for (const paragraph of article.paragraphs) {
    // Initials with full stops give each letter (“U.S. Army Garrison” is the USAG).
    const text = paragraph.text.includes('.') ? paragraph.text.replace(/(?<![\p{L}\d])(?:\p{Lu}\.){2,}/gu, (initials) => initials.replaceAll('.', ' ')) : paragraph.text
    for (const run of text.matchAll(capitalisedRun)) {
      // (A hyphenated name gives each part's initial: “Maritime Self-Defense Force” is the MSDF. “Of” gives its
      // initial in some acronyms: “Committee of Inquiry” is the COI.)
      const words = run[0].split(/\s+/).flatMap((word) => word.split(/[-‐](?=\p{Lu})/u))
      const content = words.filter((word) => !functionWords.has(word))
      const withOf = words.includes('of') ? words.filter((word) => word === 'of' || !functionWords.has(word)) : undefined
      for (const kept of withOf ? [content, withOf] : [content]) {
        const initials = kept.map((word) => word[0].toUpperCase())
        for (let from = 0; from < initials.length; from++) {
          let letters = initials[from]
          // (Not initials alone: “G.I.” spells out no “GI”.)
          let spelled = kept[from].length > 1
          for (let to = from + 1; to < Math.min(initials.length, from + 8); to++) {
            letters += initials[to]
            spelled ||= kept[to].length > 1
            if (spelled) found.add(letters)
          }
        }
      }
    }
  }
  return found
}

/**
 * Whether the initials of a run of capitalised words give an acronym's capitals, a last “X” standing for an exercise
 * as the military writes it (“Bridge Combat Support Training Exercise … Bridge CSTX”, an FTX, a CPX).
 */
function spelledOutAnywhere(initials: ReadonlySet<string>, capitals: string): boolean {
  return initials.has(capitals) || (capitals.length >= 3 && capitals.endsWith('X') && initials.has(`${capitals.slice(0, -1)}E`))
}

/** An acronym's capitals, which the initials of its words give: “DeCA” is “DCA”; “NATO” is itself. */
function capitalsOf(acronym: string): string {
  return acronym.replace(/\p{Ll}/gu, '')
}

/**
 * Whether the article gives the acronym in brackets in other capitals, after the name it stands for: “Rotation and
 * Resupply Mission (RoRe)” spells out a later “RORE”.
 */
function bracketedInOtherCase(text: string, acronym: string): boolean {
  const bracketed = new RegExp(`\\((${[...acronym].join('')})\\)`, 'iu').exec(text)
  return bracketed !== null && bracketed[1] !== acronym
}

/**
 * Whether the article names an acronym of three letters or more by a run of
 * as many words in small letters, each of four letters or more, that spell it
 * (“there's an aircraft maintenance unit within the AMXS … The 480th AMU”,
 * an Air Force feature in the twentieth set of unseen articles): a term, not
 * a name, that readers meet in full. Shorter words, or two letters, would
 * spell almost anything.
 */
function namedInSmallLetters(article: Article, acronym: string): boolean {
  const letters = acronym.replace(/s$/, '').toLowerCase()
  if (letters.length < 3 || !/^[a-z]+$/.test(letters)) return false
  // (A compound's hyphen parts its words as a space does: “an intelligence-based operation … the IBO”, Daily Times.)
  const spelling = (initials: string) => new RegExp(`(?<![\\p{L}\\d])${[...initials].map((letter) => `${letter}\\p{Ll}{3,}`).join('(?:[ \\t]+|-)')}(?![\\p{L}\\d])`, 'u')
  // A last “X” may stand for an exercise, as the military writes it (“integrated training exercise … the ITX”).
  const words = letters.endsWith('x') ? [spelling(letters), spelling(`${letters.slice(0, -1)}e`)] : [spelling(letters)]
  return article.paragraphs.some((paragraph) => words.some((pattern) => pattern.test(paragraph.text)))
}

/**
 * Whether a run of capitalised words in the article's body spells a long
 * acronym by the first letters of its words' syllables, as commands are
 * named (“U.S. Army Central … USARCENT”, Army news in the first set of
 * unseen articles; “Central Command”, CENTCOM): each word gives its initial
 * and perhaps later letters (`initialsMatch`). Five letters or more, made of
 * two words or more: a short acronym matched so would name almost anything.
 */
function namedBySyllables(runs: ReadonlyMap<string, ReadonlyArray<readonly string[]>>, acronym: string): boolean {
  if (acronym.replace(/s$/, '').length < 5) return false
  for (const words of runs.get(acronym[0]) ?? []) {
    for (let to = 2; to <= Math.min(words.length, 8); to++) if (initialsMatch(words.slice(0, to), acronym)) return true
  }
  return false
}

/**
 * The article's runs of capitalised words (“U.S.” read as “US”), each from
 * each of its words on, once each, by the initial of the word they start
 * with: an article asks `namedBySyllables` about each acronym it does not
 * spell out, and a long one repeats its names.
 */
function capitalisedRuns(article: Article): Map<string, string[][]> {
  const byInitial = new Map<string, string[][]>()
  const seen = new Set<string>()
  for (const paragraph of article.paragraphs) {
    for (const run of paragraph.text.replace(/\b(\p{Lu})\.(?=\p{Lu}\.)|(?<=\b\p{Lu})\.(?=\s)/gu, '$1').matchAll(capitalisedRun)) {
      if (seen.has(run[0])) continue
      seen.add(run[0])
      const words = run[0].split(/\s+/)
      for (let from = 0; from + 1 < words.length; from++) {
        // (Filed by the first word `initialsMatch` reads a letter from: it passes over small words, “A LINCOLN”.)
        let first = from
        while (first < words.length - 1 && functionWords.has(words[first].toLowerCase())) first++
        const initial = words[first][0].toUpperCase()
        const list = byInitial.get(initial)
        if (list) list.push(words.slice(from, from + 8))
        else byInitial.set(initial, [words.slice(from, from + 8)])
      }
    }
  }
  return byInitial
}

/** A run of capitalised words, with the small words of names between them (“Department of Defense”). */
const capitalisedRun = capitalisedRunPattern('of|the|and|for|on|in|to|&')

/**
 * The acronym a word is, or undefined: 2–8 letters, starting with a capital,
 * mostly capitals (NATO, JeM, MPs). Roman numerals and names written in
 * capitals the Japanese way (KAMIKAWA Yoko) are not acronyms.
 */
function asAcronym(word: string): string | undefined {
  // (A plural is its singular's acronym: “combat support hospitals (CSHs)” spells out “CSH”.)
  const core = /^[A-Z]+s$/.test(word) ? word.slice(0, -1) : word
  if (core.length < 2 || core.length > 8 || !/^[A-Z]/.test(core)) return undefined
  const capitals = core.replace(/[^A-Z]/g, '').length
  if (capitals < 2 || capitals / core.length < 0.6) return undefined
  if (/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(core)) return undefined
  // Two small letters in a row make a stylised name (“OneSAF”, “Vayu UTtaM”), not initials (“DoD”, “MSCoE”).
  if (/[a-z]{2}/.test(core)) return undefined
  const vowels = core.replace(/[^AEIOU]/gi, '').length
  if (core.length >= 6 && core === core.toUpperCase() && vowels / core.length >= 0.4) return undefined
  return core
}

/** The words just before "(ACR)" whose initials spell the acronym, with their offset in `text`. */
function expansionBefore(text: string, acronym: string): {index: number; text: string} | undefined {
  const words = [...text.matchAll(/[\p{L}\p{N}&’']+/gu)].slice(-14)
  for (let from = words.length - 1; from >= 0; from--) {
    const window = words.slice(from)
    if (initialsMatch(window.map((word) => word[0]), acronym) && !functionWords.has(window[0][0].toLowerCase())) {
      return {index: window[0].index, text: text.slice(window[0].index).trim()}
    }
  }
  return undefined
}

/**
 * Whether words spell the acronym: each letter is the initial of a word, in
 * order, or a later letter of the same word (“Exercise” gives EX); function
 * words may be skipped.
 */
function initialsMatch(words: string[], acronym: string): boolean {
  const letters = acronym.replace(/s$/, '').toUpperCase()
  const memo = new Map<string, boolean>()
  const match = (letter: number, word: number): boolean => {
    if (letter === letters.length) return word === words.length
    if (word === words.length) return false
    const key = `${letter},${word}`
    if (memo.has(key)) return memo.get(key)!
    const current = words[word]
    let result = false
    if (functionWords.has(current.toLowerCase()) && match(letter, word + 1)) result = true
    else if (current[0]?.toUpperCase() === letters[letter]) {
      // The word's initial gives this letter; later letters of the word may give the next ones.
      let next = letter + 1
      let position = 1
      result = match(next, word + 1)
      while (!result && next < letters.length) {
        position = current.toUpperCase().indexOf(letters[next], position)
        if (position < 0) break
        next++
        position++
        result = match(next, word + 1)
      }
    }
    memo.set(key, result)
    return result
  }
  return match(0, 0)
}

function normalise(text: string): string {
  // The plural spells out the same name as the singular (“Operator Control Units (OCUs)”, “Operator Control Unit (OCU)”).
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/(?<=\p{L}{2})s$/u, '')
}
