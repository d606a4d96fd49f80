// npm run eval:real: copydesk judged on real published copy (corpus/real/).
//
// 1. Clean set: every message on a published article is a false flag. Prints
//    flags per 1,000 words per rule and in total, then each flag so a person
//    can judge it. Each article is linted in its outlet's own spelling.
// 2. Natural defects quoted from real pages: recall per rule and kind (a
//    message from the rule that owns the defect, over the defect's text), the
//    share whose first fix is the editor's, and every miss.
// 3. Defects injected into the clean articles (furniture lines, a repeated
//    sentence, a misspelt word, two words run together, another title for a
//    person, a lost closing quote): recall per kind, and the first fix.
// 4. The natural furniture lines of 2. again, each put between two lines
//    of a clean article: recall with the story around the line.
// 5. Fixes for a list of common English misspellings: how often the
//    intended word comes first.
//
// Reports the test half unless EVAL_SPLIT=tune (or all). EVAL_SEED changes
// the injections; EVAL_QUIET=1 leaves out the lists.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lint, ruleIds} from '../dist/src/index.js'
import {loadSpeller} from '../dist/src/language/dictionary.js'
import {fnv1a} from '../dist/src/text/fnv.js'
import {cleanArticles, evalDataLines, furnitureDefects, halfOf, knownSlips, naturalDefects, overlapsAny, wordCount} from './real-copy.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const split = process.env.EVAL_SPLIT ?? 'test'
const half = split === 'all' ? undefined : split
const quiet = process.env.EVAL_QUIET === '1'
/** EVAL_CONTEXT=1: each missed injection with the lines either side of it. */
const showContext = process.env.EVAL_CONTEXT === '1'
let seed = Number(process.env.EVAL_SEED ?? 13)
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = (list) => list[Math.floor(random() * list.length)]
// Kinds added later draw from a sequence of their own, so that the earlier kinds' injections stay as they were.
let runTogetherSeed = seed + 1
const randomRunTogether = () => ((runTogetherSeed = (runTogetherSeed * 1103515245 + 12345) % 2147483648) / 2147483648)
const perThousand = (count, words) => ((count / words) * 1000).toFixed(2)
const show = (line) => quiet || console.log(line)
const oneLine = (text) => text.replace(/\s+/g, ' ').slice(0, 110)
const rangeOf = (message) => [message.place.start.offset, message.place.end.offset]
const lintOne = async (text, dialect, name) => (await lint({path: name, value: text}, {dialect, detectConfig: false}))[0]

async function cleanSet() {
  const articles = cleanArticles(half)
  const counts = Object.fromEntries(ruleIds.map((id) => [id, 0]))
  let words = 0
  let serious = 0
  const flags = []
  const defects = naturalDefects()
  let slipsFound = 0
  for (const article of articles) {
    words += article.words
    const file = await lintOne(article.text, article.dialect, article.file)
    const slips = knownSlips(article, defects)
    for (const message of file.messages) {
      if (overlapsAny(message, slips)) {
        slipsFound++
        continue
      }
      counts[message.ruleId]++
      if (message.fatal !== undefined) serious++
      flags.push(`  ${article.file}:${message.place.start.line} ${message.ruleId} “${oneLine(message.actual ?? '')}” — ${message.reason}`)
    }
  }
  const total = flags.length
  console.log(`\n## Clean published copy (${split} half): ${articles.length} articles, ${words} words`)
  console.log(`all rules: ${total} flags = ${perThousand(total, words)} per 1,000 words (target ≤ 1.50); warnings and errors ${perThousand(serious, words)} (target ≤ 0.50)`)
  for (const id of ruleIds) console.log(`  ${id.padEnd(17)} ${String(counts[id]).padStart(4)}  ${perThousand(counts[id], words)}`)
  console.log(`(messages on the published slips these articles carry, listed in corpus/real/defects/ and not counted as false flags: ${slipsFound})`)
  if (flags.length > 0) show('flags:\n' + flags.join('\n'))
  return {articles, words, total, counts}
}

/**
 * Furniture and off-topic passages are one kind of defect: text that is not
 * the story. Either rule may own a related headline or an advert. And a
 * misspelt word inside an official name is the official-name rule's to
 * report, a real word typed for another the real-word rule's (each
 * supersedes spelling on the same word: one defect, one message, from the
 * more specific rule): either message is the misspelling caught.
 */
const sameDefect = {boilerplate: ['boilerplate', 'off-topic'], 'off-topic': ['off-topic', 'boilerplate'], spelling: ['spelling', 'official-name', 'real-word']}

/**
 * Words a scraper glued together are one defect whoever owns the split (`boilerplate` for a page's
 * label, `spelling` for a missing space, as issue 14 assigns them): the quoted pages' labels do not
 * always say which it is.
 */
const gluedOwners = ['boilerplate', 'spelling']

/** Where `part` stands in `text`, each time. */
function occurrences(text, part) {
  const found = []
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) found.push(at)
  return found.length > 0 ? found : [-1]
}

/** Whether a message of `rule` (for glued words, of either owner) covers part of the `from`–`to` range of the text. */
function caughtBy(messages, rule, from, to, kind) {
  const rules = kind === 'glued-words' ? gluedOwners : (sameDefect[rule] ?? [rule])
  return messages.find((message) => {
    const [start, end] = rangeOf(message)
    return rules.includes(message.ruleId) && start < to && end > from
  })
}

async function defectSet() {
  // Slips recorded by a pattern (spacing.yaml) or by copydesk's own finding say nothing of recall: the same check finds them.
  const all = naturalDefects(half).filter((defect) => defect.recorded === undefined)
  const defects = all.filter((defect) => ruleIds.includes(defect.rule))
  const byKind = new Map()
  const misses = []
  let fixed = 0
  let withFix = 0
  const wrongFixes = []
  const fixesByRule = new Map()
  const caughtAlone = new Set()
  for (const defect of defects) {
    const text = defect.text.replace(/\n+$/, '')
    const file = await lintOne(text, defect.dialect ?? 'en-GB', defect.id)
    // A repeated sentence is quoted as it reads, and the quote finds the first copy: the editor deletes either,
    // and the rule reports the second. A message on any copy is the find.
    const copies = defect.rule === 'duplicate' ? occurrences(text, defect.catch) : [text.indexOf(defect.catch)]
    let from = copies[0]
    let message
    for (const at of copies) {
      message = at >= 0 && caughtBy(file.messages, defect.rule, at, at + defect.catch.length, defect.kind)
      if (message) {
        from = at
        break
      }
    }
    if (message) caughtAlone.add(defect)
    const key = `${defect.rule} / ${defect.kind}`
    const tally = byKind.get(key) ?? {found: 0, all: 0}
    tally.all++
    if (message) {
      tally.found++
      if (defect.fix !== undefined && defect.fix !== '') {
        withFix++
        // Right when the text the message's fix makes is the text the editor's fix makes. An apostrophe counts as
        // one, curly or straight: the editor recorded the fix with whichever the keyboard gave ("it's"), and the
        // rule writes the one the article writes.
        const [start, end] = rangeOf(message)
        const ours = text.slice(0, start) + (message.expected?.[0] ?? '') + text.slice(end)
        const theirs = text.slice(0, from) + defect.fix + text.slice(from + defect.catch.length)
        const same = (version) => version.replace(/\s+/g, ' ').replaceAll('’', "'")
        const right = same(ours) === same(theirs)
        if (right) fixed++
        else wrongFixes.push(`  ${defect.id} [${defect.rule}] “${oneLine(defect.catch)}” → “${message.expected?.[0] ?? '(none)'}” (wanted “${defect.fix}”)`)
        const ruleTally = fixesByRule.get(defect.rule) ?? {fixed: 0, all: 0}
        ruleTally.all++
        if (right) ruleTally.fixed++
        fixesByRule.set(defect.rule, ruleTally)
      }
    } else {
      const others = file.messages.map((other) => other.ruleId).join(', ') || 'nothing'
      misses.push(`  ${defect.id} [${defect.rule}] “${oneLine(defect.catch)}” (got: ${others}) ${defect.url}`)
    }
    byKind.set(key, tally)
  }
  const found = [...byKind.values()].reduce((sum, tally) => sum + tally.found, 0)
  // Story lines that look like furniture (rule “none”) are no defect: they are counted apart, as lines that must stay silent.
  const unclaimed = all.filter((defect) => !ruleIds.includes(defect.rule) && defect.rule !== 'none')
  console.log(`\n## Natural defects from real pages (${split} half): ${defects.length} of the kinds copydesk claims (and ${unclaimed.length} it does not yet: ${[...new Set(unclaimed.map((defect) => defect.rule))].join(', ') || 'none'})`)
  console.log(`recall ${found}/${defects.length} = ${(found / Math.max(1, defects.length)).toFixed(2)}; first fix right ${fixed}/${withFix} of the caught ones that have a fix (${[...fixesByRule].map(([rule, tally]) => `${rule} ${tally.fixed}/${tally.all}`).join(', ')})`)
  const byRule = new Map()
  for (const [key, tally] of byKind) {
    const rule = key.split(' / ')[0]
    const sum = byRule.get(rule) ?? {found: 0, all: 0}
    sum.found += tally.found
    sum.all += tally.all
    byRule.set(rule, sum)
  }
  for (const [rule, tally] of [...byRule].sort()) console.log(`  ${rule.padEnd(17)} ${tally.found}/${tally.all} = ${(tally.found / tally.all).toFixed(2)}`)
  // The slips a clean article carries, judged again in the whole article, as an editor meets them: the
  // quoted line alone lacks what the rest of the story says (a name used elsewhere, the story's subject).
  const inArticles = defects.filter((defect) => defect.file)
  if (inArticles.length > 0) {
    const articles = new Map(cleanArticles().map((article) => [article.file, article]))
    const linted = new Map()
    let foundInArticle = 0
    for (const defect of inArticles) {
      const article = articles.get(defect.file)
      if (!linted.has(defect.file)) linted.set(defect.file, await lintOne(article.text, article.dialect, article.file))
      const [[from, to]] = knownSlips(article, [defect])
      if (caughtBy(linted.get(defect.file).messages, defect.rule, from, to, defect.kind)) foundInArticle++
    }
    const foundAlone = inArticles.filter((defect) => caughtAlone.has(defect)).length
    console.log(`  of these, the ${inArticles.length} slips clean articles carry: ${foundInArticle} caught in their article (${foundAlone} in the quoted line alone, as counted above)`)
  }
  for (const [key, tally] of [...byKind].sort()) show(`    ${key.padEnd(40)} ${tally.found}/${tally.all}`)
  if (misses.length > 0) show('misses:\n' + misses.join('\n'))
  if (wrongFixes.length > 0) show('wrong first fix:\n' + wrongFixes.join('\n'))
  await lookalikes(all.filter((defect) => defect.kind === 'lookalike'))
}

/** Lines of real pages that look like furniture and are the story's (a crosshead, a list item): any furniture message on one is a false flag. */
async function lookalikes(lines) {
  if (lines.length === 0) return
  const flagged = []
  for (const line of lines) {
    const text = line.text.replace(/\n+$/, '')
    const from = text.indexOf(line.catch)
    const file = await lintOne(text, line.dialect ?? 'en-GB', line.id)
    const message = caughtBy(file.messages, 'boilerplate', from, from + line.catch.length)
    if (message) flagged.push(`  ${line.id} [${message.ruleId}] “${oneLine(line.catch)}” — ${message.reason}`)
  }
  console.log(`story lines that look like furniture: ${flagged.length}/${lines.length} flagged as furniture (target 0)`)
  if (flagged.length > 0) show(flagged.join('\n'))
}

/**
 * The natural furniture and off-topic lines of the defect sets (those whose
 * quote holds the whole line), each put between two lines of a clean article
 * of the half, as the page had it between the story's paragraphs. Quoted
 * with a line of context either side, a line is judged with almost no story
 * around it; here the story is there, as in an editor's copy. Story lines
 * that look like furniture are not put in: in another story a crosshead is
 * another story's headline. Each line's article and place are drawn from
 * its own sequence, seeded by its id: a set added later moves no other
 * line, so figures before and after a new set compare line by line.
 */
async function furnitureInArticles(articles) {
  const lines = furnitureDefects(half).filter((defect) => defect.recorded === undefined)
  const byKind = new Map()
  const misses = []
  for (const defect of lines) {
    let draws = fnv1a(`${seed}:${defect.id}`) % 2147483648
    const draw = () => ((draws = (draws * 1103515245 + 12345) % 2147483648) / 2147483648)
    const article = articles[Math.floor(draw() * articles.length)]
    const story = article.text.replace(/\n+$/, '').split('\n')
    const at = 2 + Math.floor(draw() * Math.max(1, story.length - 2))
    const line = defect.catch.trim()
    const from = story.slice(0, at).join('\n').length + 1
    const file = await lintOne([...story.slice(0, at), line, ...story.slice(at)].join('\n') + '\n', article.dialect, article.file)
    const key = `${defect.rule} / ${defect.kind}`
    const tally = byKind.get(key) ?? {found: 0, all: 0}
    tally.all++
    if (caughtBy(file.messages, defect.rule, from, from + line.length)) tally.found++
    else misses.push(`  ${defect.id} in ${article.file}:${at + 1} “${oneLine(line)}”`)
    byKind.set(key, tally)
  }
  const found = [...byKind.values()].reduce((sum, tally) => sum + tally.found, 0)
  console.log(`\n## Natural furniture lines in clean articles (${split} half): recall ${found}/${lines.length} = ${(found / Math.max(1, lines.length)).toFixed(2)}`)
  for (const [key, tally] of [...byKind].sort()) show(`    ${key.padEnd(40)} ${tally.found}/${tally.all}`)
  if (misses.length > 0) show('misses:\n' + misses.join('\n'))
}

// Injections. Furniture lines come from scripts/eval-data/: furniture.txt,
// written for this evaluation and looked at while rules were tuned, goes to
// the tuning half only; furniture-heldout.txt, lines collected from real
// pages blind to the rules, is split like everything else by a hash of each
// line, its tuning half beside furniture.txt and its test half alone in the
// test half.
const heldOut = evalDataLines('furniture-heldout.txt')
const furniture = [...(split === 'test' ? [] : evalDataLines('furniture.txt')), ...heldOut.filter((line) => !half || halfOf(line) === half)]
const furnitureFile = split === 'test' ? 'the held-out lines' : split === 'tune' ? 'furniture.txt and the held-out lines' : 'every furniture line'

/** A one-edit misspelling of a word that is no dictionary word, or undefined. */
function misspell(word, speller) {
  for (let attempt = 0; attempt < 6; attempt++) {
    const at = 1 + Math.floor(random() * (word.length - 2))
    const kind = Math.floor(random() * 4)
    const slip =
      kind === 0 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) // transposed
      : kind === 1 ? word.slice(0, at) + word.slice(at + 1) // dropped
      : kind === 2 ? word.slice(0, at) + word[at] + word.slice(at) // doubled
      : word.replace(/ie|ei/, (pair) => pair[1] + pair[0]) // ie/ei
    if (slip !== word && !speller.correct(slip)) return slip
  }
  return undefined
}

// Titles and the title of the same ladder a slip or a wrong source gives instead.
// (Not a rank with more words before it: “General” is how a Lieutenant General is addressed.)
// Initials end with a full stop; a name followed by one ends its sentence (“Air Marshal Tejinder Singh. The”).
const otherTitle = {
  General: 'Colonel', 'Gen': 'Col', 'Lieutenant General': 'Major General', 'Lt Gen': 'Maj Gen', 'Major General': 'Brigadier General', 'Maj Gen': 'Brig Gen',
  'Brigadier General': 'Colonel', 'Brig Gen': 'Col', Brigadier: 'Colonel', Colonel: 'Major', Col: 'Maj', Admiral: 'Commodore', 'Adm': 'Cdre',
  'Vice Admiral': 'Rear Admiral', 'Vice Adm': 'Rear Adm', 'Rear Admiral': 'Commodore', Commodore: 'Captain', Captain: 'Commander', Capt: 'Cdr',
  'Air Chief Marshal': 'Air Marshal', 'Air Marshal': 'Air Vice Marshal', 'Air Vice Marshal': 'Air Commodore', 'Group Captain': 'Wing Commander',
  'Defence Minister': 'Foreign Minister', 'Defense Minister': 'Foreign Minister', 'Secretary of Defense': 'Secretary of State', 'Defence Secretary': 'Foreign Secretary'
}
const titledPerson = new RegExp(`\\b(${Object.keys(otherTitle).sort((a, b) => b.length - a.length).map((title) => title.replace(/ /g, '\\.?\\s+')).join('|')})\\.?\\s+(?:(?:\\p{Lu}\\.)+\\s*|\\p{Lu}\\p{L}*\\s+){0,2}(\\p{Lu}\\p{Ll}{2,})\\b(?!\\s+\\p{Lu})`, 'u')

const injectors = {
  /** A furniture line between two body paragraphs. */
  async furniture(lines) {
    const at = 2 + Math.floor(random() * Math.max(1, lines.length - 2))
    const line = pick(furniture)
    return {lines: [...lines.slice(0, at), line, ...lines.slice(at)], line: at, target: line, rule: 'boilerplate'}
  },
  /** A body sentence repeated as a paragraph of its own further down. */
  async duplicate(lines) {
    const candidates = lines.map((line, index) => [line, index]).filter(([line, index]) => index > 0 && wordCount(line) >= 12 && wordCount(line) <= 60)
    if (candidates.length === 0) return undefined
    const [line, index] = pick(candidates)
    const sentence = line.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/)[0]
    if (wordCount(sentence) < 8) return undefined
    const at = Math.min(lines.length, index + 2)
    return {lines: [...lines.slice(0, at), sentence, ...lines.slice(at)], line: at, target: sentence, rule: 'duplicate'}
  },
  /** One lower-case word of six letters or more, misspelt by one edit. */
  async misspelling(lines, speller) {
    const index = 1 + Math.floor(random() * (lines.length - 1))
    const words = [...(lines[index] ?? '').matchAll(/(?<![\p{L}’'-])[a-z]{6,}(?![\p{L}’'-])/gu)]
    if (words.length === 0) return undefined
    const match = pick(words)
    const slip = misspell(match[0], speller)
    if (!slip) return undefined
    const line = lines[index].slice(0, match.index) + slip + lines[index].slice(match.index + match[0].length)
    return {lines: lines.map((text, at) => (at === index ? line : text)), line: index, target: slip, rule: 'spelling', fix: match[0]}
  },
  /**
   * A person named earlier given another rank or office in a sentence added
   * at the end ("Maj Gen Sharma declined to comment." in a story about Lt Gen
   * Anil Sharma), as the people issue describes.
   */
  async 'title-conflict'(lines) {
    for (const [index, line] of lines.entries()) {
      const match = titledPerson.exec(line)
      if (!match || index === 0) continue
      const [, title, family] = match
      const other = otherTitle[title.replace(/\./g, '')]
      if (!other) continue
      const sentence = `${other} ${family} declined to comment on the matter.`
      return {lines: [...lines, sentence], line: lines.length, target: other, rule: 'person-title'}
    }
    return undefined
  },
  /** Two lower-case words of the story run together, the space between them lost (“maritimepartnerships”), where that makes no dictionary word. */
  async 'run-together'(lines, speller) {
    const index = 1 + Math.floor(randomRunTogether() * (lines.length - 1))
    const pairs = [...(lines[index] ?? '').matchAll(/(?<![\p{L}\p{N}’'-])([a-z]{2,}) ([a-z]{2,})(?![\p{L}\p{N}’'-])/gu)].filter((match) => !speller.correct(match[1] + match[2]))
    if (pairs.length === 0) return undefined
    const match = pairs[Math.floor(randomRunTogether() * pairs.length)]
    const joined = match[1] + match[2]
    const line = lines[index].slice(0, match.index) + joined + lines[index].slice(match.index + match[0].length)
    return {lines: lines.map((text, at) => (at === index ? line : text)), line: index, target: joined, rule: 'spelling', fix: match[0]}
  },
  /** A quotation whose closing mark is lost. */
  async 'lost-quote'(lines) {
    const candidates = lines.map((line, index) => [line, index]).filter(([line]) => /“[^“”]{10,}”/u.test(line))
    if (candidates.length === 0) return undefined
    const [line, index] = pick(candidates)
    const match = /“[^“”]{10,}”/u.exec(line)
    const broken = line.slice(0, match.index + match[0].length - 1) + line.slice(match.index + match[0].length)
    return {lines: lines.map((text, at) => (at === index ? broken : text)), line: index, target: broken, rule: 'quote-balance'}
  }
}

async function injected(articles) {
  const speller = {}
  for (const article of articles) speller[article.dialect] ??= await loadSpeller(article.dialect)
  const tallies = {}
  const misses = []
  for (const article of articles) {
    for (const [kind, inject] of Object.entries(injectors)) {
      const lines = article.text.replace(/\n+$/, '').split('\n')
      const trial = await inject(lines, speller[article.dialect])
      if (!trial) continue
      const text = trial.lines.join('\n') + '\n'
      const lineStart = trial.lines.slice(0, trial.line).join('\n').length + (trial.line > 0 ? 1 : 0)
      const from = lineStart + trial.lines[trial.line].indexOf(trial.target)
      const file = await lintOne(text, article.dialect, article.file)
      const message = caughtBy(file.messages, trial.rule, from, from + trial.target.length)
      const tally = (tallies[kind] ??= {found: 0, all: 0, fixed: 0})
      tally.all++
      if (message) {
        tally.found++
        if (trial.fix && message.expected?.[0] === trial.fix) tally.fixed++
      } else misses.push(`  ${kind} in ${article.file}: “${oneLine(trial.target)}”` + (showContext ? `\n    line ${trial.line}, between “${oneLine(trial.lines[trial.line - 1] ?? '')}” and “${oneLine(trial.lines[trial.line + 1] ?? '')}”` : ''))
    }
  }
  console.log(`\n## Defects injected into the clean articles (${split} half, seed ${process.env.EVAL_SEED ?? 13})`)
  for (const [kind, tally] of Object.entries(tallies)) {
    const fix = kind === 'misspelling' || kind === 'run-together' ? `, first fix right ${tally.fixed}/${tally.found}` : kind === 'furniture' ? ` (${furnitureFile})` : ''
    console.log(`  ${kind.padEnd(12)} recall ${tally.found}/${tally.all} = ${(tally.found / tally.all).toFixed(2)}${fix}`)
  }
  if (misses.length > 0) show('misses:\n' + misses.join('\n'))
}

/**
 * The fix an editor wants, first: common English misspellings (Wikipedia's
 * list, scripts/eval-data/common-misspellings.tsv), each linted on its own.
 * Either dialect's spelling of the intended word counts.
 */
async function commonMisspellings() {
  const pairs = readFileSync(path.join(root, 'scripts', 'eval-data', 'common-misspellings.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'))
  let flagged = 0
  let first = 0
  const wrong = []
  for (const [typo, intended] of pairs) {
    const [file] = await lint({path: typo, value: typo}, {dialect: 'en-US', detectConfig: false, rules: Object.fromEntries(ruleIds.map((id) => [id, id === 'spelling' ? 'warning' : 'off']))})
    const [message] = file.messages
    if (!message) continue
    flagged++
    const fix = (message.expected?.[0] ?? '').toLowerCase()
    if (fix === intended || sameWord(fix, intended)) first++
    else wrong.push(`  ${typo} → ${fix || '(none)'} (wanted ${intended})`)
  }
  console.log(`\n## Fixes for ${pairs.length} common misspellings: flagged ${flagged}, intended word first ${first}/${flagged} = ${(first / Math.max(1, flagged)).toFixed(2)}`)
  if (wrong.length > 0) show('wrong first fix:\n' + wrong.join('\n'))
}

/** British and American forms of one word (fulfil/fulfill, endeavour/endeavor). */
function sameWord(a, b) {
  const fold = (word) => word.replace(/our$/, 'or').replace(/ll$/, 'l').replace(/ae/, 'e').replace(/re$/, 'er').replace(/ise$/, 'ize')
  return fold(a) === fold(b)
}

const started = performance.now()
const clean = await cleanSet()
await defectSet()
await injected(clean.articles)
await furnitureInArticles(clean.articles)
await commonMisspellings()
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`)
