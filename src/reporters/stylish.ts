import {reporter} from 'vfile-reporter'
import type {VFile} from 'vfile'

/** vfile-reporter's human-readable report, as other unified tools print it. */
export function formatStylish(files: VFile[], options: {color?: boolean} = {}): string {
  const text = reporter(files, {color: options.color ?? false})
  return text ? text + '\n' : ''
}
