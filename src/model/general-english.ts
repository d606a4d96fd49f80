import {align, readAlignedBytes} from './shared-bytes.js'
import {compare, lineStarts} from '../text/sorted-lines.js'
import {generalEnglishFile} from './files.js'
import type {ModelContext} from './context.js'


/**
 * Word-pair probabilities of general modern English (CMU Sphinx's US English
 * model: 65,535 words, 2 million pairs and their back-off weights): a second
 * opinion beside the newsroom model, which counts 4 million words of mostly
 * older text and has never seen most pairs of today's copy.
 * Log-probabilities are base 10. A pair the file lacks backs off as the
 * source model does, to the first word's back-off weight and the second
 * word's own probability; a word after two others, to the back-off weight of
 * that pair and the pair it ends (the source's triples are left out).
 */
export class GeneralEnglish {
  constructor(
    /**
     * The words, one a line in code-unit order, and where each line starts (`lineStarts`): a word's id
     * is its line, found by bisection. Neither a map of them (15 ms a start) nor a string each (6 ms,
     * and 65,000 strings for the collector to copy) is made.
     */
    private readonly words: string,
    private readonly starts: Int32Array,
    private readonly arrays: GeneralArrays
  ) {}

  /** Ids looked for (-1: none): an article's words come back as neighbours of other words, and each is looked for once. */
  private readonly known = new Map<string, number>()

  /** A word's id, or undefined for a word the model lacks. */
  id(word: string): number | undefined {
    let id = this.known.get(word)
    if (id === undefined) {
      if (this.known.size >= 10_000) this.known.clear()
      id = this.find(word) ?? -1
      this.known.set(word, id)
    }
    return id < 0 ? undefined : id
  }

  private find(word: string): number | undefined {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      const order = compare(word, this.words, this.starts[middle], this.starts[middle + 1] - 1)
      if (order === 0) return middle
      if (order > 0) low = middle + 1
      else high = middle
    }
    return undefined
  }

  /** log10 P(word), whatever its context; a word the model lacks counts as a rare word (`unknownWord`). */
  word(word: string): number {
    return this.tripleOf(undefined, undefined, this.id(word))
  }

  /** log10 P(word | previous); a word the model lacks counts as a rare word, whatever the word before (`unknownWord`). */
  pair(previous: string, word: string): number {
    return this.tripleOf(undefined, this.id(previous), this.id(word))
  }

  /** log10 P(word | first second): the back-off weight of “first second” and log10 P(word | second). */
  triple(first: string, second: string, word: string): number {
    return this.tripleOf(this.id(first), this.id(second), this.id(word))
  }

  /**
   * How many decades likelier `rival` is than `written` in the same place,
   * by how well each fits it: the log10 probabilities of the word after the
   * two before it, of the next word after it, and of the word after that
   * (`triple`). A neighbour the model lacks counts the same for both words,
   * and its terms are left out. The neighbours are looked up once, and so are
   * the pairs they make with each other, which both words share.
   */
  lead(context: ModelContext, written: string, rival: string): number {
    // Each neighbour by name, with no array of them: the rule asks this of many words on text it has not
    // seen, where this runs before it is optimised, and destructuring an array there walks an iterator.
    const id = (neighbour: string | undefined) => (neighbour === undefined ? undefined : this.id(spoken(neighbour)))
    const previous2 = id(context.previous2)
    const previous = id(context.previous)
    const next = id(context.next)
    const next2 = id(context.next2)
    const slot: Slot = {previous2, previous, next, next2, outerBefore: this.pairIndexOf(previous2, previous), outerAfter: this.pairIndexOf(next, next2)}
    return this.fit(slot, this.id(rival)) - this.fit(slot, this.id(written))
  }

  /**
   * The word's three triples in the slot (`tripleOf`), each pair of the word looked up once: the pair
   * “previous own” is the second triple's context as well as the first's last pair, and “own next” the
   * third's context as well as the second's. Pair look-ups are bisections of a large file, most of the
   * cost of a fit.
   */
  private fit({previous, next, next2, outerBefore, outerAfter}: Slot, own: number | undefined): number {
    const before = this.pairIndexOf(previous, own)
    const after = this.pairIndexOf(own, next)
    let score = this.tripleAt(outerBefore, previous, own, before)
    if (next === undefined) return score
    score += this.tripleAt(before, own, next, after)
    if (next2 !== undefined) score += this.tripleAt(after, next, next2, outerAfter)
    return score
  }

  /** `triple` by ids: a third word the model lacks is a rare word; a second it lacks leaves the third's own probability. */
  private tripleOf(first: number | undefined, second: number | undefined, third: number | undefined): number {
    if (third === undefined || second === undefined) return this.tripleAt(-1, second, third, -1)
    return this.tripleAt(this.pairIndexOf(first, second), second, third, this.pairIndex(second, third))
  }

  /**
   * `tripleOf` from the indices of its two pairs (`pairIndexOf`): `context`, of “first second”, and
   * `pair`, of “second third”; log10 P(second | first) backs off to the second word's own back-off
   * weight and the third's probability where the pair is missing.
   */
  private tripleAt(context: number, second: number | undefined, third: number | undefined, pair: number): number {
    if (third === undefined) return unknownWord
    if (second === undefined) return this.arrays.probability[third] / 1000
    const {probability, backoff, pairProbability, pairBackoff} = this.arrays
    return (context < 0 ? 0 : pairBackoff[context] / 32) + (pair >= 0 ? -pairProbability[pair] / 32 : (backoff[second] + probability[third]) / 1000)
  }

  /** The index of the pair “first second”, or -1, where either word may be one the model lacks. */
  private pairIndexOf(first: number | undefined, second: number | undefined): number {
    return first === undefined || second === undefined ? -1 : this.pairIndex(first, second)
  }

  /** The index of the pair “first second”, or -1. */
  private pairIndex(first: number, second: number): number {
    return bisect(this.arrays.first, this.arrays.start[second], this.arrays.start[second + 1], first)
  }

  /** The model file: the header, the words, then the arrays on four-byte boundaries (see the build script). */
  static read(file: string = generalEnglishFile): GeneralEnglish {
    const bytes = readAlignedBytes(file)
    const fail = (problem: string) => new Error(`${file}: ${problem}; run npm run build:general-model`)
    if (bytes.toString('latin1', 0, 4) !== 'CDG1') throw fail('not a general English model')
    const headerLength = bytes.readUInt32LE(4)
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as {version: number; words: number; pairs: number; wordBytes: number}
    if (header.version !== 2) throw fail(`version ${header.version}, where this copydesk reads version 2`)
    let offset = align(8 + headerLength)
    const words = bytes.toString('utf8', offset, offset + header.wordBytes)
    const starts = lineStarts(words)
    offset = align(offset + header.wordBytes)
    const sizes = [2 * header.words, 2 * header.words, 4 * (header.words + 1), 2 * header.pairs, header.pairs, header.pairs]
    const expected = sizes.reduce((end, size) => align(end + size), offset)
    if (starts.length - 1 !== header.words || bytes.length !== expected) throw fail(`${bytes.length} bytes where the header promises ${expected}`)
    // A file read whole starts at the start of its buffer: the arrays view its bytes, on the boundaries the build left.
    const view = <T>(make: new (buffer: ArrayBufferLike, offset: number, length: number) => T, size: number, length: number): T => {
      const array = new make(bytes.buffer, bytes.byteOffset + offset, length)
      offset = align(offset + size * length)
      return array
    }
    return new GeneralEnglish(words, starts, {
      probability: view(Int16Array, 2, header.words),
      backoff: view(Int16Array, 2, header.words),
      start: view(Uint32Array, 4, header.words + 1),
      first: view(Uint16Array, 2, header.pairs),
      pairProbability: view(Uint8Array, 1, header.pairs),
      pairBackoff: view(Int8Array, 1, header.pairs)
    })
  }
}

/**
 * The ids of the two words before a place and the two after it (undefined: none, or a word the model
 * lacks), and the indices of the pairs each two make (-1: none), which any word put in the place shares.
 */
interface Slot {
  previous2: number | undefined
  previous: number | undefined
  next: number | undefined
  next2: number | undefined
  outerBefore: number
  outerAfter: number
}

/** The arrays of the file, as the build script describes them. */
interface GeneralArrays {
  /** Each word's log10 probability and back-off weight, in thousandths. */
  probability: Int16Array
  backoff: Int16Array
  /** Where each word's pairs start, grouped by the pair's second word; one more than the words. */
  start: Uint32Array
  /** Each pair's first word, sorted within its group; its log10 probability in 32nds, negated; its back-off weight in 32nds. */
  first: Uint16Array
  pairProbability: Uint8Array
  pairBackoff: Int8Array
}

/** Where `value` stands in the sorted run [low, high) of `array`, or -1. */
function bisect(array: Uint16Array, low: number, high: number, value: number): number {
  while (low < high) {
    const middle = (low + high) >>> 1
    const here = array[middle]
    if (here === value) return middle
    if (here < value) low = middle + 1
    else high = middle
  }
  return -1
}

/**
 * A number as the source model knows numbers, spelled out (it learned from
 * speech): “18 months” is “ten months” to it, “1 day” “one day”.
 */
function spoken(word: string): string {
  // A word that opens with no digit, as nearly all do, is no number: asked before the pattern.
  const first = word.charCodeAt(0)
  if (first < 48 || first > 57 || !/^\d[\d,.]*$/.test(word)) return word
  return word === '1' ? 'one' : 'ten'
}

/**
 * log10 probability of a word the model lacks, whatever its context: that of
 * a rare word (its own rarest are about −7.8), as a slip that makes a rare
 * word makes one the model never saw. Set with the one-edit check's bars on
 * the tuning half (−6 to −8 tried).
 */
const unknownWord = -7

let shared: GeneralEnglish | undefined

/** The general English model, read once per process, when the first rule asks. */
export function generalEnglish(): GeneralEnglish {
  return (shared ??= GeneralEnglish.read())
}
