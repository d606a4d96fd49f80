import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import {allRules, storyRule} from '../rules.js'
import {ruleDocsUrl} from '../rule.js'
import {version} from '../version.js'
import {packageRoot} from '../paths.js'
import {rangeOf, severityOf, sortedMessages} from './messages.js'

const levels = {error: 'error', warning: 'warning', info: 'note'} as const

/** SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps). */
export function formatSarif(files: VFile[], cwd = process.cwd()): string {
  const rules = [...allRules.map((rule) => rule.meta), storyRule].map((rule) => ({
    id: rule.id,
    shortDescription: {text: rule.description},
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: {level: levels[rule.defaultSeverity]}
  }))
  const index = new Map(rules.map((rule, position) => [rule.id, position]))

  const results = files.flatMap((file) =>
    sortedMessages(file).map((message) => {
      const range = rangeOf(message)
      const uri = file.path ? artifactUri(file.path, cwd) : 'stdin'
      const region = {startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn}
      const ruleIndex = index.get(message.ruleId ?? '')
      return {
        ruleId: message.ruleId ?? 'unknown',
        ...(ruleIndex === undefined ? {} : {ruleIndex}),
        level: levels[severityOf(message)],
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation: {uri}, region}}],
        ...(message.expected?.length
          ? {
              fixes: [
                {
                  description: {text: message.expected[0] === '' ? 'Delete it' : `Replace with “${message.expected[0]}”`},
                  artifactChanges: [{artifactLocation: {uri}, replacements: [{deletedRegion: region, insertedContent: {text: message.expected[0]}}]}]
                }
              ]
            }
          : {})
      }
    })
  )

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        // The manual copydesk was installed with (it was the working folder's README, whatever that held).
        tool: {driver: {name: 'copydesk', version, informationUri: pathToFileURL(path.join(packageRoot, 'README.md')).href, rules}},
        // Columns count UTF-16 code units, as JavaScript's strings do (an emoji is two): said, so a viewer places them right.
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/** Relative URIs for files under the working folder (what code scanning expects), absolute otherwise. */
function artifactUri(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file))
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).map(encodeURIComponent).join('/')
  return pathToFileURL(path.resolve(cwd, file)).href
}
