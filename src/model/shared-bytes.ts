// The model files are read whole and used in place, as typed arrays over their
// bytes. A batch's worker threads would each hold their own copy (26 MB for
// the default files); instead the command reads each file once into memory
// the threads share, and a worker's reads are served from it.
import {readFileSync} from 'node:fs'

const shared = new Map<string, Buffer>()

/** A file's bytes: from the memory the command shared, if it shared this file, else from disk. */
export function readBytes(file: string): Buffer {
  return shared.get(file) ?? readFileSync(file)
}

/**
 * A model file's bytes, starting on a four-byte boundary, for typed arrays
 * to view in place: a buffer that does not start on one (a small file Node
 * pooled) is copied.
 */
export function readAlignedBytes(file: string): Buffer {
  const read = readBytes(file)
  return read.byteOffset % 4 === 0 ? read : Buffer.from(Uint8Array.prototype.slice.call(read))
}

/** The next four-byte boundary at or after `offset`: model files keep their arrays on them. */
export const align = (offset: number): number => (offset + 3) & ~3

/** In the command: `files` read into shared memory, for its workers (`useSharedFiles`); a file that cannot be read is left to each reader. */
export function shareFiles(files: string[]): Record<string, SharedArrayBuffer> {
  const memory: Record<string, SharedArrayBuffer> = {}
  for (const file of files) {
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch {
      continue
    }
    const buffer = new SharedArrayBuffer(bytes.length)
    new Uint8Array(buffer).set(bytes)
    memory[file] = buffer
  }
  return memory
}

/** In a worker: read the command's shared files from memory from now on. */
export function useSharedFiles(memory: Record<string, SharedArrayBuffer>): void {
  for (const [file, buffer] of Object.entries(memory)) shared.set(file, Buffer.from(buffer))
}
