import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {maskMarkers} from '../control/markers.js'
import {parsePlainText} from './plain-text.js'

/** The formats an article can come in; each has its own parser and the same rules. */
export type ArticleFormat = 'text' | 'markdown' | 'html'

export function formatOf(file: VFile): ArticleFormat {
  const extension = (file.extname ?? '').toLowerCase()
  if (extension === '.md' || extension === '.markdown') return 'markdown'
  if (extension === '.html' || extension === '.htm') return 'html'
  return file.data.format ?? 'text'
}

export type ArticleParser = (document: string, file: VFile) => Root

/**
 * The parser of a format, to nlcst; plain text has its control comments
 * blanked first. The Markdown and HTML parsers (remark, rehype) are loaded
 * only when an article of theirs comes: a plain-text run never pays for them.
 */
export async function parserFor(format: ArticleFormat): Promise<ArticleParser> {
  if (format === 'markdown') return (await import('./markdown.js')).parseMarkdown
  if (format === 'html') return (await import('./html.js')).parseHtml
  return parseText
}

/** Parse plain text, control comments blanked first. */
export function parseText(document: string): Root {
  return parsePlainText(maskMarkers(document))
}
