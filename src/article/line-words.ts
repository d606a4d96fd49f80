import {lineWordsFile} from '../model/files.js'
import {featureHash} from '../model/confusables.js'
import {align, readAlignedBytes} from '../model/shared-bytes.js'
import {wordClassName} from '../model/word-classes.js'
import {hasDate} from './line-shape.js'
import {caseAt, letterOrDigit} from '../text/letter-case.js'
import type {RoleFinding} from './roles.js'
import type {ParagraphRole} from './types.js'


/**
 * A line's words in lower case, as the classifier reads them (letters and
 * digits, joined by an inner hyphen or apostrophe), and how many open with a
 * capital. A scan by character codes: a pattern of Unicode classes cost a
 * third of the classifier's time.
 */
function lineTokens(text: string): {words: string[]; capitals: number} {
  const words: string[] = []
  let capitals = 0
  for (let start = wordStart(text, 0), end = 0; start < text.length; start = wordStart(text, end)) {
    end = wordEnd(text, start)
    if (caseAt(text, start) === 'upper') capitals++
    words.push(text.slice(start, end).toLowerCase())
  }
  return {words, capitals}
}

/** Where the next word starts at or after `index` (the text's length if none does). */
function wordStart(text: string, index: number): number {
  while (index < text.length && !letterOrDigit(text.charCodeAt(index))) index++
  return index
}

/** Where the word that starts at `start` ends: past its letters and digits, an inner hyphen or apostrophe joining more. */
function wordEnd(text: string, start: number): number {
  let index = start + 1
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (letterOrDigit(code)) index++
    else if ((code === 45 || code === 39 || code === 0x2019) && letterOrDigit(text.charCodeAt(index + 1))) index += 2
    else break
  }
  return index
}

/** How a line ends, as the classifier reads it. */
const endings = ['stop', 'colon', 'bracket', 'none'] as const

/**
 * What the classifier reads of the whole line: how long it is (a power of two of its words, up to 8), how it
 * ends (an index into `endings`), whether it holds a date or a quotation, and the share of its words that are
 * capitalised (in quarters).
 */
function lineShape(text: string, words: number, capitals: number): {size: number; ending: number; date: boolean; quote: boolean; capitalised: number} {
  const last = text.charCodeAt(text.length - 1)
  return {
    size: Math.min(8, Math.floor(Math.log2(words + 1))),
    ending: stopsAtEnd(text) ? 0 : last === 58 ? 1 : last === 41 ? 2 : 3,
    date: hasDate(text),
    quote: /[“”"]/u.test(text),
    capitalised: Math.round((capitals / Math.max(1, words)) * 4)
  }
}

/** Whether a text ends on a full stop, question or exclamation mark, perhaps before a closing quote or bracket (`/[.!?]["”’)]?$/`, read from the end). */
function stopsAtEnd(text: string): boolean {
  let end = text.length - 1
  if (end > 0 && '"”’)'.includes(text[end])) end--
  return end >= 0 && '.!?'.includes(text[end])
}

/** The line's shape as the features the classifier is trained on. */
function shapeFeatures(text: string, words: number, capitals: number): string[] {
  const {size, ending, date, quote, capitalised} = lineShape(text, words, capitals)
  return ['b', 'n:' + size, 'e:' + endings[ending], 'd:' + date, 'q:' + quote, 'k:' + capitalised]
}

/**
 * What the line classifier reads of a line: its shape (`shapeFeatures`),
 * each of its words and its word class, each pair of words side by side,
 * and its first and last word, a word each time it stands. The build
 * trains on these; `LineWordsModel.score` adds up the same weights without
 * making the strings.
 */
export function lineWordFeatures(line: string): string[] {
  const text = line.trim()
  const {words, capitals} = lineTokens(text)
  const features = shapeFeatures(text, words.length, capitals)
  for (let index = 0; index < words.length; index++) {
    features.push('w:' + words[index], 'c:' + wordClassName(words[index]))
    if (index + 1 < words.length) features.push('p:' + words[index] + ' ' + words[index + 1])
  }
  if (words.length > 0) features.push('f:' + words[0], 'l:' + words[words.length - 1])
  return features
}

/** What a word in another script than ASCII brings to a line's score, worked out once per word: its own weights, as the first or last word, and the hash state of a pair it opens. */
interface WordWeights {
  own: number
  first: number
  last: number
  /** FNV-1a's state after “p:”, the word and a space: a pair's hash goes on from it over the next word. */
  pairState: number
}

/*
 * The words in ASCII met lately, one slot of eight 32-bit integers (32 bytes, half a line of the processor's
 * cache) a word, by open addressing on the hash of the word in lower case: the hash, the word's weights in
 * thousandths two to an integer (its own and its class's, as the first and as the last word: each fits 16 bits),
 * the hash state of a pair it opens, its length, then its characters, a byte each. A map of words to objects
 * read five places in memory or more a word (the map's bucket and entry, the object, its word, a number each
 * weight is kept in), each a likely miss of the cache: half the classifier's time.
 */
const slotSize = 8
const ownAndClassAt = 1
const firstAndLastAt = 2
const pairAt = 3
const lengthAt = 4
const charsAt = 5
/** The longest word a slot holds (most are shorter); a longer one is kept as one in another script is. */
const longestCached = (slotSize - charsAt) * 4
/** 2^14 slots (512 KB); emptied when half are taken. The real-copy clean set's lines asked about have 6,037 words. */
const cacheBits = 14

/**
 * The shapes' features in the order `lineShape` gives their values: each is weighed once, when the model is
 * read, and found by the value's place in this list (made then, not when the module loads).
 */
function shapeNames(): string[] {
  return ['b', ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((size) => 'n:' + size), ...endings.map((ending) => 'e:' + ending), 'd:false', 'd:true', 'q:false', 'q:true', ...[0, 1, 2, 3, 4].map((share) => 'k:' + share)]
}
const sizeAt = 1
const endingAt = sizeAt + 9
const dateAt = endingAt + endings.length
const quoteAt = dateAt + 2
const capitalisedAt = quoteAt + 2

/**
 * A logistic classifier of a line alone: the log-odds that it is a web
 * page's line (a caption, a notice, another story's headline) rather than a
 * story's, from the words it uses. Trained on the tuning half of the
 * real-copy sets; the file keeps each feature's 32-bit hash, sorted, and
 * its weight in thousandths.
 */
export class LineWordsModel {
  /** The weights of words in another script, or longer than a slot holds, as lines repeat words: forgotten once there are many. */
  private readonly words = new Map<string, WordWeights>()
  /** The words in ASCII (see `slotSize`), and the same memory byte by byte, made on the first line scored. */
  private cache: Int32Array | undefined
  private cacheBytes: Uint8Array | undefined
  private cached = 0
  /** The weights of the line's shapes (`shapeNames`), asked on every line. */
  private readonly shapes: number[]
  /**
   * Each hash and its weight side by side, by open addressing: slot `i` holds the hash at `2i` and at
   * `2i + 1` the weight, doubled and with its lowest bit set (0: an empty slot). A look-up in a line's
   * every pair reads one place in memory, where a table of indices into the file's hashes and weights
   * read three, each a likely miss of the cache.
   */
  private readonly table: Int32Array
  private readonly shift: number
  /**
   * One bit a feature, by its hash's top 18 bits (32 KB, near the processor): most pairs of words a line has
   * are no feature, and a clear bit says so without a look in the table, a likely miss of the cache.
   */
  private readonly present = new Int32Array(1 << 13)

  constructor(
    readonly threshold: number,
    hashes: Uint32Array,
    weights: Int16Array
  ) {
    // A load of a half or more: the table (512 KB for the shipped 36,000 weights) stays nearer the processor than
    // at a quarter, and a look for a pair the table lacks reads on through a line or two of the cache at most.
    let bits = 1
    while (1 << bits < hashes.length * 1.5) bits++
    this.shift = 32 - bits
    this.table = new Int32Array(2 << bits)
    const mask = (1 << bits) - 1
    for (let index = 0; index < hashes.length; index++) {
      let slot = Math.imul(hashes[index], 0x9e3779b1) >>> this.shift
      while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & mask
      this.table[2 * slot] = hashes[index]
      this.table[2 * slot + 1] = (weights[index] << 1) | 1
      this.present[hashes[index] >>> 19] |= 1 << ((hashes[index] >>> 14) & 31)
    }
    this.shapes = shapeNames().map((feature) => this.weightOf(featureHash(feature)))
  }

  /**
   * The sum of the weights of `lineWordFeatures(line)`, looked up by hash, added in the same order.
   * A word in ASCII is read where it stands: its hash in lower case finds
   * its weights, and the hash of the pair it closes goes on from the last
   * word's state, so no string is made for a word met before.
   */
  score(line: string): number {
    const text = line.trim()
    let score = 0
    let words = 0
    let capitals = 0
    // The word before's: the hash state of the pair it opens, and its weight as the last word.
    let pairState = 0
    let last = 0
    for (let start = wordStart(text, 0), end = 0; start < text.length; start = wordStart(text, end)) {
      end = wordEnd(text, start)
      if (caseAt(text, start) === 'upper') capitals++
      let plain = 0x811c9dc5
      let pair = pairState
      let ascii = true
      for (let at = start; at < end; at++) {
        let code = text.charCodeAt(at)
        if (code >= 128) {
          ascii = false
          break
        }
        if (code >= 65 && code <= 90) code += 32
        plain = Math.imul(plain ^ code, 0x01000193)
        pair = Math.imul(pair ^ code, 0x01000193)
      }
      if (ascii && end - start <= longestCached) {
        const cache = this.cache ?? this.makeCache()
        const slot = this.asciiSlot(cache, plain, text, start, end)
        const ownAndClass = cache[slot + ownAndClassAt]
        const firstAndLast = cache[slot + firstAndLastAt]
        score += (ownAndClass >> 16) / 1000 + ((ownAndClass << 16) >> 16) / 1000
        if (words === 0) score += (firstAndLast >> 16) / 1000
        if (words > 0) score += this.weightOf(pair >>> 0)
        pairState = cache[slot + pairAt]
        last = ((firstAndLast << 16) >> 16) / 1000
      } else {
        const lower = text.slice(start, end).toLowerCase()
        const word = this.wordWeights(lower)
        score += word.own
        if (words === 0) score += word.first
        if (words > 0) score += this.weightOf(continueState(pairState, lower) >>> 0)
        pairState = word.pairState
        last = word.last
      }
      words++
    }
    if (words > 0) score += last
    const {size, ending, date, quote, capitalised} = lineShape(text, words, capitals)
    const shapes = this.shapes
    score += shapes[0]
    score += shapes[sizeAt + size]
    score += shapes[endingAt + ending]
    score += shapes[dateAt + (date ? 1 : 0)]
    score += shapes[quoteAt + (quote ? 1 : 0)]
    score += shapes[capitalisedAt + capitalised]
    return score
  }

  private makeCache(): Int32Array {
    const cache = new Int32Array(slotSize << cacheBits)
    this.cacheBytes = new Uint8Array(cache.buffer)
    return (this.cache = cache)
  }

  /** Where the slot of a word in ASCII starts (`slotSize`), its weights worked out and kept if it has none yet; `hash` is FNV-1a's state after the word in lower case. */
  private asciiSlot(cache: Int32Array, hash: number, text: string, start: number, end: number): number {
    const mask = (1 << cacheBits) - 1
    for (let slot = Math.imul(hash, 0x9e3779b1) >>> (32 - cacheBits); ; slot = (slot + 1) & mask) {
      const at = slot * slotSize
      const length = cache[at + lengthAt]
      if (length === 0) return this.keep(cache, at, hash, text, start, end)
      if (cache[at] === hash && length === end - start && sameLower(this.cacheBytes!, 4 * (at + charsAt), text, start, end)) return at
    }
  }

  /** Keeps a word in ASCII in the empty slot at `at` (or, with half the slots taken, in a cache emptied first). */
  private keep(cache: Int32Array, at: number, hash: number, text: string, start: number, end: number): number {
    if (this.cached >= 1 << (cacheBits - 1)) {
      cache.fill(0)
      this.cached = 0
      return this.asciiSlot(cache, hash, text, start, end)
    }
    this.cached++
    const word = text.slice(start, end).toLowerCase()
    cache[at] = hash
    cache[at + ownAndClassAt] = (this.rawWeight(featureHash('w:' + word)) << 16) | (this.rawWeight(featureHash('c:' + wordClassName(word))) & 0xffff)
    cache[at + firstAndLastAt] = (this.rawWeight(featureHash('f:' + word)) << 16) | (this.rawWeight(featureHash('l:' + word)) & 0xffff)
    cache[at + lengthAt] = word.length
    cache[at + pairAt] = hashState('p:' + word + ' ')
    const bytes = this.cacheBytes!
    for (let index = 0; index < word.length; index++) bytes[4 * (at + charsAt) + index] = word.charCodeAt(index)
    return at
  }

  private wordWeights(word: string): WordWeights {
    let found = this.words.get(word)
    if (!found) {
      if (this.words.size >= 50_000) this.words.clear()
      found = {
        own: this.weightOf(featureHash('w:' + word)) + this.weightOf(featureHash('c:' + wordClassName(word))),
        first: this.weightOf(featureHash('f:' + word)),
        last: this.weightOf(featureHash('l:' + word)),
        pairState: hashState('p:' + word + ' ')
      }
      this.words.set(word, found)
    }
    return found
  }

  /** One feature's weight (0 where the classifier kept none): what `score` adds up. */
  featureWeight(feature: string): number {
    return this.weightOf(featureHash(feature))
  }

  private weightOf(hash: number): number {
    return this.rawWeight(hash) / 1000
  }

  /** A feature's weight in thousandths, as the file keeps it (0 where the classifier kept none). */
  private rawWeight(hash: number): number {
    if ((this.present[hash >>> 19] & (1 << ((hash >>> 14) & 31))) === 0) return 0
    const mask = (this.table.length >> 1) - 1
    for (let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const weight = this.table[2 * slot + 1]
      if (weight === 0) return 0
      if (this.table[2 * slot] === (hash | 0)) return weight >> 1
    }
  }

  /** The model file: “CDL1”, the header's length and the header (JSON), then the hashes and weights on four-byte boundaries. */
  static read(file: string = lineWordsFile): LineWordsModel {
    const bytes = readAlignedBytes(file)
    const fail = (problem: string) => new Error(`${file}: ${problem}; run npm run build:line-words`)
    if (bytes.toString('latin1', 0, 4) !== 'CDL1') throw fail('not a line classifier')
    const headerLength = bytes.readUInt32LE(4)
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as {version: number; features: number; threshold: number}
    if (header.version !== 1) throw fail(`version ${header.version}, where this copydesk reads version 1`)
    const hashesAt = align(8 + headerLength)
    const weightsAt = align(hashesAt + 4 * header.features)
    if (bytes.length !== align(weightsAt + 2 * header.features)) throw fail('its length is not the one its header promises')
    const hashes = new Uint32Array(bytes.buffer, bytes.byteOffset + hashesAt, header.features)
    const weights = new Int16Array(bytes.buffer, bytes.byteOffset + weightsAt, header.features)
    return new LineWordsModel(header.threshold, hashes, weights)
  }
}

/** FNV-1a's state (before the last step of `featureHash`) after a prefix. */
function hashState(prefix: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < prefix.length; index++) hash = Math.imul(hash ^ prefix.charCodeAt(index), 0x01000193)
  return hash
}

/** FNV-1a's state after `rest`, from the state after what came before it. */
function continueState(state: number, rest: string): number {
  let hash = state
  for (let index = 0; index < rest.length; index++) hash = Math.imul(hash ^ rest.charCodeAt(index), 0x01000193)
  return hash
}

/** Whether `text` from `start` to `end`, in lower case, is the word in ASCII whose characters `bytes` holds from `at`. */
function sameLower(bytes: Uint8Array, at: number, text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    let code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) code += 32
    if (code !== bytes[at + index - start]) return false
  }
  return true
}

let cached: LineWordsModel | undefined

/** The shipped classifier, read once per process on first need. */
export function lineWordsModel(): LineWordsModel {
  return (cached ??= LineWordsModel.read())
}

/** Why a line the classifier reads as the page's is furniture, in an editor's words. */
export const byWords = 'a line of the web page around the story (its words are those of captions, notices and other stories’ headlines, not of a story)'

/** The roles of the lines the classifier is asked about: every line the roles left to the story below its headline. */
const storyRoles = new Set<ParagraphRole>(['body', 'heading', 'standfirst'])

/** The longest line the classifier is asked about: 95 % of the furniture it knows is shorter, and most of a story's words are in longer paragraphs. */
const longestLine = 40

/**
 * Mark as page chrome the lines below the headline that the roles left to
 * the story (its crossheads, standfirst and paragraphs) and
 * whose words the classifier reads as a web page's: a photo's caption told
 * as a sentence, a notice, another story's summary. `storyPart` gives a
 * line without the credit the page glued to its end; a line is the page's
 * only if it is so with and without it.
 */
export function pageLinesByWords(found: RoleFinding[], texts: readonly string[], counts: readonly number[], storyPart: (text: string) => string, webWords: ReadonlySet<string>): void {
  let model: LineWordsModel | undefined
  for (let index = 1; index < found.length; index++) {
    const {role} = found[index]
    if (!storyRoles.has(role) || counts[index] > longestLine) continue
    model ??= lineWordsModel()
    // A paragraph with a credit glued on is judged without it too: the credit is reported alone, and the paragraph stays.
    const text = texts[index]
    if (model.score(text) < model.threshold || mostlyNumbers(text) || refersBack.test(text)) continue
    // A story's long sentence may use a word of the page's as its verb (“India shares a 3,323-km-long border with
    // Pakistan, …”): it is the page's only if its other words are too.
    if (counts[index] >= 12 && stopsAtEnd(text) && model.score(withoutWebVerbs(text, webWords)) < model.threshold) continue
    const part = storyPart(text)
    if (part === text || model.score(part) >= model.threshold) found[index] = {role: 'chrome', why: byWords}
  }
}

/**
 * A line without the words of the web page it uses as a sentence's verbs, told of a subject: the page's word with an
 * -s after a word of the sentence, before an article or a possessive (“India shares a border …”). A notice bids with
 * the page's words (“Share this article”, “want to play a game”) or names the page's things (“the headlines”, “My News”).
 */
function withoutWebVerbs(text: string, webWords: ReadonlySet<string>): string {
  return text.replace(/(?<=\p{L}\s)(\p{Ll}+s)(?=\s(?:a|an|the|its|their|his|her|our)\s)/gu, (word) => (webWords.has(word.slice(0, -1)) ? '' : word))
}

/**
 * A line that opens by referring to what the story said before it (“Alongside this, two RAF Typhoons scrambled …”,
 * “However, …”, “He said …”): the story's next paragraph. A caption, a notice or another story's summary stands
 * alone, with nothing before it to refer to.
 */
const refersBack = /^\s*(?:(?:Alongside|Besides|Despite|After|Following|Because of) (?:this|that|these)\b|In addition\b|Additionally\b|Meanwhile\b|However\b|Moreover\b|Furthermore\b|Similarly\b|Likewise\b|As a result\b|In turn\b|(?:He|She|They|His|Her|Their)\s)/u

/**
 * A row of a table of figures (“March 67 66.4 61 72 41”, or its cells run
 * together: “Labor16,276,970.0014,187,913.00…”): the story's data, whatever
 * words label it. Half its words are numbers, or it has as many digits as letters.
 */
function mostlyNumbers(line: string): boolean {
  const tokens = line.match(/\S+/g) ?? []
  if (tokens.filter((token) => /^[\d.,%$£€()+-]+$/u.test(token)).length * 2 >= tokens.length) return true
  return (line.match(/\d/g) ?? []).length >= (line.match(/\p{L}/gu) ?? []).length
}
