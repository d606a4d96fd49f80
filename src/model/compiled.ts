import {readBytes} from './shared-bytes.js'
import type {LanguageModel} from './model.js'

/**
 * Files the build works out from the default model (its pair index, its
 * words' one-edit neighbours) so that a process reads them instead of working
 * them out. Each starts with the model's checksum, 40 bytes of hex, then its
 * typed arrays, little-endian as on every machine Node runs on. Another model
 * has another checksum, and its tables are worked out at run time.
 */
export function serializeForModel(model: LanguageModel, arrays: ArrayBufferView[]): Buffer {
  const checksum = Buffer.from((model.header.sha1 ?? '').padEnd(40), 'latin1')
  return Buffer.concat([checksum, ...arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))])
}

/**
 * The arrays of a file the build wrote for this very model, as 32-bit words
 * (a model without a checksum never matches); undefined where the file is
 * missing or was made from another model.
 */
export function readForModel(model: LanguageModel, file: string): Uint32Array | undefined {
  if (model.header.sha1 === undefined) return undefined
  let bytes: Buffer
  try {
    bytes = readBytes(file)
  } catch {
    return undefined
  }
  if (bytes.subarray(0, 40).toString('latin1') !== model.header.sha1 || bytes.length % 4 !== 0) return undefined
  // A view of the file's own bytes where they start on a four-byte boundary (a file read whole starts at its buffer's start); a copy otherwise.
  const start = bytes.byteOffset + 40
  const length = (bytes.length - 40) / 4
  return start % 4 === 0 ? new Uint32Array(bytes.buffer, start, length) : new Uint32Array(bytes.buffer.slice(start, start + 4 * length))
}
