import {readFileSync} from 'node:fs'
import path from 'node:path'
import {packageRoot} from '../paths.js'
import type {ModelContext} from './context.js'

/** model/general-english.bin, rebuilt by `npm run build:general-model` (scripts/build-general-model.js). */
export const generalEnglishFile = path.join(packageRoot, 'model', 'general-english.bin')

/**
 * Word-pair probabilities of general modern English (CMU Sphinx's US English
 * model, 65,535 words and 2 million pairs): a second opinion beside the
 * newsroom model, which counts 2.5 million words of older text and has never
 * seen most pairs of today's copy. Log-probabilities are base 10. A pair the
 * source did not list backs off to the first word's back-off weight and the
 * second word's own probability, as the source model does.
 */
export class GeneralEnglish {
  constructor(
    /** The words, in code-unit order: a word's id is its place, found by bisection (a map of them would cost each start 15 ms). */
    private readonly words: string[],
    /** Each word's log10 probability and back-off weight, in thousandths. */
    private readonly probability: Int16Array,
    private readonly backoff: Int16Array,
    /** Where each word's pairs start, grouped by the pair's second word; one more than the words. */
    private readonly start: Uint32Array,
    /** Each pair's first word, sorted within its group. */
    private readonly first: Uint16Array,
    /** Each pair's log10 probability in 32nds, negated. */
    private readonly pairProbability: Uint8Array
  ) {}

  /** A word's id, or undefined for a word the model lacks. */
  id(word: string): number | undefined {
    let low = 0
    let high = this.words.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const here = this.words[middle]
      if (here === word) return middle
      if (here < word) low = middle + 1
      else high = middle
    }
    return undefined
  }

  /** log10 P(word | previous); a word the model lacks is rarer than any it has (`unknownWord`). */
  pair(previous: string, word: string): number {
    const second = this.id(word)
    if (second === undefined) return unknownWord
    const before = this.id(previous)
    // A first word the model lacks: no context, the word's own probability.
    if (before === undefined) return this.probability[second] / 1000
    let low = this.start[second]
    let high = this.start[second + 1]
    while (low < high) {
      const middle = (low + high) >>> 1
      const id = this.first[middle]
      if (id === before) return -this.pairProbability[middle] / 32
      if (id < before) low = middle + 1
      else high = middle
    }
    return (this.backoff[before] + this.probability[second]) / 1000
  }

  /**
   * How well a word fits between the words before and after it: log10 P(word
   * | previous) + log10 P(next | word). A next word the model lacks counts
   * the same for every word in the slot, and is left out.
   */
  fit(context: ModelContext, word: string): number {
    const next = spoken(context.next)
    return this.pair(spoken(context.previous), word) + (this.id(next) === undefined ? 0 : this.pair(word, next))
  }

  /** The model file: the header, the words, then the arrays on four-byte boundaries (see the build script). */
  static read(file: string = generalEnglishFile): GeneralEnglish {
    const read = readFileSync(file)
    // The arrays view the file's bytes on four-byte boundaries: a buffer that does not start on one is copied.
    const bytes = read.byteOffset % 4 === 0 ? read : Buffer.from(Uint8Array.prototype.slice.call(read))
    const fail = (problem: string) => new Error(`${file}: ${problem}; run npm run build:general-model`)
    if (bytes.toString('latin1', 0, 4) !== 'CDG1') throw fail('not a general English model')
    const headerLength = bytes.readUInt32LE(4)
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as {words: number; pairs: number; wordBytes: number}
    let offset = align(8 + headerLength)
    const words = bytes.toString('utf8', offset, offset + header.wordBytes).split('\n')
    offset = align(offset + header.wordBytes)
    const expected = offset + 4 * header.words + 4 * (header.words + 1) + 3 * header.pairs
    if (words.length !== header.words || bytes.length !== expected) throw fail(`${bytes.length} bytes where the header promises ${expected}`)
    // A file read whole starts at the start of its buffer: the arrays view its bytes, on the boundaries the build left.
    const view = <T>(make: new (buffer: ArrayBufferLike, offset: number, length: number) => T, size: number, length: number): T => {
      const array = new make(bytes.buffer, bytes.byteOffset + offset, length)
      offset += size * length
      return array
    }
    const probability = view(Int16Array, 2, header.words)
    const backoff = view(Int16Array, 2, header.words)
    const start = view(Uint32Array, 4, header.words + 1)
    const first = view(Uint16Array, 2, header.pairs)
    const pairProbability = view(Uint8Array, 1, header.pairs)
    return new GeneralEnglish(words, probability, backoff, start, first, pairProbability)
  }
}

/**
 * A number as the source model knows numbers, spelled out (it learned from
 * speech): “18 months” is “ten months” to it, “1 day” “one day”.
 */
function spoken(word: string): string {
  if (!/^\d[\d,.]*$/.test(word)) return word
  return word === '1' ? 'one' : 'ten'
}

/**
 * log10 probability of a word the model lacks: below its rarest words (about
 * −7.8), as the slip that makes a rare word makes one the model never saw.
 */
const unknownWord = -7

function align(offset: number): number {
  return offset + ((4 - (offset % 4)) % 4)
}

let shared: GeneralEnglish | undefined

/** The general English model, read once per process, when the first rule asks. */
export function generalEnglish(): GeneralEnglish {
  return (shared ??= GeneralEnglish.read())
}
