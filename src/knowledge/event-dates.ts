import type {Article} from '../article/types.js'
import {ruleDataPath} from '../paths.js'
import {readWordList} from '../text/data-files.js'
import {readHonorifics, readRanks} from './claims.js'
import {readOffices} from './offices.js'

/** An article's statement of when an event happened: “the April 22 attack”, “the attack …, which occurred on April 22, 2025”. */
export interface EventDate {
  /** The event's noun as rules/cross-article/events.txt lists it (“attack”, “talks”). */
  event: string
  /** The capitalised words that say which event (“Pahalgam”, “Kashmir”): articles that share one and the noun speak of one event. */
  anchors: string[]
  month: number
  day: number
  /** The date as written (“April 22”, “22 April 2025”). */
  text: string
  start: number
  end: number
}

export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const month = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'
/** A day of a month, month first or day first, perhaps with its year: “April 22”, “Apr. 22, 2025”, “22nd April 2025”. */
const date = `(?:${month}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+\\d{4})?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}(?:,?\\s+\\d{4})?)(?![\\p{L}\\d])`

let events: {nouns: Map<string, string>; before: RegExp; after: RegExp} | undefined

function patterns() {
  if (!events) {
    const nouns = new Map<string, string>()
    for (const noun of readWordList(ruleDataPath('cross-article', 'events.txt'))) {
      nouns.set(noun, noun)
      if (!noun.endsWith('s')) nouns.set(`${noun}s`, noun)
    }
    const alternatives = [...nouns.keys()].sort((a, b) => b.length - a.length).join('|')
    const noun = `(${alternatives})`
    events = {
      nouns,
      // “the April 22 terrorist attack”: the date, up to three words, the noun.
      before: new RegExp(`(?<![\\p{L}])the\\s+(${date})\\s+((?:[\\p{L}-]+\\s+){0,3}?)${noun}(?![\\p{L}])`, 'giu'),
      // “attack in Pahalgam, Jammu & Kashmir, which occurred on April 22”: the noun, up to twelve words of its own clause, “on” and the date.
      after: new RegExp(`(?<![\\p{L}])${noun}((?:[\\s,&]+(?!on\\s|(?:${alternatives})(?![\\p{L}]))[\\p{L}’'-]+){0,12}?)[\\s,]+on\\s+(${date})`, 'giu')
    }
  }
  return events
}

const weekdaysAndMonths = new RegExp(`^(?:${month}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|Its|His|Her|Their)$`)
let titleWords: Set<string> | undefined

/**
 * The capitalised words of a stretch of text, as anchors: names of places,
 * people and units. Months, weekdays, determiners and the words of titles
 * (“Defence”, “Minister”, “Gen”, “Mr”: any story's people have them) say
 * nothing about which event.
 */
function anchorsIn(text: string): string[] {
  titleWords ??= new Set(
    [...readOffices().flat(), ...readRanks().flatMap((rank) => [rank.full, ...rank.short]), ...readHonorifics()].flatMap((form) => form.replace(/defence/gi, (word) => `${word} ${word.replace(/c/, 's')}`).split(/[\s.-]+/))
  )
  return [...text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)].map((match) => match[0]).filter((word) => !weekdaysAndMonths.test(word) && !titleWords!.has(word))
}

/** A written date's month (1–12) and day, from the groups of `date`. */
function monthDay(groups: string[]): {month: number; day: number} {
  const [monthFirst, dayAfter, dayFirst, monthAfter] = groups
  const name = (monthFirst ?? monthAfter).slice(0, 3).toLowerCase()
  return {month: monthNames.findIndex((full) => full.slice(0, 3).toLowerCase() === name) + 1, day: Number(dayAfter ?? dayFirst)}
}

/** The dates an article gives events, with the capitalised words around each event (up to six words after the noun). */
export function eventDates(article: Article): EventDate[] {
  const {nouns, before, after} = patterns()
  const found: EventDate[] = []
  for (const sentence of article.sentences) {
    if (!/\d/.test(sentence.text)) continue
    for (const match of sentence.text.matchAll(before)) {
      const [whole, written, ...rest] = match
      const {month, day} = monthDay(rest.slice(0, 4))
      const noun = rest[5]
      const start = sentence.start + match.index + whole.indexOf(written)
      const following = /^(?:[\s,&]+[\p{L}’'-]+){0,6}/u.exec(sentence.text.slice(match.index + whole.length))![0]
      found.push({event: nouns.get(noun.toLowerCase())!, anchors: anchorsIn(rest[4] + following), month, day, text: written, start, end: start + written.length})
    }
    for (const match of sentence.text.matchAll(after)) {
      const [whole, noun, between, written, ...rest] = match
      const {month, day} = monthDay(rest)
      const start = sentence.start + match.index + whole.length - written.length
      found.push({event: nouns.get(noun.toLowerCase())!, anchors: anchorsIn(between), month, day, text: written, start, end: start + written.length})
    }
  }
  return found
}
