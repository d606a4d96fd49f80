import {defineRule} from '../../src/rule.js'
import {endsWithStop} from '../../src/article/line-shape.js'
import {furnitureRoles} from '../../src/article/types.js'

/** Copies that differ only in spacing, case, quote style or final punctuation are the same text. */
function normalise(text: string): string {
  const lower = text.toLowerCase()
  // Most text has single spaces and straight or no quotes: a replacement with nothing to replace still copies.
  const quotesAlike = /[“”„‘’`]/.test(lower) ? lower.replace(/[“”„"]/g, '"').replace(/[‘’`]/g, "'") : lower
  const spaced = quotesAlike.replace(/\s{2,}|[^\S ]/g, ' ')
  // The final run of spaces and punctuation goes, read from the end once (a pattern anchored at
  // the end would be tried at every character of the sentence).
  let end = spaced.length
  while (end > 0 && finalMarks.has(spaced.charCodeAt(end - 1))) end--
  return spaced.slice(0, end).trim()
}

const finalMarks = new Set([...' .!?:;,'].map((mark) => mark.charCodeAt(0)))

/** Words with a letter in a normalised text (single spaces between words), counted without splitting it. */
function wordCount(text: string): number {
  let count = 0
  let counted = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32) counted = false
    else if (!counted && ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && /\p{L}/u.test(String.fromCodePoint(text.codePointAt(index)!))))) {
      count++
      counted = true
    }
  }
  return count
}

export default defineRule({
  meta: {
    id: 'duplicate',
    description: 'A headline, sentence or paragraph printed twice in one article.',
    defaultSeverity: 'warning',
    // The copy is to be deleted: what other rules find inside it they find in the first print too.
    // (Boilerplate and off-topic report whole lines, and supersede this rule.)
    supersedes: ['spelling', 'real-word', 'spelling-variant', 'official-name', 'acronym', 'person-title', 'superlative', 'readability', 'quote-balance', 'repeated-word'],
    options: {minSentenceWords: 'count', minHeadingWords: 'count'},
    defaults: {minSentenceWords: 6, minHeadingWords: 3}
  },

  check({article, options, report}) {
    const minSentenceWords = Number(options.minSentenceWords)
    const minHeadingWords = Number(options.minHeadingWords)
    const paragraphs = new Map<string, number>()
    const sentences = new Map<string, number>()
    /** The paragraphs so far by their first words (`openingOf`), for a later one that repeats how one opens. */
    const openings = new Map<string, Array<{key: string; start: number; furniture: boolean}>>()

    // A short sentence the article runs on after each of three quotations or more, with no full stop, is a label it
    // repeats on purpose, the speaker's credit (“… It doesn’t help to blame the defence force…Helmoed Heitman, military
    // and defence analyst”, four times), not a sentence pasted twice. (A headline printed three times is pasted.)
    // (Counted when a sentence first repeats: most articles repeat none.)
    let sentenceCopies: Map<string, number> | undefined
    const copiesOf = (key: string) => {
      if (!sentenceCopies) {
        sentenceCopies = new Map()
        for (const sentence of article.sentences) {
          const key = normalise(sentence.text)
          sentenceCopies.set(key, (sentenceCopies.get(key) ?? 0) + 1)
        }
      }
      return sentenceCopies.get(key) ?? 0
    }
    const recurringLabel = (key: string, text: string) => wordCount(key) <= 10 && !endsWithStop(text) && copiesOf(key) >= 3

    for (const paragraph of article.paragraphs) {
      const key = normalise(paragraph.text)
      const first = paragraphs.get(key)
      const minWords = paragraph.role === 'heading' ? minHeadingWords : minSentenceWords
      if (first !== undefined && wordCount(key) >= minWords) {
        const kind = paragraph.role === 'heading' ? 'heading' : 'paragraph'
        report({
          reason: `This ${kind} repeats line ${article.lineOf(first)} word for word; scraped pages often print a headline or caption twice.`,
          start: paragraph.start + leadingSpace(paragraph.text),
          end: paragraph.end - trailingSpace(paragraph.text),
          expected: ['']
        })
        continue
      }
      if (first === undefined) paragraphs.set(key, paragraph.start)
      const opening = openingOf(key)
      const earlier =
        opening !== undefined && paragraph.role === 'body' && endsWithStop(paragraph.text)
          ? openings.get(opening)?.find((other) => other.key.length > key.length && other.key.startsWith(key) && /[ .!?,;:]/.test(other.key[key.length]))
          : undefined
      // (When the earlier line is the page's, a caption that opens as the story does, the caption is the copy to delete,
      // and boilerplate says so: the story's own paragraph stays.)
      if (earlier) {
        if (!earlier.furniture) {
          report({
            reason: `This paragraph repeats the opening of line ${article.lineOf(earlier.start)} word for word; scraped pages often print a story's first sentence again under it, as a caption or a teaser.`,
            start: paragraph.start + leadingSpace(paragraph.text),
            end: paragraph.end - trailingSpace(paragraph.text),
            expected: ['']
          })
        }
        continue
      }
      if (opening !== undefined) {
        const sameOpening = openings.get(opening)
        const entry = {key, start: paragraph.start, furniture: furnitureRoles.has(paragraph.role)}
        if (sameOpening) sameOpening.push(entry)
        else openings.set(opening, [entry])
      }

      for (const sentence of article.sentences.slice(paragraph.sentenceStart, paragraph.sentenceEnd)) {
        // Each word with a letter holds a word token: fewer tokens than the minimum, too short to count.
        if (sentence.wordEnd - sentence.wordStart < minSentenceWords) continue
        const sentenceKey = normalise(sentence.text)
        if (wordCount(sentenceKey) < minSentenceWords) continue
        const earlier = sentences.get(sentenceKey)
        if (earlier === undefined) {
          sentences.set(sentenceKey, sentence.start)
          continue
        }
        if (paragraph.sentenceEnd - paragraph.sentenceStart > 1 && recurringLabel(sentenceKey, sentence.text)) continue
        report({
          reason: `This sentence repeats line ${article.lineOf(earlier)} word for word.`,
          start: sentence.start,
          end: sentence.end,
          expected: ['']
        })
      }
    }
  }
})

/**
 * A paragraph that repeats the opening of an earlier one, whole sentences of
 * this many words or more, is a copy even where the sentence splitter did not
 * end the earlier one's sentence there (“… support for the U.S. Army …”).
 */
const minOpeningWords = 8

/** A normalised text's first words (as many as `minOpeningWords`), or undefined for a shorter text. */
function openingOf(key: string): string | undefined {
  let at = 0
  for (let words = 1; words < minOpeningWords; words++) {
    at = key.indexOf(' ', at) + 1
    if (at === 0) return undefined
  }
  const end = key.indexOf(' ', at)
  return end < 0 ? key : key.slice(0, end)
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length
}

function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length
}
