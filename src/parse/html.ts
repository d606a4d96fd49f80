import type {Root as HastRoot, Nodes as HastNodes} from 'hast'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {toNlcst} from 'hast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import type {BlockRole} from '../article/types.js'

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
