import type {Root as MdastRoot, Nodes as MdastNodes} from 'mdast'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import {parseYaml} from '../text/yaml.js'
import type {BlockRole} from '../article/types.js'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/**
 * Markdown to nlcst with the English parser (so “Mr.” and “Gen.” do not end
 * sentences), positions in the Markdown source. Code, front matter and HTML
 * (including control comments) are not prose. Front matter fields go to
 * `file.data.frontmatter`; headings, list items and quotes to
 * `file.data.blockRoles`, which the article plugin uses for paragraph roles.
 */
export function parseMarkdown(document: string, file: VFile): Root {
  const mdast = markdown.parse(document) as MdastRoot
  const roles: BlockRole[] = []
  collectRoles(mdast, roles)
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
  return toNlcst(mdast, file, ParseEnglish, {ignore: ['code', 'yaml', 'html', 'inlineCode']}) as Root
}

function collectRoles(node: MdastNodes, roles: BlockRole[]): void {
  const role = node.type === 'heading' ? 'heading' : node.type === 'listItem' ? 'list-item' : undefined
  if (role && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
    roles.push({start: node.position.start.offset, end: node.position.end.offset, role})
    return
  }
  if ('children' in node) for (const child of node.children) collectRoles(child as MdastNodes, roles)
}
