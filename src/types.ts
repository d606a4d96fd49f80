import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Article} from './article/types.js'

export type Severity = 'off' | 'info' | 'warning' | 'error'
export const severities: readonly Severity[] = ['off', 'info', 'warning', 'error']

/** House spellings: British, American, and Australian (British but for a few words such as “program”). */
export type Dialect = 'en-GB' | 'en-US' | 'en-AU'
export const dialects: readonly Dialect[] = ['en-GB', 'en-US', 'en-AU']
/** Every name a house may give its spelling: the house spellings and their other names. */
export type DialectName = Dialect | 'en-NZ'
/** Other names a house may give its spelling, and the house spelling each is: New Zealand spells as Britain does (“programme”, “organise”). */
export const dialectAliases: Readonly<Record<Exclude<DialectName, Dialect>, Dialect>> = {'en-NZ': 'en-GB'}

/** The house spelling a dialect's name gives, or undefined for a name copydesk does not know. */
export function houseDialect(name: string): Dialect | undefined {
  return dialects.includes(name as Dialect) ? (name as Dialect) : Object.hasOwn(dialectAliases, name) ? dialectAliases[name as keyof typeof dialectAliases] : undefined
}

/** Every name `--dialect` and the config's `dialect` accept. */
export const dialectNames: readonly string[] = [...dialects, ...Object.keys(dialectAliases)]

/** The British or American family a house spelling belongs to, as dictionaries and variant pairs know them. */
export function spellingFamily(dialect: Dialect): 'en-GB' | 'en-US' {
  return dialect === 'en-US' ? 'en-US' : 'en-GB'
}

/** What a reporter, an editor or `--help` can know about a rule without running it. */
export interface RuleMeta {
  id: string
  description: string
  defaultSeverity: Exclude<Severity, 'off'>
  /** Rules whose messages this rule replaces where their ranges overlap (one defect, one message). */
  supersedes?: readonly string[]
  /** Whether `expected[0]` can be applied without an editor's judgement. */
  fixable?: boolean
  /** The options a config may give the rule, and the kind of value each takes: any other is a config error. */
  options?: Readonly<Record<string, RuleOptionKind>>
  /**
   * The values of the numeric options a config leaves unset: the rule reads them in its options, and validation
   * compares an option of a minimum and maximum pair given alone with the other's default (readability's
   * minWords of 80 under the default maxWords of 60 turned its formulas off).
   */
  defaults?: Readonly<Record<string, number>>
}

/** A rule option's kind: any number, a count (a whole number above 0), a share (above 0, at most 1), true or false, or a list of words. */
export type RuleOptionKind = 'number' | 'count' | 'share' | 'boolean' | 'words'

/** Settings that every rule may read: they come from the merged configuration. */
export interface SharedSettings {
  dialect: Dialect
  /** Extra words a newsroom accepts (lower-cased). */
  words: ReadonlySet<string>
  /** A newsroom's own official-name files (absolute paths), read with the starter list. */
  officialNames: readonly string[]
  /** A learned model to use instead of the default one (absolute path). */
  model?: string
  /** The newsroom's people records instead of the starter file (absolute path). */
  people?: string
  /** The newsroom's own furniture patterns, used with the shipped ones (absolute path). */
  furniturePatterns?: string
}

export interface Finding {
  reason: string
  start: number
  end: number
  actual?: string
  /**
   * Fixes, best first; or a function that ranks them, called only if the
   * message is still wanted when someone reads its fixes (ranking a typo's
   * fixes against the model is the dearest step of spelling, and a message
   * that a more specific one supersedes never needs them).
   */
  expected?: string[] | (() => string[])
  note?: string
}

export interface RuleContext<Resource = unknown> {
  tree: Root
  file: VFile
  article: Article
  settings: SharedSettings
  options: Record<string, unknown>
  /** What the rule's `load` returned: dictionaries, word lists, compiled patterns. */
  resource: Resource
  report(finding: Finding): void
}

export interface Rule<Resource = undefined> {
  meta: RuleMeta
  /** Load heavy or file-based data once per process and settings (never per file). */
  load?(settings: SharedSettings): Promise<Resource> | Resource
  check(context: RuleContext<Resource>): void
}
