import {reporter} from 'vfile-reporter'
import type {VFile} from 'vfile'

/**
 * vfile-reporter's human-readable report, as other unified tools print it. A
 * file some rules did not check (its time budget ran out) is not said to
 * have “no issues”: the line names the rules that did not run.
 */
export function formatStylish(files: VFile[], options: {color?: boolean} = {}): string {
  let text = reporter(files, {color: options.color ?? false})
  for (const file of files) {
    const skipped = file.data.skippedRules
    if (!skipped?.length || file.messages.length > 0) continue
    text = text.replace(/^(.*?): no issues found$/gm, (line, name: string) => (name === file.path || file.path?.endsWith(name) ? `${name}: not fully checked (out of time; these rules did not run: ${skipped.join(', ')})` : line))
  }
  return text ? text + '\n' : ''
}
