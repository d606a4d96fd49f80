import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type ReportedSeverity = 'error' | 'warning' | 'info'

/** vfile's convention, read back: fatal errors, non-fatal warnings, the rest information. */
export function severityOf(message: VFileMessage): ReportedSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export interface Range {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export function rangeOf(message: VFileMessage): Range {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  return {
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  }
}

/** Messages in reading order. */
export function sortedMessages(file: VFile): VFileMessage[] {
  return [...file.messages].sort((a, b) => {
    const left = rangeOf(a)
    const right = rangeOf(b)
    return left.line - right.line || left.column - right.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '')
  })
}

/** The file name a report shows: relative to the working folder where possible. */
export function displayPath(file: VFile): string {
  return file.path ? file.path.replace(/\\/g, '/') : '<stdin>'
}

/** A report written file by file as a batch is checked, then closed. */
export interface ReportWriter {
  add(file: VFile): void
  end(): void
}

/** The whole report a writer gives for the files, as one text. */
export function wholeReport(writerFor: (write: (text: string) => void) => ReportWriter, files: VFile[]): string {
  const parts: string[] = []
  const writer = writerFor((text) => parts.push(text))
  for (const file of files) writer.add(file)
  writer.end()
  return parts.join('')
}
