import {closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync} from 'node:fs'
import path from 'node:path'

/**
 * Replace a file's contents so that a crash at any moment leaves either the
 * old file or the new one, never half of each: write a temporary file beside
 * it, flush it to disk, then rename it over the original.
 */
export function writeFileAtomic(file: string, data: string, rename: (from: string, to: string) => void = renameSync): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.copydesk-${process.pid}.tmp`)
  const descriptor = openSync(temporary, 'w')
  try {
    writeSync(descriptor, data)
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
  try {
    rename(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
