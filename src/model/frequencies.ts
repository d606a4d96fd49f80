import path from 'node:path'
import {packageRoot} from '../paths.js'
import {readFileSync} from 'node:fs'

/** The general prior: how often words occur per million words of general English (SUBTLEX-US). */
export const wordFrequenciesFile = path.join(packageRoot, 'model', 'word-frequencies.txt')

let cached: Map<string, number> | undefined

/** Occurrences per million words, for the 20,000 most frequent words, commonest first (as the file lists them); read once per process. */
export function generalFrequencies(): Map<string, number> {
  if (!cached) {
    // One pass over the file: every start pays for this, and a word list's general reader
    // (a pattern per line) took three times as long.
    const text = readFileSync(wordFrequenciesFile, 'utf8')
    cached = new Map()
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start)
      if (end < 0) end = text.length
      if (text.charCodeAt(start) !== 35 /* # */) {
        const space = text.indexOf(' ', start)
        if (space > start && space < end) cached.set(text.slice(start, space), Number(text.slice(space + 1, end)))
      }
      start = end + 1
    }
  }
  return cached
}

/** Occurrences per million words of general English from which a word is everyday English (“page” 38, “line” 211; not “photo” 23, “twitter”). */
const everydayFrequency = 30

/**
 * Whether general English says a word all the time: then a line of it alone
 * may be the story's (“Coming Home”, “Line”), where a word of the web page
 * that English seldom says (“Avatar photo”, “Twitter”) is the page's.
 */
export function everydayWord(word: string): boolean {
  return (generalFrequencies().get(word.toLowerCase()) ?? 0) >= everydayFrequency
}
