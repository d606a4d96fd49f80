import type {Root as MdastRoot, Nodes as MdastNodes, Paragraph, Heading, TableCell, PhrasingContent} from 'mdast'
import type {Root, RootContent} from 'nlcst'
import {VFile} from 'vfile'
import type {Point} from 'unist'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {toNlcst} from 'mdast-util-to-nlcst'
import {appendChunk, fastParser, longParagraph, parsePlainText} from './plain-text.js'
import {dressTag, markupAround, readingCopy, softBreaks, type CopyEdit} from './reading-copy.js'
import {emptyMarkupBreaks, moveToOrigin} from './positions.js'
import {maskMarkers} from '../control/markers.js'
import {groupsOfLongBlock, spanOf} from './long-blocks.js'
import {lineStartOffsets, pointAt} from '../text/lines.js'
import {markdownSections} from './markdown-sections.js'
import {linesAtBreaks} from './line-breaks.js'
import {placeInSource, referencesIn, textsNotAsWritten, type DecodedReference} from './source-places.js'
import {parseYaml} from '../text/yaml.js'
import type {BlockRole} from '../article/types.js'
import {isTableRule} from '../text/pipe-table.js'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
/** The longest section (see `markdownSections`) read as Markdown. */
const largestBlock = 131_072
const parser = fastParser()

/**
 * Markdown to nlcst with the English parser (so “Mr.” and “Gen.” do not end
 * sentences), positions in the Markdown source. Code, front matter, HTML
 * (including control comments) and an image's alt text are not prose (HTML's
 * alt attribute is not either). Front matter fields go to
 * `file.data.frontmatter`; headings, list items and quotes to
 * `file.data.blockRoles`, which the article plugin uses for paragraph roles.
 */
export function parseMarkdown(source: string, file: VFile, {sections = true}: {sections?: boolean} = {}): Root {
  // A block of more than 128 KB with no blank line in it is no article's Markdown (an export, a
  // dump), and micromark's cost grows with the square of a block full of emphasis or
  // references: such a document is read as plain text, in time linear in its length.
  const starts = markdownSections(source)
  if (starts.some((start, index) => (starts[index + 1] ?? source.length) - start > largestBlock)) {
    file.data.blockRoles = []
    return parsePlainText(maskMarkers(source))
  }
  // The page's reading copy (src/parse/reading-copy.ts), where it needs one, is parsed in its place and set in
  // `file.data.readingCopy`: positions are in the copy.
  let document = source
  let read = markdownTree(document, sections, starts)
  const copy = readingCopy(source, markdownReferences(read.mdast, document), inlineMarkdownEdits(read.mdast, document), 'markdown')
  if (copy) {
    file.data.readingCopy = {source, copy}
    document = copy.value
    read = markdownTree(document, sections, markdownSections(document))
  }
  return markdownToNlcst(read.mdast, document, read.lineStarts, file)
}

/** A document's mdast, and where its lines start; parsed whole (sections: false) only to check that sections change nothing. */
function markdownTree(document: string, sections: boolean, starts: number[]): {mdast: MdastRoot; lineStarts: number[]} {
  const lineStarts = lineStartOffsets(document)
  return {mdast: sections ? parseSections(document, starts, lineStarts) : (markdown.parse(document) as MdastRoot), lineStarts}
}

/** The character references in a document's prose. */
function markdownReferences(mdast: MdastRoot, document: string): DecodedReference[] {
  return proseBlocks(mdast).flatMap((block) => referencesIn(textsNotAsWritten(inOrder(block), document), document))
}

function markdownToNlcst(mdast: MdastRoot, document: string, lineStarts: readonly number[], file: VFile): Root {
  const roles: BlockRole[] = []
  collectRoles(mdast, roles, document)
  file.data.blockRoles = roles
  const yaml = mdast.children.find((node) => node.type === 'yaml')
  if (yaml && 'value' in yaml) {
    try {
      const data = parseYaml(yaml.value) as unknown
      if (data && typeof data === 'object') file.data.frontmatter = data as Record<string, unknown>
    } catch {
      // Front matter that is not valid YAML gives no fields; the article is still checked.
    }
  }
  const children: RootContent[] = []
  // The chunks of one long block make one paragraph, as the block does.
  for (const block of proseBlocks(mdast).flatMap(linesOf)) chunksOf(block, lineStarts).forEach((chunk, index) => appendChunk(children, blockToNlcst(chunk, document, lineStarts), index > 0))
  const tree: Root = {type: 'RootNode', children, position: {start: {line: 1, column: 1, offset: 0}, end: pointAt(lineStarts, document.length)}}
  emptyMarkupBreaks(tree, document)
  return tree
}

/** The document's mdast, parsed section by section (see `markdownSections`), positions in the whole document. */
function parseSections(document: string, starts: number[], lineStarts: readonly number[]): MdastRoot {
  if (starts.length === 1) return markdown.parse(document) as MdastRoot
  const children = starts.flatMap((start, index) => {
    const section = markdown.parse(document.slice(start, starts[index + 1] ?? document.length)) as MdastRoot
    moveToOrigin(section.children, pointAt(lineStarts, start))
    return section.children
  })
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end: pointAt(lineStarts, document.length)}}
}

/**
 * One block as nlcst, positions in the document. mdast-util-to-nlcst maps
 * offsets to lines with an index of the file it is given, built from the
 * file's start on every call: it is given the block's own text, and the
 * positions are moved into place after.
 */
function blockToNlcst(block: Paragraph | Heading | TableCell, document: string, lineStarts: readonly number[]): RootContent[] {
  const start = block.position!.start
  const end = block.position!.end
  const local = relocated(block, start) as Paragraph | Heading | TableCell
  const root = toNlcst(local, new VFile(document.slice(start.offset, end.offset)), parser, {ignore: ['code', 'yaml', 'html', 'inlineCode', 'image', 'imageReference']})
  moveToOrigin(root.children, start)
  // A backslash escape (“5\\*”), a character reference (“AT&amp;T”), the white space before a line's end, and a
  // continuation line's indent or quotation mark (“> ”) in a list or a quote: the words after them are placed anew.
  placeInSource(root, textsNotAsWritten(inOrder(block), document), lineStarts)
  return root.children as RootContent[]
}


/** A copy of an mdast subtree with its positions counted from `origin` (line 1, column 1, offset 0). */
function relocated(node: MdastNodes, origin: Point): MdastNodes {
  const local = (point: Point): Point => ({
    line: point.line - origin.line + 1,
    column: point.line === origin.line ? point.column - origin.column + 1 : point.column,
    offset: point.offset! - origin.offset!
  })
  const copy = {...node, ...(node.position && {position: {start: local(node.position.start), end: local(node.position.end)}})}
  // A link that shows its address (“<https://example.com/report/an>”) holds no prose: its “an” is no slip for “and”.
  if ('children' in node) (copy as {children: MdastNodes[]}).children = addressShown(node) ? [] : (node.children as MdastNodes[]).map((child) => relocated(child, origin))
  return copy as MdastNodes
}

/** Whether a node is a link whose text is its address (an autolink, or “[https://…](https://…)”). */
function addressShown(node: MdastNodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0].type !== 'text') return false
  const shown = node.children[0].value
  return shown === node.url || `mailto:${shown}` === node.url
}

/**
 * What the reading copy changes in a page's prose (src/parse/reading-copy.ts):
 * the marks around the words that emphasis and links dress (“**”, “[” and
 * “](https://…)”), left out, so that a name, a dateline or a speaker's label so
 * dressed reads as in plain text; and the line breaks in its texts
 * (`softBreaks`). Not a link that shows its address (its words are no prose),
 * nor an image's; nor a text with more than white space between its
 * characters (a quotation's “> ”, an escape), whose breaks stay.
 */
function inlineMarkdownEdits(mdast: MdastRoot, document: string): CopyEdit[] {
  const marks: CopyEdit[] = []
  for (const block of proseBlocks(mdast)) {
    for (const node of inOrder(block)) {
      const [from, to] = [node.position?.start.offset, node.position?.end.offset]
      if (node.type === 'text' && from !== undefined && to !== undefined && unwrapped(document.slice(from, to)) === unwrapped(node.value)) {
        for (const edit of softBreaks(document, from, to)) marks.push(edit)
      }
      // HTML written inline (“Lieuten<em>ant</em>”): the tags of the elements that dress words, as in a page of HTML.
      if (node.type === 'html' && from !== undefined && to !== undefined && dressTag.test(node.value)) marks.push({start: from, end: to, value: ''})
      if (!dressNodes.has(node.type) || !('children' in node) || addressShown(node)) continue
      const around = markupAround(node, document)
      // Marks that open a line stay where the words they dress would open a block without them (“**1.** Photo”, “*#* Share”).
      const [opening, closing] = around
      const opensLine = closing !== undefined && /^[ \t]*$/.test(document.slice(document.lastIndexOf('\n', opening.start - 1) + 1, opening.start))
      if (opensLine && blockOpening.test(document.slice(opening.end, closing.start) + document.slice(closing.end, closing.end + 2))) continue
      for (const edit of around) marks.push(edit)
    }
  }
  return marks
}

/** A text with the spaces around its line breaks left out (a list's continuation lines are indented in the source, not in the value). */
const unwrapped = (text: string) => (text.includes('\n') ? text.replace(/[ \t]*\r?\n[ \t]*/g, '\n') : text)

const dressNodes = new Set(['emphasis', 'strong', 'link', 'linkReference'])
/** What opens a block of Markdown at a line's start: a heading, a list's item, a quotation, a rule, a fence. */
const blockOpening = /^(?:#{1,6}(?:\s|$)|[-+*>](?:\s|$)|\d{1,9}[.)](?:\s|$)|[=-]+\s*$|`{3}|~{3})/

/**
 * The blocks that hold prose (paragraphs, headings, table cells), each
 * turned into nlcst on its own. mdast-util-to-nlcst given the whole document
 * runs its sentence steps over all of it as one list of tokens, which costs
 * the square of the document's length (and overflows the stack on a long
 * list); block by block, the cost is linear and the sentences are the same.
 */
/** A paragraph as a paragraph per line its hard breaks set apart (see `linesAtBreaks`). */
function linesOf(block: Paragraph | Heading | TableCell): Array<Paragraph | Heading | TableCell> {
  if (block.type !== 'paragraph') return [block]
  const lines = linesAtBreaks<PhrasingContent>(block.children, (child) => child.type === 'break')
  if (lines.length === 1 && lines[0].length === block.children.length) return [block]
  return lines.map((children) => ({...block, children, position: spanOf(children)}))
}

function proseBlocks(tree: MdastNodes): Array<Paragraph | Heading | TableCell> {
  const prose = (node: MdastNodes): node is Paragraph | Heading | TableCell => node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell'
  return [...inOrder(tree, (node) => !prose(node) && node.type !== 'code' && node.type !== 'yaml' && node.type !== 'html')].filter(prose)
}

/**
 * A block no longer than a few thousand characters as it is; a longer one
 * (a paragraph of thousands of lines) in parts cut between sentences (see
 * `groupsOfLongBlock`), each part parsed on its own and the parts joined into
 * one paragraph again.
 */
function chunksOf(block: Paragraph | Heading | TableCell, lineStarts: readonly number[]): Array<Paragraph | Heading | TableCell> {
  const start = block.position?.start.offset ?? 0
  const end = block.position?.end.offset ?? 0
  if (end - start <= longParagraph) return [block]
  return groupsOfLongBlock<PhrasingContent>(block.children, lineStarts).map((children) => ({...block, children, position: spanOf(children)}) as Paragraph | Heading | TableCell)
}

function collectRoles(tree: MdastNodes, roles: BlockRole[], document: string): void {
  for (const node of inOrder(tree, (node) => node.type !== 'heading' && node.type !== 'listItem')) {
    // A table in GitHub's Markdown, which this parser reads as a paragraph of bars: the story's data, as a list's items are.
    const table = node.type === 'paragraph' && pipeTable(document.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
    const role = node.type === 'heading' ? 'heading' : node.type === 'listItem' || table ? 'list-item' : undefined
    if (role && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      roles.push({start: node.position.start.offset, end: node.position.end.offset, role})
    }
  }
}

/** Whether a paragraph is a table of GitHub's Markdown (src/text/pipe-table.ts). */
function pipeTable(text: string): boolean {
  const [head, rule] = text.split('\n', 2)
  return rule !== undefined && head.includes('|') && isTableRule(rule)
}

/**
 * A tree's nodes in document order, without recursion: a quotation nested
 * 30,000 deep (“> > > …”) is a valid document, and would overflow the stack.
 * `enter` says whether to go into a node's children.
 */
function* inOrder(tree: MdastNodes, enter: (node: MdastNodes) => boolean = () => true): Generator<MdastNodes> {
  const stack: MdastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    yield node
    if ('children' in node && enter(node)) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as MdastNodes)
  }
}
