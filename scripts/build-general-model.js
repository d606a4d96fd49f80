// npm run build:general-model: rebuilds model/general-english.bin, the word-pair
// probabilities of general modern English that the real-word rule asks for a
// second opinion. They come from the US English trigram language model of CMU
// Sphinx, in Debian's package pocketsphinx-en-us (BSD-2 licence; its notice is
// in model/general-english.NOTICE): a model of broadcast-news and everyday
// English with 72,547 words and 2 million word pairs, where the newsroom model
// (model/default.cdm) has 4 million words of mostly older text.
//
// The package is fetched with `apt-get download` (build time only; or give the
// .deb or the extracted en-us.lm.bin in POCKETSPHINX_LM). Its model is a
// binary trie: a header, the tables of quantised log-probabilities, the
// unigrams (log-probability, back-off weight, where their pairs start), the
// pairs and triples packed bit by bit with each n-gram stored under its last
// word (so a pair's entry names the word before), then the words. Kept here:
// the 65,533 commonest words with sentence start and end (so an id fits in 16
// bits), their back-off weights, and every pair of two kept words, its
// log-probability and back-off weight in 32nds of a decade. The triples are
// left out: with those that differ by 1.5 decades or more from what their
// pair and back-off give, the one-edit check found 171 slips of the tuning
// half of `eval:real-word`, and 166 without them (scoring three-word windows
// from the pairs and their back-off weights), and they would take the package
// past 40 MB. Deterministic: the same package gives the same bytes.
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const packageName = 'pocketsphinx-en-us'
const packageVersion = '0.8+5prealpha+1-15'
const lmPath = 'usr/share/pocketsphinx/model/en-us/en-us.lm.bin'
/** Sphinx keeps log-probabilities in units of log base 1.0001. */
const logmathToLog10 = Math.log10(1.0001)

const bytes = readFileSync(findModel())
const model = readSphinxTrie(bytes)
const kept = keptWords(model)
const out = path.join(root, 'model', 'general-english.bin')
const file = serialise(model, kept)
writeFileSync(out, file)
console.log(`wrote ${path.relative(process.cwd(), out)}: ${kept.words.length} words, ${kept.pairs} word pairs, ${(file.length / 1048576).toFixed(1)} MB`)

/** The Sphinx model file: given, inside a given package, or from the package apt-get downloads. */
function findModel() {
  const given = process.env.POCKETSPHINX_LM
  if (given && given.endsWith('.lm.bin')) return given
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-sphinx-'))
  process.on('exit', () => rmSync(folder, {recursive: true, force: true}))
  let deb = given
  if (!deb) {
    try {
      execFileSync('apt-get', ['download', `${packageName}=${packageVersion}`], {cwd: folder, stdio: ['ignore', 'ignore', 'pipe']})
    } catch (error) {
      console.error(`build:general-model: cannot download ${packageName} ${packageVersion} with apt-get (${String(error.stderr ?? error.message).trim().split('\n').at(-1)}); give the .deb or en-us.lm.bin in POCKETSPHINX_LM`)
      process.exit(2)
    }
    deb = path.join(folder, readdirSync(folder).find((name) => name.endsWith('.deb')))
  }
  execFileSync('dpkg-deb', ['-x', deb, path.join(folder, 'x')])
  return path.join(folder, 'x', lmPath)
}

/**
 * A Sphinx trie model of order 3, read into plain arrays of log10 values:
 * the unigrams' probabilities, back-off weights and where their pairs start,
 * and the pairs' first words, probabilities and back-off weights. The
 * triples are passed over.
 */
function readSphinxTrie(data) {
  const magic = 'Trie Language Model'
  if (data.toString('latin1', 0, magic.length) !== magic) throw new Error('not a Sphinx trie language model')
  let offset = magic.length
  const order = data[offset++]
  if (order !== 3) throw new Error(`expected a trigram model, found order ${order}`)
  const counts = [0, 1, 2].map((index) => data.readUInt32LE(offset + 4 * index))
  offset += 12
  // A word that once gave the quantiser's kind, then the quantisation tables: the pairs' log-probabilities and
  // back-off weights, the triples' log-probabilities, 2^16 floats each.
  offset += 4
  const bins = 1 << 16
  const table = (number) => Float64Array.from({length: bins}, (_, index) => data.readFloatLE(offset + 4 * (number * bins + index)) * logmathToLog10)
  const [pairProbabilities, pairBackoffs] = [0, 1].map(table)
  offset += 3 * 4 * bins
  const [unigramCount, pairCount] = counts
  const unigram = {probability: new Float64Array(unigramCount), backoff: new Float64Array(unigramCount), next: new Uint32Array(unigramCount + 1)}
  for (let index = 0; index <= unigramCount; index++) {
    const at = offset + 12 * index
    if (index < unigramCount) {
      unigram.probability[index] = data.readFloatLE(at) * logmathToLog10
      unigram.backoff[index] = data.readFloatLE(at + 4) * logmathToLog10
    }
    unigram.next[index] = data.readUInt32LE(at + 8)
  }
  offset += 12 * (unigramCount + 1)
  // A pair's entry: the first word (17 bits), the quantised back-off and log-probability (16 bits each), where its
  // triples start (21 bits); 70 bits, packed from the lowest bit of each byte up.
  const wordBits = bitsFor(unigramCount)
  const entryBits = wordBits + 32 + bitsFor(counts[2])
  const field = (bit, width) => (data.readUInt32LE(offset + (bit >>> 3)) >>> (bit & 7)) & ((1 << width) - 1)
  const pairs = {first: new Uint32Array(pairCount), probability: new Float64Array(pairCount), backoff: new Float64Array(pairCount)}
  for (let index = 0; index < pairCount; index++) {
    const bit = index * entryBits
    pairs.first[index] = field(bit, wordBits)
    pairs.backoff[index] = pairBackoffs[field(bit + wordBits, 16)]
    pairs.probability[index] = pairProbabilities[field(bit + wordBits + 16, 16)]
  }
  // A triple's entry: the first word (17 bits) and the quantised log-probability (16 bits).
  const pairBytes = Math.ceil(((pairCount + 1) * entryBits) / 8) + 8
  const tripleBytes = Math.ceil(((counts[2] + 1) * (wordBits + 16)) / 8) + 8
  // The words close the file: their total length, then each ended by a zero byte.
  const wordsAt = offset + pairBytes + tripleBytes
  const length = data.readInt32LE(wordsAt)
  if (wordsAt + 4 + length !== data.length) throw new Error('the word list does not close the file where the counts say')
  const words = data.toString('latin1', wordsAt + 4, data.length - 1).split('\0')
  if (words.length !== unigramCount) throw new Error(`expected ${unigramCount} words, found ${words.length}`)
  return {words, unigram, pairs}
}

/** Bits that hold every number up to `max`. */
function bitsFor(max) {
  let bits = 0
  while (2 ** bits <= max) bits++
  return bits
}

/** The words kept (the commonest, alphabetical as in the source, so each kept word's pairs stay sorted), and how many pairs of kept words there are. */
function keptWords({words, unigram, pairs}) {
  const room = 65535
  const specials = new Set(['<s>', '</s>'])
  const byFrequency = words.map((word, index) => index).filter((index) => !specials.has(words[index]))
  byFrequency.sort((a, b) => unigram.probability[b] - unigram.probability[a] || a - b)
  const keep = new Set([...byFrequency.slice(0, room - specials.size), ...words.map((word, index) => index).filter((index) => specials.has(words[index]))])
  const newId = new Int32Array(words.length).fill(-1)
  const keptWords = []
  words.forEach((word, index) => {
    if (!keep.has(index)) return
    newId[index] = keptWords.length
    keptWords.push(index)
  })
  let count = 0
  for (const index of keptWords) {
    for (let entry = unigram.next[index]; entry < unigram.next[index + 1]; entry++) if (newId[pairs.first[entry]] >= 0) count++
  }
  return {words: keptWords, newId, pairs: count}
}

/**
 * model/general-english.bin: "CDG1", the header's length and the header
 * (JSON), the words (one a line), then, each on a four-byte boundary:
 * unigram log10 probabilities and back-off weights in thousandths (Int16);
 * where each word's pairs start (Uint32, one more than the words); and for
 * each pair, grouped by its second word and sorted by its first, the first
 * word's id (Uint16), the log10 probability in 32nds, negated (Uint8), and
 * the back-off weight in 32nds (Int8).
 */
function serialise({words, unigram, pairs}, kept) {
  const vocabulary = kept.words.map((index) => words[index])
  // The reader finds a word by bisection, in JavaScript's order of strings.
  if (!vocabulary.every((word, index) => index === 0 || vocabulary[index - 1] < word)) throw new Error('the words are not in code-unit order')
  const probability = new Int16Array(vocabulary.length)
  const backoff = new Int16Array(vocabulary.length)
  const start = new Uint32Array(vocabulary.length + 1)
  const first = new Uint16Array(kept.pairs)
  const pairProbability = new Uint8Array(kept.pairs)
  const pairBackoff = new Int8Array(kept.pairs)
  let pair = 0
  kept.words.forEach((index, id) => {
    probability[id] = thousandths(unigram.probability[index])
    backoff[id] = thousandths(unigram.backoff[index])
    start[id] = pair
    for (let entry = unigram.next[index]; entry < unigram.next[index + 1]; entry++) {
      const before = kept.newId[pairs.first[entry]]
      if (before < 0) continue
      first[pair] = before
      pairProbability[pair] = thirtySeconds(-pairs.probability[entry], 0, 255)
      pairBackoff[pair] = thirtySeconds(pairs.backoff[entry], -128, 127)
      pair++
    }
  })
  start[vocabulary.length] = pair
  const words32 = Buffer.from(vocabulary.join('\n'), 'utf8')
  const arrays = [probability, backoff, start, first, pairProbability, pairBackoff].map(bytesOf)
  const bodyBytes = Buffer.concat([words32, pad(words32.length), ...arrays.flatMap((array) => [array, pad(array.length)])])
  const header = Buffer.from(
    JSON.stringify({
      version: 2,
      source: `${packageName} ${packageVersion} (CMU Sphinx US English model, BSD-2)`,
      words: vocabulary.length,
      pairs: kept.pairs,
      wordBytes: words32.length,
      sha1: createHash('sha1').update(bodyBytes).digest('hex')
    }),
    'utf8'
  )
  const length = Buffer.alloc(4)
  length.writeUInt32LE(header.length)
  return Buffer.concat([Buffer.from('CDG1', 'latin1'), length, header, pad(header.length), bodyBytes])
}

/** A log10 value in 32nds of a decade, rounded into an integer type's range. */
function thirtySeconds(value, low, high) {
  return Math.max(low, Math.min(high, Math.round(value * 32)))
}

function thousandths(value) {
  return Math.max(-32768, Math.min(32767, Math.round(value * 1000)))
}

function bytesOf(array) {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength)
}

/** Zero bytes up to the next four-byte boundary after `length` bytes. */
function pad(length) {
  return Buffer.alloc((4 - (length % 4)) % 4)
}
