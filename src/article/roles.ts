import type {ParagraphRole} from './types.js'

const listMarker = /^\s*(?:[-–•*▪●◦]|\d{1,2}[.)])\s+/
const byline = /^\s*(?:By[:\s]\s*\S|(?:[\p{Lu}][\p{L}.]*\s){0,4}(?:Correspondent|Bureau|Staff Writer|Reporter|Desk)\s*$)/u
const caption = /\b(?:Image|Photo|Picture|Video)\s*(?:Credit|Source|Courtesy)?\s*:/i
const terminal = /[.!?;,"”’]\s*$/u

/** Guess what a paragraph is from its text alone. */
export function paragraphRole(text: string): ParagraphRole {
  const words = text.trim().split(/\s+/)
  if (listMarker.test(text)) return 'list-item'
  if (words.length <= 8 && byline.test(text)) return 'byline'
  if (caption.test(text) && words.length <= 60) return 'caption'
  if (words.length <= 20 && !terminal.test(text) && mostlyCapitalised(words)) return 'heading'
  return 'body'
}

/** Headings capitalise their content words; short function words may stay lower-case. */
function mostlyCapitalised(words: string[]): boolean {
  const content = words.filter((word) => /^\p{L}/u.test(word) && word.length > 3)
  if (content.length === 0) return false
  const capitalised = content.filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised / content.length >= 0.6 || words.length <= 3
}
