// The real-copy sets in corpus/real/: published clean articles (listed with
// their sources in corpus/real/SOURCES.md) and natural defects quoted from
// real pages (corpus/real/defects/defects.yaml). Each item names its half:
// `tune` may be looked at while changing rules, `test` only to report on.
// Shared by `npm run eval:real` and the test suite's fast subset.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {fnv1a} from '../dist/src/text/fnv.js'

export const realRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus', 'real')

/** The columns of the table in corpus/real/SOURCES.md, by header name. */
function markdownTable(text) {
  const rows = text.split('\n').filter((line) => line.startsWith('|'))
  const cells = (line) => line.slice(1, line.lastIndexOf('|')).split('|').map((cell) => cell.trim())
  const header = cells(rows[0])
  return rows.slice(2).map((line) => Object.fromEntries(cells(line).map((cell, index) => [header[index], cell])))
}

/**
 * The clean articles: `{file, half, dialect, outlet, text, words}`, in the
 * order SOURCES.md lists them. `half` filters to one half.
 */
export function cleanArticles(half) {
  return articleRows()
    .filter((row) => !half || row.half === half)
    .map((row) => {
      const text = readFileSync(path.join(realRoot, 'clean', row.file), 'utf8')
      return {file: row.file, half: row.half, dialect: row.dialect, outlet: row.outlet, text, words: wordCount(text)}
    })
}

/** The rows of SOURCES.md's table that name an article, its file name unquoted. */
function articleRows() {
  return markdownTable(readFileSync(path.join(realRoot, 'SOURCES.md'), 'utf8'))
    .filter((row) => row.file)
    .map((row) => ({...row, file: row.file.replace(/^`|`$/g, '')}))
}

/**
 * The natural defects of every file in corpus/real/defects/, each
 * `{id, rule, kind, url, outlet, text, catch, fix, file?, half}`. `file`
 * names the clean article whose published text carries the defect: there
 * a message on `catch` is a find, not a false flag. A defect's half follows
 * from its id, as an article's from its file name.
 */
export function naturalDefects(half) {
  const folder = path.join(realRoot, 'defects')
  const list = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => parse(readFileSync(path.join(folder, name), 'utf8')))
    .map((defect) => ({...defect, half: halfOf(defect.id)}))
  const dialects = pageDialects()
  for (const defect of list) defect.dialect ??= dialects(defect)
  return list.filter((defect) => !half || defect.half === half)
}

/**
 * The dialect of a defect's page, as a newsroom would set it for that
 * outlet: its clean article's, or that of the clean articles from the same
 * site when they agree; a US government or military site's is American, an
 * Australian site's Australian; any other page is checked as British copy.
 */
function pageDialects() {
  const articles = new Map()
  const sites = new Map()
  for (const row of articleRows()) {
    articles.set(row.file, row.dialect)
    const site = siteOf(row.url)
    if (site) sites.set(site, sites.has(site) && sites.get(site) !== row.dialect ? undefined : row.dialect)
  }
  return (defect) => {
    if (defect.file && articles.has(defect.file)) return articles.get(defect.file)
    const site = siteOf(defect.url)
    if (site && sites.get(site)) return sites.get(site)
    if (site && /\.(?:mil|gov)$/.test(site)) return 'en-US'
    if (site && /\.au$/.test(site)) return 'en-AU'
    return 'en-GB'
  }
}

function siteOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

/**
 * Which half a name belongs to, for good: the lowest bit of its FNV-1a hash.
 * Adding items never moves another from one half to the other.
 */
export function halfOf(name) {
  return fnv1a(name) & 1 ? 'test' : 'tune'
}

export function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * Where the published slips of a clean article stand (the defects that name
 * it as their `file`): `[start, end]` offsets of each `catch`, located in
 * its quoted line. A message there is a find, not a false flag.
 */
export function knownSlips(article, defects) {
  const ranges = []
  for (const defect of defects) {
    if (defect.file !== article.file) continue
    const line = article.text.indexOf(defect.text.replace(/\n+$/, ''))
    const at = line < 0 ? -1 : article.text.indexOf(defect.catch, line)
    if (at < 0) throw new Error(`${defect.id}: its text is not a line of ${article.file}`)
    ranges.push([at, at + defect.catch.length])
  }
  return ranges
}

/** Whether a message's range overlaps one of `ranges`. */
export function overlapsAny(message, ranges) {
  const start = message.place.start.offset
  const end = message.place.end.offset
  return ranges.some(([from, to]) => start < to && end > from)
}

/** The lines of a list in scripts/eval-data/ (none when the list is missing), its comments left out. */
export function evalDataLines(name) {
  const file = path.join(realRoot, '..', '..', 'scripts', 'eval-data', name)
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('#'))
    : []
}

/** Whether a defect's quote holds its catch as a whole line: a line of the page, not a fragment of one (glued words). */
export function wholeLine(defect) {
  return defect.text.split('\n').some((line) => line.trim() === defect.catch.trim())
}

/** The natural furniture and off-topic lines of one half (or both): whole quoted lines of page furniture and off-topic passages. */
export function furnitureDefects(half) {
  return naturalDefects(half).filter((defect) => (defect.rule === 'boilerplate' || defect.rule === 'off-topic') && defect.kind !== 'glued-words' && wholeLine(defect))
}

/**
 * The furniture lines of scripts/eval-data/ (furniture.txt, the tuning half
 * of furniture-heldout.txt, furniture-train.txt) and of the defect sets'
 * tuning half (`furnitureDefects`), for the learners that tell a page's lines
 * from a story's. A line another page carries too, reworded a little (a
 * caption an agency sent to many pages), most of whose words a line of
 * furniture-heldout.txt's test half holds, is left out: eval:real splices
 * that half into the test articles and would read it again. Short lines
 * (fewer than five words of three letters or more: “Leave a Reply”) are the
 * furniture every page repeats, and stay, unless the test half quotes the
 * very line as a defect.
 */
export function furnitureTrainingLines() {
  const wordSet = (line) => new Set(line.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])
  const heldOutTest = evalDataLines('furniture-heldout.txt').filter((line) => halfOf(line) === 'test').map(wordSet).filter((words) => words.size >= 5)
  const nearHeldOutTest = (line) => {
    const words = wordSet(line)
    return words.size >= 5 && heldOutTest.some((other) => [...words].filter((word) => other.has(word)).length / Math.min(words.size, other.size) >= 0.75)
  }
  // Nor a line the test half quotes as a defect, word for word (pages repeat their furniture).
  const plain = (line) => line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const tested = new Set(naturalDefects('test').map((defect) => plain(defect.catch)))
  return [
    ...evalDataLines('furniture.txt'),
    ...evalDataLines('furniture-heldout.txt').filter((line) => halfOf(line) === 'tune'),
    ...furnitureDefects('tune').map((defect) => defect.catch.trim()),
    // Furniture seen on other pages, collected for training only (eval:real never splices it).
    ...evalDataLines('furniture-train.txt')
  ].filter((line) => !nearHeldOutTest(line) && !tested.has(plain(line)))
}
