import type {Root as HastRoot, Nodes as HastNodes, Element} from 'hast'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {toNlcst} from 'hast-util-to-nlcst'
import {EnglishParser} from './plain-text.js'
import type {BlockRole} from '../article/types.js'
import {longParagraph} from './plain-text.js'
import {groupsOfLongBlock, spanOf} from './long-blocks.js'
import {linesAtBreaks} from './line-breaks.js'
import {lineStartOffsets} from '../text/lines.js'
import {placeInSource, referencesIn, textsNotAsWritten} from './source-places.js'
import {emptyMarkupBreaks} from './positions.js'
import {dressElements, markupAround, readingCopy, softBreaks, type CopyEdit} from './reading-copy.js'

const html = unified().use(rehypeParse)

const roleOf: Record<string, BlockRole['role']> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  // A table's cell is a piece of the story's data, as a list's item is (“7,400” alone is no count of the page's shares).
  td: 'list-item',
  th: 'list-item',
  figcaption: 'caption'
}

/**
 * HTML (a CMS export) to nlcst with the English parser: the page's reading
 * copy (src/parse/reading-copy.ts), where it needs one, parsed in its place
 * and set in `file.data.readingCopy`; positions in the copy.
 */
export function parseHtml(source: string, file: VFile): Root {
  let document = source
  let hast = html.parse(document) as HastRoot
  const copy = readingCopy(source, referencesIn(textsNotAsWritten(nodesOf(hast), document), document), inlineHtmlEdits(hast, document), 'html')
  if (copy) {
    file.data.readingCopy = {source, copy}
    document = copy.value
    hast = html.parse(document) as HastRoot
  }
  return parseHtmlTree(hast, document, file)
}

function parseHtmlTree(hast: HastRoot, document: string, file: VFile): Root {
  const roles: BlockRole[] = []
  collectRoles(hast, roles)
  file.data.blockRoles = roles
  // A document with no text in it (empty, or markup alone) has no positions to map: nothing to check.
  if (!hast.position) return {type: 'RootNode', children: []}
  const lineStarts = lineStartOffsets(document)
  splitLongBlocks(hast, lineStarts)
  markNotProse(hast)
  const decoded = textsNotAsWritten(nodesOf(hast), document)
  // (The converter places words by the text it is given: the copy's, not the file's own.)
  const tree = toNlcst(hast, new VFile(document), EnglishParser) as Root
  placeInSource(tree, decoded, lineStarts)
  emptyMarkupBreaks(tree, document)
  return tree
}

/**
 * The page's nodes in document order (character references and Windows line
 * ends make a text's value shorter than its source: `textsNotAsWritten`).
 * Without recursion: a page may nest its elements thousands deep.
 */
function* nodesOf(hast: HastRoot): Generator<HastNodes> {
  const stack: HastNodes[] = [hast]
  while (stack.length > 0) {
    const node = stack.pop()!
    yield node
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as HastNodes)
  }
}

/**
 * Elements whose text is no prose of the story, marked for the converter to
 * leave out (it leaves out scripts, styles and deletions itself): a form's
 * default text, what shows only without scripts, a template, a menu's options,
 * and the fallback text of embedded media. `--fix` never edits them.
 */
function markNotProse(hast: HastRoot): void {
  for (const node of nodesOf(hast)) if (node.type === 'element' && notProse.has(node.tagName)) node.properties = {...node.properties, dataNlcst: 'ignore'}
}

const notProse = new Set(['textarea', 'noscript', 'template', 'select', 'option', 'iframe', 'object', 'canvas', 'audio', 'video'])

/**
 * What the reading copy changes in a page's prose (src/parse/reading-copy.ts):
 * the start and end tags of the elements that dress a paragraph's words
 * (emphasis, links, spans), left out each pair whole (left half open, an
 * element would run on into the next paragraph of the copy), and the line
 * breaks in its texts (`softBreaks`). Not in code, nor in what is no prose;
 * not a break, an image, a footnote's raised number (“word<sup>1</sup>”), a
 * quotation the browser marks (<q>) or a deletion; and only tags as written
 * (a tag the parser implied has no source). White space alone between blocks
 * is no text of a paragraph.
 */
function inlineHtmlEdits(hast: HastRoot, document: string): CopyEdit[] {
  const tags: CopyEdit[] = []
  const stack: HastNodes[] = [hast]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && (skippedElements.has(node.tagName) || node.properties?.dataNlcst === 'ignore')) continue
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as HastNodes)
    if (node.type === 'text' && /\S/.test(node.value) && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      for (const edit of softBreaks(document, node.position.start.offset, node.position.end.offset)) tags.push(edit)
    }
    if (node.type !== 'element' || !dressElements.has(node.tagName)) continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    // An element with nothing in it (an anchor, “Lieuten<a id="x"></a>ant”) goes whole.
    if (node.children.length === 0 && start !== undefined && end !== undefined && end > start && writtenTags.test(document.slice(start, end))) {
      tags.push({start, end, value: ''})
      continue
    }
    for (const edit of markupAround(node, document, (markup) => writtenTags.test(markup))) tags.push(edit)
  }
  return tags
}

const skippedElements = new Set(['head', 'script', 'style', 'pre', 'code', 'kbd', 'samp', ...notProse])
/** One tag or more as written, their attributes' quoted values holding any character (“data-x="a>b"”). */
const writtenTags = /^(?:<(?:[^<>"']|"[^"]*"|'[^']*')*>)+$/

function collectRoles(node: HastNodes, roles: BlockRole[]): void {
  const role = node.type === 'element' ? roleOf[node.tagName] : undefined
  if (role && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
    roles.push({start: node.position.start.offset, end: node.position.end.offset, role})
    return
  }
  if ('children' in node) for (const child of node.children) collectRoles(child as HastNodes, roles)
}

/**
 * An element holding thousands of characters of text or thousands of
 * children (a 500 KB paragraph) becomes several of its kind, cut between
 * sentences (see `groupsOfLongBlock`): hast-util-to-nlcst turns each block
 * into one list of tokens and runs the English parser's sentence steps over
 * it, which costs the square of its length and overflows the stack on a long one.
 */
function splitLongBlocks(node: HastRoot | Element, lineStarts: readonly number[]): void {
  const children: Array<HastRoot['children'][number]> = []
  for (const child of node.children) {
    if (child.type === 'element') splitLongBlocks(child, lineStarts)
    children.push(...(child.type !== 'element' ? [child] : long(child) ? partsOf(child, lineStarts) : child.tagName === 'p' ? linesOf(child) : [child]))
  }
  node.children = children as typeof node.children
}

/** A paragraph as a paragraph per line its “<br>” sets apart (see `linesAtBreaks`). */
function linesOf(paragraph: Element): Element[] {
  const lines = linesAtBreaks(paragraph.children, (child) => child.type === 'element' && child.tagName === 'br')
  if (lines.length === 1 && lines[0].length === paragraph.children.length) return [paragraph]
  return lines.map((children) => {
    const position = spanOf(children)
    return {...paragraph, children, ...(position && {position})}
  })
}

function long(element: Element): boolean {
  return element.children.length > 1000 || element.children.some((child) => child.type === 'text' && child.value.length > longParagraph)
}

function partsOf(element: Element, lineStarts: readonly number[]): Element[] {
  return groupsOfLongBlock(element.children, lineStarts).map((group) => {
    const position = spanOf(group)
    return {...element, children: group, ...(position && {position})}
  })
}
