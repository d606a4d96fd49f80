import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import nspell from 'nspell'
import type {Word} from 'nlcst'
import {SortedLines, type WordLookup} from '../text/sorted-lines.js'
import {sha1, stampsHold, type SourceStamp} from '../text/data-files.js'
import {hunspellFolder} from '../model/files.js'
import {readText} from '../model/shared-bytes.js'
import type {Dialect} from '../types.js'

/** What the rules ask of a Hunspell dictionary. */
export interface Speller {
  /** Whether the dictionary accepts the word, as Hunspell would (case forms, compounds such as “21st”). */
  correct(word: string): boolean
  /** Dictionary words one edit or one sound-alike replacement away, for a word it does not accept. */
  suggest(word: string): string[]
}

/**
 * The expanded dictionary `scripts/compile-word-lists.js` writes at build time: the word forms to
 * `<dialect>.words.txt`, sorted (those all three dialects share once, to `common.words.txt`), and the
 * rest to `<dialect>.json`.
 */
export interface Expanded {
  words: string[]
  noSuggest: string[]
  keepCase: string[]
  forbidden: string[]
  compoundMin: number
  compoundRules: string[]
  conversion: Array<[string, string]>
  replacements: Array<[string, string]>
}

const spellers = new Map<Dialect, Promise<Speller>>()

const dictionaryPackages: Record<Dialect, string> = {'en-GB': 'dictionary-en-gb', 'en-US': 'dictionary-en', 'en-AU': 'dictionary-en-au'}

/**
 * The Hunspell affix and word files of a dialect, as the dictionary packages
 * ship them: read from beside the package's module, as that module does,
 * rather than imported: the lint command's bundle runs as a script of
 * node:vm, to use its code cache, and such a script cannot import().
 */
export async function loadDictionary(dialect: Dialect): Promise<{aff: Uint8Array; dic: Uint8Array}> {
  const {aff, dic} = dictionaryFiles(dialect)
  return {aff: readFileSync(aff), dic: readFileSync(dic)}
}

/** Where a dialect's dictionary package keeps its affix and word files, and the package's version. */
export function dictionaryFiles(dialect: Dialect): {aff: string; dic: string; version: string} {
  const folder = path.dirname(createRequire(import.meta.url).resolve(dictionaryPackages[dialect]))
  const {version} = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {version: string}
  return {aff: path.join(folder, 'index.aff'), dic: path.join(folder, 'index.dic'), version}
}


/** What the build expanded, per dialect: the hash of the affix and word files and their stamps (`SourceStamp`). */
function manifest(): Partial<Record<Dialect, {sha1: string; version?: string; stamps?: SourceStamp[]}>> {
  const file = path.join(hunspellFolder, 'manifest.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}
}

/** Whether the build expanded this very dictionary (the package could have been updated since). */
function builtFrom(dialect: Dialect, dictionary: {aff: Uint8Array; dic: Uint8Array}): boolean {
  return manifest()[dialect]?.sha1 === dictionaryHash(dictionary)
}

/**
 * The Hunspell dictionary of a dialect, once per process. The build expands
 * it into its word forms (dist/data/hunspell/), which load in a tenth of the
 * time nspell takes to build it from the affix rules; when the installed
 * dictionary package is not the one the build expanded, nspell expands it.
 */
export function loadSpeller(dialect: Dialect): Promise<Speller> {
  let speller = spellers.get(dialect)
  if (!speller) {
    // While the package and its files are the ones the build stamped, the files need not be read, nor hashed.
    // The version counts too: npm gives every file it installs the same time of change.
    const {aff, dic, version} = dictionaryFiles(dialect)
    const built = manifest()[dialect]
    speller = built?.version === version && stampsHold(built.stamps, [aff, dic])
      ? Promise.resolve(expandedSpeller(dialect))
      : loadDictionary(dialect).then((dictionary) => (builtFrom(dialect, dictionary) ? expandedSpeller(dialect) : slowSpeller(dictionary)))
    spellers.set(dialect, speller)
  }
  return speller
}

/**
 * Whether the Hunspell dictionary knows a word token, exactly as retext-spell
 * judges it (test/spelling-dictionary.test.ts holds the two to the same
 * verdict on every word of the real-copy set): curly apostrophes read as
 * straight ones, numbers and clock times left alone, and a word made of
 * parts (“alpha-bravo”) known when each part is. It asks the dictionary the
 * build expanded into its word forms, where retext-spell would first have
 * nspell build the same dictionary again: a fifth of a second in every process.
 */
export function hunspellKnows(token: {text: string; node: Word}, speller: Speller): boolean {
  if (knowsWritten(speller, token.text)) return true
  const parts = token.node.children
  return parts.length > 1 && parts.every((part) => part.type !== 'TextNode' || hunspellIgnores(part.value) || speller.correct(part.value))
}

/**
 * A word as written, known or ignored. Not remembered here: the speller
 * remembers its answers, and a second memo in front of it cost every word
 * seen once a look-up and an entry more than the checks below.
 */
function knowsWritten(speller: Speller, text: string): boolean {
  const written = text.includes('’') ? text.replace(/’/g, "'") : text
  return hunspellIgnores(written) || speller.correct(written)
}

/** Numbers and clock times, which a dictionary has no say in: only a word that opens with a digit is matched against them. */
function hunspellIgnores(word: string): boolean {
  const first = word.charCodeAt(0)
  return first >= 48 && first <= 57 && (/^\d+$/.test(word) || /^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i.test(word))
}

/**
 * The build's expansion of a dialect's dictionary: its flags and rules in
 * JSON, its 120,000 word forms in a sorted file searched where it lies
 * (parsing them as JSON and filling a set would cost each process 60 ms).
 */
function expandedSpeller(dialect: Dialect): Speller {
  const base = path.join(hunspellFolder, dialect)
  const own = new SortedLines(readFileSync(`${base}.words.txt`, 'utf8'))
  const shared = commonForms()
  return new ExpandedSpeller(JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Omit<Expanded, 'words'>, {has: (word) => shared.has(word) || own.has(word)})
}

let common: SortedLines | undefined

/** The word forms all three dialects' dictionaries share, read once however many dialects a process checks. */
function commonForms(): SortedLines {
  return (common ??= new SortedLines(readText(path.join(hunspellFolder, 'common.words.txt'))))
}

/** A dictionary the build did not expand, expanded by nspell now: a quarter of a second. */
function slowSpeller(dictionary: {aff: Uint8Array; dic: Uint8Array}): Speller {
  const expanded = expandDictionary(dictionary)
  return new ExpandedSpeller(expanded, new Set(expanded.words))
}

/** nspell's dictionary after it has applied the affix rules: every word form with its flags. */
interface BuiltDictionary {
  data: Record<string, string[]>
  flags: Record<string, string | number | boolean | undefined>
  compoundRules: RegExp[]
  conversion: {in: Array<[RegExp, string]>}
  replacementTable: Array<[string, string]>
}

/**
 * A dictionary expanded into its word forms by nspell: at build time
 * (scripts/compile-word-lists.js) and, the slow way, for a dictionary the
 * build did not expand.
 */
export function expandDictionary(dictionary: {aff: Uint8Array; dic: Uint8Array}): Expanded {
  const built = nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)}) as unknown as BuiltDictionary
  const {flags, data} = built
  const has = (codes: string[], flag: unknown) => typeof flag === 'string' && codes.includes(flag)
  const expanded: Expanded = {words: [], noSuggest: [], keepCase: [], forbidden: [], compoundMin: Number(flags.COMPOUNDMIN ?? 3), compoundRules: built.compoundRules.map((rule) => rule.source), conversion: built.conversion.in.map(([pattern, replacement]) => [pattern.source, replacement]), replacements: built.replacementTable ?? []}
  for (const [word, codes] of Object.entries(data)) {
    if (has(codes, flags.ONLYINCOMPOUND)) continue
    if (has(codes, flags.FORBIDDENWORD)) expanded.forbidden.push(word)
    else expanded.words.push(word)
    if (has(codes, flags.NOSUGGEST)) expanded.noSuggest.push(word)
    if (has(codes, flags.KEEPCASE)) expanded.keepCase.push(word)
  }
  return expanded
}

/** The hash the build's manifest records of each dictionary it expanded. */
export function dictionaryHash(dictionary: {aff: Uint8Array; dic: Uint8Array}): string {
  return sha1(dictionary.aff, dictionary.dic)
}

/** Letters tried for an inserted or replaced letter, commonest first. */
const alphabet = "esianrtolcdugmphbyfvkwzjxq'"

/**
 * Hunspell's answers from the expanded word forms: a word is correct as
 * written, or in sentence case when written in capitals, or in lower case —
 * unless that form keeps its case or is forbidden — or when a compound rule
 * (ordinal numbers) matches it.
 */
class ExpandedSpeller implements Speller {
  private readonly noSuggest: Set<string>
  private readonly keepCase: Set<string>
  private readonly forbidden: Set<string>
  private readonly compoundRules: RegExp[]
  private readonly conversion: Array<[RegExp, string]>
  /** Answers given: an article repeats its words, and each answer costs a few searches of the sorted word forms. */
  private readonly answers = new Map<string, boolean>()

  constructor(
    private readonly expanded: Omit<Expanded, 'words'>,
    private readonly words: WordLookup
  ) {
    this.noSuggest = new Set(expanded.noSuggest)
    this.keepCase = new Set(expanded.keepCase)
    this.forbidden = new Set(expanded.forbidden)
    this.compoundRules = expanded.compoundRules.map((source) => new RegExp(`^${source}$`))
    this.conversion = expanded.conversion.map(([source, replacement]) => [new RegExp(source, 'g'), replacement])
  }

  correct(word: string): boolean {
    let answer = this.answers.get(word)
    if (answer === undefined) {
      answer = this.judge(word)
      if (this.answers.size >= 100_000) this.answers.clear()
      this.answers.set(word, answer)
    }
    return answer
  }

  private judge(word: string): boolean {
    let normal = word.trim()
    if (!normal) return false
    // The input conversions (’ to ') change only words that hold a character other than a-z.
    if (/[^a-z]/i.test(normal)) for (const [pattern, replacement] of this.conversion) normal = normal.replace(pattern, replacement)
    if (this.forbidden.has(normal)) return false
    if (this.exact(normal)) return true
    if (normal.toUpperCase() === normal) {
      const sentence = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (this.keepCase.has(sentence) || this.forbidden.has(sentence)) return false
      if (this.exact(sentence)) return true
    }
    const lower = normal.toLowerCase()
    if (lower !== normal) {
      if (this.keepCase.has(lower) || this.forbidden.has(lower)) return false
      if (this.exact(lower)) return true
    }
    return false
  }

  private exact(word: string): boolean {
    if (this.words.has(word)) return true
    return word.length >= this.expanded.compoundMin && this.compoundRules.some((rule) => rule.test(word))
  }

  suggest(word: string): string[] {
    const value = word.trim()
    if (!value || this.correct(value)) return []
    const found = new Set<string>()
    // Edits of a lower-case word are lower case: a form the dictionary lists
    // as written, or nothing (thousands are tried for a long word, so the
    // full check with its case forms is skipped).
    const lowerCase = value === value.toLowerCase()
    const consider = (candidate: string) => {
      if (candidate !== value && !this.noSuggest.has(candidate) && (lowerCase ? this.words.has(candidate) : this.judge(candidate))) found.add(candidate)
    }
    const soundAlikes = this.soundAlikes(value)
    for (const candidate of soundAlikes) consider(candidate)
    forEachEdit(value, consider)
    if (found.size > 0) return [...found]
    // Nothing one step away: a second step from the sound-alikes and from the
    // word with a letter doubled or undoubled, the commonest pair of slips
    // (“harrasment”, “ressurection”), as Hunspell does.
    for (const variant of [...soundAlikes, ...doublings(value)]) forEachEdit(variant, consider)
    return [...found]
  }

  /** The dictionary's own sound-alike replacements (ei/ie, f/ph…), each applied at every place it fits. */
  private soundAlikes(value: string): string[] {
    const variants: string[] = []
    for (const [from, to] of this.expanded.replacements) {
      for (let at = value.indexOf(from); at >= 0; at = value.indexOf(from, at + 1)) variants.push(value.slice(0, at) + to + value.slice(at + from.length))
    }
    return variants
  }
}

/** Every single edit of a word: a letter dropped, two swapped, one replaced, one added. */
function forEachEdit(value: string, visit: (candidate: string) => void): void {
  for (let at = 0; at <= value.length; at++) {
    const before = value.slice(0, at)
    const after = value.slice(at)
    if (at < value.length) visit(before + after.slice(1))
    if (at < value.length - 1) visit(before + after[1] + after[0] + after.slice(2))
    for (const letter of alphabet) {
      if (at < value.length && letter !== after[0]) visit(before + letter + after.slice(1))
      visit(before + letter + after)
    }
  }
}

/** The word with one letter doubled, or one doubled letter made single. */
function doublings(value: string): string[] {
  const variants: string[] = []
  for (let at = 0; at < value.length; at++) {
    if (value[at] === value[at + 1]) variants.push(value.slice(0, at) + value.slice(at + 1))
    else if (value[at] !== value[at - 1]) variants.push(value.slice(0, at + 1) + value.slice(at))
  }
  return variants
}
