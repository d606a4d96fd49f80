import path from 'node:path'
import {packageRoot} from '../paths.js'
import {readWordList} from '../text/data-files.js'

/** The general prior: how often words occur per million words of general English (SUBTLEX-US). */
export const wordFrequenciesFile = path.join(packageRoot, 'model', 'word-frequencies.txt')

let cached: Map<string, number> | undefined

/** Occurrences per million words, for the 20,000 most frequent words; read once per process. */
export function generalFrequencies(): Map<string, number> {
  if (!cached) {
    cached = new Map(
      readWordList(wordFrequenciesFile).map((line) => {
        const [word, perMillion] = line.split(' ')
        return [word, Number(perMillion)] as const
      })
    )
  }
  return cached
}
