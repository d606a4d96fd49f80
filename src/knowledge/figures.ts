import type {Article} from '../article/types.js'

/** A figure an article gives about its story: how many were killed, what a contract is worth. */
export interface FigureClaim {
  /** What the figure counts (“killed”, “injured”, “contract value”). */
  what: string
  /** The figure as a number, for comparing articles. */
  value: number
  /** The figure as written (“14”, “fourteen”, “$2.1 billion”). */
  text: string
  start: number
  end: number
}

const smallNumbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
const count = `(\\d[\\d,]*|${smallNumbers.join('|')})`
const who = '(?:people|persons|soldiers|troops|civilians|militants|personnel|sailors|airmen|marines|policemen|police officers|officers|terrorists|jawans|crew members|passengers)'
const outcome = '(killed|dead|injured|wounded|missing)'
/** “14 soldiers were killed”, “killed 14 soldiers”: a count of casualties. */
const casualties = new RegExp(`(?<!\\w)${count}\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+)?${who}\\s+(?:were\\s+|have been\\s+|had been\\s+|are\\s+)?${outcome}(?!\\w)|(?<!\\w)(killed|injured|wounded)\\s+(?:at least\\s+)?${count}\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+)?${who}(?!\\w)`, 'giu')
/** “a $2.1 billion contract”, “Rs 1,200 crore deal”: what a contract is worth. */
const money = /(?:US\$|A\$|\$|£|€|₹|Rs\.?\s?|INR\s?)(\d[\d,]*(?:\.\d+)?)\s*(billion|million|crore|lakh|bn|m)?\b/gi
const multipliers: Record<string, number> = {billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, crore: 1e7, lakh: 1e5}

function numberOf(text: string): number {
  const word = smallNumbers.indexOf(text.toLowerCase())
  return word >= 0 ? word : Number(text.replace(/,/g, ''))
}

/** The casualty counts and contract values an article gives, one figure per kind per sentence. */
export function figureClaims(article: Article): FigureClaim[] {
  const found: FigureClaim[] = []
  for (const sentence of article.sentences) {
    for (const match of sentence.text.matchAll(casualties)) {
      const [text, what] = match[1] ? [match[1], match[2].toLowerCase()] : [match[4], match[3].toLowerCase()]
      const start = sentence.start + match.index + match[0].indexOf(text)
      found.push({what: what === 'dead' ? 'killed' : what === 'wounded' ? 'injured' : what, value: numberOf(text), text, start, end: start + text.length})
    }
    if (!/\b(?:contract|deal|order|package)\b/i.test(sentence.text)) continue
    const amounts = [...sentence.text.matchAll(money)]
    // One amount in the sentence: which of several a contract is worth is beyond a pattern.
    if (amounts.length !== 1) continue
    const [match] = amounts
    const value = Number(match[1].replace(/,/g, '')) * (multipliers[(match[2] ?? '').toLowerCase()] ?? 1)
    found.push({what: 'contract value', value, text: match[0].trim(), start: sentence.start + match.index, end: sentence.start + match.index + match[0].trim().length})
  }
  return found
}

/** A count written the way another figure is: in digits (“1,200”) or in words (“Thirteen”). */
export function countLike(written: string, value: number): string {
  if (/^\d/.test(written) || value >= smallNumbers.length) return value.toLocaleString('en-US')
  const word = smallNumbers[value]
  return /^\p{Lu}/u.test(written) ? word[0].toUpperCase() + word.slice(1) : word
}
