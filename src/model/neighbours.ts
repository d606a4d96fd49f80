import {compiledOneEditFile} from './files.js'
import {editDistance} from '../text/edit-distance.js'
import {memoise} from '../text/memo.js'
import {readForModel, serializeForModel} from './compiled.js'
import type {LanguageModel} from './model.js'

const letters = 'abcdefghijklmnopqrstuvwxyz'

/** Every string one edit (deletion, insertion, substitution, adjacent swap) from a word. */
function oneEditStrings(word: string): Set<string> {
  const found = new Set<string>()
  forEachOneEdit(word, (near) => found.add(near))
  return found
}

/** Calls `visit` with each string one edit from a word as it is made (some twice, and the word itself). */
export function forEachOneEdit(word: string, visit: (near: string) => void): void {
  for (let position = 0; position <= word.length; position++) {
    const head = word.slice(0, position)
    const tail = word.slice(position)
    const rest = tail.slice(1)
    if (tail) visit(head + rest)
    if (tail.length > 1) visit(head + tail[1] + tail[0] + tail.slice(2))
    for (let letter = 0; letter < letters.length; letter++) {
      if (tail) visit(head + letters[letter] + rest)
      visit(head + letters[letter] + tail)
    }
  }
}

/** Words (longer than two letters) one edit from a word: the slips a writer's finger could make. */
export function oneEditWords(word: string, isWord: (candidate: string) => boolean): string[] {
  return [...oneEditStrings(word)].filter((candidate) => candidate !== word && candidate.length > 2 && isWord(candidate))
}

/**
 * A deletion index over a list of words (SymSpell's idea): every word is
 * filed under itself and each string one deletion makes of it, so the words
 * near a query are found with look-ups instead of a scan of the list. The
 * strings are never made, only hashed where they lie (a word with the letter
 * at `skip` left out), and filed in typed arrays, so the index of 40,000
 * words builds in a fraction of the time a map of 250,000 strings took.
 */
interface DeletionIndex {
  words: readonly string[]
  /** Table size less one (a power of two): a hash's slot is `hash & mask`. */
  mask: number
  /** The last entry filed in each slot, or -1. */
  heads: Int32Array
  /** Per entry: the entry filed before it in its slot, or -1. */
  next: Int32Array
  hashes: Uint32Array
  /** Per entry: the word's place in `words`, and the letter left out (-1: the word itself). */
  ids: Int32Array
  skips: Int16Array
}

function deletionIndex(words: readonly string[]): DeletionIndex {
  const entries = words.reduce((sum, word) => sum + word.length + 1, 0)
  let size = 1
  while (size < entries) size <<= 1
  const index: DeletionIndex = {words, mask: size - 1, heads: new Int32Array(size).fill(-1), next: new Int32Array(entries), hashes: new Uint32Array(entries), ids: new Int32Array(entries), skips: new Int16Array(entries)}
  let entry = 0
  words.forEach((word, id) => {
    deletionHashes(word)
    for (let skip = -1; skip < word.length; skip++) {
      const hash = hashes[skip + 1]
      const slot = hash & index.mask
      index.hashes[entry] = hash
      index.ids[entry] = id
      index.skips[entry] = skip
      index.next[entry] = index.heads[slot]
      index.heads[slot] = entry++
    }
  })
  return index
}

/**
 * The places in the index's list of the words that share the query or a
 * string one deletion makes of it with a word: every word one edit away is
 * among them (and some two away, which the caller's distance test drops).
 */
function sharingADeletion(index: DeletionIndex, query: string, found: Set<number> = new Set()): Set<number> {
  deletionHashes(query)
  for (let skip = -1; skip < query.length; skip++) {
    const hash = hashes[skip + 1]
    for (let entry = index.heads[hash & index.mask]; entry >= 0; entry = index.next[entry]) {
      if (index.hashes[entry] === hash && sameWithout(index.words[index.ids[entry]], index.skips[entry], query, skip)) found.add(index.ids[entry])
    }
  }
  return found
}

/** The model's words seen at least `minCount` times (letters a–z, at most 64), indexed once per model and count, once searches show it will pay (`searchesBeforeIndex`). */
const indexOf = memoise((model: LanguageModel, minCount: string): DeletionIndex => {
  const words: string[] = []
  for (let id = 3; id < model.words.length; id++) if (searchable(model, id, Number(minCount))) words.push(model.words[id])
  return deletionIndex(words)
})

/** Whether the model's word `id` is one the searches may find: seen `minCount` times, letters a–z only, at most 64 of them. */
function searchable(model: LanguageModel, id: number, minCount: number): boolean {
  const word = model.words[id]
  return id >= 3 && model.unigrams[id] >= minCount && word.length <= 64 && /^[a-z]+$/.test(word)
}

/** `deletionHashes` writes a word's hashes here: first the word's own, then the word's without each letter in turn. */
let hashes = new Uint32Array(66)
/** Powers of the hash's base (2^32 wraps them), as many as the longest word needs. */
let powers = Uint32Array.of(1)
/** Prefix hashes of the word being hashed. */
let prefixes = new Uint32Array(66)
const base = 0x01000193

/**
 * The hashes of a word and of each string one deletion makes of it, in
 * time linear in its length: a polynomial hash (wrapping at 2^32) leaves a
 * letter out by arithmetic on the prefix hashes, where hashing each string
 * afresh took the square of the length (building the index took 23 ms
 * with it, 16 ms now). Each is mixed (MurmurHash3's finaliser) so that its
 * low bits, the table's slot, depend on every letter.
 */
function deletionHashes(word: string): void {
  const length = word.length
  if (hashes.length < length + 1) [hashes, prefixes] = [new Uint32Array(2 * length + 2), new Uint32Array(2 * length + 2)]
  powersUpTo(length)
  prefixes[0] = 0
  for (let at = 0; at < length; at++) prefixes[at + 1] = (Math.imul(prefixes[at], base) + word.charCodeAt(at)) >>> 0
  const whole = prefixes[length]
  hashes[0] = mix(whole)
  // Without letter k: the prefix before it shifted up one place less, the rest as it was.
  for (let skip = 0; skip < length; skip++) hashes[skip + 1] = mix(whole + Math.imul(prefixes[skip] - prefixes[skip + 1], powers[length - 1 - skip]))
}

/** Makes `powers` hold the base's powers up to `exponent` at least. */
function powersUpTo(exponent: number): void {
  if (powers.length > exponent) return
  const more = new Uint32Array(2 * exponent + 2)
  more[0] = 1
  for (let at = 1; at < more.length; at++) more[at] = Math.imul(more[at - 1], base)
  powers = more
}

/**
 * A word list as a bit set of its words' hashes: a string whose bit is clear
 * is no word of the list, and most strings that are none have theirs clear
 * (about 1 in 40 has it set, at 32 bits per word).
 */
export interface WordFilter {
  bits: Int32Array
  /** Bits less one (a power of two): a hash's bit is `hash & mask`. */
  mask: number
}

export function wordFilter(words: readonly string[]): WordFilter {
  let size = 32
  while (size < 32 * words.length) size <<= 1
  const filter: WordFilter = {bits: new Int32Array(size >>> 5), mask: size - 1}
  // Each word hashed as `deletionHashes` hashes it.
  for (const word of words) {
    let hash = 0
    for (let at = 0; at < word.length; at++) hash = Math.imul(hash, base) + word.charCodeAt(at)
    const bit = mix(hash) & filter.mask
    filter.bits[bit >>> 5] |= 1 << (bit & 31)
  }
  return filter
}

/** Whether the filter may hold the string of hash `hash` (not yet mixed, any integer: it wraps at 2^32). */
function mayHold(filter: WordFilter, hash: number): boolean {
  const bit = mix(hash) & filter.mask
  return (filter.bits[bit >>> 5] & (1 << (bit & 31))) !== 0
}

/** Prefix and suffix hashes of the word `forEachOneEditIn` searches from: `editPrefixes[i]` hashes its first i letters, `editSuffixes[i]` its letters from i on, weighted as they stand in the word. */
let editPrefixes = new Uint32Array(66)
let editSuffixes = new Uint32Array(66)

/**
 * Calls `visit` with the strings one edit from a word (as `forEachOneEdit`
 * makes them, in its order) that the filter may hold: each string's hash is
 * worked out from the word's prefix and suffix hashes, and only a string
 * whose bit is set is made. Every word of the filter's list one edit away is
 * visited, with a few strings that are none; the hundreds of others an edit
 * makes (54 per letter) are never made nor looked up. `visit` must not
 * search again.
 */
export function forEachOneEditIn(word: string, filter: WordFilter, visit: (near: string) => void): void {
  const length = word.length
  if (editPrefixes.length < length + 1) [editPrefixes, editSuffixes] = [new Uint32Array(2 * length + 2), new Uint32Array(2 * length + 2)]
  powersUpTo(length + 1)
  for (let at = 0; at < length; at++) editPrefixes[at + 1] = (Math.imul(editPrefixes[at], base) + word.charCodeAt(at)) >>> 0
  editSuffixes[length] = 0
  for (let at = length - 1; at >= 0; at--) editSuffixes[at] = (editSuffixes[at + 1] + Math.imul(word.charCodeAt(at), powers[length - 1 - at])) >>> 0
  const whole = editPrefixes[length]
  for (let position = 0; position <= length; position++) {
    const head = editPrefixes[position]
    const tail = editSuffixes[position]
    const letter = word.charCodeAt(position)
    // The letter at `position` left out, and swapped with the next.
    if (position < length && mayHold(filter, Math.imul(head, powers[length - 1 - position]) + editSuffixes[position + 1])) visit(word.slice(0, position) + word.slice(position + 1))
    if (position < length - 1) {
      const next = word.charCodeAt(position + 1)
      const swapped = whole + Math.imul(next - letter, powers[length - 1 - position]) + Math.imul(letter - next, powers[length - 2 - position])
      if (mayHold(filter, swapped)) visit(word.slice(0, position) + word[position + 1] + word[position] + word.slice(position + 2))
    }
    // Each letter for the one at `position`, and before it.
    const inserted = Math.imul(head, powers[length + 1 - position]) + tail
    for (let index = 0; index < letters.length; index++) {
      const code = letters.charCodeAt(index)
      if (position < length && mayHold(filter, whole + Math.imul(code - letter, powers[length - 1 - position]))) visit(word.slice(0, position) + letters[index] + word.slice(position + 1))
      if (mayHold(filter, inserted + Math.imul(code, powers[length - position]))) visit(word.slice(0, position) + letters[index] + word.slice(position))
    }
  }
}

function mix(hash: number): number {
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/** Whether two words, each with the letter at its `skip` left out (-1: none), are the same string. */
function sameWithout(one: string, oneSkip: number, other: string, otherSkip: number): boolean {
  if (one.length - (oneSkip >= 0 ? 1 : 0) !== other.length - (otherSkip >= 0 ? 1 : 0)) return false
  let at = 0
  let to = 0
  for (;;) {
    if (at === oneSkip) at++
    if (to === otherSkip) to++
    if (at >= one.length || to >= other.length) return at >= one.length && to >= other.length
    if (one.charCodeAt(at) !== other.charCodeAt(to)) return false
    at++
    to++
  }
}

/**
 * Model words seen at least `minCount` times within one or two edits of
 * `word`, itself excluded. Two edits are one edit of the query followed by a
 * look-up in the one-deletion index, so one small index serves both.
 */
export function wordsWithin(model: LanguageModel, word: string, maxEdits: 1 | 2, minCount: number): string[] {
  // Articles and an editor's re-checks repeat their words: remember answers.
  return answers(model, `${maxEdits} ${minCount} ${word}`)
}

const answers = memoise((model: LanguageModel, key: string) => {
  const [maxEdits, minCount, word] = key.split(' ')
  return search(model, word, Number(maxEdits) as 1 | 2, Number(minCount))
})

function search(model: LanguageModel, word: string, maxEdits: 1 | 2, minCount: number): string[] {
  if (maxEdits === 1 && !indexPays(model, minCount)) return generatedNeighbours(model, word, minCount)
  const index = indexOf(model, String(minCount))
  // Two edits are one edit of the query followed by a look-up in the one-deletion index.
  const found = sharingADeletion(index, word)
  if (maxEdits === 2) for (const near of oneEditStrings(word)) sharingADeletion(index, near, found)
  // In the model's order, as `generatedNeighbours` gives them: the index lists its words in that order.
  return [...found]
    .sort((one, other) => one - other)
    .map((id) => index.words[id])
    .filter((candidate) => candidate !== word && editDistance(word, candidate, maxEdits) <= maxEdits)
}

/**
 * One-edit searches made per model and count before the deletion index is
 * built. Building it costs about 15 ms, as much as some fifty searches that
 * make each string one edit from the word and look it up (0.1 to 0.3 ms
 * each; the index answers in 3 µs). An article has few words the model
 * lacks that need the search (the seed articles 0 to 2; the 166 articles of
 * the clean copy's tuning half, 148): a process that lints one article (the
 * CLI on a file, a CI gate) never builds the index, and an archive builds it
 * within its first articles.
 */
const searchesBeforeIndex = 50
const searchesMade = new WeakMap<LanguageModel, Map<number, number>>()

/** Counts a one-edit search; true once enough have been made that the index pays. */
function indexPays(model: LanguageModel, minCount: number): boolean {
  let byCount = searchesMade.get(model)
  if (!byCount) searchesMade.set(model, (byCount = new Map()))
  const made = (byCount.get(minCount) ?? 0) + 1
  byCount.set(minCount, made)
  return made > searchesBeforeIndex
}

/** The words `search` finds one edit from `word`, found by making each string one edit from it and asking the model. */
function generatedNeighbours(model: LanguageModel, word: string, minCount: number): string[] {
  const ids: number[] = []
  // Each string is looked up as it is made: a set of them first (`oneEditStrings`) cost twice as much.
  forEachOneEdit(word, (near) => {
    const id = model.ids.get(near)
    if (id !== undefined && near !== word && !ids.includes(id) && searchable(model, id, minCount)) ids.push(id)
  })
  return ids.sort((one, other) => one - other).map((id) => model.words[id])
}

/** Model words exactly one edit from `word`. */
export function oneEditNeighbours(model: LanguageModel, word: string, minCount = 5): string[] {
  return wordsWithin(model, word, 1, minCount)
}

/**
 * The ids of the model words `oneEditNeighbours` finds for the word with id
 * `id`, in the same order. The build works them out for every word of the
 * default model (`serializeOneEditIndex`): a process that meets a word then
 * reads them instead of searching, which costs about 5 µs a word, and more
 * than the rest of the one-edit check on text it has not seen. Another
 * model's are searched for, as the words come.
 */
export function oneEditNeighbourIds(model: LanguageModel, id: number): ArrayLike<number> {
  const index = compiledOneEditIndex(model)
  if (index) return index.ids.subarray(index.starts[id], index.starts[id + 1])
  return oneEditNeighbours(model, model.words[id]).map((word) => model.id(word))
}

/**
 * Whether the word with id `id` may have one-edit neighbours: false only
 * where the build's list says it has none (most long words), read without
 * a search; true for a word the model lacks or another model's word.
 */
export function mayHaveOneEditNeighbours(model: LanguageModel, id: number): boolean {
  const index = compiledOneEditIndex(model)
  return !index || id < 0 || index.starts[id + 1] > index.starts[id]
}


/** Word `i`'s neighbours are `ids[starts[i]]` to `ids[starts[i + 1] - 1]`. */
interface OneEditIndex {
  starts: Uint32Array
  ids: Uint16Array
}

/** The file the build writes (`serializeForModel`): where each word's neighbours start, then their ids (padded to whole 32-bit words). */
export function serializeOneEditIndex(model: LanguageModel): Buffer {
  const starts = new Uint32Array(model.words.length + 1)
  const ids: number[] = []
  for (let id = 0; id < model.words.length; id++) {
    starts[id] = ids.length
    if (id >= 3) for (const word of oneEditNeighbours(model, model.words[id])) ids.push(model.id(word))
  }
  starts[model.words.length] = ids.length
  return serializeForModel(model, [starts, Uint16Array.from({length: ids.length + (ids.length % 2)}, (_, index) => ids[index] ?? 0)])
}

const oneEditIndexes = new WeakMap<LanguageModel, OneEditIndex | null>()

function compiledOneEditIndex(model: LanguageModel): OneEditIndex | undefined {
  let index = oneEditIndexes.get(model)
  if (index === undefined) {
    const words = readForModel(model, compiledOneEditFile)
    const size = model.words.length + 1
    index = null
    if (words && words.length >= size && 2 * (words.length - size) >= words[size - 1]) {
      index = {starts: words.subarray(0, size), ids: new Uint16Array(words.buffer, words.byteOffset + 4 * size, words[size - 1])}
    }
    oneEditIndexes.set(model, index)
  }
  return index ?? undefined
}

/**
 * Model words seen at least `minCount` times with the same first letter and
 * length as `word` and at most two edits from it: letters mistyped in place.
 * Such words are filed by first letter and length, so a query compares the
 * word with one small bucket; the deletion index would generate thousands of
 * look-ups for a long word and then discard most of what they find.
 */
export function sameShapeWords(model: LanguageModel, word: string, minCount: number): string[] {
  const bucket = shapeIndexOf(model, String(minCount)).get(shapeKey(word[0], word.length)) ?? []
  return bucket.filter((candidate) => candidate !== word && editDistance(word, candidate, 2) <= 2)
}

/** Whether any frequent word has the word's first letter and length: none, and `sameShapeWords` can find nothing (an identifier of 30 letters). */
export function hasSameShapeWords(model: LanguageModel, word: string, minCount: number): boolean {
  return shapeIndexOf(model, String(minCount)).has(shapeKey(word[0], word.length))
}

const shapeIndexOf = memoise((model: LanguageModel, minCount: string) =>
  byShape(model.words.filter((word, id) => id >= 3 && model.unigrams[id] >= Number(minCount) && /^[a-z]+$/.test(word)))
)

/** Words filed by first letter and length (the key is `shapeKey`): the only ones that can be letters mistyped in place. */
export function byShape(words: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const word of words) {
    const key = shapeKey(word[0], word.length)
    const bucket = index.get(key)
    if (bucket) bucket.push(word)
    else index.set(key, [word])
  }
  return index
}

export function shapeKey(first: string, length: number): string {
  return first + length
}
