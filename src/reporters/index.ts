import type {VFile} from 'vfile'
import {formatGithub, githubReportWriter} from './github.js'
import {formatJson, jsonReportWriter} from './json.js'
import type {ReportWriter} from './messages.js'
import {formatSarif} from './sarif.js'

export const formats = ['stylish', 'json', 'sarif', 'github'] as const
export type Format = (typeof formats)[number]

/** The report in a format; vfile-reporter, for stylish, is loaded only when that report is asked for. */
export async function formatReport(format: Format, files: VFile[], options: {color?: boolean; cwd?: string} = {}): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(files)
    case 'sarif':
      return formatSarif(files, options.cwd)
    case 'github':
      return formatGithub(files)
    case 'stylish':
      return (await import('./stylish.js')).formatStylish(files, options)
  }
}

/**
 * A writer for the formats that can be written a file at a time (JSON and
 * GitHub's commands), giving the same text as `formatReport`: a batch then
 * keeps no file's messages once they are written. SARIF lists the rules the
 * messages used before its results, and stylish ends with totals: they are
 * written whole, at the end.
 */
export function reportWriter(format: Format, write: (text: string) => void): ReportWriter | undefined {
  if (format === 'json') return jsonReportWriter(write)
  if (format === 'github') return githubReportWriter(write)
  return undefined
}
