import type {VFile} from 'vfile'
import {displayPath, rangeOf, severityOf, sortedMessages, wholeReport, type ReportWriter} from './messages.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/** GitHub Actions workflow commands: each message becomes an annotation on its line. */
export function formatGithub(files: VFile[]): string {
  return wholeReport(githubReportWriter, files)
}

/** The workflow commands written a file at a time, the same text `formatGithub` gives: a line per message. */
export function githubReportWriter(write: (text: string) => void): ReportWriter {
  return {
    add(file) {
      const lines = sortedMessages(file).map((message) => {
        const range = rangeOf(message)
        const properties = [
          `file=${escapeProperty(displayPath(file))}`,
          `line=${range.line}`,
          `col=${range.column}`,
          `endLine=${range.endLine}`,
          `endColumn=${range.endColumn}`,
          `title=${escapeProperty(`copydesk/${message.ruleId ?? 'unknown'}`)}`
        ].join(',')
        // An empty fix deletes what the message covers: said in words, not as empty quotation marks.
        const fix = message.expected?.length ? ` Suggested: ${message.expected.map((item) => (item === '' ? 'delete it' : `“${item}”`)).join(', ')}.` : ''
        return `::${commands[severityOf(message)]} ${properties}::${escapeData(message.reason + fix)}\n`
      })
      if (lines.length > 0) write(lines.join(''))
    },
    end() {}
  }
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
