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

/** What the classifier reads of the whole line: how long it is, how it ends, whether it holds a date or a quotation, how many of its words are capitalised. */
function shapeFeatures(text: string, words: number, capitals: number): string[] {
  const last = text.charCodeAt(text.length - 1)
  const ending = /[.!?]["”’)]?$/u.test(text) ? 'stop' : last === 58 ? 'colon' : last === 41 ? 'bracket' : 'none'
  return ['b', 'n:' + Math.min(8, Math.floor(Math.log2(words + 1))), 'e:' + ending, 'd:' + hasDate(text), 'q:' + /[“”"]/u.test(text), 'k:' + Math.round((capitals / Math.max(1, words)) * 4)]
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

/** What a word brings to a line's score, worked out once per word: its own weights, as the first or last word, and the hash state of a pair it opens. */
interface WordWeights {
  word: string
  own: number
  first: number
  last: number
  /** FNV-1a's state after “p:”, the word and a space: a pair's hash goes on from it over the next word. */
  pairState: number
}

/**
 * A logistic classifier of a line alone: the log-odds that it is a web
 * page's line (a caption, a notice, another story's headline) rather than a
 * story's, from the words it uses. Trained on the tuning half of the
 * real-copy sets; the file keeps each feature's 32-bit hash, sorted, and
 * its weight in thousandths.
 */
export class LineWordsModel {
  /** Each word's weights, as lines repeat words: forgotten once there are many. */
  private readonly words = new Map<string, WordWeights>()
  /** The same, by the hash of an ASCII word in lower case (`score`). */
  private readonly byHash = new Map<number, WordWeights>()
  /** The weights of the line's shapes, few and asked on every line. */
  private readonly shapes = new Map<string, number>()
  /**
   * Each hash and its weight side by side, by open addressing: slot `i` holds the hash at `2i` and at
   * `2i + 1` the weight, doubled and with its lowest bit set (0: an empty slot). A look-up in a line's
   * every pair reads one place in memory, where a table of indices into the file's hashes and weights
   * read three, each a likely miss of the cache.
   */
  private readonly table: Int32Array
  private readonly shift: number

  constructor(
    readonly threshold: number,
    hashes: Uint32Array,
    weights: Int16Array
  ) {
    let bits = 1
    while (1 << bits < hashes.length * 2) bits++
    this.shift = 32 - bits
    this.table = new Int32Array(2 << bits)
    const mask = (1 << bits) - 1
    for (let index = 0; index < hashes.length; index++) {
      let slot = Math.imul(hashes[index], 0x9e3779b1) >>> this.shift
      while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & mask
      this.table[2 * slot] = hashes[index]
      this.table[2 * slot + 1] = (weights[index] << 1) | 1
    }
  }

  /**
   * The sum of the weights of `lineWordFeatures(line)`, looked up by hash.
   * A word in ASCII is read where it stands: its hash in lower case finds
   * its weights, and the hash of the pair it closes goes on from the last
   * word's state, so no string is made for a word met before.
   */
  score(line: string): number {
    const text = line.trim()
    let score = 0
    let words = 0
    let capitals = 0
    let previous: WordWeights | undefined
    for (let start = wordStart(text, 0), end = 0; start < text.length; start = wordStart(text, end)) {
      end = wordEnd(text, start)
      if (caseAt(text, start) === 'upper') capitals++
      let plain = 0x811c9dc5
      let pair = previous?.pairState ?? 0
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
      let word: WordWeights
      // (Thirty bits of the hash are the key: a key that fits a small integer is looked up without a number made for it.)
      if (ascii) word = this.asciiWordWeights(plain >>> 2, text, start, end)
      else {
        const lower = text.slice(start, end).toLowerCase()
        word = this.wordWeights(lower)
        if (previous) pair = continueState(previous.pairState, lower)
      }
      score += word.own
      if (words === 0) score += word.first
      if (previous) score += this.weightOf(pair >>> 0)
      previous = word
      words++
    }
    if (previous) score += previous.last
    for (const feature of shapeFeatures(text, words, capitals)) {
      let weight = this.shapes.get(feature)
      if (weight === undefined) this.shapes.set(feature, (weight = this.weightOf(featureHash(feature))))
      score += weight
    }
    return score
  }

  /** A word in ASCII's weights, by its hash in lower case (the word is checked against the one found: two words may share a key). */
  private asciiWordWeights(hash: number, text: string, start: number, end: number): WordWeights {
    const found = this.byHash.get(hash)
    if (found && sameLower(found.word, text, start, end)) return found
    const weights = this.wordWeights(text.slice(start, end).toLowerCase())
    if (this.byHash.size >= 50_000) this.byHash.clear()
    this.byHash.set(hash, weights)
    return weights
  }

  private wordWeights(word: string): WordWeights {
    let found = this.words.get(word)
    if (!found) {
      if (this.words.size >= 50_000) this.words.clear()
      found = {
        word,
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
    const mask = (this.table.length >> 1) - 1
    for (let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const weight = this.table[2 * slot + 1]
      if (weight === 0) return 0
      if (this.table[2 * slot] === (hash | 0)) return (weight >> 1) / 1000
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

/** Whether `text` from `start` to `end`, in lower case, is `word` (in ASCII). */
function sameLower(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let index = 0; index < word.length; index++) {
    let code = text.charCodeAt(start + index)
    if (code >= 65 && code <= 90) code += 32
    if (code !== word.charCodeAt(index)) return false
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
export function pageLinesByWords(found: RoleFinding[], texts: readonly string[], counts: readonly number[], storyPart: (text: string) => string): void {
  let model: LineWordsModel | undefined
  for (let index = 1; index < found.length; index++) {
    const {role} = found[index]
    if (!storyRoles.has(role) || counts[index] > longestLine) continue
    model ??= lineWordsModel()
    // A paragraph with a credit glued on is judged without it too: the credit is reported alone, and the paragraph stays.
    const text = texts[index]
    if (model.score(text) < model.threshold || mostlyNumbers(text)) continue
    const part = storyPart(text)
    if (part === text || model.score(part) >= model.threshold) found[index] = {role: 'chrome', why: byWords}
  }
}

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
