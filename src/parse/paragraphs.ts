import type {Span} from '../article/types.js'
import {lineStartOffsets} from '../text/lines.js'
import {isWhiteSpace} from '../text/white-space.js'

/**
 * Split plain text into paragraph spans.
 *
 * Scraped and CMS-exported articles put one paragraph on each line, with or
 * without blank lines between them; hand-typed copy is often hard-wrapped, with
 * blank lines between paragraphs. A single newline ends a paragraph unless the
 * text looks hard-wrapped.
 */
export function paragraphSpans(text: string, lineStarts: readonly number[] = lineStartOffsets(text)): Span[] {
  const lines = lineSpans(text, lineStarts)
  const blank = lines.map(({start, end}) => blankBetween(text, start, end))
  const wrapped = looksHardWrapped(text, lines, blank)
  const spans: Span[] = []
  let current: Span | undefined

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (blank[index]) {
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

/** Each line's span, without its line break (“\r\n”, “\r” or “\n”), from where the lines start. */
function lineSpans(text: string, lineStarts: readonly number[]): Span[] {
  return lineStarts.map((start, index) => ({start, end: index + 1 < lineStarts.length ? breakBefore(text, lineStarts[index + 1]) : text.length}))
}

/** Where the line break that ends just before a line's start begins. */
function breakBefore(text: string, lineStart: number): number {
  return text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13 ? lineStart - 2 : lineStart - 1
}

/** Whether a stretch of the text is white space only, read where it stands (no copy of each line is made to be trimmed). */
function blankBetween(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isWhiteSpace(text.charCodeAt(index))) return false
  return true
}

/**
 * Hard-wrapped text has runs of consecutive lines of similar, moderate length
 * that stop mid-sentence.
 */
function looksHardWrapped(text: string, lines: Span[], blank: readonly boolean[]): boolean {
  let continued = 0
  let runs = 0
  for (let index = 0; index + 1 < lines.length; index++) {
    if (blank[index] || blank[index + 1]) continue
    runs++
    const length = lines[index].end - lines[index].start
    if (length < 30 || length > 100) continue
    const line = text.slice(lines[index].start, lines[index].end)
    const next = text.slice(lines[index + 1].start, lines[index + 1].end)
    if (!/[.!?:"”’)]\s*$/.test(line) && /^\s*[a-z(]/.test(next)) continued++
  }
  // Two breaks mid-sentence at the least: one lower-case line under a headline is page furniture, not wrapping.
  return continued >= 2 && continued / runs >= 0.5
}

/** The text of each paragraph (`paragraphSpans`), as the line roles read an article. */
export function paragraphTexts(text: string): string[] {
  return paragraphSpans(text).map(({start, end}) => text.slice(start, end))
}
