import type {Article} from '../article/types.js'
import {ruleDataPath} from '../paths.js'
import {readYamlData} from '../text/data-files.js'
import {findOffices} from './offices.js'

/** An article's statement that someone holds (or held) an office. */
export interface OfficeClaim {
  /** Family name: the last word of the name, possessive dropped. */
  person: string
  /** The name as written (“Rajnath Singh”, “AP Singh”, “Singh”). */
  name: string
  /** The office's one name (offices.yaml). */
  office: string
  former: boolean
  start: number
  end: number
  /** The office as written. */
  text: string
  /** Where the name (as written in `name`) starts in the article. */
  nameStart: number
}

let nameAfterPattern: RegExp | undefined
let honorificList: string[] | undefined

/** Honorifics written before a name (ranks.yaml): “Mr”, “Dr”, “Shri”. */
export function readHonorifics(): string[] {
  if (!honorificList) {
    const file = ruleDataPath('person-title', 'ranks.yaml')
    const honorifics = (readYamlData(file) as {honorifics?: string[]}).honorifics
    if (!Array.isArray(honorifics)) throw new Error(`${file}: expected a list under “honorifics”`)
    honorificList = honorifics
  }
  return honorificList
}

/** A name of up to three capitalised words after an office, optionally after an honorific (ranks.yaml): “Minister of Defense, Mr. Gen Nakatani”. */
function nameAfter(): RegExp {
  nameAfterPattern ??= new RegExp(`^[\\s,]*(?:(?:of|for)\\s+\\p{Lu}[\\p{L}]+,?\\s+)?(?:(?:${readHonorifics().join('|')})\\.?\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{Ll}'-]+)`, 'u')
  return nameAfterPattern
}
/**
 * A name before an appositive that holds the office: “General Nakatani,
 * Japan’s … former Defence Minister”. The appositive runs from the last comma
 * before the office, with no full stop or semicolon in it, and the name ends
 * at that comma: it is read from the few words before the comma, not tried at
 * every capital of the sentence.
 */
function nameBefore(text: string): {name: string; index: number} | undefined {
  const comma = text.lastIndexOf(',')
  if (comma < 0 || !appositiveAfterComma.test(text.slice(comma + 1))) return undefined
  // Three words of a name fit in far fewer characters; start at a word, not inside one.
  let from = Math.max(0, comma - 200)
  if (from > 0) from = text.indexOf(' ', from) + 1
  const match = nameEndingHere.exec(text.slice(from, comma))
  return match ? {name: match[1], index: from + match.index} : undefined
}
const appositiveAfterComma = /^\s[^,.;]*$/
const nameEndingHere = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{Ll}'-]+)$/u

/** Who holds which office, according to one article. */
export function officeClaims(article: Article): OfficeClaim[] {
  const found: OfficeClaim[] = []
  for (const sentence of article.sentences) {
    for (const office of findOffices(article, sentence)) {
      // Offsets into the sentence.
      const mention = {...office, start: office.start - sentence.start, end: office.end - sentence.start}
      const after = nameAfter().exec(sentence.text.slice(mention.end))
      const before = after ? undefined : nameBefore(sentence.text.slice(0, mention.start))
      const name = after?.[1] ?? before?.name
      if (!name) continue
      const nameStart = sentence.start + (after ? mention.end + after.index + after[0].length - after[1].length : before!.index)
      if (spelledOut(name, article.text.slice(nameStart + name.length, nameStart + name.length + 16))) continue
      found.push({
        nameStart,
        person: withoutPossessive(name.trim().split(/\s+/).at(-1)!),
        name: withoutPossessive(name.trim()),
        office: mention.office,
        former: mention.former,
        start: sentence.start + mention.start,
        end: sentence.start + mention.end,
        text: sentence.text.slice(mention.start, mention.end)
      })
    }
  }
  return found
}

/**
 * Whether a name is a thing's, spelled out before its acronym (“the
 * Secretary of Defense Performance-Based Logistics (PBL) Award”): the
 * bracket after it holds the initials of its words. People are not
 * introduced so.
 */
function spelledOut(name: string, after: string): boolean {
  const acronym = /^\s*\(([\p{Lu}&]{2,8})\)/u.exec(after)?.[1]
  if (!acronym) return false
  const initials = name.split(/[\s-]+/).filter(Boolean).map((word) => word[0]).join('')
  return initials.toUpperCase() === acronym.replace(/&/g, '')
}

/**
 * A person's name after a title, as a regular-expression source: initials
 * (“A.P.”, “NS”), given names and middle initials (“James W.”, “George
 * H.W.”, and without its full stop before the family name: “Walter E Piatt”),
 * the family name.
 */
export const personName = `(?:(?:\\p{Lu}\\.\\s?){1,3}\\s*|\\p{Lu}{1,3}\\s+)?(?:(?:\\p{Lu}[\\p{Ll}'’-]+|(?:\\p{Lu}\\.)+|\\p{Lu}(?=\\s+\\p{Lu}\\p{Ll}))\\s+){0,3}\\p{Lu}[\\p{Ll}'’-]+`

const nameEndings = new Map<string, RegExp>()

/**
 * The name that ends a text, before `trailing` (a pattern source: “\\s*,?”
 * for the comma before a party label): the leftmost start, not after a letter
 * or a full stop, from which a name runs to the end. Tried only where a
 * capital opens a word: the name's pattern tried at every character of the
 * text backtracks through each (half a millisecond on 60 characters).
 */
export function nameAtEnd(text: string, trailing = ''): RegExpExecArray | null {
  let pattern = nameEndings.get(trailing)
  if (!pattern) nameEndings.set(trailing, (pattern = new RegExp(`(${personName})${trailing}$`, 'uy')))
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code < 65 || (code > 90 && code < 128)) continue
    if (at > 0 && /[\p{L}.]$/u.test(text.slice(Math.max(0, at - 2), at))) continue
    pattern.lastIndex = at
    const match = pattern.exec(text)
    if (match) return match
  }
  return null
}

/** A name without its possessive: “Sharma's” and “Sharks’” are Sharma and Sharks. */
export function withoutPossessive(name: string): string {
  return name.replace(/['’]s$|(?<=s)['’]$/, '')
}

/** A military rank and its abbreviations (ranks.yaml). */
export interface Rank {
  full: string
  short: string[]
  /** general, field, junior or enlisted; none where the services differ (Captain). */
  tier?: string
}

let rankList: Rank[] | undefined

/** The ranks of rules/person-title/ranks.yaml, read once per process. */
export function readRanks(): Rank[] {
  if (!rankList) {
    const file = ruleDataPath('person-title', 'ranks.yaml')
    const list = (readYamlData(file) as {ranks?: Rank[]}).ranks
    if (!Array.isArray(list)) throw new Error(`${file}: expected a list under “ranks”`)
    rankList = list
  }
  return rankList
}

let ranksWritten: ReadonlySet<string> | undefined

/** The ranks' full and short forms, as written (“Colonel”, “Col”, “Wg Cdr”), once per process. */
export function rankForms(): ReadonlySet<string> {
  return (ranksWritten ??= new Set(readRanks().flatMap((rank) => [rank.full, ...(rank.short ?? [])])))
}

let titlesWritten: ReadonlySet<string> | undefined

/** Whether a line opens with a rank, written out or short (“Col”, “Wg Cdr”, “Lieutenant Commander”), and then a capitalised name. */
export function opensWithRank(text: string): boolean {
  return opensWithOneOf(text, rankForms())
}

/** Whether a line opens with a rank or an honorific of ranks.yaml (“Sir”, “Dr.”), and then a capitalised name: a person named with their title. */
export function opensWithTitle(text: string): boolean {
  return opensWithOneOf(text, (titlesWritten ??= new Set([...rankForms(), ...readHonorifics()])))
}

function opensWithOneOf(text: string, titles: ReadonlySet<string>): boolean {
  const words = text.trim().split(/\s+/, 4)
  for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
    if (titles.has(words.slice(0, length).join(' ').replace(/\.$/, '')) && /^\p{Lu}\p{Ll}/u.test(words[length])) return true
  }
  return false
}

let shortWords: ReadonlySet<string> | undefined

/** The ranks' short forms of one word, as written (“Spc”, “SrA”, “CPO”), once per process: titles, not typos nor acronyms to spell out. */
export function rankShortWords(): ReadonlySet<string> {
  shortWords ??= new Set(readRanks().flatMap((rank) => rank.short ?? []).filter((form) => !/\s/.test(form)))
  return shortWords
}
