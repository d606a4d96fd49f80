import type {Paragraph, ParagraphContent, Root, RootContent, Sentence, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'
import {paragraphSpans} from './paragraphs.js'
import {fasterSentenceSteps} from './english-steps.js'
import {lineIndex, lineStartOffsets, pointAt} from '../text/lines.js'
import {rankForms} from '../knowledge/claims.js'

/**
 * Parse plain text into nlcst with the English parser, one paragraph per
 * paragraph span (see `paragraphSpans`), so that a headline on its own line is
 * never glued to the sentence below it.
 */
export function parsePlainText(text: string): Root {
  const parser = (plainTextParser ??= new ShiftingParser())
  const children: RootContent[] = []
  const lineStarts = lineStartOffsets(text)
  let previousEnd = 0

  for (const span of paragraphSpans(text, lineStarts)) {
    if (span.start > previousEnd) children.push(whiteSpace(text, previousEnd, span.start, lineStarts))
    // Most paragraphs are one chunk: only a long one is sliced and searched for cuts.
    const starts = span.end - span.start > longParagraph ? chunkStarts(text.slice(span.start, span.end)).map((offset) => span.start + offset) : [span.start]
    starts.forEach((start, index) => {
      const line = lineIndex(lineStarts, start)
      parser.shift = {offset: start, line, column: start - lineStarts[line]}
      appendChunk(children, parser.parse(text.slice(start, starts[index + 1] ?? span.end)).children, index > 0)
    })
    previousEnd = span.end
  }

  if (previousEnd < text.length) children.push(whiteSpace(text, previousEnd, text.length, lineStarts))

  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: pointAt(lineStarts, text.length)}
  }
}

/**
 * Paragraphs longer than this (a pasted table, a minified export) are parsed
 * a few thousand characters at a time. parse-latin runs its sentence steps
 * over a whole paragraph before it splits it into sentences, and each step
 * splices the paragraph's list of tokens: quadratic in the paragraph's
 * length. A chunk is cut where one sentence plainly ends and the next begins
 * (“…the ministry said. The…”), which leaves the tree exactly as parse-latin
 * makes it whole; text with no such place (a table, an export) is cut after
 * a space, or failing that between two marks that are neither letters nor
 * digits, where only the sentence bounds of text that has no sentences can
 * differ. A run with neither (“1/2/3/…”, “a.b.c.…”, a token thousands of
 * characters long) is cut after any mark, or else anywhere but inside an
 * astral character: its words may split at the cut, but it parses in linear
 * time. Real paragraphs are far shorter, and parse as they always did.
 */
export const longParagraph = 8192
const cuts = [/\p{Ll}{4}[.!?]\s+(?=\p{Lu}\p{Ll})/gu, /\s+/gu, /[^\p{L}\p{N}\s](?=[^\p{L}\p{N}\s])/gu, /[^\p{L}\p{N}\s]/gu, /(?![\uDC00-\uDFFF])/gu]

/** Where each chunk of a paragraph starts, relative to the paragraph: each cut is sought in a window of its own, so cutting stays linear. */
export function chunkStarts(paragraph: string): number[] {
  const starts = [0]
  while (paragraph.length - starts[starts.length - 1] > longParagraph) {
    const from = starts[starts.length - 1] + longParagraph / 2
    const window = paragraph.slice(from, from + longParagraph)
    let cut: number | undefined
    for (const pattern of cuts) {
      pattern.lastIndex = 0
      const found = pattern.exec(window)
      if (found) {
        cut = from + found.index + found[0].length
        break
      }
    }
    if (cut === undefined) break
    starts.push(cut)
  }
  return starts
}

/**
 * Add a chunk's nodes to a tree's. A chunk that goes on with the paragraph
 * the one before it left open (`continues`) joins that paragraph, with the
 * space between their sentences; chunks of one paragraph make one paragraph.
 */
export function appendChunk(children: RootContent[], chunk: readonly RootContent[], continues: boolean): void {
  const [first, ...rest] = chunk
  let between = 0
  while (children[children.length - 1 - between]?.type === 'WhiteSpaceNode') between++
  const last = children[children.length - 1 - between]
  if (continues && last?.type === 'ParagraphNode' && first?.type === 'ParagraphNode') {
    last.children.push(...(children.splice(children.length - between) as ParagraphContent[]), ...first.children)
    if (last.position && first.position) last.position.end = first.position.end
  } else if (first) children.push(first)
  children.push(...rest)
}

/** parse-latin's node kinds, by number, as a code unit's class. */
const kinds = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
type Kind = 1 | 2 | 3 | 4

/**
 * parse-latin's list of words that end in a full stop without ending a
 * sentence: a number of one to three digits (a list's or an ordinal's, “17.”),
 * a letter (an initial) and Latin abbreviations (“etc.”, “per cent.”, “cf.”).
 */
const latinAbbreviation = /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/
/** Of those, the ones English copy ends a sentence with: a day, a figure, “per cent”, a list left open. */
const englishEnding = /^(?:[0-9]{1,3}|cent|etc)$/

/**
 * parse-latin's step that joins a sentence ending in an abbreviation to the
 * next one, made English: after a number, “per cent” or “etc.”, and before
 * a capital (perhaps after a quotation mark or a bracket), a sentence has
 * ended (“…at Port Everglades, Fla., Feb. 17. The ship’s crew set new
 * records…”, a Coast Guard story in the first set of unseen articles, was one
 * sentence of 62 words for readability; “…rose 5 per cent. The…”). A number
 * alone is a list's (“1. Establish …”), and stays with its item.
 */
function mergeLatinAbbreviations(paragraph: Paragraph): void {
  const sentences = paragraph.children
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]
    if (sentence.type !== 'SentenceNode' || sentence.children.length < 2) continue
    const period = sentence.children[sentence.children.length - 1]
    const word = sentence.children[sentence.children.length - 2]
    if ((period.type !== 'PunctuationNode' && period.type !== 'SymbolNode') || period.value !== '.' || word.type !== 'WordNode') continue
    const written = toString(word)
    const value = written.toLowerCase()
    const next = sentences[index + 1]
    if (!latinAbbreviation.test(value)) {
      // A rank shortened with a full stop before the name it titles: “said Cpl. Rene Alarcon”.
      if (!(next?.type === 'SentenceNode' && rankAbbreviation(written) && opensWithCapital(next))) continue
    } else if (englishEnding.test(value) && next?.type === 'SentenceNode' && sentence.children.some((child) => child.type === 'WordNode' && child !== word) && opensWithCapital(next)) continue
    word.children.push(period as never)
    sentence.children.pop()
    if (period.position && word.position) word.position.end = period.position.end
    if (next?.type !== 'SentenceNode') continue
    sentence.children.push(...next.children)
    sentences.splice(index + 1, 1)
    if (next.position && sentence.position) sentence.position.end = next.position.end
    // The joined sentence may end in an abbreviation again: it is read again.
    index--
  }
}

let rankWords: ReadonlySet<string> | undefined

/**
 * Whether a word is the last of a rank's short form that parse-english does not know as an abbreviation (“Cpl”,
 * “Pfc”, “SSgt”, “Cdre”, “Ldr”; ranks.yaml): a capital, then small letters or capitals, up to five letters, with a
 * small letter among them (“ACM” and “PO1” are written with no full stop).
 */
function rankAbbreviation(word: string): boolean {
  if (word.length > 5 || !/^\p{Lu}[\p{L}]*\p{Ll}[\p{L}]*$/u.test(word)) return false
  rankWords ??= new Set([...rankForms()].map((form) => form.split(/\s+/).at(-1)!).filter((last) => last.length <= 5 && /\p{Ll}/u.test(last)))
  return rankWords.has(word)
}

/** Whether a sentence's first word, after any white space and opening marks, begins with a capital. */
function opensWithCapital(sentence: Sentence): boolean {
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode' || (child.type === 'PunctuationNode' && /^[“‘"'(\[]+$/u.test(child.value))) continue
    return child.type === 'WordNode' && /^\p{Lu}/u.test(toString(child))
  }
  return false
}

/** The place of parse-latin's step (`mergeLatinAbbreviations`) in parse-english's paragraph steps: after parse-english's own and four of parse-latin's. */
const latinAbbreviationStep = 5

/**
 * parse-english with parse-latin's step for abbreviations made English
 * (`mergeLatinAbbreviations`): what copydesk parses with, and what the tests
 * hold its faster tokenizer to.
 */
export class EnglishParser extends ParseEnglish {
  constructor() {
    super()
    this.tokenizeParagraphPlugins = this.tokenizeParagraphPlugins.map((step, index) => (index === latinAbbreviationStep ? (mergeLatinAbbreviations as typeof step) : step))
  }
}

/**
 * The English parser, with each chunk's positions placed where the chunk
 * stands in the text: its lines and offsets move, and the columns of its
 * first line.
 *
 * `tokenize` is parse-latin's first step, rewritten: parse-latin tests every
 * character against three large Unicode classes and copies each point twice,
 * the costliest part of parsing a long article. Here each UTF-16 code unit is
 * classed once per process, by asking parse-latin's own tokenizer about it
 * alone, and every point is made already in place. The nodes are the same,
 * field for field, and the later steps share their point objects between
 * parents and children as before (test/parse.test.ts compares the trees with
 * parse-english's on real copy and random text).
 *
 * And each chunk's sentence and paragraph steps leave out those that act only
 * on a mark the chunk does not hold (`markSteps`); some sentence steps are
 * done faster (`fasterSentenceSteps`).
 */
class ShiftingParser extends EnglishParser {
  shift = {offset: 0, line: 0, column: 0}
  private static readonly classes = new Uint8Array(65536)
  /** Which of `markChars` the chunk last tokenized holds (a bit each): noted as its marks and line breaks are met, so that no step needs the text searched. */
  private marks = 0
  /** The steps of each level a chunk needs, by which of the level's `markSteps` the chunk needs (a bit each), made on first need. */
  private readonly stepsByNeed = {sentence: new Map<number, Array<(node: never) => void>>(), paragraph: new Map<number, Array<(node: never) => void>>()}

  /** parse-latin's `tokenizeParagraph`, with the steps the chunk needs. */
  override tokenizeParagraph(value?: string | null): Paragraph {
    const paragraph: Paragraph = {type: 'ParagraphNode', children: sentencesOf(this.tokenizeSentence(value))}
    for (const step of this.stepsFor('paragraph')) step(paragraph as never)
    return paragraph
  }

  /** parse-latin's `tokenizeSentence`, with the steps the chunk needs. */
  override tokenizeSentence(value?: string | null): Sentence {
    const sentence: Sentence = {type: 'SentenceNode', children: this.tokenize(value)}
    for (const step of this.stepsFor('sentence')) step(sentence as never)
    return sentence
  }

  /** The steps of a level the chunk last tokenized needs (`marks`): worked out with no list or key made per chunk, as every paragraph asks twice. */
  private stepsFor(level: Level): Array<(node: never) => void> {
    const ofLevel = markStepsOf[level]
    let need = 0
    for (let bit = 0; bit < ofLevel.length; bit++) if (this.marks & ofLevel[bit].bits) need |= 1 << bit
    let steps = this.stepsByNeed[level].get(need)
    if (!steps) {
      const left = new Set(ofLevel.filter((_, bit) => !(need & (1 << bit))).flatMap((markStep) => markStep.steps))
      const all: Array<(node: never) => void> = level === 'sentence' ? this.tokenizeSentencePlugins.map((step, index) => fasterSentenceSteps.get(index)?.(step) ?? step) : this.tokenizeParagraphPlugins
      steps = all.filter((_, index) => !left.has(index))
      this.stepsByNeed[level].set(need, steps)
    }
    return steps
  }

  private classOf(code: number): Kind {
    let kind = ShiftingParser.classes[code]
    if (kind === 0) {
      kind = kinds.indexOf(super.tokenize(String.fromCharCode(code))[0].type as (typeof kinds)[number])
      ShiftingParser.classes[code] = kind
    }
    return kind as Kind
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let line = 1 + this.shift.line
    let column = 1 + this.shift.column
    let offset = this.shift.offset
    let start: Point = {line, column, offset}
    let from = 0
    let previousKind = 0
    let previous = -1
    let marks = 0
    for (let index = 0; index <= value.length; index++) {
      const code = index < value.length ? value.charCodeAt(index) : -1
      const kind = code < 0 ? 0 : this.classOf(code)
      // Words and white space continue; so does a run of one punctuation
      // mark or symbol, and a surrogate half (an astral character). The text's
      // end (code -1) ends the last token.
      if (from < index && !(previousKind === kind && (kind === 3 || kind === 1 || code === previous || (code >= 0xd800 && code <= 0xdfff)))) {
        // A token's end point is the next token's start: one object serves both
        // (no step moves a point's fields in place; `moveToOrigin` moves each once).
        const end = {line, column, offset}
        children.push(token(kinds[previousKind as Kind], value.slice(from, index), start, end))
        // A mark is a token of its own, a run of it: its first code unit tells it.
        if (previousKind === 2 || previousKind === 4) marks |= markBits.get(value.charCodeAt(from)) ?? 0
        start = end
        from = index
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        marks |= lineBreakBit
        line++
        column = 1
      } else if (code !== 10) column++
      offset++
      previousKind = kind
      previous = code
    }
    this.marks = marks
    return children
  }
}

/** A token of the tokenizer: a word holds its text in a text node, with a place of its own. */
function token(type: (typeof kinds)[Kind], text: string, start: Point, end: Point): SentenceContent {
  return type === 'WordNode' ? {type, children: [{type: 'TextNode', value: text, position: {start, end}}], position: {start, end}} : ({type, value: text, position: {start, end}} as SentenceContent)
}

/** A run of sentence-ending marks (parse-latin's `terminalMarker`). */
const terminalMarker = /^[!.?\u2026\u203D]+$/

/**
 * parse-latin's split of a paragraph's tokens into sentences: each ends after
 * a run of sentence-ending marks, the last at the last token.
 */
function sentencesOf(tokens: Sentence): Sentence[] {
  const {children} = tokens
  const sentences: Sentence[] = []
  let start = 0
  for (let index = 0; index < children.length; index++) {
    const last = children[index]
    if (index < children.length - 1 && !(last.type === 'PunctuationNode' && terminalMarker.test(last.value))) continue
    const sentence: Sentence = {type: 'SentenceNode', children: children.slice(start, index + 1)}
    const first = children[start]
    if (first.position && last.position) sentence.position = {start: first.position.start, end: last.position.end}
    sentences.push(sentence)
    start = index + 1
  }
  return sentences
}

type Level = 'sentence' | 'paragraph'

/**
 * parse-english's steps that act on a mark alone, by their level and their
 * place in its list. Sentence steps: elisions and “w/” (an apostrophe or a
 * slash), a leading “&”, a trailing “-”, a slash between short words.
 * Paragraph steps: an abbreviation's full stop (parse-english's list, then
 * parse-latin's), a full stop inside a sentence, and a break between
 * sentences at a blank line (two line breaks in one run of white space).
 * Each walks every token or sentence of a chunk; a chunk that lacks the mark
 * gives it nothing to do.
 */
const markSteps: ReadonlyArray<{level: Level; steps: number[]; marks: string}> = [
  {level: 'sentence', steps: [0], marks: "'’/"},
  {level: 'sentence', steps: [1], marks: '&'},
  {level: 'sentence', steps: [2], marks: '-'},
  {level: 'sentence', steps: [4], marks: '/'},
  {level: 'paragraph', steps: [0, 5, 7], marks: '.'},
  {level: 'paragraph', steps: [10], marks: '\r\n'}
]

/** The marks the steps look for, a bit each (a carriage return and a line feed share one: a line break). */
const markChars = "'’/&-."
const markBits = new Map([...markChars].map((mark, bit) => [mark.charCodeAt(0), 1 << bit]))
const lineBreakBit = 1 << markChars.length
const bitsOf = (marks: string) => [...marks].reduce((bits, mark) => bits | (markBits.get(mark.charCodeAt(0)) ?? lineBreakBit), 0)
const markStepsOf = {
  sentence: markSteps.filter(({level}) => level === 'sentence').map((markStep) => ({...markStep, bits: bitsOf(markStep.marks)})),
  paragraph: markSteps.filter(({level}) => level === 'paragraph').map((markStep) => ({...markStep, bits: bitsOf(markStep.marks)}))
}

/** The plain-text parser, made once: the steps each kind of chunk needs are worked out once per process, not per article (parsing is synchronous, so one shift serves). */
let plainTextParser: ShiftingParser | undefined

function whiteSpace(text: string, start: number, end: number, lineStarts: number[]): RootContent {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: {start: pointAt(lineStarts, start), end: pointAt(lineStarts, end)}
  }
}

/** The English parser with copydesk's faster tokenizer, positions from the start of what it is given (for mdast-util-to-nlcst, which places the tokens itself). */
export function fastParser(): ParseEnglish {
  return new ShiftingParser()
}
