import {ruleDataPath} from '../paths.js'
import {readYamlData} from '../text/data-files.js'

export interface OfficeMention {
  start: number
  end: number
  /** The office's first form in offices.yaml. */
  office: string
  former: boolean
}

let pattern: {regex: RegExp; canonical: Map<string, string>; firstWords: Set<string>} | undefined

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

function compile() {
  if (!pattern) {
    const offices = readOffices()
    const canonical = new Map<string, string>()
    for (const forms of offices) for (const form of forms) canonical.set(key(form), forms[0])
    const alternatives = [...canonical.keys()]
      .sort((a, b) => b.length - a.length)
      .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/defence/g, 'defen[cs]e').replace(/ /g, '\\s+'))
    const firstWords = new Set([...canonical.keys()].flatMap((form) => {
      const first = form.split(' ')[0]
      return [first, first.replace(/defence/g, 'defense')]
    }))
    pattern = {regex: new RegExp(`(former\\s+)?(${alternatives.join('|')})(?<![\\p{L}]\\1\\2)(?![\\p{L}])`, 'giu'), canonical, firstWords}
  }
  return pattern
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
  return compile().firstWords.has(lowerCaseWord)
}

/** Offices named in a text, with whether each is marked “former”. */
export function findOffices(text: string): OfficeMention[] {
  const {regex, canonical} = compile()
  regex.lastIndex = 0
  return [...text.matchAll(regex)]
    .filter((match) => /^\p{Lu}/u.test(match[2]))
    .map((match) => ({start: match.index, end: match.index + match[0].length, office: canonical.get(key(match[2]))!, former: Boolean(match[1])}))
}
