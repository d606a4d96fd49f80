// The model files are read whole and used in place, as typed arrays over their
// bytes. A batch's worker threads would each hold their own copy (26 MB for
// the default files); instead the command reads each file once into memory
// the threads share, and a worker's reads are served from it. The lint
// command also reads its large files ahead (`readAhead`), while it loads.
import {closeSync, fstatSync, openSync, read, readFileSync} from 'node:fs'

const shared = new Map<string, Buffer>()

/** A file's bytes: from memory, if the command shared or read ahead this file, else from disk. */
export function readBytes(file: string): Buffer {
  return shared.get(file) ?? readFileSync(file)
}

/** A UTF-8 file's text, from memory as `readBytes` gives it. */
export function readText(file: string): string {
  return shared.get(file)?.toString('utf8') ?? readFileSync(file, 'utf8')
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
      bytes = readBytes(file)
    } catch {
      continue
    }
    // A file read ahead is in shared memory already.
    if (bytes.buffer instanceof SharedArrayBuffer && bytes.byteOffset === 0 && bytes.length === bytes.buffer.byteLength) {
      memory[file] = bytes.buffer
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

/**
 * Start reading `files` whole on Node's I/O threads; the promise gives
 * those read, for `useFilesRead`. The lint command starts this before it
 * loads its program, which then finds the files in memory instead of
 * reading them itself: on two cores the other one does the reading (some
 * 40 ms of a one-article lint). Each file is one read request, not Node's
 * chunked readFile, whose every chunk waits for the busy main thread to
 * ask for the next. A file that cannot be read whole is left to its reader.
 */
export function readAhead(files: readonly string[]): Promise<Map<string, Buffer>> {
  return Promise.all(files.map(readWhole)).then((buffers) => new Map(files.flatMap((file, index) => (buffers[index] ? [[file, buffers[index]]] : []))))
}

function readWhole(file: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    let descriptor: number | undefined
    try {
      descriptor = openSync(file, 'r')
      const size = fstatSync(descriptor).size
      // Memory of its own (never one of Node's pooled slices), so it starts on a four-byte boundary, as the
      // models' arrays need; and memory a batch's worker threads can share as it is (`shareFiles`).
      const buffer = Buffer.from(new SharedArrayBuffer(size))
      const opened = descriptor
      read(opened, buffer, 0, size, 0, (error, length) => {
        closeSync(opened)
        resolve(error || length !== size ? undefined : buffer)
      })
    } catch {
      if (descriptor !== undefined) closeSync(descriptor)
      resolve(undefined)
    }
  })
}

/** Serve reads of these files from memory from now on (`readAhead`'s result). */
export function useFilesRead(files: Map<string, Buffer>): void {
  for (const [file, buffer] of files) shared.set(file, buffer)
}
