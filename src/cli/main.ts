import {recordTimings, timingsReport} from '../timings.js'
import path from 'node:path'
import {VFile} from 'vfile'
import {configFor, lintFile, type LintOptions} from '../linter.js'
import {checkStory} from '../story.js'
import {ConfigError} from '../config/types.js'
import {formatReport} from '../reporters/index.js'
import {severityOf} from '../reporters/messages.js'
import {version} from '../version.js'
import {changedArticles, expandPaths} from './inputs.js'
import {learn} from './learn.js'
import {mergeReports} from './merge-reports.js'
import {inShard} from './shard.js'
import {helpText, parseOptions, UsageError, type CliOptions} from './options.js'
import {decodeArticle, readArticle, type ReadResult} from './read-article.js'
import {takeDataProblems} from '../data-problems.js'
import {writeFileAtomic} from './write-atomic.js'
import {applyFixes} from '../fix.js'

export interface CliStreams {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  cwd?: string
  isTerminal?: boolean
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

  const sources: Array<{path?: string; read: (maxBytes: number) => ReadResult | Promise<ReadResult>}> = []
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

  const output: string[] = []
  for (const source of sources) {
    const name = source.path ?? '<stdin>'
    let maxBytes: number
    try {
      maxBytes = options.maxFileBytes ?? configFor(new VFile({path: source.path, cwd}), lintOptions).maxFileBytes
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      inputProblem(error.message)
      continue
    }
    const result = await source.read(maxBytes)
    if ('problem' in result) {
      inputProblem(`${name}: ${result.problem}`)
      continue
    }
    let file = new VFile({path: source.path, value: result.value, cwd})
    try {
      await lintFile(file, lintOptions)
      if (options.fix || options.fixDryRun) {
        const fixed = applyFixes(result.value, file.messages)
        if (options.fixDryRun) {
          // The diff library is loaded only for a dry run.
          if (fixed.applied.length) output.push((await import('diff')).createTwoFilesPatch(`a/${name}`, `b/${name}`, result.value, fixed.text))
        } else if (options.stdin) {
          output.push(fixed.text)
        } else if (fixed.applied.length) {
          writeFileAtomic(path.resolve(cwd, name), fixed.text)
          const counts = new Map<string, number>()
          for (const {ruleId} of fixed.applied) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1)
          streams.stderr.write(`copydesk: ${name}: fixed ${fixed.applied.length} (${[...counts].map(([rule, count]) => `${rule} ${count}`).join(', ')})\n`)
        }
        // What is left after the fixes decides the exit code and the report.
        file = new VFile({path: source.path, value: fixed.text, cwd})
        await lintFile(file, lintOptions)
      }
    } catch (error) {
      if (error instanceof ConfigError) inputProblem(error.message)
      else if ((error as NodeJS.ErrnoException).syscall) inputProblem(`${name}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code}); it is unchanged`)
      else inputProblem(`${name}: internal error: ${(error as Error).message}${process.env.COPYDESK_DEBUG ? '\n' + (error as Error).stack : ''}`)
      continue
    }
    const skipped = file.data.skippedRules
    if (skipped?.length) {
      inputProblem(`${name}: took longer than its time budget (timeBudget or --time-budget), so these rules did not run: ${skipped.join(', ')}`)
    }
    if (options.quiet) file.messages = file.messages.filter((message) => message.fatal !== undefined)
    files.push(file)
  }

  // Story mode (--story, or `story: true` in the config of the files).
  if (options.story || files.some((file) => configFor(file, lintOptions).story)) checkStory(files)

  // --fix-dry-run prints diffs and --fix --stdin the fixed article; otherwise the report.
  const printsText = options.fixDryRun || (options.fix && options.stdin)
  streams.stdout.write(printsText ? output.join('') : await formatReport(options.format, files, {color: options.color, cwd}))

  // Data the config named but copydesk could not use (a damaged model, for one): said once, after the report.
  for (const line of takeDataProblems()) inputProblem(line)
  if (options.timings) streams.stderr.write(timingsReport())
  if (failedInputs) return exitCodes.problems
  const severities = files.flatMap((file) => file.messages.map(severityOf))
  if (severities.includes('error') || (options.frail && severities.includes('warning'))) return exitCodes.errors
  return exitCodes.ok
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
