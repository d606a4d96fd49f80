import {defineRule} from '../../src/rule.js'
import {toString} from 'nlcst-to-string'
import type {Article, Sentence, WordToken} from '../../src/article/types.js'
import {formulasAbove} from './formulas.js'
import {quotedSpans} from '../../src/text/quotes.js'
import {transcriptLabelLength} from '../../src/text/speech.js'
import {firstSpokenParagraph} from '../../src/article/speech.js'

interface Settings {
  maxWords: number
  minWords: number
  age: number
  threshold: number
}

/**
 * A word a defence reader knows whatever its length: a name or title
 * capitalised mid-sentence (Manekshaw, Raksha Mantri), an acronym (UNCLOS),
 * or a number or designation with digits (2,000, F-35).
 */
function familiar(text: string, initial: boolean): boolean {
  return /\d/.test(text) || /^\p{Lu}{2,}/u.test(text) || (!initial && /^\p{Lu}/u.test(text))
}

/**
 * The words of a sentence as the formulas should read them: names, acronyms
 * and numbers become “it”, a short word on every familiar-word list, so that
 * only the writing itself can make a sentence hard.
 */
function wordsToScore(sentence: Sentence, article: Article): string[] {
  const words: string[] = []
  for (const child of sentence.node.children) {
    if (child.type !== 'WordNode') continue
    const written = article.text.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0)
    words.push(familiar(written, words.length === 0) ? 'it' : toString(child))
  }
  return words
}

function endOf(sentence: Sentence): number {
  return sentence.start + sentence.text.trimEnd().length
}

/** A sentence's stop with the next sentence run on after it, no space between: “deployment.Exercises”, “Md.\"Only”. */
const gluedStop = /\p{Ll}[.!?]["”’]?\p{Lu}\p{Ll}/u
const gluedStops = new RegExp(gluedStop.source, 'gu')

/** The words of the longest of the sentences run together in one (`gluedStop`), each cut at its stop. */
function longestGluedPart(words: readonly WordToken[], sentence: Sentence): number {
  const stops = [...sentence.text.matchAll(gluedStops)].map((match) => sentence.start + match.index + 2)
  let longest = 0
  let part = 0
  let next = 0
  for (const word of words) {
    while (next < stops.length && word.start >= stops[next]) {
      longest = Math.max(longest, part)
      part = 0
      next++
    }
    part++
  }
  return Math.max(longest, part)
}

export default defineRule({
  meta: {
    id: 'readability',
    description: 'Sentences too long to follow, or long and hard to read by the standard readability formulas.',
    defaultSeverity: 'info',
    options: {maxWords: 'count', minWords: 'count', age: 'count', threshold: 'share'},
    defaults: {maxWords: 60, minWords: 30, age: 24, threshold: 5 / 7}
  },

  check({article, options, report}) {
    const settings = options as unknown as Settings
    // Someone's own words are theirs to have said, not the desk's to split: a sentence inside quotation marks (four
    // fifths of it or more, or all but a hundred characters of who said it), and in a transcript (two speaker's labels
    // or more: “SECRETARY GENERAL STOLTENBERG:”, “MODERATOR:”) every paragraph from the first label on, as a speaker's
    // turn runs on over paragraphs without one.
    const labelled = article.paragraphs.map((paragraph) => paragraph.role === 'body' && transcriptLabelLength(paragraph.text) > 0)
    const firstTurn = labelled.filter(Boolean).length >= 2 ? labelled.indexOf(true) : -1
    let spansOf: {paragraph: number; spans: Array<{start: number; end: number}>} | undefined
    const quoted = (sentence: Sentence) => {
      const paragraph = article.paragraphs[sentence.paragraph]
      if (spansOf?.paragraph !== sentence.paragraph) spansOf = {paragraph: sentence.paragraph, spans: quotedSpans(article.text, paragraph.start, paragraph.end)}
      // (Most of it: “… ,” said the chaplain. closes a quotation with its attribution.)
      const end = endOf(sentence)
      const inside = spansOf.spans.reduce((sum, span) => sum + Math.max(0, Math.min(end, span.end + 1) - Math.max(sentence.start, span.start)), 0)
      // (Or all but its attribution, a speaker named with a post: “Lieutenant Colonel Steve Webb, the Commanding Officer of 1
      // R WELSH, commented: "It is good to be home …"”, sixteen words or so outside the marks.)
      return inside >= 0.8 * (end - sentence.start) || (inside > 0 && end - sentence.start - inside <= 100)
    }

    // And in an article that says it is a speech, every paragraph from the speaker's first on: a speech is printed as delivered.
    const firstSpoken = firstSpokenParagraph(article)
    const spoken = (index: number) => firstSpoken >= 0 && index >= firstSpoken
    for (const sentence of article.sentences) {
      const role = article.paragraphs[sentence.paragraph].role
      if (role !== 'body' && role !== 'list-item') continue
      if (firstTurn >= 0 && sentence.paragraph >= firstTurn) continue
      const counted = article.words.slice(sentence.wordStart, sentence.wordEnd).filter((word) => word.stem !== '' && !/^\d/.test(word.stem))
      // Sentences run together with no space after the stop (“… to the realities of a deployment.Exercises like …”) are
      // one to the splitter: the missing space is spelling's to report, and each sentence is judged by its own length.
      const glued = gluedStop.test(sentence.text)
      // A list whose items semicolons part (a speech's roll of guests, “Governor-General …, His Excellency …; …; …”, a
      // story's “… Mike Rogers from Alabama's third Congressional District; Gen. Gus Perna, …; …”) is read item by item.
      // (Its items are short, a name and a post each: clauses a semicolon joins make a long sentence still.)
      const item = !glued && semicolonList(sentence.text) ? longestListItem(sentence.text) : Infinity
      const listed = item <= listItemWords
      const words = glued ? longestGluedPart(counted, sentence) : listed ? item : counted.length
      if (words < settings.minWords || quoted(sentence) || spoken(sentence.paragraph)) continue
      // (The formulas read a sentence whole: run together, or a list, it is none.)
      if ((glued || listed) && words <= settings.maxWords) continue
      if (words > settings.maxWords) {
        report({
          reason: `This sentence runs to ${words} words; readers lose the thread long before the end. Consider splitting it.`,
          start: sentence.start,
          end: endOf(sentence)
        })
      } else {
        // Short sentences are left alone: the formulas judge long ones reliably, short ones by chance.
        const {above, formulas} = formulasAbove(wordsToScore(sentence, article), settings.age)
        if (above / formulas < settings.threshold) continue
        const agreeing = above < formulas ? `${above} of the ${formulas}` : `all ${formulas}`
        report({
          reason: `This ${words}-word sentence is hard to read: ${agreeing} readability formulas put it above a reading age of ${settings.age}, not counting names, acronyms and numbers as hard words. Consider splitting it or using plainer words.`,
          start: sentence.start,
          end: endOf(sentence)
        })
      }
    }
  }
})

/** The most words an item of a semicolon list may have: a name, a post and a place. */
const listItemWords = 20

/** Whether a sentence is a list whose items two semicolons or more part. */
function semicolonList(text: string): boolean {
  const first = text.indexOf(';')
  return first >= 0 && text.indexOf(';', first + 1) > first
}

/** The words of a semicolon list's longest item (figures not counted, as for a sentence). */
function longestListItem(text: string): number {
  return Math.max(...text.split(';').map((item) => (item.match(/(?<![\p{L}\d])\p{L}[\p{L}'’-]*/gu) ?? []).length))
}
