import {isWhiteSpace} from '../text/white-space.js'

/* What the shape of a line tells, for the roles of lines (roles.ts) and the evidence of the furniture detector (furniture-detector.ts). */

/** Whether a line ends, before trailing white space, with a sentence's or a clause's closing mark; read from the end (a pattern anchored at the end is tried at every character of a long paragraph). */
export function terminal(line: string): boolean {
  const end = trimmedEnd(line)
  // (A typewriter's apostrophe closes a quotation after its stop: “… watching the ship leave.'”.)
  return end > 0 && (closingMarks.has(line[end - 1]) || (line[end - 1] === "'" && end > 1 && closingMarks.has(line[end - 2])))
}
const closingMarks = new Set([...'.!?;:,"”’)'])

/** Where a line ends before its trailing white space (as `\s` reads it). */
export function trimmedEnd(line: string): number {
  let end = line.length
  while (end > 0 && isWhiteSpace(line.charCodeAt(end - 1))) end--
  return end
}

/** Where a line starts after its leading white space (as `\s` reads it). */
export function trimmedStart(line: string): number {
  let start = 0
  while (start < line.length && isWhiteSpace(line.charCodeAt(start))) start++
  return start
}

/**
 * Words in a line (runs of characters other than white space), for length tests; counted without splitting
 * the line, and without a branch on each character's kind: a word starts where a character that is no
 * space follows one that is (or the line's start). A branch taken at every space and word cost half again.
 */
export function wordCount(text: string): number {
  let count = 0
  let afterSpace = 1
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const space = code < 128 ? asciiSpace[code] : isWhiteSpace(code) ? 1 : 0
    count += afterSpace & (space ^ 1)
    afterSpace = space
  }
  return count
}
/** 1 for each ASCII code that is white space (`isWhiteSpace`), 0 for the others. */
const asciiSpace = new Uint8Array(128).fill(1, 9, 14)
asciiSpace[32] = 1

/** A month's name or its abbreviation, in a pattern. */
export const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
/**
 * Whether a line holds a date somewhere: “May 5”, “5 May”, “05-04-2020”, a year. Every date has a digit:
 * a look for one rules out a line with none at a fraction of the cost of the date's pattern, which tries
 * every word boundary.
 */
export function hasDate(text: string): boolean {
  return digit.test(text) && datePattern.test(text)
}
const digit = /\d/
// (A year is no group of a telephone number's digits: “Defence Media (02) 6127 1999”.)
const datePattern = new RegExp(`\\b(?:${month}\\s+\\d{1,2}|\\d{1,2}\\s+${month}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|(?<!\\d{3}[ \\t])(?:19|20)\\d{2})\\b`, 'i')

/**
 * Whether a line ends on a full stop, question or exclamation mark, perhaps
 * inside a closing quote (not a bracket, unlike `endsSentence`); read from the
 * end, where a pattern anchored there is tried at every character of a long
 * paragraph.
 */
export function endsWithStop(text: string): boolean {
  const end = trimmedEnd(text)
  if (end > 1 && '"”’\''.includes(text[end - 1]) && '.!?'.includes(text[end - 2])) return true
  return end > 0 && '.!?'.includes(text[end - 1])
}

/**
 * Whether a line opens with “And”, “But”, “Or”, “Nor” or “Yet”: it goes on
 * from the line before, as a speaker does (“And of course to deliver the Sir
 * Henry Leach memorial lecture…”), and is no teaser or line of the page.
 */
export function goesOn(line: string): boolean {
  return /^\s*(?:And|But|Or|Nor|Yet)\s/u.test(line)
}

/** Whether a line ends a sentence (a full stop, question or exclamation mark, perhaps inside a closing quote or bracket); read from the end. */
export function endsSentence(text: string): boolean {
  let end = trimmedEnd(text)
  if (end > 0 && '"”’)'.includes(text[end - 1])) end--
  // (Or a typewriter's apostrophe after the stop, as some outlets close a quotation: “… for their safe return.'”.)
  else if (end > 1 && text[end - 1] === "'" && '.!?'.includes(text[end - 2])) end--
  return end > 0 && '.!?'.includes(text[end - 1])
}

/**
 * Whether the line at `index` stands as a crosshead does: a short line that
 * ends no sentence, between two paragraphs of prose. A story with several
 * (`crossheadSeries`) has its own lines of that shape; a page's furniture
 * comes in blocks of lines, or alone.
 */
export function crossheadLike(texts: readonly string[], counts: readonly number[], index: number): boolean {
  if (index < 2 || index >= texts.length - 1 || counts[index] > 12 || terminal(texts[index])) return false
  const prose = (at: number) => counts[at] >= 8 && endsSentence(texts[at])
  return prose(index - 1) && prose(index + 1)
}

/** Whether a story has three crosshead-like lines or more. */
export function crossheadSeries(texts: readonly string[], counts: readonly number[]): boolean {
  let found = 0
  for (let index = 2; index < texts.length - 1 && found < 3; index++) if (crossheadLike(texts, counts, index)) found++
  return found >= 3
}

/**
 * A person's name alone on a line: a given name, perhaps an initial, and a family name, each a capital and small
 * letters (“Jason Strother”, “Mary K. Smith”, “Ken Smith”); not an outlet's name in capitals (“GEO NEWS”).
 */
export const personNameLine = /^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}+(?:[-’']\p{Lu}\p{Ll}+)?\s*$/u

/**
 * A place alone on a line, a state's or a province's code closing it (“Toronto, ON”, “George Mason University, Fairfax,
 * VA”), perhaps with the country in capitals after it, as DVIDS sets its datelines (“SULPHUR SPRINGS, TX, UNITED STATES”).
 */
export const placeLine = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?,\s*\p{Lu}{2}\.?(?:,\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2})?\s*$/u

/**
 * Whether a line opens as a story's sentence tells what had happened or will: an article or a pronoun, then within a
 * few words “was”, “were”, “had” or “will” (“The helicopter was carrying President Pratibha Patil, …”, “The personnel
 * currently serving in the Solomon Islands will return to New Zealand on 23 November 2008”, their full stops lost). A
 * headline drops the article and tells in the present: “IAF denies giving clean chit to Prez copter pilots”.
 */
export function narrated(line: string): boolean {
  // (“Will” may stand further in, after a longer subject; a picture's caption says what a thing will be only with its
  // credit beside it, after a bar: “A new German heavy weapons carrier will be based on the Aussie Boxer … | Supplied: …”.)
  return /^\s*(?:The|A|An|This|That|These|Those|It|He|She|They|His|Her|Their|Its)\s+(?:[\p{L}'’-]+\s+){0,3}(?:was|were|had)\s/u.test(line) || (/^\s*(?:The|This|These|Those|Its|Their)\s+(?:[\p{L}'’-]+\s+){0,7}will\s/u.test(line) && !line.includes('|'))
}
