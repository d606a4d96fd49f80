import type {ParagraphRole} from './types.js'

const listMarker = /^\s*(?:[-–•*▪●◦]|\d{1,2}[.)])\s+/
const byline = /^\s*(?:By[:\s]\s*\S|(?:[\p{Lu}][\p{L}.]*\s){0,4}(?:Correspondent|Bureau|Staff Writer|Reporter|Desk)\s*$)/u
const caption = /\b(?:Image|Photo|Picture|Video)\s*(?:Credit|Source|Courtesy)?\s*:/i
const terminal = /[.!?;:,"”’]\s*$/u

/**
 * Guess what a paragraph is from its text and its place: the first line of
 * an article, short and with no full stop, is its headline whatever its
 * capitalisation ("Secretary of defense official visits base").
 */
export function paragraphRole(text: string, first = false): ParagraphRole {
  const words = text.trim().split(/\s+/)
  if (listMarker.test(text)) return 'list-item'
  if (words.length <= 8 && byline.test(text)) return 'byline'
  if (caption.test(text) && words.length <= 60) return 'caption'
  if (words.length <= 20 && !terminal.test(text) && (first || mostlyCapitalised(words))) return 'heading'
  return 'body'
}

/** Headings capitalise their content words; short function words may stay lower-case. */
function mostlyCapitalised(words: string[]): boolean {
  const content = words.filter((word) => /^\p{L}/u.test(word) && word.length > 3)
  if (content.length === 0) return false
  const capitalised = content.filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised / content.length >= 0.6 || words.length <= 3
}

/**
 * A dateline at the start of a paragraph: a place in capitals, perhaps a
 * region, date or agency after a comma or in brackets, then a dash or colon
 * ("KUALA LUMPUR —", "FORT LIBERTY, N.C. (AP) —", "NEW DELHI, May 5 (PTI):").
 * Returns its length in characters, dash included, or 0.
 */
export function datelineLength(text: string): number {
  const match = /^[ \t]*\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){0,5}(?:,[ \t]*[^—–:\n(]{1,40}?)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:—|–|--|:|-(?=[ \t])|(?<=\))(?=[ \t]+\p{Lu}))/u.exec(text)
  if (!match) return 0
  // The place itself is in capitals: at least one word of three capitals ("WASHINGTON", not "The US -").
  return /\b\p{Lu}{3,}\b/u.test(match[0].split(/[,(]/)[0]) ? match[0].length : 0
}
