/**
 * Where a long Markdown document can be parsed in sections, each on its own:
 * micromark's cost grows faster than the document (a 2 MB file of lists and
 * headings took 40 s), but a section's parse does not depend on what came
 * before it when the section starts, outside a fenced code block or an HTML
 * comment or raw block, with a line at the left margin after a blank line,
 * or with an item of a list at the left margin just after another. No
 * paragraph, list item or code block runs on across such a line; at worst
 * a list or quotation continued by a later item becomes two (the same items,
 * the same prose), and a link reference defined in one section is not known
 * in another. Documents shorter than `sectionSize` are one section.
 */
export const sectionSize = 32_768

const fence = /^ {0,3}(`{3,}|~{3,})/
const rawOpen = /^ {0,3}<(script|pre|style|textarea)[\s>]|^ {0,3}<!--/i
const rawClose = /<\/(?:script|pre|style|textarea)>|-->/i
const listItem = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\S/

/** The start offsets of the sections of a document: the first is 0. */
export function markdownSections(document: string): number[] {
  const starts = [0]
  if (document.length <= sectionSize) return starts
  let openFence: string | undefined
  let inRaw = false
  let previousBlank = false
  let previousItem = false
  for (let at = 0; at < document.length; ) {
    const newline = document.indexOf('\n', at)
    const end = newline < 0 ? document.length : newline + 1
    const line = document.slice(at, end).replace(/\r?\n$/, '')
    const blank = line.trim() === ''
    const item = listItem.test(line)
    const margin = (previousBlank && !blank && /^\S/.test(line)) || (previousItem && item)
    if (!openFence && !inRaw && margin && at - starts[starts.length - 1] >= sectionSize) starts.push(at)
    const marker = fence.exec(line)?.[1]
    if (openFence) {
      if (marker && marker[0] === openFence[0] && marker.length >= openFence.length && line.trim() === marker) openFence = undefined
    } else if (inRaw) {
      if (rawClose.test(line)) inRaw = false
    } else if (marker) openFence = marker
    else if (rawOpen.test(line) && !rawClose.test(line)) inRaw = true
    previousBlank = blank
    previousItem = item
    at = end
  }
  return starts
}
