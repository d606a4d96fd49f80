import {chownSync, closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs'
import path from 'node:path'

/**
 * Replace a file's contents so that a crash at any moment leaves either the
 * old file or the new one, never half of each: write a temporary file beside
 * it, flush it to disk, then rename it over the original. The file stays the
 * file it was: a symbolic link's target is written and the link kept; the
 * new file has the old one's permissions and, where the process may give it,
 * its owner (a private draft stays private); a file with other hard links is
 * written in place, as a rename would leave the other names on the old text;
 * and a read-only file is not written at all.
 */
export function writeFileAtomic(file: string, data: string, rename: (from: string, to: string) => void = renameSync): void {
  const target = realpathSync(file)
  const {mode, uid, gid, nlink} = statSync(target)
  if ((mode & 0o222) === 0) throw Object.assign(new Error(`${file} is read-only`), {code: 'read-only'})
  if (nlink > 1) {
    writeFileSync(target, data)
    return
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.copydesk-${process.pid}.tmp`)
  const descriptor = openSync(temporary, 'w', mode & 0o777)
  try {
    try {
      writeSync(descriptor, data)
      // The mode asked for at creation is cut by the umask: set it as the old file had it.
      fchmodSync(descriptor, mode & 0o7777)
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    // Only a privileged process may give a file to another owner; one that may not leaves the file its own, as an editor does.
    try {
      chownSync(temporary, uid, gid)
    } catch {
      // Not permitted: the fixed file belongs to whoever fixed it.
    }
    rename(temporary, target)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
