import path from 'node:path'
import {packageRoot} from '../paths.js'
import {readYamlData} from '../text/data-files.js'
import {ConfigError} from '../config/types.js'
import {letterOrDigit} from '../text/letter-case.js'
import {matchCase, variantPairs} from '../language/variants.js'
import type {Dialect} from '../types.js'
import type {Article} from '../article/types.js'
import {normaliseApostrophes} from '../text/apostrophes.js'

/** The kinds of name the list holds, as its header documents them. */
export const officialNameKinds = ['programme', 'exercise', 'service', 'organisation', 'agreement', 'ship', 'weapon', 'office', 'place'] as const

export interface OfficialName {
  name: string
  kind: (typeof officialNameKinds)[number]
  spelling?: 'en-GB' | 'en-US'
  variants?: boolean
  wrong?: string[]
  context?: string[]
  /** always: a place or institution copy capitalises wherever it stands (“the White House”, the building and the presidency). */
  capitals?: 'always'
  source: string
}

export interface NameOccurrence {
  start: number
  end: number
  entry: OfficialName
  /** The form as written. */
  form: string
  /** Whether the form is the canonical name (otherwise a known wrong form). */
  canonical: boolean
}

/** The starter list shipped with copydesk; newsrooms add files through `officialNames` in their config. */
export const defaultOfficialNamesFile = path.join(packageRoot, 'corpus', 'official-names.yaml')

const fields = new Set(['name', 'kind', 'spelling', 'variants', 'wrong', 'context', 'capitals', 'source'])

export function readOfficialNames(file: string): OfficialName[] {
  const data = readYamlData(file) as {names?: unknown}
  if (!Array.isArray(data?.names)) throw new ConfigError(`${file}: expected a list under “names”`)
  // Where each name was first listed: the index keeps one entry a name, and a second in the same file was dropped in silence.
  const listed = new Map<string, number>()
  return data.names.map((entry: Record<string, unknown>, index: number) => {
    const named = typeof entry?.name === 'string' && entry.name.trim() !== ''
    const problem = (text: string) => new ConfigError(`${file}: entry ${index + 1}${named ? ` (${entry.name})` : ''}: ${text}`)
    if (typeof entry !== 'object' || entry === null) throw problem('expected {name, kind, source, …}')
    for (const key of Object.keys(entry)) if (!fields.has(key)) throw problem(`unknown field “${key}” (quote values that contain commas)`)
    if (typeof entry.name !== 'string' || typeof entry.kind !== 'string' || typeof entry.source !== 'string') throw problem('name, kind and source must be text')
    // Both were taken in silence: an empty name is none the rule can find, and a kind off the list is a slip (“programm”).
    if (!named) throw problem('name is empty')
    if (!(officialNameKinds as readonly string[]).includes(entry.kind)) throw problem(`kind must be ${officialNameKinds.slice(0, -1).join(', ')} or ${officialNameKinds.at(-1)}, not ${JSON.stringify(entry.kind)}`)
    // Each message's note names the source: an empty one read “Source: .”.
    if (entry.source.trim() === '') throw problem('source is empty; say who publishes the name')
    if (entry.spelling !== undefined && entry.spelling !== 'en-GB' && entry.spelling !== 'en-US') throw problem('spelling must be en-GB or en-US')
    if (entry.capitals !== undefined && entry.capitals !== 'always') throw problem('capitals must be “always”')
    for (const list of ['wrong', 'context'] as const) {
      const value = entry[list]
      if (value !== undefined && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) throw problem(`${list} must be a list of text`)
      // An empty context word is met in any paragraph, lifting the name's limit, and an empty wrong form is none.
      const empty = (value as string[] | undefined)?.findIndex((item) => item.trim() === '') ?? -1
      if (empty >= 0) throw problem(`${{wrong: 'wrong form', context: 'context word'}[list]} ${empty + 1} is empty; leave it out`)
    }
    const first = listed.get(normaliseApostrophes(entry.name))
    if (first !== undefined) throw problem(`listed already as entry ${first + 1}; give a name one entry, with all its wrong forms`)
    listed.set(normaliseApostrophes(entry.name), index)
    return entry as unknown as OfficialName
  })
}

interface Form {
  text: string
  entry: OfficialName
  canonical: boolean
}

/**
 * Finds official names and their wrong forms in text. Forms are indexed by
 * their first word, so a lookup costs one map probe per word of the article.
 */
export class OfficialNameIndex {
  private readonly byFirstWord = new Map<string, Form[]>()
  /** The first characters of the first words: most words of an article start with none of them. */
  private readonly openings = new Set<number>()
  /** The names always capitalised, by their lower-case form, and one pattern for them in lower case: made on first need. */
  private lowerCase?: {entries: Map<string, OfficialName>; pattern: RegExp | undefined}

  constructor(entries: OfficialName[]) {
    const seen = new Set<string>()
    const add = (text: string, entry: OfficialName, canonical: boolean) => {
      const normal = normaliseApostrophes(text)
      if (seen.has(normal)) return
      seen.add(normal)
      const key = firstWord(normal)
      this.openings.add(key.charCodeAt(0))
      const list = this.byFirstWord.get(key) ?? []
      list.push({text: normal, entry, canonical})
      list.sort((a, b) => b.text.length - a.text.length)
      this.byFirstWord.set(key, list)
    }
    for (const entry of entries) add(entry.name, entry, true)
    for (const entry of entries) {
      const wrong = [...(entry.wrong ?? [])]
      if (entry.spelling && entry.variants !== false) {
        for (const form of [entry.name, ...wrong]) wrong.push(...otherSpellings(form, entry.spelling))
      }
      for (const form of wrong) add(form, entry, false)
    }
  }

  private last?: {article: Article; found: NameOccurrence[]}

  /**
   * Longest, non-overlapping occurrences, in text order. Several rules ask
   * about the same article in turn, so the last answer is kept.
   */
  /**
   * Names that are always capitalised (`capitals: always`) written in lower
   * case after “the”, as copy names the institution (“the white house
   * said”, “the pentagon”); “a white house”, “a pentagon” are a house and a
   * shape.
   */
  inLowerCase(text: string): NameOccurrence[] {
    if (!this.lowerCase) {
      const entries = [...this.byFirstWord.values()].flat().filter((form) => form.canonical && form.entry.capitals === 'always').map((form) => form.entry)
      const forms = entries.map((entry) => 'the\\s+' + entry.name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
      this.lowerCase = {entries: new Map(entries.map((entry) => [entry.name.toLowerCase(), entry])), pattern: forms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined}
    }
    const {entries, pattern} = this.lowerCase
    if (!pattern) return []
    const found: NameOccurrence[] = []
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      const form = match[0].replace(/^the\s+/, '')
      const entry = entries.get(form.replace(/\s+/g, ' '))
      if (!entry) continue
      const start = match.index + match[0].length - form.length
      found.push({start, end: start + form.length, entry, form, canonical: false})
    }
    return found
  }

  find(article: Article): NameOccurrence[] {
    if (this.last?.article === article) return this.last.found
    const normal = normaliseApostrophes(article.prose)
    const found: NameOccurrence[] = []
    let after = 0
    for (const word of article.words) {
      const start = word.start
      if (start < after || !this.openings.has(word.text.charCodeAt(0))) continue
      const candidates = this.byFirstWord.get(firstWord(word.text))
      if (!candidates) continue
      const form = candidates.find((candidate) => normal.startsWith(candidate.text, start) && !/[\p{L}\p{N}]/u.test(normal[start + candidate.text.length] ?? ''))
      if (!form) continue
      after = start + form.text.length
      found.push({start, end: after, entry: form.entry, form: article.text.slice(start, after), canonical: form.canonical})
    }
    this.last = {article, found}
    return found
  }
}

/** The leading run of letters and digits: "U.S." → "U", "Self-Defense" → "Self". */
function firstWord(text: string): string {
  let end = 0
  while (end < text.length && letterOrDigit(text.charCodeAt(end))) end++
  return text.slice(0, end)
}

/**
 * Every form of a name with one or more of its words respelled in the other
 * dialect: "Global Combat Air Programme" → "Global Combat Air Program".
 */
function otherSpellings(name: string, spelling: Dialect): string[] {
  const pairs = variantPairs()
  const parts = name.split(/([\p{L}]+)/u)
  const swappable = parts.map((part) => {
    const variant = pairs.get(part.toLowerCase())
    return variant && variant.dialect === spelling ? matchCase(part, variant.counterpart) : undefined
  })
  const positions = swappable.flatMap((swap, index) => (swap ? [index] : []))
  const forms: string[] = []
  for (let mask = 1; mask < 1 << positions.length && positions.length <= 4; mask++) {
    const copy = [...parts]
    positions.forEach((position, bit) => {
      if (mask & (1 << bit)) copy[position] = swappable[position]!
    })
    forms.push(copy.join(''))
  }
  return forms
}

/**
 * A wrong form that is another entry's name: the index keeps the name, so the
 * wrong form was dropped in silence, and the entry that listed it would never
 * report it. The data contradicts itself; the desk must say which it means
 * (an entry of its own under the same name replaces a shipped one).
 */
function refuseWrongFormsThatAreNames(files: ReadonlyArray<{file: string; entries: OfficialName[]}>, byName: ReadonlyMap<string, OfficialName>): void {
  const fileOf = new Map(files.flatMap(({file, entries}) => entries.map((entry) => [entry, file] as const)))
  for (const {file, entries} of files) {
    entries.forEach((entry, index) => {
      // An entry a later file replaced is not in the index: its wrong forms are none.
      if (byName.get(normaliseApostrophes(entry.name)) !== entry) return
      for (const form of entry.wrong ?? []) {
        const other = byName.get(normaliseApostrophes(form))
        if (other && other !== entry) throw new ConfigError(`${file}: entry ${index + 1} (${entry.name}): wrong form “${form}” is the name of an entry of ${fileOf.get(other)}; a name cannot be both right and wrong`)
      }
    })
  }
}

const indexes = new Map<string, OfficialNameIndex>()

/** The index for the starter list plus a newsroom's files, built once per process. */
export function officialNameIndex(extraFiles: readonly string[] = []): OfficialNameIndex {
  const key = extraFiles.join('\n')
  let index = indexes.get(key)
  if (!index) {
    // An entry replaces the one of its name read before it (the shipped list's, or an earlier file's), as a desk's
    // people record does: the index kept the first, so a desk's correction of a shipped entry (its source, its
    // context, variants: false) was ignored in silence, and only its wrong forms were added.
    const byName = new Map<string, OfficialName>()
    const files = [defaultOfficialNamesFile, ...extraFiles].map((file) => ({file, entries: readOfficialNames(file)}))
    for (const {entries} of files) for (const entry of entries) byName.set(normaliseApostrophes(entry.name), entry)
    refuseWrongFormsThatAreNames(files, byName)
    index = new OfficialNameIndex([...byName.values()])
    indexes.set(key, index)
  }
  return index
}
