import {defineRule} from '../../src/rule.js'

/** Copies that differ only in spacing, case, quote style or final punctuation are the same text. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    // Anchored at the run's start, so a run of 40,000 commas is read once, not once per comma.
    .replace(/(?<![\s.!?:;,])[\s.!?:;,]+$|^[\s.!?:;,]+$/, '')
    .trim()
}

function wordCount(text: string): number {
  return text.split(' ').filter((word) => /\p{L}/u.test(word)).length
}

export default defineRule({
  meta: {
    id: 'duplicate',
    description: 'A headline, sentence or paragraph printed twice in one article.',
    defaultSeverity: 'warning'
  },

  check({article, options, report}) {
    const minSentenceWords = Number(options.minSentenceWords ?? 6)
    const minHeadingWords = Number(options.minHeadingWords ?? 3)
    const paragraphs = new Map<string, number>()
    const sentences = new Map<string, number>()

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

      for (const sentence of article.sentences.slice(paragraph.sentenceStart, paragraph.sentenceEnd)) {
        const sentenceKey = normalise(sentence.text)
        if (wordCount(sentenceKey) < minSentenceWords) continue
        const earlier = sentences.get(sentenceKey)
        if (earlier === undefined) {
          sentences.set(sentenceKey, sentence.start)
          continue
        }
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

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length
}

function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length
}
