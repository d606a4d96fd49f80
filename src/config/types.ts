import type {Dialect, Severity} from '../types.js'

/** A rule's entry in a config file: a severity, or a severity with options. */
export type RuleSetting = Severity | [Severity, Record<string, unknown>]

/** What a `.copydeskrc` (JSON or YAML) or a `copydesk` field in package.json holds. */
export interface ConfigFile {
  dialect?: Dialect
  /** Extra words the spelling rule accepts: a list, or the path of a word-list file (one word per line), relative to the config file. */
  words?: string[] | string
  rules?: Record<string, RuleSetting>
  /** A newsroom's own official-name lists (YAML), relative to the config file. */
  officialNames?: string | string[]
  /** A model learned from the newsroom's archive (`copydesk learn`), relative to the config file. */
  model?: string
  /** The newsroom's people records (YAML), relative to the config file; replaces the starter file. */
  people?: string
  /** The newsroom's own furniture patterns (YAML, the format of rules/boilerplate/patterns.yaml), relative to the config file; used with the shipped ones. */
  furniturePatterns?: string
  /** Lint all articles of a run as one story (cross-article checks). */
  story?: boolean
  /** Largest article to lint, in megabytes (default 5). */
  maxFileSize?: number
  /** Seconds one article may take before the remaining rules are skipped (default 60). */
  timeBudget?: number
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
  /** Absolute path of the newsroom's furniture patterns, if the config names them. */
  furniturePatterns?: string
  rules: Record<string, RuleSettings>
  story: boolean
  /** Largest article to lint, in bytes. */
  maxFileBytes: number
  /** Milliseconds one article may take before the remaining rules are skipped. */
  timeBudgetMs: number
  /** The file it came from, if any (for messages). */
  source?: string
}

export class ConfigError extends Error {}
