import {readFileSync, statSync} from 'node:fs'


/** An article's text, and whether its file opens with a byte-order mark (which the text leaves out and `--fix` writes back). */
export type ReadResult = {value: string; byteOrderMark?: boolean} | {problem: string}

/** Read an article's bytes, or say in one line why they are not an article. */
export function readArticle(file: string, maxBytes: number): ReadResult {
  let bytes: Buffer
  try {
    // Articles are prose: anything past the limit is almost certainly the wrong file, so it is not even read.
    const stat = statSync(file)
    if (stat.isDirectory()) return {problem: 'is a folder, not a file'}
    // A named pipe or device would block the read, and with it the whole batch.
    if (!stat.isFile()) return {problem: 'is not a regular file'}
    if (stat.size > maxBytes) return {problem: tooLarge(stat.size, maxBytes)}
    bytes = readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {problem: code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'is a loop of symbolic links' : `cannot read (${code ?? 'error'})`}
  }
  return decodeArticle(bytes, maxBytes)
}

export function tooLarge(size: number, maxBytes: number): string {
  return `too large for an article (${(size / 1048576).toFixed(1)} MB; the limit is ${+(maxBytes / 1048576).toFixed(2)} MB, set by maxFileSize or --max-file-size)`
}

export function decodeArticle(bytes: Uint8Array, maxBytes: number): ReadResult {
  if (bytes.length > maxBytes) return {problem: tooLarge(bytes.length, maxBytes)}
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {problem: 'is UTF-16 text; save it as UTF-8'}
  }
  if (bytes.subarray(0, 8192).includes(0)) return {problem: 'is a binary file, not text'}
  let value: string
  try {
    value = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    return {problem: 'is not valid UTF-8 text; save it as UTF-8'}
  }
  if (value.trim() === '') return {problem: 'is empty'}
  // The decoder drops the mark (an editor on Windows may write one): the rules read the text without it.
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? {value, byteOrderMark: true} : {value}
}
