import {ruleDataPath} from '../paths.js'
import {readYamlData} from '../text/data-files.js'

export interface OfficeMention {
  start: number
  end: number
  /** The office's first form in offices.yaml. */
  office: string
  former: boolean
}

/** The forms one word opens: their pattern, and the words that can follow the opener (undefined: a form is the word alone). */
interface Opened {
  at: RegExp
  seconds?: Set<string>
}

let pattern: {byOpener: Map<string, Opened>; canonical: Map<string, string>; forms: Map<string, string[]>} | undefined

/** Lower-case, British spelling: "Minister of Defense" and "Minister of Defence" are one form. */
function key(form: string): string {
  return form.toLowerCase().replace(/defense/g, 'defence').replace(/\s+/g, ' ')
}

/** The offices and their forms, from rules/person-title/offices.yaml. */
export function readOffices(): string[][] {
  const file = ruleDataPath('person-title', 'offices.yaml')
  const offices = (readYamlData(file) as {offices?: string[][]}).offices
  if (!Array.isArray(offices) || !offices.every((forms) => Array.isArray(forms) && forms.every((form) => typeof form === 'string'))) {
    throw new Error(`${file}: expected a list of form lists under “offices”`)
  }
  return offices
}

/** An office form's pattern, with an optional “former” before it, matched as whole words. */
function officeSource(forms: string[]): string {
  const alternatives = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/defence/g, 'defen[cs]e').replace(/ /g, '\\s+'))
  return `(former\\s+)?(${alternatives.join('|')})(?<![\\p{L}]\\1\\2)(?![\\p{L}])`
}

function compile() {
  if (!pattern) {
    const offices = readOffices()
    const canonical = new Map<string, string>()
    for (const forms of offices) for (const form of forms) canonical.set(key(form), forms[0])
    const forms = [...canonical.keys()].sort((a, b) => b.length - a.length)
    // The forms each first word opens, in one sticky pattern per word (“minister” opens
    // “Minister of Defence” and “Minister for Foreign Affairs”, not “Chief of Army Staff”).
    const byFirst = new Map<string, string[]>()
    for (const form of forms) {
      const first = form.split(' ')[0]
      byFirst.set(first, [...(byFirst.get(first) ?? []), form])
    }
    const byOpener = new Map<string, Opened>()
    for (const [first, opened] of byFirst) {
      const words = opened.map((form) => form.split(' '))
      const seconds = words.some((form) => form.length === 1) ? undefined : new Set(words.flatMap((form) => [form[1], form[1].replace(/defence/g, 'defense')]))
      const entry = {at: new RegExp(officeSource(opened), 'iuy'), seconds}
      byOpener.set(first, entry)
      byOpener.set(first.replace(/defence/g, 'defense'), entry)
    }
    pattern = {byOpener, canonical, forms: new Map(offices.map((forms) => [forms[0], forms]))}
  }
  return pattern
}

/** Every form of an office, by its one name (offices.yaml); the one name alone for an office the list lacks. */
export function officeForms(office: string): string[] {
  return compile().forms.get(office) ?? [office]
}

/** The one name of an office form (“Minister of Defense” → “Defence Minister”), if it is one. */
export function canonicalOffice(form: string): string | undefined {
  return compile().canonical.get(key(form))
}

/**
 * Whether a capitalised word (in lower case) can open an office's name
 * (“minister”, “chief”): a sentence without one names no office, and the
 * pattern of every office, run on every sentence, is a long article's cost.
 */
export function opensOffice(lowerCaseWord: string): boolean {
  return compile().byOpener.has(lowerCaseWord)
}

/**
 * Offices named in a text, with whether each is marked “former”, from the
 * words that can open one (`opensOffice`: where each stands in the text, in
 * lower case): only the forms each opens are tried, there (and at a “former”
 * just before), not every form along the whole text.
 */
export function findOffices(text: string, openers: ReadonlyArray<{at: number; word: string}>): OfficeMention[] {
  const {byOpener, canonical} = compile()
  const found: OfficeMention[] = []
  let end = 0
  for (const {at, word} of openers) {
    const opened = byOpener.get(word)
    if (!opened || at < end) continue
    // Most openers (“Air” in “Air Force”, “National”) are followed by no word that goes on a form they open: one look-up, no pattern.
    if (opened.seconds && !opened.seconds.has(wordAfter(text, at + word.length))) continue
    const pattern = opened.at
    const before = text.slice(Math.max(end, at - 20), at)
    const former = /former/i.test(before) ? /(?<![\p{L}])former\s+$/iu.exec(before) : null
    pattern.lastIndex = former ? at - former[0].length : at
    const match = pattern.exec(text)
    if (!match || !/^\p{Lu}/u.test(match[2])) continue
    found.push({start: match.index, end: match.index + match[0].length, office: canonical.get(key(match[2]))!, former: Boolean(match[1])})
    end = match.index + match[0].length
  }
  return found
}

/** The word (letters and hyphens, lower case) after the white space at `from`. */
function wordAfter(text: string, from: number): string {
  let start = from
  while (start < text.length && /\s/.test(text[start])) start++
  let end = start
  while (end < text.length && /[\p{L}-]/u.test(text[end])) end++
  return text.slice(start, end).toLowerCase()
}
