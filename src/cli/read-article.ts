import {readFileSync} from 'node:fs'

/** Articles are prose: anything larger is almost certainly the wrong file. */
export const maxArticleBytes = 5 * 1024 * 1024

export type ReadResult = {value: string} | {problem: string}

/** Read an article's bytes, or say in one line why they are not an article. */
export function readArticle(file: string): ReadResult {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {problem: code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`}
  }
  return decodeArticle(bytes)
}

export function decodeArticle(bytes: Uint8Array): ReadResult {
  if (bytes.length > maxArticleBytes) {
    return {problem: `too large for an article (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${maxArticleBytes / 1048576} MB)`}
  }
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
  return {value}
}
