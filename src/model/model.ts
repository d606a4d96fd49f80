import {sha1} from '../text/data-files.js'
import {readBytes} from './shared-bytes.js'
import {lowerBound} from '../text/bisect.js'
import {modelWordIndex, type WordIndex} from './word-index.js'

const magic = 'CDM1'
/** Word ids: 0 unknown, 1 sentence start, 2 sentence end, then words by falling frequency. */
export const sentenceStart = '<s>'
export const sentenceEnd = '</s>'
const maxVocabulary = 65535

export interface ModelHeader {
  version: number
  sources: string[]
  tokens: number
  vocabulary: number
  bigrams: number
  /** Word triples (version 2 models; 0 in version 1). */
  trigrams?: number
  /** Person profiles learned from an archive (copydesk learn). */
  people?: Array<{family: string; office: string; articles: number}>
  /** SHA-1 of everything after the header (models written since checksums came in): a damaged file is caught on load. */
  sha1?: string
}

/** log P(word | previous): the pair's share of the previous word's count, interpolated with log P(word) (`unigram`). */
export function bigramEstimate(pair: number, previousCount: number, unigram: number): number {
  return Math.log(0.7 * (previousCount > 0 ? pair / previousCount : 0) + 0.3 * Math.exp(unigram))
}

/** log P(word | first second): the triple's share of the pair's count, interpolated with log P(word | second) (`bigram`). */
export function trigramEstimate(triple: number, pairCount: number, bigram: number): number {
  return Math.log(0.6 * (pairCount > 0 ? triple / pairCount : 0) + 0.4 * Math.exp(bigram))
}

/** Per first word, where its keys start (-1: not yet found) and end in a sorted key array. */
interface WordRanges {
  starts: Int32Array
  ends: Int32Array
}

function wordRanges(words: number): WordRanges {
  return {starts: new Int32Array(words).fill(-1), ends: new Int32Array(words)}
}

/** Where the keys of first word `first` start in `keys` (sorted by first word × 65536 + second word), found and filed on first need. */
function rangeStart(ranges: WordRanges, keys: Uint32Array, first: number): number {
  const start = ranges.starts[first]
  if (start >= 0) return start
  ranges.ends[first] = lowerBound(keys, (first + 1) * 65536)
  return (ranges.starts[first] = lowerBound(keys, first * 65536))
}

/** A model file that is not a whole, undamaged copydesk model. */
export class ModelError extends Error {}

/**
 * A compact n-gram model: unigram, bigram and trigram counts in typed arrays.
 * A bigram is a sorted 32-bit key (first id × 65536 + second id); a trigram
 * is that key for its first two words plus the third word's id, sorted by
 * both. Look-ups are bisections within the first word's keys. Loads in
 * milliseconds; one copy serves every rule.
 */
export class LanguageModel {
  /** Word ids by word: the build's table for the default model (`modelWordIndex`), read on first need. */
  private index?: WordIndex
  get ids(): WordIndex {
    return (this.index ??= modelWordIndex(this))
  }

  /**
   * Where each first word's pairs, and its triples, begin and end in the
   * sorted keys, found on the word's first look-up (-1: not yet). A pair is
   * then looked for among the first word's pairs alone, a few hundred keys
   * near each other instead of nearly a million: most of the cost of a look-up is
   * fetching keys from memory.
   */
  private readonly pairRanges: WordRanges
  private readonly tripleRanges: WordRanges

  constructor(
    readonly header: ModelHeader,
    readonly words: string[],
    readonly unigrams: Uint32Array,
    readonly bigramKeys: Uint32Array,
    readonly bigramCounts: Uint32Array,
    readonly trigramPairs: Uint32Array = new Uint32Array(0),
    readonly trigramThirds: Uint32Array = new Uint32Array(0),
    readonly trigramCounts: Uint32Array = new Uint32Array(0)
  ) {
    this.pairRanges = wordRanges(words.length)
    this.tripleRanges = wordRanges(words.length)
  }

  /** A word's id, or -1 where the model does not know it. */
  id(word: string): number {
    return this.ids.get(word) ?? -1
  }

  count(word: string): number {
    return this.countOf(this.id(word))
  }

  bigram(first: string, second: string): number {
    return this.bigramOf(this.id(first), this.id(second))
  }

  trigram(first: string, second: string, third: string): number {
    return this.trigramOf(this.id(first), this.id(second), this.id(third))
  }

  /** The count of the word with id `id` (-1: unknown, 0). */
  countOf(id: number): number {
    return id < 0 ? 0 : this.unigrams[id]
  }

  /** The count of a pair of word ids, by bisection of the first word's keys. */
  bigramOf(a: number, b: number): number {
    if (a < 0 || b < 0) return 0
    const key = a * 65536 + b
    let low = rangeStart(this.pairRanges, this.bigramKeys, a)
    let high = this.pairRanges.ends[a] - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const value = this.bigramKeys[middle]
      if (value === key) return this.bigramCounts[middle]
      if (value < key) low = middle + 1
      else high = middle - 1
    }
    return 0
  }

  /** The count of a triple of word ids, by bisection of the first word's triples on their pair and then their third word. */
  trigramOf(a: number, b: number, c: number): number {
    if (a < 0 || b < 0 || c < 0) return 0
    const pair = a * 65536 + b
    let low = rangeStart(this.tripleRanges, this.trigramPairs, a)
    let high = this.tripleRanges.ends[a] - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const value = this.trigramPairs[middle]
      // The third word is read only where the pair matches: most steps are decided by the pair alone, and each read is a cache miss in a large array.
      const order = value === pair ? this.trigramThirds[middle] - c : value - pair
      if (order === 0) return this.trigramCounts[middle]
      if (order < 0) low = middle + 1
      else high = middle - 1
    }
    return 0
  }

  /** log P(word), add-one smoothed over the vocabulary, for a word id. */
  logUnigramOf(id: number): number {
    return Math.log((this.countOf(id) + 1) / (this.header.tokens + this.words.length))
  }

  serialize(): Buffer {
    const vocabulary = Buffer.from(this.words.join('\n'), 'utf8')
    const pad = (length: number) => Buffer.alloc((4 - (length % 4)) % 4)
    const body: Buffer[] = [vocabulary, pad(vocabulary.length)]
    for (const array of [this.unigrams, this.bigramKeys, this.bigramCounts, this.trigramPairs, this.trigramThirds, this.trigramCounts]) body.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength))
    const data = Buffer.concat(body)
    const {sha1: _old, ...rest} = this.header
    const header = Buffer.from(JSON.stringify({...rest, vocabularyBytes: vocabulary.length, sha1: sha1(data)}), 'utf8')
    const headerLength = Buffer.alloc(4)
    headerLength.writeUInt32LE(header.length)
    return Buffer.concat([Buffer.from(magic), headerLength, header, pad(header.length), data])
  }

  /** `checksum: false` skips the checksum (the size is still checked): for the model the package ships, which the package manager verified. */
  static parse(bytes: Buffer, source = 'model', {checksum = true} = {}): LanguageModel {
    const damaged = (why: string) => new ModelError(`${source}: damaged model (${why}); rebuild it with copydesk learn or npm run build:model`)
    if (bytes.subarray(0, 4).toString() !== magic) throw new ModelError(`${source}: not a copydesk model (run copydesk learn or npm run build:model)`)
    if (bytes.length < 8) throw damaged('cut short')
    const headerLength = bytes.readUInt32LE(4)
    let offset = 8
    let header: ModelHeader & {vocabularyBytes: number}
    try {
      header = JSON.parse(bytes.subarray(offset, offset + headerLength).toString('utf8')) as ModelHeader & {vocabularyBytes: number}
    } catch {
      throw damaged('unreadable header')
    }
    offset += headerLength + ((4 - (headerLength % 4)) % 4)
    if (checksum && header.sha1 !== undefined && sha1(bytes.subarray(offset)) !== header.sha1) throw damaged('checksum mismatch: cut short or altered')
    const words = bytes.subarray(offset, offset + header.vocabularyBytes).toString('utf8').split('\n')
    offset += header.vocabularyBytes + ((4 - (header.vocabularyBytes % 4)) % 4)
    // Older models carry no checksum; their size must still match what the header promises.
    const expected = offset + 4 * (words.length + 2 * header.bigrams + 3 * (header.trigrams ?? 0))
    if (bytes.length !== expected || words.length !== header.vocabulary) throw damaged(`${bytes.length} bytes where the header promises ${expected}`)
    // Typed arrays view the file's own bytes where the counts start on a four-byte boundary (a
    // file read whole starts at the start of its buffer, and the header is padded); a copy otherwise.
    const aligned = (bytes.byteOffset + offset) % 4 === 0 ? bytes.subarray(offset) : Uint8Array.from(bytes.subarray(offset))
    const view = (start: number, length: number) => new Uint32Array(aligned.buffer, aligned.byteOffset + start * 4, length)
    const unigrams = view(0, words.length)
    const bigramKeys = view(words.length, header.bigrams)
    const bigramCounts = view(words.length + header.bigrams, header.bigrams)
    const trigrams = header.trigrams ?? 0
    const trigramStart = words.length + 2 * header.bigrams
    return new LanguageModel(
      header,
      words,
      unigrams,
      bigramKeys,
      bigramCounts,
      view(trigramStart, trigrams),
      view(trigramStart + trigrams, trigrams),
      view(trigramStart + 2 * trigrams, trigrams)
    )
  }

  static read(file: string, options?: {checksum?: boolean}): LanguageModel {
    return LanguageModel.parse(readBytes(file), file, options)
  }
}

/** Word, word-pair and word-triple counts, the raw material of a model. */
export interface Counts {
  unigrams: Map<string, number>
  bigrams: Map<string, number>
  trigrams: Map<string, number>
  tokens: number
}

/** Count words and word pairs over sentences (with sentence start and end markers). */
export function countSentences(sentences: Iterable<string[]>): Counts {
  const counts: Counts = {unigrams: new Map(), bigrams: new Map(), trigrams: new Map(), tokens: 0}
  for (const sentence of sentences) {
    const words = [sentenceStart, ...sentence, sentenceEnd]
    for (let index = 0; index < words.length; index++) {
      counts.unigrams.set(words[index], (counts.unigrams.get(words[index]) ?? 0) + 1)
      if (index > 0) {
        const key = words[index - 1] + ' ' + words[index]
        counts.bigrams.set(key, (counts.bigrams.get(key) ?? 0) + 1)
      }
      if (index > 1) {
        const key = words[index - 2] + ' ' + words[index - 1] + ' ' + words[index]
        counts.trigrams.set(key, (counts.trigrams.get(key) ?? 0) + 1)
      }
    }
    counts.tokens += sentence.length
  }
  return counts
}

/** A model's counts, to adapt it with a newsroom's archive. */
export function countsOf(model: LanguageModel): Counts {
  const unigrams = new Map(model.words.map((word, id) => [word, model.unigrams[id]] as const).filter(([, count]) => count > 0))
  const bigrams = new Map<string, number>()
  model.bigramKeys.forEach((key, index) => {
    bigrams.set(model.words[Math.floor(key / 65536)] + ' ' + model.words[key % 65536], model.bigramCounts[index])
  })
  const trigrams = new Map<string, number>()
  model.trigramPairs.forEach((pair, index) => {
    const key = model.words[Math.floor(pair / 65536)] + ' ' + model.words[pair % 65536] + ' ' + model.words[model.trigramThirds[index]]
    trigrams.set(key, model.trigramCounts[index])
  })
  return {unigrams, bigrams, trigrams, tokens: model.header.tokens}
}

/**
 * Add `extra` into `base`, each count multiplied by `weight`, and return
 * `base`. It is changed in place: copying a default model's million counts
 * would double what learning costs.
 */
export function mergeCounts(base: Counts, extra: Counts, weight = 1): Counts {
  const add = (into: Map<string, number>, from: Map<string, number>) => {
    for (const [key, count] of from) into.set(key, (into.get(key) ?? 0) + count * weight)
  }
  add(base.unigrams, extra.unigrams)
  add(base.bigrams, extra.bigrams)
  add(base.trigrams, extra.trigrams)
  base.tokens += extra.tokens * weight
  return base
}

/** How often a pair or triple must occur to be kept. */
export interface Pruning {
  /** Pairs seen once are kept: "seen once" and "never seen" are different evidence to the real-word rule. */
  minPairs?: number
  /** Triples seen once are dropped: they would treble the model for little gain. */
  minTriples?: number
  /** Words general English knows (a dictionary's): where the vocabulary is full, they win ties of count. */
  known?: (word: string) => boolean
}

/**
 * The commonest words, at most `room` of them; among words of one count,
 * those `known` to general English (a dictionary) first. Words that tie with
 * the first one left out, on both, go too: cutting inside a group of equals
 * would keep or drop a word by its place in the alphabet.
 */
export function keptVocabulary(counts: Iterable<[string, number]>, room: number, known: (word: string) => boolean = () => false): Array<[string, number]> {
  const ranked = [...counts].map(([word, count]) => ({word, count, known: known(word)}))
  ranked.sort((a, b) => b.count - a.count || Number(b.known) - Number(a.known) || (a.word < b.word ? -1 : 1))
  const floor = ranked[room]
  const kept = floor ? ranked.slice(0, room).filter(({count, known}) => count > floor.count || (known && !floor.known)) : ranked
  return kept.map(({word, count}) => [word, count])
}

/** Keep the words, pairs and the triples that recur, in the compact form. */
export function buildModel(counts: Counts, sources: string[], {minPairs = 1, minTriples = 2, known}: Pruning = {}): LanguageModel {
  const specials = ['<unk>', sentenceStart, sentenceEnd]
  const ranked = keptVocabulary(
    [...counts.unigrams].filter(([word]) => !specials.includes(word)),
    maxVocabulary - specials.length,
    known
  )
  const words = [...specials, ...ranked.map(([word]) => word)]
  const ids = new Map(words.map((word, id) => [word, id]))
  const unigramCounts = new Uint32Array(words.map((word) => counts.unigrams.get(word) ?? 0))
  const pairs: Array<[number, number]> = []
  for (const [key, count] of counts.bigrams) {
    if (count < minPairs) continue
    const [first, second] = key.split(' ')
    const a = ids.get(first)
    const b = ids.get(second)
    if (a !== undefined && b !== undefined) pairs.push([a * 65536 + b, count])
  }
  pairs.sort((x, y) => x[0] - y[0])
  const triples: Array<[number, number, number]> = []
  for (const [key, count] of counts.trigrams) {
    if (count < minTriples) continue
    const [first, second, third] = key.split(' ').map((word) => ids.get(word))
    if (first !== undefined && second !== undefined && third !== undefined) triples.push([first * 65536 + second, third, count])
  }
  triples.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  return new LanguageModel(
    {version: 2, sources, tokens: counts.tokens, vocabulary: words.length, bigrams: pairs.length, trigrams: triples.length},
    words,
    unigramCounts,
    new Uint32Array(pairs.map(([key]) => key)),
    new Uint32Array(pairs.map(([, count]) => count)),
    new Uint32Array(triples.map(([pair]) => pair)),
    new Uint32Array(triples.map(([, third]) => third)),
    new Uint32Array(triples.map(([, , count]) => count))
  )
}
