import type {VFile} from 'vfile'
import {displayPath, rangeOf, severityOf, sortedMessages} from './messages.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/** GitHub Actions workflow commands: each message becomes an annotation on its line. */
export function formatGithub(files: VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of sortedMessages(file)) {
      const range = rangeOf(message)
      const properties = [
        `file=${escapeProperty(displayPath(file))}`,
        `line=${range.line}`,
        `col=${range.column}`,
        `endLine=${range.endLine}`,
        `endColumn=${range.endColumn}`,
        `title=${escapeProperty(`copydesk/${message.ruleId ?? 'unknown'}`)}`
      ].join(',')
      const fix = message.expected?.length ? ` Suggested: ${message.expected.map((item) => `“${item}”`).join(', ')}.` : ''
      lines.push(`::${commands[severityOf(message)]} ${properties}::${escapeData(message.reason + fix)}`)
    }
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
