import {editDistance} from '../text/edit-distance.js'
import {matchCase} from '../language/variants.js'

/**
 * Official names written with one word slipped: “Department of Veteran
 * Affairs”, “Space System Command”, “Sri Lankan Air Force”, or two of its
 * words run together (“Royal Airforce”). The names
 * come from the newsroom's lists (official names, the names acronyms stand
 * for); the text shows the rest: a run of capitalised words that is a known
 * name but for one word a letter away.
 */

/** A name the lists know, as words in lower case. */
export interface KnownName {
  words: string[]
  /** Written with capitals in its list: a proper name, whose every letter counts. A generic term (“joint task force”) may take a plural. */
  proper: boolean
}

export interface NameSlip {
  start: number
  end: number
  /** The name as the text writes it, and as it should be. */
  written: string
  fixed: string
  /** “a word a letter away”, “two words run together”, or the name in lower case where the article capitalises it elsewhere. */
  slip: 'word' | 'glued' | 'lower'
  /** The word as written, and the name's word (or words). */
  actual: string
  expected: string
  /** For a word a letter away: the name's words in lower case, the slipped word's place among them, and whether the name is proper. */
  name?: {words: readonly string[]; at: number; proper: boolean}
}

/** A name's words are its runs of letters and digits: hyphens and marks between them do not count (“Self-Defense”). */
const wordPattern = /[\p{L}\p{N}]+/gu

/** A name as the index compares it: its words in lower case. */
export function nameWords(name: string): string[] {
  return (name.match(wordPattern) ?? []).map((word) => word.toLowerCase())
}

/** Small words that join the capitalised words of a name: “Department of Veterans Affairs”. */
const connectors = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', 'de', 'at'])

/** The first words of offices, which copy writes in lower case away from a name: “the secretary of state”. */
const titleHeads = new Set(['secretary', 'minister', 'chief', 'director', 'deputy', 'under', 'assistant', 'commander', 'chairman', 'chair', 'head', 'president', 'vice', 'general', 'admiral', 'ambassador', 'principal', 'inspector', 'surgeon', 'attorney', 'chancellor', 'governor', 'commandant', 'officer', 'adjutant', 'judge', 'senior', 'special', 'acting', 'program', 'programme', 'project'])

/** Longest name, in words, that is compared. */
const maxWords = 8

interface Token {
  text: string
  lower: string
  start: number
  end: number
  connector: boolean
}

/**
 * The index in a form JSON keeps: the build writes the default lists' index
 * (scripts/compile-name-slips.js) and a process reads it in a few
 * milliseconds, where building it costs tens.
 */
export interface NameSlipData {
  /** Each name: 1 for a proper name, 0 for a term, then its words. */
  names: Array<[number, ...string[]]>
  exact: string[]
  byFirst: Array<[string, number[][]]>
  byLast: Array<[string, number[][]]>
  glued: Array<[string, [number, number]]>
  firsts: Array<[string, number]>
  lasts: Array<[string, number]>
}

export class NameSlipIndex {
  private readonly names: KnownName[] = []
  /** Every known name, its words joined by a space. */
  private readonly exact = new Set<string>()
  /** Names of three words or more (as places in `names`) by their first and by their last word, then by length: one end of a slipped name is as written. */
  private readonly byFirst = new Map<string, number[][]>()
  private readonly byLast = new Map<string, number[][]>()
  /** A name with two neighbouring words run together (“royal airforce”): the name's place, and where the run is. */
  private readonly glued = new Map<string, [number, number]>()
  /**
   * The first and the last words of the names and of their run-together
   * forms, each with the lengths (in words, as bits) of the names it starts
   * or ends: a window of the text whose ends start and end no name of its
   * length is passed over.
   */
  private readonly firsts = new Map<string, number>()
  private readonly lasts = new Map<string, number>()
  /** The proper names of three words or more, their words joined by a space: worked out on first need. */
  private properKeys?: Set<string>

  /** The index of a list of names. */
  static of(names: Iterable<KnownName>): NameSlipIndex {
    const index = new NameSlipIndex()
    for (const name of names) index.add(name)
    return index
  }

  /** An index written by `data()`: its tables as they were, no name indexed again. */
  static restore(data: NameSlipData): NameSlipIndex {
    return Object.assign(new NameSlipIndex(), {
      names: data.names.map((entry) => ({words: entry.slice(1) as string[], proper: entry[0] === 1})),
      exact: new Set(data.exact),
      byFirst: new Map(data.byFirst),
      byLast: new Map(data.byLast),
      glued: new Map(data.glued),
      firsts: new Map(data.firsts),
      lasts: new Map(data.lasts)
    })
  }

  data(): NameSlipData {
    return {
      names: this.names.map((name) => [name.proper ? 1 : 0, ...name.words]),
      exact: [...this.exact],
      byFirst: [...this.byFirst],
      byLast: [...this.byLast],
      glued: [...this.glued],
      firsts: [...this.firsts],
      lasts: [...this.lasts]
    }
  }

  private add(name: KnownName): void {
    const {words} = name
    if (words.length < 2 || words.length > maxWords) return
    const key = words.join(' ')
    if (this.exact.has(key)) return
    this.exact.add(key)
    const place = this.names.push(name) - 1
    this.addEnds(words)
    if (words.length >= 3) {
      for (const [map, word] of [[this.byFirst, words[0]], [this.byLast, words.at(-1)!]] as const) {
        const byLength = map.get(word) ?? []
        ;(byLength[words.length] ??= []).push(place)
        map.set(word, byLength)
      }
    }
    // A term run together is often a spelling of its own (“taskforce”); a proper name's words are its own.
    for (let at = 0; name.proper && at + 1 < words.length; at++) {
      if (connectors.has(words[at]) || connectors.has(words[at + 1])) continue
      const run = [...words.slice(0, at), words[at] + words[at + 1], ...words.slice(at + 2)]
      const key = run.join(' ')
      if (this.glued.has(key)) continue
      this.glued.set(key, [place, at])
      this.addEnds(run)
    }
  }

  private addEnds(words: readonly string[]): void {
    const bit = 1 << words.length
    this.firsts.set(words[0], (this.firsts.get(words[0]) ?? 0) | bit)
    this.lasts.set(words.at(-1)!, (this.lasts.get(words.at(-1)!) ?? 0) | bit)
  }

  /**
   * The slips in a text. `isWord` tells a run-together pair that is a word
   * in its own right (“Airfield”) from a slip; `variants` tells two
   * spellings of one word in two dialects (Defence, Defense), which the
   * spelling rules judge. The longest window at each place is judged first;
   * a name written right, or slipped, covers the windows inside it.
   */
  find(text: string, isWord: (word: string) => boolean, variants: (one: string, other: string) => boolean): NameSlip[] {
    const found: NameSlip[] = []
    /** Names of three words or more written right, for their lower-case forms elsewhere. */
    const named: Array<{start: number; end: number; key: string}> = []
    // A capitalised word alone can only be a name's words run together (“Airforce”).
    const single = (word: string) => Boolean((this.firsts.get(word.toLowerCase()) ?? 0) & 2)
    for (const run of capitalisedRuns(text, single)) {
      const lowers = run.map((token) => token.lower)
      // Each word's lengths of the names it starts and ends, looked up once; a connector ends none.
      const starts = lowers.map((word) => this.firsts.get(word) ?? 0)
      const ends = run.map((token) => (token.connector ? 0 : (this.lasts.get(token.lower) ?? 0)))
      let covered = -1
      for (let start = 0; start < run.length; start++) {
        if (start <= covered || run[start].connector) continue
        for (let length = Math.min(maxWords, run.length - start); length >= 1; length--) {
          // Most windows hold no name: a name written right, or run together, has both ends of a name of
          // the window's length; a slipped word of three or more (`judge`) keeps at least one of them.
          const bit = 1 << length
          const ended = length >= 3 ? (starts[start] | ends[start + length - 1]) & bit : starts[start] & ends[start + length - 1] & bit
          if (!ended || run[start + length - 1].connector) continue
          const verdict = this.judge(text, run, lowers, start, length, isWord, variants)
          if (!verdict) continue
          if (verdict !== 'right') found.push(verdict)
          else if (length >= 3) named.push({start: run[start].start, end: run[start + length - 1].end, key: lowers.slice(start, start + length).join(' ')})
          covered = start + length - 1
          break
        }
      }
    }
    return named.length === 0 ? found : [...found, ...this.inLowerCase(text, named)]
  }

  /**
   * A proper name of three words or more that the article writes
   * capitalised and, elsewhere, in lower case (“the Global Combat Air
   * Programme” and later “the global combat air programme”): the lower-case
   * one is the slip. A term of the lists (“joint task force”) may be
   * written either way, and so may an office away from a name (“the
   * secretary of defense said”, as American style writes it).
   */
  private inLowerCase(text: string, named: ReadonlyArray<{start: number; end: number; key: string}>): NameSlip[] {
    if (!this.properKeys) this.properKeys = new Set(this.names.filter((name) => name.proper && name.words.length >= 3 && !titleHeads.has(name.words[0])).map((name) => name.words.join(' ')))
    const slips: NameSlip[] = []
    const seen = new Set<string>()
    for (const {start, end, key} of named) {
      const written = text.slice(start, end)
      const lower = written.toLowerCase()
      if (seen.has(lower) || !this.properKeys.has(key)) continue
      seen.add(lower)
      for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + lower.length)) {
        const before = at > 0 ? text[at - 1] : ' '
        const after = text[at + lower.length] ?? ' '
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue
        slips.push({start: at, end: at + lower.length, written: lower, fixed: written, slip: 'lower', actual: lower, expected: written})
      }
    }
    return slips
  }

  /** The window of `length` words from `start`: a name written right, a slipped name, or neither. */
  private judge(text: string, run: Token[], lowers: string[], start: number, length: number, isWord: (word: string) => boolean, variants: (one: string, other: string) => boolean): NameSlip | 'right' | undefined {
    const window = run.slice(start, start + length)
    const key = lowers.slice(start, start + length).join(' ')
    if (this.exact.has(key)) return 'right'
    const written = () => text.slice(window[0].start, window.at(-1)!.end)
    const glued = this.glued.get(key)
    if (glued) {
      const [place, at] = glued
      const token = window[at]
      if (token.text.length < 6 || isWord(token.lower)) return undefined
      const {words} = this.names[place]
      const pair = [matchCase(token.text, words[at]), matchCase(token.text, words[at + 1])].join(' ')
      return {start: window[0].start, end: window.at(-1)!.end, written: written(), fixed: replace(text, window, at, pair), slip: 'glued', actual: token.text, expected: pair}
    }
    if (length < 3) return undefined
    const places = [...(this.byFirst.get(lowers[start])?.[length] ?? []), ...(this.byLast.get(lowers[start + length - 1])?.[length] ?? [])]
    for (const name of places.map((place) => this.names[place])) {
      const at = onlyDifference(lowers, start, name.words)
      if (at < 0) continue
      const [mine, theirs] = [lowers[start + at], name.words[at]]
      if (!oneSlipApart(mine, theirs, name.proper) || variants(mine, theirs) || agentVariants(mine, theirs, isWord)) continue
      const token = window[at]
      const expected = matchCase(token.text, theirs)
      return {start: window[0].start, end: window.at(-1)!.end, written: written(), fixed: replace(text, window, at, expected), slip: 'word', actual: token.text, expected, name: {words: name.words, at, proper: name.proper}}
    }
    return undefined
  }
}

/**
 * One agent noun spelled with “-er” and with “-or”, both words of the dictionary: “National Security Advisor” is
 * the White House's spelling of the office the lists give as “Adviser” (in the ninth set of unseen articles).
 */
function agentVariants(mine: string, theirs: string, isWord: (word: string) => boolean): boolean {
  const ending = /(?:er|or)$/u
  return ending.test(mine) && ending.test(theirs) && mine.slice(0, -2) === theirs.slice(0, -2) && isWord(mine)
}

/** Where the words of the text from `start` differ from a name's, if in one place only; else -1. */
function onlyDifference(mine: readonly string[], start: number, theirs: readonly string[]): number {
  let at = -1
  for (let index = 0; index < theirs.length; index++) {
    if (mine[start + index] === theirs[index]) continue
    if (at >= 0) return -1
    at = index
  }
  return at
}

/**
 * A word of a name written a letter away from the name's own: one edit,
 * both of four letters or more, letters only. A name in the plural names
 * several things (“Indian Naval Ships Sahyadri and Kulish”, “Operations
 * Iraqi Freedom and Enduring Freedom”); a plural word of a proper name in
 * the singular is a slip (“Department of Veteran Affairs”), of a term
 * (“joint task forces”) it is not.
 */
function oneSlipApart(mine: string, theirs: string, proper: boolean): boolean {
  if (Math.min(mine.length, theirs.length) < 4 || !/^\p{L}+$/u.test(mine) || !/^\p{L}+$/u.test(theirs)) return false
  if (mine === theirs + 's' || mine === theirs + 'es') return false
  if (!proper && (theirs === mine + 's' || theirs === mine + 'es')) return false
  return editDistance(mine, theirs, 1) === 1
}

/**
 * The runs of a text's capitalised words, joined by spaces or hyphens and by
 * the small words of names (“of”, “for”): the places a name can stand.
 * Any other mark (a comma, a bracket, a full stop) ends a run. One pattern
 * finds the runs, passing over the lower-case text between them at once; a
 * word alone is a run only where `single` says it may hold a name.
 */
function capitalisedRuns(text: string, single: (word: string) => boolean): Token[][] {
  const runs: Token[][] = []
  for (const match of text.matchAll(capitalisedRun)) {
    if (!/[ \t-]/.test(match[0]) && !single(match[0])) continue
    const run: Token[] = []
    for (const word of match[0].matchAll(wordPattern)) {
      const start = match.index + word.index
      run.push({text: word[0], lower: word[0].toLowerCase(), start, end: start + word[0].length, connector: connectors.has(word[0])})
    }
    runs.push(run)
  }
  return runs
}

const capitalisedWord = '\\p{Lu}[\\p{L}\\p{N}]*'
const capitalisedRun = new RegExp(`${capitalisedWord}(?:[ \\t-]+(?:(?:${[...connectors].join('|')})[ \\t-]+)*${capitalisedWord})*`, 'gu')

/** The window's text with one word replaced. */
function replace(text: string, window: Token[], at: number, word: string): string {
  const token = window[at]
  return text.slice(window[0].start, token.start) + word + text.slice(token.end, window.at(-1)!.end)
}
