import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {buildModel, countSentences, countsOf, mergeCounts} from '../model/model.js'
import {loadModel} from '../model/load.js'
import {modelSentences} from '../model/tokenize.js'
import {maskMarkers} from '../control/markers.js'
import {formatOf, parserFor} from '../parse/article.js'
import {expandPaths} from './inputs.js'
import {annotate} from '../article/plugin.js'
import type {Article} from '../article/types.js'
import {officeClaims} from '../knowledge/claims.js'
import {profilesFrom} from '../model/profiles.js'
import {readArticle} from './read-article.js'
import {defaultLimits} from '../config/load.js'
import type {CliStreams} from './main.js'

export const learnHelp = `Usage: copydesk learn [options] <paths or globs...>

Adapt the newsroom model to your archive: count the words, word pairs and word triples of
your articles and add them to the default model's, so that spelling fixes and
real-word checks know your beat's vocabulary. Point your config at the result:
  model: copydesk-model.cdm

Options:
  --out <file>      where to write the model (default copydesk-model.cdm)
  --weight <n>      how much one archive word counts against one word of the
                    default model's public text (default 3)
  --from-scratch    learn from the archive alone, without the default model
  -h, --help        show this help`

/** `copydesk learn`: resolves to the exit code. */
export async function learn(args: string[], streams: CliStreams): Promise<number> {
  const cwd = streams.cwd ?? process.cwd()
  const say = (line: string) => streams.stderr.write(`copydesk learn: ${line}\n`)
  let values: {out?: string; weight?: string; 'from-scratch'?: boolean; help?: boolean}
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args,
      allowPositionals: true,
      options: {out: {type: 'string'}, weight: {type: 'string'}, 'from-scratch': {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}
    }))
  } catch (error) {
    say(`${(error as Error).message.split('\n')[0]} (see copydesk learn --help)`)
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
    say('give the folders or files of your archive (see copydesk learn --help)')
    return 2
  }

  const {files, problems} = await expandPaths(positionals, cwd)
  for (const {path: file, problem} of problems) say(`${file}: ${problem}`)
  const sentences: string[][] = []
  const claims: ReturnType<typeof officeClaims>[] = []
  let learned = 0
  for (const [index, file] of files.entries()) {
    const result = readArticle(path.resolve(cwd, file), defaultLimits.maxFileSize * 1048576)
    if ('problem' in result) say(`${file}: ${result.problem}; skipped`)
    else {
      const article = await readProse(file, result.value)
      sentences.push(...article.paragraphs.flatMap((paragraph) => modelSentences(paragraph.text)))
      claims.push(officeClaims(article))
      learned++
    }
    progress(streams.stderr, index + 1, files.length)
  }
  if (learned === 0) {
    say('no articles to learn from')
    return 2
  }

  const archive = countSentences(sentences)
  const counts = values['from-scratch'] ? archive : mergeCounts(countsOf(loadModel()), archive, weight)
  const sources = values['from-scratch'] ? [] : loadModel().header.sources
  const model = buildModel(counts, [...sources, `archive: ${learned} articles (weight ${values['from-scratch'] ? 1 : weight})`], values['from-scratch'] ? {minTriples: 1} : {})
  model.header.people = profilesFrom(claims)
  const out = path.resolve(cwd, values.out ?? 'copydesk-model.cdm')
  writeFileSync(out, model.serialize())
  say(`learned ${archive.tokens} words and ${model.header.people.length} person profiles from ${learned} articles; wrote ${path.relative(cwd, out) || out} (${model.header.vocabulary} words, ${model.header.bigrams} word pairs, ${model.header.trigrams} word triples)`)
  return problems.length > 0 ? 2 : 0
}

/** An article in any format, parsed and annotated as the rules see it. */
async function readProse(file: string, value: string): Promise<Article> {
  const vfile = new VFile({path: file, value})
  const parse = await parserFor(formatOf(vfile))
  return annotate(parse(value, vfile), maskMarkers(value), vfile.data.blockRoles)
}

function progress(stream: NodeJS.WritableStream, done: number, total: number): void {
  const width = 30
  const filled = Math.round((done / total) * width)
  stream.write(`\rlearning [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles${done === total ? '\n' : ''}`)
}
