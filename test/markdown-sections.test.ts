import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {toString} from 'nlcst-to-string'
import type {Root} from 'nlcst'
import {parseMarkdown} from '../src/parse/markdown.js'
import {markdownSections, sectionSize} from '../src/parse/markdown-sections.js'
// @ts-expect-error: untyped script module
import {cleanArticles} from '../scripts/real-copy.js'

/**
 * A long Markdown document of real copy with the constructs a section cut
 * must respect: headings, paragraphs, loose and tight lists (bulleted and
 * numbered), a quotation, fenced code and an HTML comment with blank lines
 * inside them (one each longer than a section), emphasis and links, and a
 * paragraph of a few thousand lines.
 */
function longDocument(): string {
  const articles = (cleanArticles() as Array<{file: string; text: string}>).slice(0, 80)
  const parts = ['---\ntitle: An archive\n---\n']
  articles.forEach(({file, text}, index) => {
    const lines = text.split('\n').filter((line) => line.trim() !== '')
    parts.push(`# ${lines[0]}`, '')
    if (index % 5 === 1) parts.push('```text', `${file}`, '', '# not a heading, code', '```', '')
    if (index % 5 === 2) parts.push('<!-- an editor’s note', '', '# not a heading, a comment', '-->', '')
    if (index % 5 === 3) parts.push(...lines.slice(1, 4).flatMap((line) => [`- ${line}`, '']))
    if (index % 5 === 4) parts.push(...lines.slice(1, 4).map((line) => `> ${line}`), '')
    if (index % 5 === 0) parts.push(...lines.slice(1).map((line, at) => `${at + 1}. ${line}`), '', ...lines.slice(1).map((line) => `* ${line}`), '')
    parts.push(...lines.slice(1).map((line, at) => (at % 3 === 0 ? `*${line}*` : at % 3 === 1 ? `[${line}](https://example.com/${index})` : line)).flatMap((line) => [line, '']))
  })
  // Code and a comment longer than a section, with blank lines and lines at the margin inside.
  const long = articles.slice(0, 12).map(({text}) => text.replace(/\n+/g, '\n\n# not a heading\n\n')).join('\n\n')
  parts.push('```', long, '```', '', 'After the code.', '', '<!--', long, '-->', '', 'After the comment.', '')
  parts.push(articles.map(({text}) => text.replace(/\n+/g, '\n')).join('\n'))
  return parts.join('\n')
}

/** The prose of a tree, paragraph by paragraph, with where each paragraph and sentence starts. */
function prose(tree: Root): string[] {
  return tree.children.flatMap((node) =>
    node.type === 'ParagraphNode' ? [`${node.position?.start.offset} ${node.children.map((child) => `${child.position?.start.offset}:${toString(child)}`).join('|')}`] : []
  )
}

describe('Markdown parsed in sections', () => {
  const document = longDocument()

  it('cuts a long document into many sections, never inside code or a comment', () => {
    const starts = markdownSections(document)
    expect(document.length).toBeGreaterThan(5 * sectionSize)
    expect(starts.length).toBeGreaterThan(4)
    for (const start of starts.slice(1)) {
      expect(document.slice(0, start).split('```').length % 2).toBe(1)
      expect(document.slice(0, start).split('<!--').length).toBe(document.slice(0, start).split('-->').length)
    }
  })

  it('gives the same prose, in the same places, as parsing the document whole', () => {
    const sectioned = parseMarkdown(document, new VFile({value: document}))
    const whole = parseMarkdown(document, new VFile({value: document}), {sections: false})
    expect(prose(sectioned)).toEqual(prose(whole))
  })
})
