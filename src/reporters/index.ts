import type {VFile} from 'vfile'
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
import {formatSarif} from './sarif.js'
import {formatStylish} from './stylish.js'

export const formats = ['stylish', 'json', 'sarif', 'github'] as const
export type Format = (typeof formats)[number]

export function formatReport(format: Format, files: VFile[], options: {color?: boolean; cwd?: string} = {}): string {
  switch (format) {
    case 'json':
      return formatJson(files)
    case 'sarif':
      return formatSarif(files, options.cwd)
    case 'github':
      return formatGithub(files)
    case 'stylish':
      return formatStylish(files, options)
  }
}
