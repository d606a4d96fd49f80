import {readYamlData} from '../text/data-files.js'
import {packageRoot} from '../paths.js'
import path from 'node:path'
import {furnitureRoles, type ParagraphRole} from './types.js'
import {stopwords} from '../text/stem.js'
import {spokenHeadline, transcriptLabelLength} from '../text/speech.js'
import {wordClassName} from '../model/word-classes.js'
import {wholeWords} from '../text/whole-words.js'
import {caseAt, letterOrDigit, smallIntoCapital} from '../text/letter-case.js'
import {isWhiteSpace} from '../text/white-space.js'
import {compactCopy} from '../text/compact-copy.js'
import {pipeTableLines} from '../text/pipe-table.js'
import {contentStemCounts, contentStems, keysElsewhere} from './content-words.js'
import {scanSource} from '../text/shared-prefixes.js'
import {opensWithRank, opensWithTitle} from '../knowledge/claims.js'
import {crossheadLike, crossheadSeries, endsSentence, endsWithStop, goesOn, hasDate, month, narrated, personNameLine, placeLine, terminal, trimmedEnd, trimmedStart, wordCount} from './line-shape.js'
import {detectFurniture, pageLineWhy} from './furniture-detector.js'
import {pageLinesByWords} from './line-words.js'
import {pointing, sceneCaption, stativeVerb} from './scene-caption.js'
import {everydayWord} from '../model/frequencies.js'

/** A paragraph's role, and for furniture the evidence that decided it, in an editor's words. */
export interface RoleFinding {
  role: ParagraphRole
  why?: string
}

interface Furniture {
  labels: RegExp
  creditLabels: RegExp
  lines: Set<string>
  /** The first word of each listed line (`openingWord`): a line that opens with none is no listed line, and need not be made bare. */
  lineOpeners: Set<string>
  /** Twice the longest listed line, room for bullets and spaces: a longer line can only open with a listed one. */
  lineRoom: number
  credit: RegExp
  /** A credit word and its separator, up to two words into a fragment: “Image:”, “Representative photo:”, “─Courtesy:”, “— Photo provided by Name”. */
  creditOpening: RegExp
  /** Each kind of notice: its phrases anywhere (`phrase`), opening a sentence (`opens`), and those of three words or more (`longPhrase`). */
  notices: Array<{why: string; phrase: RegExp; opens: RegExp; longPhrase?: RegExp}>
  /** Every notice's phrases in one pattern: most lines hold none, and one test says so. */
  anyNotice: RegExp
  socialSites: Set<string>
  webWords: Set<string>
  /** The last words of news outlets' names (“News”, “Times”, “Shimbun”), in lower case. */
  outletWords: Set<string>
  /** Labels over a page's list of other stories (`storyListLabels`), made bare. */
  storyListLabels: Set<string>
  /** Labels over a block of the page's details about a release (`detailLabels`), made bare. */
  detailLabels: Set<string>
  /** A site's section label and a date, and nothing else, either way round (`sectionLabels`). */
  sectionStamp: RegExp
}

let furniture: Furniture | undefined

/** corpus/page-furniture.yaml, compiled once per process. */
function furnitureData(): Furniture {
  if (!furniture) {
    const file = path.join(packageRoot, 'corpus', 'page-furniture.yaml')
    const data = readYamlData(file) as {labels?: string[]; lines?: string[]; credits?: string[]; notices?: Array<{why?: unknown; phrases?: unknown}>; socialSites?: string[]; webWords?: string[]; outletWords?: string[]; storyListLabels?: string[]; detailLabels?: string[]; sectionLabels?: string[]}
    if (!Array.isArray(data?.labels) || !Array.isArray(data.lines) || !Array.isArray(data.credits) || !Array.isArray(data.notices) || !Array.isArray(data.socialSites) || !Array.isArray(data.webWords) || !Array.isArray(data.outletWords) || !Array.isArray(data.storyListLabels) || !Array.isArray(data.detailLabels) || !Array.isArray(data.sectionLabels)) {
      throw new Error(`${file}: expected lists under “labels”, “lines”, “credits”, “notices”, “socialSites”, “webWords”, “outletWords”, “storyListLabels”, “detailLabels” and “sectionLabels”`)
    }
    for (const notice of data.notices) {
      if (typeof notice?.why !== 'string' || !Array.isArray(notice.phrases) || !notice.phrases.every((phrase) => typeof phrase === 'string')) {
        throw new Error(`${file}: each notice needs “why” and a list of “phrases”`)
      }
    }
    const alternatives = (words: string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).sort((a, b) => b.length - a.length)
    const alternation = (words: string[]) => alternatives(words).join('|')
    const credits = data.credits
    const creditLabels = data.labels.filter((label) => credits.some((credit) => label.split(' ').includes(credit)) || /^(?:photos? by|courtesy)$/.test(label))
    furniture = {
      // A label, then a separator or a date: “Tags: …”, “READ FULL STORY -”, “Last updated on Apr 5, 2020”;
      // or the gap of two spaces or more a scraper leaves between a link's label and its text (“See also  Volusia …”).
      labels: new RegExp(`^[\\s•*▪·─-]*(?:${alternation(data.labels)})(?:\\s*(?::|\\||–|—|-(?=\\s|$)|(?=${dateStart}))|[^\\S\\n]{2,}(?=\\p{Lu}))`, 'iu'),
      creditLabels: new RegExp(`^[\\s•*▪·─(\\[-]*(?:${alternation(creditLabels)})\\s*(?::|\\||–|—|-(?=\\s))`, 'iu'),
      lines: new Set(data.lines.map(bare)),
      lineOpeners: new Set(data.lines.map((line) => withoutClosingMarks(bare(line).split(' ')[0]))),
      lineRoom: 2 * Math.max(0, ...data.lines.map((line) => line.length)) + 10,
      credit: new RegExp(wholeWords(alternation(credits)), 'iu'),
      creditOpening: new RegExp(`^[\\s•*▪·─—–-]*(?:\\p{L}+\\s+){0,2}(?:${alternation(credits)})s?(?:\\s*(?::|\\/|\\|)|\\s+(?:(?:provided|supplied|taken|sent)\\s+)?by\\s+(?=\\p{Lu}))`, 'iu'),
      notices: data.notices.map(({why, phrases}) => noticePatterns(why as string, phrases as string[], alternation)),
      // A first look, then each notice's own pattern: it may match more than a phrase, never less. It reads the
      // line in lower case: a case-insensitive pattern this size took twice as long to compile (4–5 ms at a cold start).
      // No letter stands before a phrase (`wholeWords`): the pattern first takes the character before it, if any, as
      // no small letter, and so tries the phrases at a word's start only, not at every letter (twice as fast over a line).
      anyNotice: new RegExp(`(?:^|[^a-z])${wholeWords(scanSource(alternatives(data.notices.flatMap(({phrases}) => (phrases as string[]).map((phrase) => phrase.toLowerCase())))))}`, 'u'),
      socialSites: new Set(data.socialSites.map((site) => site.toLowerCase())),
      webWords: new Set(data.webWords.map((word) => word.toLowerCase())),
      outletWords: new Set(data.outletWords.map((word) => word.toLowerCase())),
      storyListLabels: new Set(data.storyListLabels.map(bare)),
      detailLabels: new Set(data.detailLabels.map(bare)),
      sectionStamp: new RegExp(`^\\s*(?:(?:${alternation(data.sectionLabels)})\\s*[|•·]\\s*${fullDate.source}|${fullDate.source}\\s*[|•·]\\s*(?:${alternation(data.sectionLabels)}))\\s*$`, 'iu')
    }
  }
  return furniture
}

/**
 * One notice's patterns, made on first use: `anyNotice` tells first whether a
 * line holds any notice's phrase, most articles have no such line, and making
 * the patterns of every notice cost each cold start about 7 ms.
 */
function noticePatterns(why: string, phrases: string[], alternation: (words: string[]) => string): Furniture['notices'][number] {
  let made: {phrase: RegExp; opens: RegExp; longPhrase?: RegExp} | undefined
  const patterns = () => {
    if (!made) {
      const long = phrases.filter((phrase) => phrase.trim().split(/\s+/).length >= 3)
      made = {
        phrase: new RegExp(wholeWords(alternation(phrases)), 'iu'),
        opens: new RegExp(`^${wholeWords(alternation(phrases))}`, 'iu'),
        longPhrase: long.length > 0 ? new RegExp(wholeWords(alternation(long)), 'iu') : undefined
      }
    }
    return made
  }
  return {
    why,
    get phrase() {
      return patterns().phrase
    },
    get opens() {
      return patterns().opens
    },
    get longPhrase() {
      return patterns().longPhrase
    }
  }
}

/** The words of a web page's own navigation (`webWords` in corpus/page-furniture.yaml), for the furniture detector's training. */
export function pageWebWords(): ReadonlySet<string> {
  return furnitureData().webWords
}

/** A line without bullets, edge punctuation and case, for comparing with the list of furniture lines. */
function bare(text: string): string {
  return text
    .trim()
    .replace(/^[\s•*▪●◦·─–—-]+(?=\p{L})/u, '')
    .replace(/\s*\(\d+\)$/u, '')
    .replace(/[\s:.›»→>|–—-]+$/u, '')
    .replace(/\s+/g, ' ')
    .replace(/’/g, "'")
    .toLowerCase()
}

/**
 * A line's first word as `bare` leaves it, without closing marks: when a
 * line, or its first sentence, is a listed line, this is that line's first
 * word without them too.
 */
function openingWord(line: string): string {
  let head = line.slice(0, 80).trim()
  // Every line is asked: the pattern of bullets is read only on a line that opens with neither a letter nor a
  // digit (no bullet is one), and the word's end is found by its codes, not by splitting the line.
  if (!letterOrDigit(head.charCodeAt(0))) head = head.replace(/^[\s•*▪●◦·─–—-]+(?=\p{L})/u, '')
  let end = 0
  while (end < head.length && !isWhiteSpace(head.charCodeAt(end))) end++
  const word = head.slice(0, end)
  return withoutClosingMarks((word.includes('’') ? word.replace(/’/g, "'") : word).toLowerCase())
}

/** A word without the marks that close it; the pattern, tried at its every character, only on a word that ends on one of them (most end on a letter). */
function withoutClosingMarks(word: string): string {
  return word.length > 0 && openerMarks.includes(word[word.length - 1]) ? word.replace(/[:.›»→>|–—?!()\d-]+$/u, '') : word
}
const openerMarks = ':.›»→>|–—?!()0123456789-'

const listMarker = /^\s*(?:[-–•*▪●◦]|\d{1,2}[.)])\s+/
/** Whether a line opens, after white space, with what `listMarker` opens with: a bullet or a digit. */
function listMarkerFirst(text: string): boolean {
  const at = trimmedStart(text)
  return '-–•*▪●◦'.includes(text[at] || '_') || digitAt(text, at)
}
/** Whether the character at `index` is an ASCII digit (as `\d` reads it). */
function digitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 48 && code <= 57
}
/** A line's first character after an opening bracket, if any, and white space (as `^[(\[]?\s*` reads them; '' if none). */
function firstAfterBracket(line: string): string {
  let at = line[0] === '(' || line[0] === '[' ? 1 : 0
  while (at < line.length && isWhiteSpace(line.charCodeAt(at))) at++
  return line.charAt(at)
}
/**
 * Whether a text's first character may be one of the ASCII small `letters` to a pattern that ignores case: the
 * letter or its capital, or any character beyond ASCII (Unicode's case folding takes “ſ” for an s).
 */
function mayBeLetter(text: string, letters: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 128 || (code >= 65 && letters.includes(String.fromCharCode(code | 32)))
}
/** Whether `word` stands in a text with white space on both sides. */
function spacedWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word, 1); at > 0; at = text.indexOf(word, at + 1)) {
    if (isWhiteSpace(text.charCodeAt(at - 1)) && isWhiteSpace(text.charCodeAt(at + word.length))) return true
  }
  return false
}
/**
 * What opens a byline: “By” (“BY” in a header set in capitals), or the part the writer had, “Story by”, “Written by”,
 * “Words by”. (A post that closes one is no byline after “About”: “About Staff Writer” heads an author's box.)
 */
// (A magazine's label before two slashes: “STORY // Benita Teo”, “// Report by Chia Chong Jin”, as Singapore's PIONEER sets
// them; the kind of piece before “by”: “Blog by Admiral James Foggo”.)
const bylineOpening = String.raw`(?:(?:\/\/\s*)?(?:(?:Story|Written|Words|Report|Text|Blog|Article|Commentary|Column|Posted)\s+by|By|BY)|(?:STORY|Story|WORDS|Words|TEXT|Text)\s*\/\/)`
const byline = new RegExp(String.raw`^\s*[•*]?\s*(?:${bylineOpening}[:\s]\s*\S|(?:[^|\n]{1,30}\|\s*)?(?!About\s)(?:[\p{Lu}\d][\p{L}\d.]*\s){0,4}(?:[Cc]orrespondent|Bureau|Staff [Ww]riter|[Rr]eporter|Desk|Agencies|News Service|News Agency|Public Affairs(?: Office| Detachment| Section| Team)?)\s*:?\s*$)`, 'u')
/** Whether a byline names its writer with a rank, or with a post after a comma: “By Sgt. Andrew McNeil”, “By Jane Doe, Sector Long Island Sound”. */
function writerWithPost(line: string): boolean {
  const writer = line.slice(bylineOpener.exec(line)?.[0].length ?? 0)
  return opensWithTitle(writer) || /^[^,]{3,60},\s*\p{Lu}/u.test(writer)
}
/**
 * A byline strip: the writer, then between bars the place and when the page published or updated the story, and
 * nothing else (“By Allen Cone | Updated Nov. 12, 2018 at 4:02 AM”). The story's, with the page's times in it:
 * deleting the line would take its byline. (An agency's initials there are no writer: “PTI | New Delhi | Updated:
 * 21-12-2021 21:10 IST | …” is the page's strip, as the real-copy defect sets count Devdiscourse's.)
 */
function bylineStrip(line: string): boolean {
  const [writer, ...rest] = line.split(/\s*\|\s*/u)
  if (rest.length === 0 || !/^\s*By\s+\p{Lu}/u.test(writer) || !namesAfterBy(writer)) return false
  return rest.every((part) => hasDate(part) || /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}$/u.test(part) || /^(?:updated|published|created|posted)\s*:?\s*\d/iu.test(part))
}

/**
 * A name, perhaps an office in brackets, then a telephone number and nothing else; or a label of a few words and a
 * colon, then the number (“Office: (619) 278-7025”, “After Hours: (619) 252-1304”, a Coast Guard release's contacts).
 */
const contactLine = /^\s*(?:\p{Lu}[\p{Ll}.'’]*(?:-\p{L}[\p{Ll}]*)?\s+){1,4}(?:\([^()]{1,40}\)\s*)?(?::\s*|on\s+)?\+?\(?\d[\d() -]{6,}\d\s*$|^\s*\p{Lu}\p{Ll}*(?:\s\p{L}\p{Ll}*){0,2}:\s*\+?\(?\d[\d() -]{6,}\d\s*$/u
/** A speech's line that says who delivered it, and where and when: the speech's byline wherever the header puts it. */
const deliveryWhy = 'the line that says who delivered the speech'
/** A speech's line that says its text is as delivered or as prepared (“As Delivered”, “Remarks As Prepared for Delivery by …”). */
const deliveryLine = /^\s*(?:Remarks\s+)?As\s+(?:Delivered|Prepared(?:\s+for\s+Delivery)?)\b/iu
/** The delivery line that names who delivered the speech: “As Delivered by Secretary of Defense Robert M. Gates, …”. */
const deliveryByline = new RegExp(String.raw`${deliveryLine.source}\s+by\s+\p{Lu}`, 'iu')
/** A byline in small letters that names the writer and ends on their post: “by Hans Petersen, VA Staff Writer”. */
const lowerCaseByline = /^\s*by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Staff Writer|Writer|Correspondent|Reporter|Editor|Public Affairs)\s*$/u
/** A date closing a byline, after a dash or a bar or run into the last name: “- 11/10/2015”, “ParaglideJanuary 7, 2010”. */
const bylineDate = new RegExp(`(?:\\s*[-–—|]\\s*|(?<=\\p{Ll}))(?:${month}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4})\\s*$`, 'iu')
const bylineOpener = new RegExp(String.raw`^\s*[•*]?\s*${bylineOpening}[:\s]\s*`, 'u')
/** A byline's opening, “by” in small letters too, before a name: no tag list, though commas part its names. */
const bylineBeforeName = new RegExp(String.raw`^\s*(?:${bylineOpening}|by)\s+\p{Lu}`, 'u')
/** Small words a writer's name, rank or unit may hold in lower case: “John Smith and Jane Doe”, “Bureau of Investigation”. */
const bylineConnectors = new Set(['and', 'of', 'the', 'de', 'del', 'da', 'van', 'von', 'der', 'al', 'bin', 'in', 'for', 'at', 'on', 'with', 'via', '&'])

/**
 * Whether what follows a line's opening “By” is a name (a writer, a rank
 * and unit, an agency), not the rest of a sentence: “By 2030, the navy will
 * field …” and “By the end of the week …” are prose. A line that does not
 * open with “By” (“DSA Correspondent”) is not asked.
 */
function namesAfterBy(line: string, opening = bylineOpener.exec(line)): boolean {
  if (!opening) return true
  // Not an office alone after “the”: a proclamation's attestation above the secretary's signature (“By the
  // President:” over “TIMOTHY PICKERING, / Secretary of State.”, in 43 of the presidential speeches), the document's own.
  if (/^the\s+\p{Lu}\p{Ll}+:?\s*$/u.test(line.slice(opening[0].length).trim())) return false
  // After one writer's name and its comma, the writer's post may say what the writer does in small letters
  // (“By Captain Sarah Harasymchuk, deployed Public Affairs Officer, …”): only the name is read then.
  // (A date after the names is the byline's, even glued on: “By Eve Meinhardt/ParaglideJanuary 7, 2010”.)
  const after = line.slice(opening[0].length).replace(bylineDate, '')
  const comma = after.indexOf(',')
  const names = comma > 0 && /^[^,]*\p{Lu}[^,]*\s\p{Lu}/u.test(after.slice(0, comma)) && !/\b(?:and|&)\b/.test(after) ? after.slice(0, comma) : after
  // (What brackets hold is a note on the name: “(ret.)”.)
  return names
    .replace(/\([^()]*\)|\[[^\]]*\]/gu, ' ')
    .split(/[\s,|;:/]+/u)
    .filter((word) => /[\p{L}\d]/u.test(word))
    .every((word) => /^[^\p{L}\d]*\p{Lu}/u.test(word) || /^\d+(?:st|nd|rd|th)$/u.test(word) || bylineConnectors.has(word.toLowerCase()))
}
/**
 * One to three words in small letters and nothing else (“close notification”,
 * “bottom of page”, “play icon”): a story's line opens with a capital, and
 * its crossheads too; these are the page's controls, tags and pictures' text.
 */
const lowerCaseLabel = /^\s*[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2}\s*$/
/** A word of the first person: a speaker's or a writer's own. */
const firstPerson = /(?<![\p{L}’'])(?:I|we|We|our|Our|us|my|My)(?![\p{L}’'])/u
/** A line that breaks off on a word in small letters or at a comma: the line below is its end, wrapped (a table's heading). */
const brokenOff = /(?:^|\s)[a-z](?:\S*[a-z])?\s*$|,\s*$/

/** A day of the week, in full or cut short (“Thu, 06 Nov 2003”). */
const weekdayName = '(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?),?\\s+)'
const weekday = `${weekdayName}?`
/**
 * A date and nothing else: “19 December 2024”, “Saturday, February 23, 2008”, or as a bar of the page sets it:
 * “• 19 Nov. 2019 -” (NATO). Without its year only with its day of the week (“Wednesday, Oct 23”): a month and a
 * day alone may be a sentence's start broken off (“May 9”).
 */
const dateOnly = new RegExp(`^\\s*(?:[•·▪]\\s*)?(?:${weekday}(?:\\d{1,2}\\s+${month},?\\s+\\d{4}|${month},?\\s+\\d{1,2},?\\s+\\d{4})|${weekdayName}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${month}|${month}\\s+\\d{1,2}(?:st|nd|rd|th)?))(?:\\s+[-–—])?\\s*$`, 'iu')
/** A full date, with its year: “Monday, December 6, 2004”, “30 Jun 2015”, “05-04-2020”. */
const fullDate = new RegExp(`${weekday}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${month},?\\s+\\d{4}|${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})(?!\\d)`, 'iu')
const stampWhy = 'a date stamp with the outlet’s name'
/** Words a stamp may carry besides the date, the time and the outlet's name. */
const stampWords = /^(?:updated|published|posted|last|modified|on|at|by|the|of|and|hours|hrs)$/i

/**
 * A date stamp: a full date, perhaps its time, and the outlet's name or a
 * label and nothing else (“Reuters / Sunday, January 05, 2020”, “Mail
 * Guardian South Africa 11 Feb 2026”, “30 Jun 2015, 1800 hours (GMT +8)”).
 * No sentence: what is left beside the date is a few capitalised words.
 */
function dateStamp(line: string, words: number): boolean {
  // (A byline with its date is the byline: “By Eve Meinhardt/ParaglideJanuary 7, 2010”.)
  if (words > 12 || endsSentence(line) || /^\s*By\s/u.test(line)) return false
  const date = fullDate.exec(line)
  if (!date) return false
  const rest = `${line.slice(0, date.index)} ${line.slice(date.index + date[0].length)}`.replace(stampTime, ' ')
  const left = rest.match(/[\p{L}\d][\p{L}\d.'’&-]*/gu) ?? []
  return left.length <= 5 && left.every((word) => /^[\p{Lu}\d]/u.test(word) || stampWords.test(word))
}

/** A place in title case, its state or country after a comma, and a dash, alone: a dateline set on its own line. */
const placeThenDash = /^\s*\p{Lu}[\p{Ll}.'’-]+(?:\s+\p{Lu}[\p{Ll}.'’-]*){0,2},\s+\p{Lu}[\p{L}.]{1,12}(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*(?:--|—|–)\s*$/u
/** A street's number, name and kind, perhaps a building's after a comma, and nothing else: “5700 18th Street, Bldg 245”. */
const streetLine = /^\s*\d{1,5}\s+(?:[\p{Lu}\d][\p{L}\d.'’-]*\s+){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Pike|Parkway|Highway)(?:,\s*(?:Bldg\.?|Building|Suite|Ste\.?|Room|Rm\.?)\s*[\w-]+)?\s*$/u
/** A town, a US state's code and a ZIP code, and nothing else: “Fort Belvoir, VA 22060-5573”. */
const zipLine = /^\s*\p{Lu}[\p{L}.'’ -]{1,40},\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$/u

/** The bullet a line opens with (“•”, “·”, “-”), or '' if none. */
function bulletOf(line: string): string {
  return /^\s*([•·▪*-])\s/u.exec(line)?.[1] ?? ''
}

/** The start of a date: “Apr 5, 2020”, “5 April 2020”, “05-04-2020”. */
const dateStart = `${weekday}(?:${month}\\s+\\d{1,2}\\b|\\d{1,2}\\s+${month})|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}`
const clockTime = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|hrs?|h|IST|GMT|UTC|ET|EST|EDT|PST|AEST|BST)?(?![\d.])/i
/** A time of day as stamps write it: a clock time, “1800 hours”, “(GMT +8)”. */
const stampTime = new RegExp(`\\b\\d{3,4}\\s*(?:hours|hrs)\\b|\\(\\s*(?:GMT|UTC|IST)[^)]*\\)|${clockTime.source}`, 'giu')
const readingTime = /^\s*\d+\s*(?:min(?:ute)?s?)\s+read(?:\s+time)?\s*(?:$|[.·•|]\s)|^\s*(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*\d/iu
/** A reading time before the page's next label with only a space between: “3 min read Post on Jun 09, 2025” (case matters: the label's capital). */
const readingTimeBeforeLabel = /^\s*\d+\s*[Mm]in(?:ute)?s?\s+[Rr]ead\s+(?=\p{Lu})/u
/** A reading time before the outlet's name, its “read” left out (“1 min Mena Today”), or alone in the page's abbreviation (“1 min”). */
const minutesAndOutlet = /^\d{1,2}\s?min(?:ute)?s?\s(?:\p{Lu}[\p{L}.&'’-]*\s?){1,4}$|^\d{1,2}\s?mins?$/u
/** A count of views, reads, shares or comments, before its label or after it (“1,204 Views”, “Hits: 7”): a short line with one is the page's counter. */
const viewCount = /^\D{0,12}\d[\d,.]*\s*[kKmM]?\s+(?:total\s+)?(?:views?|reads|hits|shares|comments)\b|^(?:views?|reads|hits|shares|comments)\s*:\s*\d[\d,.]*\s*[kKmM]?$/iu
/** How a caption places people in its picture: “(left)”, “(second from right)”, “pictured”, “poses for”; a bracket after a space, not a designation's “SSN(R)”. */
const positional = /(?<![A-Za-z\d])\((?:(?:extreme |far |second from |third from |from )?(?:left|right|centre|center)|L|R|front|back|top|above|inset)\)|\bpictured\b|,\s+seen here\b|\bposes? for\b|\bfile photo\b/i
/**
 * A long paragraph that says “pictured” of one thing it lists is the story pointing at its picture (“… a Lightweight
 * Multiple Launcher capable of firing three missiles via a tripod (pictured) and …”, Shephard): a caption that places
 * its people with that word alone is short.
 */
const longCaption = 30
/** Who wrote the story, in an author box: a journalist, and their experience or beat. */
const authorNote = /\b(?:journalist|reporter|correspondent|columnist|writer|author|editor|bureau chief)\b.{0,80}\b(?:years? of (?:experience|reporting|journalism)|has (?:covered|reported|written|worked)|covers|writes (?:on|about)|specialises in|specializes in)\b/i
/** A named person introduced as a journalist, opening a paragraph: “Isaac Kaledzi is an experienced and award winning journalist”. */
const authorIntroduction = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}is\s+(?:a|an|the)\s+(?:[\p{L}-]+,?\s+){0,6}?(?:journalist|reporter|correspondent|columnist|writer|editor|contributor|blogger|freelancer|bureau\s+chief)s?\b/u
/**
 * A speaker's line that pauses on an ellipsis, in the first person (“And I want to talk about the critically important
 * investment we are making …”, “Who support the safety, peace and prosperity of our region…”): a speech's, no headline.
 */
function spokenPause(line: string): boolean {
  return /(?:…|\.\.\.)\s*$/u.test(line) && personal.test(line)
}

/** A label in capitals before a colon, opening a line (“SUBJECTS:”, “SUBJECT/s:”, “FROM:”), or a transcript's “Subjects:”. */
const headerLabel = /^\s*(?:\p{Lu}{2,}(?:\/\p{Ll}{1,2})?|Subjects?|Topics?):\s/u
/** A government department's name and nothing else (“Ministry of Defence”): the issuing department's label above a release. */
const departmentLabel = /^\s*(?:(?:US|U\.S\.|UK) )?(?:Ministry|Department|Office|Directorate) (?:of|for) (?:the )?\p{Lu}\p{L}+(?:\s+(?:(?:of|and|for|the|&)\s+)?\p{Lu}\p{L}+){0,5}\s*$/u
/** A date, then one or two bare numbers of up to four digits closing the line: the page's counters beside its date stamp. */
const dateThenCounters = new RegExp(`(?:\\d{1,2}\\s+${month},?\\s+\\d{2,4}|${month}\\s+\\d{1,2},?\\s+\\d{2,4})\\s+\\d{1,4}(?:\\s+\\d{1,4})?$`, 'i')
/** A photo caption's close, in the style of US military sites: a place and the date the picture was taken (“… Base, Del., Sept. 14, 2022.”). */
const placeAndDate = new RegExp(`\\p{Lu}[\\p{L}.]*,\\s+(?:${month}\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+${month}\\s+\\d{4})\\.\\s*$`, 'iu')
const functionWords = /\b(?:the|and|or|of|to|in|for|with|a|an|on|is|are|was|were|has|have|will|said|says)\b/gi

/** The label over a photo's caption and credit: “Photo Information”. */
const photoBlockLabel = /^\s*(?:photo|image|picture)\s+(?:information|details)\s*$/iu
/** A credit's mark: “Photo:”, “Photo/”, “Credit:”, “Illustration by Name”, “Courtesy:”, a Creative Commons licence, “via Wikimedia Commons”. */
const creditMark = /(?<!\w)(?:photo(?:graph)?|image|picture|illustration|graphic)s?\s*(?:[:/|]|by\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?\p{Lu}|courtesy\s+(?:of\s+)?(?:the\s+)?\p{Lu})|credits?\s*:|(?<!\w)courtesy\s*[:/]|\/\s*courtesy(?!\w)|(?<!\w)via wikimedia commons(?!\w)|(?<!\w)CC[ -]BY(?!\w)/iu
/** “2 days ago”, “5 hrs ago”, a live blog's “3m ago”. */
// (Two digits at most: a page counts back minutes to years, and “Indiana Commissioned—125 Years Ago” heads a history.)
const relativeTime = /(?<!\d)\d{1,2}\s*(?:[mhd]|sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/i
/** A headline, a bar, and a site's name in capitalised words with no full stop: a page's title. */
const pageTitle = /^([^|]{12,200}?)\s\|\s(\p{Lu}[\p{L}&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’-]*)*)$/u
/** A link to the story where it was first published: “Read it at …”, “Read more here: …”, the site's name after it. */
const readAtSite = /^\s*(?:read|continue reading)(?:\s+(?:it|more|the full story|the story))?\s+(?:at|on|here\s*:+)\s+\p{Lu}[^.!?]*$/iu
/** An image's file name with spaces in it: “Night Patrol 10.jpg”. */
const imageFileWithSpaces = /^[\p{L}\d _().,'’-]{1,80}\.(?:jpe?g|png|gif|webp)$/iu
const embedWhy = 'an embedded post or link'
const smallNumber = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)'
const sum = new RegExp(`^${smallNumber}\\s*[×*+−–-]\\s*${smallNumber}?\\s*=\\s*(\\d{1,3})?$`, 'iu')
/** A sum with a number before its operator and exactly one blank for the reader to fill: “5 × two =”, “75 − = 65” (not “2 + 2 = 4”). */
function captchaSum(line: string): boolean {
  const match = sum.exec(line)
  return match !== null && (match[2] === undefined) !== (match[3] === undefined)
}
/** A reader's name and “said...”, as blogs head each comment (a pronoun would be a sentence cut off). */
const commentHeader = /^(?!(?:he|she|they|it|we|i|you|who|officials?|police|army)\s)[\p{L}\d_.-]{2,30}(?:\s[\p{L}\d_.-]{1,30})?\ssaid\s?(?:\.\.\.|…)$/iu
const teaserWhy = 'a teaser of another story, cut off by the page'
const timestampWhy = 'a timestamp'
const releaseDetailsWhy = 'a line of the page’s details about the release (its ministers and media contacts)'
const ownTeaserWhy = 'the page’s summary of this story, cut off, over the paragraphs that give it whole'
const otherHeadlineAboveTeaserWhy = 'another story’s headline, above its teaser'
/** An embedded post's signature closing its text: “… — ANI (@ANI) December 21, 2019”. */
const postSignature = new RegExp(`[—–]\\s*[^—–()\\n]{1,50}\\(@\\w{1,30}\\)\\s+${month}\\s+\\d{1,2},\\s+\\d{4}\\s*$`, 'iu')
/** A picture's credit after its subject's name: “Joseph F. Dunford © AP”. */
const copyrightCredit = /^[\p{Lu}][\p{L}.'’ -]{0,60}\s©\s*\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3}$/u
/** A copyright mark and its holder (a few capitalised words, perhaps a bracketed note) at the end of a line. */
const copyrightClose = /\s©\s*\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3}(?:\s*\([^()]{1,30}\))?\s*$/u
/** A credit that names who sent the picture: “…/Handout via REUTERS”, “Ahmad Al-Rubaye/AFP via Getty Images hide caption”. */
const viaTail = /\bvia\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}(?:\s+(?:hide|toggle)\s+caption)?\s*$/u

/** Whether a line ends on a credit sent “via” an agency, a slash before it (`viaTail`); the slash is sought back from the “via”, so a long run of slashes costs one pass. */
function viaCredit(line: string): boolean {
  const tail = viaTail.exec(line)
  return tail !== null && line.lastIndexOf('/', tail.index) >= 0
}
/** The label of a link to the story before or after, glued to its headline or alone, or a “Read More →” that ends a teaser. */
const storyLinkOpening = /^\s*(?:previous|next)\s+(?:article|post|story)(?:\p{Lu}|['‘"“]|\s*[:|–—-]|\s*$)/iu
const readMoreArrow = /\bread\s+more\s*[→»›>]+\s*$/iu
/** A link to the story before or after (“Previous articleIndian Army …”), or “Read more »”: the arrow is looked for at the end before the words anywhere. */
function storyLink(line: string): boolean {
  return (mayBeLetter(line.charAt(trimmedStart(line)), 'pn') && storyLinkOpening.test(line)) || ('→»›>'.includes(line.trimEnd().at(-1) ?? '') && readMoreArrow.test(line))
}
/** “Read”, “Also Read”, “Read More” in capitals or title case, run into a capitalised word (case matters: “Readiness” is a word). */
const gluedReadLabel = /^\s*(?:(?:ALSO\s+)?READ(?:\s+(?:MORE|ALSO))?|(?:Also\s+)?Read(?:\s+(?:[Mm]ore|[Aa]lso))?)(?=\p{Lu}\p{Ll})/u
/** A breadcrumb trail that starts at the home page: “Home / News / …”, “Home » Defence”, “1. Home 2. …”, its links run together (“HomeNewsADF set for …”). */
const homeTrail = /^\s*(?:home\s*[/>»›|]\s*\S|1\.\s*home\s+2\.\s)/iu
/** Case matters: “Homeland” is a word. */
const gluedHomeTrail = /^\s*Home(?=\p{Lu}\p{Ll})/u
/** An image's file name or a picture agency's id for it: “Twitterpic2_normal”, “photo_2023.jpg”, “RTS1KT00_1_dkj4zb”. */
const imageFile = /^[\w-]*_(?:normal|bigger|thumb|thumbnail|small|large|medium|original|\d+x\d+)$|^[\w-]+\.(?:jpe?g|png|gif|webp|svg)$|^(?=\w*\d)[A-Za-z\d]+(?:_[A-Za-z\d]+)+$/iu
/** Any other name of the page's code, words joined by underscores or after one (“M_DAY_Parade_HonorGuard”, “info_icon”, “_nato4”): writers join words with spaces or hyphens, programs with underscores. */
const codeName = /^_?[A-Za-z\d]+(?:_[A-Za-z\d]+)+$|^_[A-Za-z\d]+$/u
/**
 * A picture's VIRIN, the number the US Department of Defense files each picture under (the day it was taken, the
 * branch's letter, the photographer's code and the picture's number: “150419-Z-VW421-056”), perhaps after the
 * size's prefix of the file (“sm150419-Z-VW421-056”).
 */
const virin = /^[a-z]{0,3}\d{6}-[A-Z]-[A-Z\d]{3,6}-\d{3,4}$/u
/** A short label with a name of the page's code run into it: “- Advertisement -spot_img”. */
const labelWithCode = /^[\s•·–-]*\p{L}+(?:\s\p{L}+)?\s*-\s*[A-Za-z\d]+(?:_[A-Za-z\d]+)+$/u
/** A wire agency's slug for the story, its keywords in capitals joined by hyphens: “AFGHANISTAN-US-UNREST-MILITARY”. */
const wireSlug = /^\p{Lu}{2,}(?:-\p{Lu}{2,}){2,}$/u
/**
 * A caption that speaks of its picture, in the wire agencies' style: “FILE - In this undated photo, …”, “In this March
 * 18, 2020, photo provided by the U.S. Navy, …”, “This image from June 6, 2024 shows …”, “… patrol Kismayo town in this
 * picture taken October 2012”. A story's sentence speaks of a picture in other words (“This picture of the future”).
 */
const pictureItself = new RegExp(
  [
    String.raw`^(?:FILE\s*[-–—]\s*)?In\s+this\s+(?:(?:undated|file|handout|aerial|satellite)\s+|\p{L}+\.?\s+\d{1,2},\s+\d{4},?\s+)?photo(?:graph)?,`,
    String.raw`^(?:FILE\s*[-–—]\s*)?(?:In\s+)?[Tt]his\s+(?:(?:undated|file|handout|aerial|satellite)\s+|\p{L}+\.?\s+\d{1,2},\s+\d{4},?\s+)?(?:photo(?:graph)?|image|picture),?\s+(?:provided|released|taken|obtained|supplied|distributed|made\s+available|courtesy|from\s+(?:\p{L}+\.?\s+\d{1,2},\s+)?\d{4}\s+shows)\b`,
    String.raw`\bin\s+this\s+(?:undated\s+|handout\s+|file\s+)?(?:photo(?:graph)?|picture|image)\s+(?:taken|released|provided|obtained|dated|distributed|issued)\b`
  ].join('|'),
  'u'
)

/** A picture's word in lower case, as `pictureItself` wants it. */
const pictureWord = /photo|image|picture/

/**
 * A character beyond the Latin blocks and general punctuation, read as code units (a character beyond
 * the basic plane is two, each beyond them too): the same class in Unicode mode read every character of
 * every short line at several times the cost, and a loop over the codes at four times.
 */
const beyondLatinBlocks = /[^\0-\u02ff\u2000-\u206f]/

/**
 * Whether a line is written in another script than the article's: most of
 * its letters are not Latin (“मराठी बातम्या, ब्रेकिंग न्यूज … News18
 * लोकमतवर”: an outlet's name in Latin letters does not make it English).
 * Only a line with a character beyond the Latin blocks is counted.
 */
function otherScript(line: string): boolean {
  if (!beyondLatinBlocks.test(line)) return false
  const letters = line.match(/\p{L}/gu)?.length ?? 0
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0
  return letters > 0 && latin < 0.2 * letters
}

/** A menu of links between bars, each a few words with a capital: “Media Room | Reports and Publications | Careers and Recruiting”. */
function isMenu(line: string): boolean {
  if (!line.includes('|')) return false
  const items = line.split(/\s\|\s/)
  // Three items do when one is the day's date (“Today's Paper | Flood Donations | November 18, 2022”).
  if (items.length < 3 || (items.length === 3 && !items.some((item) => fullDate.test(item)))) return false
  return items.every((item) => wordCount(item) <= 4 && /^[\p{Lu}\d]/u.test(item.trim()))
}

/**
 * Three words or more, and three in ten of the line's, with a small letter
 * run into a capital (“UsBrowseBack”): items of a menu glued together. A
 * story's line has a name or two of that shape (“McCain”, “DoD”), not a run.
 */
function gluedMenu(line: string, words: number): boolean {
  // Most lines have no small letter run into a capital at all: one scan of the characters says so.
  if (!smallIntoCapital(line)) return false
  // Word by word (runs of characters other than white space): a pattern spanning the runs would backtrack over a
  // long run (a minified export). Read where they stand, ASCII by its codes: a split made an array and a string
  // a word, and the test of each word ran two patterns.
  let glued = 0
  for (let start = 0; start < line.length; start++) {
    if (isWhiteSpace(line.charCodeAt(start))) continue
    let end = start
    let pair = false
    let beyondAscii = false
    for (let before = 0; end < line.length; end++) {
      const code = line.charCodeAt(end)
      if (isWhiteSpace(code)) break
      if (code >= 128) beyondAscii = true
      else if (code >= 65 && code <= 90 && before >= 97 && before <= 122) pair = true
      before = code
    }
    if (pair || (beyondAscii && smallIntoCapital(line.slice(start, end)))) glued++
    start = end
  }
  return glued >= 3 && glued >= 0.3 * words
}

/**
 * Two social networks or more, and nothing but capitalised words (“Twitter
 * Delicious Facebook Digg Stumbleupon Favorites More”, “Facebook | X | Email”):
 * the page's share buttons. A sentence that names two networks has small words.
 */
function shareBar(line: string, sites: ReadonlySet<string>): boolean {
  // The bar opens with a network: most short lines are ruled out by their first word.
  if (!sites.has(/^[^\s|,•·/]*/u.exec(line)![0].toLowerCase())) return false
  const words = line.split(/[\s|,•·/]+/u).filter(Boolean)
  return words.filter((word) => sites.has(word.toLowerCase())).length >= 2 && words.every((word) => /^\p{Lu}/u.test(word))
}

/**
 * The share bar's buttons with their names run together, three or more
 * (“Facebooktwitterredditpinterestlinkedintumblrmail”): no word is made of
 * three networks' names.
 */
function gluedShareBar(line: string, sites: ReadonlySet<string>): boolean {
  const lower = line.toLowerCase()
  if (lower.length < 12 || lower.length > 120 || !/^\p{L}+$/u.test(lower)) return false
  // The fewest names that make each prefix of the run (Infinity: none can).
  const fewest = new Array<number>(lower.length + 1).fill(Infinity)
  fewest[0] = 0
  for (let end = 1; end <= lower.length; end++) {
    for (let start = Math.max(0, end - 12); start < end; start++) {
      if (fewest[start] === Infinity) continue
      const name = lower.slice(start, end)
      if (sites.has(name) || shareBarWords.has(name)) fewest[end] = Math.min(fewest[end], fewest[start] + 1)
    }
  }
  return fewest[lower.length] >= 3 && fewest[lower.length] < Infinity
}

/** The share bar's buttons besides the networks. */
const shareBarWords = new Set(['mail', 'print', 'share', 'sms', 'copy', 'link'])

/**
 * One social network alone on a line, capitalised (“Twitter”, “WhatsApp”,
 * “Email”): a button of the share bar. Not a network that is an everyday
 * word (“Line”, “Pocket”, “X”): a story's line may be that word alone.
 */
function shareButton(line: string, sites: ReadonlySet<string>): boolean {
  const lower = line.toLowerCase()
  return /^\p{Lu}/u.test(line) && lower.length >= 4 && sites.has(lower) && !everydayWord(lower)
}

/** An HTML element with attributes, or one that only a page's code holds. */
const htmlElement = /<(?:(?:a|img|div|span|p|ins|iframe|figure|source|video)\s+(?:href|src|class|id|style|data-[\w-]+|width|height|alt)\s*=|(?:script|iframe|noscript|style)\b)/iu
/** A template's blank the page did not fill: printf's %d and %s, and {{ … }} or ${ … }. */
const templateBlank = /(?<![\p{L}\d])%[ds](?![\p{L}\d])|\{\{[^}]*\}\}|\$\{[^}]*\}/u

/**
 * Whether a notice's phrase in a line's first eight words makes it a notice.
 * A notice speaks to the reader: its phrase opens it, after two words at
 * most or a label (“Get Full Access for…”, “Note: This essay was originally
 * published…”), or it leaves its sentence unfinished, says “you” or “our”,
 * or names the page's things besides. A story's sentence can hold the phrase
 * a few words in, about others: “They will not subscribe to the doctrine…”
 * (1906), “Give the United States full access to terrorist training
 * camps…” (2001).
 */
function noticeOpening(phrase: RegExp, opening: string, line: string, webWords: ReadonlySet<string>): boolean {
  const found = phrase.exec(opening)
  if (!found) return false
  const before = opening.slice(0, found.index)
  if (wordCount(before) <= 2 || before.includes(':') || !terminal(line) || /\b(?:you|your|our|us)\b/i.test(line)) return true
  return webWordCount(before + line.slice(found.index + found[0].length), webWords) > 0
}

/** A line up to the end of its `count`th word (a run of characters other than white space), or all of it. */
function leadingWords(line: string, count: number): string {
  let words = 0
  for (let index = 1; index < line.length; index++) {
    if (isWhiteSpace(line.charCodeAt(index)) && !isWhiteSpace(line.charCodeAt(index - 1)) && ++words === count) return line.slice(0, index)
  }
  return line
}

/** “you” and “this video”, “these photos”, “this article”: the reader asked about what the page shows. */
const readerQuestion = /\byou\b.*\b(?:this|these)\s+(?:videos?|photos?|pictures?|images?|articles?|story|stories|posts?)\b/iu
/** An imperative a web page bids its reader with, opening a line. */
const pageBidding = /^\s*(?:download|install|subscribe|follow|join|sign up|click|tap|listen|watch|visit|check out|stay)\b/iu

/** How many of a line's words are the web page's own (“archive”, “newsletter”, “app”). */
function webWordCount(line: string, webWords: ReadonlySet<string>): number {
  return (line.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => webWords.has(word)).length
}

const navigationWhy = 'a line of the page’s navigation'
const stripWhy = 'a byline with the page’s times'
const handleWhy = 'a byline with the writer’s handle or agency'
/** Bylines of these shapes are the story's own among its first lines, whatever stands above them. */
const headerBylines: ReadonlySet<string> = new Set([stripWhy, handleWhy])
const moreStoriesWhy = 'a link to more of the outlet’s stories'
const separatorWhy = 'a separator line'
const labelledWhy = 'a labelled line'
/** A dash or a bullet alone on its line: a list's separator. */
const separator = (text: string) => /^\s*[-–—•·*]\s*$/u.test(text)
/** “Photo By” and a name before a bar: a photo's credit, then its caption. */
const photoBlock = /^Photos?\s+[Bb]y\s+[^|\n]{2,80}?\s\|\s+\S/u
const outletWhy = 'the name of a news outlet (the page’s masthead or a credit)'
/** A writer's service or paper, as a byline's second line gives it: “American Forces Press Service”, “Special to The Times”, “Navy Public Affairs Support Element Detachment Hawaii”. */
const writersService = /^\s*(?:Special\s+to\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,5}|(?:\p{Lu}[\p{L}.&'’-]*\s+){1,5}(?:Press|News|Information)\s+(?:Service|Agency|Office)|(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}Public\s+Affairs(?:\s+\p{Lu}[\p{L}.&'’-]*){0,5})\s*$/u

/**
 * A news outlet's name and nothing else: capitalised words or a number (“5
 * Dariya News”, “The Yomiuri Shimbun”, “Navy Times”), perhaps after “The”,
 * the last one a word that ends outlets' names (`outletWords`), and no mark
 * that ends a sentence. On a line of its own it is the page's masthead or a
 * picture's credit; a story says an outlet's name inside a sentence.
 */
function outletName(line: string, outletWords: ReadonlySet<string>): boolean {
  const words = line.split(/\s+/)
  if (words.length < 2 || !outletWords.has(words.at(-1)!.toLowerCase())) return false
  return words.every((word, index) => /^[\p{Lu}\d][\p{L}\d.&'’-]*$/u.test(word) || (index === 0 && word === 'The')) && !/[.!?]$/u.test(line)
}

/** Whether a line ends on a person named with their title after a comma (“Rear-Admiral” as “Rear Admiral”): a line of a speech's roll of guests. */
function namesGuest(line: string): boolean {
  const comma = line.lastIndexOf(',')
  return comma > 0 && opensWithTitle(line.slice(comma + 1).trim().replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' '))
}

/** Whether two lines are the same but for their spaces. */
function sameLine(one: string, other: string | undefined): boolean {
  return other !== undefined && one.replace(/\s+/g, ' ').trim() === other.replace(/\s+/g, ' ').trim()
}

/** How often a word switches between small letters, capitals and digits: “Xgs8i1” five times, “F35A” twice. */
function characterSwitches(word: string): number {
  const kind = (char: string) => (/\d/.test(char) ? 0 : char === char.toUpperCase() ? 1 : 2)
  let switches = 0
  for (let at = 1; at < word.length; at++) if (/[\p{L}\d]/u.test(word[at]) && /[\p{L}\d]/u.test(word[at - 1]) && kind(word[at]) !== kind(word[at - 1])) switches++
  return switches
}

/** Capitalised words only, and no function word: a menu, not a headline or a sentence. */
function capitalisedRun(line: string): boolean {
  // The words' shape first, by one pattern that stops at the first small word: only a run of capitalised words is split.
  const run = line.trim()
  return capitalisedWords.test(run) && run.split(/\s+/).every((word) => !stopwords.has(word.toLowerCase()))
}
const capitalisedWords = /^\p{Lu}[\p{L}&’'-]*(?:\s+\p{Lu}[\p{L}&’'-]*)*$/u

/** The page naming itself: “this site”, “our website”, “this page”. */
const pageItself = /\b(?:this|our)\s+(?:web\s?)?site\b|\bthis\s+(?:web\s?)?page\b/iu

/** A word that speaks to the reader, as the page does; not “US” in capitals, the United States as often as not. */
const readerAddress = /\b(?:[Yy]ou|[Yy]our|[Oo]ur|us|YOU|YOUR|OUR)\b/u

/** The share of a line's words that are the web page's own (“archive”, “newsletter”); numbers do not count. */
function webShare(line: string, webWords: ReadonlySet<string>): number {
  // Function words say nothing either way (“READ MORE FROM THE NATION”). Words the scraper ran
  // together are counted apart (“Brahmand NewsPrevious Article”: a news site's link to its previous article).
  const spaced = smallIntoCapital(line) ? line.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ') : line
  let counted = 0
  let web = 0
  for (const word of spaced.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (webWords.has(word)) web++
    else if (stopwords.has(word)) continue
    counted++
  }
  return counted === 0 ? 0 : web / counted
}

/** The words of a transcript's or a published statement's own note: what it leaves out, or what the room did. */
const documentNote = /\b(?:omitted|removed|redacted|abridged|applause|laughter|silence|inaudible|crosstalk|audience)\b/iu

/** One credit of a wire's line of credits: a task, “by”, then names (capitalised words, “and”, a place after “in”). */
const wireCredit = String.raw`(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Gg]raphics)\s+by\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|in|from|at|&))*`
/** A wire's line of credits: in brackets, or two credits or more (one alone and bare, “Reporting by …” atop a story, is its byline). */
const wireCredits = new RegExp(String.raw`^(?:\(\s*${wireCredit}(?:\s*[;,]\s*${wireCredit})*\s*\)|${wireCredit}(?:\s*[;,]\s*${wireCredit})+)\.?$`, 'u')
/** Why a dash and a few capitals alone are the page's: an agency's or a writer's sign-off. */
const initialsWhy = 'a writer’s or an agency’s initials signing off'

/**
 * What the line itself says it is, whatever its place: page chrome (a
 * label line, a timestamp, a link, a tag list, a separator, a release
 * code), a photo credit, or a caption that carries its credit. A pattern
 * that needs a mark (a slash, ©, an ellipsis, “read”, “here”) runs only on
 * a line that has it: V8 compiles a pattern on its first run, and a process
 * that lints one article would compile them all for nothing.
 */
function furnitureOf(text: string, first: boolean, words: number, crosshead = false): RoleFinding | undefined {
  const data = furnitureData()
  const line = text.trim()
  if (line === '') return undefined
  if (words <= 24 && line.includes('|') && bylineStrip(line)) return {role: 'byline', why: stripWhy}
  // The label of a picture's or a video's icon run into its caption: “Camera IconCommander Cameron Steil is greeted by
  // his family. Credit: …”, “VideoThe frigate was sent to the Middle East.” (The West Australian). No word of a story's
  // runs into the next with no space.
  if (words <= 60 && mayBeLetter(line, 'cvpig') && /^(?:(?:Camera|Video|Photo|Image|Gallery|Play)\s?Icon|Video|Photo|Image|Gallery)(?=\p{Lu}\p{Ll})/u.test(line)) return {role: 'caption', why: 'a photo caption (the page’s label of its picture run into it)'}
  // The page's masthead with its text twice over, the logo's words and then the site's name: “United States Department
  // of Defense United States Department of Defense”. No line of a story says the same words twice running, whole.
  if (words >= 4 && words <= 24 && words % 2 === 0 && !terminal(line) && saidTwice(line)) return {role: 'chrome', why: 'the page’s masthead, its name set twice'}
  // The page's strip under the story: the writer, the date and, after a semicolon, the picture's credit (“Naval Today
  // Staff, May 22, 2012; Image: Australian Navy”).
  if (words <= 16 && line.includes(';') && /;\s*(?:Image|Photo|Picture|Photograph)s?\s*:\s*\S[^;]{0,40}$/u.test(line) && hasDate(line)) return {role: 'credit', why: 'the page’s strip of the writer, the date and the picture’s credit'}
  // A map's or a graphic's label: “Map showing Musa Qala” (BBC News, its map of Helmand); an artist's picture of what
  // is planned: “Artist’s rendering of WGS-11+” (a Space Force page's banner).
  if (words <= 10 && mayBeLetter(line, 'mgcia') && /^(?:(?:Map|Graphic|Chart|Infographic)\s+(?:showing|of)\s+\p{Lu}|(?:An?\s+)?[Aa]rtist[’']s\s+(?:rendering|impression|concept|illustration)\b)/u.test(line) && !terminal(line)) return {role: 'caption', why: 'a map’s, a graphic’s or an artist’s picture’s label'}
  // A writer's name with the agency's initials run on, alone: “Tiffanie TurnbullAAP” (PerthNow).
  if (words <= 3 && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}\p{Lu}{2,5}$/u.test(line)) return {role: 'byline', why: handleWhy}
  // A writer's name and social-media handle, alone: “Roy Lumbe @lumbe_roy” (People Daily, Kenya).
  if (words <= 5 && line.includes('@') && /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\s+@\w{2,30}$/u.test(line)) return {role: 'byline', why: handleWhy}
  // A listed line, alone or opening the line (“Your email address will not be published. Required fields…”).
  if (data.lineOpeners.has(openingWord(line))) {
    const whole = line.length <= data.lineRoom
    const plain = bare(whole ? line : line.slice(0, data.lineRoom))
    const boundary = /(?<=[.?!])\s/u.exec(plain)
    const opening = boundary ? plain.slice(0, boundary.index) : whole ? plain : undefined
    if ((whole && data.lines.has(plain)) || (opening !== undefined && data.lines.has(opening.replace(/[.?!]$/u, '')))) return {role: 'chrome', why: 'a label'}
  }
  // Not spaced asterisks (“* * *”, “* * * * *”): the story's own break between sections or a roundup's items.
  // (Here and below, a pattern anchored at the line's start runs only on a line that opens with a character it can
  // open with, and one anchored at its end on a line that ends with one: each call of a pattern costs more than
  // the look, and these spare some 30,000 calls a pass over the real-copy clean set's 2,975 lines.)
  // (Nor a dash or a bullet alone, the separator of a list of the page's links: Yonhap's “-” between other stories.)
  if ('*_=~#•·–—-'.includes(line[0]) && (/^[\s*_=~#•·–—-]{3,}$/u.test(line) || /^(?:={2}|[-–—•·])$/u.test(line)) && !/^\*(?:\s+\*)+$/u.test(line)) return {role: 'chrome', why: separatorWhy}
  // The source of a story another site carries, in brackets on its own line (“(Source: Korea Times; issued April 9,
  // 2020)”, as Defense-Aerospace.com heads what it reprints).
  if (line[0] === '(' && words <= 30 && /^\(\s*Sources?\s*:[^()]{2,160}\)$/u.test(line)) return {role: 'credit', why: 'the source of the story, in brackets'}
  // A wire's credits for the story's reporters and editors, in brackets or not: “(Reporting by Idrees Ali; Editing by
  // Steve Orlofsky)”, “Reporting by Maiduguri Newsroom and Paul Carsten in Abuja; Additional reporting by …”. Names
  // follow each “by”; a sentence about reporting goes on in small words (“Reporting by the Post showed that …”).
  if (words <= 50 && '(RrWwEeAaGg'.includes(line[0]) && wireCredits.test(line)) return {role: 'credit', why: 'the wire’s credit line for its reporters and editors'}
  // A writer's or an agency's initials after a dash, alone: the sign-off under a story (“-TR”, “—AP”).
  if (words <= 2 && /^[-–—]\s?\p{Lu}{1,4}$/u.test(line)) return {role: 'credit', why: initialsWhy}
  // A number alone, perhaps after a bullet (“0”, “• 131”): the page's count of comments or shares. A year may head a timeline's part.
  if (words <= 2 && /^(?:[•·▪*–-]\s*)?\d[\d,]{0,6}$/u.test(line) && !/^(?:1[89]|20)\d\d$/.test(line)) return {role: 'chrome', why: 'a number alone on its line (the page’s count of comments or shares)'}
  if (words <= 6 && /\d/.test(line) && /^[\p{Lu}\d]{1,5}(?:\s*\/\s*[\p{Lu}\d.() -]{1,14}){1,4}$/u.test(line)) return {role: 'chrome', why: 'a release code'}
  // The initials of the staff who issued a release, joined by slashes: “ABB/SS/Nampi/KA/DK/Savvy/ADA”, “vv/sm/vt”.
  // A story's words joined by slashes stand in a sentence (“each task/event/duration”), not alone.
  if (words === 1 && /^\p{L}{1,8}(?:\/\p{L}{1,8}){2,}$/u.test(line)) return {role: 'chrome', why: 'the sign-off of the staff who issued the release (their initials)'}
  // A wiki's link to edit the section, run into its heading: “Sources[edit]”.
  if (words <= 6 && line.endsWith(']') && /\S\[\s*edit(?:\s*\|\s*edit source)?\s*\]$/iu.test(line)) return {role: 'chrome', why: 'a wiki’s link to edit the section'}
  // A photo's block as a picture desk's page sets it, whatever its length: the credit, a bar, then the caption
  // (“Photo By Ryan Labadens | Col. Cullen Jones (third from right), … read more read more …”).
  if (line[0] === 'P' && photoBlock.test(line)) return {role: 'caption', why: 'a photo’s credit and caption'}
  if (words <= 40 && data.creditLabels.test(line)) return {role: 'credit', why: 'a photo credit'}
  if (words <= 40 && data.labels.test(line) && !storysNote(line)) return {role: 'chrome', why: labelledWhy}
  if ('©cC'.includes(firstAfterBracket(line) || '-') && /^[(\[]?\s*(?:©|copyright\b|crown copyright\b)/i.test(line)) return {role: 'credit', why: 'a copyright line'}
  // The page's footer: “2021 © True Pundit. All rights reserved.”
  if (words <= 20 && /\ball rights reserved\b/i.test(line)) return {role: 'credit', why: 'a copyright line'}
  // A control of the page, its glyph before or after a word or two: “↑ Grab this Headline Animator”, “Caption +”, “×”;
  // or a letter x alone, a dialog's close button in plain text (a section's Roman numeral has its full stop: “X.”).
  if (words <= 6 && (controlOpenings.has(line[0]) || (words <= 3 && controlClosings.has(line.at(-1)!)) || line === 'X' || line === 'x')) return {role: 'chrome', why: 'a button'}
  // A piece of the page's bar of links, cut at a bar: “| Last update :”.
  if (words <= 8 && (line.startsWith('|') || line.endsWith('|'))) return {role: 'chrome', why: 'a piece of a bar of links'}
  // When the piece was published or updated, and nothing else: “Published in Dawn, February 13th, 2020”.
  if (words <= 10 && /^(?:first\s+)?(?:published|posted|updated|last\s+updated)\b/i.test(line) && hasDate(line) && !/[.!?]["”’]?\s/u.test(line)) return {role: 'chrome', why: timestampWhy}
  if ((line[0] === '(' || line[0] === '[') && /^[(\[][^()[\]]*[)\]]\.?$/u.test(line) && data.credit.test(line) && words <= 12) return {role: 'credit', why: 'a photo credit'}
  // Alone, or before the page's other labels (“1 min read . 12:54 AM IST Staff Writer”).
  if ((words <= 12 && /read/i.test(line) && (readingTime.test(line) || readingTimeBeforeLabel.test(line))) || (words <= 6 && /^\d/.test(line) && minutesAndOutlet.test(line))) return {role: 'chrome', why: 'a reading-time label'}
  // How often the page was read or shared: “80 total views, 2 views today”, “1,204 Views”, “12 Comments”.
  if (words <= 10 && !endsWithStop(line) && viewCount.test(line)) return {role: 'chrome', why: 'a counter of the page’s views'}
  // A credit near the start of a short line that is no sentence: “Illustration by Cathy WilcoxCredit:Sydney
  // Morning Herald”, “TRIBUNE PHOTO: RAVI KUMAR”, “By Ashwin Kumar [CC BY-SA 2.0], via Wikimedia Commons”.
  // A story's sentence with a credit inside or glued on (“The frigate sailed (Photo: Indian Navy) at
  // dawn.”) keeps its role, and only the credit goes.
  if (words <= 15 && !endsWithStop(line)) {
    const mark = creditMark.exec(line)
    if (mark && wordCount(line.slice(0, mark.index)) <= 4) return {role: 'credit', why: 'a photo credit'}
  }
  // A clock time alone after a dash, as a page sets its times under the date (“- 15:52”, GB News).
  // (A schedule's item names its hour with its business: “- 9.30am: Arrival”.)
  if (words <= 2 && /^[-–—]\s?\d{1,2}:\d{2}$/u.test(line)) return {role: 'chrome', why: timestampWhy}
  // A relative timestamp, even glued to the outlet's name: “Express Tribune2 days ago”.
  if (words <= 8 && relativeTime.test(line)) return {role: 'chrome', why: timestampWhy}
  // A date and, after it, the page's counters of views or comments, bare numbers of a few digits (“Jan. 20, 2015 0”,
  // “Jeff Groom 30 May 21 919 8”). A table's row of figures has larger ones, with commas (“November 30, 1882 6,056,194”).
  if (words <= 10 && digitAt(line, line.length - 1) && dateThenCounters.test(line)) return {role: 'chrome', why: 'a date with the page’s counters of views or comments'}
  // A line in another script in an English article: a label the page translated (“اشتہار”, advertisement),
  // or the blurb of the outlet's edition in another language.
  if (words <= 60 && otherScript(line)) return {role: 'chrome', why: 'a line in another script'}
  // An agency's photo credit: “REUTERS/Abdul Qodus”, “AFP/Getty Images”.
  if (words <= 6 && line.includes('/') && /^\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s?\/\s?\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,3}$/u.test(line)) return {role: 'credit', why: 'a photo credit'}
  if ((words === 1 && (imageFile.test(line) || /^File:\S/u.test(line))) || (words <= 6 && imageFileWithSpaces.test(line))) return {role: 'chrome', why: 'the file name of an image'}
  if (words === 1 && codeName.test(line)) return {role: 'chrome', why: 'a name from the page’s code (words joined by underscores)'}
  if (words === 1 && virin.test(line)) return {role: 'chrome', why: 'a picture’s id (its VIRIN, the number the US Department of Defense files it under)'}
  // An address alone on its line: the outlet's, where readers write to (“dailyvoice@inl.co.za”).
  if (words === 1 && line.includes('@') && /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u.test(line)) return {role: 'chrome', why: 'an e-mail address alone on its line'}
  // A picture's id in a gallery, letters of both cases and digits at random (“2-Xgs8i1”, “3-cL6nl3”): no word, name
  // or designation switches so often between small letters, capitals and digits.
  if (words === 1 && line.length >= 6 && line.length <= 16 && /^[\p{L}\d_-]+$/u.test(line) && /\p{Ll}/u.test(line) && /\p{Lu}/u.test(line) && /\d/.test(line) && characterSwitches(line) >= 4) return {role: 'chrome', why: 'a picture’s id from the page’s gallery'}
  if (words <= 4 && line.includes('_') && labelWithCode.test(line)) return {role: 'chrome', why: 'a label of the page, with a name of its code'}
  if (words === 1 && wireSlug.test(line)) return {role: 'chrome', why: 'a wire agency’s slug for the story'}
  // Most lines name no picture: a look for its word in lower case, as the pattern wants it, rules them out first
  // (one pattern of the three words reads the line once; a search for each read it three times, at twice the cost).
  if (words <= 80 && pictureWord.test(line) && pictureItself.test(line)) return {role: 'caption', why: 'a photo caption (it speaks of its picture)'}
  // A gallery's caption with its picture's number: “Image 1 of 88: Roger Federer leaps …”, “Photo 3/12”.
  if (words <= 80 && mayBeLetter(line, 'ipsg') && /^(?:image|photo|picture|slide|gallery)\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}\b/iu.test(line)) return {role: 'caption', why: 'a photo gallery’s caption (it numbers its picture)'}
  // The alt text of the writer's picture: “Jeff Schogol Avatar”, “Avatar photo”.
  if (words <= 5 && (line.includes('vatar') || line.includes('VATAR')) && !terminal(line) && /^avatar\b|\bavatar$/iu.test(line)) return {role: 'chrome', why: 'the alt text of the writer’s picture'}
  // A comment form's sum to prove the reader human (“5 × two =”, “75 − = 65”), and its count of characters left (“500 characters”).
  if (words <= 6 && captchaSum(line)) return {role: 'chrome', why: 'the comment form’s sum for readers to solve'}
  if (words <= 3 && /^\d{2,4}\s+characters?(?:\s+(?:left|remaining))?$/iu.test(line)) return {role: 'chrome', why: 'the comment form’s count of characters'}
  // The publication's serial number: “ISSN 2330-717X”.
  if (words === 2 && /^ISSN\s\d{4}-\d{3}[\dX]$/u.test(line)) return {role: 'chrome', why: 'the publication’s serial number'}
  // A blog's comment under the story opens with its writer's name: “louielouie said...”.
  if (words <= 3 && (line.endsWith('…') || line.endsWith('...')) && commentHeader.test(line)) return {role: 'chrome', why: 'the heading of a reader’s comment'}
  if (words <= 10 && line.includes('©') && copyrightCredit.test(line)) return {role: 'credit', why: 'a photo credit'}
  // A credit of agency and photographer between slashes, bracketed or sent “via” an agency: “(Xinhua/Zhao
  // Dingzhe)”, “U.S. Army/Sgt. 1st Class Zachary Vandyke/Handout via REUTERS”.
  if (words <= 8 && line.includes('/') && slashCredit.test(line.replace(/^\(\s*(.*?)\s*\)$/u, '$1'))) return {role: 'credit', why: 'a photo credit'}
  if (words <= 14 && line.includes('/') && !endsSentence(line) && viaCredit(line)) return {role: 'credit', why: 'a photo credit'}
  // A headline in title case with the dash that led to its source left at its end (“Princess Eugenie Set To Hit New
  // Milestone As Andrew's Eviction Looms -”): a list of links to other stories. Speech broken off is in sentence case.
  if (words >= 5 && words <= 25 && line.endsWith(' -') && !line.startsWith('-') && !speakerLabel.test(line) && mostlyCapitalised(line.slice(0, -2).trim().split(/\s+/))) {
    return {role: 'chrome', why: 'another story’s headline in a list of links'}
  }
  // The page's title as a browser tab shows it, the headline then a bar and the site's name (“One more soldier killed in
  // Gaza, death toll reaches 118: IDF | News Room Odisha”); not a dated byline strip, the story's as its site publishes it
  // (“23 Aug 2004 | Cpl. Shawn C. Rhodes”: a rank's full stop, and too few words before the bar).
  const title = line.includes('|') ? pageTitle.exec(line) : null
  if (title && wordCount(title[1]) >= 4 && wordCount(title[2]) <= 5) return {role: 'chrome', why: 'the page’s title (the headline and the site’s name)'}
  // The link to the story on the site it came from: “Read it at Seattle Post-Intelligencer”, “Read more here:: Task & Purpose”.
  if (words <= 10 && readAtSite.test(line)) return {role: 'chrome', why: 'a link to the story on another site'}
  // The page's links to the stories before and after, their label glued to the headline: “Previous articleIndian Army …”.
  if (words <= 25 && storyLink(line)) return {role: 'chrome', why: 'a link to another story'}
  // A breadcrumb trail from the home page: “Home / It's Viral / Independence Day 2020: …”, “1. Home 2. Press Conference”.
  if (words <= 30 && ((line[0] === 'H' && gluedHomeTrail.test(line)) || (('hH1'.includes(line[0]) || line.charCodeAt(0) >= 128) && homeTrail.test(line)))) return {role: 'chrome', why: 'a breadcrumb trail'}
  // “Read : Operation …”, “Also Read, DRDO Vs DARPA”: a link to another story, whatever the separator.
  if (words <= 25 && mayBeLetter(line, 'ar') && /^\s*(?:also\s+)?read(?:\s+(?:more|also))?\s*[,:|–—-]\s*["“‘]?\p{Lu}/iu.test(line)) return {role: 'chrome', why: 'a link to another story'}
  // “Read more about Iran acquires ex-French Air Force A340s …”: the link's label before another story's headline.
  if (words <= 40 && line[0] === 'R' && /^\s*(?:Read|READ) (?:[Mm]ore|MORE) (?:[Aa]bout|ABOUT)\s+\p{Lu}/u.test(line)) return {role: 'chrome', why: 'a link to another story'}
  // The label glued to the headlines it links: “ALSO READAtrocious to compare …”, “Read MoreIndia and …”.
  if (words <= 100 && (line[0] === 'A' || line[0] === 'R') && gluedReadLabel.test(line)) return {role: 'chrome', why: 'links to other stories'}
  if (words <= 12 && !terminal(line) && shareBar(line, data.socialSites)) return {role: 'chrome', why: 'the page’s share buttons'}
  if (words === 1 && shareButton(line, data.socialSites)) return {role: 'chrome', why: 'a share button of the page'}
  if (words === 1 && gluedShareBar(line, data.socialSites)) return {role: 'chrome', why: 'the page’s share buttons, their names run together'}
  // The writer's account on a social network, under the story: “Twitter: @WyattWOlson” (Stars and Stripes).
  if (words <= 3 && line.includes('@') && /^\s*\p{L}+\s*:\s*@\w{2,30}\s*$/u.test(line) && data.socialSites.has(line.trim().split(/\s*:/u)[0].toLowerCase())) return {role: 'chrome', why: 'the writer’s handle on a social network'}
  // The page's own code, carried over by the scraper: a tag with attributes (“<a href='http://ads…'>”,
  // “<img src=…>”) or a template's blank (“%d bloggers like this:”, “{{ headline }}”). Writers do not type them.
  if ((line.includes('<') && htmlElement.test(line)) || (words <= 12 && templateBlank.test(line))) return {role: 'chrome', why: 'the page’s code'}
  // A widget of the page that had not loaded when the page was saved: “Like this: Like Loading...”.
  if (words <= 6 && /\bLoading(?:\.\.\.|…)$/u.test(line)) return {role: 'chrome', why: 'a widget of the page that had not loaded'}
  // A weather widget's reading: “3.4 C”, “-2°C”.
  if (words <= 2 && /^[-−]?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF]$/u.test(line)) return {role: 'chrome', why: 'the page’s weather widget'}
  if (!terminal(line) && isMenu(line)) return {role: 'chrome', why: 'the page’s menu'}
  // A menu whose items the scraper ran together: “HomeHomeAbout UsBrowseBack IssueNews Dispatches…”.
  if (words <= 40 && gluedMenu(line, words)) return {role: 'chrome', why: 'the page’s menu, its items run together'}
  // A label of the page's own words before a colon: “Gallery Rating:”, “Photo Rating:”.
  if (!first && words <= 3 && /:$/.test(line) && webShare(line.slice(0, -1), data.webWords) >= 0.5) return {role: 'chrome', why: 'a label of the page'}
  // The outlet's plug for its social-media accounts, in brackets or not: “(Follow The Tribune on Facebook; and Twitter @…)”.
  if (words <= 25 && mayBeLetter(firstAfterBracket(line), 'fjl') && /^[(\[]?\s*(?:follow|join|like)\b[^.!?]{0,80}?\b(?:facebook|twitter|instagram|telegram|whatsapp|youtube|linkedin|threads)\b/iu.test(line)) {
    return {role: 'chrome', why: 'a plug for the outlet’s social-media channel'}
  }
  // The page's own navigation: a short line with no full stop, most of whose words are the page's (“Author Archive”, “Full Article”),
  // a section label in capitals (“NAVAL NEWS”), or a run of capitalised words with no function word among them
  // (“Defence News Home National International Capability Technology People Navy Army Air Force”).
  // The share of the page's words is worked out only for a line one of them may be: a short one, or a run of capitalised words.
  let share: number | undefined
  const pageShare = () => (share ??= webShare(line, data.webWords))
  const unfinished = !terminal(line)
  const menu = unfinished && !first && words >= 8 && capitalisedRun(line)
  // Where a headline stands, only a short line nearly all of whose words are the page's (“Get the Latest News
  // Updates”, “Show Full Article”, “Logo”): a headline names its story.
  if (unfinished && (words <= 6 || menu)) {
    const web = pageShare()
    if (first ? words <= 6 && web >= 0.65 : web > 0) {
      // (Not the story's date after its section's name, “NEWS | May 4, 2016”: a date stamp, read below.)
      if (words <= 6 && web > 0.5 && !dateStamp(line, words)) return {role: 'chrome', why: navigationWhy}
      if (words <= 3 && line === line.toUpperCase() && /\p{Lu}{3}/u.test(line)) return {role: 'chrome', why: 'a section label of the page'}
      if (menu) return {role: 'chrome', why: 'the page’s menu'}
    }
  }
  // A call to the reader from the page: a few words that speak to the reader, half of them or more the page's
  // (“Join Our Newsletter”, “Share your comments”). No line of the real-copy clean set or of the 1,010
  // presidential speeches has this shape; a story's crosshead that speaks to the reader names no thing of the web.
  if (unfinished && !first && words <= 6 && readerAddress.test(line) && pageShare() >= 0.5) {
    return {role: 'chrome', why: 'the page’s call to the reader'}
  }
  if (words <= 5 && outletName(line, data.outletWords)) return {role: 'credit', why: outletWhy}
  // (Not a media advisory's “When : March 23, at 6:00 p.m.”, the event it invites to.)
  if (words <= 16 && clockTime.test(line) && hasDate(line) && !/[.!?]["”’]?$/u.test(line.replace(/[ap]\.m\.$/i, '')) && !/^\s*When\s*:/i.test(line)) return {role: 'chrome', why: timestampWhy}
  // A post's link may be run into the word before it (“@IndianDiplomacypic.twitter.com/…”).
  // (Its slash or its at sign is looked for before the pattern, which tries the line's every character.)
  if (((line.includes('/') || line.includes('@')) && /pic\.twitter\.com\/\S+|^\s*—.*\(@\w+\)/u.test(line)) || (words <= 80 && digitAt(line, line.length - 1) && postSignature.test(line.slice(-90))) || (words <= 12 && !terminal(line) && /https?:\/\/\S+|\bwww\.\S+/u.test(line))) return {role: 'chrome', why: embedWhy}
  // One of a story's crossheads may list things (“Two navies, three replenishments, seven hours”); a byline lists its
  // writers (“By Col. Dennis H. Levesque, Maj. Michael W. Taylor, and Capt. Justin Treakle”), and a place line its
  // place (“George Mason University, Fairfax, VA”).
  if (!first && !crosshead && isTagList(line) && !bylineBeforeName.test(line) && !placeLine.test(line)) return {role: 'chrome', why: tagListWhy}
  if ((line.includes('»') || line.includes('›') || line.includes('>')) && (line.match(/\s[»›>]\s/gu) ?? []).length >= 2) return {role: 'chrome', why: 'a breadcrumb trail'}
  // (“our” or “us” is looked for first: few lines have either, and the plug's pattern tries every “on” and “to”.)
  if (words <= 40 && /\b(?:our|us)\b/i.test(line) && /\b(?:on|to|join|follow)\s+(?:us\s+on\s+)?(?:our\s+)?(?:telegram|whatsapp|youtube|instagram|facebook|twitter|google news|linkedin)\b(?:\s+(?:channel|page|account|handle|group))?/i.test(line)) {
    return {role: 'chrome', why: 'a plug for the outlet’s social-media channel'}
  }
  // A contact's name and telephone number alone on a line (“Ruthanne Urquhart (613) 567-7643”, “Ben Leeson on 0404 648
  // 275”): the page's note of whom to call, not the story.
  if (words <= 10 && digitAt(line, line.length - 1) && contactLine.test(line)) return {role: 'chrome', why: 'a contact’s name and telephone number'}
  // The platform the page runs on, named alone on a line (“Powered by Frankly”, “Powered by WordPress”): no story's line
  // names what powers a thing and stops.
  if (words <= 5 && (line[0] === 'P' || line[0] === 'p') && /^powered by(?:\s+\p{Lu}[\p{L}.]*){1,3}$/iu.test(line)) return {role: 'chrome', why: 'the name of the platform the page runs on'}
  // Hashtags and nothing else: the page's tags (“#SrilankaNews”, “#ArmyDay #MMNarwane”).
  if (line[0] === '#' && /^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u.test(line)) return {role: 'chrome', why: 'the page’s hashtags'}
  // A button of the page: a few words, one of them the page's, and a pictograph (“JOIN OUR NEWSLETTER ✉️”).
  if (words <= 6 && /\p{Extended_Pictographic}/u.test(line) && pageShare() > 0) return {role: 'chrome', why: 'a button of the page'}
  // The page telling the reader where to click (“Click on the link below the photo for the print version of the story.”).
  // So is a line that sends the reader to “click here”, wherever it says so (“To view more images from the ceremony,
  // click here.”): a story names where a thing is, not a link of its page.
  if ((words <= 25 && mayBeLetter(line, 'ct') && /^(?:click|tap)\b/i.test(line) && pageShare() >= 0.3) || (words <= 40 && (line.includes('here') || line.includes('HERE')) && /\bclick here\b/i.test(line))) return {role: 'chrome', why: 'the page’s instructions to the reader'}
  // A teaser of another story that the page cut off mid-sentence (“After the critical success of its first season,
  // Kohrra returns with Season 2, diving...”): a story's lines end their sentences, and a speaker cut off in a
  // transcript has a label (“Q: By Sunday night, will you have...”) or speaks as “I”, “we” or “you”; and no story's
  // teaser opens with “And” or “But” (`goesOn`), or turns to people as a speech's roll of guests does (“To other
  // Defence, Government and Industry leaders here…”: “To”, then no verb).
  if (words >= 8 && (line.endsWith('...') || line.endsWith('…')) && cutOff.test(line) && !speakerLabel.test(line) && !personal.test(line) && !goesOn(line) && !addressesGuests(line)) {
    return {role: 'chrome', why: teaserWhy}
  }
  // A widget of the outlet's other stories: “More from Inquisitr”.
  if (words <= 5 && /^More\s+from\s+\p{L}/u.test(line) && !terminal(line)) return {role: 'chrome', why: moreStoriesWhy}
  if (words <= 25 && /here/i.test(line) && (/^(?:read|click|see|watch|listen)\b.{0,120}\bhere\.?$/i.test(line) || /^(?:click|tap)\s+here(?!\w)|(?<!\w)(?:click|tap)\s+here\s+to\s+\p{L}+\W*$/iu.test(line))) return {role: 'chrome', why: 'a link to another page'}
  // An advertisement's label the scraper ran into the plug after it: “AdvertisementAdvertise with NZME.”.
  if (words <= 12 && line[0] === 'A' && /^(?:ADVERTISEMENT|Advertisement)\p{Lu}/u.test(line) && data.anyNotice.test(line.slice(13).toLowerCase())) return {role: 'chrome', why: 'an advertisement’s label'}
  // A notice of the web page (a paywall, a cookie banner, a comment form…): a
  // short line whose first eight words give it away, or a later sentence's first words (“IE 11 is not
  // supported. For an optimal experience …”), or a fragment with no full stop.
  // (Not a transcript's turn: “MR. SMITH: Mr. Nixon, your comment?” is a moderator's question.)
  // A longer notice (up to 45 words: a paywall's pitch) gives itself away in its first eight words by a phrase of three
  // words or more, among the page's own words (“articles, videos”, “app”, “updates”): “The views expressed in the
  // foregoing letter are those which will govern my administration …” is a president's sentence.
  // So the first look for a phrase reads a longer line's first eight words only, most of its length spared.
  if (words <= 45 && data.anyNotice.test((words <= 25 ? line : leadingWords(line, 8)).toLowerCase()) && transcriptLabelLength(line) === 0) {
    const opening = line.split(/\s+/).slice(0, 8).join(' ')
    // The later sentences, split once and only if a notice's phrase is not in the opening.
    let sentences: string[] | undefined
    const later = () => (sentences ??= line.split(/(?<=[.!?]["”’]?)\s+(?=\p{Lu})/u).slice(1))
    const notice =
      words <= 25
        ? data.notices.find(({phrase, opens}) => noticeOpening(phrase, opening, line, data.webWords) || later().some((sentence) => opens.test(sentence)) || (!terminal(line) && phrase.test(line)))
        : webWordCount(line, data.webWords) >= 2
          ? data.notices.find(({longPhrase}) => longPhrase?.test(opening))
          : undefined
    if (notice) return {role: 'chrome', why: notice.why}
  }
  // The page bidding the reader to act on it: an imperative that opens the line, and two of the page's own
  // words (“Listen to Australian and world news, and follow trending topics with”, “Sign up for our weekly
  // newsletter of articles…”). A speech bids its listeners too (“Listen to President Thomas Jefferson in 1802”),
  // never about the page's things.
  if (words <= 40 && pageBidding.test(line) && webWordCount(line, data.webWords) >= 2) return {role: 'chrome', why: 'the page bidding the reader to use it'}
  // The page speaking of itself to its reader: “this site” or “our website”, and “you”, in one line (“By allowing ads to
  // appear on this site, you support the local businesses …”). No line of the real-copy clean set or of the 1,010
  // speeches has both; a speech's “this site” is a place. (The words looked for first: few lines have them.)
  // (“site” and “page” stand inside many words, “position”, “visited”: the reader is looked for first.)
  if (words <= 60 && line.includes('ou') && (line.includes('site') || line.includes('page')) && /\b(?:[Yy]ou|[Yy]our)\b/u.test(line) && pageItself.test(line)) return {role: 'chrome', why: 'the page’s notice to its reader'}
  // A question put to the reader about what the page shows (“What do you think about these videos?”):
  // short, no quotation marks, the reader addressed, and the page's own videos, photos or story pointed at.
  if (words <= 12 && line.endsWith('?') && !/["“”]/u.test(line) && readerQuestion.test(line)) return {role: 'chrome', why: 'a question the page puts to its reader'}
  // A download's label, its file's kind and size: “PDF : 101.8 KB”, “PDF version (402 KB)”.
  if (words <= 6 && line.includes('B') && /^\s*(?:PDF|DOCX?|XLSX?|MP3|MP4|ZIP)\b[^\n]{0,24}?\d+(?:\.\d+)?\s?(?:KB|MB|GB|kB)\)?\s*$/u.test(line)) return {role: 'chrome', why: 'a download’s label (its file’s kind and size)'}
  // A short bracketed note alone on its line: “[more]”, “[This article originally appeared on]”.
  // (Not the document's own note, on what it leaves out or what the room did, nor a sentence of its own in brackets:
  // “[Greetings omitted]”, “[Political content removed]”, “[Moment of silence]”, “[On Foreign Relations.]”. A
  // disclaimer is the page's: “[E&OE]”, “[ check against delivery ]”.)
  if (words <= 8 && /^\[[^\]]+\]$/u.test(line) && !line.endsWith('.]') && !documentNote.test(line)) return {role: 'chrome', why: 'a bracketed note'}
  // A wire story's note that the outlet did not edit it, in brackets: “(This story has not been edited by
  // Devdiscourse staff and is auto-generated from a syndicated feed.)”.
  if (line[0] === '(' && /^\(.{0,300}\bsyndicated feed\b[^()]{0,40}\)\.?$/iu.test(line)) return {role: 'chrome', why: 'the note of a syndicated story'}
  // A feed's syndication line: “The post … appeared first on …”.
  if ((line[0] === 't' || line[0] === 'T') && /^the post\b.{3,200}\bappeared first on\b/i.test(line)) return {role: 'chrome', why: 'the syndication line of a news feed'}
  if (words <= 25 && !endsWithStop(line) && /\b\d+\s?%\s+off\b|\bfree trial\b/i.test(line)) return {role: 'chrome', why: 'a subscription offer'}
  if (line[0] === '(' && /^\(\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,4}\s*\)$/u.test(line)) return {role: 'chrome', why: 'a signature line'}
  // A caption that ends with its credit: “… at Ambala. (India Today photo)”, “… Crown Copyright.” (A
  // story paragraph with a credit glued on, “… Image Credit: PIB”, keeps its role: only the credit goes.)
  // A bracket must close the line: looked at first, and the pattern read on the line's end only.
  const close = line.at(line.endsWith('.') ? -2 : -1)
  const trailing = close === ')' || close === ']' ? /[(\[]([^()[\]]{2,80})[)\]]\.?\s*$/u.exec(line.slice(-90)) : null
  // (A paragraph that reports speech is the story's, with the credit glued on: “…, the navy said. (Photo: Indian Navy)”.)
  if (((trailing && data.credit.test(trailing[1]) && (!tellsStory(line) || creditInSentence(line, trailing, words))) || ('tT'.includes(line.at(line.endsWith('.') ? -2 : -1) || '-') && /\bcrown copyright\.?$/i.test(line.slice(-20)))) && !reportsSpeech(line)) return {role: 'caption', why: 'a photo caption with its credit'}
  // Or with names alone in the closing brackets, after its last sentence (“… around Australia. (ABC TV)”, “… are
  // shown at Saturday’s ceremony. (DAVID ANGELL — For MediaNews Group)”): a story's brackets after a full stop hold
  // a sentence of their own, or a listener's reaction in a transcript (“(Laughter)”); an agency's sign-off, one
  // name, closes a story's last paragraph, and a paragraph that quotes or reports speech is the story's. A source
  // named after a story's sentence (“(Source: Ministry of Defence)”) is the story's note: `sourced` below judges it.
  if (trailing && words <= 60 && namedCredit.test(line.slice(-90)) && !/^\s*Sources?\b/u.test(trailing[1]) && !reportsSpeech(line) && !tellsStory(line)) return {role: 'caption', why: 'a photo caption with its credit'}
  // Or with its credit glued on after a dash or a sentence (“… Exhibition - AFP/File |”, “Navy spokesman …, Rear Adm.
  // Roy Vincent Trinidad. PHOTO BY MIKE ALQUINTO”): a caption when the credit is a wire photo's, after a dash, or what
  // comes before it is a few words with no verb, a picture's label (a story's sentences keep their role, and only the
  // credit goes).
  const glued = words <= 40 ? trailingCredit(line) : -1
  // So is a bracketed credit inside the line's one sentence, before its full stop or with none (“Crew members wave to
  // loved ones as HMS Clyde arrives back in Portsmouth (Andrew Matthews/PA)”): a story's sentence ends first.
  if (glued > 0 && (/^[-–—]/u.test(line.slice(glued)) || (wordCount(line.slice(0, glued)) <= 25 && !hasVerb(line.slice(0, glued))) || (line[glued] === '(' && words <= 30 && oneSentenceBefore(line.slice(0, glued))))) {
    return {role: 'caption', why: 'a photo caption with its credit'}
  }
  // Or with its credit written as a sentence after it (“… salutes during the national anthem …, July 6, 2012. U.S.
  // Coast Guard photo by Ensign Christopher Bodner.”): a caption when what comes before names the picture (“Image of
  // Flu Week Infographic. …”), or describes or dates it and tells no story in the past; a story's sentences keep their
  // role, and only the credit goes.
  const sentenced = words <= 80 && line.endsWith('.') ? sentenceCredit(line) : -1
  if (sentenced > 0 && !reportsSpeech(line) && pictured(line.slice(0, sentenced))) {
    return {role: 'caption', why: 'a photo caption with its credit'}
  }
  // Or with a copyright mark and its holder closing the line, a wire photo's bracketed note after it or not (“… attacks on
  // shipping © Mena Today”, “… in 2014 ©Issouf Sanogo (AFP/File)”): no sentence of a story ends on a copyright.
  if (words <= 60 && line.includes('©') && copyrightClose.test(line.slice(-80)) && !/[“”"]/u.test(line)) return {role: 'caption', why: 'a photo caption with its credit'}
  // Or with its source named after it (“Lockheed's F-35 in flight. Source: Wikimedia Commons”): a picture's label
  // of a few words with no verb. A story's sentence before a source keeps its role.
  // Bracketed too: “… at Kibithu, Arunachal Pradesh, on Sunday. (Source: PTI)”.
  const sourced = words <= 30 && line.includes('Source:') ? /[.!?]["”’)]?\s+\(?Source:\s*\p{Lu}[\p{L}\d.&'’ -]{1,40}\)?$/u.exec(line) : null
  if (sourced && wordCount(line.slice(0, sourced.index)) <= 25 && !hasVerb(line.slice(0, sourced.index + 1))) return {role: 'caption', why: 'a photo caption with its source'}
  // Or with its credit after a bar: “… off Cape Comorin | special arrangement”, “… at sea | Indian Navy/Twitter”.
  // The credit is a few words: the line's last 60 characters hold it and its bar.
  const end = line.slice(-60)
  // (A search for the bar alone rules out most lines: one for the bar between spaces stops at every space.)
  const bar = end.includes('|') ? end.lastIndexOf(' | ') : -1
  if (bar >= 0 && words <= 60 && line.length - end.length + bar > 0) {
    const credit = end.slice(bar + 3).trim()
    if (wordCount(credit) <= 5 && !/[.!?]$/u.test(credit) && (data.credit.test(credit) || slashCredit.test(credit.replace(/^@/u, '')))) return {role: 'caption', why: 'a photo caption with its credit'}
  }
  return undefined
}

/** Glyphs of a page's controls (arrows, a close button), which no line of a story opens with (“►” and “▶” may be a list's bullets). */
const controlOpenings = new Set([...'↑↓←→▲▼✕×✖'])
/** The same after a label of a word or two, with an expander's “+” (“Caption +”). */
const controlClosings = new Set([...'↑↓▲▼✕×✖⊕⊖+'])

/** A photographer's credit for an outlet: “Vincent Tullo for TIME”. */
const photographerFor = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}\s+for\s+\p{Lu}[\p{L}&]*(?:\s+\p{Lu}[\p{L}&]*){0,3}$/u
/**
 * A sentence's end, then in brackets two to six names (words that open with a capital, a few small words of an
 * outlet's name, a slash, colon or dash between them) closing the line: a picture's credit.
 */
const namedCredit = /[.!?]["”’]?\s*\(\s*\p{Lu}[\p{L}\d'’-]*(?:\s*[/:—–-]\s*\p{Lu}[\p{L}\d'’-]*|\s+(?:\p{Lu}[\p{L}\d'’-]*|and|of|for|the|&)){1,5}\s*\)\.?$/u
/** A photographer and the outlet, in a caption's closing brackets, with the small words of an outlet's name: “(Brian McElhiney/Stars and Stripes)”. */
const namesOverOutlet = /^\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|and|of|&)){0,4}\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|and|of|&)){0,4}$/u
/**
 * Names joined by a slash, an agency's or an outlet's credit: “AP/Kevin Wolf”, “Indian Navy/Twitter”, with the
 * small particles of a surname (“REUTERS/Ibraheem al Omari”).
 */
const slashCredit = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|al|bin|ibn|de|da|del|van|von|der|el)){0,3}$/u
/** An agency's initials closing a credit after its slash, perhaps with its service's word: “/PA Wire”, “/AFP”, “/EPA Images”. */
const agencyAfterSlash = /\/\s?\p{Lu}{2,5}(?:\s(?:Wire|Images?|Photos?|Pictures?))?$/u
/** A photographer's name and the outlet the picture came through, in a caption's closing brackets: “(Source: Olivia Banmally Nichols via U.S. Navy)”. */
const namesViaOutlet = /^(?:Source:\s*)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\svia\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u
/** A line that stops on an ellipsis straight after a word or a comma (read at the line's end: most lines end otherwise). */
const cutOff = /[\p{L}\d,](?:\.\.\.|…)$/u
/** A transcript's speaker before a colon: “Q:”, “THE PRESIDENT:”, “**LEHRER:**”. */
const speakerLabel = /^\s*(?:\*\*)?\p{Lu}[\p{L} .'’]{0,30}:/u
/** Words of a speaker: the first and second person. */
const personal = /\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|us|[Yy]our)\b/u
/** Whether a line quotes someone or reports what was said: a story's paragraph, never a caption's words. */
function reportsSpeech(line: string): boolean {
  return /[“”"]|\b(?:said|says)\b/u.test(line)
}

/**
 * Whether a line dates a picture: a day and month in it, and no one said to speak (a caption may quote a name: “Tagalog
 * for “shoulder-to-shoulder””), nor a source who made it known (“…, a task force monitoring the developments … bared
 * Wednesday, April 21”, a lede over the picture's credit).
 */
function datesPicture(text: string): boolean {
  return dayAndMonth.test(text) && !/\b(?:said|says|told|bared|announced|stated|disclosed|reported)\b/u.test(text)
}
const dayAndMonth = new RegExp(`\\b(?:${month}\\.?\\s+\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${month})\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b`, 'iu')

/**
 * Whether a line with a credit glued on tells the story, not its picture: a
 * verb in the past tense that is no participle after a form of “be” (“The
 * ministers also agreed to expand joint exercises … (Photo: ANI)”; a picture's
 * “are seen”, “is pictured” stay its), or a modal (“will”). A caption names
 * what the picture shows, mostly in the present (“INS Tamal sails out of
 * Mumbai”). Read so, a caption in the past tense keeps its role and only its
 * credit goes: a miss an editor sees, where deleting a story's sentence would
 * be text lost.
 */
function tellsStory(line: string): boolean {
  // Brackets hold the credit and where people stand in the picture (“Joseph Nkaisery (left)”), no verb.
  const words = lineWords(line.replace(/[(\[][^()[\]]*[)\]]/gu, ' '))
  const kinds = words.map(wordClassName)
  // A verb in the present is the picture's (“Secretary … announces …”, “Yudh Abhyas 23 is a bilateral training
  // exercise aimed at …”); a past form after “a” or “the” describes a thing in it (“with a renovated Churchill Tank”).
  if (kinds.includes('verb-s') || words.includes('is') || words.includes('are')) return false
  return kinds.some((kind, index) => kind === 'modal' || (kind === 'past' && !beForms.has(words[index - 1]) && !beForms.has(words[index - 2]) && !determiners.has(words[index - 1])))
}
const beForms = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'newly'])

/**
 * A picture's labelled credit inside the line's one sentence, before its full stop or with none (“The vessel spent a
 * short time in London before returning to Portsmouth (Picture: MOD).”): a caption, though it tells what happened.
 * A story's paragraph ends its sentence first and has the credit glued on after (“…, the navy said. (Photo: Indian
 * Navy)”), and runs to more than one sentence.
 */
function creditInSentence(line: string, trailing: RegExpExecArray, words: number): boolean {
  return words <= 30 && /^(?:Photo|Picture|Photograph|Image|Pic)s?\s*:/u.test(trailing[1]) && oneSentenceBefore(line.slice(0, line.length - trailing[0].length))
}

/** Whether the text before a credit is one sentence that has not ended: no stop, colon or quotation mark closes it, and none parts it. */
function oneSentenceBefore(text: string): boolean {
  const before = text.trimEnd()
  return !/[.!?:;"“”’]$/u.test(before) && !/[.!?]["”’]?\s+\p{Lu}/u.test(before)
}

/** An agency's name and a picture's word, nothing else, perhaps with the picture's code: “AAP Image”, “PTI Photo”, “UNI PHOTO-29U”. */
const agencyPicture = /^\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,2}\s(?:photo|image|picture|pic)s?(?:[-–]\s?[\p{L}\d]{1,6})?$/iu
/** The outlets that sent a picture, after a slash: “/ TRT World and Agencies”. */
const outletsAfterSlash = /^\/\s*\p{Lu}[\p{L}.&'’-]*(?:\s(?:\p{Lu}[\p{L}.&'’-]*|and|&)){0,4}$/u

/**
 * Where a photo credit the page glued to the end of a paragraph starts, or
 * -1 (deleting it, `--fix` takes the space before it too): after the paragraph's last sentence, a short
 * fragment with no full stop that opens with a credit word (“… exercise.
 * Representative photo: Indian Navy/Twitter”, “… in KP.─Courtesy: ISPR”),
 * names a photographer for an outlet (“… facility. Vincent Tullo for TIME”)
 * or joins names with a slash (“… on Monday. . Image: AP/Kevin Wolf”); or a
 * bracketed credit closing the line (“(Credits: India Today/ IAF)”).
 */
export function trailingCredit(text: string): number {
  const line = text.trimEnd()
  // A credit's label and a few words may end on a full stop of their own (“… by the officers. Photos: KNA.”), and
  // so may a credit written as a sentence (“… July 6, 2012. U.S. Coast Guard photo by Ensign Christopher Bodner.”).
  if (line.endsWith('.')) {
    const labelled = labelledCredit(line)
    return labelled >= 0 ? labelled : sentenceCredit(line)
  }
  // Most lines end a sentence: no credit can close them.
  if (/[.!?:;,"“”’]$/u.test(line.slice(-1))) return -1
  // A wire photo's credit after a dash, the page's bar after it or not: “… Defence Exhibition - AFP/File |”, “… is
  // greeted by family - Andrew Matthews/PA Wire” (a photographer and an agency's initials).
  const tail = Math.max(0, line.length - 60)
  const dashed = /\s[-–—]\s+([^\s|][^|]*?)\s*\|?$/u.exec(line.slice(tail))
  if (dashed && tail + dashed.index > 0 && wordCount(dashed[1]) <= 5 && slashCredit.test(dashed[1]) && (furnitureData().credit.test(dashed[1]) || agencyAfterSlash.test(dashed[1]))) return tail + dashed.index + 1
  // (Only on a line that a bracket closes: a pattern anchored at the end is tried at the line's every character.)
  const bracketed = line.endsWith(')') || line.endsWith(']') ? /\s*[(\[]([^()[\]]{2,60})[)\]]$/u.exec(line) : null
  // (Not a role alone after a name: “SGT Kirk Peacock (photographer)” in a byline.)
  const roleAfterName = (note: RegExpExecArray) => /^\p{L}+$/u.test(note[1]) && /\p{Lu}[\p{L}'’-]*\s*$/u.test(line.slice(0, note.index))
  if (bracketed && bracketed.index > 0 && (furnitureData().credit.test(bracketed[1]) || namesOverOutlet.test(bracketed[1]) || namesViaOutlet.test(bracketed[1])) && wordCount(bracketed[1]) <= 8 && !roleAfterName(bracketed)) {
    return bracketed.index + bracketed[0].search(/\S/u)
  }
  // The fragment after the last sentence end: a full stop, a question or exclamation mark (and a closing quote or bracket),
  // then white space or a dash. The page may have set the credit after a stray second full stop.
  // A credit is a few words: the last 160 characters hold it and its sentence end, whatever the paragraph's length.
  const from = Math.max(0, line.length - 160)
  let last = -1
  for (const end of line.slice(from).matchAll(/[.!?]["”’)\]]?(?=\s|[─—–])/gu)) {
    // Not the stop of an initial or an abbreviation's last letter (“Scott W. Whiting”, “U.S. Navy”).
    const at = from + end.index
    if (line[at] === '.' && caseAt(line, at - 1) === 'upper' && (at < 2 || !letterOrDigit(line.charCodeAt(at - 2)))) continue
    last = at + end[0].length
  }
  if (last < 0) return unstoppedCredit(line)
  const fragment = line.slice(last)
  const words = wordCount(fragment)
  // (A credit's label may bring in the photographer and the copyright both: “Photographer: Cpl Sam Jenkins / © MoD Crown Copyright 2020”.)
  const labelled = furnitureData().creditOpening.test(fragment)
  const bare = fragment.replace(/^[\s─—–-]+/u, '')
  // (A service's photographer is named with a rank, which takes words: “U.S. Coast Guard/Petty Officer 2nd Class Matthew Simpson”.)
  const ranked = words <= 12 && serviceSlashRank(bare)
  if (words === 0 || (words > (labelled ? 12 : 8) && !ranked) || /[.!?]["”’)\]]?$|[“”"]/u.test(fragment)) return -1
  return labelled || ranked || photographerFor.test(bare) || slashCredit.test(bare) || agencyPicture.test(bare) || outletsAfterSlash.test(bare) ? last + fragment.search(/\S/u) : -1
}

/**
 * Whether a fragment is a service's photo credit: its name, a slash, then its photographer named with a rank, the
 * class of a petty officer or sergeant in it or not (“U.S. Army/Sgt. 1st Class Zachary Vandyke”, “U.S. Coast
 * Guard/Petty Officer 2nd Class Matthew Simpson”). A sentence of the story ends on its full stop; this has none.
 */
function serviceSlashRank(fragment: string): boolean {
  const slash = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?/u.exec(fragment)
  return slash !== null && opensWithRank(fragment.slice(slash[0].length).replace(/^((?:\S+\s){1,3})(?:\d(?:st|nd|rd|th)|First|Second|Third)\s+Class\s/u, '$1'))
}

/**
 * Where a credit's label and names start that close a line with no sentence end (“HMS Queen Elizabeth at sea Photo:
 * ITV”, “AB Chef Gary McEwan with his family Picture: L/Phot Louise George”), or -1: a capitalised credit word and a
 * colon after a word of the caption, then names. No sentence of a story runs on into a credit's label.
 */
function unstoppedCredit(line: string): number {
  const colonAt = line.lastIndexOf(':')
  if (colonAt < 0 || line.length - colonAt > 40 || /[“”"]/u.test(line)) return -1
  const label = /[\p{L}\d)’']\s+(\p{Lu}\p{Ll}+)$/u.exec(line.slice(Math.max(0, colonAt - 20), colonAt))
  if (!label || !furnitureData().credit.test(label[1]) || !/^\s*\p{Lu}[\p{L}.&'’/ -]*$/u.test(line.slice(colonAt + 1))) return -1
  const start = colonAt - label[1].length
  return wordCount(line.slice(0, start)) >= 2 ? start : -1
}

/**
 * Where a credit with its label and a colon starts, after the paragraph's
 * last sentence and before a full stop of its own (“… by the officers.
 * Photos: KNA.”), or -1: a few words, the label one of the page's credit
 * words (`creditOpening`). A sentence that goes on after a colon (“Photo:
 * the frigate arrives at dawn.”) has more words, or small ones.
 */
function labelledCredit(line: string): number {
  // Most lines end a sentence with no colon near its end: ruled out before any pattern runs.
  const colonAt = line.lastIndexOf(':')
  if (colonAt < 0 || line.length - colonAt > 60) return -1
  const body = line.slice(0, -1)
  const from = Math.max(0, body.length - 80)
  let last = -1
  for (const end of body.slice(from).matchAll(/[.!?]["”’)\]]?\s+/gu)) last = from + end.index + end[0].length
  if (last < 0) return -1
  const fragment = body.slice(last)
  const colon = fragment.indexOf(':')
  if (colon < 0 || wordCount(fragment) > 5 || /[“”"]/u.test(fragment) || !furnitureData().creditOpening.test(fragment)) return -1
  // After the label, names: capitalised words or an agency's capitals (“KNA”, “Indian Navy”).
  return /^\s*(?:\p{Lu}[\p{L}.&'’-]*\s*)+$/u.test(fragment.slice(colon + 1)) ? last : -1
}

/**
 * Where a photo's credit written as the paragraph's last sentence starts, or -1: an agency's or a service's photo
 * by someone, or courtesy of someone (“U.S. Coast Guard photo by Ensign Christopher Bodner.”, “Photo courtesy of
 * Defense Health Agency.”), after a sentence of the caption.
 */
function sentenceCredit(line: string): number {
  // Most lines say nothing of a photo near their end: ruled out before any pattern runs.
  const from = Math.max(0, line.length - 120)
  if (!/photo|image/iu.test(line.slice(from))) return -1
  let last = -1
  for (const end of line.slice(from, -1).matchAll(/[.!?]["”’)\]]?\s+/gu)) {
    const at = from + end.index
    // Not the stop of an initial or an abbreviation's last letter (“U.S. Coast Guard”).
    if (line[at] === '.' && caseAt(line, at - 1) === 'upper' && (at < 2 || !letterOrDigit(line.charCodeAt(at - 2)))) continue
    last = at + end[0].length
  }
  return last > 0 && sentenceCreditShape.test(line.slice(last)) ? last : -1
}
/** “U.S. Coast Guard photo by Ensign Christopher Bodner.”, “Photo courtesy of Defense Health Agency.” */
const sentenceCreditShape = /^(?:(?:U\.S\.|\p{Lu}[\p{L}.'’-]*)\s+){0,4}(?:[Pp]hotos?|[Ii]mages?)\s+(?:by|courtesy\s+of)\s+(?:the\s+)?\p{Lu}[^.!?]{0,80}?\.$/u

/** Whether the caption before a credit written as a sentence names the picture (“Image of …”), or describes or dates it and tells no story in the past. */
function pictured(before: string): boolean {
  return /^(?:Image|Photo|Picture)s?\s+of\s/u.test(before) || (!tellsStory(before) && (describesPicture(before) || datesPicture(before)))
}

/** A line with a date alone between its bars (“9 May 2014 | Sgt. Isis Ramirez …”): another story's dateline and byline. */
function datedPart(line: string): boolean {
  return line.split('|').some((part) => wordCount(part) <= 4 && hasDate(part))
}

const tagListWhy = 'a list of tags'

/** “Informants, Churches, Army”: three or more short items, commas or bars between, no sentence around them. */
function isTagList(line: string): boolean {
  // “Key points: security, defence and trade” introduces a list; a tag list has no such head.
  // Nor does a list's item after its head and a dash (“Tennessee – Bolivar, Campbell County, Dyer County, …”, one of a
  // release's list of places).
  if (terminal(line) || /^\s*[-–—•*]/u.test(line) || line.includes(':') || /\s[-–—]\s/u.test(line) || hasDate(line)) return false
  const items = line.split(/\s*[,|]\s*/).filter(Boolean)
  // (An item of four words or more is a name, in capitals: one in small letters is a clause, as a headline has:
  // “Fallen Marines, sailors honored by Combat Center, community”.)
  if (items.length < 3 || items.some((item) => wordCount(item) > 6 || (wordCount(item) >= 4 && !mostlyCapitalised(item.split(/\s+/))))) return false
  // Nor does a headline's list, its last item after “and” (“Summer Concerts Feature Sousa, Clarinet Solo, and Movie Music”).
  if (/^and\s/iu.test(items.at(-1)!)) return false
  // A person with a title, then their post (“Dr. Denise Preston, Executive Director, Sexual Misconduct Response Centre”,
  // under a quotation in a Canadian release), is a quotation's source, not tags.
  if (opensWithTitle(line)) return false
  return (line.match(functionWords) ?? []).length <= 1
}

/** Headings capitalise their content words; short function words may stay lower-case. */
function mostlyCapitalised(words: string[]): boolean {
  const content = words.filter((word) => /^\p{L}/u.test(word) && word.length > 3)
  if (content.length === 0) return false
  const capitalised = content.filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised / content.length >= 0.6 || words.length <= 3
}

/** A line's letters and figures, run together: what two settings of one paragraph share whatever their dashes and spaces. */
const lettersAndFigures = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '')

/** Small words a sentence writes in small letters: a headline in title case capitalises them. */
const titleCaseSmallWords = /\s(?:To|The|Of|For|And|In|On|At|With|From|Who|That|As|By|Is|Are|Its|Their)(?=\s)/gu

/** Whether a list's item reads as a headline in title case: two small words capitalised inside it, after its first words and any topic's colon. */
function titleCaseHeadline(item: string): boolean {
  const text = item.slice(item.lastIndexOf(':') + 1).replace(listMarker, '')
  return (text.match(titleCaseSmallWords) ?? []).length >= 2
}

/**
 * Whether a line ends on a closing quotation mark straight after a letter or
 * figure: a headline's quoted words (“… over ‘revealing attire’”), where a
 * sentence would end on its stop.
 */
function endsOnQuotedWord(line: string): boolean {
  const end = trimmedEnd(line)
  return end >= 2 && closingQuotes.has(line[end - 1]) && letterOrDigit(line.charCodeAt(end - 2))
}
const closingQuotes = new Set([...'”’"\''])

/**
 * Each paragraph's role, from the evidence the line carries and its place
 * among its neighbours. `marked` holds roles the source format gives (a
 * Markdown heading, an HTML figcaption), which win. `articleCounts` gives
 * how often each content word's stem (`contentStems`) occurs in the
 * article's lines, for a caller that has counted them; by default they are
 * counted here, on first need. The trees learned from these counts: the
 * annotations' own vocabulary, keyed by the parser's words, counts some
 * words otherwise (“NWED-2020”, a word glued to the next sentence).
 */
export function paragraphRoles(
  lines: readonly string[],
  marked: ReadonlyArray<ParagraphRole | undefined> = [],
  articleCounts?: () => ReadonlyMap<string, number>,
  {learned = true}: {learned?: boolean} = {}
): RoleFinding[] {
  // Each line is read by some seventy checks, faster in a copy of its own (`compactCopy`).
  const texts = lines.map(compactCopy)
  const counts = texts.map(wordCount)
  // A story with crossheads has its own short lines between paragraphs: none of them is a caption or a tag list.
  const series = crossheadSeries(texts, counts)
  const crosshead = (index: number) => series && crossheadLike(texts, counts, index)
  // A table written with bars is the story's data, as a list's items are: its rows are no pieces of a bar of links.
  const table = pipeTableLines(texts)
  const given = table.size === 0 ? marked : texts.map((_, index) => (table.has(index) ? 'list-item' : marked[index]))
  const found = texts.map((_, index) => ownRole(texts, counts, given, crosshead, index))
  doubledLines(found, texts, counts)
  // A line that the caption under it repeats is that picture's alt text: “Delighted dad CPO Matthew Jacob greets his two
  // daughters Isla and Sophie.” over “Camera IconDelighted dad CPO Matthew Jacob greets … Credit: The West Australian/…”.
  // (The first line only as a sentence: a headline the caption names, “2015 State of the Coast Guard Address” over “…
  // delivers the 2015 State of the Coast Guard Address. U.S. Coast Guard photo by …”, is the story's.)
  for (let index = 0; index + 1 < found.length; index++) {
    if (counts[index] < 4 || !storyLine(found[index]) || found[index + 1].role !== 'caption' || (index === 0 && !endsWithStop(texts[0]))) continue
    if (texts[index + 1].includes(texts[index].trim())) found[index] = {role: 'caption', why: 'the picture’s alt text (the caption under it repeats it)'}
  }
  pullQuotes(found, texts, counts)
  altTextCaptions(found, texts, counts)
  labelledCaptions(found, texts, counts)
  // Under the date of a transcript, its subjects are its own (“Topics: RAAF Amberley facilities, relocation of 17th
  // Construction Squadron”, as the Australian ministers' transcripts give them), not a page's list of tags.
  for (let index = 1; index < found.length; index++) {
    if (found[index].why === labelledWhy && found[index - 1].role === 'dateline' && /^\s*(?:Subjects?|Topics?)\s*(?:\(s\))?:\s/u.test(texts[index])) found[index] = {role: 'heading'}
  }
  // A byline the page broke over lines, its “By”, the name and the post after a comma each on its own (“By” / “Ken
  // Smith” / “, WRAL anchor/reporter”): one byline, the story's.
  for (let index = 0; index + 1 < found.length; index++) {
    // (A person's name: an outlet in capitals there, “By” / “GEO NEWS”, is the page's.)
    if (!/^\s*By\s*$/u.test(texts[index]) || !personNameLine.test(texts[index + 1])) continue
    found[index] = found[index + 1] = {role: 'byline'}
    if (index + 2 < found.length && counts[index + 2] <= 8 && /^\s*,/u.test(texts[index + 2])) found[index + 2] = {role: 'byline'}
  }
  // A separator line right over a crosshead of the story, the story's paragraphs under it, is the story's own break
  // between its sections, as a wire roundup sets them (“———” over “EUROPE PAYS TRIBUTE TO WAR DEAD”, AP); the page's
  // separators stand between its blocks and its lists of other stories.
  for (let index = 1; index + 2 < found.length; index++) {
    if (found[index].why === separatorWhy && found[index + 1].role === 'heading' && found[index + 2].role === 'body' && endsSentence(texts[index + 2])) found[index] = {role: 'heading'}
  }
  galleryCaptions(found, texts)
  datedLinks(found, texts, counts)
  // Another story's headline stands just above its teaser (“Ukraine vows to never submit …” over “Ukraine has
  // reiterated its commitment … launched its...”): a line that ends no sentence, directly above one.
  // (Not where the teaser is the story's own summary, its first paragraph cut off, as GOV.UK sets it under the headline:
  // “Dressed in Air Force blue … the Duchess attended the freedom parade, on Wednesday…” over that paragraph whole.)
  for (let index = 1; index < found.length; index++) {
    if (found[index].why !== teaserWhy || terminal(texts[index - 1]) || counts[index - 1] > 20 || counts[index - 1] < 3) continue
    // (The paragraph follows within three lines, under the page's notice: a look no further keeps a page of many teasers linear.)
    // (Letters and figures only: the page may set the paragraph's dash or spaces otherwise, “MILTON, Pa. —” over “MILTON, Pa. --”;
    // and the summary may run on into the next paragraph, “… honoring two fellow vets. Sgt. Richard Winter and Sgt. James Turne...”.)
    const summary = lettersAndFigures(texts[index])
    if ([1, 2, 3].some((after) => lettersAndFigures(texts.slice(index + after, index + after + 3).join('')).startsWith(summary))) {
      found[index] = {role: 'chrome', why: ownTeaserWhy}
      continue
    }
    if (storyLine(found[index - 1])) found[index - 1] = {role: 'chrome', why: otherHeadlineAboveTeaserWhy}
  }
  // A writer who uses the ellipsis to pace a speech continues one line's ellipsis in the next (“The Prime Minister
  // hosted President Zelenskyy in London….” over “…. he chaired various Coalition of the Willing meetings …”): then the
  // lines that end on one are the writer's too, no teasers of other stories.
  if (texts.some((text, index) => index > 0 && /^\s*(?:…|\.\.\.)/u.test(text) && /(?:…|\.\.\.)\s*$/u.test(texts[index - 1]))) {
    for (let index = 0; index < found.length; index++) if (found[index].why === teaserWhy || found[index].why === otherHeadlineAboveTeaserWhy) found[index] = {role: 'body'}
  }
  // So does one whose paragraph on either side paces its words with an ellipsis too, a TV report's script (“A daughter
  // apprehensive of a dad she hasn't seen in 10 months...” over “Another, so happy to see daddy...”, KBTX): a teaser of
  // another story stands among the page's lines, not between two of the story's that trail off as it does.
  const ellipsis = (at: number) => found[at]?.role === 'body' && /…|\.\.\./u.test(texts[at])
  for (let index = 1; index + 1 < found.length; index++) {
    if (found[index].why === teaserWhy && found[index - 1].role === 'body' && found[index + 1].role === 'body' && (ellipsis(index - 1) || ellipsis(index + 1))) found[index] = {role: 'body'}
  }
  // Lines a sentence of the story brings in with a colon are its own list, however each ends (a minister's
  // “We’ve:” over “Stepped up support for Ukraine…”, “Signed the landmark Trinity House Agreement with Germany…”).
  for (let index = 1; index < found.length; index++) {
    // (A sentence of eight words or more, or one that speaks as “we” or “I”, “Yet, as a new government, we’ve already:”:
    // a label of the page brings in its own lines, “Also read:”.)
    if (!bringsIn(found, texts, counts, index - 1, 8) && !(bringsIn(found, texts, counts, index - 1, 2) && personal.test(texts[index - 1]))) continue
    for (let item = index; item < found.length && (found[item].why === teaserWhy || found[item].why === otherHeadlineAboveTeaserWhy); item++) found[item] = {role: 'list-item'}
  }
  // Under a label of the page's details about a release (“Related ministers and contacts”, “Media contacts”), the
  // short lines down to the release's date or its first paragraph are the page's: the ministers' names and offices,
  // the contacts' telephone numbers (“Ben Spencer (Minister Price’s office): +61 412 754 310”), more labels.
  for (let index = 0; index < found.length - 1; index++) {
    if (counts[index] > 5 || !furnitureData().detailLabels.has(bare(texts[index]))) continue
    found[index] = {role: 'chrome', why: releaseDetailsWhy}
    for (let item = index + 1; item < found.length && counts[item] <= 12 && !endsSentence(texts[item]) && found[item].role !== 'dateline' && !hasDate(texts[item]); item++) {
      if (found[item].role !== 'chrome') found[item] = {role: 'chrome', why: releaseDetailsWhy}
    }
  }
  // Under a label of the page's list of other stories (“You might also like”, “Related posts”, “More from Naval
  // Warfare”), the short lines that follow, up to the next paragraph of prose, are that list's headlines; a short
  // sentence right under one of them is its summary, and a dash alone between them the list's separator.
  const listWhy = 'another story’s headline, in the page’s list of other stories'
  for (let index = 0; index < found.length - 1; index++) {
    // (A label the page words its own way says “related” first: “Related information and links”.)
    if (found[index].role !== 'chrome' || counts[index] > 5 || !(furnitureData().storyListLabels.has(bare(texts[index])) || found[index].why === moreStoriesWhy || (/^related\s/.test(bare(texts[index])) && found[index].why !== releaseDetailsWhy))) continue
    let afterHeadline = false
    for (let item = index + 1, listed = 0; item < found.length && listed < 6; item++) {
      const {role} = found[item]
      if (role === 'chrome' || role === 'credit' || role === 'caption') continue
      if (separator(texts[item])) {
        found[item] = {role: 'chrome', why: separatorWhy}
        continue
      }
      const headline = role === 'list-item' || (storyLine(found[item]) && (role !== 'body' || (!endsSentence(texts[item]) && (counts[item] <= 25 || headlinesRunTogether(texts[item])))))
      const summary = afterHeadline && role === 'body' && counts[item] <= 25
      if (!headline && !summary) break
      found[item] = {role: 'chrome', why: headline ? listWhy : 'another story’s summary, in the page’s list of other stories'}
      afterHeadline = headline
      if (headline) listed++
    }
  }
  // Headlines of other stories the page set as a list inside the story, between two of its paragraphs, with no label
  // and no sentence bringing them in (Forces News: “- Battle of Britain: Tribute To The Female Few”): no item ends a
  // sentence, and one at least is in a headline's title case, its small words capitalised. A story's own list is
  // brought in by a colon, or its items are sentences, or names.
  for (let index = 1; index < found.length; index++) {
    if (found[index].role !== 'list-item' || found[index - 1].role !== 'body' || !endsWithStop(texts[index - 1])) continue
    let end = index
    while (end < found.length && found[end].role === 'list-item' && !terminal(texts[end]) && counts[end] >= 4) end++
    if (end - index < 2 || found[end]?.role !== 'body' || !texts.slice(index, end).some(titleCaseHeadline)) continue
    for (let item = index; item < end; item++) found[item] = {role: 'chrome', why: 'another story’s headline, in a list of links set inside the story'}
  }
  // An embedded post's text stands just above its signature (“— Republic (@republic) November 2, 2022”).
  for (let index = 1; index < found.length; index++) {
    if (found[index].why !== embedWhy || !/^\s*[—–]/u.test(texts[index])) continue
    if (storyLine(found[index - 1]) && counts[index - 1] <= 70) found[index - 1] = {role: 'chrome', why: 'an embedded post (its text, above its signature)'}
  }
  // The publication or wire service under a writer's byline, above the story (“By Michael L. Lewis” / “NCO
  // Journal”, “By David Mays” / “Special to American Forces Press Service”), is the byline's: the page's
  // masthead stands above the headline, and a credit under its picture.
  const firstBody = found.findIndex((finding) => finding.role === 'body')
  for (let index = 2; index < firstBody; index++) {
    if (found[index - 1].role === 'byline' && (found[index].why === outletWhy || writersService.test(texts[index]))) found[index] = {role: 'byline'}
  }
  // And a writer's name that ends on a comma among the first lines, the outlet's name under it, is a byline broken
  // over two lines (“Jacque Manabat,” / “ABS-CBN News”).
  for (let index = 1; index < Math.min(found.length, 6); index++) {
    if (found[index].why === outletWhy && /,\s*$/u.test(texts[index - 1]) && personNameLine.test(texts[index - 1].replace(/,\s*$/u, ''))) found[index - 1] = found[index] = {role: 'byline'}
  }
  // So is the writer's post or unit on the line under the byline, right above the story's first paragraph
  // (“By Col. Jerry Martinez” / “62nd Airlift Wing commander”, “By Judith Snyderman” / “Emerging Media, Defense Media
  // Activity”): a short line there that ends no sentence and dates nothing.
  // (Above the first paragraph of prose: a place line or a page's label above the byline may be read as prose so far.)
  // (Neither this pass nor the two below make a paragraph of prose or unmake one before a credit: the index serves them all.)
  const firstProseLine = firstParagraphAt(found, texts, counts)
  for (let index = 1; index + 1 < found.length && index <= Math.max(firstProseLine, 1); index++) {
    // (In a list's shape too: “Commander, Navy Region Europe, Africa, Southwest Asia” under “By Rear Adm. Rick Williamson”,
    // or with the byline's bullet: “• By Airman 1st Class Justin Todd” / “• Space Base Delta 1”.)
    const listedLikeByline = found[index].role === 'list-item' && bulletOf(texts[index]) !== '' && bulletOf(texts[index]) === bulletOf(texts[index - 1])
    if (found[index - 1].role !== 'byline' || (found[index].role !== 'heading' && found[index].role !== 'body' && found[index].why !== tagListWhy && !listedLikeByline)) continue
    // (Set out as the byline is, it may stand over the story's picture, its credit on a line of its own: “VIDEO | 01:17 | …”.
    // A line set otherwise over a credit is the picture's title: “FORSCOM commander says Fort Bragg 'premier installation'”.)
    const next = listedLikeByline && found[index + 1].role === 'credit' && index + 2 < found.length ? index + 2 : index + 1
    if (found[next].role !== 'body') continue
    if (counts[index] <= 8 && !terminal(texts[index]) && !hasDate(texts[index]) && endsSentence(texts[next])) found[index] = {role: 'byline'}
  }
  // Right above the story's byline, or its date and byline (“14 Aug 2013 | Pfc. Grace L. Waladkewics …”), above the
  // story, stands its headline, in a list's shape or not (“Marines, Sailors volunteer, beautify local school”): a
  // page's tags stand below the story or over its headline. (Under a headline, a line in capitals is the page's
  // tags for the story, “EIELSON AIR FORCE BASE, AK, UNITED STATES” over DVIDS's date; a speech's place, “Kilo 8
  // Pier, Joint Base Pearl Harbor-Hickam, Hawaii”, is the speech's header.)
  let headlineAbove = false
  for (let index = 1; index + 1 < firstBody; index++) {
    headlineAbove ||= found[index - 1].role === 'heading'
    if (found[index].why !== tagListWhy || !(found[index + 1].role === 'byline' || datedPart(texts[index + 1]))) continue
    if (!(headlineAbove && texts[index] === texts[index].toUpperCase())) found[index] = {role: 'heading'}
  }
  // A photo block: the lines just before a credit — a short title, or a
  // caption that dates the picture — belong to the picture, not the story. Not a byline: the writer's.
  for (let index = found.length - 1; index > 0; index--) {
    if (found[index].role !== 'credit') continue
    // Under the photo block's label (“Photo Information”, as the Marine Corps' sites head it), the lines down to the
    // credit are the photo's caption, however long and in whatever tense (“Tackling their projects with energy and
    // enthusiasm, the combat engineers … provided a key service …” / “Photo by Lance Cpl. Michael Stevens”).
    let label = index - 1
    while (label >= Math.max(0, index - 3) && !photoBlockLabel.test(texts[label])) label--
    if (label >= Math.max(0, index - 3)) {
      for (let caption = label + 1; caption < index; caption++) {
        if (found[caption].role === 'body' || found[caption].role === 'heading') found[caption] = {role: 'caption', why: 'a photo caption (it stands between the photo’s label and its credit)'}
      }
      continue
    }
    // Under the story's date, above the story, a line of names between slashes that no credit's mark opens is who
    // issues it (“August 7, 2019” / “Royal Canadian Navy / Canadian Armed Forces”), as a byline is: a date alone is no
    // photo's caption. “Credit: Marine Corps Lance Cpl. Chloe McAfee” there is a photo's.
    if (index <= 3 && index < firstBody && found[index - 1].role === 'dateline' && found[index - 1].why === undefined && !creditMark.test(texts[index])) {
      found[index] = {role: 'byline'}
      continue
    }
    // (Not the headline over a credit that the story's byline follows, above the story: “Sailor honoured for charity
    // work” / “Image: LS / mat 1 Lyne Laudrendeau” / “By Karina Low”.)
    if (found[index + 1]?.role === 'byline' && (firstProseLine < 0 || firstProseLine > index)) continue
    for (let before = index - 1; before >= Math.max(1, index - 2) && found[before].role !== 'credit' && found[before].role !== 'byline'; before--) {
      const text = texts[before]
      const short = counts[before] <= 8 && !terminal(text)
      // A caption that dates its picture gives its day (“… in Namsos, Norway, March 3, 2016, during …”): a story's
      // paragraph above a credit may name a year (“since 2019”), and report what someone said.
      const dated = counts[before] <= 60 && found[before].role === 'body' && datesPicture(text)
      if (!short && !dated) break
      found[before] = {role: 'caption', why: 'a photo caption (it stands above the photo credit)'}
    }
  }
  // And a short line just after a photo's caption or credit, before the story goes on, is the rest of its
  // caption (“… Mandatory Credit: Brett Davis-USA TODAY Sports” / “NFL: Preseason-New York Jets at Atlanta
  // Falcons”). A word alone there heads the next part of a gallery (“Photograph: Cathal McNaughton/Reuters” /
  // “Russia” / “Each year, Russia demonstrates…”).
  for (let index = 1; index < found.length - 1; index++) {
    const previous = found[index - 1].role
    // Initials alone between a caption and the same caption again are its credit, and both copies are the picture's
    // (“Governor-General  Sir Jerry Mateparae speaks to the service …” / “NZDF” / the same line, Stuff).
    if (counts[index] === 1 && /^\s*\p{Lu}{2,6}\s*$/u.test(texts[index]) && counts[index - 1] >= 4 && sameLine(texts[index - 1], texts[index + 1])) {
      found[index] = {role: 'credit', why: 'a photo credit (the initials between two copies of its caption)'}
      for (const copy of [index - 1, index + 1]) if (!furnitureRoles.has(found[copy].role)) found[copy] = {role: 'caption', why: 'a photo caption (printed twice, its credit between)'}
      continue
    }
    if ((previous !== 'caption' && previous !== 'credit') || (found[index].role !== 'body' && found[index].role !== 'heading') || found[index + 1].role !== 'body') continue
    // (Not under a credit that the byline's block holds, the story's photographer under its writer: “STORY // Benita
    // Teo” / “PHOTO // PIONEER Photographers” / “Standing up against terrorism”, a crosshead; nor under the outlet's
    // name atop the page, which stands over the headline: “Nigeria News” / “Troops Rescue 10 Kidnap Victims …”.)
    if (previous === 'credit' && (found[index - 2]?.role === 'byline' || (index === 1 && found[0].why === outletWhy))) continue
    if (counts[index] >= 2 && counts[index] <= 8 && !terminal(texts[index])) found[index] = {role: 'caption', why: 'a photo caption (it stands under another line of the photo’s)'}
  }
  // A photo block of a military news site: a caption that ends with the
  // place and date of the picture, the photo's short title just above it,
  // and the image's description above that (present tense, no attribution).
  for (let index = 1; index < found.length; index++) {
    // The caption ends with a year and a full stop: most lines are ruled out by their last characters.
    if (found[index].role !== 'body' || counts[index] > 60 || !endsOnYear(texts[index]) || !placeAndDate.test(texts[index].slice(-60)) || /\bsaid\b|[“”"]/u.test(texts[index])) continue
    const title = index - 1
    // (Not the byline's second line, the writer's unit: “By Air Force Staff Sgt. Cheyenne Lewis” / “325th Fighter Wing
    // Public Affairs” over a lede that dates what it tells.)
    if (title < 1 || counts[title] > 6 || terminal(texts[title]) || found[title].role === 'byline' || !mostlyCapitalised(texts[title].trim().split(/\s+/))) continue
    found[index] = {role: 'caption', why: 'a photo caption (it dates the picture, under the photo’s title)'}
    found[title] = {role: 'caption', why: 'the title of a photo'}
    const description = title - 1
    if (description >= 1 && found[description].role === 'body' && counts[description] <= 40 && describesPicture(texts[description])) {
      found[description] = {role: 'caption', why: 'the description of a photo'}
    }
  }
  // A news agency's photo caption: the picture's action in the present tense, then the date it was taken
  // (“Marines help dig out an artillery piece … on Feb. 6, 2012.”). A story dates what happened in the past
  // tense; no clean article of the real-copy set has a line in the present that ends on a date.
  for (let index = 1; index < found.length; index++) {
    // (As above, the year and the full stop first.)
    if (found[index].role !== 'body' || counts[index] > 60 || !endsOnYear(texts[index]) || !endsOnDate.test(texts[index].slice(-30)) || /\bsaid\b|[“”"]/u.test(texts[index])) continue
    // A date that bounds a period (“served … after Sept. 18, 2001.”) is no picture's, which is taken on a day.
    if (boundsAPeriod(texts[index])) continue
    // (Not a sentence that opens by pointing back to the story: “This deployment follows the recent success of …”.)
    if (presentAction(texts[index]) && !pointsBack(texts[index])) found[index] = {role: 'caption', why: 'a photo caption (an action in the present tense, then the date of the picture)'}
  }
  // An author box: at the foot of the page, a short note on who wrote the story (“a journalist with 15 years
  // of experience”); anywhere on the page, a paragraph that opens by saying a named person is a journalist, in
  // the present (“Isaac Kaledzi is an experienced and award winning journalist from Ghana.”). A story tells of a
  // journalist in its own words (“the reporter, who…”, “was a journalist”), and quotes them.
  const foot = Math.max(2, found.length - 3)
  for (let index = 0; index < found.length; index++) {
    if (found[index].role !== 'body') continue
    // (The quotation and “said” are looked for last: a line's every word boundary is tried for “said”, and few lines are a note.)
    const note = index >= foot && counts[index] <= 60 && authorNote.test(texts[index])
    if ((note || (counts[index] <= 90 && spacedWord(texts[index], 'is') && authorIntroduction.test(texts[index]))) && !/\bsaid\b|[“”"]/u.test(texts[index])) found[index] = {role: 'chrome', why: 'the author’s note'}
  }
  // A caption with no full stop between two paragraphs of the story: a short
  // line in the present tense (“Lieutenant Commander Simon Laurence uses the
  // new touch-screen displays”, “Cadets ensuring social distancing at a
  // ration shop”), which no sentence of the story leaves unfinished.
  // Second in the text, under a paragraph, it may be a crosshead (“HMS Queen Elizabeth starts the
  // second leg of sea trials”): there only a participle with no tensed verb tells a caption.
  for (let index = 1; index < found.length - 1; index++) {
    const text = texts[index]
    const words = counts[index]
    if (found[index].role !== 'body' || words < 5 || words > 20 || terminal(text) || /[.!?]["”’]?\s/u.test(text) || crosshead(index)) continue
    // A line that ends on a dash is speech broken off (“because I'm getting --”), not a caption; one whose sentence the
    // next line goes on with, in small letters, is a sentence broken by a stray line break (“… off the bus at Fort
    // Jackson for training” / “see when they arrive …”).
    if (mostlyCapitalised(text.trim().split(/\s+/)) || /[-–—]\s*$/u.test(text) || /^\s*\p{Ll}/u.test(texts[index + 1])) continue
    // Nor a list of subjects between semicolons (“Future Frigates; Naval shipbuilding plan; Witness K charges; …”, a
    // transcript's), nor a line that speaks as “we” or “our” under a paragraph that speaks so too: a speech's crosshead
    // (“Our world is changing, and Navy is changing with it”), as no picture's caption speaks. (Under a paragraph told in
    // the third person, such a line is a pull quote: “Together, we showed that NATO is ready and standing as one”.)
    if (text.split(';').length >= 3 || (firstPerson.test(text) && firstPerson.test(texts[index - 1]))) continue
    const previous = found[index - 1].role
    // (Or a page's line, when the line under it repeats this one and goes on: the picture's alt text over its caption,
    // “A sailor on board HMCS Harry DeWolf handles seized narcotics” over the same “… during Operation Caribbe.”,
    // under a newsletter's blurb.)
    const overItsCaption = previous === 'chrome' && index >= 2 && texts[index + 1].trimStart().startsWith(text.trim())
    const before = overItsCaption || (previous === 'dateline' && index >= 2) || ((previous === 'body' || previous === 'standfirst') && endsWithStop(texts[index - 1]))
    const next = found[index + 1].role
    // After the caption: the story goes on, or the picture's full caption or credit, or another story's headline.
    const after = (next === 'body' && endsWithStop(texts[index + 1])) || next === 'caption' || next === 'credit' || next === 'heading'
    // (Not a transcript's label in capitals before a colon: “SUBJECTS: Landing craft contract announcement, …”, nor the
    // headline between the page's excerpt of the story and the story, which opens with the excerpt again.)
    const betweenExcerptAndStory = texts[index + 1].trim() === texts[index - 1].trim()
    if (before && after && !headerLabel.test(text) && !betweenExcerptAndStory && (index === 1 ? participial(classSequence(text)) : describesAction(text))) {
      found[index] = {role: 'caption', why: 'a photo caption (a line in the present tense, with no full stop, between paragraphs of the story)'}
      // The caption in full under its alt text goes with it.
      if (overItsCaption && counts[index + 1] <= 40) found[index + 1] = {role: 'caption', why: 'a photo caption (it repeats the picture’s alt text above and goes on)'}
    }
  }
  // Alt text, a photo's description as a sentence: a short line in the present
  // tense opening with a subject the picture shows (“A man in uniform stands at a
  // lectern.”, “Two people sit in chairs on a stage.”), after a paragraph of a
  // story told in the past tense. No clean article of the real-copy set has one.
  // After it comes more of the story in the past, the photo's title or credit, or the page's end.
  const pastTense = (index: number) => classesOf(texts[index]).has('past')
  for (let index = 1; index < found.length; index++) {
    if (found[index].role !== 'body' || counts[index] > 30 || !altText(texts[index])) continue
    const before = (found[index - 1].role === 'body' || found[index - 1].role === 'caption') && pastTense(index - 1)
    const after = index + 1 === found.length || found[index + 1].role !== 'body' || pastTense(index + 1) || altText(texts[index + 1])
    if (before && after) found[index] = {role: 'caption', why: 'the description of a photo (a line in the present tense, in a story told in the past)'}
  }
  // A caption told as a sentence in the present (`sceneCaption`), below the headline and standfirst: the people
  // or things the picture shows, doing something, at a place.
  // (Not under a line that brings it in with a colon: “DoDEA in Europe:” over “DoDEA Europe …, headquartered in
  // Wiesbaden, Germany, operates 75 schools in …”.)
  for (let index = 2; index < found.length; index++) {
    if (found[index].role === 'body' && counts[index] <= 60 && !texts[index - 1].trimEnd().endsWith(':') && sceneCaption(texts[index])) {
      found[index] = {role: 'caption', why: 'a photo caption (who or what the picture shows, doing something now, at a place)'}
    }
  }
  // A noun and a participle with no tense (`participleCaption`): a caption wherever it stands.
  for (let index = 1; index < found.length; index++) {
    if (found[index].role === 'body' && counts[index] <= 30 && participleCaption(texts[index])) {
      found[index] = {role: 'caption', why: 'a photo caption (a noun and a participle, with no verb that tells when)'}
    }
  }
  // A caption's short form beside its full form (the image's alt text and its
  // caption, “HMS Vanguard” above “HMS Vanguard [Picture: Crown copyright]”):
  // the short one repeats the other's opening words.
  for (let index = 1; index < found.length; index++) {
    const beside = (other: number) => other >= 0 && other < found.length && (found[other].role === 'caption' || found[other].role === 'credit')
    if (found[index].role !== 'body' || counts[index] < 3 || counts[index] > 30 || !(beside(index - 1) || beside(index + 1))) continue
    const own = texts[index].trim().replace(/[.!?]$/u, '')
    const echoes = (other: number) => beside(other) && texts[other].trimStart().startsWith(own) && texts[other].trim().length > own.length
    if (echoes(index - 1) || echoes(index + 1)) found[index] = {role: 'caption', why: 'a photo caption (the short form of the caption beside it)'}
  }
  // The article's vocabulary is counted once, when a check first asks for it.
  let vocabulary: ReadonlyMap<string, number> | undefined
  // (Counted on the lines' compact copies, which read faster than slices of the article.)
  const stemCounts = () => (vocabulary ??= articleCounts ? articleCounts() : contentStemCounts(texts))
  otherStoriesHeadlines(found, texts, counts, stemCounts)
  // The page's summary of its own story, cut off, at the top of the page: its words the story's (“An unknown British
  // soldier has been afforded a final resting place … near Ypres, Belgium…” over the story of that burial,
  // Pathfinder International). Another story's teaser shares few of them.
  // (Its words are looked for in the lines below it: a headline above a teaser shares the teaser's.)
  for (let index = 0; index < Math.min(2, found.length); index++) {
    if (found[index].why !== teaserWhy || found.slice(0, index).some(storyLine)) continue
    const own = contentStems(texts[index])
    if (own.length >= 4 && keysElsewhere(own, contentStemCounts(texts.slice(index))) * 2 >= own.length) found[index] = {role: 'standfirst'}
  }
  outOfPlaceLabels(found, texts, counts)
  // The page's title under the headline: the headline again, then its section and the outlet between
  // bars (“More than 50 Afghan soldiers killed … | World news | The Guardian”). The bar alone is looked
  // for first: a search for it between spaces stops at every space of every line.
  const headline = texts[0]?.trim().toLowerCase()
  for (let index = 1; index < found.length; index++) {
    const text = texts[index].trim()
    const bar = text.includes('|') ? text.indexOf(' | ') : -1
    if (headline && bar > 0 && (found[index].role === 'body' || found[index].role === 'heading') && text.slice(0, bar).trim().toLowerCase() === headline) {
      found[index] = {role: 'chrome', why: 'the page’s title (the headline, then its section or outlet between bars)'}
    }
  }
  loneLabels(found, texts, counts, crosshead, given)
  // A breadcrumb over the headline: a few capitalised words, then the headline beside it word for word
  // (“Home News Saudi-Led coalition shoots down explosive drone over Yemen” over the headline).
  // The word counts rule out nearly every line before any text is compared: the trail is up to three words more.
  const echoes = (index: number, other: number) => {
    if (other < 0 || other >= texts.length || counts[other] < 4) return false
    // (None more when the trail is run into the headline: “Homeराष्ट्रीय…”.)
    const extra = counts[index] - counts[other]
    if (extra < 0 || extra > 3) return false
    const line = texts[index].trim()
    const headline = texts[other].trim()
    return line.endsWith(headline) && line.slice(0, line.length - headline.length).trim().split(/\s+/).every((word) => /^\p{Lu}/u.test(word))
  }
  for (let index = 0; index < found.length; index++) {
    if (found[index].role === 'chrome' || counts[index] > 30) continue
    if (echoes(index, index + 1) || echoes(index, index - 1)) found[index] = {role: 'chrome', why: 'a breadcrumb trail (the section, then the headline again)'}
  }
  // The line right after the headline, when it is no sentence of the story, is its standfirst; the headline is the first
  // line of the story, under any of the page's (“Back To Top” over The Korea Herald's), and ends no sentence.
  const top = headlineAt(found, texts, counts)
  if ((top > 0 || found[0]?.role === 'heading') && found[top + 1]?.role === 'body' && !endsWithStop(texts[top + 1])) found[top + 1] = {role: 'standfirst'}
  signOff(found, texts, counts)
  // Initials after a dash beside another line that opens with the same dash are a list's items (“- UK” / “- USA”), no
  // agency's sign-off (“- NZPA” under the story).
  for (let index = 0; index < found.length; index++) {
    if (found[index].why !== initialsWhy) continue
    const dash = texts[index].trim()[0]
    if (texts[index - 1]?.trim()[0] === dash || texts[index + 1]?.trim()[0] === dash) found[index] = {role: 'list-item'}
  }
  // What no shape above and no listed phrase told, the trained detector may
  // (`learned: false` leaves it out, for training it on what is left).
  if (learned) detectFurniture(found, {texts, counts, stemCounts, webWords: furnitureData().webWords})
  schedules(found, texts, counts)
  placeTags(found, texts)
  // A writer's unit under the writer's name and rank, above the story (“MC2 Somers Steelman” over “Navy Public Affairs
  // Support Element Detachment Hawaii”): the story's byline, set on two lines without its “By”.
  for (let index = 1; index + 1 < found.length; index++) {
    if (found[index].role !== 'chrome' || !underWriter(texts, counts, index) || found[index + 1].role !== 'body') continue
    found[index - 1] = found[index] = {role: 'byline'}
  }
  // And what the trees do not judge (a sentence with nothing of the web's marks, a long line), the line's words may.
  if (learned) pageLinesByWords(found, texts, counts, (text) => {
    const credit = trailingCredit(text)
    return credit > 0 ? text.slice(0, credit) : text
  }, furnitureData().webWords)
  pageBlocks(found, texts, counts, crosshead)
  menuItems(found, texts, counts, crosshead)
  promotionBetween(found, texts)
  // Last, as the words of the page's lines (the passes above) would read a segue as the page's again.
  segues(found, texts, counts)
  return found
}

/**
 * A photo's alt text and its caption between two paragraphs of the story: a
 * name alone (“HMS Diamond”), then a line that names it again and ends no
 * sentence (“Type 45 destroyer HMS Diamond, along with Type 23 frigate HMS
 * Lancaster, is already in the region”, GB News). A crosshead has the
 * story's paragraph under it, and that ends its sentence.
 */
function altTextCaptions(found: RoleFinding[], texts: readonly string[], counts: readonly number[]): void {
  for (let index = 1; index + 2 < found.length; index++) {
    const name = texts[index].trim()
    if (counts[index] > 5 || !storyLine(found[index]) || !storyLine(found[index + 1]) || terminal(texts[index]) || terminal(texts[index + 1])) continue
    if (!/^\p{Lu}/u.test(name) || counts[index + 1] < 5 || counts[index + 1] > 40 || !namesAgain(texts[index + 1], name)) continue
    if (found[index - 1].role !== 'body' || !endsSentence(texts[index - 1]) || found[index + 2].role !== 'body') continue
    found[index] = {role: 'caption', why: 'a photo’s alt text (the line under it, which ends no sentence, names it again)'}
    found[index + 1] = {role: 'caption', why: 'a photo caption (it names what the line above names, and ends no sentence)'}
  }
}

/** Whether a line names `name` again, as words of its own (not inside a longer word). */
function namesAgain(line: string, name: string): boolean {
  const at = line.indexOf(name)
  return at >= 0 && !/[\p{L}\d]/u.test(line[at - 1] ?? '') && !/[\p{L}\d]/u.test(line[at + name.length] ?? '')
}

/**
 * A pull quote: a sentence of the story set again on a line of its own for
 * display, its speaker's name on the line under it (“The exercise exhibits
 * the basic level of training …” over “Lieutenant Colonel Dan Cornwell MBE”,
 * as the British Army's pages set it; “When built, these modern cutting-edge
 * RFA ships …” over “Commodore David Eagles, Commodore RFA”, the Royal
 * Navy's). The story quotes those words where it tells them, or the box
 * gives words of its own that end no sentence, under the speaker's ranked
 * name; either way the story names the speaker: both lines are the page's.
 * The speaker's line is short, capitalised, and ends no sentence.
 */
function pullQuotes(found: RoleFinding[], texts: readonly string[], counts: readonly number[]): void {
  // The lines without quotation marks, in lower case, made when a line is first asked about.
  let plain: string[] | undefined
  // A pull quote is one of a few in a story: the look for its words elsewhere stops after a few lines asked, and an
  // archive of thousands of crossheads stays linear.
  let asked = 0
  for (let index = 1; index + 1 < found.length && asked < maxPullQuotesAsked; index++) {
    if (!storyLine(found[index]) || counts[index] < 8 || !storyLine(found[index + 1]) || counts[index + 1] > 10 || terminal(texts[index + 1]) || !speakerLine.test(texts[index + 1])) continue
    asked++
    // A piece from inside the line, past any opening mark, looked for as written first: most lines asked are a
    // crosshead's paragraph, found nowhere else, and the lines need not be made plain for them.
    // (Told in a sentence of the story: a breadcrumb of the page that ends on the headline, “Home Europe Norway: Stage
    // set for …” over the headline itself, tells nothing.)
    const piece = texts[index].trim().slice(8, 40)
    const toldElsewhere = texts.some((text, other) => other !== index && text.includes(piece) && storyLine(found[other]) && endsSentence(text))
    // A pull quote the story does not tell elsewhere, as the Royal Navy sets its box (“It is a great honour to be here
    // today – it is approximately eight years since Albion last exercised her last freedom” over “Commanding Officer
    // Captain Peter Laughton”), is a line that ends no sentence over its speaker's post and ranked name.
    if (!toldElsewhere && (terminal(texts[index]) || !namesRankedPerson(texts[index + 1]))) continue
    const lines = (plain ??= texts.map(withoutQuotes))
    const speaker = lines[index + 1].split(',')[0]
    // Either way a sentence of the story names the speaker.
    if (!lines.some((text, other) => other !== index + 1 && other !== index && text.length > speaker.length && text.includes(speaker))) continue
    // (Not a block the page or the transcript gives twice, a paragraph and the crosshead under it: the story's own
    // telling differs from the pull quote, by its quotation marks or its words around it, and names the speaker in a
    // sentence, not on a line alone.)
    if (toldElsewhere && !lines.some((text, other) => other !== index && text.includes(lines[index]) && texts[other].trim() !== texts[index].trim())) continue
    found[index] = {role: 'chrome', why: toldElsewhere ? 'a pull quote (the story’s own words, set again on their own for display)' : 'a pull quote (the speaker’s words, set on their own for display)'}
    found[index + 1] = {role: 'chrome', why: 'the pull quote’s speaker'}
  }
}

/**
 * A caption under the page's label for it: “Caption” alone on its line, over
 * the picture's description (“HMC Ships Ottawa, Vancouver and MV Asterix
 * with embarked CH-148 Cyclone helicopter …”, as the Royal Canadian Navy's
 * newsletter sets it). Both are the page's.
 */
function labelledCaptions(found: RoleFinding[], texts: readonly string[], counts: readonly number[]): void {
  for (let index = 0; index + 1 < found.length; index++) {
    if (counts[index] !== 1 || !/^\s*caption\s*:?\s*$/iu.test(texts[index])) continue
    found[index] = {role: 'chrome', why: 'the label of a photo’s caption'}
    if (storyLine(found[index + 1]) && counts[index + 1] <= 60) found[index + 1] = {role: 'caption', why: 'a photo caption (under the page’s label for it)'}
  }
}

/** Whether a line names a place, a few capitalised words that are no label, weekday or month, before a comma and its date. */
function placeThenDate(line: string): boolean {
  const place = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s/u.exec(line)
  return place !== null && !/^(?:Posted|Updated|Published|Last|Issued|Released|Date|Dated|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u.test(place[1])
}

/** Whether a line is a writer's service or unit under a short line of capitalised words, the writer's rank and name (“MC2 Somers Steelman”). */
function underWriter(texts: readonly string[], counts: readonly number[], index: number): boolean {
  return index > 0 && writersService.test(texts[index]) && counts[index - 1] <= 5 && /^\s*(?:\p{Lu}[\p{L}\d.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+\s*$/u.test(texts[index - 1])
}

/**
 * A schedule the story lists, its items one to a line, each with a date or a time and opening as the items beside it
 * do (“• Netzaberg Chapel: Feb. 27, 8:20 a.m.” among “• Hohenfels Theater: Feb. 26, 4 p.m.” and the rest; “11 a.m
 * Feb. 25 — Patton, Wainwright, McNair, and Chaffee Community Engagement at Howze Auditorium” between two more
 * engagements so set): an item read as the page's timestamp, or as a line of the page, is the story's.
 */
function schedules(found: RoleFinding[], texts: readonly string[], counts: readonly number[]): void {
  const dated = (index: number) => counts[index] <= 30 && (hasDate(texts[index]) || scheduleTime.test(texts[index]))
  const opening = (index: number) => {
    const first = texts[index].trimStart().charAt(0)
    return /\d/u.test(first) ? 'digit' : /[•·▪*–-]/u.test(first) ? first : undefined
  }
  for (let index = 0; index < found.length; index++) {
    if (found[index].role !== 'chrome' || !(found[index].why === timestampWhy || found[index].why?.startsWith(pageLineWhy)) || !dated(index)) continue
    const shape = opening(index)
    const alike = (other: number) => other >= 0 && other < found.length && (found[other].role === 'list-item' || found[other].role === 'body') && opening(other) === shape && dated(other)
    if (shape !== undefined && (alike(index - 1) || alike(index + 1))) found[index] = {role: 'list-item'}
  }
}
/**
 * The page's tag of where a story comes from, as DVIDS sets it in capitals with the state's code and the country
 * (“EIELSON AIR FORCE BASE, AK, UNITED STATES”), when the story names the place again below it, in its dateline or
 * its sentences (“EIELSON AIR FORCE BASE, Alaska – While pilots fly …”, “… on Dec. 13, 2017, Honolulu.”). A story
 * that never names the place has the line for its dateline, and keeps it.
 */
function placeTags(found: RoleFinding[], texts: readonly string[]): void {
  for (let index = 0; index < found.length; index++) {
    if (!storyLine(found[index]) || !placeLine.test(texts[index])) continue
    const tag = /^\s*([^,]+),\s*\p{Lu}{2}\.?,\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s*$/u.exec(texts[index])
    if (!tag) continue
    const place = tag[1].trim().toLowerCase()
    if (texts.some((text, other) => other > index && storyLine(found[other]) && text.toLowerCase().includes(place))) found[index] = {role: 'chrome', why: 'the page’s tag of the story’s place (the story names it below)'}
  }
}

/** A clock time as a schedule gives it: “8:20 a.m.”, “11 a.m”, “6 p.m.”. */
const scheduleTime = /\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b/iu

/** Whether a line names someone with a rank or a title, after their post or not (“Commanding Officer Captain Peter Laughton”). */
function namesRankedPerson(line: string): boolean {
  const words = line.trim().split(/\s+/u)
  return words.some((_, at) => at < 4 && opensWithTitle(words.slice(at).join(' ')))
}

/** How many lines a story's pull quotes are looked for among. */
const maxPullQuotesAsked = 32

/** A speaker's name and post: capitalised words (“Lieutenant Colonel Dan Cornwell MBE”, “Commodore David Eagles, Commodore RFA”), “of” and “the” between. */
const speakerLine = /^\s*\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:(?:of|the|and|for)\s+)?\p{Lu}[\p{L}.'’-]*){1,9}\s*$/u

/** A text in lower case without its quotation marks, its spaces single. */
function withoutQuotes(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’]|(?<!\p{L})'|'(?!\p{L})/gu, '').replace(/\s+/gu, ' ').trim()
}

/**
 * A picture's caption the page gives twice, as the image's alt text and as
 * its caption: run together on one line (“… on Sunday. (Source: PTI) … on
 * Sunday. (Source: PTI)”), the line is what its half is; on two lines, a
 * label of a few words with no verb (“Sudanese soldiers” over “Sudanese
 * soldiers”) is the picture's, as a headline or crosshead has a verb and
 * comes once. (A list's item is the list's: “• Soldier Lethality” twice is a
 * slip of the story.)
 */
function doubledLines(found: RoleFinding[], texts: readonly string[], counts: readonly number[]): void {
  // How many dates stand above the first line of the story.
  let leadingDates = 0
  while (leadingDates < found.length && found[leadingDates].role === 'dateline') leadingDates++
  for (let index = 0; index < found.length; index++) {
    const {role} = found[index]
    if (!storyLine(found[index])) continue
    const half = counts[index] >= 4 && counts[index] % 2 === 0 ? halfOfDoubled(texts[index]) : undefined
    const own = half === undefined ? undefined : furnitureOf(half, index === 0, counts[index] / 2)
    if (own && furnitureRoles.has(own.role)) {
      found[index] = {role: own.role, why: own.why === undefined ? undefined : `${own.why}, twice`}
      continue
    }
    const next = index + 1
    if (next >= found.length || found[next].role !== role) continue
    const line = texts[index].trim()
    const after = texts[next].trim()
    const why = 'a photo caption, given twice (the image’s alt text and its caption)'
    // A whole caption twice, the second time with its credit or both times (“… USS Theodore Roosevelt. Photo by
    // Anthony Rivers/U.S. Navy” twice, “… on August 25, 2020.(Source: … via U.S. Navy)”): a story says nothing twice
    // running, and never with a photographer's name.
    const credit = after.slice(after === line ? 0 : line.length)
    const wholeCaption = counts[index] >= 8 && after.startsWith(line) && (creditMark.test(credit) || /\(\s*source\s*:/iu.test(credit))
    // A label has words: two lines of only a zero-width space are no caption (found by the fuzz suite, seed 47).
    // (Not where the headline stands, under nothing but the page's date: the release's headline, then a copy of it.
    // At the text's top too, a headline's length where no other headline follows the pair: “Chaplains Honored at
    // Memorial Dedication Ceremony” twice, over DVIDS's photo block; “Sudanese soldiers” twice is a picture's label.)
    const headlinePlace = index === leadingDates && (index >= 1 || (counts[index] >= 4 && found[index + 2]?.role !== 'heading'))
    const label = after === line && counts[index] <= 8 && /[\p{L}\p{N}]/u.test(line) && !terminal(texts[index]) && !hasVerb(texts[index]) && !headlinePlace
    if (!wholeCaption && !label) continue
    found[index] = {role: 'caption', why}
    found[next] = {role: 'caption', why}
  }
}

/** The text a line holds twice over (“A flag. A flag.”), or undefined. */
function halfOfDoubled(text: string): string | undefined {
  const line = text.trim()
  const middle = line.length / 2
  for (const space of [Math.floor(middle), Math.floor(middle) - 1, Math.ceil(middle)]) {
    if (!/\s/u.test(line[space] ?? '')) continue
    const first = line.slice(0, space).trim()
    if (first !== '' && first === line.slice(space).trim()) return first
  }
  return undefined
}

/**
 * A spoken segue inside a story (“Also in the news”, between two items of a
 * radio script), not the page's navigation it looks like: “news” and small
 * words, with a paragraph of prose on either side. “News” is the page's word
 * (“Latest News”) and the story's, what a news script tells; the page's
 * other lines there speak of its own things (“No Comments Yet”, “Videos by …”).
 */
function segues(found: RoleFinding[], texts: readonly string[], counts: readonly number[]): void {
  const prose = (index: number) => found[index].role === 'body' && counts[index] >= 12
  for (let index = 1; index + 1 < found.length; index++) {
    if (found[index].why !== navigationWhy || counts[index] < 3 || !prose(index - 1) || !prose(index + 1)) continue
    const words = texts[index].toLowerCase().match(/\p{L}+/gu) ?? []
    if (words.every((word) => word === 'news' || stopwords.has(word))) found[index] = {role: 'heading'}
  }
}

/** One word in lower case or with a capital only at its start: “Military”, “kashmir”, not “NATO” or “PTI”. */
const loneWord = /^\s*(?:\p{Lu}\p{Ll}+|\p{Ll}{2,})\s*$/u

/**
 * A word alone on its line, below the headline, is the page's section or
 * menu label (“Military” over another story's headline, “World” under the
 * story's end, “Authorities” between the headline and the first paragraph)
 * unless the story takes it up: a one-word crosshead (“Borders”, “Air”)
 * names what the next paragraph is about, and that paragraph says it
 * (“the UK Border Force”, “aircraft”). With no paragraph after it, only a
 * line of the page's beside it says it is a label (a crosshead may end a
 * quoted snippet: “Quotes”). Names the word classes lack
 * (“Srinagar”, a dateline) and a word beside another lone word (a list of
 * items) stay the story's.
 */
function loneLabels(
  found: RoleFinding[],
  texts: readonly string[],
  counts: readonly number[],
  crosshead: (index: number) => boolean | undefined,
  marked: ReadonlyArray<ParagraphRole | undefined>
): void {
  // The first line too: a headline has more than one word, and a word alone above it is the page's section.
  // (Not a verb's form there: a headline cut short after its first word, “Earning”, is the story's.)
  for (let index = 0; index < found.length; index++) {
    // (A heading the source marks as one, “# Talks” in Markdown, is the story's.)
    if (counts[index] !== 1 || marked[index] || (found[index].role !== 'heading' && found[index].role !== 'body') || !loneWord.test(texts[index]) || crosshead(index)) continue
    const word = texts[index].trim()
    const lower = word.toLowerCase()
    if (index === 0 && (found.length < 2 || verbForms.has(wordClassName(lower)))) continue
    if (wordClassName(lower) === 'unknown' && lower !== word) continue
    if (counts[index - 1] === 1 || counts[index + 1] === 1) continue
    // The next paragraph of prose within a few lines must not take the word up; with none (the text's end, or
    // headings only), a line of the page's own beside it must say it is the page's (“World” over “You might also like”).
    let next = index + 1
    while (next < found.length && next <= index + 4 && !(found[next].role === 'body' && counts[next] >= 12)) next++
    const prose = next < found.length && next <= index + 4
    const prefix = lower.slice(0, lower.length <= 4 ? lower.length : Math.max(4, lower.length - 3))
    // Above a headline (a heading of four words or more), a word alone is the section's name: there is no story above it to be a crosshead of.
    const aboveHeadline = index === 0 && found[1]?.role === 'heading' && counts[1] >= 4
    if (prose ? new RegExp(`(?<!\\p{L})${prefix}`, 'iu').test(texts[next]) : !aboveHeadline && !pageLine(found[index - 1]) && !pageLine(found[index + 1])) continue
    found[index] = {role: 'chrome', why: 'a section or menu label (a word alone on its line that the story does not take up)'}
  }
}

/** Word classes of a verb's forms. */
const verbForms = new Set(['verb', 'verb-s', 'past', 'gerund'])

/** A line the shapes placed as the page's: chrome or a credit. */
const pageLine = (finding: RoleFinding | undefined) => finding?.role === 'chrome' || finding?.role === 'credit'

/**
 * A photo gallery's captions, each after its picture's number out of the
 * gallery's (“3/4 51860446611_817bc5b42a_h” then “4/4 Tennessee National
 * Guard on Facebook”): a line that opens with such a count beside a line
 * that opens with the count before or after it. One line alone that opens
 * so may be the story's (“9/11 Commission members …”).
 */
function galleryCaptions(found: RoleFinding[], texts: readonly string[]): void {
  const counts = texts.map(pictureCount)
  const next = (index: number, step: number) => {
    const [number, of] = counts[index]!
    const other = counts[index + step]
    return other !== undefined && other[1] === of && other[0] === number + step
  }
  for (let index = 0; index < found.length; index++) {
    if (counts[index] === undefined || !storyLine(found[index]) || !(next(index, -1) || next(index, 1))) continue
    found[index] = {role: 'caption', why: 'a photo gallery’s caption (it numbers its picture)'}
  }
}

/**
 * Another story's headline with the date the page's list of links gives it,
 * after a dash or a bar (“5 reasons to host your Christmas party on a cruise
 * boat - November 6, 2020”): a headline of five words or more, one of them in
 * small letters (not a place or a name), that ends no sentence before the
 * date. Not in the headline's place, first or under the page's date, where
 * a blog's title dates its post (“From Today's Papers - 06 Apr 2012”).
 */
function datedLinks(found: RoleFinding[], texts: readonly string[], counts: readonly number[]): void {
  for (let index = 1; index < found.length; index++) {
    if (!storyLine(found[index]) || counts[index] < 6 || counts[index] > 30 || !digitAt(texts[index], trimmedEnd(texts[index]) - 1)) continue
    if (index === 1 && (found[0].role === 'dateline' || (found[0].role === 'heading' && counts[0] >= 3))) continue
    const date = linkDate.exec(texts[index])
    if (!date) continue
    const headline = texts[index].slice(0, date.index)
    if (wordCount(headline) >= 5 && !terminal(headline) && /\b\p{Ll}{3,}/u.test(headline) && !/^\s*(?:by|posted|published|updated)\b/iu.test(headline)) {
      found[index] = {role: 'chrome', why: 'another story’s headline, with its date (the page’s list of links)'}
    }
  }
}

/** A date after a dash or a bar at a line's end: “- November 6, 2020”, “| 6 Nov 2020”. */
const linkDate = new RegExp(`\\s[-–—|]\\s*(?:${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${month},?\\s+\\d{4})\\s*$`, 'iu')

/** The picture's number and the gallery's count a line opens with (“4/4 …”), if it opens with a count of one to the whole. */
function pictureCount(text: string): [number, number] | undefined {
  const start = trimmedStart(text)
  const code = text.charCodeAt(start)
  if (code < 49 || code > 57) return undefined
  const match = /^\s*(\d{1,3}) ?\/ ?(\d{1,3})\s/u.exec(text)
  const [number, of] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
  return number >= 1 && number <= of ? [number, of] : undefined
}

/** A line the shapes left to the story (its prose, a heading, the standfirst), which a neighbour may show to be the page's. */
const storyLine = (finding: RoleFinding) => finding.role === 'body' || finding.role === 'heading' || finding.role === 'standfirst'

/**
 * Where the story's headline stands: its first line, or under the page's lines above it (“Back To Top” over The Korea
 * Herald's) the first line the shapes left to the story, when it reads as a headline (four words or more, no sentence
 * ended) over a line and then the story's lede (a sentence of twelve words or more). A short label there, or a line
 * over more of the page's lines, is the page's.
 */
function headlineAt(found: readonly RoleFinding[], texts: readonly string[], counts: readonly number[]): number {
  const top = found.findIndex(storyLine)
  if (top <= 0) return 0
  const lede = top + 2
  return counts[top] >= 4 && counts[top] <= 20 && !terminal(texts[top]) && found[lede]?.role === 'body' && counts[lede] >= 12 && endsSentence(texts[lede]) ? top : 0
}

/**
 * A headline-shaped line further down that shares no words with the story is
 * another story's headline (a related-stories list), not a crosshead: a
 * crosshead names what the paragraphs around it go on to say, and stands
 * alone; related headlines come in a list, or after the story's last
 * paragraph. One fragment only: a line with a sentence end inside it is
 * prose (a credit glued to a paragraph, say). `stemCounts` gives the
 * article's vocabulary, counted only if some line is a candidate: most
 * articles have none.
 */
function otherStoriesHeadlines(found: RoleFinding[], texts: readonly string[], counts: readonly number[], stemCounts: () => ReadonlyMap<string, number>): void {
  // (Not a line in small letters under one that ends no sentence: the sentence's rest, broken off by a hard wrap,
  // “fishery patrols; search and rescue; and national defense, efficiently and proudly complete” under “ships that
  // perform …; ports, waterways and coastal security;”. Nor a signal's routing line, “FM COMDT COGARD WASHINGTON
  // DC//CG-092//”.)
  const wrapped = (index: number) => index > 0 && /^\s*\p{Ll}/u.test(texts[index]) && !endsSentence(texts[index - 1])
  // (Nor a line of a speech's roll of guests, a post then the person with their title: “President and CEO of ST
  // Engineering, Mr Vincent Chong”.)
  const headlineShaped = (index: number) =>
    index >= 0 && index < texts.length && counts[index] <= 20 && (!terminal(texts[index]) || endsOnQuotedWord(texts[index])) && !/[.!?]["”’]?\s/u.test(texts[index]) && !wrapped(index) && !texts[index].includes('//') && !namesGuest(texts[index])
  const lastBody = found.map((finding) => finding.role).lastIndexOf('body')
  // (The page's lines may stand above the headline, “Back To Top” over The Korea Herald's.)
  const top = headlineAt(found, texts, counts)
  // A crosshead is a few words; a headline of nine words or more below a paragraph of prose, in title case or in
  // two parts (“Israel steps up Khan Younis attack; Pressure increases …”), or in sentence case below the standfirst's
  // place with prose below it too (“New Zealand engaged a security specialist for the visit to Pakistan”; second, a
  // line in sentence case is the standfirst), is another story's, pasted in, when
  // it shares nothing with the story. (A list's item in sentence case, “Monitor, detect, and interdict …”, has
  // other items, not prose, below it.)
  const long = (index: number) =>
    counts[index] >= 9 &&
    found[index - 1]?.role === 'body' &&
    (/[:;]\s/u.test(texts[index]) || mostlyCapitalised(texts[index].trim().split(/\s+/)) || (index >= top + 2 && found[index + 1]?.role === 'body'))
  // Second in the text, below a paragraph of prose rather than a headline, a line is no standfirst, and may be
  // another story's headline. Not a name there, with no word in small letters (a letter's signature, “Syed Ali Musa
  // Zaidi”, a quotation's source), nor what a paragraph ending in a colon introduces.
  // (Prose ends its sentence, or runs longer than a headline: a short first line that ends none is the headline.)
  const belowProse = () => found[top].role === 'body' && (terminal(texts[top]) || counts[top] > 20) && !texts[top].trimEnd().endsWith(':') && /\b\p{Ll}{3,}/u.test(texts[top + 1])
  const sharesNothing = (index: number) => {
    const own = contentStems(texts[index])
    if (own.length < 3) return false
    return keysElsewhere(own, stemCounts()) / own.length < 0.2
  }
  const otherHeadlineWhy = 'the headline of another story'
  // A line of verse goes on into the next, which ends on a comma (a marching cadence: “Bullets flying all around, keep
  // your head close to the ground” / “Don’t you worry about being alone,”): no headline runs into a line so.
  const runsOn = (index: number) => index + 1 < texts.length && texts[index + 1].trimEnd().endsWith(',')
  // Nor is a quotation that a sentence of the story ending in a colon brings in (“In his closing remarks, SofS said:”
  // over his words); a label of the page brings in other stories' headlines (“Also read:”).
  const broughtIn = (index: number) => index > 0 && bringsIn(found, texts, counts, index - 1, 5) && /^\s*[“"‘]/u.test(texts[index])
  // Above the first paragraph, the header's own lines are no other story's: the issuing office (“Office of the Press
  // Secretary” under “The White House”) and a label in capitals before a colon (a transcript's “SUBJECT/s: Hunter class
  // frigates; …”, a release's “FROM: U.S. DEPARTMENT OF DEFENSE”).
  const firstParagraph = firstParagraphAt(found, texts, counts)
  const headerLine = (index: number) => (firstParagraph < 0 || index < firstParagraph) && (departmentLabel.test(texts[index]) || headerLabel.test(texts[index]))
  // Nor is a line set with the bullet of the story's line above it: an item of the story's list (“· 4 Battalion Royal
  // Electrical and Mechanical Engineers” / “· (RLC Stores) and British Forces Cyprus”).
  const listedBelow = (index: number) => bulletOf(texts[index]) !== '' && bulletOf(texts[index]) === bulletOf(texts[index - 1]) && storyLine(found[index - 1])
  // Nor is the line right over the story's date and byline strip, above the story: its headline, under a photo block
  // at the page's top (“24th MEU trains for ‘high-noon showdown’” over “23 Aug 2006 | Cpl. Jeffrey A. Cosola …”).
  const overByline = (index: number) => (firstParagraph < 0 || index < firstParagraph) && index + 1 < texts.length && datedPart(texts[index + 1]) && texts[index + 1].includes('|')
  found.forEach((finding, index) => {
    if (index <= top || (index === top + 1 && !long(index) && !belowProse()) || (finding.role !== 'heading' && finding.role !== 'body') || !headlineShaped(index) || narrated(texts[index]) || runsOn(index) || broughtIn(index) || headerLine(index) || listedBelow(index) || overByline(index) || spokenPause(texts[index]) || underWriter(texts, counts, index)) return
    if (!headlineShaped(index - 1) && !headlineShaped(index + 1) && index < lastBody && !long(index)) return
    if (sharesNothing(index)) found[index] = {role: 'chrome', why: otherHeadlineWhy}
  })
  // Beside another story's headline or teaser, a headline-shaped line that shares nothing with the story is one
  // more of the page's list of other stories (“Imran Khan breaks silence following attack” between two teasers).
  // (A headline there may ask a question: “Has China's housing bubble burst?” between two of the BBC's.)
  const ofAnotherStory = (index: number) => found[index]?.why === otherHeadlineWhy || found[index]?.why === teaserWhy
  const askingHeadline = (index: number) => counts[index] <= 20 && /\?["”’]?\s*$/u.test(texts[index]) && !/[.!?]["”’]?\s/u.test(texts[index].trim())
  for (let index = 1; index < found.length; index++) {
    if (storyLine(found[index]) && (ofAnotherStory(index - 1) || ofAnotherStory(index + 1)) && (headlineShaped(index) || askingHeadline(index)) && sharesNothing(index)) {
      found[index] = {role: 'chrome', why: otherHeadlineWhy}
    }
  }
}

/**
 * A line's role from what it carries and its place alone, before its
 * neighbours are read: a role the source marks, a date, the page's
 * furniture, a byline, a list's item, a caption placing people, a label in
 * small letters, a heading, or the story's prose.
 */
function ownRole(texts: readonly string[], counts: readonly number[], marked: ReadonlyArray<ParagraphRole | undefined>, crosshead: (index: number) => boolean | undefined, index: number): RoleFinding {
  const text = texts[index]
  const given = marked[index]
  // A heading the source marks may still be the page's: the label of its list of other stories (“<h3>Related</h3>”).
  if (given === 'heading' && counts[index] <= 5 && furnitureData().storyListLabels.has(bare(text))) return {role: 'chrome', why: 'the label of the page’s list of other stories'}
  if (given) return {role: given}
  // (A date alone is four words at most, six with a bar's bullet and dash.)
  if ((counts[index] <= 4 || (counts[index] <= 6 && '•·▪'.includes(text.trimStart()[0]))) && dateOnly.test(text)) return {role: 'dateline'}
  const own = furnitureOf(text, index === 0, counts[index], crosshead(index))
  if (own) return own
  // A maker's or an agency's initials or name in capitals alone in brackets at the top of the page: its picture's
  // credit (“(KMW)”, “(RHEINMETALL)” over ADBR stories). At the foot they are the wire's sign-off (“(IANS)”), the
  // story's; a transcript's notes in brackets stand between its paragraphs, in words (“(APPLAUSE)”).
  if (index <= 1 && index < texts.length - 1 && counts[index] === 1 && /^\s*\(\p{Lu}{2,20}\)\s*$/u.test(text)) return {role: 'credit', why: 'a picture’s credit in brackets, alone on its line'}
  // A date stamp with the outlet's name: the story's date at its top, the page's in it (chrome, below).
  // With the site's section label instead, it is a date alone (“NEWS | Feb. 20, 2014”): the page's above the headline.
  if (dateStamp(text, counts[index])) return furnitureData().sectionStamp.test(text) ? {role: 'dateline'} : {role: 'dateline', why: stampWhy}
  // A postal address alone on its line, the issuing office's letterhead (“5700 18th Street, Bldg 245” over “Fort
  // Belvoir, VA 22060-5573”, the Missile Defense Agency's releases): a story gives an address in a sentence.
  // (A street's line opens with its number, a town's ends with its ZIP code: a look at the digits spares the patterns.)
  const street = counts[index] <= 8 && digitAt(text, trimmedStart(text)) && streetLine.test(text)
  if (street || (counts[index] <= 8 && digitAt(text, trimmedEnd(text) - 1) && zipLine.test(text))) return {role: 'chrome', why: 'a postal address (the issuing office’s letterhead)'}
  // The story's dateline on a line of its own, as a site sets it above the first paragraph (“MARTINSBURG, W.Va. --”).
  // (Or with the place in title case, its state or country after a comma: “Huntsville, Ala. --”.)
  if (counts[index] <= 8 && /[—–-]\s*$/u.test(text) && (datelineLength(text) === trimmedEnd(text) || placeThenDash.test(text))) return {role: 'dateline'}
  // Above the headline, a department's name alone is the release's label, not its headline.
  // (Not a title that goes on to name the department's words: “Department of Defense Briefing for Foreign Journalists”.)
  if (index === 0 && texts.length > 1 && departmentLabel.test(text) && !spokenHeadline.test(text)) return {role: 'chrome', why: 'the issuing department’s label'}
  const words = counts[index]
  // A military writer's rate and unit make a long byline (“By Mass Communication Specialist 2nd Class …, USS Sterett Public Affairs”).
  const bylineLength = words <= 12 || (words <= 24 && !endsSentence(text))
  // Who wrote and who took the pictures, each named with the part (“Published on LEUT Des Paroz (author), ABIS Sarah
  // Ebsworth (photographer)”, as the Royal Australian Navy's news sets it).
  // (The names alone before the first part: “This article has photo gallery Published on …” is the page's label run in.)
  if (index <= 4 && bylineLength && /^\s*(?:(?:Published on|By)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\((?:author|writer|photographer|photos?)\)/u.test(text)) return {role: 'byline'}
  if (bylineLength && ((byline.test(text) && namesAfterBy(text)) || (/(?:^|\|\s*)By\s+\p{Lu}/u.test(text) && /\|/.test(text)))) return {role: 'byline'}
  // A speech's delivery line (“As Delivered by Secretary of Defense Robert M. Gates, Washington, D.C., Monday, …”),
  // and a byline in small letters that ends on the writer's post (“by Hans Petersen, VA Staff Writer”).
  if (index <= 4 && words <= 30 && deliveryByline.test(text)) return {role: 'byline', why: deliveryWhy}
  if (index <= 4 && lowerCaseByline.test(text)) return {role: 'byline'}
  // The Navy's byline in the header opens with “From” (“From MC2 Kenneth Rodriguez Santiago”, “From U.S. Pacific Fleet
  // Public Affairs”, “From Mass Communication Specialist 2nd Class Jackson Brown, USS John C. Stennis (CVN 74) Public Affairs”), and names only: a sentence that opens so goes on in small letters (“From California to Diego Garcia, about 800 …”).
  if (index > 0 && index <= 4 && bylineLength && text.startsWith('From ') && !terminal(text) && namesAfterBy(text, /^From\s+/u.exec(text))) return {role: 'byline'}
  if (listMarkerFirst(text) && listMarker.test(text)) return {role: 'list-item'}
  if (words <= 60 && index > 0 && positional.test(text) && (words <= longCaption || positional.test(text.replace(/\bpictured\b/giu, '')))) return {role: 'caption', why: 'a photo caption (it places people in the picture)'}
  if (index > 0 && words <= 3 && lowerCaseLabel.test(text) && !brokenOff.test(texts[index - 1])) return {role: 'chrome', why: 'a label in small letters alone on its line (a control of the page, a tag, a picture’s text)'}
  if (words <= 20 && !terminal(text) && (index === 0 || mostlyCapitalised(text.trim().split(/\s+/)))) return {role: 'heading'}
  return {role: 'body'}
}

/**
 * A release's sign-off: below its last sentence, a line or two of up to
 * eight words that end no sentence, the first opening with an officer's rank
 * and name (“Col Rohan Anand, SM” / “PRO (Army)”, as the Indian Ministry of
 * Defence signs its releases). It is the release's, not the story's: the
 * real-copy sets leave it out of their clean articles and count it among a
 * page's furniture (“PRO (Def) Nagpur”), so it is deleted whole, and its
 * title is no acronym to spell out.
 */
function signOff(found: RoleFinding[], texts: readonly string[], counts: readonly number[]): void {
  let last = found.length - 1
  while (last > 0 && last >= found.length - 2 && (found[last].role === 'body' || found[last].role === 'heading') && counts[last] <= 8 && !endsSentence(texts[last])) last--
  const first = last + 1
  if (first >= found.length || first < 2 || found[last].role !== 'body' || !endsSentence(texts[last]) || !opensWithRank(texts[first])) return
  for (let index = first; index < found.length; index++) found[index] = {role: 'chrome', why: 'the release’s sign-off (its press officer’s rank, name and post)'}
}


/**
 * Whether a line of the story is a paragraph: it ends a sentence, or runs past fifty words. A release's labels and
 * contacts above its date (“Related ministers and contacts”, “02 6277 7800”), a headline, and a speech's long header
 * line (“Speaking Notes for the Honourable Bill Graham, … and International Trade”) are none.
 */
function isParagraph(finding: RoleFinding, text: string, words: number): boolean {
  return finding.role === 'body' && (words > 50 || (endsSentence(text) && !nameWithPostNominals(text, words)))
}

/** A name whose letters after it end the line on a stop, and no verb: “Albina Guarnieri, P.C., M.P.” in a speech's header. */
function nameWithPostNominals(text: string, words: number): boolean {
  return words <= 8 && /(?:^|[\s,])(?:\p{Lu}\.){2,}$/u.test(text.trimEnd()) && !hasVerb(text)
}

/** Where the story's first paragraph (`isParagraph`) stands, or -1. */
function firstParagraphAt(found: readonly RoleFinding[], texts: readonly string[], counts: readonly number[]): number {
  return found.findIndex((finding, index) => isParagraph(finding, texts[index], counts[index]))
}

/**
 * Whether the paragraph after a line is one the page gave above it too: its excerpt of the story, over the story.
 * `firstAt` is where each paragraph's text, spaced alike, first stands (`firstPlaces`), made once for all a text's bylines.
 */
function excerptAbove(texts: readonly string[], index: number, firstAt: () => ReadonlyMap<string, number>): boolean {
  const next = spacedAlike(texts[index + 1])
  return next.length > 0 && (firstAt().get(next) ?? index) < index
}

/** A paragraph's text with its white space made single (an excerpt may be typed with one space after a full stop where the story has two). */
const spacedAlike = (text: string) => text.trim().replace(/\s+/gu, ' ')

/** Where each paragraph's text, spaced alike, first stands. */
function firstPlaces(texts: readonly string[]): Map<string, number> {
  const places = new Map<string, number>()
  texts.forEach((text, index) => {
    const key = spacedAlike(text)
    if (!places.has(key)) places.set(key, index)
  })
  return places
}

/** Whether a line names a year later than every year another names: a page's date after what a summary tells. */
function laterYear(line: string, other: string): boolean {
  const years = (text: string) => (text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? []).map(Number)
  const own = years(line)
  return own.length > 0 && Math.max(...own) > Math.max(0, ...years(other))
}

/** The longest summary under a headline that a date below it is read with (`outOfPlaceLabels`). */
const standfirstWords = 50

/**
 * Dates, bylines and label lines where the story's own do not stand: above
 * the headline, or after the story has begun.
 */
function outOfPlaceLabels(found: RoleFinding[], texts: readonly string[], counts: readonly number[]): void {
  // A byline between paragraphs of the story, after it has begun, is another story's, pasted with
  // a block of it (“By Todd South” under a related headline): a story's own byline stands above it.
  // So is a date alone, or a short label line with a bar (“Press Trust of India | New Delhi”): the
  // story's date and its agency's line stand above it. No clean article of the real-copy set has one there.
  let paragraphsBefore = 0
  // (Where each paragraph first stands, for the bylines over a repeated excerpt: made once, when a byline first asks.)
  let places: Map<string, number> | undefined
  const firstAt = () => (places ??= firstPlaces(texts))
  // A headline over a summary short enough to be its standfirst: what stands under them may be the story's own header.
  const belowHeadlineAndSummary = found[0]?.role === 'heading' && counts[1] <= standfirstWords
  const finalBody = found.map((finding) => finding.role).lastIndexOf('body')
  // A date alone above the headline is the page's strip (a blog's date header): the story's own date stands
  // below its headline, or opens its first paragraph where there is none (as in 50 clean articles of the real-copy set).
  const headlineAt1 = found.length >= 2 && (found[1].role === 'heading' || (found[1].role === 'body' && !terminal(texts[1]) && counts[1] <= 20)) && counts[1] >= 3
  if (headlineAt1 && found[0].role === 'dateline' && found[0].why === undefined) {
    found[0] = {role: 'chrome', why: 'a date stamp above the headline'}
  }
  // Several date stamps in a story are its own headings (“Army News Thursday 19 April 1984” over each
  // clipping of a retrospective); the page's stamp comes alone.
  const stamps = found.filter((finding) => finding.why === stampWhy).length
  // The headline, when it reads as a paragraph: the first line, or the first that is no page's line under a few
  // of the page's lines and dates (“NEWS | Sept. 4, 2020” over “NGB chief touts Soldiers and Airmen at virtual Guard event”).
  const firstStory = found.findIndex((finding) => finding.role === 'body' || finding.role === 'heading')
  const headlineAt = firstStory >= 0 && found[firstStory].role === 'body' && (firstStory === 0 || (firstStory <= 3 && counts[firstStory] <= 25)) ? firstStory : -1
  // A line that repeats the one above it, but for a full stop, is a photo's caption under its alt text, no paragraph
  // of the story (“HMNZS CANTERBURY approaching the wharf … this morning” twice, the second with its stop, over the
  // release's date).
  const repeatsAbove = (index: number) => index > 0 && texts[index].trim().replace(/[.!?]$/u, '') === texts[index - 1].trim().replace(/[.!?]$/u, '')
  // The dates alone below the story's first paragraph of prose.
  const firstProse = firstParagraphAt(found, texts, counts)
  const datesInStory = firstProse < 0 ? 0 : found.filter((finding, index) => index > firstProse && finding.role === 'dateline' && finding.why === undefined).length
  found.forEach((finding, index) => {
    const inStory = paragraphsBefore >= 2 && index < finalBody
    if (index !== headlineAt && isParagraph(finding, texts[index], counts[index]) && !repeatsAbove(index)) paragraphsBefore++
    // Below a paragraph of the story, with more of it after: in a short release, one paragraph is all there is before.
    const pastFirstParagraph = paragraphsBefore >= 1 && index < finalBody
    // A date stamp with the outlet's name after the story has begun is the page's, below the story's end too
    // (“Updated …” under it); the story's own date stands above it, so below its first paragraph is past it.
    if (finding.why === stampWhy && (paragraphsBefore >= 2 || pastFirstParagraph) && !placeThenDate(texts[index])) {
      found[index] = stamps >= 2 ? {role: 'heading'} : {role: 'chrome', why: index < finalBody ? 'a date stamp in the middle of the story' : 'a date stamp below the story'}
      return
    }
    // A date alone there: the story's date stands above its first (no clean article of the real-copy set has one below it),
    // or below a standfirst, as New Zealand Defence Force pages set it (headline, summary, “19 June, 2024”), that names
    // no date of its own, or none later: a story's lede that dates what it tells (“arrived at Toulon, France, on 22 Sep
    // 2026”) needs no date below; a summary of what happened years before (“In the two years since Russia’s illegal
    // invasion of Ukraine on 24 February 2022, …”) stands over the later date it was written (“24 February, 2024”).
    // (Its photo's caption may repeat the standfirst above the date: “HMNZS Canterbury has embarked about 150 refugees …” twice.)
    const underStandfirst = (index === 2 || (index === 3 && repeatsAbove(2))) && belowHeadlineAndSummary && (!hasDate(texts[1]) || laterYear(texts[index], texts[1]))
    // (Nor a speech's date in its header, over the line that says it is the text as delivered or as prepared.)
    const overDelivery = index + 1 < texts.length && deliveryLine.test(texts[index + 1])
    // (A place alone before its dash is the story's dateline over its first paragraph, under the photos' captions: “Huntsville, Ala. --”.)
    // (Nor the place a speech was given, before its date: “Rideau Hall, Friday, June 26, 2015”, under the Governor
    // General's opening.)
    if (finding.role === 'dateline' && finding.why === undefined && pastFirstParagraph && !underStandfirst && !overDelivery && hasDate(texts[index]) && !placeThenDate(texts[index])) {
      // Several dates alone in the story are its own headings, a diary's days (“14 November 2016” … “15 November
      // 2016” over what each day brought); the page's stamp comes alone.
      found[index] = datesInStory >= 2 ? {role: 'heading'} : {role: 'chrome', why: 'a date stamp in the middle of the story'}
      return
    }
    // And a byline: the story's own stands above it, or right above the paragraph that opens with the story's
    // dateline (“By Steven Fouchard, Army Public Affairs” over “Great Slave Lake, Northwest Territories — Brad Firth …”,
    // under a caption and the page's labels). Right under the headline and its summary, over the date, it is the
    // story's own (“By Kelly Brown” over the page's “Published 10th Jul 2023, 20:38 BST”); so is one over the
    // paragraph the page gave above as its excerpt (“Written by Ademide Adedokun” under a blog's excerpt and two
    // captions, over the story from its start).
    // And so is one over a date line of its own among the page's first lines, whatever stands above (a photo's caption,
    // the headline, a standfirst: “By Matthew Mohan-Hickson” / “Thursday, 9th December 2021, 6:11 pm”).
    // (So is a byline strip there, with its own date, and a name with its handle.)
    const ownInHeader = (index + 1 < texts.length && hasDate(texts[index + 1]) && ((index === 2 && belowHeadlineAndSummary) || (index <= 4 && counts[index + 1] <= 12))) || (index <= 4 && headerBylines.has(finding.why ?? ''))
    // (The byline's own lines past it, where the page broke it over several: “By” / “Ken Smith” / “, WRAL anchor/reporter”.)
    let afterByline = index + 1
    while (afterByline < texts.length && afterByline <= index + 3 && found[afterByline].role === 'byline') afterByline++
    // With one paragraph above, a writer named with a rank or with a post after a comma is the story's own, under its
    // standfirst or its photo's caption (“By Lance Corporal Daniel Pinkney, Plant Operator” under NZ Army News' summary,
    // “Written by Lt.j.g. Erin Maureen Dixon, Sector Long Island Sound” under a Coast Guard blog's caption).
    const namedWriter = paragraphsBefore === 1 && finding.role === 'byline' && writerWithPost(texts[index])
    // So is one with its photographer's credit under it, the story's two credits together under its lede (“// Story by
    // Teo Jing Ting” over “// Photos by Kenneth Lin”, as MINDEF's PIONEER sets them).
    const withPhotographer = afterByline < texts.length && /^\s*(?:\/\/\s*)?(?:Photos?|Pictures?)\s+by\s/iu.test(texts[afterByline])
    if (finding.role === 'byline' && finding.why !== deliveryWhy && pastFirstParagraph && !ownInHeader && !namedWriter && !withPhotographer && !(afterByline < texts.length && (opensWithDateline(texts[afterByline]) || excerptAbove(texts, index, firstAt)))) {
      found[index] = {role: 'chrome', why: 'a byline in the middle of the story (another story’s, pasted with it)'}
      return
    }
    // And the issuing department's name alone (“Ministry of Defence”, “US Department of Defense”): a release's label
    // stands above its headline, as “Office of the Spokesperson” does under a State Department fact sheet's title.
    if ((finding.role === 'heading' || finding.role === 'body') && pastFirstParagraph && departmentLabel.test(texts[index])) {
      found[index] = {role: 'chrome', why: 'the issuing department’s label, in the middle of the story'}
      return
    }
    if (!inStory) return
    if ((finding.role === 'heading' || finding.role === 'body') && !terminal(texts[index]) && /\s\|\s/.test(texts[index]) && (counts[index] <= 8 || (counts[index] <= 16 && datedPart(texts[index])))) {
      found[index] = {role: 'chrome', why: 'a label line of the page (its parts between bars)'}
    }
  })
}

/**
 * Below the story's last paragraph the page's lines come in blocks (“Print
 * Friendly and PDF” over “More stories”, “Below Post Content” over the
 * comment form): there a short line that ends no sentence, beside a line of
 * the page's own (chrome, not a caption or credit), is part of that block.
 * Not within the story: a crosshead may follow an inline link to another
 * story (“More: …”) or an advertisement's label. Read from the end, so a
 * block grows upwards from the lines the shapes placed.
 */
function pageBlocks(found: RoleFinding[], texts: readonly string[], counts: readonly number[], crosshead: (index: number) => boolean | undefined): void {
  // No paragraph of prose, no story to be below (a transcript's header: “Time & Date: …”, “Villa Medici, …”).
  const lastBody = found.map((finding) => finding.role).lastIndexOf('body')
  if (lastBody < 0) return
  for (let index = found.length - 1; index > Math.max(0, lastBody); index--) {
    // (No body line stands below the last: a short line there is read as a heading.)
    if (found[index].role !== 'heading' || counts[index] > 8 || terminal(texts[index]) || crosshead(index)) continue
    if (found[index - 1].role === 'chrome' || found[index + 1]?.role === 'chrome') found[index] = {role: 'chrome', why: 'a line of a block of the page’s own lines'}
  }
}

/**
 * A box of the page's promotion set inside the story: up to three lines that
 * speak to the reader as “you” and quote no one, between two of the page's
 * lines (GlobalData's: “GlobalData Strategic Intelligence” over “US Tariffs
 * are shifting - will you react or anticipate?” and “Don’t let policy changes
 * catch you off guard. …”, over “By GlobalData”). A story's sentence that says
 * “you” is someone's words, in quotation marks.
 */
function promotionBetween(found: RoleFinding[], texts: readonly string[]): void {
  for (let index = 1; index < found.length - 1; index++) {
    if (found[index - 1].role !== 'chrome' || found[index].role !== 'body') continue
    let end = index
    while (end < found.length && end - index < 3 && found[end].role === 'body' && /\b(?:you|your)\b/iu.test(texts[end]) && !/[“”"]/u.test(texts[end])) end++
    if (end === index || found[end]?.role !== 'chrome') continue
    for (let item = index; item < end; item++) found[item] = {role: 'chrome', why: 'the page’s promotion, between two of its lines'}
  }
}

/**
 * A label of three words or fewer with no verb between two of the page's
 * lines is one of the page's menu items (“Search” / “Shopping cart” /
 * “Saved articles”): a headline has a verb, and a crosshead stands in the
 * story, not in its chrome. So is a short line of up to six words, verb or
 * none, between two of the page's lines in words (“Change Size” between
 * “Share This Article” and another story's headline): a crosshead has the
 * story's prose below it.
 */
function menuItems(found: RoleFinding[], texts: readonly string[], counts: readonly number[], crosshead: (index: number) => boolean | undefined): void {
  for (let index = 1; index < found.length - 1; index++) {
    const {role} = found[index]
    // Its neighbours are labels too: short lines of words. (A neighbour with figures makes it a row of a table:
    // “Total” between two sums.)
    const label = (other: number) => found[other].role === 'chrome' && counts[other] <= 5 && /\p{L}/u.test(texts[other]) && !/\d/.test(texts[other])
    // Or lines of the page in words, not a table's figures (a table's label between two rows of sums is the table's).
    // (The page's cut-off summary of this story is in the story's words: the headline stands over it.)
    const pageWords = (other: number) => found[other].role === 'chrome' && found[other].why !== ownTeaserWhy && !/\d{3}/.test(texts[other])
    if ((role !== 'heading' && role !== 'body') || terminal(texts[index]) || crosshead(index)) continue
    if (counts[index] <= 3 && label(index - 1) && label(index + 1) && !hasVerb(texts[index])) {
      found[index] = {role: 'chrome', why: 'a menu item of the page, between two of its lines'}
    } else if (counts[index] <= 6 && /\p{L}/u.test(texts[index]) && pageWords(index - 1) && pageWords(index + 1) && !headlineUnderLabels(found, texts, counts, index)) {
      found[index] = {role: 'chrome', why: 'a line of the page’s, between two of its lines'}
    }
  }
}

/**
 * Whether a line of three words or more, none of them the page's, stands where the headline does, second or
 * third, under nothing but the page's labels and dates (“RAF Halton celebrates Freedom of Thame” under GOV.UK's
 * “News story”).
 */
function headlineUnderLabels(found: readonly RoleFinding[], texts: readonly string[], counts: readonly number[], index: number): boolean {
  // (Not a line of the page's own words, “Submit a comment”, nor a department's name, “US Department of Defense”.)
  if (index > 2 || counts[index] < 3 || webShare(texts[index], furnitureData().webWords) > 0 || departmentLabel.test(texts[index])) return false
  return found.slice(0, index).every((finding) => finding.role === 'chrome' || finding.role === 'dateline' || finding.role === 'caption' || finding.role === 'credit')
}

/**
 * An image's description: sentences in the present tense (“A man in uniform
 * stands at a lectern.”) with no past-tense verb and no attribution.
 */
function describesPicture(text: string): boolean {
  const classes = classesOf(text)
  return classes.has('verb-s') && !classes.has('past') && !/\bsaid\b|[“”"]/u.test(text)
}


/** Subjects a photo's description opens with: someone or something the picture shows. */
const pictureSubject = /^(?:(An?)|Two|Three|Four|Five|Several|Some|Soldiers|Sailors|Airmen|Marines|Members|People|Troops|Students|Cadets)\s/u

/**
 * What no picture shows: what people do not do, or do often or seldom (“Some Marines don't often get the chance
 * to conduct close-order drill”, a story's paragraph, in the ninth set of unseen articles), or a range of things
 * they do (“Soldiers react to various scenarios ranging from rioting to route clearing, …”, a story's paragraph in
 * a blind set of session 52): a picture shows one moment.
 */
const habitOrNegation = /\b(?:not|never|(?:do|does|can|is|are)n[’']t|often|usually|always|seldom|rarely|sometimes|generally|typically|various|ranging\s+from)\b/iu

/**
 * A photo's description written as alt text: one or two short sentences in
 * the present tense (“sits”, or “sit” after a plural), opening with a subject
 * the picture shows, with no past tense, modal, quotation or attribution.
 */
function altText(text: string): boolean {
  const line = text.trim()
  const subject = pictureSubject.exec(line)
  if (!subject || !line.endsWith('.') || reportsSpeech(line) || habitOrNegation.test(line)) return false
  // (“Some difficult obstacles recognized by the contenders on the NCO course were the incline wall, …”: a past tense
  // the word classes, which take “were” for an auxiliary of any tense, do not tell.)
  if (/\b(?:was|were|had|did)\b/iu.test(line)) return false
  // Nor does a picture show the perfect, what has gone on until now (“Soldiers from 3rd Brigade have been honing their
  // skills in their first major training operation for the year …”, a story's lede, in a blind set of session 52).
  if (/\b(?:has|have)\s+been\b/iu.test(line)) return false
  // Nor is a verb of state an action a picture shows (“Some of the projects instigated by the NZPRT include the
  // construction of police stations …”, a release's last paragraph; “Some 30 countries contribute to the force …”).
  if (stativeVerb.test(line)) return false
  const classes = classSequence(line)
  const present = classes.findIndex((name) => name === 'verb-s' || (!subject[1] && name === 'verb'))
  if (present < 0 || classes.includes('modal')) return false
  // Before the verb, a past participle that qualifies a noun is the subject's adjective (“An armoured personnel carrier drops …”).
  return classes.every((name, index) => name !== 'past' || (index < present && attributive(classes, index)))
}

/**
 * A photo's description as a noun phrase and a participle, with no verb that
 * tells a time (“A UH-60 Blackhawk helicopter flying from Bagram Air Base to
 * Ghazni.”, “Kurdish Peshmerga forces advancing toward ISIS positions on the
 * Khazir front on Monday.”): a caption, since every sentence of a story has a
 * tense. The subject is one a picture shows (`pictureSubject`), its participle before any comma, or a few words
 * that end on a plural noun right before the participle; a speaker's or the
 * page's first or second person is no caption's.
 */
function participleCaption(text: string): boolean {
  const line = text.trim()
  if (!line.endsWith('.') || reportsSpeech(line)) return false
  // The participle follows its subject's phrase, with no comma between: after one, it opens a clause of a sentence
  // whose verb the classes may not know (“…, the Islands farm 700,000 sheep, with the sale of fishing licences generating extra income.”).
  if (pictureSubject.test(line)) {
    const classes = classSequence(line.split(',')[0])
    return classes.includes('gerund') && participial(classSequence(line))
  }
  // A plural in small letters and a word in -ing among the first words, looked for first: most lines have none there,
  // and the classes of every word cost several times the look.
  if (!pluralAndParticiple.test(line) || personal.test(line)) return false
  // The words as written, for their case below, and in lower case, as `lineWords` gives them.
  const written = line.match(wordOfLine) ?? []
  const words = written.map((word) => word.toLowerCase())
  const classes = words.map(wordClassName)
  const participle = classes.indexOf('gerund')
  if (participle < 2 || participle > 6 || !pluralNoun(words[participle - 1], classes[participle - 1]) || !classes.slice(0, participle - 1).every((name) => subjectWord.has(name))) return false
  // A word in small letters that the classes lack may be a verb misspelt or run into the next word (“arrivedat”),
  // which would give a story's sentence its tense; a caption's words the classes lack are names.
  return participial(classes) && !written.some((word, index) => classes[index] === 'unknown' && !/\p{Lu}|\d/u.test(word))
}

/** A capitalised opening, up to four more words, a plural in small letters and a word in -ing (in ASCII, as a pattern of Unicode classes is slow). */
const pluralAndParticiple = /^[A-Z]\S*\s+(?:\S+\s+){0,4}[a-z]+[a-rt-z]s\s+[a-z]+ing\s/

/** Classes of the words before a subject's noun: its qualifiers, and “and” between two. */
const subjectWord = new Set(['noun', 'adjective', 'unknown', 'determiner', 'conjunction', 'number'])

/** Whether a word is the plural of a noun the classes know (“forces”, “companies”; not “Loomis” nor “news”). */
function pluralNoun(word: string, name: string): boolean {
  if (name !== 'noun' || !/^[a-z]+[a-rt-z]s$/u.test(word)) return false
  const singular = word.endsWith('ies') ? word.slice(0, -3) + 'y' : /(?:s|x|z|ch|sh)es$/u.test(word) ? word.slice(0, -2) : word.slice(0, -1)
  return wordClassName(singular) === 'noun'
}

/** A participle and no verb that tells a time (a past form before the participle only as an adjective). */
function participial(classes: readonly string[]): boolean {
  const participle = classes.indexOf('gerund')
  if (participle < 0) return false
  return classes.every((name, index) => !tensed.has(name) && (name !== 'past' || (index < participle && attributive(classes, index))))
}

/** Classes of a verb that carries a tense (a past form is judged where it stands). */
const tensed = new Set(['verb', 'verb-s', 'auxiliary', 'modal'])

/**
 * Whether the past form at `index` qualifies the noun after it (“An M113AS4
 * armoured personnel carrier”, “the trained medical staff”): after a
 * determiner or an adjective, or a word the classes lack, and before a noun
 * or an adjective. After an auxiliary (“have signed agreements”) or a noun
 * (“soldiers trained troops”) it is a verb, and so after a name that closes
 * a phrase with a preposition (“An AV-8B Harrier II of VMA-513 suffered Class
 * A damage”).
 */
function attributive(classes: readonly string[], index: number): boolean {
  const before = index === 0 ? 'start' : classes[index - 1]
  const after = classes[index + 1]
  if (before === 'unknown' && index >= 2 && classes[index - 2] === 'preposition') return false
  // Nor after a word the classes lack that closes a noun's phrase: that word is the phrase's noun, and the past form its
  // verb (“A Royal Navy frigate returned home on Sunday …”, “navy” then “frigate”).
  if (before === 'unknown' && index >= 2 && classes[index - 2] === 'noun') return false
  return ['start', 'determiner', 'adjective', 'unknown'].includes(before) && (after === 'noun' || after === 'adjective' || after === 'unknown')
}

/** Whether a line ends on a year and a full stop (“… 2012.”), read on its last characters: as a date at a line's end does. */
function endsOnYear(text: string): boolean {
  return /\d{4}\.$/.test(text.trimEnd().slice(-5))
}

/** A full date and a full stop at a line's end: “on Feb. 6, 2012.”, “Monday, Jan. 18, 2016.”, “22 February 1943.”. */
const endsOnDate = new RegExp(`(?:${month}\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+${month},?\\s+\\d{4})\\.\\s*$`, 'iu')

/**
 * An editor's note that sets the story in its time (“Editor's note: Thursday starts National Nurses Week 2021,
 * and the Military Health System celebrates our nurses …”, health.mil): the story's, as its standfirst is. A
 * note about the page, its publication or its outlet's views (“… originally appeared in …”, “… was updated …”,
 * “The opinions expressed are those of the author …”) is the page's; one that says what the story is and who wrote
 * it (“The following is a history … written in 1999 … The author, Janet A. McDonnell, was the Defense Logistics
 * Agency historian at the time.”) is the story's.
 */
function storysNote(line: string): boolean {
  return /^\s*editor(?:['’]?s|s['’])?\s*note\s*:/i.test(line) && !/\b(?:originally|appeared|updated|corrected|correction|republished|reprinted|published|version|op-ed|opinions?|views|this (?:article|story|post|page))\b/i.test(line)
}

/** Whether a line is a sentence of the story, of `words` words or more, that brings in what follows with a colon (“We’ve:”, “SofS said:”). */
function bringsIn(found: readonly RoleFinding[], texts: readonly string[], counts: readonly number[], index: number, words: number): boolean {
  return found[index].role === 'body' && counts[index] >= words && texts[index].trimEnd().endsWith(':')
}

/** Whether a line opens with a word that points back to what the story said (“This deployment …”, “Its crew …”): no caption does. */
function pointsBack(text: string): boolean {
  const first = /^\s*(\p{Lu}\p{Ll}*)\s/u.exec(text)
  return first !== null && pointing.test(first[1])
}

/** Whether the date closing a line follows a word that bounds a period: after, before, since, until, by, from, through, between … and. */
function boundsAPeriod(text: string): boolean {
  const tail = text.slice(-30)
  const date = endsOnDate.exec(tail)
  if (!date) return false
  const before = text.slice(0, text.length - tail.length + date.index).trimEnd()
  return /(?:^|\s)(?:after|before|since|until|till|by|from|through|between|and|to)$/i.test(before)
}

/** How far into a caption its verb comes: the subject of a picture's action is a name or a short phrase. */
const captionSubjectWords = 15

/**
 * Whether a line's first verb tells of the present: a verb in -s (“speaks”), a
 * plain verb after a plural noun (“Marines help”), or “is”/“are” with a
 * participle (“is carried”, not “is expected to”, which tells of the future).
 * A participle right after a noun and before a preposition qualifies the noun
 * (“a coffin draped in the flag”); the verb comes after it.
 */
function presentAction(text: string): boolean {
  const words = lineWords(text).slice(0, captionSubjectWords + 3)
  const classes = words.map(wordClassName)
  for (let index = 0; index < Math.min(classes.length, captionSubjectWords); index++) {
    const name = classes[index]
    if (name === 'verb-s') return !stativeVerb.test(words[index])
    if (name === 'verb') return !stativeVerb.test(words[index]) && index > 0 && classes[index - 1] === 'noun' && words[index - 1].endsWith('s')
    if (name === 'auxiliary') return (words[index] === 'is' || words[index] === 'are') && classes[index + 1] === 'past' && words[index + 2] !== 'to'
    if (name === 'past' && index > 0 && classes[index - 1] === 'noun' && (classes[index + 1] === 'preposition' || classes[index + 1] === 'adverb')) continue
    if (name === 'past' || name === 'modal') return false
  }
  return false
}

/** A line that shows someone doing something now: a verb in the present (“uses”, “has”) or a participle in -ing. */
function describesAction(text: string): boolean {
  const classes = classesOf(text)
  // (A modal tells what will happen, as a story does, its full stop lost: “The personnel currently serving in the Solomon
  // Islands will return to New Zealand on 23 November 2008”; a picture shows what is happening.)
  return (classes.has('verb-s') || classes.has('gerund')) && !classes.has('modal')
}

/** Whether a line has a verb that tells when (“sailed”, “makes”, “is”, “will”), as a sentence of a story has. */
function hasVerb(text: string): boolean {
  const classes = classesOf(text)
  return classes.has('past') || classes.has('verb-s') || classes.has('auxiliary') || classes.has('modal')
}

/** Whether a line turns to people, as a speech greets its guests: “To”, then a word that is no verb (“To other Defence … leaders here…”, not “To mark the day, …”). */
function addressesGuests(line: string): boolean {
  const next = /^\s*To\s+(\p{L}+)/u.exec(line)?.[1]
  return next !== undefined && wordClassName(next.toLowerCase()) !== 'verb'
}

/** The parts of speech a line's words have. */
function classesOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).map(wordClassName))
}

/** Each word's part of speech, in the line's order; a word of letters and digits (“M113AS4”) is one word the classes lack. */
function classSequence(text: string): string[] {
  return lineWords(text).map(wordClassName)
}

/** A line's words in lower case, a word of letters and digits (“M113AS4”) or hyphens and apostrophes (“co-op”) as one. */
function lineWords(text: string): string[] {
  return text.toLowerCase().match(wordOfLine) ?? []
}
const wordOfLine = /[\p{L}\d]+(?:[-’'][\p{L}\d]+)*/gu

/**
 * A dateline at the start of a paragraph: a place in capitals, perhaps a
 * region, date or agency after a comma or in brackets, then a dash or colon
 * ("KUALA LUMPUR —", "FORT LIBERTY, N.C. (AP) —", "NEW DELHI, May 5 (PTI):").
 * Returns its length in characters, dash included, or 0.
 */
/** Whether a paragraph opens with a dateline: a place in capitals (`datelineLength`), or a place and its region before a dash (“Great Slave Lake, Northwest Territories — ”). */
function opensWithDateline(text: string): boolean {
  return datelineLength(text) > 0 || /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},?\s+[—–]\s+\S/u.test(text)
}

export function datelineLength(text: string): number {
  const match = /^[ \t]*\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){0,5}(?:,[ \t]*[^—–:\n(]{1,40}?)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:—|–|--|:|-(?=[ \t])|(?<=\))(?=[ \t]+\p{Lu}))/u.exec(text)
  if (!match) return 0
  // The place itself is in capitals: at least one word of three capitals ("WASHINGTON", not "The US -").
  return /\b\p{Lu}{3,}\b/u.test(match[0].split(/[,(]/)[0]) ? match[0].length : 0
}

/** Whether a line is the same words twice over, its first half again as its second. */
function saidTwice(line: string): boolean {
  const words = line.trim().split(/\s+/u)
  const half = words.length / 2
  return words.every((word, index) => index >= half || word === words[index + half])
}

/**
 * Whether a long line that ends no sentence is headlines in title case run together, as a page's list of other
 * stories loses its breaks (“Greece Aims to Deter Russian Oil Ship-to-Ship Transfers Australia Backs Long-Term Gas
 * Exploration VARD to Build …”, under MarineLink's “Related News”): three in four of its words of four letters or
 * more open with a capital. A paragraph of prose, however many names it holds, writes most of its words small.
 */
function headlinesRunTogether(text: string): boolean {
  let long = 0
  let capitalised = 0
  for (const [word] of text.matchAll(/\p{L}[\p{L}'’-]{3,}/gu)) {
    long++
    if (/^\p{Lu}/u.test(word)) capitalised++
  }
  return long >= 8 && capitalised * 4 >= long * 3
}
