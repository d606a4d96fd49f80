/** copydesk's library API: lint articles and get vfiles with messages back. */
export {lint, lintFile, configFor, type LintOptions, type LintInput} from './linter.js'
export {checkStory} from './story.js'
export {allRules, ruleIds, findRule} from './rules.js'
export {ConfigError, type ConfigFile, type ResolvedConfig} from './config/types.js'
export type {RuleMeta, Severity, Dialect} from './types.js'
