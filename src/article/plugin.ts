import type {Root, Paragraph as ParagraphNode, Sentence as SentenceNode} from 'nlcst'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {toString} from 'nlcst-to-string'
import {furnitureRoles, type Article, type BlockRole, type Paragraph, type Sentence, type Vocabulary, type WordToken} from './types.js'
import {stem} from '../text/stem.js'
import {initialCase} from '../text/letter-case.js'
import {datelineLength, paragraphRoles, trailingCredit, type RoleFinding} from './roles.js'
import {maskMarkers} from '../control/markers.js'
import {markupFiller} from '../text/markup-filler.js'
import {lineIndex, lineStartOffsets, pointAt} from '../text/lines.js'
import {countWords, timed} from '../timings.js'
import {garbledCharacters, type GarbledCharacter} from '../text/garbled-characters.js'
import {articleMentions, resolvePeople, type PersonInArticle} from '../knowledge/mentions.js'
import type {ReadingCopy} from '../parse/reading-copy.js'

/**
 * unified plugin: compute once, into `file.data.article`, what many rules
 * need — paragraphs with their roles, sentences and word tokens with offsets.
 */
export function articleAnnotations() {
  return function (tree: Root, file: VFile): void {
    file.data.article = timed('annotations', () => annotate(tree, maskMarkers(String(file.value)), file.data.blockRoles, file.data.readingCopy))
    countWords(file.data.article.words.length)
  }
}

/**
 * The annotations of a parsed article. `blockRoles` are the roles the Markdown
 * and HTML parsers give their blocks; a plain-text article has none (undefined).
 * `reading` is the page's reading copy that `text` is, when the rules read one:
 * the article's points are then in the source.
 */
export function annotate(tree: Root, text: string, blockRoles?: BlockRole[], reading?: {source: string; copy: ReadingCopy}): Article {
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  const words: WordToken[] = []
  const capitalised: number[] = []

  const nodes = tree.children.filter((node): node is ParagraphNode => node.type === 'ParagraphNode')
  // Paragraphs and sentences are read in the prose: a rule reading a paragraph of Markdown or HTML reads its words,
  // never a link's address or a tag's attribute (“45Sena” in “(https://example.com/45Sena)”).
  const prose = blockRoles ? withoutMarkup(text, nodes) : text
  const sentenceRanges: Array<[number, number]> = []
  const forms: WordForms = new Map()
  nodes.forEach((node, index) => {
    const sentenceStart = sentences.length
    for (const child of node.children) {
      if (child.type !== 'SentenceNode') continue
      const sentence = toSentence(child, prose, index, words.length)
      collectWords(child, sentences.length, words, forms, capitalised)
      sentence.wordEnd = words.length
      sentences.push(sentence)
    }
    sentenceRanges.push([sentenceStart, sentences.length])
  })
  let vocabulary: Vocabulary | undefined
  const vocabularyOf = () => (vocabulary ??= countVocabulary(words, forms.size))
  // Roles need the neighbours (a caption stands above its credit), so they are decided for all paragraphs at once,
  // with the lines' own counts of content words, which the furniture trees learned from (not the vocabulary below).
  // A paragraph of Markdown or HTML is judged by its words, not by the markup between them: a link inside a
  // paragraph (“at the <a href=…>Mazagon Dock</a>”) is no line of the page's code. Plain text is its own words.
  const spans = nodes.map((node) => span(node))
  const roles = paragraphRoles(
    blockRoles ? nodes.map((node) => toString(node)) : spans.map(({start, end}) => text.slice(start, end)),
    spans.map(blockRoleFinder(blockRoles ?? []))
  )
  nodes.forEach((node, index) => paragraphs.push(toParagraph(node, prose, sentenceRanges[index], roles[index])))

  const lineStarts = lineStartOffsets(reading?.source ?? text)
  const sourceOffset = reading ? (offset: number, side: 'start' | 'end' = 'start') => reading.copy.sourceOffset(offset, side) : (offset: number) => offset
  let people: PersonInArticle[] | undefined
  let garbled: GarbledCharacter[] | undefined
  const paragraphStarts = paragraphs.map((paragraph) => paragraph.start)

  const article: Article = {
    text,
    prose,
    markup: blockRoles !== undefined,
    garbled: () => (garbled ??= garbledCharacters(text)),
    paragraphs,
    sentences,
    words,
    formCount: forms.size,
    capitalised,
    vocabulary: vocabularyOf,
    people: () => (people ??= resolvePeople(article.prose, articleMentions(article))),
    sourceOffset,
    hidesMarkup: (start: number, end: number) => reading?.copy.hidesMarkup(start, end) ?? false,
    lineOf: (offset: number) => lineIndex(lineStarts, sourceOffset(offset)) + 1,
    point: (offset: number, side: 'start' | 'end' = 'start') => pointAt(lineStarts, sourceOffset(offset, side)),
    paragraphAt(offset: number) {
      const paragraph = paragraphs[lineIndex(paragraphStarts, offset)]
      return paragraph && paragraph.start <= offset && offset < paragraph.end ? paragraph : undefined
    }
  }
  return article
}

/**
 * `text` with all but the words, marks and white space the parser read
 * blanked (its line ends kept): inline markup, and what lies outside the
 * prose (front matter, code, a page's head, scripts, comments, attributes).
 * Rules that search the whole text search this, so a name in a link's title
 * or a script is never reported, nor rewritten by `--fix`. Markup between two
 * of a paragraph's words or marks with no white space beside it
 * (“*Brigade*,”, “<em>Brigade</em>,”) is blanked with `markupFiller`, which is
 * neither white space nor a letter: a reader sees “Brigade,”, and a space
 * there would be a space before the comma. Anywhere else it is blanked with
 * spaces.
 */
function withoutMarkup(text: string, paragraphs: readonly ParagraphNode[]): string {
  const parts: string[] = []
  let copied = 0
  const blankTo = (to: number, filler: string) => {
    if (to <= copied) return
    parts.push(text.slice(copied, to).replace(/[^\r\n]/g, filler))
    copied = to
  }
  for (const paragraph of paragraphs) {
    // Whether the last leaf read was white space: undefined before the paragraph's first.
    let afterSpace: boolean | undefined
    for (const {type, start, end} of placedLeaves(paragraph)) {
      if (end < copied) continue
      const space = type === 'WhiteSpaceNode'
      // (A line break of the markup is white space of no width, where its tag starts: the tag reads as a space.)
      blankTo(start, afterSpace === false && !space ? markupFiller : ' ')
      // A line break inside a paragraph of Markdown or HTML is a space to its reader: a name wrapped over two lines of
      // the source (“Pearl⏎Harbor”) is one name.
      const source = text.slice(Math.max(start, copied), end)
      parts.push(space && source.includes('\n') ? source.replace(/[\r\n]/g, ' ') : source)
      copied = Math.max(copied, end)
      afterSpace = space
    }
  }
  blankTo(text.length, ' ')
  return parts.join('')
}

/**
 * The leaves of a parsed paragraph (its words' letters, its marks, its white
 * space) in reading order, each with where it starts and ends in the source;
 * a leaf with no place is passed over. Without recursion: a page may nest
 * its inline markup thousands deep.
 */
function* placedLeaves(paragraph: {children?: unknown[]}): Generator<{type?: string; start: number; end: number}> {
  const stack: Array<{type?: string; position?: Position; children?: unknown[]}> = [paragraph]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.children) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as (typeof stack)[number])
      continue
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) yield {type: node.type, start, end}
  }
}

/** The marked-up block holding each span; spans come in order, so one cursor walks the blocks once. */
function blockRoleFinder(blockRoles: BlockRole[]): (span: {start: number; end: number}) => BlockRole['role'] | undefined {
  const blocks = [...blockRoles].sort((a, b) => a.start - b.start)
  let cursor = 0
  return ({start, end}) => {
    while (cursor < blocks.length && blocks[cursor].end < end) cursor++
    for (let index = cursor; index < blocks.length && blocks[index].start <= start; index++) {
      if (end <= blocks[index].end) return blocks[index].role
    }
    return undefined
  }
}

function span(node: {position?: {start: {offset?: number}; end: {offset?: number}}}): {start: number; end: number} {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

function toParagraph(node: ParagraphNode, text: string, [sentenceStart, sentenceEnd]: [number, number], {role, why}: RoleFinding): Paragraph {
  const {start, end} = span(node)
  const value = text.slice(start, end)
  const dateline = role === 'body' ? datelineLength(value) : 0
  // Furniture lines go whole; a line of the article may carry a credit at its end.
  const credit = furnitureRoles.has(role) ? -1 : trailingCredit(value)
  return {
    start,
    end,
    text: value,
    role,
    ...(why && {roleEvidence: why}),
    ...(dateline > 0 && {dateline: {start, end: start + dateline}}),
    ...(credit >= 0 && {credit: {start: start + credit, end: start + value.trimEnd().length}}),
    node,
    sentenceStart,
    sentenceEnd
  }
}

function toSentence(node: SentenceNode, text: string, paragraph: number, wordStart: number): Sentence {
  const {start, end} = span(node)
  return {start, end, text: text.slice(start, end), node, paragraph, wordStart, wordEnd: wordStart}
}

/**
 * Each distinct word of an article as written, with its stem and its lower
 * case: worked out once per word, and one string per word shared by all its
 * tokens. An article repeats its words; shared strings take less memory, and
 * the maps the rules look words up in hash each of them once. Each form is
 * numbered in order of appearance (`WordToken.form`).
 */
type WordForms = Map<string, {text: string; stem: string; lower: string; capital: boolean; index: number}>

function collectWords(sentence: SentenceNode, sentenceIndex: number, words: WordToken[], forms: WordForms, capitalised: number[]): void {
  let initial = true
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    // Most words are one text node: their text is its value.
    const only = child.children.length === 1 ? child.children[0] : undefined
    const value = only?.type === 'TextNode' ? only.value : toString(child)
    let form = forms.get(value)
    if (!form) {
      const stem = stemOf(value)
      form = {text: value, stem, lower: stem.toLowerCase(), capital: initialCase(stem) === 'upper', index: forms.size}
      forms.set(value, form)
    }
    if (form.capital) capitalised.push(words.length)
    const {start, end} = span(child)
    words.push({text: form.text, stem: form.stem, lower: form.lower, form: form.index, start, end, node: child, index: words.length, sentence: sentenceIndex, initial})
    initial = false
  }
}

function countVocabulary(words: readonly WordToken[], formCount: number): Vocabulary {
  const keys: string[] = new Array(words.length)
  // An article repeats its words: each form's key is worked out once (not asked of the stemmer's large memo) and its
  // count kept by form, and the two maps of counts are made from the forms after, in the order the words first came
  // (two maps looked up and updated per word cost more). Forms written apart may share a stem (“Japan”, “Japan’s”).
  const keysByForm: string[] = new Array(formCount)
  const countsByForm = new Int32Array(formCount)
  const firsts: number[] = []
  for (let index = 0; index < words.length; index++) {
    const form = words[index].form
    if (countsByForm[form]++ === 0) {
      keysByForm[form] = stem(words[index].stem)
      firsts.push(index)
    }
    keys[index] = keysByForm[form]
  }
  const keyCounts = new Map<string, number>()
  const stemCounts = new Map<string, number>()
  for (const index of firsts) {
    const {stem: written, form} = words[index]
    const key = keysByForm[form]
    stemCounts.set(written, (stemCounts.get(written) ?? 0) + countsByForm[form])
    keyCounts.set(key, (keyCounts.get(key) ?? 0) + countsByForm[form])
  }
  return {keys, keyCounts, stemCounts}
}

const apostrophe = /['’‘]/

/** "Japan’s" → "Japan", "leaders’" → "leaders". */
function stemOf(word: string): string {
  if (!apostrophe.test(word)) return word
  return word.replace(/^['’‘]+/, '').replace(/['’](?:s|S)?$/, '')
}
