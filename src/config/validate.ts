import {findRule, ruleIds} from '../rules.js'
import {dialectNames, houseDialect, severities, type RuleOptionKind, type Severity} from '../types.js'
import {ConfigError, type ConfigFile} from './types.js'

const keys = new Set(['dialect', 'words', 'officialNames', 'model', 'people', 'rules', 'story', 'maxFileSize', 'timeBudget', 'furniturePatterns'])

/** Check a parsed config object and say exactly what is wrong, naming the file. */
export function validateConfig(value: unknown, source: string): ConfigFile {
  const fail = (problem: string): never => {
    throw new ConfigError(`${source}: ${problem}`)
  }
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) fail('expected an object of settings')
  const config = value as Record<string, unknown>

  for (const key of Object.keys(config)) {
    if (!keys.has(key)) fail(`unknown setting “${key}” (known: ${[...keys].join(', ')})`)
  }
  if (config.dialect !== undefined) {
    // (A name for another house spelling is read as that spelling: “en-NZ” is “en-GB”.)
    const house = typeof config.dialect === 'string' ? houseDialect(config.dialect) : undefined
    if (!house) fail(`dialect must be one of ${dialectNames.map((dialect) => `“${dialect}”`).join(', ')}, not ${JSON.stringify(config.dialect)}`)
    config.dialect = house
  }
  if (config.words !== undefined && typeof config.words !== 'string' && !(Array.isArray(config.words) && config.words.every((word) => typeof word === 'string'))) {
    fail('words must be a list of words or the path of a word-list file')
  }
  const wordsWrong = Array.isArray(config.words) ? wordsProblem(config.words) : undefined
  if (wordsWrong) fail(`words: ${wordsWrong}`)
  const names = config.officialNames
  if (names !== undefined && typeof names !== 'string' && !(Array.isArray(names) && names.every((name) => typeof name === 'string'))) {
    fail('officialNames must be a file path or a list of file paths')
  }
  if (config.people !== undefined && typeof config.people !== 'string') fail('people must be the path of a people file (YAML)')
  if (config.furniturePatterns !== undefined && typeof config.furniturePatterns !== 'string') fail('furniturePatterns must be the path of a patterns file (YAML)')
  if (config.model !== undefined && typeof config.model !== 'string') fail('model must be the path of a model file (from copydesk learn)')
  if (config.story !== undefined && typeof config.story !== 'boolean') fail('story must be true or false')
  for (const key of ['maxFileSize', 'timeBudget'] as const) {
    const limit = config[key]
    if (limit !== undefined && !(typeof limit === 'number' && Number.isFinite(limit) && limit > 0)) {
      fail(`${key} must be a positive number (${key === 'maxFileSize' ? 'megabytes' : 'seconds'}), not ${JSON.stringify(limit)}`)
    }
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) {
      fail('rules must map rule ids to severities')
    }
    for (const [id, setting] of Object.entries(config.rules as Record<string, unknown>)) {
      if (!ruleIds.includes(id)) fail(`unknown rule “${id}” (known: ${ruleIds.join(', ')})`)
      const severity = Array.isArray(setting) ? setting[0] : setting
      if (!isSeverity(severity)) fail(`rule “${id}”: severity must be one of ${severities.join(', ')}`)
      if (Array.isArray(setting) && (setting.length !== 2 || typeof setting[1] !== 'object' || setting[1] === null || Array.isArray(setting[1]))) {
        fail(`rule “${id}”: use [severity, {options}]`)
      }
      // A misspelt option would otherwise be ignored, and the desk would believe the rule set as it wrote.
      const meta = findRule(id)?.meta
      const declared: Readonly<Record<string, RuleOptionKind>> = meta?.options ?? {}
      const options = Array.isArray(setting) ? (setting[1] as Record<string, unknown>) : {}
      for (const [name, option] of Object.entries(options)) {
        const kind = declared[name]
        if (!kind) fail(`rule “${id}”: unknown option “${name}” (${Object.keys(declared).length > 0 ? `known: ${Object.keys(declared).join(', ')}` : 'it takes none'})`)
        if (!fitsKind(kind, option)) fail(`rule “${id}”: option “${name}” must be ${kindNames[kind]}, not ${JSON.stringify(option)}`)
        const listWrong = kind === 'words' ? wordsProblem(option as string[]) : undefined
        if (listWrong) fail(`rule “${id}”: option “${name}”: ${listWrong}`)
      }
      // A minimum above its maximum leaves nothing between them, and was taken in silence (readability's formulas judged
      // no sentence with minWords above maxWords), given with it or alone past its default. The pairs are the options
      // named minX and maxX.
      const defaults = meta?.defaults ?? {}
      for (const name of Object.keys(declared).filter((name) => name.startsWith('min'))) {
        const most = `max${name.slice(3)}`
        const least = (options[name] ?? defaults[name]) as number | undefined
        const greatest = (options[most] ?? defaults[most]) as number | undefined
        if (least === undefined || greatest === undefined || least <= greatest) continue
        if (options[name] !== undefined) fail(`rule “${id}”: option “${name}” must be at most “${most}” (${options[most] ?? `${greatest} by default`}), not ${least}`)
        fail(`rule “${id}”: option “${most}” must be at least “${name}” (${least} by default), not ${greatest}`)
      }
    }
  }
  return config as ConfigFile
}

const kindNames: Record<RuleOptionKind, string> = {number: 'a number', count: 'a whole number above 0', share: 'a number above 0 and at most 1', boolean: 'true or false', words: 'a list of words'}

function fitsKind(kind: RuleOptionKind, value: unknown): boolean {
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value)
  if (kind === 'count') return Number.isInteger(value) && (value as number) > 0
  if (kind === 'share') return typeof value === 'number' && value > 0 && value <= 1
  if (kind === 'boolean') return typeof value === 'boolean'
  return Array.isArray(value) && value.every((word) => typeof word === 'string')
}

/**
 * An entry of a list of words with a space or a comma in it: the rules look
 * words up one at a time, so the desk's “jointness, theatrisation” accepted
 * neither, and acronym's known “JIMEX SIMBEX” made neither known, in silence.
 */
export function notOneWord(entry: string): boolean {
  return /[\s,]/.test(entry)
}

/** What is wrong with a list of words a config gives (the desk's words, an option such as acronym's known), or undefined. */
function wordsProblem(words: readonly string[]): string | undefined {
  // An empty entry is no word a rule could meet: a slip (a blank cell of the sheet the list was pasted from).
  const empty = words.indexOf('')
  if (empty >= 0) return `entry ${empty + 1} is empty; leave it out`
  const phrase = words.find(notOneWord)
  return phrase === undefined ? undefined : `“${phrase}” is not one word; give each word as an entry of its own`
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (severities as readonly string[]).includes(value)
}
