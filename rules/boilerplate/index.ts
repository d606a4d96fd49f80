import {defineRule} from '../../src/rule.js'
import {readYamlData} from '../../src/text/data-files.js'
import {ruleDataPath} from '../../src/paths.js'
import {furnitureRoles} from '../../src/article/types.js'
import {ConfigError} from '../../src/config/types.js'
import {backtrackingRisk} from '../../src/text/safe-pattern.js'
import {leftReferences} from './character-references.js'

interface Pattern {
  name: string
  regex: RegExp
  reason: string
  fix: string
}

const dataFile = ruleDataPath('boilerplate', 'patterns.yaml')

export default defineRule<Pattern[]>({
  meta: {
    id: 'boilerplate',
    description: 'Web-page furniture left in an article: menus, share buttons, “Also Read:” lines, image credits, scraper markers.',
    defaultSeverity: 'error',
    supersedes: ['spelling', 'real-word', 'duplicate', 'quote-balance', 'superlative', 'off-topic', 'readability', 'acronym', 'spelling-variant', 'official-name', 'repeated-word', 'person-title'],
    fixable: true
  },

  load: (settings) => [...loadPatterns(dataFile), ...(settings.furniturePatterns ? loadPatterns(settings.furniturePatterns) : [])],

  check({article, resource, report}) {
    const taken: Array<[number, number]> = []
    // Whole lines the article annotations read as furniture of the web page.
    for (const paragraph of article.paragraphs) {
      if (!furnitureRoles.has(paragraph.role)) continue
      // From its first word to its last, read in the prose (markup blanked): a paragraph of HTML may open with the
      // white space after its tag, or with an image or a script of the page between blocks, which are not the line's.
      const line = article.prose.slice(paragraph.start, paragraph.end)
      const start = paragraph.start + line.length - line.trimStart().length
      const end = paragraph.start + line.trimEnd().length
      taken.push([start, end])
      // Quoted by its words, on one line: in HTML, a menu's line holds the tags between its links (“Home</a> <a
      // href=…>News”), and a paragraph of Markdown or HTML may run over several lines of the source.
      const words = article.prose.slice(start, end)
      const text = (words === article.text.slice(start, end) ? words : words.replace(/\s{2,}/g, ' ')).replace(/\s*\n\s*/g, ' ')
      // Evidence that names the page already (“a section label of the page”, “the page’s menu”) is not told “from the web page” again.
      const evidence = paragraph.roleEvidence ?? `a ${paragraph.role} line`
      report({
        reason: `“${text}” is ${evidence}${/\bpage\b/u.test(evidence) ? '' : ' from the web page'}, not part of the article; delete it.`,
        start,
        end,
        expected: [''],
        note: 'Told by the line’s shape and place (src/article/roles.ts) and the labels in corpus/page-furniture.yaml.'
      })
    }
    // A photo credit glued to the end of a line of the article: the credit goes, the line stays.
    for (const {credit} of article.paragraphs) {
      if (!credit) continue
      taken.push([credit.start, credit.end])
      const text = article.text.slice(credit.start, credit.end)
      report({
        reason: `“${text}” is a photo credit the page glued to the end of the paragraph, not part of the article; delete it.`,
        start: credit.start,
        end: credit.end,
        expected: [''],
        note: 'Told by the end of the line (trailingCredit in src/article/roles.ts) and the credit words in corpus/page-furniture.yaml.'
      })
    }
    // Characters the page's code or its encoding left in the text, each written as the character it stands for:
    // a character reference in plain text (“Kashmir&#039;s”; in Markdown and HTML it is the format's own way to
    // write one), and a character a wrong encoding garbled (“Pakistanâ€™s”).
    const characters = [
      ...(article.markup ? [] : leftReferences(article.text)).map((found) => ({
        ...found,
        reason: `“${found.actual}” is a character reference from the web page's code, left in the text: write the character it stands for${found.character === ' ' ? ' (a space)' : `, “${found.character}”`}.`,
        note: 'Told by rules/boilerplate/character-references.ts.'
      })),
      ...article.garbled().map((found) => ({
        ...found,
        reason: `“${found.actual}” is “${found.character}” garbled: the page's text was read in the wrong character encoding (UTF-8 as Windows-1252). Write “${found.character}”.`,
        note: 'Told by decoding the characters again (src/text/garbled-characters.ts).'
      }))
    ]
    for (const {start, end, actual, character, reason, note} of characters) {
      if (taken.some(([left, right]) => start < right && end > left)) continue
      taken.push([start, end])
      report({reason, start, end, actual, expected: [character], note})
    }
    // Patterns run on each paragraph's text, so that ^ and $ mean the edges of
    // a line of prose in plain text, Markdown and HTML alike.
    for (const paragraph of article.paragraphs) {
      for (const pattern of resource) {
        // Most lines match no pattern: asked first, as `matchAll` copies the pattern on every call.
        pattern.regex.lastIndex = 0
        if (!pattern.regex.test(paragraph.text)) continue
        pattern.regex.lastIndex = 0
        for (const match of paragraph.text.matchAll(pattern.regex)) {
          const [from, to] = match.indices?.groups?.target ?? withCaptures(match.indices!)
          const start = paragraph.start + from
          const end = paragraph.start + to
          if (end === start || taken.some(([left, right]) => start < right && end > left)) continue
          taken.push([start, end])
          const text = article.text.slice(start, end)
          report({
            reason: pattern.reason.replaceAll('{text}', text),
            start,
            end,
            expected: [pattern.fix.toLowerCase() === 'delete' ? '' : pattern.fix.replace(/\$<(\w+)>/g, (_, name: string) => match.groups?.[name] ?? '')],
            note: `Pattern “${pattern.name}” in rules/boilerplate/patterns.yaml.`
          })
        }
      }
    }
  }
})

/**
 * Patterns from a YAML file: the shipped ones, or a newsroom's. Each runs on
 * every paragraph, so a pattern that could backtrack exponentially is refused
 * with the reason, before any article is read.
 */
function loadPatterns(file: string): Pattern[] {
  const fail = (problem: string): never => {
    throw new ConfigError(`${file}: ${problem}`)
  }
  let data: {patterns?: Array<Record<string, unknown>>}
  try {
    data = readYamlData(file) as typeof data
  } catch (error) {
    throw new ConfigError((error as Error).message)
  }
  if (!Array.isArray(data?.patterns)) fail('expected a list under “patterns”')
  return data.patterns!.map((entry, index) => {
    const {name, regex, reason, fix} = entry ?? {}
    if (typeof name !== 'string' || typeof regex !== 'string' || typeof reason !== 'string' || typeof fix !== 'string') {
      return fail(`pattern ${index + 1} needs string fields name, regex, reason and fix`)
    }
    const risk = backtrackingRisk(regex)
    if (risk) fail(`pattern “${name}” refused: ${risk}`)
    let compiled: RegExp
    try {
      compiled = new RegExp(regex, 'gmud')
    } catch (error) {
      return fail(`pattern “${name}”: ${(error as Error).message}`)
    }
    // A fix that names a group the pattern lacks would insert nothing in its place (“destroyer” → “ x”).
    const groups = new Set(Object.keys(new RegExp(`${regex}|`, 'du').exec('')?.groups ?? {}))
    for (const [, group] of fix.matchAll(/\$<([^>]*)>/g)) if (!groups.has(group)) fail(`pattern “${name}”: its fix names a group “${group}” the pattern does not have`)
    return {name, regex: compiled, reason, fix}
  })
}

/** A match's range, stretched over the named groups it captured (one a lookbehind captured lies before the match). */
function withCaptures(indices: RegExpIndicesArray): [number, number] {
  let [from, to] = indices[0]
  for (const span of Object.values(indices.groups ?? {})) {
    if (!span) continue
    from = Math.min(from, span[0])
    to = Math.max(to, span[1])
  }
  return [from, to]
}
