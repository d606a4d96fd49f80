import path from 'node:path'
import {VFile} from 'vfile'
import {findConfig, readConfigFile, resolveConfig} from './config/load.js'
import type {ConfigFile, ResolvedConfig} from './config/types.js'
import {getProcessor, runProcessor} from './processor.js'
import {formatOf} from './parse/article.js'
import {dialectNames, houseDialect, type DialectName, type Severity} from './types.js'

export interface LintOptions {
  /** Folder that relative paths and config discovery start from (default: process.cwd()). */
  cwd?: string
  /** Use this config file for every article instead of discovering one. */
  configFile?: string
  /** Use this config object for every article instead of discovering one. */
  config?: ConfigFile
  /** Look for `.copydeskrc` files above each article (default true). */
  detectConfig?: boolean
  /** Severity overrides by rule id, applied over any config. */
  rules?: Record<string, Severity>
  /** The house spelling, by any name `--dialect` takes (“en-NZ” is read as “en-GB”). */
  dialect?: DialectName
  /** Milliseconds one article may take before the remaining rules are skipped (overrides the config's timeBudget). */
  timeBudgetMs?: number
}

export type LintInput = string | VFile | {path?: string; value: string}

/**
 * Lint articles. A string is article text; a VFile or `{path, value}` is an
 * article with a name. Returns one VFile per input, with copydesk's messages.
 */
export async function lint(input: LintInput | LintInput[], options: LintOptions = {}): Promise<VFile[]> {
  const inputs = Array.isArray(input) ? input : [input]
  const files = inputs.map((item) => (item instanceof VFile ? item : new VFile(typeof item === 'string' ? {value: item} : item)))
  const results: VFile[] = []
  for (const file of files) results.push(await lintFile(file, options))
  return results
}

/** Lint one VFile in place. */
export async function lintFile(file: VFile, options: LintOptions = {}): Promise<VFile> {
  const config = configFor(file, options)
  const budget = options.timeBudgetMs ?? config.timeBudgetMs
  file.data.deadline = performance.now() + budget
  return runProcessor(await getProcessor(config, formatOf(file)), file)
}

/** The house spelling a caller's dialect names; a name copydesk does not know is the caller's error, said in one line. */
function spellingOf(name: string) {
  const house = houseDialect(name)
  if (!house) throw new TypeError(`copydesk: dialect must be one of ${dialectNames.join(', ')}, not ${JSON.stringify(name)}`)
  return house
}

/** Config files named with --config, read once per process like discovered ones. */
const explicitConfigs = new Map<string, ConfigFile>()

/** The config of an article with none: one object, so that its resolved config, and the processor's key made from it, are worked out once, not per article. */
const noConfig: ConfigFile = {}

/** The configuration that applies to a file: explicit, discovered, or the defaults. */
export function configFor(file: VFile, options: LintOptions = {}): ResolvedConfig {
  const cwd = options.cwd ?? process.cwd()
  const overrides = {rules: options.rules, dialect: options.dialect === undefined ? undefined : spellingOf(options.dialect)}
  if (options.config) return resolveConfig(options.config, overrides)
  if (options.configFile) {
    const file = path.resolve(cwd, options.configFile)
    let config = explicitConfigs.get(file)
    if (!config) explicitConfigs.set(file, (config = readConfigFile(file) ?? {}))
    return resolveConfig(config, overrides, file)
  }
  if (options.detectConfig === false) return resolveConfig(noConfig, overrides)
  const folder = file.path ? path.dirname(path.resolve(cwd, file.path)) : cwd
  const found = findConfig(folder)
  return resolveConfig(found?.config ?? noConfig, overrides, found?.file)
}
