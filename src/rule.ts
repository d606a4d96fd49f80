import {pathToFileURL} from 'node:url'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleDataPath} from './paths.js'
import {timed} from './timings.js'
import type {Finding, Rule, RuleMeta, Severity, SharedSettings} from './types.js'
import {withoutFiller} from './text/markup-filler.js'

export interface RuleOptions {
  severity: Exclude<Severity, 'off'>
  settings: SharedSettings
  options?: Record<string, unknown>
  resource?: unknown
}

/** A rule as a unified plugin, with its metadata readable without running it. */
export interface RulePlugin {
  (options: RuleOptions): (tree: Root, file: VFile) => void
  meta: RuleMeta
  load(settings: SharedSettings): Promise<unknown>
}

/** Where a rule's documentation lives: its README inside the installed package. */
export function ruleDocsUrl(id: string): string {
  return pathToFileURL(ruleDataPath(id, 'README.md')).href
}

export function defineRule<Resource>(rule: Rule<Resource>): RulePlugin {
  const {meta} = rule
  const url = ruleDocsUrl(meta.id)

  function plugin(options: RuleOptions) {
    // The defaults are declared in the meta, where validation reads them too.
    const given = {...meta.defaults, ...options.options}
    return function (tree: Root, file: VFile): void {
      const article = file.data.article
      if (!article) throw new Error('copydesk: the article plugin must run before rule ' + meta.id)
      // Past the file's time budget, the remaining rules are skipped and the caller says so: never a hang.
      const {deadline} = file.data
      if (deadline !== undefined && performance.now() > deadline) {
        ;(file.data.skippedRules ??= []).push(meta.id)
        return
      }
      try {
        timed(meta.id, () => check(tree, file, article))
      } catch (error) {
        // One rule's bug must not cost the editor every other rule's findings.
        const message = file.message(`copydesk’s ${meta.id} rule failed on this article (${(error as Error).message}), so it may have missed defects; the other rules ran. Please report this with the article.`, {
          place: {line: 1, column: 1},
          ruleId: meta.id,
          source: 'copydesk'
        })
        message.fatal = true
        message.url = url
      }
    }

    function check(tree: Root, file: VFile, article: NonNullable<VFile['data']['article']>): void {
      rule.check({
        tree,
        file,
        article,
        settings: options.settings,
        options: given,
        resource: options.resource as Resource,
        report(finding: Finding) {
          // A rule reading the prose may quote the filler that stands for markup there: never shown.
          const message = file.message(withoutFiller(finding.reason), {
            place: {start: article.point(finding.start), end: article.point(finding.end, 'end')},
            ruleId: meta.id,
            source: 'copydesk'
          })
          message.actual = finding.actual === undefined ? article.text.slice(finding.start, finding.end) : withoutFiller(finding.actual)
          const {expected} = finding
          // A fix that rewrites words with markup among them (“Self</em>-Defense”, “National</a> Capitol”) would write
          // over the markup: the message stands, without the fix. (A deletion takes whole elements: src/widen-deletion.ts.)
          const overMarkup = article.markup && (article.prose.slice(finding.start, finding.end) !== article.text.slice(finding.start, finding.end) || article.hidesMarkup(finding.start, finding.end))
          const replaces = (fixes: string[]) => (overMarkup ? fixes.filter((fix) => fix === '') : fixes.map(withoutFiller))
          if (typeof expected === 'function') lazyExpected(message, () => replaces(expected()))
          else message.expected = replaces(expected ?? [])
          message.url = url
          if (finding.note) message.note = finding.note
          message.fatal = fatalFor(options.severity)
        }
      })
    }
  }

  return Object.assign(plugin, {
    meta,
    async load(settings: SharedSettings): Promise<unknown> {
      return rule.load ? rule.load(settings) : undefined
    }
  })
}

/** `message.expected`, computed on first read (and replaceable, as a plain field is). */
function lazyExpected(message: VFileMessage, compute: () => string[]): void {
  let value: string[] | undefined
  // Once worked out, the fixes no longer need the closure, nor the article it holds.
  let pending: (() => string[]) | undefined = compute
  Object.defineProperty(message, 'expected', {
    configurable: true,
    enumerable: true,
    get: () => {
      if (pending) {
        value = pending()
        pending = undefined
      }
      return value
    },
    set: (replacement: string[]) => {
      value = replacement
      pending = undefined
    }
  })
}

/** vfile's convention: errors are fatal, warnings are not, information is neither. */
export function fatalFor(severity: Exclude<Severity, 'off'>): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}
