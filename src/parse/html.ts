import type {Root as HastRoot, Nodes as HastNodes, Element} from 'hast'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {toNlcst} from 'hast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import type {BlockRole} from '../article/types.js'
import {longParagraph} from './plain-text.js'
import {groupsOfLongBlock, spanOf} from './long-blocks.js'
import {linesAtBreaks} from './line-breaks.js'
import {lineIndex, lineStartOffsets, pointAt} from '../text/lines.js'
import {characterReference} from '../text/character-reference.js'
import {emptyMarkupBreaks} from './positions.js'

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

/** HTML (a CMS export) to nlcst with the English parser, positions in the HTML source. */
export function parseHtml(document: string, file: VFile): Root {
  const hast = html.parse(document) as HastRoot
  const roles: BlockRole[] = []
  collectRoles(hast, roles)
  file.data.blockRoles = roles
  // A document with no text in it (empty, or markup alone) has no positions to map: nothing to check.
  if (!hast.position) return {type: 'RootNode', children: []}
  const lineStarts = lineStartOffsets(document)
  splitLongBlocks(hast, lineStarts)
  const decoded = textsDecoded(hast, document)
  const tree = toNlcst(hast, file, ParseEnglish) as Root
  if (decoded.length > 0) placeInSource(tree, decoded, lineStarts)
  emptyMarkupBreaks(tree, document)
  return tree
}

/** A text of the page whose characters are fewer than its source's (“&amp;” is one “&”), with where each of them stands in the source. */
interface DecodedText {
  start: number
  length: number
  /** Each character's offset in the source, from `start`; then the source's length. */
  source: Int32Array
}

/**
 * The texts of the page that its parser decoded shorter than their source:
 * character references (“&amp;”, “&rsquo;”, “&#8217;”) and Windows line ends.
 * The English parser places each word by its offset in the decoded text, so
 * after the first reference of a text every word stood a few characters
 * early (“has comissi” for “comissioned”), and `--fix` wrote its fixes there.
 */
function textsDecoded(hast: HastRoot, document: string): DecodedText[] {
  const found: DecodedText[] = []
  // Without recursion: a page may nest its elements thousands deep.
  const stack: HastNodes[] = [hast]
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as HastNodes)
    if (node.type !== 'text' || node.position?.start.offset === undefined || node.position.end.offset === undefined) continue
    const {start, end} = {start: node.position.start.offset, end: node.position.end.offset}
    if (end - start === node.value.length) continue
    found.push({start, length: node.value.length, source: sourceOffsets(node.value, document.slice(start, end))})
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Where each character of a decoded text stands in its source: a reference's character where the reference opens; a line end where its “\n” is. */
function sourceOffsets(value: string, source: string): Int32Array {
  const offsets = new Int32Array(value.length + 1)
  let at = 0
  for (let index = 0; index < value.length; ) {
    // A reference the text does not hold as written was decoded (“&amp;” is “&”; “AT&T” stays as it is).
    const reference = source[at] === '&' ? referenceHere.exec(source.slice(at, at + 40)) : null
    if (reference && !value.startsWith(reference[0], index)) {
      const width = value.codePointAt(index)! > 0xffff ? 2 : 1
      for (let unit = 0; unit < width; unit++) offsets[index + unit] = at
      index += width
      at += reference[0].length
    } else if (source[at] === value[index]) {
      offsets[index++] = at++
    } else if (source[at] === '\r' && value[index] === '\n') {
      at++
    } else {
      offsets[index++] = at++
    }
  }
  offsets[value.length] = source.length
  return offsets
}

/** A character reference at a text's start, its semicolon left out or not (the parser reads “&copy 2024” too). */
const referenceHere = new RegExp(`^${characterReference};?`)

/** Every node's place moved from its offset in a decoded text to its offset in the source. */
function placeInSource(tree: Root, decoded: DecodedText[], lineStarts: readonly number[]): void {
  const starts = decoded.map((text) => text.start)
  const moved = (point: {line: number; column: number; offset?: number}) => {
    if (point.offset === undefined) return point
    const text = decoded[lineIndex(starts, point.offset)]
    if (!text || point.offset < text.start || point.offset > text.start + text.length) return point
    return pointAt(lineStarts, text.start + text.source[point.offset - text.start])
  }
  const stack: Array<{position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}; children?: unknown[]}> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) node.position = {start: moved(node.position.start), end: moved(node.position.end)}
    if (node.children) for (const child of node.children) stack.push(child as (typeof stack)[number])
  }
}

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
