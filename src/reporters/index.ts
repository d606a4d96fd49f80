import type {VFile} from 'vfile'
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
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
