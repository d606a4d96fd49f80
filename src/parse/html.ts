import type {Root as HastRoot, Nodes as HastNodes, Element, ElementContent} from 'hast'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {toNlcst} from 'hast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import type {BlockRole} from '../article/types.js'
import {chunkStarts, longParagraph} from './plain-text.js'
import {lineStartOffsets, pointAt} from '../text/lines.js'

const html = unified().use(rehypeParse)

const roleOf: Record<string, BlockRole['role']> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
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
  splitLongBlocks(hast, lineStartOffsets(document))
  return toNlcst(hast, file, ParseEnglish) as Root
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
 * sentences where the plain-text parser would cut (see `chunkStarts`):
 * hast-util-to-nlcst turns each block into one list of tokens and runs the
 * English parser's sentence steps over it, which costs the square of its
 * length and overflows the stack on a long one.
 */
function splitLongBlocks(node: HastRoot | Element, lineStarts: readonly number[]): void {
  const children: Array<HastRoot['children'][number]> = []
  for (const child of node.children) {
    if (child.type === 'element') splitLongBlocks(child, lineStarts)
    children.push(...(child.type === 'element' && long(child) ? partsOf(child, lineStarts) : [child]))
  }
  node.children = children as typeof node.children
}

function long(element: Element): boolean {
  return element.children.length > 1000 || element.children.some((child) => child.type === 'text' && child.value.length > longParagraph)
}

function partsOf(element: Element, lineStarts: readonly number[]): Element[] {
  const pieces: ElementContent[] = []
  for (const child of element.children) {
    const from = child.position?.start.offset
    // Text with character references is left whole: its value is not its source, so its pieces could not be placed.
    if (child.type === 'text' && from !== undefined && child.value.length > longParagraph && child.position?.end.offset === from + child.value.length) {
      const starts = chunkStarts(child.value)
      starts.forEach((at, index) => {
        const to = starts[index + 1] ?? child.value.length
        pieces.push({type: 'text', value: child.value.slice(at, to), position: {start: pointAt(lineStarts, from + at), end: pointAt(lineStarts, from + to)}})
      })
    } else pieces.push(child)
  }
  const parts: Element[] = []
  let group: ElementContent[] = []
  let size = 0
  const close = () => {
    const start = group.find((piece) => piece.position)?.position?.start
    const end = [...group].reverse().find((piece) => piece.position)?.position?.end
    parts.push({...element, children: group, ...(start && end ? {position: {start, end}} : {})})
    group = []
    size = 0
  }
  for (const piece of pieces) {
    group.push(piece)
    size += piece.type === 'text' ? piece.value.length : 1
    const sentenceEnds = piece.type === 'text' && /[.!?]["”’)]?\s+$/u.test(piece.value)
    if ((size >= longParagraph / 2 && sentenceEnds) || size >= 4 * longParagraph || group.length >= 1000) close()
  }
  if (group.length > 0) close()
  return parts
}