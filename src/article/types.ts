import type {PersonInArticle} from '../knowledge/mentions.js'
import type {Paragraph as ParagraphNode, Sentence as SentenceNode, Word as WordNode} from 'nlcst'
import type {GarbledCharacter} from '../text/garbled-characters.js'
import type {ReadingCopy} from '../parse/reading-copy.js'

/**
 * What a paragraph is doing on the page; rules treat furniture and body copy
 * differently. The article's own parts: heading, standfirst, byline,
 * dateline (a date line), list-item, body. Furniture of the web page:
 * caption, credit (a photo credit or copyright line), chrome (labels,
 * timestamps, tag lists, links, separators).
 */
export type ParagraphRole = 'heading' | 'standfirst' | 'byline' | 'dateline' | 'caption' | 'credit' | 'chrome' | 'list-item' | 'body'

/** The roles that are furniture of the web page, not the article. */
export const furnitureRoles: ReadonlySet<ParagraphRole> = new Set(['caption', 'credit', 'chrome'])

/** Offsets are UTF-16 indices into the file's text, `end` exclusive. */
export interface Span {
  start: number
  end: number
}

export interface WordToken extends Span {
  /** The word as written, possessive and all ("Japan’s"). */
  text: string
  /** The word without a possessive ending or edge apostrophes ("Japan"). */
  stem: string
  /** The stem in lower case, for the look-ups every rule makes. */
  lower: string
  /**
   * The word's form: tokens written alike share it (0 to `Article.formCount` less one), so that what
   * is worked out per word form is kept in an array by form, with no look-up by string per token.
   */
  form: number
  node: WordNode
  /** Position in `Article.words`. */
  index: number
  sentence: number
  /** First word of its sentence (capitalisation says nothing there). */
  initial: boolean
}

export interface Sentence extends Span {
  text: string
  node: SentenceNode
  paragraph: number
  /** Index of the first and one past the last word token in `Article.words`. */
  wordStart: number
  wordEnd: number
}

export interface Paragraph extends Span {
  text: string
  role: ParagraphRole
  /** For furniture, the evidence that decided the role, in an editor's words. */
  roleEvidence?: string
  /** A dateline opening the paragraph ("WASHINGTON —", "NEW DELHI, May 5 (PTI):"): a place, not prose. */
  dateline?: Span
  /** A photo credit the page glued to the end of the paragraph (“… exercise. Representative photo: Indian Navy/Twitter”). */
  credit?: Span
  node: ParagraphNode
  /** Index of the first and one past the last sentence in `Article.sentences`. */
  sentenceStart: number
  sentenceEnd: number
}

export interface Vocabulary {
  /** Each word's matching key (`stem` in src/text/stem.ts: “exercises” and “exercise” share one), by word index. */
  keys: string[]
  /** How often each key occurs. */
  keyCounts: Map<string, number>
  /** How often each word stem occurs as written, case and all (“Japan”, “japan”). */
  stemCounts: Map<string, number>
}

/** Shared annotations, computed once per file by the article plugin and read by every rule. */
export interface Article {
  /** The article as the rules read it: the file, or a Markdown or HTML page's reading copy (src/parse/reading-copy.ts). */
  text: string
  /**
   * The text with the markup inside its paragraphs (Markdown's and HTML's
   * inline syntax: tags, their attributes, link addresses) blanked to
   * spaces, every offset kept: for checks that read marks in the text
   * (a quotation mark in `href="…"` is none of the article's). Plain text
   * is `text` itself.
   */
  prose: string
  /** Whether the article came as Markdown or HTML, which write some characters as markup (“&amp;”), not as plain text. */
  markup: boolean
  /** The characters a wrong encoding garbled (src/text/garbled-characters.ts), found once on first need: boilerplate reports them, spelling leaves their words alone. */
  garbled(): GarbledCharacter[]
  paragraphs: Paragraph[]
  sentences: Sentence[]
  words: WordToken[]
  /** How many word forms the article writes (`WordToken.form`). */
  formCount: number
  /**
   * The positions in `words` of the words that open with a capital, in order:
   * noted as the words are made, so that a check that starts from a name, a
   * title or initials reads those, not every word of the article.
   */
  capitalised: number[]
  /**
   * The article's vocabulary, counted once on first use and shared by the
   * rules that judge a word by the rest of the article.
   */
  vocabulary(): Vocabulary
  /**
   * The people the article names with a rank or office, each with the
   * mentions that resolve to them (src/knowledge/mentions.ts): worked out on
   * first use, so every rule that speaks about people shares one answer.
   */
  people(): PersonInArticle[]
  /**
   * Where an offset of `text` stands in the file as written, as a range's start
   * or end: they differ where the rules read a Markdown or HTML page's reading
   * copy (src/parse/reading-copy.ts).
   */
  sourceOffset(offset: number, side?: 'start' | 'end'): number
  /** Whether the reading copy left markup out inside a range (`ReadingCopy.hidesMarkup`). */
  hidesMarkup(start: number, end: number): boolean
  /** 1-based line number of an offset, in the file as written. */
  lineOf(offset: number): number
  /** unist point (1-based line and column) of an offset, in the file as written (`sourceOffset`); `side` is `end` for a range's end. */
  point(offset: number, side?: 'start' | 'end'): {line: number; column: number; offset: number}
  /** The paragraph holding an offset, if any (a binary search, not a scan). */
  paragraphAt(offset: number): Paragraph | undefined
}

/** A block the source format marks up (a Markdown heading, an HTML list item): its role beats guessing from the text. */
export interface BlockRole extends Span {
  role: ParagraphRole
}

declare module 'vfile' {
  interface DataMap {
    article: Article
    blockRoles: BlockRole[]
    /** Front matter fields of a Markdown article (title, author, date…). */
    frontmatter: Record<string, unknown>
    /** `performance.now()` after which the remaining rules are skipped (the per-file time budget). */
    deadline: number
    /** Rules skipped because the time budget ran out. */
    skippedRules: string[]
    /** Control comments that name no rule, each with its place (“3:1: …”). */
    controlProblems: string[]
    /** A Markdown or HTML page's reading copy, which its parser parsed and the rules read, and the file as written (src/parse/reading-copy.ts). */
    readingCopy: {source: string; copy: ReadingCopy}
    /** The article's format when its name does not tell it (an editor's unsaved document: its language). */
    format: 'text' | 'markdown' | 'html'
  }
}
