import {dressElements} from './parse/reading-copy.js'
/**
 * Extend a deletion so that no stray spaces, empty lines or empty markup are
 * left: the elements that held only the deleted text (`enclosingElement`),
 * the whole line when nothing a reader sees would remain of it
 * (`onlyMarkup`), otherwise one adjacent space. A line may end in "\r\n" (a file saved on
 * Windows): its carriage return is part of the line's end, and a line holding
 * only one is blank.
 */
export function widenDeletion(text: string, from: number, to: number): [number, number] | undefined {
  const balanced = balancedDeletion(text, from, to)
  if (!balanced) return undefined
  const range = withinParagraph(text, ...enclosingElement(text, balanced[0], balanced[1]))
  return range && withoutOrphanedBreak(text, range)
}

/** `widenDeletion` before the line break that held the deleted words is looked at. */
function withinParagraph(text: string, start: number, end: number): [number, number] {
  // A byte-order mark opening the text is no part of its first line: the line goes, the mark stays.
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, text.charCodeAt(0) === 0xfeff && start > 0 ? 1 : 0)
  let lineEnd = lineEndAfter(text, end)
  // A Markdown link whose address or title runs on to the next line (“[Read more](https://…⏎"Title")”): its lines
  // are one line here, so that nothing of the link is left behind.
  for (let more = 0; more < 2 && lineEnd < text.length && /\]\([^)]*$/.test(text.slice(end, lineEnd)); more++) lineEnd = lineEndAfter(text, lineEnd + 1)
  const rest = text.slice(lineStart, start) + text.slice(end, lineEnd)
  if (onlyMarkup(rest)) {
    // Take the line's newline too (or the one before, on the last line, with its carriage return).
    if (lineEnd >= text.length) return [Math.max(0, text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1), lineEnd]
    // Between blank lines (paragraphs a blank line apart), take one blank line as well, so none doubles.
    const blankBefore = lineStart === 0 || /\n[ \t\r]*\n$/.test(text.slice(Math.max(0, lineStart - 8), lineStart)) || /^[ \t\r]*\n$/.test(text.slice(0, lineStart))
    // The last paragraph: the blank line above it goes too, and the text ends as the paragraph before it does.
    if (blankBefore && lineStart > 0 && text.slice(lineEnd + 1).trim() === '') return [previousLineEnd(text, lineStart) + 1, text.length]
    const blankAfter = /^[ \t\r]*(?:\n|$)/.exec(text.slice(lineEnd + 1))
    if (blankBefore && blankAfter) return [lineStart, lineEnd + 1 + blankAfter[0].length]
    return [lineStart, lineEnd + 1]
  }
  if (text[end] === ' ') return [start, end + 1]
  if (text[start - 1] === ' ') return [start - 1, end]
  return [start, end]
}

/**
 * Whether what a deletion leaves of its line is nothing a reader sees: white
 * space, a list marker, or the Markdown that held the deleted words
 * (emphasis, a link's or an image's brackets and address, a heading's or
 * quotation's mark), which alone would be left orphaned: “[](https://…)”,
 * “**”, “![*” (an image and its caption). (The
 * tags that held them went with them, `enclosingElement`; other elements' tags
 * on the line are the page's frame, and stay.)
 */
function onlyMarkup(rest: string): boolean {
  // A link's address and title, in any of Markdown's three quotings, or its reference (“](url 't')”, “][ref]”).
  const bare = rest.replace(/\]\([^()\s]*(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\)|\]\[[^[\]]*\]/g, ']')
  // The list marker first, then the marks alone: one pattern with white space on both sides of an optional marker
  // would try every split of a long run of spaces (a 20,000-space line took 0.4 s, a 200,000-space one minutes).
  const marker = /^[\s>#]*(?:[-–•*+]|\d{1,3}[.)])(?=\s|$)/.exec(bare)
  return /^[\s>#![\]()*_`~]*(?:\\\s*)?$/.test(marker ? bare.slice(marker[0].length) : bare)
}

/**
 * A deletion that ends or opens a paragraph takes the line break that set its
 * words apart from the rest (HTML's “<br>”, Markdown's backslash before a
 * newline): a credit on its own line under a caption (“…harbour.<br>Photo:
 * Indian Navy</p>”) leaves no break at the paragraph's end, where a reader
 * would see an empty line or, in Markdown, the backslash itself. The newline
 * after a Markdown break stays where it stood: the paragraphs remain apart.
 */
function withoutOrphanedBreak(text: string, [start, end]: [number, number]): [number, number] {
  const before = text.slice(Math.max(0, start - 40), start)
  const after = text.slice(end, end + 40)
  const deleted = text.slice(start, end)
  // Nothing but white space up to a blank line or the text's end (a slice shorter than asked is the end).
  const blank = /^[ \t\r]*(\n|$)/.exec(after)
  const blankAfter = blank !== null && (blank[1] === '\n' || end + blank[0].length >= text.length)
  if (blockClosing.test(after) || (deleted.endsWith('\n') && blankAfter) || end >= text.length) {
    const htmlBreak = /<br\s*\/?>\s*$/i.exec(before)
    if (htmlBreak) return [start - htmlBreak[0].length, end]
    // “harbour.\⏎Photo: Indian Navy⏎⏎” → “harbour.⏎⏎”: the break's backslash and newline go, the deleted line's newline stays.
    const markdownBreak = /\\\r?\n$/.exec(before)
    if (markdownBreak && deleted.endsWith('\n')) return [start - markdownBreak[0].length, end - (deleted.endsWith('\r\n') ? 2 : 1)]
    // The last line, taken with the newline before it: the backslash before that newline goes too.
    if (before.endsWith('\\') && /^\r?\n/.test(deleted)) return [start - 1, end]
    return [start, end]
  }
  const htmlBreak = blockOpening.test(before) ? /^\s*<br\s*\/?>\s*/i.exec(after) : null
  return htmlBreak ? [start, end + htmlBreak[0].length] : [start, end]
}

/** The tag that closes a paragraph-like block (or a list's item) right at a text's start, white space aside. */
const blockClosing = /^\s*<\/(?:p|div|li|dd|figcaption|blockquote|h[1-6])\s*>/i

/** The text's start, a blank line, or a paragraph-like block's opening tag right at a text's end, white space aside. */
const blockOpening = /(?:^|\n[ \t\r]*\n|<(?:p|div|li|dd|figcaption|blockquote|h[1-6])(?:\s[^<>]*)?>)\s*$/i

/**
 * A deletion that leaves the markup balanced (HTML, or HTML in Markdown): a
 * line of the page quoted from its first word to its last (“Share this:
 * <a>Facebook</a> <a>Twitter”) takes the closing tags right after it of the
 * elements it opens, and the opening tags right before it of those it closes;
 * undefined when they are not there, and the deletion would break the page.
 */
function balancedDeletion(text: string, start: number, end: number): [number, number] | undefined {
  const inside = text.slice(start, end)
  // Most deletions hold no tag: plain text, Markdown, a word.
  if (!inside.includes('<')) return [start, end]
  const opened: string[] = []
  const unopened: string[] = []
  for (const [tag, closing, name] of inside.matchAll(tagPattern)) {
    const element = name.toLowerCase()
    if (voidElements.has(element) || tag.endsWith('/>')) continue
    if (!closing) opened.push(element)
    else if (opened.at(-1) === element) opened.pop()
    else if (opened.length === 0) unopened.push(element)
    else return undefined
  }
  for (; opened.length > 0; opened.pop()) {
    const closing = closingTagAfter(text, end, opened.at(-1)!)
    if (!closing) return undefined
    end += closing[0].length
  }
  for (const element of unopened) {
    const opening = openingTagBefore(text, start, element)
    if (!opening) return undefined
    start -= opening[0].length
  }
  return [start, end]
}

/** The opening tag, of `element` or of any element, that ends right before `at` (white space aside). */
function openingTagBefore(text: string, at: number, element?: string): RegExpExecArray | null {
  return (element ? new RegExp(`<(${element})(?:\\s[^<>]*)?>\\s*$`, 'i') : anyOpeningTag).exec(text.slice(Math.max(0, at - 300), at))
}
const anyOpeningTag = /<([A-Za-z][\w-]*)(?:\s[^<>]*)?>\s*$/

/** The closing tag of `element` that starts right after `at` (white space aside). */
function closingTagAfter(text: string, at: number, element: string): RegExpExecArray | null {
  return new RegExp(`^\\s*</${element}\\s*>`, 'i').exec(text.slice(at, at + 200))
}

/** A tag of HTML: its closing slash, if any, and its element's name. */
const tagPattern = /<(\/?)([A-Za-z][\w-]*)(?:\s[^<>]*)?>/g

/** Elements of HTML that have no closing tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/**
 * A deletion widened to the markup elements that hold nothing else (HTML, or
 * HTML in Markdown): “<p><em>Share</em></p>” goes whole, where deleting the
 * word alone would leave “<p><em></em></p>”, an empty paragraph on the page.
 * Not the page's frame (its body, its article) nor a table's cell or row,
 * whose going would take the page or the table's columns with it.
 */
function enclosingElement(text: string, start: number, end: number): [number, number] {
  for (;;) {
    const opening = openingTagBefore(text, start)
    if (!opening || frame.has(opening[1].toLowerCase())) return [start, end]
    const closing = closingTagAfter(text, end, opening[1])
    if (closing) {
      start -= opening[0].length
      end += closing[0].length
      continue
    }
    const misnested = misnestedPairs(text, start, end)
    if (misnested) {
      ;[start, end] = misnested
      continue
    }
    // An element that dresses words left open up to its block's end (“<p><b>Photo: Reuters</p>”): the parser closes it
    // there, and it goes with its words.
    if (!dressElements.has(opening[1].toLowerCase()) || !blockEnd.test(text.slice(end, end + 40))) return [start, end]
    start -= opening[0].length
  }
}

/**
 * The tags of elements that dress words, opened right before a deletion and
 * closed right after it in another order (“<b><i>Share</b></i>”, which the
 * parser mends): the same elements on both sides, so they held nothing else,
 * and the range that takes them all; undefined otherwise.
 */
function misnestedPairs(text: string, start: number, end: number): [number, number] | undefined {
  const closed: string[] = []
  let to = end
  for (;;) {
    const closing = dressClosing.exec(text.slice(to, to + 100))
    if (!closing || !dressElements.has(closing[1].toLowerCase())) break
    closed.push(closing[1].toLowerCase())
    to += closing[0].length
  }
  if (closed.length < 2) return undefined
  let from = start
  const opened: string[] = []
  while (opened.length < closed.length) {
    const opening = openingTagBefore(text, from)
    if (!opening || !dressElements.has(opening[1].toLowerCase())) return undefined
    opened.push(opening[1].toLowerCase())
    from -= opening[0].length
  }
  return opened.sort().join() === closed.sort().join() ? [from, to] : undefined
}

/** A closing tag right at a text's start (white space aside), and its element's name. */
const dressClosing = /^\s*<\/([A-Za-z][\w-]*)\s*>/

/** The end tag of a block, right after a deletion (white space aside). */
const blockEnd = /^\s*<\/(?:p|li|h[1-6]|div|dd|dt|figcaption|blockquote)\s*>/i

/** Elements a deletion never takes whole (`enclosingElement`). */
const frame = new Set(['html', 'head', 'body', 'main', 'article', 'section', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'])

/** Where the line that holds `at` ends: its newline, or the text's end. */
function lineEndAfter(text: string, at: number): number {
  const newline = text.indexOf('\n', at)
  return newline === -1 ? text.length : newline
}

/** Where the last line with something on it before `lineStart` ends: the newline after it (or -1 when there is none). */
function previousLineEnd(text: string, lineStart: number): number {
  let at = lineStart - 1
  while (at > 0 && /\s/.test(text[at - 1])) at--
  return at > 0 ? text.indexOf('\n', at - 1) : -1
}
