import type {VFile} from 'vfile'
import {displayPath, rangeOf, severityOf, sortedMessages} from './messages.js'

/** One object per file, one flat object per message: easy for scripts and CMS plugins. */
export function formatJson(files: VFile[]): string {
  return (
    JSON.stringify(
      files.map((file) => ({
        path: displayPath(file),
        messages: sortedMessages(file).map((message) => ({
          ruleId: message.ruleId ?? null,
          source: message.source ?? null,
          severity: severityOf(message),
          fatal: message.fatal ?? null,
          reason: message.reason,
          ...rangeOf(message),
          actual: message.actual ?? null,
          expected: message.expected ?? [],
          url: message.url ?? null,
          note: message.note ?? null
        }))
      })),
      null,
      2
    ) + '\n'
  )
}
