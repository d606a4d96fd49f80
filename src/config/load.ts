import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {allRules} from '../rules.js'
import type {Severity} from '../types.js'
import {ConfigError, type ConfigFile, type ResolvedConfig} from './types.js'
import {validateConfig} from './validate.js'

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
  let value: unknown
  try {
    // YAML is a superset of JSON, so one parser serves every rc format;
    // package.json is strict JSON.
    value = path.basename(file) === 'package.json' ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    throw new ConfigError(`${file}: not valid ${/\.ya?ml$/.test(file) ? 'YAML' : 'JSON or YAML'}: ${(error as Error).message.split('\n')[0].replace(/:$/, '')}`)
  }
  if (path.basename(file) === 'package.json') {
    const field = (value as {copydesk?: unknown} | null)?.copydesk
    return field === undefined ? undefined : validateConfig(field, `${file} (copydesk field)`)
  }
  return validateConfig(value, file)
}

const found = new Map<string, {file: string; config: ConfigFile} | null>()

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
  return result
}

/** Fill in defaults and apply command-line overrides (`--rule id=severity`). */
export function resolveConfig(
  config: ConfigFile,
  overrides: {rules?: Record<string, Severity>; dialect?: ResolvedConfig['dialect']; story?: boolean} = {},
  source?: string
): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {}
  for (const rule of allRules) {
    const setting = config.rules?.[rule.meta.id]
    const [severity, options] = Array.isArray(setting) ? setting : [setting, {}]
    rules[rule.meta.id] = {
      severity: overrides.rules?.[rule.meta.id] ?? severity ?? rule.meta.defaultSeverity,
      options
    }
  }
  const names = config.officialNames === undefined ? [] : [config.officialNames].flat()
  const base = source ? path.dirname(source) : process.cwd()
  const officialNames = names.map((file) => path.resolve(base, file))
  for (const file of officialNames) {
    if (!existsSync(file)) throw new ConfigError(`${source ?? 'config'}: officialNames: no such file ${file}`)
  }
  const model = config.model === undefined ? undefined : path.resolve(base, config.model)
  if (model && !existsSync(model)) throw new ConfigError(`${source ?? 'config'}: model: no such file ${model} (create it with copydesk learn)`)
  const people = config.people === undefined ? undefined : path.resolve(base, config.people)
  if (people && !existsSync(people)) throw new ConfigError(`${source ?? 'config'}: people: no such file ${people}`)
  return {
    model,
    people,
    dialect: overrides.dialect ?? config.dialect ?? 'en-GB',
    words: (config.words ?? []).map((word) => word.toLowerCase()),
    officialNames,
    rules,
    story: overrides.story ?? config.story ?? false,
    source
  }
}
