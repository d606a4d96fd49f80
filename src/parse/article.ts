import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {maskMarkers} from '../control/markers.js'
import {parseHtml} from './html.js'
import {parseMarkdown} from './markdown.js'
import {parsePlainText} from './plain-text.js'

/** The formats an article can come in; each has its own parser and the same rules. */
export type ArticleFormat = 'text' | 'markdown' | 'html'

export function formatOf(file: VFile): ArticleFormat {
  const extension = (file.extname ?? '').toLowerCase()
  if (extension === '.md' || extension === '.markdown') return 'markdown'
  if (extension === '.html' || extension === '.htm') return 'html'
  return 'text'
}

/** Parse an article in its format to nlcst; plain text has its control comments blanked first. */
export function parseArticle(document: string, file: VFile, format: ArticleFormat = formatOf(file)): Root {
  if (format === 'markdown') return parseMarkdown(document, file)
  if (format === 'html') return parseHtml(document, file)
  return parsePlainText(maskMarkers(document))
}
