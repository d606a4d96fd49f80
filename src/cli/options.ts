import {parseArgs} from 'node:util'
import {formats, type Format} from '../reporters/index.js'
import {isSeverity} from '../config/validate.js'
import {ruleIds} from '../rules.js'
import {dialectNames, houseDialect, type Dialect, type Severity} from '../types.js'
import {parseShard, type Shard} from './shard.js'

export interface CliOptions {
  paths: string[]
  format: Format
  stdin: boolean
  stdinFilename?: string
  frail: boolean
  quiet: boolean
  timings: boolean
  fix: boolean
  fixDryRun: boolean
  /** Lint only articles changed since this git ref. */
  changed?: string
  /** Compare the articles as one story (cross-article). */
  story: boolean
  config?: string
  rules: Record<string, Severity>
  dialect?: Dialect
  /** --max-file-size, in bytes. */
  maxFileBytes?: number
  /** --time-budget, in milliseconds. */
  timeBudgetMs?: number
  /** --shard i/n: lint only this part of the files. */
  shard?: Shard
  /** --jobs: worker threads for a batch (default: one per core; 1 checks in the command's own thread). */
  jobs?: number
  color: boolean
  help: boolean
  version: boolean
}

export class UsageError extends Error {}

export const helpText = `Usage: copydesk [options] [paths or globs...]
       copydesk learn [options] <archive paths...>   (see copydesk learn --help)
       copydesk merge <reports...>   (JSON or SARIF reports of --shard runs, merged)

Lint articles (.txt, .md, .html; folders are searched) for the problems a copy desk
catches: typos, web-page furniture, repeated passages, unbalanced quotes.

Options:
  --format <name>          stylish (default), json, sarif or github
  --stdin                  read one article from standard input
  --stdin-filename <path>  name to report (and find config from) for --stdin
  --config <file>          use this config file instead of finding .copydeskrc
  --rule <id>=<severity>   set a rule's severity: off, info, warning or error
                           (repeatable)
  --dialect <name>         house spelling: en-GB (default, unless the config
                           names one), en-US, en-AU, or en-NZ (as en-GB)
  --fix                    apply safe fixes (deleting web furniture, house
                           spelling, official names, doubled words), writing
                           each file atomically; then report what is left
  --fix-dry-run            print the fixes as a unified diff; change nothing
  --story                  the articles report one story: compare what they say
                           about the same people and figures (cross-article)
  --changed <git-ref>      lint only articles changed since the ref (under the
                           given paths, or the whole working folder)
  --max-file-size <MB>     skip (with exit code 2) articles larger than this
                           (default from config maxFileSize, else 5)
  --time-budget <seconds>  stop checking an article after this long and say
                           which rules did not run (default from config
                           timeBudget, else 60)
  --shard <i/n>            lint only part i of n of the files (split by a hash
                           of each path), for a CI matrix; merge the reports
                           with copydesk merge
  --jobs <n>               worker threads for the batch (default: one per core
                           from 500 files on; 1 for none)
  --quiet                  report only warnings and errors
  --timings                print what each rule cost, on standard error
  --frail                  exit 1 on warnings too
  --color, --no-color      colour the stylish report (default: on a terminal)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors (or warnings with --frail),
2 usage, config or input problems.

Rules: ${ruleIds.join(', ')}`

export function parseOptions(args: string[], isTerminal: boolean): CliOptions {
  let values: ReturnType<typeof parse>['values']
  let positionals: string[]
  try {
    ;({values, positionals} = parse(args))
  } catch (error) {
    throw new UsageError(parserProblem(error as Error & {code?: string}))
  }

  const format = (values.format ?? 'stylish') as Format
  if (!formats.includes(format)) throw new UsageError(`unknown format “${values.format}” (use ${formats.join(', ')})`)

  const rules: Record<string, Severity> = {}
  for (const entry of values.rule ?? []) {
    const [id, severity] = entry.split('=')
    if (!ruleIds.includes(id)) throw new UsageError(`unknown rule “${id}” in --rule (known: ${ruleIds.join(', ')})`)
    if (!isSeverity(severity)) throw new UsageError(`--rule ${entry}: severity must be off, info, warning or error`)
    rules[id] = severity
  }

  const dialect = values.dialect === undefined ? undefined : houseDialect(values.dialect)
  if (values.dialect !== undefined && !dialect) {
    throw new UsageError(`--dialect must be one of ${dialectNames.join(', ')}, not “${values.dialect}”`)
  }
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename goes with --stdin')
  if (values.stdin && positionals.length > 0) throw new UsageError('give either paths or --stdin, not both')
  if (values.stdin && values.changed !== undefined) throw new UsageError('--changed lints files, not --stdin')
  if (values.fix && values['fix-dry-run']) throw new UsageError('give either --fix or --fix-dry-run, not both')
  const positive = (flag: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined
    const number = Number(value)
    if (!(Number.isFinite(number) && number > 0)) throw new UsageError(`${flag} must be a positive number, not “${value}”`)
    return number
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (typeof shard === 'string') throw new UsageError(shard)
  if (shard && values.stdin) throw new UsageError('--shard splits files, not --stdin')
  const maxFileSize = positive('--max-file-size', values['max-file-size'])
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs must be a whole number of 1 or more, not “${values.jobs}”`)
  const timeBudget = positive('--time-budget', values['time-budget'])

  return {
    paths: positionals,
    format,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    frail: values.frail ?? false,
    quiet: values.quiet ?? false,
    timings: values.timings ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    changed: values.changed,
    story: values.story ?? false,
    config: values.config,
    rules,
    dialect,
    maxFileBytes: maxFileSize === undefined ? undefined : maxFileSize * 1048576,
    timeBudgetMs: timeBudget === undefined ? undefined : timeBudget * 1000,
    shard,
    jobs,
    color: values['no-color'] ? false : (values.color ?? isTerminal),
    help: values.help ?? false,
    version: values.version ?? false
  }
}

/**
 * The argument parser's complaint in copydesk's words, on one line: its own
 * runs over lines and, for an unknown option, ends on an unbalanced quotation
 * mark (“as in '-- "--bogus"”).
 */
export function parserProblem(error: Error & {code?: string}): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1]
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = option.replace(/ <value>$/, '').split(', ').at(-1)!
    if (/does not take an argument/.test(error.message)) return `${name} takes no value`
    // A value that starts with a dash is taken for the next option: it is given with “=” (“--max-file-size=-1”).
    return /ambiguous/.test(error.message) ? `${name} needs a value; one that starts with a dash is given with “=” (${name}=-1)` : `${name} needs a value`
  }
  return error.message.replace(/\s*\n\s*/g, ' ')
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: {type: 'string', short: 'f'},
      stdin: {type: 'boolean'},
      'stdin-filename': {type: 'string'},
      config: {type: 'string'},
      rule: {type: 'string', multiple: true},
      dialect: {type: 'string'},
      quiet: {type: 'boolean', short: 'q'},
      timings: {type: 'boolean'},
      frail: {type: 'boolean'},
      fix: {type: 'boolean'},
      'fix-dry-run': {type: 'boolean'},
      changed: {type: 'string'},
      story: {type: 'boolean'},
      'max-file-size': {type: 'string'},
      'time-budget': {type: 'string'},
      shard: {type: 'string'},
      jobs: {type: 'string'},
      color: {type: 'boolean'},
      'no-color': {type: 'boolean'},
      help: {type: 'boolean', short: 'h'},
      version: {type: 'boolean', short: 'v'}
    }
  })
}
