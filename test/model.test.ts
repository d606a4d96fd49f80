import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {buildModel, countSentences, keptVocabulary, LanguageModel} from '../src/model/model.js'
import {forEachWordAfter, forEachWordBefore, neighbourVariety} from '../src/model/pair-index.js'
import {slipScore, type SlipDetectorData} from '../src/model/slip-detector.js'
import {slipEvidenceNames, slipSuspect} from '../src/model/slips.js'
import {loadModel} from '../src/model/load.js'
import {compiledOneEditFile, compiledPairIndexFile, defaultModelFile, readAheadFiles} from '../src/model/files.js'
import {readAhead, readBytes, readText, shareFiles, useFilesRead, useSharedFiles} from '../src/model/shared-bytes.js'
import {packageRoot} from '../src/paths.js'
import {generalEnglish} from '../src/model/general-english.js'
import {sentenceContext} from '../src/model/context.js'
import {contextScore, contextScorer, nearWords, phraseScore} from '../src/model/rank.js'
import {editDistance} from '../src/text/edit-distance.js'
import {slipCost} from '../src/model/error-model.js'
// The trainer is a build script; its behaviour is what the shipped trees rest on.
import {trainBoostedTrees} from '../scripts/boosted-trees.js'

const sentences = [
  ['the', 'fleet', 'sailed', 'north'],
  ['the', 'fleet', 'sailed', 'south'],
  ['a', 'fleet', 'anchored']
]

describe('model building', () => {
  it('keeps word pairs seen once and drops word triples seen once', () => {
    const model = buildModel(countSentences(sentences), ['test'])
    expect(model.bigram('a', 'fleet')).toBe(1)
    expect(model.bigram('fleet', 'sailed')).toBe(2)
    expect(model.trigram('the', 'fleet', 'sailed')).toBe(2)
    expect(model.trigram('a', 'fleet', 'anchored')).toBe(0)
  })

  it('keeps the commonest words that fit, known words first in a tie, and no word of a tie it cannot keep whole', () => {
    const counts: Array<[string, number]> = [['keel', 2], ['fleet', 9], ['hull', 2], ['ship', 4], ['qxl', 2], ['boat', 2]]
    expect(keptVocabulary(counts, 6)).toEqual([['fleet', 9], ['ship', 4], ['boat', 2], ['hull', 2], ['keel', 2], ['qxl', 2]])
    expect(keptVocabulary(counts, 4)).toEqual([['fleet', 9], ['ship', 4]])
    const known = (word: string) => word !== 'qxl'
    expect(keptVocabulary(counts, 5, known)).toEqual([['fleet', 9], ['ship', 4], ['boat', 2], ['hull', 2], ['keel', 2]])
    expect(keptVocabulary(counts, 4, known)).toEqual([['fleet', 9], ['ship', 4]])
  })

  it('scores a word in its slot as the interpolated trigram, bigram and unigram estimates say', () => {
    const model = buildModel(countSentences(sentences), ['test'])
    const size = model.header.tokens + model.words.length
    const unigram = (word: string) => (model.count(word) + 1) / size
    const bigram = (previous: string, word: string) => 0.7 * (model.count(previous) > 0 ? model.bigram(previous, word) / model.count(previous) : 0) + 0.3 * unigram(word)
    const trigram = (first: string, second: string, word: string) => {
      const pair = model.bigram(first, second)
      return 0.6 * (pair > 0 ? model.trigram(first, second, word) / pair : 0) + 0.4 * bigram(second, word)
    }
    // “the fleet sailed north”: “fleet” after “<s> the”, “sailed” after “the fleet”, “north” after “fleet sailed”.
    const context = sentenceContext(['the', 'fleet', 'sailed', 'north'], 1)
    const expected = Math.log(trigram('<s>', 'the', 'fleet')) + Math.log(trigram('the', 'fleet', 'sailed')) + Math.log(trigram('fleet', 'sailed', 'north'))
    expect(contextScore(model, 'fleet', context)).toBeCloseTo(expected, 12)
    // One scorer for a slot gives every word what a fresh score gives it, an unknown word too.
    const score = contextScorer(model, context)
    for (const word of ['fleet', 'anchored', 'the', 'armada']) expect(score(word)).toBe(contextScore(model, word, context))
    expect(score('fleet')).toBeGreaterThan(score('anchored'))
    // Two words in the slot are scored on the same scale: one word through phraseScore is contextScore.
    expect(phraseScore(model, ['fleet'], context)).toBeCloseTo(contextScore(model, 'fleet', context), 12)
    const split = Math.log(trigram('<s>', 'the', 'fleet')) + Math.log(trigram('the', 'fleet', 'sailed')) + Math.log(trigram('fleet', 'sailed', 'north')) + Math.log(trigram('sailed', 'north', '</s>'))
    expect(phraseScore(model, ['fleet', 'sailed'], sentenceContext(['the', 'fleetsailed', 'north'], 1))).toBeCloseTo(split, 12)
  })

  it('finds the words before and after a word through its pair index, as the pair counts say', () => {
    const model = buildModel(countSentences(sentences), ['test'])
    const id = model.ids.get('fleet')!
    const before: Array<[string, number]> = []
    const after: Array<[string, number]> = []
    forEachWordBefore(model, id, (other, count) => before.push([model.words[other], count]))
    forEachWordAfter(model, id, (other, count) => after.push([model.words[other], count]))
    expect(before.sort()).toEqual([['a', 1], ['the', 2]])
    expect(after.sort()).toEqual([['anchored', 1], ['sailed', 2]])
    expect(neighbourVariety(model, id)).toEqual({before: 2, after: 2})
  })

  it('reads the build’s pair index of the default model, which gives the neighbours a scan of every pair gives', async () => {
    const {readFileSync} = await import('node:fs')
    const {serializePairIndex} = await import('../src/model/pair-index.js')
    const model = loadModel()
    expect(readFileSync(compiledPairIndexFile).equals(serializePairIndex(model))).toBe(true)
    for (const word of ['the', 'contract', 'frigate']) {
      const id = model.ids.get(word)!
      const scanned = {before: [] as number[], after: [] as number[]}
      model.bigramKeys.forEach((key, pair) => {
        if (key % 65536 === id) scanned.before.push(Math.floor(key / 65536), model.bigramCounts[pair])
        if (Math.floor(key / 65536) === id) scanned.after.push(key % 65536, model.bigramCounts[pair])
      })
      const indexed = {before: [] as number[], after: [] as number[]}
      forEachWordBefore(model, id, (other, count) => indexed.before.push(other, count))
      forEachWordAfter(model, id, (other, count) => indexed.after.push(other, count))
      expect(indexed).toEqual(scanned)
      expect(neighbourVariety(model, id)).toEqual({before: scanned.before.length / 2, after: scanned.after.length / 2})
      // A pair is looked for among its first word's pairs: each scanned pair is found with its count, and a pair never seen is not.
      for (let at = 0; at < scanned.after.length; at += 2) expect(model.bigramOf(id, scanned.after[at])).toBe(scanned.after[at + 1])
      for (let at = 0; at < scanned.before.length; at += 2) expect(model.bigramOf(scanned.before[at], id)).toBe(scanned.before[at + 1])
    }
    expect(model.bigram('contract', 'frigate')).toBe(0)
    expect(model.trigram('of', 'the', 'army')).toBeGreaterThan(0)
    expect(model.trigram('army', 'the', 'of')).toBe(0)
  })

  it('reads the build’s one-edit neighbours of the default model, which the search gives; another model’s are searched for', async () => {
    const {readFileSync} = await import('node:fs')
    const {oneEditNeighbourIds, oneEditNeighbours, serializeOneEditIndex} = await import('../src/model/neighbours.js')
    const model = loadModel()
    expect(readFileSync(compiledOneEditFile).equals(serializeOneEditIndex(model))).toBe(true)
    for (const word of ['the', 'contract', 'frigate', 'time', 'materiel']) {
      const searched = oneEditNeighbours(model, word).map((neighbour) => model.id(neighbour))
      expect(Array.from(oneEditNeighbourIds(model, model.id(word)))).toEqual(searched)
    }
    expect(oneEditNeighbours(model, 'time')).toContain('tide')
    // A process's first searches make each string one edit away and ask the model; later ones use the
    // deletion index. Two fresh copies of the model, one searched before the index and one after, agree.
    const {LanguageModel} = await import('../src/model/model.js')
    const [before, after] = [LanguageModel.read(defaultModelFile), LanguageModel.read(defaultModelFile)]
    for (let made = 0; made <= 400; made++) oneEditNeighbours(after, `warmup${made}`)
    const queries = ['recieved', 'contrat', 'frigat', 'tim', 'materiell', 'pouds', 'sustanment', 'a', 'xq']
    expect(queries.map((word) => oneEditNeighbours(after, word))).toEqual(queries.map((word) => oneEditNeighbours(before, word)))
    expect(oneEditNeighbours(before, 'pouds')).toContain('pounds')
    // A model the build did not index: “ship” and “shop”, each seen five times, are each other's neighbours.
    const small = buildModel(countSentences(Array.from({length: 5}, () => ['the', 'ship', 'and', 'the', 'shop'])), ['test'])
    expect(Array.from(oneEditNeighbourIds(small, small.id('ship')), (id) => small.words[id])).toEqual(['shop'])
    expect(Array.from(oneEditNeighbourIds(small, small.id('and')), (id) => small.words[id])).toEqual([])
  })

  it('lists general English’s words from the commonest to the rarest, as readers that stop at the first rare one need', async () => {
    const {generalFrequencies} = await import('../src/model/frequencies.js')
    const frequencies = [...generalFrequencies().values()]
    expect(frequencies.length).toBeGreaterThan(19_000)
    expect(frequencies.every((frequency, index) => index === 0 || frequency <= frequencies[index - 1])).toBe(true)
  })

  it('visits, through a word list’s filter of hashes, every string one edit away that the list holds, as making every edit finds', async () => {
    const {forEachOneEdit, forEachOneEditIn, wordFilter} = await import('../src/model/neighbours.js')
    const {generalFrequencies} = await import('../src/model/frequencies.js')
    const words = generalFrequencies()
    const filter = wordFilter([...words.keys()])
    const listed = (search: (visit: (near: string) => void) => void) => {
      const found: string[] = []
      search((near) => words.has(near) && found.push(near))
      return found
    }
    // Swaps, insertions at either end, a letter outside a–z (“café” is “cafe” with a letter changed), one letter, none.
    for (const word of ['untill', 'recieved', 'teh', 'ther', 'mroe', 'hegseth', 'café', 'a', '', 'thinkng', 'x'.repeat(70)]) {
      const made = listed((visit) => forEachOneEdit(word, visit))
      expect(listed((visit) => forEachOneEditIn(word, filter, visit))).toEqual(made)
    }
    expect(listed((visit) => forEachOneEditIn('untill', filter, visit))).toContain('until')
    // Most strings an edit makes are never made: their bits are clear.
    let visited = 0
    forEachOneEditIn('sustanment', filter, () => visited++)
    expect(visited).toBeLessThan(40)
  })
})

describe('word classes', () => {
  it('reads the build’s classes of the default model as the table and the pairs give them now', async () => {
    const {readFileSync} = await import('node:fs')
    const {LanguageModel} = await import('../src/model/model.js')
    const {compileWordClasses, compiledWordClassesFile, wordClassName} = await import('../src/model/word-classes.js')
    const fresh = compileWordClasses(LanguageModel.read(defaultModelFile))
    const {sha1, data, stamps} = JSON.parse(readFileSync(compiledWordClassesFile, 'utf8'))
    expect({sha1, data}).toEqual(JSON.parse(JSON.stringify(fresh)))
    const {stampsHold} = await import('../src/text/data-files.js')
    const {wordClassSources} = await import('../src/model/word-classes.js')
    expect(stampsHold(stamps, wordClassSources)).toBe(true)
    // A word the model has, one only the table has, and one neither has.
    const [extra, extraClass] = fresh.data.extras[0]
    expect([wordClassName('sailed'), wordClassName(extra), wordClassName('qzxv')]).toEqual(['past', fresh.data.names[extraClass], 'unknown'])
  })
})

describe('slip detector', () => {
  it('walks each tree to a leaf: at or below the threshold to the first branch, above it to the second', () => {
    const detector: SlipDetectorData = {about: 'test', evidence: [...slipEvidenceNames], base: -1, trees: [[0, 5, 0.5, [1, 0, 2, 3]]]}
    const evidence = (first: number, second: number) => [first, second, ...new Array(slipEvidenceNames.length - 2).fill(0)]
    expect(slipScore(evidence(5, 9), detector)).toBe(-0.5)
    expect(slipScore(evidence(6, 0), detector)).toBe(1)
    expect(slipScore(evidence(6, 1), detector)).toBe(2)
  })

  it('finds the best-fitting one-edit rival and gives the evidence the shipped trees expect', () => {
    const words = ['he', 'will', 'be', 'there', 'at', 'any', 'tine']
    const suspect = slipSuspect(loadModel(), 'tine', sentenceContext(words, 6), () => true, () => 0)
    expect(suspect?.rival).toBe('time')
    expect(suspect?.evidence).toHaveLength(slipEvidenceNames.length)
    expect(slipScore(suspect!.evidence)).toBeGreaterThan(1.25)
    // A word already usual in its slot has no rival worth weighing.
    expect(slipSuspect(loadModel(), 'time', sentenceContext(words.with(6, 'time'), 6), () => true, () => 0)).toBeUndefined()
  })

  it('trains trees that learn a rule from examples, the same trees every time', () => {
    const examples = Array.from({length: 400}, (_, index) => {
      const value = (index * 37) % 100
      return {features: [value, index % 7], label: (value > 60 ? 1 : 0) as 0 | 1, weight: 1}
    })
    const first = trainBoostedTrees(examples, {trees: 30, depth: 2})
    expect(trainBoostedTrees(examples, {trees: 30, depth: 2})).toEqual(first)
    const detector = {about: '', evidence: [], base: first.base, trees: first.trees} as unknown as SlipDetectorData
    expect(slipScore([80, 3], detector)).toBeGreaterThan(2)
    expect(slipScore([20, 3], detector)).toBeLessThan(-2)
  })
})

describe('error model', () => {
  // Misspellings from Wikipedia's list of common misspellings (scripts/eval-data/common-misspellings.tsv).
  it('prices the slips misspellings show: “ei” for “ie” cheapest, a vowel dropped below a consonant, nothing cheap at the first letter', () => {
    expect(slipCost('wierd', 'weird')).toBeLessThan(slipCost('wierd', 'wired'))
    expect(slipCost('acused', 'accused')).toBeLessThan(slipCost('acused', 'caused'))
    expect(slipCost('happend', 'happened')).toBeLessThan(slipCost('exept', 'except'))
    expect(slipCost('simpley', 'simply')).toBeLessThan(slipCost('simpley', 'simple'))
    // A doubled letter left out stays the cheapest slip of all but the vowel swap.
    expect(slipCost('comissioned', 'commissioned')).toBeLessThan(slipCost('happend', 'happened'))
    // An r that speech does not sound, dropped before a consonant (“suprise”, “libary”), is likelier than a vowel dropped.
    expect(slipCost('execise', 'exercise')).toBeLessThan(slipCost('execise', 'excise'))
    expect(slipCost('suprise', 'surprise')).toBeLessThan(slipCost('suprise', 'sunrise'))
    // A final -s costs extra on a word that could take one (“torpedos”), not on one that takes none (“justs”).
    expect(slipCost('torpedos', 'torpedoes')).toBeLessThan(slipCost('torpedos', 'torpedo'))
    expect(slipCost('justs', 'just')).toBeLessThan(slipCost('posts', 'post'))
    // A space left out costs the same whatever the words.
    expect(slipCost('addedthey', 'added they')).toBe(slipCost('uninjuredafter', 'uninjured after'))
    expect(slipCost('addedthey', 'added they')).toBeGreaterThan(0)
  })
})

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours, and stops past the limit', () => {
    expect(editDistance('recieved', 'received')).toBe(1)
    expect(editDistance('Rawatt', 'Rawat')).toBe(1)
    expect(editDistance('trail', 'trial')).toBe(1)
    expect(editDistance('form', 'from')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'Corps')).toBe(5)
    expect(editDistance('Corps', '')).toBe(5)
    expect(editDistance('Bhadauria', 'Bhadoria', 1)).toBe(2)
    expect(editDistance('Subramani', 'Rajnath', 2)).toBe(3)
    // Longer than the rows first set aside, then a short pair again: the reused rows hold no trace of the long one.
    const long = 'Rakesh Kumar Singh Bhadauria, Chief of the Air Staff and Chairman of the Chiefs of Staff Committee'
    expect(editDistance(long, long.replace('Chairman', 'Chairmen'))).toBe(1)
    expect(editDistance('Seth', 'Sethi')).toBe(1)
  })
})

describe('words near a typo', () => {
  // The deletion index is hashed; a brute-force scan of the vocabulary is the reference it must agree with.
  it('finds every frequent model word one edit away, and only words within the edits asked, as a scan of the vocabulary does', () => {
    const model = loadModel()
    const frequent = model.words.filter((word, id) => id >= 3 && model.unigrams[id] >= 5 && /^[a-z]+$/.test(word))
    for (const typo of ['recieved', 'pouds', 'goverment', 'sonnar', 'misile', 'dissuasions', 'ar', 'navyy']) {
      for (const edits of [1, 2] as const) {
        const scanned = frequent.filter((word) => word !== typo && editDistance(typo, word, edits) <= edits)
        expect(nearWords(model, typo, edits).sort(), `${typo}, ${edits}`).toEqual(expect.arrayContaining(scanned.filter((word) => editDistance(typo, word, 1) <= 1)))
        expect(nearWords(model, typo, edits).every((word) => scanned.includes(word)), `${typo}, ${edits}`).toBe(true)
      }
    }
    expect(nearWords(model, 'recieved', 2)).toContain('received')
    expect(nearWords(model, 'pouds', 2)).toContain('pounds')
  })
})

describe('general English (model/general-english.bin)', () => {
  it('reads the word pairs of modern English that the build took from CMU Sphinx, backing off for pairs it lacks', () => {
    const general = generalEnglish()
    // Listed pairs, as the source model gives them (log10, to a 32nd of a decade).
    expect(general.pair('more', 'than')).toBeCloseTo(-0.78, 1)
    expect(general.pair('of', 'the')).toBeCloseTo(-0.69, 1)
    // “more tan” is no listed pair: “more”'s back-off weight and “tan”'s own probability.
    expect(general.pair('more', 'tan')).toBeLessThan(-5)
    // A word the model lacks is rarer than any it has; a first word it lacks leaves the second's own probability.
    expect(general.pair('the', 'qwertyuiop')).toBe(-7)
    expect(general.pair('qwertyuiop', 'the')).toBeCloseTo(-1.39, 2)
    // A word after two others: the pair it ends, with the back-off weight of the pair before (none for a word the model lacks).
    expect(general.triple('qwertyuiop', 'more', 'than')).toBe(general.pair('more', 'than'))
    // A word's place, three-word windows: “The contract was signed” against “The contact was signed”.
    const slot = {previous: 'the', next: 'was', previous2: '<s>', next2: 'signed'}
    expect(general.lead(slot, 'contact', 'contract')).toBeGreaterThan(1)
    // A number is a spoken number to it: “the last 18 months” tells “last” from “lat” better than an unknown neighbour would.
    const lead = (next: string) => general.lead({previous: 'the', next}, 'lat', 'last')
    expect(lead('18')).toBeGreaterThan(lead('qwertyuiop') + 1)
    // Words are found by bisection of a list in code-unit order.
    expect(general.id('army')!).toBeLessThan(general.id('navy')!)
    expect(general.id('qwertyuiop')).toBeUndefined()
  })
})

describe('model files shared with worker threads (src/model/shared-bytes.ts)', () => {
  it('serves a shared file from shared memory, read in place as the disk copy is, and leaves unreadable files to each reader', () => {
    const memory = shareFiles([defaultModelFile, path.join(packageRoot, 'model', 'no-such-model.cdm')])
    expect(Object.keys(memory)).toEqual([defaultModelFile])
    useSharedFiles(memory)
    const bytes = readBytes(defaultModelFile)
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(bytes.equals(readFileSync(defaultModelFile))).toBe(true)
    const shared = LanguageModel.parse(bytes, defaultModelFile)
    for (const word of ['the', 'sustainment', 'frigate']) expect(shared.count(word)).toBe(loadModel().count(word))
    expect(shared.bigram('the', 'navy')).toBe(loadModel().bigram('the', 'navy'))
  })
})

describe('large files read ahead by the lint command (src/model/shared-bytes.ts)', () => {
  it('reads each file whole, on a four-byte boundary, leaves a file it cannot read to its reader, and serves the rest from memory', async () => {
    const missing = path.join(packageRoot, 'model', 'no-such-model.cdm')
    const read = await readAhead([...readAheadFiles, missing])
    expect([...read.keys()]).toEqual(readAheadFiles)
    for (const [file, bytes] of read) {
      expect(bytes.byteOffset % 4).toBe(0)
      expect(bytes.equals(readFileSync(file))).toBe(true)
    }
    useFilesRead(read)
    expect(readBytes(defaultModelFile)).toBe(read.get(defaultModelFile))
    // Shared with a batch's worker threads as it is, not copied.
    expect(shareFiles([defaultModelFile])[defaultModelFile]).toBe(read.get(defaultModelFile)!.buffer)
    const wordList = readAheadFiles.find((file) => file.endsWith('.txt'))!
    expect(readText(wordList)).toBe(readFileSync(wordList, 'utf8'))
    expect(() => readBytes(missing)).toThrow()
  })
})
