import {accessSync, constants, existsSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {parserProblem} from './options.js'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {createRequire} from 'node:module'
import {VFile} from 'vfile'
import {buildModel, countSentences, countsOf, mergeCounts, type Counts} from '../model/model.js'
import {loadModel} from '../model/load.js'
import {loadSpeller} from '../language/dictionary.js'
import {modelSentences} from '../model/tokenize.js'
import {maskMarkers} from '../control/markers.js'
import {formatOf, parserFor} from '../parse/article.js'
import {expandPaths} from './inputs.js'
import {annotate} from '../article/plugin.js'
import type {Article} from '../article/types.js'
import type {TitledMention} from '../knowledge/mentions.js'
import {officeCounts, profilesFrom, type OfficeCounts} from '../model/profiles.js'
import {inShard, parseShard} from './shard.js'
import {progressBar, progressWanted} from './progress.js'
import {readArticle} from './read-article.js'
import {defaultLimits} from '../config/load.js'
import type {CliStreams} from './main.js'

export const learnHelp = `Usage: copydesk learn [options] <paths or globs...>
       copydesk learn --shard <i/n> [--out part.cdl] <paths or globs...>
       copydesk learn --merge [options] <part files...>

Adapt the newsroom model to your archive: count the words, word pairs and word triples of
your articles and add them to the default model's, so that spelling fixes and
real-word checks know your beat's vocabulary. Point your config at the result:
  model: copydesk-model.cdm

Options:
  --out <file>      where to write the model (default copydesk-model.cdm), or
                    with --shard the part's counts (default copydesk-learn-i-of-n.cdl)
  --weight <n>      how much one archive word counts against one word of the
                    default model's public text (default 3)
  --from-scratch    learn from the archive alone, without the default model
  --shard <i/n>     count only part i of n of the archive (split by a hash of
                    each path) and write the counts, for one machine of many
  --merge           add up the parts' counts and write the model, as if one
                    machine had learned the whole archive
  -h, --help        show this help`

/** What learning an archive (or one shard of it) counts: the raw material of a model. */
interface ArchiveCounts {
  articles: number
  counts: Counts
  offices: OfficeCounts
}

/** The file a shard's counts go to: gzipped JSON, tagged so that --merge can tell it from anything else. */
const partFormat = 'copydesk-learn-counts'

/** `copydesk learn`: resolves to the exit code. */
export async function learn(args: string[], streams: CliStreams): Promise<number> {
  const cwd = streams.cwd ?? process.cwd()
  const say = (line: string) => streams.stderr.write(`copydesk learn: ${line}\n`)
  let values: {out?: string; weight?: string; 'from-scratch'?: boolean; shard?: string; merge?: boolean; help?: boolean}
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: {type: 'string'},
        weight: {type: 'string'},
        'from-scratch': {type: 'boolean'},
        shard: {type: 'string'},
        merge: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    }))
  } catch (error) {
    say(`${parserProblem(error as Error)} (see copydesk learn --help)`)
    return 2
  }
  if (values.help) {
    streams.stdout.write(learnHelp + '\n')
    return 0
  }
  const weight = Number(values.weight ?? 3)
  if (!(weight > 0)) {
    say('--weight must be a positive number')
    return 2
  }
  if (positionals.length === 0) {
    say(values.merge ? 'give the part files to merge (see copydesk learn --help)' : 'give the folders or files of your archive (see copydesk learn --help)')
    return 2
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (typeof shard === 'string') {
    say(shard)
    return 2
  }
  if (shard && values.merge) {
    say('give either --shard (count one part) or --merge (add the parts up), not both')
    return 2
  }

  // Where the model or the counts go is checked before any learning: an archive's hours are not spent to fail at the end.
  const out = path.resolve(cwd, values.out ?? (shard ? `copydesk-learn-${shard.index}-of-${shard.count}.cdl` : 'copydesk-model.cdm'))
  const unwritable = cannotWrite(out)
  if (unwritable) {
    say(`${values.out ?? path.relative(cwd, out)}: cannot write there (${unwritable})`)
    return 2
  }

  let archive: ArchiveCounts
  let problems = 0
  if (values.merge) {
    const parts: CountedPart[] = []
    for (const file of positionals) {
      const part = readPart(path.resolve(cwd, file))
      if (typeof part === 'string') {
        say(`${file}: ${part}`)
        return 2
      }
      parts.push({...part, file})
    }
    const incomplete = missingParts(parts)
    if (incomplete) {
      say(incomplete)
      return 2
    }
    archive = addUp(parts)
  } else {
    const expanded = await expandPaths(positionals, cwd)
    for (const {path: file, problem} of expanded.problems) say(`${file}: ${problem}`)
    problems = expanded.problems.length
    const files = shard ? expanded.files.filter((file) => inShard(file, shard, cwd)) : expanded.files
    archive = await countArchive(files, cwd, streams, say)
    if (shard) {
      writeFileSync(out, writePart(archive, shard, expanded.files.length))
      say(`counted ${archive.counts.tokens} words in ${archive.articles} article${archive.articles === 1 ? '' : 's'} (part ${shard.index} of ${shard.count}); wrote ${path.relative(cwd, out) || out}`)
      return problems > 0 ? 2 : 0
    }
  }
  if (archive.articles === 0) {
    say('no articles to learn from')
    return 2
  }

  const scratch = values['from-scratch'] === true
  const tokens = archive.counts.tokens
  const counts = scratch ? archive.counts : mergeCounts(countsOf(loadModel()), archive.counts, weight)
  const sources = scratch ? [] : loadModel().header.sources
  // As the default model's build: a word the dictionary knows wins a tie of count where the vocabulary is full.
  const speller = await loadSpeller('en-GB')
  const known = (word: string) => speller.correct(word)
  const model = buildModel(counts, [...sources, `archive: ${archive.articles} articles (weight ${scratch ? 1 : weight})`], scratch ? {minTriples: 1, known} : {known})
  model.header.people = profilesFrom(archive.offices)
  writeFileSync(out, model.serialize())
  say(`learned ${tokens} words and ${model.header.people.length} person profiles from ${archive.articles} article${archive.articles === 1 ? '' : 's'}; wrote ${path.relative(cwd, out) || out} (${model.header.vocabulary} words, ${model.header.bigrams} word pairs, ${model.header.trigrams} word triples)`)
  return problems > 0 ? 2 : 0
}

/** Read and count each article: its words, pairs and triples, and the offices it gives people. */
async function countArchive(files: string[], cwd: string, streams: CliStreams, say: (line: string) => void): Promise<ArchiveCounts> {
  const sentences: string[][] = []
  const mentions: TitledMention[][] = []
  let articles = 0
  for (const [index, file] of files.entries()) {
    const result = readArticle(path.resolve(cwd, file), defaultLimits.maxFileSize * 1048576)
    if ('problem' in result) say(`${file}: ${result.problem}; skipped`)
    else {
      const article = await readProse(file, result.value)
      sentences.push(...article.paragraphs.flatMap((paragraph) => modelSentences(paragraph.text)))
      mentions.push(article.people().flatMap((person) => person.mentions))
      articles++
    }
    // Drawn on a terminal only: piped or in a CI job's log, each redraw would be a line of its own.
    if (progressWanted(streams.stderr)) progressBar(streams.stderr, 'learning', index + 1, files.length)
  }
  return {articles, counts: countSentences(sentences), offices: officeCounts(mentions)}
}

/** The parts' counts added up: the same counts one machine would have made of the whole archive. */
function addUp(parts: ArchiveCounts[]): ArchiveCounts {
  const total: ArchiveCounts = {articles: 0, counts: {unigrams: new Map(), bigrams: new Map(), trigrams: new Map(), tokens: 0}, offices: new Map()}
  for (const part of parts) {
    total.articles += part.articles
    mergeCounts(total.counts, part.counts)
    for (const [person, offices] of part.offices) {
      const into = total.offices.get(person) ?? new Map<string, number>()
      for (const [office, articles] of offices) into.set(office, (into.get(office) ?? 0) + articles)
      total.offices.set(person, into)
    }
  }
  return total
}

/** zlib, loaded by the commands that write or read a part: the lint command, which shares this bundle, never needs it. */
const zlib = () => createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib')

/**
 * A part's counts, with which part of how many it is and how many files the
 * whole archive had: --merge refuses a set of parts with one missing, one
 * given twice, or parts of different splits or archives, which would make a
 * model of some other archive without a word.
 */
function writePart(archive: ArchiveCounts, shard: {index: number; count: number}, archiveFiles: number): Buffer {
  const {unigrams, bigrams, trigrams, tokens} = archive.counts
  const offices = [...archive.offices].map(([person, counts]) => [person, [...counts]])
  return zlib().gzipSync(JSON.stringify({format: partFormat, version: 2, shard, archiveFiles, articles: archive.articles, tokens, unigrams: [...unigrams], bigrams: [...bigrams], trigrams: [...trigrams], offices}))
}

interface CountedPart extends ArchiveCounts {
  file: string
  shard: {index: number; count: number}
  archiveFiles: number
}

/** Why a set of parts is not one archive's every part once, or undefined when it is. */
function missingParts(parts: CountedPart[]): string | undefined {
  const [{shard, archiveFiles}] = parts
  const other = parts.find((part) => part.shard.count !== shard.count || part.archiveFiles !== archiveFiles)
  if (other) return `${other.file} is a part of another split or archive (part ${other.shard.index} of ${other.shard.count}, of ${other.archiveFiles} files) than ${parts[0].file} (part ${shard.index} of ${shard.count}, of ${archiveFiles} files)`
  const seen = new Map<number, string>()
  for (const part of parts) {
    const first = seen.get(part.shard.index)
    if (first) return `${part.file} and ${first} are the same part (${part.shard.index} of ${shard.count}); give each part once`
    seen.set(part.shard.index, part.file)
  }
  const missing = Array.from({length: shard.count}, (_, index) => index + 1).filter((index) => !seen.has(index))
  if (missing.length > 0) return `part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${shard.count} missing: a model of some of the archive would pass for the whole`
  return undefined
}

/** Why a file cannot be written where it is to go (its folder missing or not writable, or it is a folder), or undefined. */
function cannotWrite(file: string): string | undefined {
  try {
    if (existsSync(file) && statSync(file).isDirectory()) return 'it is a folder'
    accessSync(existsSync(file) ? file : path.dirname(file), constants.W_OK)
    return undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error')
  }
}

/** A part's counts, or why the file is not one. */
function readPart(file: string): Omit<CountedPart, 'file'> | string {
  let data: {format?: string; version?: number; shard: {index: number; count: number}; archiveFiles: number; articles: number; tokens: number; unigrams: Array<[string, number]>; bigrams: Array<[string, number]>; trigrams: Array<[string, number]>; offices: Array<[string, Array<[string, number]>]>}
  try {
    data = JSON.parse(zlib().gunzipSync(readFileSync(file)).toString('utf8'))
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not the counts of copydesk learn --shard (damaged or another kind of file)'
  }
  if (data.format !== partFormat) return 'not the counts of copydesk learn --shard'
  if (data.version !== 2) return 'counts of an older copydesk, which do not say which part they are; count the part again'
  return {
    shard: data.shard,
    archiveFiles: data.archiveFiles,
    articles: data.articles,
    counts: {unigrams: new Map(data.unigrams), bigrams: new Map(data.bigrams), trigrams: new Map(data.trigrams), tokens: data.tokens},
    offices: new Map(data.offices.map(([person, counts]) => [person, new Map(counts)]))
  }
}

/** An article in any format, parsed and annotated as the rules see it. */
async function readProse(file: string, value: string): Promise<Article> {
  const vfile = new VFile({path: file, value})
  const parse = await parserFor(formatOf(vfile))
  const tree = parse(value, vfile)
  // A Markdown or HTML page is read as its parser read it: its reading copy (src/parse/reading-copy.ts).
  const reading = vfile.data.readingCopy
  return annotate(tree, maskMarkers(reading?.copy.value ?? value), vfile.data.blockRoles, reading)
}
