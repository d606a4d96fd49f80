import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {parseYaml} from '../text/yaml.js'
import {allRules, storyRule} from '../rules.js'
import type {Severity} from '../types.js'
import {ConfigError, type ConfigFile, type ResolvedConfig} from './types.js'
import {notOneWord, validateConfig} from './validate.js'
import {repeatedKeys, type RepeatedKey} from './json-keys.js'
import {readWordList} from '../text/data-files.js'

/** Looked for in each folder from the article's upwards, in this order (unified-engine's convention). */
export const configNames = ['.copydeskrc', '.copydeskrc.json', '.copydeskrc.yaml', '.copydeskrc.yml', 'package.json']

/** Read one config file; a `package.json` counts only if it has a `copydesk` field. */
export function readConfigFile(file: string): ConfigFile | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`${file}: cannot read config (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  let parsed: {value: unknown; json: boolean}
  try {
    // YAML is a superset of JSON, so one parser serves every rc format;
    // package.json is strict JSON.
    // (A byte-order mark opens many a file saved on Windows; Node and npm read such a package.json.)
    parsed = path.basename(file) === 'package.json' ? {value: JSON.parse(text.replace(/^\uFEFF/, '')), json: true} : parseConfigText(text)
  } catch (error) {
    throw new ConfigError(`${file}: not valid ${path.basename(file) === 'package.json' ? 'JSON' : /\.ya?ml$/.test(file) ? 'YAML' : 'JSON or YAML'}: ${(error as Error).message.split('\n')[0].replace(/:$/, '')}`)
  }
  if (path.basename(file) === 'package.json') {
    const field = (parsed.value as {copydesk?: unknown} | null)?.copydesk
    if (field === undefined) return undefined
    // The rest of a project's package.json is npm's business, not the desk's.
    refuseRepeatedKeys(text, file, (repeated) => (repeated.within[0] ?? repeated.key) === 'copydesk')
    return validateConfig(field, `${file} (copydesk field)`)
  }
  // (YAML's parser refuses a key given twice itself.)
  if (parsed.json) refuseRepeatedKeys(text, file)
  return validateConfig(parsed.value, file)
}

/** JSON first (most rc files are JSON, and it needs no YAML parser loaded), then YAML, which also reports the error. */
function parseConfigText(text: string): {value: unknown; json: boolean} {
  try {
    return {value: JSON.parse(text), json: true}
  } catch {
    return {value: parseYaml(text), json: false}
  }
}

/** A setting given twice in a config's JSON, of those `counts`, is an error naming it and both its lines. */
function refuseRepeatedKeys(text: string, file: string, counts: (repeated: RepeatedKey) => boolean = () => true): void {
  const repeated = repeatedKeys(text).find(counts)
  if (!repeated) return
  const within = repeated.within.length > 0 ? ` in ${repeated.within.map((key) => `“${key}”`).join(' › ')}` : ''
  const [first, second] = repeated.lines
  throw new ConfigError(`${file}: “${repeated.key}” is set twice${within} (${first === second ? `line ${first}` : `lines ${first} and ${second}`}); only the last would count: give it once`)
}

const found = new Map<string, {file: string; config: ConfigFile} | null>()
/** Per cached folder, the config files it held and when each was last changed. */
const signatures = new Map<string, string>()

function signatureOf(dir: string): string {
  return configNames
    .map((name) => {
      try {
        return `${name}:${statSync(path.join(dir, name)).mtimeMs}`
      } catch {
        return ''
      }
    })
    .join('|')
}

/** The nearest config file at or above `dir`, cached per folder for the process. */
export function findConfig(dir: string): {file: string; config: ConfigFile} | undefined {
  const start = path.resolve(dir)
  const cached = found.get(start)
  if (cached !== undefined) return cached ?? undefined
  let result: {file: string; config: ConfigFile} | undefined
  for (const name of configNames) {
    const file = path.join(start, name)
    if (!existsSync(file)) continue
    const config = readConfigFile(file)
    if (config) {
      result = {file, config}
      break
    }
  }
  if (!result) {
    const parent = path.dirname(start)
    if (parent !== start) result = findConfig(parent)
  }
  found.set(start, result ?? null)
  signatures.set(start, signatureOf(start))
  return result
}

/**
 * Forget the cached configuration if a config file was added, changed or
 * removed in a folder looked at before: a long-lived process (the language
 * server) calls this before each lint, so an edited .copydeskrc takes effect
 * without a restart. A few stat calls per folder.
 */
export function refreshConfigs(): void {
  for (const [dir, signature] of signatures) {
    if (signatureOf(dir) === signature) continue
    found.clear()
    signatures.clear()
    return
  }
}

type Overrides = {rules?: Record<string, Severity>; dialect?: ResolvedConfig['dialect']; story?: boolean}

const resolved = new WeakMap<ConfigFile, Map<string, ResolvedConfig>>()

/** Default article size limit (megabytes) and per-article time budget (seconds). */
export const defaultLimits = {maxFileSize: 5, timeBudget: 60}

/**
 * Fill in defaults and apply command-line overrides (`--rule id=severity`).
 * Resolved once per config object, overrides and source: a batch of 10,000
 * articles under one config (or a config with a million words) resolves it once.
 */
export function resolveConfig(config: ConfigFile, overrides: Overrides = {}, source?: string): ResolvedConfig {
  const key = JSON.stringify([overrides, source])
  let byKey = resolved.get(config)
  if (!byKey) resolved.set(config, (byKey = new Map()))
  let result = byKey.get(key)
  if (!result) byKey.set(key, (result = resolveFresh(config, overrides, source)))
  return result
}

function resolveFresh(config: ConfigFile, overrides: Overrides, source?: string): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {}
  // The story's rule too (it takes a severity and no options: `off` turns the comparison off).
  for (const {id, defaultSeverity} of [...allRules.map((rule) => rule.meta), storyRule]) {
    const setting = config.rules?.[id]
    const [severity, options] = Array.isArray(setting) ? setting : [setting, {}]
    rules[id] = {severity: overrides.rules?.[id] ?? severity ?? defaultSeverity, options}
  }
  const names = config.officialNames === undefined ? [] : [config.officialNames].flat()
  const base = source ? path.dirname(source) : process.cwd()
  const named = (key: string, file: string | undefined, missing = '', what = 'the file') => {
    if (file === undefined) return undefined
    if (!existsSync(file)) throw new ConfigError(`${source ?? 'config'}: ${key}: no such file ${file}${missing}`)
    // A folder read as a model or a data file failed once per article with EISDIR, blaming the install.
    if (statSync(file).isDirectory()) throw new ConfigError(`${source ?? 'config'}: ${key}: ${file} is a folder; name ${what}`)
    return file
  }
  const officialNames = names.map((file) => named('officialNames', path.resolve(base, file))!)
  const model = named('model', config.model === undefined ? undefined : path.resolve(base, config.model), ' (create it with copydesk learn)', 'the model file')
  const furniturePatterns = named('furniturePatterns', config.furniturePatterns === undefined ? undefined : path.resolve(base, config.furniturePatterns))
  const people = named('people', config.people === undefined ? undefined : path.resolve(base, config.people))
  return {
    model,
    people,
    furniturePatterns,
    dialect: overrides.dialect ?? config.dialect ?? 'en-GB',
    words: typeof config.words === 'string' ? readNewsroomWords(path.resolve(base, config.words), source) : (config.words ?? []).map((word) => word.toLowerCase()),
    officialNames,
    rules,
    story: overrides.story ?? config.story ?? false,
    maxFileBytes: (config.maxFileSize ?? defaultLimits.maxFileSize) * 1048576,
    timeBudgetMs: (config.timeBudget ?? defaultLimits.timeBudget) * 1000,
    source
  }
}


/** A newsroom word list (one word per line, # comments), lower-cased like listed words. */
function readNewsroomWords(file: string, source?: string): string[] {
  let words: string[]
  try {
    words = readWordList(file)
  } catch (error) {
    // A file in another encoding says so itself (“is not valid UTF-8 text”).
    if (error instanceof ConfigError) throw new ConfigError(`${source ?? 'config'}: words: ${error.message}`)
    throw new ConfigError(`${source ?? 'config'}: words: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  const phrase = words.find(notOneWord)
  if (phrase !== undefined) throw new ConfigError(`${source ?? 'config'}: words: ${file}: “${phrase}” is not one word; put each word on a line of its own`)
  return words.map((word) => word.toLowerCase())
}
