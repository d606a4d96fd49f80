import type {Article, WordToken} from '../../src/article/types.js'
import type {Person} from '../../src/knowledge/people.js'
import {deletions, editDistance} from '../../src/text/edit-distance.js'
import {plausibleSubstitution} from '../../src/text/keyboard.js'

/*
 * Names the people records spell: a name in the article one slip from a
 * record's name is checked against what else the article says of that
 * person. An article that spells a name the same way every time gives the
 * spelling rule nothing to compare; the records do (“Pete Hesgeth” is
 * “Pete Hegseth”). A name after a rank or office the records hold (“Gen
 * Rawatt”) is the person-title rule's to check; this covers the rest.
 */

export interface RecordNames {
  /** Every record's given and family names, lower-cased, to their written form. */
  written: Map<string, string>
  /** A given name (lower-cased) to the family names of the records that have it, and the other way round. */
  familiesOf: Map<string, string[]>
  givensOf: Map<string, string[]>
  /** Family names of six letters or more, by each string one deletion makes of them. */
  familiesByDeletion: Map<string, string[]>
}

export function recordNames(people: readonly Person[]): RecordNames {
  const names: RecordNames = {written: new Map(), familiesOf: new Map(), givensOf: new Map(), familiesByDeletion: new Map()}
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key)
    if (!list) map.set(key, [value])
    else if (!list.includes(value)) list.push(value)
  }
  for (const person of people) {
    const family = person.family.toLowerCase()
    // “Rakesh Kumar Singh”: each given name stands next to the family name in some copy.
    const givens = person.given.split(/[\s.]+/).filter((part) => part.length >= 3)
    for (const part of [...givens, person.family]) names.written.set(part.toLowerCase(), part)
    for (const given of givens.map((part) => part.toLowerCase())) {
      add(names.familiesOf, given, family)
      add(names.givensOf, family, given)
    }
    if (family.length >= 6) for (const variant of deletions(family)) add(names.familiesByDeletion, variant, family)
  }
  return names
}

/**
 * The records' spelling of a name the article seems to misspell, or
 * undefined. The slip must be one a hand makes (letters swapped, a vowel or
 * a doubled letter added or dropped, a neighbouring key), and the article
 * must point at the person: their other name beside this one (“Pete
 * Hesgeth”, “Karamabir Singh”), their name spelled right elsewhere in the
 * article, or, for a family name of six letters or more, two neighbouring
 * letters swapped, which no other name's spelling explains (a letter added or
 * dropped may be another family: Chappell and Chappelle, Clark and Clarke).
 */
export function recordSpelling(token: WordToken, article: Article, names: RecordNames, inArticle: ReadonlySet<string>, answers: RecordAnswers): string | undefined {
  const typed = token.lower
  if (typed.length < 5 || names.written.has(typed)) return undefined
  const previous = article.words[token.index - 1]
  const next = article.words[token.index + 1]
  const beside = (word: WordToken | undefined) => (word && word.sentence === token.sentence ? word.lower : undefined)
  // The other name beside this one points at a person first (“Pete Hesgeth”).
  const found = [...(names.familiesOf.get(beside(previous) ?? '') ?? []), ...(names.givensOf.get(beside(next) ?? '') ?? [])].find((name) => handSlip(typed, name, true))
  if (found) return names.written.get(found)
  // A name beside another that points at nobody on record is someone else's (“Defence Minister Datuk Seri Mohamad Hasan”
  // beside the records' General Mohammad Ab Rahman): not to be spelled as the record's given name.
  const named = (word: WordToken | undefined) => word !== undefined && word.sentence === token.sentence && /^\p{Lu}\p{Ll}/u.test(word.text) && !(word === previous && word.initial)
  // (Nor is the name alone after that, which means the same person: the answer is kept for the article.)
  if (named(previous) || named(next)) {
    answers.set(typed, null)
    return undefined
  }
  // Then what the name alone points at, the same wherever it stands: asked once per name and article.
  let alone = answers.get(typed)
  if (alone === undefined) {
    alone = recordSpellingAlone(typed, names, inArticle) ?? null
    answers.set(typed, alone)
  }
  return alone ?? undefined
}

/** The records' spellings a name's answers are kept in, per article: null for none. */
export type RecordAnswers = Map<string, string | null>

/** The record's spelling a name alone points at: the name spelled right elsewhere in the article, or a family with two letters swapped. */
function recordSpellingAlone(typed: string, names: RecordNames, inArticle: ReadonlySet<string>): string | undefined {
  const found = [...inArticle].find((name) => name.length >= 5 && Math.abs(name.length - typed.length) <= 1 && handSlip(typed, name, true))
  if (found) return names.written.get(found)
  const family = [...deletions(typed)].flatMap((variant) => names.familiesByDeletion.get(variant) ?? []).find((name) => name.length === typed.length && handSlip(typed, name, false))
  return family && names.written.get(family)
}

/**
 * Whether `typed` is one slip of the hand from `intended`: two neighbouring
 * letters swapped, a vowel or a doubled letter added or dropped inside the
 * word, or (when `keys` allows) a neighbouring key or another vowel struck.
 */
function handSlip(typed: string, intended: string, keys: boolean): boolean {
  if (typed === intended || editDistance(typed, intended, 1) !== 1) return false
  if (typed.length === intended.length) {
    const differ = [...typed].flatMap((letter, index) => (letter === intended[index] ? [] : [index]))
    if (differ.length === 2 && differ[1] === differ[0] + 1) return true
    return keys && differ.length === 1 && plausibleSubstitution(intended[differ[0]], typed[differ[0]])
  }
  const [long, short] = typed.length > intended.length ? [typed, intended] : [intended, typed]
  let at = 0
  while (at < short.length && long[at] === short[at]) at++
  const letter = long[at]
  // Not at the end, where names differ by their own letter (Browne, Clarke).
  return at < long.length - 1 && (/[aeiou]/.test(letter) || letter === long[at - 1] || letter === long[at + 1])
}
