import {defineRule} from '../../src/rule.js'
import {matchCase, variantPairs, type Variant} from '../../src/language/variants.js'
import {officialNameIndex, type OfficialNameIndex} from '../../src/knowledge/official-names.js'
import {inOfficialContext} from '../../src/knowledge/context.js'
import {readHonorifics} from '../../src/knowledge/claims.js'
import {namesInQuotes} from '../../src/text/quotes.js'
import {spellingFamily, type Dialect} from '../../src/types.js'
import type {Article, Paragraph} from '../../src/article/types.js'
import {capitalisedRunPattern} from '../../src/text/capitalised-runs.js'

interface Resource {
  pairs: Map<string, Variant>
  names: OfficialNameIndex
}

interface Use {
  start: number
  end: number
  word: string
  variant: Variant
}

const dialectName: Record<Dialect, string> = {'en-GB': 'British', 'en-US': 'American', 'en-AU': 'Australian'}

export default defineRule<Resource>({
  meta: {
    id: 'spelling-variant',
    description: 'British and American spellings mixed in one article; the house dialect wins.',
    defaultSeverity: 'warning',
    fixable: true
  },

  load: (settings) => ({pairs: variantPairs(), names: officialNameIndex(settings.officialNames)}),

  check({article, settings, resource, report}) {
    // Official names keep their own spelling: "U.S. Department of Defense".
    const protectedRanges = resource.names
      .find(article)
      .filter((occurrence) => occurrence.canonical && inOfficialContext(article, occurrence))
      .sort((a, b) => a.start - b.start)
    // Words come in reading order, so one cursor walks the ranges once: linear in a long article.
    let range = 0
    const isProtected = (start: number, end: number): boolean => {
      while (range < protectedRanges.length && protectedRanges[range].end < end) range++
      for (let index = range; index < protectedRanges.length && protectedRanges[index].start <= start; index++) {
        if (end <= protectedRanges[index].end) return true
      }
      return false
    }

    const uses: Use[] = []
    let quoted: Set<string> | undefined
    let inName: ((offset: number) => boolean) | undefined
    let surnames: Set<string> | undefined
    for (const token of article.words) {
      // Most words have no other-dialect form: one look-up settles them.
      const hyphenated = token.stem.includes('-')
      if (!hyphenated && !resource.pairs.has(token.lower)) continue
      // Each part of a hyphenated word counts: "Self-Defense".
      const parts = hyphenated ? token.stem.split('-') : [token.stem]
      // Each part where it stands in the prose: markup may stand between them (“Self</em>-Defense”).
      let cursor = token.start + token.text.indexOf(token.stem)
      for (const part of parts) {
        const found = article.prose.indexOf(part, cursor)
        const start = found >= 0 && found + part.length <= token.end ? found : cursor
        const end = start + part.length
        const variant = resource.pairs.get(part.toLowerCase())
        if (
          variant &&
          !isProtected(start, end) &&
          !(variant.unlessNear && near(article.text, start, end, variant.unlessNear)) &&
          !namesADesignation(article.text, start, part) &&
          !namesAUnit(article.text, end, part) &&
          !(quoted ??= namesInQuotes(article.text)).has(part) &&
          !(inName ??= personNames(article))(start) &&
          !(/^\p{Lu}/u.test(part) && (surnames ??= surnamesOf(article)).has(part)) &&
          !afterHonorific(article.text, start)
        ) {
          uses.push({start, end, word: part, variant})
        }
        cursor = end + 1
      }
    }

    const house = settings.dialect
    let longNames: ((paragraph: Paragraph) => ReadonlyArray<readonly [number, number]>) | undefined
    // -ize is Oxford spelling, correct in British copy: only a mix of -ise and
    // -ize is inconsistent there, and then the article's own majority is its
    // convention, so the fewer spelling is the one reported (-ize on a tie).
    const ize = uses.filter((use) => use.variant.dialect === 'en-US' && isIsePair(use)).length
    const ise = uses.filter((use) => use.variant.dialect === 'en-GB' && isIsePair(use)).length
    const counts = new Map<string, number>()
    for (const use of uses) counts.set(use.word.toLowerCase(), (counts.get(use.word.toLowerCase()) ?? 0) + 1)
    const countOf = (word: string) => counts.get(word.toLowerCase()) ?? 0
    for (const use of uses) {
      if (house !== 'en-US' && isIsePair(use)) {
        const writesIze = use.variant.dialect === 'en-US'
        if (ize === 0 || ise === 0 || (writesIze ? ize > ise : ise >= ize)) continue
        if (inDefinedName(article.text, use)) continue
        const fix = matchCase(use.word, use.variant.counterpart)
        report({
          reason: `“${use.word}” is spelled with ${writesIze ? '-ize' : '-ise'}, but this article writes ${writesIze ? '-ise' : '-ize'} ${writesIze ? ise : ize} times and ${writesIze ? '-ize' : '-ise'} ${writesIze ? ize : ise}: both are British, but one article uses one: “${fix}”.`,
          start: use.start,
          end: use.end,
          expected: [fix]
        })
        continue
      }
      if (isHouseForm(use.variant, house)) continue
      if (inDefinedName(article.text, use) || inLongName(use, (longNames ??= longNamesOf(article)), article)) continue
      const fix = matchCase(use.word, use.variant.counterpart)
      const ours = countOf(use.variant.counterpart)
      const theirs = countOf(use.word)
      report({
        reason: `“${use.word}” is the ${dialectName[use.variant.dialect]} spelling; house style is ${dialectName[house]}: “${fix}”. In this article: “${use.variant.counterpart}” ${ours}, “${use.word.toLowerCase()}” ${theirs}.`,
        start: use.start,
        end: use.end,
        expected: [fix]
      })
    }
  }
})

/**
 * organise/organize, modernisation/modernization: the pairs that differ only in -ise and -ize. Not -yse and -yze
 * (analyse/analyze, paralyse): Oxford spelling writes -ize but -yse, so -yze is American in any British copy.
 */
function isIsePair(use: Use): boolean {
  const word = use.word.toLowerCase()
  const other = use.variant.counterpart
  const at = [...word].findIndex((char, index) => char !== other[index])
  return at > 0 && word[at - 1] !== 'y' && word.length === other.length && word.slice(at + 1) === other.slice(at + 1) && 'sz'.includes(word[at]) && 'sz'.includes(other[at])
}

/**
 * Whether the word stands in a capitalised name that the article defines
 * with an acronym: “Defence Acquisition Program Administration (DAPA)” is
 * the name as the writer's source gives it, not a house-style slip.
 */
function inDefinedName(text: string, use: Use): boolean {
  if (!/^\p{Lu}/u.test(use.word)) return false
  const after = /^[\p{L}’'-]*(?:\s+(?:of|for|and|the|&)?\s*\p{Lu}[\p{L}’'-]*)*\s*\(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}\)/u
  return after.test(text.slice(use.start, use.start + 160))
}

/**
 * Whether the word stands in a proper name of four capitalised words or
 * more, which keeps the spelling its owner gives it (“Army Aboriginal
 * Community Assistance Programme” in Australian copy, where the house writes
 * “program”). Not a title, which follows house style (“US Defense Secretary
 * Jim Mattis”), and not a line in title case, whose every word is capitalised.
 */
function inLongName(use: Use, longNames: (paragraph: Paragraph) => ReadonlyArray<readonly [number, number]>, article: Article): boolean {
  if (!/^\p{Lu}/u.test(use.word)) return false
  const paragraph = article.paragraphAt(use.start)
  return paragraph !== undefined && longNames(paragraph).some(([start, end]) => start <= use.start && use.end <= end)
}

/**
 * Where a paragraph's proper names of four capitalised words or more stand
 * (`inLongName`), none in a paragraph in title case. Found once per
 * paragraph: an article may use a variant in one many times.
 */
function longNamesOf(article: Article): (paragraph: Paragraph) => ReadonlyArray<readonly [number, number]> {
  const found = new Map<Paragraph, Array<[number, number]>>()
  return (paragraph) => {
    let names = found.get(paragraph)
    if (!names) {
      names = []
      const text = article.text.slice(paragraph.start, paragraph.end)
      const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word))
      if (words.filter((word) => /^\p{Lu}/u.test(word)).length <= words.length / 2) {
        for (const run of text.matchAll(capitalisedRun)) {
          const parts = run[0].split(/\s+/).filter((word) => /^\p{Lu}/u.test(word))
          if (parts.length >= 4 && !parts.some((word) => titleWords.has(word))) names.push([paragraph.start + run.index, paragraph.start + run.index + run[0].length])
        }
      }
      found.set(paragraph, names)
    }
    return names
  }
}
/**
 * A proper name's run of capitalised words, with “of”, “the”, “and” and “for” between them, or the small words of a
 * French name (“Organisation Conjointe de Coopération en Matière de Programmes d'Armement”, OCCAR's).
 */
const capitalisedRun = capitalisedRunPattern('of|the|and|for|&|de|du|des|en|la|le|et')
/** Words that make a run a title, which follows house style, rather than a name. */
const titleWords = new Set(['Secretary', 'Minister', 'Chief', 'Director', 'Commander', 'Officer', 'Adviser', 'Advisor', 'Spokesperson', 'Spokesman', 'Spokeswoman'])

/** Australian house style is British but for the pairs marked `en-AU` (“program”). */
function isHouseForm(variant: Variant, house: Dialect): boolean {
  if (house === 'en-AU' && variant.australian) return variant.dialect === variant.australian
  return variant.dialect === spellingFamily(house)
}

/** Whether one of `words` is within three words of the range. */
function near(text: string, start: number, end: number, words: readonly string[]): boolean {
  const before = text.slice(Math.max(0, start - 60), start).split(/\s+/).slice(-4)
  const after = text.slice(end, end + 60).split(/\s+/).slice(0, 4)
  return [...before, ...after].some((word) => words.includes(word.toLowerCase().replace(/[^\p{L}]/gu, '')))
}

/**
 * A capitalised word straight after a type designation is the type's name,
 * which keeps its maker's spelling in any house style: “the AC-130H
 * Spectre”, “an F-35 Lightning”.
 */
function namesADesignation(text: string, start: number, word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\b\p{Lu}{1,4}-\d+\p{Lu}{0,3}\s+$/u.test(text.slice(Math.max(0, start - 16), start))
}

/**
 * A capitalised word straight before a unit's noun is the unit's name, which
 * keeps its own spelling: the 3rd Cavalry Regiment's “Sabre squadron” in
 * American copy; so is one before a capitalised “Force” or “Forces”, an armed
 * force's name (“the Finnish Defence Forces”, “the Australian Defence Force”).
 */
function namesAUnit(text: string, end: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false
  const after = text.slice(end, end + 12)
  return /^\s+(?:squadron|regiment|battalion|company|troop|brigade|division|wing|group|flight|flotilla|platoon|battery)\b/iu.test(after) || /^\s+Forces?\b/u.test(after)
}

/**
 * Whether an offset stands in the name of someone the article gives a title (“Commander Yvonne Gray”): a surname
 * keeps its spelling. Asked in reading order, so one cursor walks the names, sorted, once: linear in a long article.
 */
/**
 * The last names of the people the article names with a title: capitalised, they are those people's wherever they
 * stand (“Deputy President Brad Gray said …”, then “Mr Gray told the Chronicle”).
 */
function surnamesOf(article: Article): Set<string> {
  return new Set(article.people().flatMap((person) => person.mentions.map((mention) => mention.name.split(/\s+/u).at(-1) ?? '')))
}

let honorificBefore: RegExp | undefined

/** Whether a word stands right after an honorific of ranks.yaml, as a surname does: “Mr Gray”, “Dr. Gray”, “Dame Kelly”. */
function afterHonorific(text: string, start: number): boolean {
  honorificBefore ??= new RegExp(`(?:^|[^\\p{L}])(?:${readHonorifics().join('|')})\\.?[ \\t]$`, 'u')
  return honorificBefore.test(text.slice(Math.max(0, start - 8), start))
}

function personNames(article: Article): (offset: number) => boolean {
  const names = article.people().flatMap((person) => person.mentions.map((mention) => [mention.nameStart, mention.nameStart + mention.name.length] as const))
  names.sort((a, b) => a[0] - b[0])
  let next = 0
  return (offset) => {
    while (next < names.length && names[next][1] <= offset) next++
    for (let index = next; index < names.length && names[index][0] <= offset; index++) if (offset < names[index][1]) return true
    return false
  }
}
