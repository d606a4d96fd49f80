import {compiledWordIndexFile} from './files.js'
import {readForModel, serializeForModel} from './compiled.js'
import type {LanguageModel} from './model.js'

/**
 * A list's words by their place, in a table of open addressing keyed by each
 * word's FNV-1a hash. The build writes the table of the default model's words
 * (scripts/compile-word-index.js), which a process reads as it is: a cold
 * process filled a Map of the model's 65,000 words in about 7 ms, and this
 * table, filled at run time, in 4 to 6 (the loop runs cold); any other
 * model's table is filled on first need.
 */
export class WordIndex {
  private readonly mask: number

  /** `slots`: each slot the place of a word in `words` plus one, or 0 for an empty slot. */
  constructor(
    private readonly words: readonly string[],
    private readonly slots: Uint16Array = fillSlots(words)
  ) {
    this.mask = slots.length - 1
  }

  /** The word's place in the list, or undefined. */
  get(word: string): number | undefined {
    let slot = hash(word) & this.mask
    for (let found = this.slots[slot]; found !== 0; found = this.slots[slot]) {
      if (this.words[found - 1] === word) return found - 1
      slot = (slot + 1) & this.mask
    }
    return undefined
  }

  has(word: string): boolean {
    return this.get(word) !== undefined
  }
}

/** A model's word index: the build's, when it was made from this very model; else filled now. */
export function modelWordIndex(model: LanguageModel): WordIndex {
  const words = readForModel(model, compiledWordIndexFile)
  const slots = words && new Uint16Array(words.buffer, words.byteOffset, words.length * 2)
  return new WordIndex(model.words, slots?.length === slotCount(model.words.length) ? slots : undefined)
}

/** The file the build writes (`serializeForModel`): the slots of the model's words. */
export function serializeWordIndex(model: LanguageModel): Buffer {
  return serializeForModel(model, [fillSlots(model.words)])
}

/** Slots for twice the words or more, a power of two: a look-up seldom probes past its first. */
function slotCount(words: number): number {
  let size = 1024
  while (size < words * 2) size *= 2
  return size
}

function fillSlots(words: readonly string[]): Uint16Array {
  // (Up to 65,535 words, as a model holds: a place plus one fits in 16 bits.)
  const slots = new Uint16Array(slotCount(words.length))
  const mask = slots.length - 1
  for (let place = 0; place < words.length; place++) {
    let slot = hash(words[place]) & mask
    // Of two equal words the later takes the slot, as in a Map filled in order.
    while (slots[slot] !== 0 && words[slots[slot] - 1] !== words[place]) slot = (slot + 1) & mask
    slots[slot] = place + 1
  }
  return slots
}

function hash(word: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < word.length; index++) value = Math.imul(value ^ word.charCodeAt(index), 0x01000193)
  return value >>> 0
}
