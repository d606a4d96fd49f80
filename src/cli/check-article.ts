import path from 'node:path'
import {VFile} from 'vfile'
import {configFor, lintFile, type LintOptions} from '../linter.js'
import {ConfigError} from '../config/types.js'
import {applyFixes} from '../fix.js'
import type {CliOptions} from './options.js'
import type {ReadResult} from './read-article.js'
import {writeFileAtomic} from './write-atomic.js'

/** An article to check: its path (none for standard input) and how to read it within a size limit. */
export interface Source {
  path?: string
  read: (maxBytes: number) => ReadResult | Promise<ReadResult>
}

/** What checking one article gives: its report, the one-line problems, notes of fixes made, and text to print. */
export interface Outcome {
  file?: VFile
  problems: string[]
  notes: string[]
  output?: string
}

/**
 * Read, lint and (with --fix) fix one article. The same in the command's
 * own thread and in a worker thread of a batch, so both report alike.
 */
export async function checkArticle(source: Source, options: CliOptions, lintOptions: LintOptions, cwd: string): Promise<Outcome> {
  const outcome: Outcome = {problems: [], notes: []}
  const name = source.path ?? '<stdin>'
  let maxBytes: number
  try {
    maxBytes = options.maxFileBytes ?? configFor(new VFile({path: source.path, cwd}), lintOptions).maxFileBytes
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    outcome.problems.push(error.message)
    return outcome
  }
  const result = await source.read(maxBytes)
  if ('problem' in result) {
    outcome.problems.push(`${name}: ${result.problem}`)
    return outcome
  }
  let file = new VFile({path: source.path, value: result.value, cwd})
  try {
    await lintFile(file, lintOptions)
    if (options.fix || options.fixDryRun) {
      const fixed = applyFixes(result.value, file.messages)
      // The fixed file keeps the byte-order mark its text was read without: a fix changes the text, not the encoding.
      const written = (result.byteOrderMark ? '\uFEFF' : '') + fixed.text
      if (options.fixDryRun) {
        // The diff library is loaded only for a dry run.
        if (fixed.applied.length) outcome.output = (await import('diff')).createTwoFilesPatch(`a/${name}`, `b/${name}`, result.value, fixed.text)
      } else if (options.stdin) {
        outcome.output = written
      } else if (fixed.applied.length) {
        try {
          writeFileAtomic(path.resolve(cwd, name), written)
        } catch (error) {
          outcome.problems.push(`${name}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it is unchanged`)
          return outcome
        }
        const counts = new Map<string, number>()
        for (const {ruleId} of fixed.applied) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1)
        outcome.notes.push(`${name}: fixed ${fixed.applied.length} (${[...counts].map(([rule, count]) => `${rule} ${count}`).join(', ')})`)
      }
      // What is left after the fixes decides the exit code and the report; a dry run changed nothing, so the
      // article's own messages do (a gate running it fails while the errors are still in the file).
      if (!options.fixDryRun) {
        file = new VFile({path: source.path, value: fixed.text, cwd})
        await lintFile(file, lintOptions)
      }
    }
  } catch (error) {
    if (error instanceof ConfigError) outcome.problems.push(error.message)
    // A file copydesk itself reads (a dictionary, a model, a list) that is missing or unreadable: say which.
    else if ((error as NodeJS.ErrnoException).syscall) outcome.problems.push(`${name}: was not checked: cannot read ${(error as NodeJS.ErrnoException).path ?? 'a file copydesk needs'} (${(error as NodeJS.ErrnoException).code}); reinstall copydesk or run npm run build`)
    // A parser that recurses once per level (rehype's) runs out of stack on markup nested thousands deep.
    else if (error instanceof RangeError && /call stack/.test(error.message)) outcome.problems.push(`${name}: is nested too deeply to read (thousands of levels of markup or quotation); it was not checked`)
    else outcome.problems.push(`${name}: internal error: ${(error as Error).message}${process.env.COPYDESK_DEBUG ? '\n' + (error as Error).stack : ''}`)
    return outcome
  }
  const skipped = file.data.skippedRules
  for (const line of file.data.controlProblems ?? []) outcome.problems.push(`${name}:${line}`)
  if (skipped?.length) outcome.problems.push(`${name}: took longer than its time budget (timeBudget or --time-budget), so these rules did not run: ${skipped.join(', ')}`)
  if (options.quiet) file.messages = file.messages.filter((message) => message.fatal !== undefined)
  outcome.file = file
  return outcome
}
