import type {Span} from '../article/types.js'

/**
 * Split plain text into paragraph spans.
 *
 * Scraped and CMS-exported articles put one paragraph on each line, with or
 * without blank lines between them; hand-typed copy is often hard-wrapped, with
 * blank lines between paragraphs. A single newline ends a paragraph unless the
 * text looks hard-wrapped.
 */
export function paragraphSpans(text: string): Span[] {
  const lines = lineSpans(text)
  const wrapped = looksHardWrapped(text, lines)
  const spans: Span[] = []
  let current: Span | undefined

  for (const line of lines) {
    const blank = text.slice(line.start, line.end).trim() === ''
    if (blank) {
      current = undefined
      continue
    }
    if (current && wrapped) {
      current.end = line.end
    } else {
      current = {start: line.start, end: line.end}
      spans.push(current)
    }
  }

  return spans
}

function lineSpans(text: string): Span[] {
  const spans: Span[] = []
  const newline = /\r\n|\r|\n/g
  let start = 0
  let match: RegExpExecArray | null
  while ((match = newline.exec(text))) {
    spans.push({start, end: match.index})
    start = match.index + match[0].length
  }
  spans.push({start, end: text.length})
  return spans
}

/**
 * Hard-wrapped text has runs of consecutive lines of similar, moderate length
 * that stop mid-sentence.
 */
function looksHardWrapped(text: string, lines: Span[]): boolean {
  let continued = 0
  let runs = 0
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = text.slice(lines[index].start, lines[index].end)
    const next = text.slice(lines[index + 1].start, lines[index + 1].end)
    if (line.trim() === '' || next.trim() === '') continue
    runs++
    const length = line.length
    if (length >= 30 && length <= 100 && !/[.!?:"”’)]\s*$/.test(line) && /^\s*[a-z(]/.test(next)) continued++
  }
  // Two breaks mid-sentence at the least: one lower-case line under a headline is page furniture, not wrapping.
  return continued >= 2 && continued / runs >= 0.5
}

/** The text of each paragraph (`paragraphSpans`), as the line roles read an article. */
export function paragraphTexts(text: string): string[] {
  return paragraphSpans(text).map(({start, end}) => text.slice(start, end))
}
