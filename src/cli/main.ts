import {recordTimings, timingsReport} from '../timings.js'
import path from 'node:path'
import {VFile} from 'vfile'
import {configFor, type LintOptions} from '../linter.js'
import {checkStory} from '../story.js'
import {storyRule} from '../rules.js'
import {formatReport, reportWriter} from '../reporters/index.js'
import {forgetArticle} from './forget-article.js'
import {severityOf} from '../reporters/messages.js'
import {version} from '../version.js'
import {changedArticles, expandPaths} from './inputs.js'
import {learn} from './learn.js'
import {mergeReports} from './merge-reports.js'
import {inShard} from './shard.js'
import {progressBar, progressWanted} from './progress.js'
import {helpText, parseOptions, UsageError, type CliOptions} from './options.js'
import {decodeArticle, readArticle} from './read-article.js'
import {checkArticle, type Outcome, type Source} from './check-article.js'
import {checkInWorkers, type WorkerSetup} from './worker-pool.js'
import {availableParallelism} from 'node:os'
import {takeDataProblems} from '../data-problems.js'
import {useFilesRead} from '../model/shared-bytes.js'

export interface CliStreams {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  cwd?: string
  isTerminal?: boolean
  /** The large files bin/copydesk.js began to read before it loaded the program (`readAhead`). */
  filesRead?: Promise<Map<string, Buffer>>
}

export const exitCodes = {ok: 0, errors: 1, problems: 2} as const

/** Run the lint command; resolves to the exit code. Never throws. */
export async function main(args: string[], streams: CliStreams): Promise<number> {
  if (args[0] === 'learn') return learn(args.slice(1), streams)
  if (args[0] === 'merge') return mergeReports(args.slice(1), streams)
  const cwd = streams.cwd ?? process.cwd()
  const problem = (line: string) => streams.stderr.write(`copydesk: ${line}\n`)

  let options: CliOptions
  try {
    options = parseOptions(args, streams.isTerminal ?? false)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    problem(`${error.message} (see copydesk --help)`)
    return exitCodes.problems
  }
  if (options.help) {
    streams.stdout.write(helpText + '\n')
    return exitCodes.ok
  }
  if (options.version) {
    streams.stdout.write(version + '\n')
    return exitCodes.ok
  }
  if (!options.stdin && options.paths.length === 0 && options.changed === undefined) {
    problem('give files, folders or globs to lint, or --stdin (see copydesk --help)')
    return exitCodes.problems
  }

  const lintOptions: LintOptions = {cwd, configFile: options.config, rules: options.rules, dialect: options.dialect, timeBudgetMs: options.timeBudgetMs}
  if (options.timings) recordTimings()
  const files: VFile[] = []
  const reported = new Set<string>()
  let failedInputs = false
  const inputProblem = (line: string) => {
    failedInputs = true
    // A broken config is found once per file that uses it; say it once.
    if (!reported.has(line)) problem(line)
    reported.add(line)
  }

  const sources: Source[] = []
  if (options.stdin) {
    sources.push({path: options.stdinFilename, read: async (maxBytes) => decodeArticle(await readAll(streams.stdin), maxBytes)})
  } else {
    const {files: paths, problems} = options.changed === undefined ? await expandPaths(options.paths, cwd) : changedArticles(options.changed, cwd, options.paths)
    for (const {path: file, problem: text} of problems) inputProblem(`${file}: ${text}`)
    for (const file of paths) {
      if (options.shard && !inShard(file, options.shard, cwd)) continue
      sources.push({path: file, read: (maxBytes) => readArticle(path.resolve(cwd, file), maxBytes)})
    }
  }

  // Story mode (--story, or `story: true` in the config of the files) needs every article's annotations in one process.
  const story = options.story || sources.some((source) => storyConfigured(source.path, cwd, lintOptions))
  // A story's articles are compared with each other: a part of them would compare a part, and each shard would judge otherwise.
  if (story && options.shard) {
    problem('a story (--story, or story: true in the config) compares all its articles in one run; it cannot be split with --shard (see copydesk --help)')
    return exitCodes.problems
  }
  // Only a lint waits for the files read ahead, and only once it has found its articles and their
  // configuration, which it does while the last of the files are read: --help, --version and a usage
  // error answer at once.
  if (streams.filesRead) useFilesRead(await streams.filesRead)
  const jobs = options.jobs ?? availableParallelism()
  // Threads pay off for a large batch (each loads the rules and warms its own caches); --jobs asks for them outright.
  const enough = options.jobs === undefined ? sources.length >= minFilesForWorkers : sources.length >= 2
  const useWorkers = jobs > 1 && enough && !options.stdin && !story && !options.timings
  const showProgress = (streams.isTerminal ?? false) && progressWanted(streams.stderr) && sources.length > 1
  const outcomes: AsyncIterable<Outcome> = useWorkers
    ? checkWithFallback(sources, {options, lintOptions, cwd}, Math.min(jobs, sources.length), (line) => streams.stderr.write(`copydesk: ${line}\n`))
    : checkInProcess(sources, options, lintOptions, cwd)
  // --fix-dry-run prints diffs and --fix --stdin the fixed article; otherwise the report.
  const printsText = options.fixDryRun || (options.fix && options.stdin)
  // A JSON or GitHub report is written as the files are checked (story mode reports only once every file
  // is in): a batch of 10,000 then holds no file's messages once they are written.
  const writer = story || printsText ? undefined : reportWriter(options.format, (text) => streams.stdout.write(text))
  // The severities the report holds, for the exit code: a written file's are tallied as it is written.
  const severities = new Set<string>()
  const tally = (file: VFile) => {
    for (const message of file.messages) severities.add(severityOf(message))
  }
  const output: string[] = []
  let done = 0
  for await (const outcome of outcomes) {
    for (const line of outcome.problems) inputProblem(line)
    for (const line of outcome.notes) streams.stderr.write(`copydesk: ${line}\n`)
    if (outcome.output !== undefined) output.push(outcome.output)
    if (outcome.file) {
      // The report needs the messages, not the article: a batch of 10,000 would otherwise hold every text and parse tree.
      if (!story) forgetArticle(outcome.file, options.format !== 'stylish')
      if (writer) {
        tally(outcome.file)
        writer.add(outcome.file)
      } else files.push(outcome.file)
    }
    // Only on a terminal, never when piped or in CI.
    if (showProgress) progressBar(streams.stderr, 'linting', ++done, sources.length)
  }

  // The story's rule is set as any rule is (--rule, or the config of the first article); off, it does not run.
  const storySeverity = story && files.length > 0 ? configFor(files[0], lintOptions).rules[storyRule.id].severity : 'off'
  if (storySeverity !== 'off') checkStory(files, storySeverity)
  for (const file of files) tally(file)

  if (writer) writer.end()
  else streams.stdout.write(printsText ? output.join('') : await formatReport(options.format, files, {color: options.color, cwd}))

  // Data the config named but copydesk could not use (a damaged model, for one): said once, after the report.
  for (const line of takeDataProblems()) inputProblem(line)
  if (options.timings) streams.stderr.write(timingsReport())
  if (failedInputs) return exitCodes.problems
  if (severities.has('error') || (options.frail && severities.has('warning'))) return exitCodes.errors
  return exitCodes.ok
}

/**
 * Below this many files, worker threads (each loading the rules and warming
 * its own caches) cost more than they save: on 2 cores, 196 real articles took
 * 3.9 s in one thread and 5.1 s on two; 1,000 took 8.9 and 7.7 s; 10,000, 57 and 38 s.
 */
const minFilesForWorkers = 500

async function* checkInProcess(sources: Source[], options: CliOptions, lintOptions: LintOptions, cwd: string): AsyncIterable<Outcome> {
  for (const source of sources) yield await checkArticle(source, options, lintOptions, cwd)
}

/** Worker threads, and if they fail (a thread that cannot start, one that crashes), the rest of the batch in this thread: nothing is lost. */
async function* checkWithFallback(sources: Source[], setup: WorkerSetup, jobs: number, note: (line: string) => void): AsyncIterable<Outcome> {
  let done = 0
  try {
    for await (const outcome of checkInWorkers(sources.map((source) => source.path!), setup, jobs)) {
      done++
      yield outcome
    }
  } catch (error) {
    note(`worker threads stopped (${(error as Error).message}); checking the other ${sources.length - done} articles in the main thread`)
    yield* checkInProcess(sources.slice(done), setup.options, setup.lintOptions, setup.cwd)
  }
}

function storyConfigured(file: string | undefined, cwd: string, lintOptions: LintOptions): boolean {
  try {
    return configFor(new VFile({path: file, cwd}), lintOptions).story
  } catch {
    // A broken config is reported when the article is checked.
    return false
  }
}



async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
