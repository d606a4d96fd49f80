import type {Article} from '../article/types.js'
import {ruleDataPath} from '../paths.js'
import {readYamlData} from '../text/data-files.js'
import {findOffices} from './offices.js'

/** An article's statement that someone holds (or held) an office. */
export interface OfficeClaim {
  /** Family name: the last word of the name, possessive dropped. */
  person: string
  /** The name as written (“Rajnath Singh”, “AP Singh”, “Singh”). */
  name: string
  /** The office's one name (offices.yaml). */
  office: string
  former: boolean
  start: number
  end: number
  /** The office as written. */
  text: string
}

let nameAfterPattern: RegExp | undefined

/** A name of up to three capitalised words after an office, optionally after an honorific (ranks.yaml): “Minister of Defense, Mr. Gen Nakatani”. */
function nameAfter(): RegExp {
  if (!nameAfterPattern) {
    const file = ruleDataPath('person-title', 'ranks.yaml')
    const honorifics = (readYamlData(file) as {honorifics?: string[]}).honorifics
    if (!Array.isArray(honorifics)) throw new Error(`${file}: expected a list under “honorifics”`)
    nameAfterPattern = new RegExp(`^[\\s,]*(?:(?:of|for)\\s+\\p{Lu}[\\p{L}]+,?\\s+)?(?:(?:${honorifics.join('|')})\\.?\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{Ll}'-]+)`, 'u')
  }
  return nameAfterPattern
}
/** A name before an appositive that holds the office: “General Nakatani, Japan’s … former Defence Minister”. */
const nameBefore = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{Ll}'-]+),\s+(?:\p{Lu}[\p{L}]+['’]s\s+)?[^,.;]*$/u

/** Who holds which office, according to one article. */
export function officeClaims(article: Article): OfficeClaim[] {
  const found: OfficeClaim[] = []
  for (const sentence of article.sentences) {
    for (const mention of findOffices(sentence.text)) {
      const after = nameAfter().exec(sentence.text.slice(mention.end))
      const before = after ? undefined : nameBefore.exec(sentence.text.slice(0, mention.start))
      const name = after?.[1] ?? before?.[1]
      if (!name) continue
      found.push({
        person: name.trim().split(/\s+/).at(-1)!.replace(/['’]s$/, ''),
        name: name.trim().replace(/['’]s$/, ''),
        office: mention.office,
        former: mention.former,
        start: sentence.start + mention.start,
        end: sentence.start + mention.end,
        text: sentence.text.slice(mention.start, mention.end)
      })
    }
  }
  return found
}
