import {ruleDataPath} from '../paths.js'
import {readYamlData} from '../text/data-files.js'
import type {Article, Sentence} from '../article/types.js'

export interface OfficeMention {
  start: number
  end: number
  /** The office's first form in offices.yaml. */
  office: string
  former: boolean
}

/** The offices' forms as a tree of their words: the words that may follow, and the office a form ending here names. */
interface FormWords {
  next: Map<string, FormWords>
  office?: string
}

let pattern: {openers: Map<string, FormWords>; canonical: Map<string, string>; forms: Map<string, string[]>} | undefined

/** Lower-case, British spelling: "Minister of Defense" and "Minister of Defence" are one form. */
function key(form: string): string {
  return britishSpelling(form.toLowerCase()).replace(/\s+/g, ' ')
}

/** A word or form in lower case, spelled as the forms' keys spell it (most words need no change). */
function britishSpelling(lower: string): string {
  return lower.includes('defense') ? lower.replace(/defense/g, 'defence') : lower
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
    // The forms by their first word (“minister” opens “Minister of Defence” and “Minister for Foreign
    // Affairs”, not “Chief of Army Staff”), then word by word, in British spelling (`key`).
    const openers = new Map<string, FormWords>()
    for (const [form, office] of canonical) {
      const [first, ...rest] = form.split(' ')
      let node: FormWords = openers.get(first) ?? {next: new Map()}
      openers.set(first, node)
      for (const word of rest) {
        const child: FormWords = node.next.get(word) ?? {next: new Map()}
        node.next.set(word, child)
        node = child
      }
      node.office = office
    }
    pattern = {openers, canonical, forms: new Map(offices.map((forms) => [forms[0], forms]))}
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
 * Offices named in a sentence, with whether each is marked “former”: at each
 * capitalised word that opens an office's name, the longest form whose words
 * follow it, with nothing but white space between them (a possessive may end
 * the last: “the Defence Minister's aide”). Each word is one look-up; most
 * capitalised words open no office, and most that do (“Air” in “Air Force”)
 * are followed by no word of one.
 */
export function findOffices({text, words, capitalised}: Article, {start: sentenceStart, wordStart, wordEnd}: Sentence): OfficeMention[] {
  const {openers} = compile()
  const found: OfficeMention[] = []
  let end = sentenceStart
  // The sentence's capitalised words: the first at or after its first word, found by halving.
  let low = 0
  let high = capitalised.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (capitalised[middle] < wordStart) low = middle + 1
    else high = middle
  }
  for (let at = low; at < capitalised.length && capitalised[at] < wordEnd; at++) {
    const index = capitalised[at]
    const word = words[index]
    let node = openers.get(britishSpelling(word.lower))
    if (!node) continue
    const start = word.start + word.text.indexOf(word.stem)
    if (start < end) continue
    let last = index
    let office = node.office ? {name: node.office, last: index} : undefined
    // A word with a possessive ends the form; the next word must follow after white space only.
    while (last + 1 < wordEnd && words[last].text === words[last].stem && /^\s+$/.test(text.slice(words[last].end, words[last + 1].start))) {
      node = node.next.get(britishSpelling(words[last + 1].lower))
      if (!node) break
      last++
      if (node.office) office = {name: node.office, last}
    }
    if (!office) continue
    const before = text.slice(Math.max(end, start - 20), start)
    const former = /former/i.test(before) ? /(?<![\p{L}])former\s+$/iu.exec(before) : null
    const lastWord = words[office.last]
    end = lastWord.start + lastWord.text.indexOf(lastWord.stem) + lastWord.stem.length
    found.push({start: former ? start - former[0].length : start, end, office: office.name, former: Boolean(former)})
  }
  return found
}
