import type {Dialect, Severity} from '../types.js'

/** A rule's entry in a config file: a severity, or a severity with options. */
export type RuleSetting = Severity | [Severity, Record<string, unknown>]

/** What a `.copydeskrc` (JSON or YAML) or a `copydesk` field in package.json holds. */
export interface ConfigFile {
  dialect?: Dialect
  /** Extra words the spelling rule accepts. */
  words?: string[]
  rules?: Record<string, RuleSetting>
  /** A newsroom's own official-name lists (YAML), relative to the config file. */
  officialNames?: string | string[]
  /** A model learned from the newsroom's archive (`copydesk learn`), relative to the config file. */
  model?: string
  /** The newsroom's people records (YAML), relative to the config file; replaces the starter file. */
  people?: string
  /** Lint all articles of a run as one story (cross-article checks). */
  story?: boolean
}

export interface RuleSettings {
  severity: Severity
  options: Record<string, unknown>
}

/** A configuration with every default filled in. */
export interface ResolvedConfig {
  dialect: Dialect
  words: string[]
  /** Absolute paths of a newsroom's official-name lists. */
  officialNames: string[]
  /** Absolute path of a learned model, if the config names one. */
  model?: string
  /** Absolute path of the newsroom's people records, if the config names them. */
  people?: string
  rules: Record<string, RuleSettings>
  story: boolean
  /** The file it came from, if any (for messages). */
  source?: string
}

export class ConfigError extends Error {}
