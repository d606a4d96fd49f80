import {stem, stopwords} from '../text/stem.js'

/*
 * The content words of a line (a letter, then letters, apostrophes and
 * hyphens, four characters in all, in lower case, not a function word) and
 * their stems, for the roles of lines and the furniture detector: how often
 * each stem occurs in an article, and a line's own stems.
 *
 * Each distinct word gets a number the first time the process reads it, in a
 * table looked up by the word's characters where they stand: a word met
 * before is neither copied out of its line nor hashed again as a string, its
 * stem is worked out once and numbered too, and an article's stems are
 * counted in an array by number. Counting the real-copy clean set's content stems word by word in a
 * map of strings cost 0.17 ms per 1,000 words, more than a quarter of the
 * line roles' time.
 */

/** The kinds of a code unit: in no word, a letter, a joiner. */
const notInWord = 0
const wordLetter = 1
/** An apostrophe or a hyphen, which a word may hold after its first letter. */
const joiner = 2
/** Each code unit's kind, worked out on first sight (0 unknown, else the kind plus one). */
const kinds = new Uint8Array(65536)

/** The kind of a code unit `kinds` does not know yet, worked out and kept. */
function newKind(code: number): number {
  const kind = code === 0x2019 || code === 39 || code === 45 ? joiner : /\p{L}/u.test(String.fromCharCode(code)) ? wordLetter : notInWord
  kinds[code] = kind + 1
  return kind
}

/** The table grows past this many words only by starting again: an archive run meets new names without end. */
const mostWords = 200_000

/**
 * Every word read so far, by number: its text, whether it is a function
 * word, and the number of its stem; and every stem, by number. Found by
 * open addressing on the word's FNV-1a hash.
 */
class WordTable {
  readonly words: string[] = []
  functionWord = new Uint8Array(1024)
  /** Each word's hash, by number, to grow the table without hashing the words again. */
  hashes = new Int32Array(1024)
  /** Each word's stem's number plus one (0: not yet worked out). */
  stemNumbers = new Int32Array(1024)
  /** Each slot holds a word's number plus one (0: empty); kept at most half full, so that a look reads on through few slots. */
  slots = new Int32Array(4096)
  readonly stems: string[] = []
  readonly stemIndex = new Map<string, number>()
  /** An article's count of each stem, by number, while it is counted (`contentStemCounts`); zero between articles. */
  stemTally = new Int32Array(1024)

  /** The number of the word `lower` holds from `start` to `end` (its hash `hash`), given one if it has none. */
  wordNumber(lower: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    for (let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]
      if (held === 0) return this.add(lower.slice(start, end), hash, slot)
      const number = held - 1
      if (this.hashes[number] === hash && sameWord(this.words[number], lower, start, end)) return number
    }
  }

  stemNumber(word: number): number {
    const held = this.stemNumbers[word]
    if (held !== 0) return held - 1
    const key = stem(this.words[word])
    let number = this.stemIndex.get(key)
    if (number === undefined) {
      number = this.stems.length
      this.stems.push(key)
      this.stemIndex.set(key, number)
      if (number === this.stemTally.length) this.stemTally = grown(this.stemTally)
    }
    this.stemNumbers[word] = number + 1
    return number
  }

  private add(word: string, hash: number, slot: number): number {
    const number = this.words.length
    this.words.push(word)
    if (number === this.hashes.length) {
      this.hashes = grown(this.hashes)
      this.stemNumbers = grown(this.stemNumbers)
      const wider = new Uint8Array(2 * this.functionWord.length)
      wider.set(this.functionWord)
      this.functionWord = wider
    }
    this.hashes[number] = hash
    this.functionWord[number] = stopwords.has(word) ? 1 : 0
    this.slots[slot] = number + 1
    if (2 * this.words.length > this.slots.length) this.rehash()
    return number
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length)
    const mask = slots.length - 1
    for (let number = 0; number < this.words.length; number++) {
      let slot = (Math.imul(this.hashes[number], 0x9e3779b1) >>> 0) & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = number + 1
    }
    this.slots = slots
  }
}

let table = new WordTable()

function sameWord(word: string, lower: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) !== lower.charCodeAt(start + index)) return false
  return true
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(2 * array.length)
  wider.set(array)
  return wider
}

/** FNV-1a over a string's code units, as the scan hashes a word where it stands. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5 | 0
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193)
  return hash
}

/**
 * The number of each content word of a line, in order. The line is read
 * character by character, classes looked up in a table, each word hashed as
 * it is read. A line with a character beyond the Basic Multilingual Plane is
 * left to the pattern (`contentWordPattern`), which the table cannot class.
 */
function forEachContentWord(text: string, visit: (number: number) => void): void {
  const lower = text.toLowerCase()
  if (surrogate.test(lower)) return byPattern(lower, visit)
  const length = lower.length
  let at = 0
  while (at < length) {
    let code = lower.charCodeAt(at)
    const known = kinds[code]
    if ((known !== 0 ? known - 1 : newKind(code)) !== wordLetter) {
      at++
      continue
    }
    let hash = Math.imul((0x811c9dc5 | 0) ^ code, 0x01000193)
    let end = at + 1
    while (end < length) {
      code = lower.charCodeAt(end)
      const known = kinds[code]
      const kind = known !== 0 ? known - 1 : newKind(code)
      if (kind !== wordLetter && kind !== joiner) break
      hash = Math.imul(hash ^ code, 0x01000193)
      end++
    }
    if (end - at >= 4) {
      const number = table.wordNumber(lower, at, end, hash)
      if (table.functionWord[number] === 0) visit(number)
    }
    at = end
  }
}

/** What `forEachContentWord` reads words with, for the lines its table cannot (`match` with the global flag gives the words alone). */
const contentWordPattern = /\p{L}[\p{L}’'-]{3,}/gu

/** Half of a surrogate pair: a character beyond the Basic Multilingual Plane, which the table does not class. */
const surrogate = /[\ud800-\udfff]/

function byPattern(lower: string, visit: (number: number) => void): void {
  for (const word of lower.match(contentWordPattern) ?? []) {
    const number = table.wordNumber(word, 0, word.length, hashOf(word))
    if (table.functionWord[number] === 0) visit(number)
  }
}

/** The stems of a line's content words, in order. */
export function contentStems(text: string): string[] {
  if (table.words.length > mostWords) table = new WordTable()
  const keys: string[] = []
  forEachContentWord(text, (number) => keys.push(table.stems[table.stemNumber(number)]))
  return keys
}

/** How often each content word's stem occurs in an article's lines. */
export function contentStemCounts(texts: readonly string[]): Map<string, number> {
  if (table.words.length > mostWords) table = new WordTable()
  const seen: number[] = []
  const count = (word: number) => {
    const number = table.stemNumber(word)
    if (table.stemTally[number]++ === 0) seen.push(number)
  }
  for (const text of texts) forEachContentWord(text, count)
  const byStem = new Map<string, number>()
  for (const number of seen) {
    byStem.set(table.stems[number], table.stemTally[number])
    table.stemTally[number] = 0
  }
  return byStem
}

/**
 * How many of a line's keys (its stems, or anything counted so) the rest of
 * the article has too: each key whose count in the article is above its
 * count in the line. Counted per key once: a line with no spaces
 * (“army/navy/…”) can hold thousands of them.
 */
export function keysElsewhere(own: readonly string[], articleCounts: ReadonlyMap<string, number>): number {
  const inLine = new Map<string, number>()
  for (const key of own) inLine.set(key, (inLine.get(key) ?? 0) + 1)
  let shared = 0
  for (const key of own) if ((articleCounts.get(key) ?? 0) > inLine.get(key)!) shared++
  return shared
}
