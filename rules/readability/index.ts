import {defineRule} from '../../src/rule.js'
import type {WordToken} from '../../src/article/types.js'

/**
 * Flesch–Kincaid grade of a sentence. Names, titles and acronyms are not hard
 * words for a reader of defence news ("Manekshaw", "UNCLOS"), so they count
 * as two syllables whatever their length.
 */
function grade(words: WordToken[]): number {
  let syllables = 0
  for (const word of words) syllables += isName(word) ? 2 : syllableCount(word.stem)
  return 0.39 * words.length + (11.8 * syllables) / words.length - 15.59
}

/**
 * Syllables estimated from vowel groups, less a silent final “e”: close
 * enough to rank sentences, and far cheaper than a dictionary lookup.
 */
export function syllableCount(word: string): number {
  const lower = word.toLowerCase()
  let count = 0
  let inVowel = false
  for (const char of lower) {
    const vowel = 'aeiouy'.includes(char)
    if (vowel && !inVowel) count++
    inVowel = vowel
  }
  if (lower.length > 2 && lower.endsWith('e') && !lower.endsWith('le') && count > 1) count--
  return Math.max(1, count)
}

function isName(word: WordToken): boolean {
  return (!word.initial && /^\p{Lu}/u.test(word.stem)) || /^\p{Lu}{2,}/u.test(word.stem)
}

export default defineRule({
  meta: {
    id: 'readability',
    description: 'Sentences too long to follow, or long and dense with hard words.',
    defaultSeverity: 'info'
  },

  check({article, options, report}) {
    const maxWords = Number(options.maxWords ?? 40)
    const denseWords = Number(options.denseWords ?? 30)
    const denseGrade = Number(options.denseGrade ?? 24)

    for (const sentence of article.sentences) {
      const role = article.paragraphs[sentence.paragraph].role
      if (role !== 'body' && role !== 'list-item') continue
      const words = article.words.slice(sentence.wordStart, sentence.wordEnd).filter((word) => word.stem !== '' && !/^\d/.test(word.stem))
      const end = sentence.start + sentence.text.trimEnd().length
      if (words.length > maxWords) {
        report({
          reason: `This sentence runs to ${words.length} words; readers lose the thread after about ${maxWords}. Consider splitting it.`,
          start: sentence.start,
          end
        })
        continue
      }
      if (words.length < denseWords) continue
      const level = grade(words)
      if (level >= denseGrade) {
        report({
          reason: `This ${words.length}-word sentence is dense (Flesch–Kincaid grade ${level.toFixed(0)}, not counting names and acronyms as hard words). Consider splitting it or using plainer words.`,
          start: sentence.start,
          end
        })
      }
    }
  }
})
