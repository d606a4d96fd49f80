import type {VFile} from 'vfile'
import {displayPath, rangeOf, severityOf, sortedMessages, wholeReport, type ReportWriter} from './messages.js'

/** One object per file, one flat object per message: easy for scripts and CMS plugins. */
export function formatJson(files: VFile[]): string {
  return wholeReport(jsonReportWriter, files)
}

/**
 * The JSON report written a file at a time, the same text `formatJson`
 * gives (an array indented by two spaces): a batch of 10,000 articles is
 * reported as it is checked, and no file's messages are kept after theirs
 * is written.
 */
export function jsonReportWriter(write: (text: string) => void): ReportWriter {
  let written = 0
  return {
    add(file) {
      // Each entry sits one level into the array: every line of it indented by two spaces more.
      write(`${written++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(entry(file), null, 2).replaceAll('\n', '\n  ')}`)
    },
    end() {
      write(written === 0 ? '[]\n' : '\n]\n')
    }
  }
}

function entry(file: VFile) {
  return {
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
  }
}
