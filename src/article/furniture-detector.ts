import path from 'node:path'
import {packageRoot} from '../paths.js'
import {stopwords} from '../text/stem.js'
import {wordClassName} from '../model/word-classes.js'
import {everydayWord} from '../model/frequencies.js'
import {readTrees, treesScore, type TreesData} from '../model/trees.js'
import {letterOrDigit, smallIntoCapital} from '../text/letter-case.js'
import {isWhiteSpace} from '../text/white-space.js'
import {endsSentence, goesOn, hasDate, narrated, personNameLine, placeLine, terminal, trimmedEnd, trimmedStart} from './line-shape.js'
import {contentStems, keysElsewhere} from './content-words.js'
import {opensWithTitle} from '../knowledge/claims.js'
import type {RoleFinding} from './roles.js'

/** How a reason opens for a line the page's words or the detector's trees give away; each names its tells after it. */
export const pageLineWhy = 'a line of the web page around the story'

/**
 * The furniture detector: boosted trees, trained on lines of real web pages
 * spliced into real articles and on the articles' own lines (the tuning half
 * of the real-copy sets: scripts/train-furniture-detector.js), that tell a
 * line of the page (“Install App”, “Forgot your password?”) from a line of
 * the story (a crosshead, a list item) by what the line carries: its shape,
 * its words, and whether the story shares them. Lines the listed labels and
 * the shapes in roles.ts already placed are not asked.
 */
const furnitureDetectorFile = path.join(packageRoot, 'model', 'furniture-detector.json')

type FurnitureDetectorData = TreesData & {
  /** Log-odds at or above which a line is furniture, set on held-out folds of the training articles for precision. */
  threshold: number
}

/** The evidence, in the order the trees read it. */
export const furnitureEvidenceNames = [
  'words',
  'ends with a closing mark',
  'ends a sentence',
  'share of capitalised words',
  'share of function words',
  'words addressing the reader',
  'share of web-page words',
  'share of content words the story shares (or their family)',
  'content words',
  'share of digits',
  'marks of the web (| / @ # » • © …)',
  'words glued to the next',
  'line before ends a sentence',
  'line after ends a sentence',
  'place in the article',
  'share of finite verbs',
  'opens with a verb’s base form',
  'share of words the word classes lack',
  'other crosshead-shaped lines'
] as const

/**
 * Paragraphs of prose (eight words or more) an article needs besides the
 * line before the detector judges the line: fewer are no story to tell
 * furniture from. With one or two, the first paragraphs of real articles
 * lost crossheads and unit names to the trees (six lines in 58,803 words);
 * with five, a release of three or four kept every line of the page (the
 * tuning half's spliced furniture: 142 of 165 caught at five, 148 at three).
 */
const minimumStory = 3

/** Lines longer than this are prose or a notice the listed phrases know; the detector is not asked. */
const longestCandidate = 30

const readerWords = new Set(['you', 'your', 'yours', 'yourself', 'we', 'our', 'us', "we're", 'we’re', "let's", 'let’s'])
// (A slash between a word or figure and a figure is a story's: a unit's conversion, “46.3 kilometers/28.7 miles”, a
// season's “2019/20”, “24/7”; a credit's, a path's or a breadcrumb's slash has a capital or a word after it, or a space.)
const webMarks = /[|@#»›❯•©_=+<>{}[\]]|(?<![\p{Ll}\d])\/|\/(?!\d)/gu

/**
 * What the article around a line is: every line, their roles so far and
 * word counts, how many of them are crosshead-shaped (`crossheadCount`),
 * and how often each content stem occurs in the whole.
 */
interface LineSetting {
  texts: readonly string[]
  found: readonly RoleFinding[]
  counts: readonly number[]
  crossheads: number
  stemCounts: ReadonlyMap<string, number>
  webWords: ReadonlySet<string>
}

/** A web mark, or words glued together. */
const webMark = new RegExp(webMarks.source, 'u')

/**
 * Whether a line may carry something of the web: a web mark, words glued
 * together, or a word (as `bareWords` reads it) that speaks to the reader or
 * is the page's own. Where this finds nothing, `webSignals` finds nothing
 * either. Most lines asked are the story's sentences, so it reads the line
 * once in lower case and looks up only words of a length the lists have: no
 * word is copied that cannot be one of theirs (a third faster than a
 * pattern of the lists' words, twice as fast as splitting the line).
 */
export function mayCarryWeb(line: string, webWords: ReadonlySet<string>): boolean {
  if (webMark.test(line) || smallIntoCapital(line)) return true
  const {shortest, longest} = wordLengths(webWords)
  const lower = line.toLowerCase()
  return someWord(lower, (from, to) => {
    if (to - from < shortest || to - from > longest) return false
    const word = lower.slice(from, to)
    return readerWords.has(word) || webWords.has(word)
  })
}

const lengthsOf = new WeakMap<ReadonlySet<string>, {shortest: number; longest: number}>()

/** The shortest and longest of the reader's and the page's words. */
function wordLengths(webWords: ReadonlySet<string>): {shortest: number; longest: number} {
  let lengths = lengthsOf.get(webWords)
  if (!lengths) {
    const all = [...readerWords, ...webWords].map((word) => word.length)
    lengths = {shortest: Math.min(...all), longest: Math.max(...all)}
    lengthsOf.set(webWords, lengths)
  }
  return lengths
}

/** What of the web a line carries: words that speak to the reader, the share of the page's own words, web marks, words glued together. */
export interface WebSignals {
  reader: number
  web: number
  marks: number
  glued: number
}

/** The web signals of a line, from one pass over its words. */
export function webSignals(line: string, webWords: ReadonlySet<string>): WebSignals {
  const words = bareWords(line)
  let reader = 0
  let web = 0
  for (const bare of words) {
    const lower = bare.toLowerCase()
    if (readerWords.has(lower)) reader++
    if (webWords.has(lower)) web++
  }
  // (Glued words are counted only on a line that has some: `smallIntoCapital` says so at a fraction of the pattern's cost.)
  const glued = smallIntoCapital(line) ? (line.match(/\p{Ll}\p{Lu}/gu) ?? []).length : 0
  return {reader, web: words.length === 0 ? 0 : web / words.length, marks: (line.match(webMarks) ?? []).length, glued}
}

/**
 * Whether the trees judge a line: a sentence (a line that ends one) is the
 * story's unless something of the web is in it — it speaks to the reader,
 * is a quarter the page's words, carries its marks, or glues words
 * together. Sharing no word with the story is not enough: a short story's
 * sentences often share none with each other.
 */
function judgedBy(endsASentence: boolean, {reader, web, marks, glued}: WebSignals): boolean {
  return !endsASentence || reader > 0 || web >= 0.25 || marks > 0 || glued > 0
}

/**
 * The evidence for the line at `index`, in the order of
 * `furnitureEvidenceNames`; `signals` are its web signals, when the caller
 * has them already.
 */
export function furnitureEvidence({texts, found, counts, crossheads, stemCounts, webWords}: LineSetting, index: number, signals?: WebSignals): number[] {
  const line = texts[index].trim()
  const words = bareWords(line)
  let lettered = 0
  let capitalised = 0
  let functionWords = 0
  let finite = 0
  let unknown = 0
  let opensWithVerb = 0
  words.forEach((bare, at) => {
    const lower = bare.toLowerCase()
    const initial = bare.charAt(0)
    if (initial.toLowerCase() !== initial.toUpperCase()) {
      lettered++
      if (initial !== lower.charAt(0)) capitalised++
    }
    if (stopwords.has(lower)) functionWords++
    const name = wordClassName(lower)
    if (name === 'verb-s' || name === 'past') finite++
    else if (name === 'unknown') unknown++
    if (at === 0 && name === 'verb' && initial !== lower.charAt(0)) opensWithVerb = 1
  })
  const share = (count: number) => (words.length === 0 ? 0 : count / words.length)
  const {reader, web, marks, glued} = signals ?? webSignals(line, webWords)
  const own = contentStems(line).map(opening)
  const shared = keysElsewhere(own, openingCounts(stemCounts))
  const neighbourEnds = (at: number) => (at < 0 || at >= texts.length ? -1 : endsSentence(texts[at]) ? 1 : 0)
  return [
    counts[index],
    terminal(line) ? 1 : 0,
    endsSentence(line) ? 1 : 0,
    lettered === 0 ? 0 : capitalised / lettered,
    share(functionWords),
    reader,
    web,
    own.length === 0 ? -1 : shared / own.length,
    own.length,
    line.length === 0 ? 0 : (line.match(/\d/g) ?? []).length / line.length,
    marks,
    glued,
    neighbourEnds(index - 1),
    neighbourEnds(index + 1),
    texts.length <= 1 ? 0 : index / (texts.length - 1),
    share(finite),
    opensWithVerb,
    share(unknown),
    // Crossheads come several to a story; a line of the page comes alone.
    crossheads - (crossheadShaped(texts, found[index], counts[index], index) ? 1 : 0)
  ]
}

/** A line's words without the marks at their edges (`someWord`), words of marks alone left out. */
function bareWords(line: string): string[] {
  const words: string[] = []
  someWord(line, (from, to) => {
    words.push(line.slice(from, to))
    return false
  })
  return words
}

/**
 * Calls `visit` with where each word of a line starts and ends — a run of
 * characters other than white space, without the marks at its edges (quotes,
 * brackets, commas): from its first letter or digit to its last; a run of
 * marks alone is no word — until `visit` says yes. Whether it did. The line
 * is read where it stands, nothing split off or copied.
 */
function someWord(line: string, visit: (from: number, to: number) => boolean): boolean {
  let start = -1
  for (let index = 0; index <= line.length; index++) {
    if (index < line.length && !isWhiteSpace(line.charCodeAt(index))) {
      if (start < 0) start = index
      continue
    }
    if (start < 0) continue
    let from = start
    let to = index
    start = -1
    while (from < to && !letterOrDigit(line.charCodeAt(from))) from++
    while (to > from && !letterOrDigit(line.charCodeAt(to - 1))) to--
    if (to > from && visit(from, to)) return true
  }
  return false
}

/**
 * A stem's first six letters: words of one family share them where the
 * stems differ (“institutional”, “institutionalisation”).
 */
function opening(key: string): string {
  return key.slice(0, 6)
}

const openingsOf = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>()

/** How often each opening occurs in the article, counted once per article. */
function openingCounts(stemCounts: ReadonlyMap<string, number>): Map<string, number> {
  let counts = openingsOf.get(stemCounts)
  if (!counts) {
    counts = new Map()
    for (const [key, count] of stemCounts) counts.set(opening(key), (counts.get(opening(key)) ?? 0) + count)
    openingsOf.set(stemCounts, counts)
  }
  return counts
}

/**
 * Whether the detector is asked about a line: a short line that roles.ts
 * left to the story, of two words or more (one word tells too little), no
 * quotation, no line that brings in what follows, no dated line, none of
 * the story's own structure (a numbered section, a speaker's turn, a byline
 * without its “By”), and no piece of a sentence broken over lines (one that
 * opens in lower case after a line that ends no sentence, or ends none
 * before a line that opens in lower case).
 */
function isCandidate(texts: readonly string[], finding: RoleFinding, words: number, index: number): boolean {
  if (index === 0 || words < 2 || words > longestCandidate || (finding.role !== 'body' && finding.role !== 'heading')) return false
  const text = texts[index]
  // Someone's words, and a line that brings in what follows (“Defence Secretary John Healey said:”,
  // “About the programme:”): the story's, with the paragraph after it.
  // (Read by their codes: a pattern anchored at the line's end is tried at its every character.)
  // And a line that ends on a comma or a semicolon: a speech's salutation (“Ladies and Gentlemen,”, “My Parliamentary
  // colleagues;”) or a sentence the next line goes on with.
  // (So is a sentence some outlets quote with the typewriter's apostrophe: “'The supply of these helicopters shall
  // commence …,' the MoD stated”; a crosshead so quoted ends no sentence inside its marks: “'We must be ready'”.)
  const opening = text.charAt(trimmedStart(text)) || '-'
  if ('“"‘'.includes(opening) || (opening === "'" && /[.,!?]'/u.test(text)) || ':,;'.includes(text.charAt(trimmedEnd(text) - 1) || '-')) return false
  // Nor a line that ends on a word no sentence ends with, which goes on in the next (“He added that” over the
  // quotation he added), nor the line after one that ends on a possessive (“Chief of the General Staff's” over
  // “RUSI Speech”, a headline set on two lines).
  // (Nor one that ends on “as”, “are”, “include” or “following”, bringing in a list: “It states the SANDF`s strategic
  // and operational priorities as”.)
  if (/\s(?:that|said|says|added|adding|noted|and|but|the|of|to|as|are|is|were|include|includes|including|following)\s*$/i.test(text) || /\p{L}['’]s\s*$/u.test(texts[index - 1])) return false
  // Nor a line that opens with “And” or “But” (`goesOn`), nor the story's translation in brackets of the words it
  // quotes above (“[Translation: We have good ties with China, right? …]” under a governor's Tagalog), nor a sentence
  // with the wire's sign-off after it (“The ATM Day celebration will be held … on Sept 27. – Bernama”).
  // (Nor one that tells what had happened or will, its full stop lost: “The helicopter was carrying President Pratibha
  // Patil, …”, `narrated`.)
  if (goesOn(text) || /^\s*[[(](?:English\s+)?[Tt]ranslat(?:ion|ed)\b/u.test(text) || signedOff(text) || narrated(text)) return false
  // Nor a sentence that gives its words to someone after a comma, its full stop lost (“Protests are common, said Dan
  // Grazier, senior defense policy fellow at …”): a headline of the page says “says”, a story's sentence “said”.
  if (text.includes(' said ') && /,\s+said\s+(?:\p{Lu}|the\s)/u.test(text)) return false
  // Nor a person named with their title, then a comma and their post: a statement's signature, a quotation's source
  // (“Sir Michael Fallon, Secretary of State for Defence” under a Defence Secretary's message).
  if (/^[^,]{1,60},\s/u.test(text) && opensWithTitle(text)) return false
  // A short dated line is a dateline or a timestamp: roles.ts decides those by their shape. A longer one
  // may be a caption or a notice that dates itself (“… is launched from a Sukhoi-30 MKI on Oct. 9. (ANI)”).
  if (words <= 12 && hasDate(text)) return false
  // The story's own structure: a numbered section (“I. Overview”, “2. Background”), a speaker's turn in
  // an interview or a transcript (“DF: How do you deliver this expertise?”, “SEC. MATTIS: …”,
  // “(UNKNOWN): Sorry --”, a transcript's “SUBJECT/s: Hunter class frigates; …”), and under the headline the writer's name
  // and rank alone, a byline without its “By” (“Sgt. Andrew McNeil”).
  // (The first pattern only on a line that opens with a numeral or a capital up to H, the second on one with a colon.)
  if (('IVXABCDEFGH0123456789'.includes(text.charAt(trimmedStart(text)) || '-') && /^\s*(?:[IVX]{1,4}|\d{1,2}|[A-H])[.)]\s+\p{Lu}/u.test(text)) || (text.includes(':') && /^\s*\(?\p{Lu}[\p{Lu}. ]{0,24}(?:\/\p{Ll}{1,2})?\)?:\s+\S/u.test(text))) return false
  if (index <= 3 && words <= 6 && /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]+\s*$/u.test(text) && /^\s*\p{Lu}\p{L}{0,5}\.\s/u.test(text)) return false
  // And in the header, where the story or the speech comes from (“Toronto, ON” under a speech's date).
  if (index <= 3 && placeLine.test(text)) return false
  return !(opensLower(text) && !endsSentence(texts[index - 1])) && !(opensLower(texts[index + 1]) && !endsSentence(text))
}

/**
 * Whether a line ends on a sentence and a wire's sign-off after a dash (“… on Sept 27. – Bernama”), read from its last
 * dash, or its initials in brackets after a sentence told in the past (“… 12 were members of the Army’s 5th Scout Ranger
 * Battalion. (PNA)”), read from its last bracket.
 */
function signedOff(text: string): boolean {
  const dash = Math.max(text.lastIndexOf('–'), text.lastIndexOf('—'), text.lastIndexOf('-'))
  if (dash > 0 && /[.!?]["”’]?\s+[–—-]{1,2}\s*\p{Lu}\p{L}+\s*$/u.test(text.slice(Math.max(0, dash - 4)))) return true
  const bracket = text.lastIndexOf('(')
  // (A story's sentence, told in the past: a caption with the agency's credit shows its picture in the present, “… is
  // launched from a Sukhoi-30 MKI on Oct. 9. (ANI)”.)
  return bracket > 0 && /[.!?]["”’]?\s+\(\p{Lu}{2,6}\)\s*$/u.test(text.slice(Math.max(0, bracket - 3))) && /\b(?:was|were|had|said|told|added)\b/u.test(text)
}

/** Whether a line's first three words, in small letters, open another line of the article. */
function opensAsAnother(texts: readonly string[], index: number): boolean {
  const own = threeWordOpening(texts[index])
  return own !== undefined && (openingsCounted(texts).get(own) ?? 0) >= 2
}

const openingsByArticle = new WeakMap<readonly string[], Map<string, number>>()

/**
 * How many of an article's lines open with each three words: counted on the first question, once per article (a
 * long page may have many lines to ask about).
 */
function openingsCounted(texts: readonly string[]): Map<string, number> {
  let counts = openingsByArticle.get(texts)
  if (!counts) {
    counts = new Map()
    for (const text of texts) {
      const opening = threeWordOpening(text)
      if (opening !== undefined) counts.set(opening, (counts.get(opening) ?? 0) + 1)
    }
    openingsByArticle.set(texts, counts)
  }
  return counts
}

/** A line's first three words in small letters, or undefined for a line of fewer. */
function threeWordOpening(text: string): string | undefined {
  const words = text.slice(0, 80).trim().split(/\s+/u, 3)
  return words.length < 3 ? undefined : words.join(' ').toLowerCase()
}

/** Whether a line opens, after white space, with a small letter: ASCII by its code, others by the pattern. */
function opensLower(line: string | undefined): boolean {
  if (line === undefined) return false
  const code = line.charCodeAt(trimmedStart(line))
  return code < 128 ? code >= 97 && code <= 122 : /^\s*\p{Ll}/u.test(line)
}

let cached: FurnitureDetectorData | undefined

function detector(): FurnitureDetectorData {
  return (cached ??= readTrees(furnitureDetectorFile, furnitureEvidenceNames, 'npm run build:furniture-detector') as FurnitureDetectorData)
}

/** A short line below the headline, in the story's place, that ends no sentence: the shape of a crosshead. */
function crossheadShaped(texts: readonly string[], finding: RoleFinding, words: number, index: number): boolean {
  return index > 0 && words <= 12 && (finding.role === 'heading' || finding.role === 'body') && !terminal(texts[index])
}

/** How many lines of an article are crosshead-shaped (`crossheadShaped`). */
export function crossheadCount(texts: readonly string[], found: readonly RoleFinding[], counts: readonly number[]): number {
  return found.filter((finding, index) => crossheadShaped(texts, finding, counts[index], index)).length
}

/**
 * The lines the detector is asked about, by index: candidates (`isCandidate`)
 * in a story of `minimumStory` paragraphs of prose or more besides them (or,
 * in a shorter text, lines of the page's own words: `pageWordsAlone`),
 * and no crosshead-shaped line in a story that has crossheads (`crossheads`,
 * `crossheadCount`).
 */
export function linesToJudge(texts: readonly string[], found: readonly RoleFinding[], counts: readonly number[], crossheads: number, webWords: ReadonlySet<string>): number[] {
  // A line is told from the story by what the story says: a few sentences are no story to tell it from.
  const storyLines = found.filter((finding, index) => finding.role === 'body' && counts[index] >= 8).length
  // A story with crossheads (three or more short lines below the headline that end no sentence, in title
  // case or not) has its own lines of that shape; one more is read as theirs, unless it is half the
  // page's words or speaks to the reader (“close notification”, “Source link”): a crosshead names
  // what the story says next, not the page.
  const lines: number[] = []
  found.forEach((finding, index) => {
    if (!isCandidate(texts, finding, counts[index], index)) return
    if (crossheadShaped(texts, finding, counts[index], index) && crossheads >= 3 && !ofThePage(webSignals(texts[index], webWords))) return
    if (storyLines - (finding.role === 'body' && counts[index] >= 8 ? 1 : 0) < minimumStory && !pageWordsAlone(texts[index], counts[index], webWords)) return
    lines.push(index)
  })
  return lines
}

/**
 * Mark as page chrome the lines the detector reads as furniture, with the
 * evidence that weighed most, in an editor's words. The article's stem
 * counts are asked for only if some line is judged: most articles have none.
 */
export function detectFurniture(
  found: RoleFinding[],
  {texts, counts, webWords, stemCounts}: {texts: readonly string[]; counts: readonly number[]; webWords: ReadonlySet<string>; stemCounts: () => ReadonlyMap<string, number>}
): void {
  // Judged on the roles before any line was moved to the page's.
  const before = [...found]
  const crossheads = crossheadCount(texts, before, counts)
  let setting: LineSetting | undefined
  for (const index of linesToJudge(texts, before, counts, crossheads, webWords)) {
    // Most lines asked about are sentences with nothing of the web: told before the evidence is
    // gathered, and most of them by one pattern that finds none of the web's words or marks.
    const line = texts[index]
    const sentence = endsSentence(line)
    if (sentence && !mayCarryWeb(line, webWords)) continue
    const signals = webSignals(line, webWords)
    if (!judgedBy(sentence, signals)) continue
    // A quotation set as a crosshead between two paragraphs of the story, in words the story says elsewhere (“'We must
    // be ready'” over a soldier's “… so we must be ready and we must aim for …”), is a pull quote, the story's.
    if (quotedWhole(line) && betweenParagraphs(texts, counts, index) && pulledFromStory(line, stemCounts())) continue
    // An epigraph's attribution: a dash and a name under a quotation alone on its line (“The Pacific is my home
    // ocean.” over “— John Steinbeck”, opening a feature in Soldiers magazine).
    const attribution = /^\s*[—–-]\s*(.+)$/u.exec(line)
    if (index > 0 && attribution && personNameLine.test(attribution[1]) && quotedWhole(texts[index - 1])) continue
    // A crosshead: a few words with nothing of the web, between two paragraphs of the story, that name what the
    // paragraph under them speaks of (“A Troubled Program” over “… each have at least one hypersonic weapons program …”).
    if (counts[index] <= 6 && !sentence && !mayCarryWeb(line, webWords) && betweenParagraphs(texts, counts, index) && namesWhatFollows(line, texts[index + 1])) continue
    // A person's name alone in the header, right over the story's first paragraph, is its byline without the “By”
    // (“Jason Strother” under the headline and the picture's caption, as the Voice of America sets it).
    // (Not two of the page's words: “Posted Updated”.)
    if (bareByline(before, counts, index) && personNameLine.test(line) && !line.toLowerCase().split(/\s+/u).some((word) => webWords.has(word))) continue
    setting ??= {texts, found: before, counts, crossheads, stemCounts: stemCounts(), webWords}
    const evidence = furnitureEvidence(setting, index, signals)
    const data = detector()
    if (treesScore(evidence, data) < data.threshold) continue
    // Not a sentence of ten words or more that lost its full stop and opens as another paragraph of the story does,
    // its subject and all (“The crew members also visited the NICU at UnityPoint Health-St. Luke’s” under “The crew
    // members also got a look into …”, KCAU): the page's lines do not take up the story's own openings. (Asked of the
    // few lines the detector reads as the page's.)
    if (counts[index] >= 10 && opensAsAnother(texts, index)) continue
    found[index] = {role: 'chrome', why: `${pageLineWhy} (${telltales(evidence).join('; ')})`}
  }
}

/** Whether a short line stands in the header, no paragraph of the story above it, right over the story's first paragraph. */
function bareByline(found: readonly RoleFinding[], counts: readonly number[], index: number): boolean {
  if (counts[index] > 4 || index + 1 >= found.length || found[index + 1].role !== 'body' || counts[index + 1] < 8) return false
  for (let above = 0; above < index; above++) if (found[above].role === 'body' && counts[above] >= 8) return false
  return true
}

/** Whether a line stands between two paragraphs of prose (crosshead-like, its own marks aside). */
function betweenParagraphs(texts: readonly string[], counts: readonly number[], index: number): boolean {
  const prose = (at: number) => at >= 0 && at < texts.length && counts[at] >= 8 && endsSentence(texts[at])
  return counts[index] <= 12 && prose(index - 1) && prose(index + 1)
}

/** Whether a line's content words are said in the story besides (the story's counts hold the line's own words as it reads them). */
function pulledFromStory(line: string, stemCounts: ReadonlyMap<string, number>): boolean {
  // (Inside its marks: a straight closing mark reads as the last word's apostrophe, “ready'”.)
  const stems = contentStems(line.trim().slice(1, -1))
  const own = contentStems(line)
  return stems.length > 0 && stems.every((stem) => (stemCounts.get(stem) ?? 0) - own.filter((word) => word === stem).length >= 1)
}

/**
 * Whether a line shares a content word with the paragraph under it, a word that paragraph writes in small letters
 * (“program”): a name it shares (“Air Force” under “Nigerian Air Force”, another story's label) tells nothing.
 */
function namesWhatFollows(line: string, below: string): boolean {
  const stems = new Set(contentStems((below.match(/(?<![\p{L}\d])\p{Ll}[\p{L}’'-]*/gu) ?? []).join(' ')))
  return contentStems(line).some((stem) => stems.has(stem))
}

/** A line that is a quotation and nothing else: “'We must be ready'”, ““We will remember them””. */
function quotedWhole(line: string): boolean {
  return /^\s*['‘“"].{2,120}['’”"]\s*$/u.test(line)
}

/**
 * Whether a line is asked about without a story around it: a short line
 * that ends no sentence and half of whose words are the page's own and
 * seldom said in everyday English (`everydayWord`: “Facebook comments”, “Avatar photo”,
 * “APP Services”) tells the page by itself, as a snippet or a brief shows
 * it. The page's words that English says all the time (“more”, “home”,
 * “story”) do not: a brief's crossheads use them (“More information”,
 * “Coming Home”); nor do words that speak to the reader (“We will remember
 * them”).
 */
function pageWordsAlone(line: string, words: number, webWords: ReadonlySet<string>): boolean {
  if (words > 15 || endsSentence(line) || !mayCarryWeb(line, webWords)) return false
  const bare = bareWords(line)
  const ofThePageAlone = bare.filter((word) => webWords.has(word.toLowerCase()) && !everydayWord(word))
  return bare.length > 0 && ofThePageAlone.length / bare.length >= 0.5
}

/** Whether a line's words are half the page's own or speak to the reader. */
function ofThePage({reader, web}: WebSignals): boolean {
  return reader > 0 || web >= 0.5
}

/** Whether the trees judge a line with this evidence (`judgedBy`). */
export function judged(evidence: readonly number[]): boolean {
  const [, , endsASentence, , , reader, web, , , , marks, glued] = evidence
  return judgedBy(endsASentence === 1, {reader, web, marks, glued})
}

/** What gives a furniture line away, in words, from its evidence. */
function telltales(evidence: number[]): string[] {
  const [, closing, , , , reader, web, shared, , , marks, glued] = evidence
  const tells: string[] = []
  if (reader > 0) tells.push('it speaks to the reader')
  if (web > 0) tells.push('its words are the page’s own')
  if (shared === 0) tells.push('the story shares none of its words')
  if (marks > 0) tells.push('it carries the marks of a web page')
  if (glued > 0) tells.push('words are glued together')
  if (closing === 0) tells.push('it is no sentence')
  return tells.length > 0 ? tells : ['its shape and words are a web page’s, not the story’s']
}
