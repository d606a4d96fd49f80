import {confusablesFile} from './files.js'
import {align, readAlignedBytes} from './shared-bytes.js'
import {lowerBound} from '../text/bisect.js'
import {wordClassName} from './word-classes.js'


/**
 * Words, numbers and the punctuation that shapes a sentence, as the
 * confusable-word classifiers read them: in lower case, a number as
 * `<num>`, curly quotes and apostrophes as straight ones, every dash (“--”
 * in older typing) as “—”. The build and the rule read text through this
 * one function, so a feature means the same to both.
 */
const tokenPattern = /[A-Za-z]+(?:['’][A-Za-z]+)*|\d[\d,.]*\d|\d|[.,;:!?()"“”—–]|-{2,}/g

export interface ConfusableTokens {
  tokens: string[]
  /** Where each token starts in the text read. */
  starts: number[]
}

export function confusableTokens(text: string): ConfusableTokens {
  const tokens: string[] = []
  const starts: number[] = []
  for (const match of text.matchAll(tokenPattern)) {
    const token = match[0]
    const code = token.charCodeAt(0)
    tokens.push(code >= 48 && code <= 57 ? '<num>' : token === '“' || token === '”' ? '"' : token === '–' || code === 45 ? '—' : token.toLowerCase().replace('’', "'"))
    starts.push(match.index)
  }
  return {tokens, starts}
}

/** A token's word class (`src/model/word-classes.ts`), or the token itself for punctuation and numbers. */
function classOf(token: string): string {
  const code = token.charCodeAt(0)
  return code >= 97 && code <= 122 ? wordClassName(token) : token
}

/**
 * What a classifier weighs about the word at `index`: the words just
 * before and after it, alone and in pairs, the word classes around it, and
 * a bias. Nothing of the word itself, which is the question.
 */
export function confusableFeatures(tokens: readonly string[], index: number): string[] {
  const at = (offset: number) => tokens[index + offset] ?? '<s>'
  const before2 = at(-2)
  const before = at(-1)
  const after = at(1)
  const after2 = at(2)
  const classBefore2 = classOf(before2)
  const classBefore = classOf(before)
  const classAfter = classOf(after)
  const classAfter2 = classOf(after2)
  return [
    'b',
    'L1:' + before,
    'R1:' + after,
    'L2:' + before2 + '|' + before,
    'R2:' + after + '|' + after2,
    'LR:' + before + '|' + after,
    'CL1:' + classBefore,
    'CR1:' + classAfter,
    'CR2:' + classAfter + '|' + classAfter2,
    'CL2:' + classBefore2 + '|' + classBefore,
    'CLR:' + classBefore + '|' + classAfter,
    'L1C:' + before + '|' + classAfter,
    'CR1W:' + classBefore + '|' + after
  ]
}

/** FNV-1a over a feature's code units: the file keeps 32-bit hashes, not the strings. */
export function featureHash(feature: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < feature.length; index++) {
    hash ^= feature.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Weights are stored in thousandths. */
export const weightScale = 1000

interface PairTable {
  /** The two words, the first the one whose log-odds the weights give. */
  words: [string, string]
  hashes: Uint32Array
  weights: Int16Array
}

/**
 * One logistic classifier for each pair of words that copy confuses
 * (“where”/“were”, “though”/“thought”): from the words and word classes around
 * a place, the log-odds (in nats) that the first word of the pair belongs
 * there rather than the second. Trained on the newsroom model's training
 * text by `npm run build:confusables`.
 */
export class ConfusableModel {
  private readonly byWord = new Map<string, PairTable[]>()

  constructor(tables: PairTable[]) {
    for (const table of tables) {
      for (const word of table.words) {
        const list = this.byWord.get(word) ?? []
        list.push(table)
        this.byWord.set(word, list)
      }
    }
  }

  /** Whether some pair holds this word. */
  has(word: string): boolean {
    return this.byWord.has(word)
  }

  /**
   * How many nats likelier `meant` is than `written` at `index` of `tokens`,
   * or undefined when no pair holds the two. `features` are the place's, if
   * already worked out.
   */
  lead(tokens: readonly string[], index: number, written: string, meant: string, features = confusableFeatures(tokens, index)): number | undefined {
    const table = this.byWord.get(written)?.find(({words}) => words.includes(meant))
    if (!table) return undefined
    let score = 0
    for (const feature of features) score += weightOf(table, featureHash(feature))
    score /= weightScale
    return table.words[0] === meant ? score : -score
  }

  /** The model file: “CDC1”, the header's length and JSON, then each pair's hashes and weights on four-byte boundaries. */
  static read(file: string = confusablesFile): ConfusableModel {
    const bytes = readAlignedBytes(file)
    const fail = (problem: string) => new Error(`${file}: ${problem}; run npm run build:confusables`)
    if (bytes.toString('latin1', 0, 4) !== 'CDC1') throw fail('not a confusable-word model')
    const headerLength = bytes.readUInt32LE(4)
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as {version: number; pairs: Array<{words: [string, string]; size: number}>}
    if (header.version !== 1) throw fail(`version ${header.version}, where this copydesk reads version 1`)
    let offset = align(8 + headerLength)
    const tables = header.pairs.map(({words, size}) => {
      if (offset + 6 * size > bytes.length + 4) throw fail('cut short')
      const hashes = new Uint32Array(bytes.buffer, bytes.byteOffset + offset, size)
      offset = align(offset + 4 * size)
      const weights = new Int16Array(bytes.buffer, bytes.byteOffset + offset, size)
      offset = align(offset + 2 * size)
      return {words, hashes, weights}
    })
    if (offset !== bytes.length) throw fail('damaged (its length is not what its header says)')
    return new ConfusableModel(tables)
  }
}

function weightOf({hashes, weights}: PairTable, hash: number): number {
  const index = lowerBound(hashes, hash)
  return index < hashes.length && hashes[index] === hash ? weights[index] : 0
}

let loaded: ConfusableModel | undefined

/** The shipped model, read once per process on first need. */
export function confusableModel(): ConfusableModel {
  return (loaded ??= ConfusableModel.read())
}
